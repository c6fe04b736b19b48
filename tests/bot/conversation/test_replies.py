"""bot/conversation/meaning/: one list of words for yes, no, done, stop, later, start again, help
and a real person, and what a reply means at each question (the issue's examples, then replies in
the voices the tuning corpus gained: older and formal, text-speak, Scots and Northern, carers)."""
from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.meaning import name_of, understand

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize("context, text, label", [
    ("readback", "nah", "no"), ("readback", "nah shes 84", "no"), ("readback", "yes thats right", "yes"),
    ("readback", "yep", "yes"), ("readback", "Yes, that's correct.", "yes"), ("readback", "what??", "help"),
    ("readback", "remove that", "remove"), ("readback", "yes but not the diabetes", "correct"),
    ("telling", "nothing else thanks", "done"), ("telling", "that's everything", "done"),
    ("telling", "no thats all", "done"), ("telling", "help", "help"),
    ("telling", "can i talk to a real person", "human"),
    ("telling", "sorry i have to go, can i finish this later?", "later"), ("telling", "start again", "restart"),
    ("telling", "I have to go to the hospital later this week for my knee and my daughter will drive me there", "story"),
    ("carer_basis", "he said it was ok for me to do this", "own_agreement"),
    ("carer_basis", "Power of attorney: money and property", "lpa_property_finance"),
    ("carer_knows", "no she has dementia, she wouldnt understand it", "unable"),
    ("carer_knows", "nah not yet", "no"), ("carer_knows", "yeah she knows", "yes"),
    ("carer_name", "his", "invalid"), ("carer_name", "he's", "invalid"), ("carer_name", "dave,", "Dave"),
    ("carer_name", "my husband dave", "Dave"), ("carer_relationship", "he's my husband", "partner"),
    ("carer_relationship", "im her daughter", "daughter"),
    ("choose_service", "a full benefits check please", "welfare-benefits"),
    ("choose_service", "the district nurses please", "community-nursing"),
    ("choose_service", "can i send it to my gp as well", "gp-practice"),
    ("choose_service", "no thanks", "no"),
    ("consent", "what will they do with it?", "question"), ("consent", "yep go ahead", "yes"),
    ("consent", "nah", "no"), ("menu", "nothing else thanks", "finished"),
    ("menu", "who has my story?", "who"), ("pin", "one two three four", "1234"), ("pin", "2580", "2580"),
])
def test_the_issues_replies_are_understood(context, text, label):
    assert understand(context, text, today=TODAY).label == label


@pytest.mark.parametrize("text", ["yes?", "yes but not the GP", "ok but leave out my medicines", "maybe", "👍"])
def test_anything_less_than_a_plain_yes_does_not_share(text):
    assert understand("consent", text, offered=["health", "medications"]).kind != "yes"


def test_consent_can_name_parts():
    meant = understand("consent", "not my medicines", offered=["health", "medications", "home"])
    assert meant.kind == "value" and meant.value == ["health", "home"]


@pytest.mark.parametrize("text, label", [
    ("ring the landline", "invalid"), ("he owns it", "invalid"), ("my mobile", "invalid"),
    ("oh seven seven double oh nine hundred", "invalid"),
    ("oh seven seven double oh nine hundred four six one", "07700 900461"), ("skip", "skip"),
])
def test_phone_numbers_are_checked(text, label):
    assert understand("gap_phone", text, today=TODAY).label == label


@pytest.mark.parametrize("text, label", [("12 may 1890", "invalid"), ("12/05/2031", "invalid"),
                                         ("14 February 1947", "1947-02-14"), ("dont know", "skip")])
def test_dates_of_birth_are_checked(text, label):
    assert understand("gap_dob", text, today=TODAY).label == label


@pytest.mark.parametrize("text", ["yes well sort of", "maybe", "hmm kind of"])
def test_a_read_back_reply_with_nothing_to_correct_with_is_asked_again_not_kept(text):
    assert understand("readback", text).kind == "invalid"


@pytest.mark.parametrize("text", ["its my left hip", "she is 84", "yes but she is 84", "metformin 1000mg"])
def test_a_read_back_correction_is_kept_as_one(text):
    assert understand("readback", text).kind == "correct"


@pytest.mark.parametrize("text", ["i need a carer to help me later in the day",
                                  "he wants to start again at the day centre",
                                  "she goes to the day centre and comes back later"])
def test_story_that_mentions_later_or_starting_again_is_kept_as_story(text):
    assert understand("telling", text).kind == "story"


@pytest.mark.parametrize("said, name", [("im her daughter kerry", "Kerry"), ("I am his son Paul", "Paul"),
                                        ("my husband dave", "Dave"), ("Kerry", "Kerry")])
def test_a_carer_names_themselves_as_people_do(said, name):
    assert name_of(said) == name


@pytest.mark.parametrize("said", ["yeh she knows", "yep", "nah", "okay"])
def test_a_yes_or_no_is_never_taken_for_a_name(said):
    """Found trying the stack as a stranger: "yeh she knows", said a question late, became the carer's
    name ("Yeh"), and would have reached services as who told the story."""
    assert name_of(said) is None


@pytest.mark.parametrize("context, text, label", [
    # "Is this right?": agreement in many voices, and a no that says nothing is wrong
    ("readback", "Yes dear that is quite right", "yes"), ("readback", "aye thats grand", "yes"),
    ("readback", "youve got it right", "yes"), ("readback", "sounds about right", "yes"),
    ("readback", "yeah i think thats right", "yes"), ("readback", "uh huh", "yes"),
    ("readback", "thats what i said", "yes"), ("readback", "that's all correct for my dad", "yes"),
    ("readback", "no that's fine", "yes"), ("readback", "nope all good", "yes"), ("readback", "no changes needed", "yes"),
    ("readback", "yeah nothing to change", "yes"),
    ("readback", "thats not what i said", "no"), ("readback", "you've got it wrong", "no"),
    ("readback", "that's a mistake", "no"), ("readback", "not exactly", "no"),
    ("readback", "i dont want that included", "remove"), ("readback", "please leave that out", "remove"),
    ("readback", "can you say that again", "help"),
    # "Do you agree to share this?"
    ("consent", "yes you can share it", "yes"), ("consent", "no problem at all", "yes"),
    ("consent", "fine with me", "yes"), ("consent", "happy for you to share", "yes"),
    ("consent", "I agree to share this", "yes"), ("consent", "just send it", "yes"), ("consent", "i accept", "yes"),
    ("consent", "yes mum agrees", "yes"), ("consent", "yes for my dad", "yes"),
    ("consent", "don't send it", "no"), ("consent", "i'd rather you didnt", "no"), ("consent", "i refuse", "no"),
    ("consent", "n", "no"), ("consent", "no that's fine", "no"),  # to an offer, a polite no
    ("consent", "can i take it back later?", "question"), ("consent", "i dont understand the question", "help"),
    ("consent", "let me ask my wife", "later"), ("consent", "cancel all this", "stop"),
    # the services on offer
    ("choose_service", "the house one", "housing-adaptations"), ("choose_service", "care assessment", "adult-social-care"),
    ("choose_service", "someone to help me wash and dress", "adult-social-care"),
    ("choose_service", "the carers one", "carers-assessment"),
    ("choose_service", "all of them", ",".join(sorted(["gp-practice", "community-nursing", "housing-adaptations",
                                                      "adult-social-care", "carers-assessment", "welfare-benefits",
                                                      "employment-support"]))),
    ("choose_service", "what do the nurses do", "question"), ("choose_service", "not sure", "help"),
    # a returning person's menu
    ("menu", "who did you send it to", "who"), ("menu", "where did it go", "who"), ("menu", "has it been sent", "who"),
    ("menu", "did the nurses get it", "who"), ("menu", "the first one", "who"),
    ("menu", "ive been in hospital since", "update"), ("menu", "my mum has died", "update"),
    ("menu", "i want to take my consent back", "stop"), ("menu", "no more sharing", "stop"),
    ("menu", "dont share it anymore", "stop"), ("menu", "show me my story", "download"),
    ("menu", "what do you know about me", "download"), ("menu", "i want my data deleted", "delete"),
    ("menu", "no just checking", "finished"), ("menu", "thank you bye", "finished"),
    ("menu", "what are my choices", "help"),
    # while the story is told
    ("telling", "thats all about mum", "done"), ("telling", "cant think of anything else", "done"),
    ("telling", "that will do", "done"), ("telling", "what do you need to know", "help"),
    ("telling", "i have to go to the hospital tomorrow for tests", "story"),
    ("telling", "i need someone to talk to sometimes, i get lonely", "story"),
    ("telling", "I need a break.", "story"),  # a carer's story says so; leaving is "let me take a break"
    ("telling", "let me take a break", "later"), ("telling", "i've said everything", "done"),
    ("telling", "that's everything i can think of", "done"), ("telling", "i have to go out now", "later"),
    ("telling", "my carer is here, i'll come back later", "later"),
    ("telling", "she cant talk to people on the phone", "story"),  # was taken for asking for a person: not kept
    ("telling", "what do you want me to tell you", "help"),
    ("readback", "some of it is wrong", "no"), ("readback", "that's not true at all", "no"),
    ("readback", "nothing to add, that's right", "yes"), ("readback", "what do you mean by that", "help"),
    ("menu", "send me my data", "download"),
    # a carer's answers, and questions back at a form's questions
    ("carer_knows", "she's sat with me", "yes"), ("carer_knows", "she's only 4", "unable"),
    ("carer_knows", "she wouldnt be able to follow it", "unable"), ("carer_name", "Her name's Margaret", "Margaret"),
    # She knows, said so: a diagnosis beside it is no inability (a stranger's carer was recorded as "not
    # able to understand this"); an inability said is one.
    ("carer_knows", "she knows but she forgets, shes got alzheimers", "yes"),
    ("carer_knows", "she knows but she cant understand it really", "unable"),
    ("carer_relationship", "i'm his paid carer", "paid carer"), ("teller", "i want to check my story", "returning"),
    ("gap_phone", "he has no phone", "skip"), ("gap_phone", "n/a", "skip"),
    # which phone, not a wish for a person (a stranger got "I am a computer, not a person")
    ("gap_phone", "ring me instead on my mobile", "invalid"), ("gap_phone", "can you ring me back", "human"),
    ("gap_phone", "why do you need it?", "help"), ("gap_dob", "i don't know her birthday", "skip"),
])
def test_replies_in_many_voices_are_understood(context, text, label):
    offered = ["health", "medications", "home"] if context == "consent" else None
    meant = understand(context, text, offered=offered, today=TODAY)
    got = ",".join(sorted(meant.value)) if meant.kind == "value" and isinstance(meant.value, list) else meant.label
    assert got == label


@pytest.mark.parametrize("text, numbers", [("2", [2]), ("1 and 3", [1, 3]), ("the second one", [2]),
                                           ("number two", [2]), ("the last one", [7]), ("9", []),
                                           ("i have 2 cats and a dog and a bird", [])])
def test_a_choice_by_its_number_in_the_list(text, numbers):
    from bot.conversation.meaning.plain import plain
    from bot.conversation.meaning.words import numbers_said

    assert numbers_said(plain(text), 7) == numbers


@pytest.mark.parametrize("text", ["I have been here before", "ive been here before", "Ive used this before",
                                  "i have told my story before", "im back"])
def test_saying_you_have_been_before_is_no_wish_to_update(text):
    # The opening "I have been here before" is kept as a wish and acted on after the PIN: taken for
    # "update", it sent a person who wanted to stop sharing into telling their story again.
    assert understand("menu", text).kind != "value"


def test_a_wish_after_saying_you_have_been_before_is_heard():
    assert understand("menu", "I have been here before, my mum has died").value == "update"
    assert understand("menu", "i have been here before and i want to see who has it").value == "who"
