"""bot/conversation/answers.py: phone numbers, dates of birth and addresses checked before a service sees them."""
from __future__ import annotations

import re
from datetime import date

import pytest

from bot.conversation import answers

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("text, number", [
    ("07700 900461", "07700 900461"), ("oh seven seven double oh nine hundred four six one", "07700 900461"),
    ("0161 496 0000", "0161 496 0000"), ("+33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ("my number is 07911 123456", "07911 123456"),
    # Ofcom's drama numbers that phonenumbers calls unassigned ("0115 496 0123" was refused)
    ("0115 496 0123", "0115 496 0123"), ("0191 498 0456", "0191 498 0456"), ("029 2018 0111", "029 2018 0111"),
])
def test_a_phone_number_in_figures_or_words(text, number):
    assert answers.phone(text) == number


@pytest.mark.parametrize("text, why", [
    ("ring the landline", "the number itself"), ("he owns it", "the number itself"),
    ("my mobile", "the number itself"), ("oh seven seven double oh nine hundred", "too short"),
    ("0123", "too short"),
])
def test_what_is_not_a_phone_number_is_refused_with_why(text, why):
    with pytest.raises(answers.AnswerRefused, match=why) as refused:
        answers.phone(text)
    assert "for example" in str(refused.value) and "skip" in str(refused.value)


def test_digits_in_words():
    assert answers.digits_of("oh seven seven double oh nine hundred") == "07700900"
    assert answers.digits_of("triple five one two") == "55512"


@pytest.mark.parametrize("text, why", [("12 may 1890", "over 120"), ("12/05/2031", "future"),
                                       ("31/02/1947", "day, month and year"), ("he owns it", "day, month")])
def test_a_date_of_birth_that_cannot_be_is_refused_with_why(text, why):
    with pytest.raises(answers.AnswerRefused, match=why):
        answers.date_of_birth(text, TODAY)


@pytest.mark.parametrize("text, when", [("14 February 1947", date(1947, 2, 14)), ("3rd of March 1952", date(1952, 3, 3)),
                                        ("5/6/48", date(1948, 6, 5)), ("1950-04-03", date(1950, 4, 3)),
                                        ("2 December 1906", date(1906, 12, 2))])
def test_a_date_of_birth(text, when):
    assert answers.date_of_birth(text, TODAY) == when


def test_an_address_needs_its_postcode_when_asked_for():
    with pytest.raises(answers.AnswerRefused, match="postcode too"):
        answers.address("12 High Street, Leeds")
    assert answers.address("12 high st, leeds ls14ab") == "12 high st, leeds LS1 4AB"
    assert answers.address("12 High Street, Leeds", needs_postcode=False) == "12 High Street, Leeds"


def test_a_letter_o_or_l_typed_for_a_digit():
    assert answers.phone("07700 9OO461") == "07700 900461"
    assert answers.phone("0l13 496 0721") == "0113 496 0721"


# --- words a question asks for (found by a stranger trying the stack: each was delivered) ---------

def _gap(key: str, label: str, question: str, type_: str = "string"):
    from bot.intake.gaps import Gap

    return Gap(key=key, section="about_me", type=type_, label=label, question=question, options=(), open=False,
               services=("gp-practice",))


@pytest.mark.parametrize("gap, reply, refusal", [
    (_gap("communication", "Communication needs", "Do you need any help to communicate?", "text"),
     "what will they do with it?", answers.ASKING_BACK),
    (_gap("communication", "Communication needs", "Do you need any help to communicate?", "text"),
     "why do they need this?", answers.ASKING_BACK),
    (_gap("allergies", "Allergies", 'Do you have any allergies? Say "none" if you have none.'), "aye",
     answers.SAY_WHAT),
    (_gap("full_name", "Full name", "What is your full name?"), "17/08/1981", answers.NOT_A_NAME),
    (_gap("full_name", "Full name", "What is your full name?"), "who has my story", answers.WISH_LATER),
    (_gap("communication", "Communication needs", "Do you need any help to communicate?", "text"),
     "download my story", answers.WISH_LATER),
    # a stranger, session 14: each was kept as a service's answer
    (_gap("pd-nhs", "Patient details: NHS number (if known)", "What should I put for NHS number?"), "\U0001F44D",
     "NHS number"),
    (_gap("pd-nhs", "Patient details: NHS number (if known)", "What should I put for NHS number?"), "123 456 7890",
     "NHS number"),
    (_gap("past", "Past conditions", "What should I put for past conditions?", "text"),
     "</textarea><script>alert(1)</script>", answers.NO_WORDS),
    (_gap("help", "Help needed", "What help do you need?", "text"), "\U0001F44D", answers.NO_WORDS),
    (_gap("past", "Past conditions", "What should I put for past conditions?", "text"), "i suppose",
     answers.SAY_WHAT),
    # a stranger, session 15: a disclosure typed as the answer went to the service as that answer
    (_gap("full_name", "Patient name", "What is your full name?"), "i have been saving up my tablets",
     answers.ABOUT_SAFETY),
    (_gap("home", "Who lives with you", "Who lives with you?", "text"), "my partner and the kids. he controls everything",
     answers.ABOUT_SAFETY),
    (_gap("help", "Help needed", "What help do you need?", "text"), "my son takes my money for drink",
     answers.ABOUT_SAFETY),
    # a stranger, session 15: at the phone question, asked again and again for a number after this
    (_gap("phone", "Phone number", "What is your phone number?"), "he checks my phone", answers.ABOUT_SAFETY),
    # a carer's fear of harming, by a rule: still kept off the form
    (_gap("tasks", "What care do you give", "What care do you give?", "text"),
     "everything, and some nights im scared ill hurt him", answers.ABOUT_SAFETY),
    (_gap("phone", "Phone number", "What is your phone number?"), "email me instead", answers.NOT_BY_PHONE),
    (_gap("phone", "Phone number", "What is your phone number?"), "the number is his", answers.NOT_BY_PHONE),
    (_gap("address", "Address", "What is your address?", "text"), "i cant say, he reads everything i send",
     answers.ABOUT_SAFETY),
    # a stranger, session 17: given the help with "I may have misread", then delivered to a benefits service (since
    # session 36 a rule hears it, so the help is sure and so is the word about it)
    (_gap("benefits", "Benefits you get now", "What benefits do you get now?", "text"),
     "child benefit but it go to his account, i dont see it", answers.ABOUT_SAFETY),
    # what only the classifier heard, unsurely, about someone else: kept off the form "in case"
    (_gap("benefits", "Benefits you get now", "What benefits do you get now?", "text"),
     "my son sorts my money, i dont know where it goes", answers.MAYBE_ABOUT_SAFETY),
    # a relative's date of birth at a question about the person's own (kept as theirs beside their age of 45)
    (_gap("dob", "Date of birth", "What is your date of birth?", "date"), "mine or mums? mums is 2nd april 1948",
     answers.SOMEONE_ELSES),
    (_gap("dob", "Date of birth", "What is your date of birth?", "date"), "my husband's is 3/4/1950",
     answers.SOMEONE_ELSES),
])
def test_a_reply_that_is_not_the_words_asked_for_is_refused_and_kept_nowhere(gap, reply, refusal):
    from bot.intake import AnswerNotUnderstood
    from bot.intake.gaps import parse_answer

    with pytest.raises(AnswerNotUnderstood, match=re.escape(refusal)):
        parse_answer(gap, reply, date(2026, 12, 2))


@pytest.mark.parametrize("gap, reply", [
    (_gap("communication", "Communication needs", "Do you need any help to communicate?", "text"),
     "I need large print, is that ok?"),
    (_gap("help", "Help needed", "What help do you need?", "text"), "can you help with my shopping?"),
    (_gap("allergies", "Allergies", 'Do you have any allergies? Say "none" if you have none.'), "penicillin"),
    (_gap("full_name", "Full name", "What is your full name?"), "João Pereira"),
    # a second read: requests worded as questions, and "sharing" or "pin" in an answer, are answers
    (_gap("help", "Help needed", "What help do you need?", "text"), "would it be possible to get a rail by the bath?"),
    (_gap("help", "Help needed", "What help do you need?", "text"), "would they be able to help with it?"),
    (_gap("home", "Who lives with you", "Who lives with you?", "text"),
     "I've been sharing a flat with my son since mum died"),
    (_gap("health", "Operations", "Have you had any operations?", "text"), "the pin in my hip was changed"),
    # answers to who helps that tell of no help are answers, whatever the classifier alone makes of them
    (_gap("help", "Who helps you", "Who helps you?", "text"), "no one comes to see me"),
    (_gap("help", "Who helps you", "Who helps you?", "text"), "nobody, i do it all myself"),
    # a carer's answer at "What care do you give?" (a stranger, session 31: the Domestic Abuse Helpline, and not written)
    (_gap("tasks", "What care do you give", "What care do you give?", "text"),
     "everything really, washing him, his tablets, meals, stopping him going out at night, I dont sleep"),
])
def test_words_that_answer_are_kept_as_typed(gap, reply):
    from bot.intake.gaps import parse_answer

    assert parse_answer(gap, reply, date(2026, 12, 2)) == reply


@pytest.mark.parametrize("question, reply, kept", [
    ("What is Frank's date of birth?", "his is 2nd april 1948", "1948-04-02"),  # a carer, about the person
    ("What is your date of birth?", "2nd april 1948, same as my mums birthday", None),
])
def test_a_relatives_date_is_refused_only_at_a_question_about_the_persons_own(question, reply, kept):
    from bot.intake import AnswerNotUnderstood
    from bot.intake.gaps import parse_answer

    gap = _gap("dob", "Date of birth", question, "date")
    if kept is None:
        with pytest.raises(AnswerNotUnderstood):
            parse_answer(gap, reply, date(2026, 12, 2))
    else:
        assert parse_answer(gap, reply, date(2026, 12, 2)) == kept


@pytest.mark.parametrize("reply, meant", [("nah", False), ("nah hes 84", False), ("aye", True), ("yh", True),
                                          ("no he hasnt", False), ("yes", True)])
def test_a_yes_or_no_question_of_a_service_hears_yes_and_no_as_typed(reply, meant):
    from bot.intake.gaps import parse_answer

    gap = _gap("hospital", "In hospital in the last 3 months", "Have you been in hospital in the last 3 months?",
               "boolean")
    assert parse_answer(gap, reply, date(2026, 12, 2)) is meant


@pytest.mark.parametrize("reply", ["all fine", "fine", "not sure", "no idea", "we're ok"])
def test_words_that_are_no_yes_or_no_are_asked_again_at_a_yes_or_no_question(reply):
    """A second read found "fine" taken as yes and "not sure" as no, at questions such as "Is anyone at
    risk at home?", where either is the opposite of what may be meant."""
    from bot.intake import AnswerNotUnderstood
    from bot.intake.gaps import parse_answer

    gap = _gap("danger", "Anyone at risk", "Is anyone at immediate risk at home?", "boolean")
    with pytest.raises(AnswerNotUnderstood, match="yes or no"):
        parse_answer(gap, reply, date(2026, 12, 2))


@pytest.mark.parametrize("reply, kept", [
    # "i already said karen" was delivered as the carer's name (a stranger on the stack).
    ("i already said karen", "Karen"), ("its Karen Jones", "Karen Jones"), ("my name is karen smith", "Karen Smith"),
    ("Karen", "Karen"), ("karen jones", "karen jones"),  # the name alone: kept as typed
    # "Gary Hughes, i told you that already" went to a service as the carer's name (a stranger, session 16)
    ("Gary Hughes, i told you that already", "Gary Hughes"), ("its Karen Jones thanks", "Karen Jones"),
])
def test_the_name_in_a_reply_that_says_more_than_the_name(reply, kept):
    from bot.intake.gaps import parse_answer

    gap = _gap("carer_name", "Carer's name", "What is your name?")
    assert parse_answer(gap, reply, date(2026, 12, 3)) == kept


def test_the_longest_message_at_the_date_of_birth_question_is_refused_plainly():
    """A reply of 100,000 characters at "What is your date of birth?" crashed dateparser (RecursionError):
    the action failed. Now it is refused with what would answer it (a second read's probe)."""
    from bot.settings import MAX_MESSAGE_CHARS

    with pytest.raises(answers.AnswerRefused, match="day, month and year"):
        answers.date_of_birth(("wife, " + "a " * MAX_MESSAGE_CHARS)[:MAX_MESSAGE_CHARS], TODAY)
    assert answers.date_of_birth("the twenty first of september nineteen forty seven", TODAY) == date(1947, 9, 21)


@pytest.mark.parametrize("said, means", [
    ("This one I am texting from", True), ("this number", True), ("the one im texting on", True),
    ("same number", True), ("it's the one I'm texting you from", True), ("use this number please", True),
    ("07700 900123", False), ("my son's number", False), ("this one is my sons", False), ("no", False),
])
def test_the_number_texted_from_said_in_words(said, means):
    assert answers.means_this_number(said) is means


def test_only_a_uk_number_is_taken_from_the_sms_sender():
    assert answers.uk_number("+447700900123") == "07700 900123"
    assert answers.uk_number("+33612345678") is None and answers.uk_number("not a number") is None


@pytest.mark.parametrize("text, when", [
    # a stranger's "The fourteenth of May, nineteen thirty-eight" was refused (session 10): hyphenated number words
    ("The fourteenth of May, nineteen thirty-eight", date(1938, 5, 14)),
    ("the twenty-first of june nineteen forty-seven", date(1947, 6, 21)),
])
def test_a_date_of_birth_with_hyphenated_number_words(text, when):
    assert answers.date_of_birth(text, TODAY) == when


def test_an_nhs_number_with_its_check_digit_is_kept_as_a_service_writes_it():
    from bot.intake.gaps import parse_answer

    gap = _gap("pd-nhs", "Patient details: NHS number (if known)", "What should I put for NHS number?")
    assert parse_answer(gap, "9434765919", date(2026, 12, 2)) == "943 476 5919"


@pytest.mark.parametrize("reply", ["pls dont ring or txt me my bf reads my phone",
                                   "pls dont ring me he might answer. email is better jadeb2007@mail.com",
                                   # a stranger, session 17 (second-language English, her husband reads her phone)
                                   "this number is his, not call please"])
def test_a_wish_not_to_be_phoned_is_what_the_service_is_told_without_the_reason(reply):
    """A stranger (session 18): "pls dont ring or txt me my bf reads my phone" was kept nowhere, and the GP's form said
    "Still to ask: Best telephone number", for the surgery to ring."""
    value = answers.checked_answer(_gap("phone", "Phone number", "What is your phone number?"), reply, date(2026, 12, 4))
    assert value == answers.DO_NOT_PHONE


def test_the_wish_is_no_telecom_of_the_patient():
    from bot.intake.fhir_bundle import resources_of, story_bundle

    sections = {"communication": [{"text": answers.DO_NOT_PHONE, "value": answers.DO_NOT_PHONE, "kind": "phone",
                                   "status": "current", "about": "subject", "question_key": "gp/phone"}]}
    (patient,) = resources_of(story_bundle(sections), "Patient")
    assert "telecom" not in patient


@pytest.mark.parametrize("reply", ["ring me, dont text", "dont text me, ring me instead on the landline",
                                   "please don't call before 10am", "i do not text much, call me"])
def test_a_wish_about_how_or_when_is_no_wish_not_to_be_phoned(reply):
    """A second reader (session 18): each of these told the service "Please do not phone or text"."""
    try:
        value = answers.checked_answer(_gap("phone", "Phone number", "What is your phone number?"), reply,
                                       date(2026, 12, 4))
    except answers.AnswerRefused:
        value = None
    assert value != answers.DO_NOT_PHONE


@pytest.mark.parametrize("said, name", [
    ("Amélie Durand, I wrote it at the start", "Amélie Durand"),  # went to the GP as her name (a stranger, session 32)
    ("Gary Hughes, i typed it before", "Gary Hughes"),
    ("Ann Lee - I've already put that", "Ann Lee"),
])
def test_a_name_with_words_after_it_about_giving_it_is_the_name(said, name):
    assert answers.name_said(said) == name


def test_the_care_someone_cannot_do_without_is_written_and_a_question_back_left_off():
    """ "he can't feed himself, I have to do it all, he's lost weight", at a Care Act outcome, got the Domestic Abuse
    Helpline from the classifier alone and "I have not put that on the form"; then "why would I need domestic abuse? he
    needs feeding by me, he cant hold a spoon" went to the council whole (a stranger, session 32)."""
    from bot.intake.gaps import Gap

    gap = Gap(key="outcomes.nutrition", section="daily_living", type="text", label="Managing and maintaining nutrition",
              question="What is hard with this?", options=(), open=False, services=("adult-social-care",), required=False)
    assert answers.tells_of_harm("he can't feed himself, I have to do it all, he's lost weight") is None
    assert answers.checked_answer(gap, "why would I need domestic abuse? he needs feeding by me, he cant hold a spoon",
                                  date(2026, 12, 6)) == "he needs feeding by me, he cant hold a spoon"
    # what someone does to them beside it is still kept off
    assert answers.tells_of_harm("he wont let me feed myself and takes the spoon away") is not None


@pytest.mark.parametrize("said", [
    # two numbers in one answer got "That doesn't look like a phone number I can use" (a stranger, session 32)
    "01228 401122, but he doesn't always hear it so call me on 07700 900123",
    "my number is 07700 900412 or the landline 01632 960518",
])
def test_two_numbers_in_one_answer_are_asked_about_plainly(said):
    with pytest.raises(answers.AnswerRefused) as refused:
        answers.phone(said)
    assert str(refused.value) == answers.TWO_NUMBERS
