"""A stranger on the running stack (Dec 3): the same danger got the helplines while telling the story but only
"If anything is not safe for you… tell me…" at the PIN; "i want to die" at the PIN was followed by "A PIN is 4 to
8 numbers only" and "I have kept what you told me"; a 15-year-old's reminder before the read-back gave adult
services and not Childline; and "my step dad hits me" as a first message was taken for a carer's story."""
from __future__ import annotations

import uuid

from bot.understanding.safeguarding.categories import check_in
from tests.journey_steps import PIN, finish_story
from tests.test_safeguarding_everywhere import ABUSE_LINE, NSPCC, SAMARITANS, rest

CHILDLINE, HOURGLASS, ADULT_CARE = "0800 1111", "0808 808 8141", "adult social care"


def _to_the_pin(say) -> str:
    """A 15-year-old's story told (her abuse in it), read back with "yes" to each section, to the PIN."""
    say("hiya")
    say("/tell_about_me")
    say("im 15 n got adhd n anxiety, on methylphenidate 18mg in the mornin")
    alarm = say("sumtimes i cant sleep cos its loud at home, my step dad hits me when hes drunk, anyway i want help wiv "
                "my anxiety at school")[0]
    assert CHILDLINE in alarm and alarm.count("call 999") == 1 and HOURGLASS not in alarm, alarm
    reply = finish_story(lambda m: "\n".join(say(m)))
    read = reply
    for _ in range(20):
        if "choose a PIN" in reply:
            return read
        assert "Is this right about" in reply, reply
        reply = "\n".join(say("yes"))
    raise AssertionError("the read-back did not reach the PIN")


def test_a_child_gets_the_same_help_at_the_pin_and_her_own_helplines_in_the_reminder(embedded_stack):
    say = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    read = _to_the_pin(say)
    reminder = next(line for line in read.splitlines() if line.startswith("Before I read it back"))
    assert NSPCC in reminder and CHILDLINE in reminder, reminder
    assert HOURGLASS not in reminder and ADULT_CARE not in reminder, reminder
    assert reminder.count("call 999") == 1, reminder  # no 999 line twice
    replies = say("wait can my step dad see this?? if he finds out hell kill me")
    assert not any(check_in() in r for r in replies), replies
    assert NSPCC in replies[0] and ABUSE_LINE in replies[0], replies
    assert HOURGLASS not in replies[0], replies
    assert any("choose a PIN" in r for r in replies[1:]), replies
    replies = say("i want to die")
    assert SAMARITANS in replies[0], replies
    rest_of_it = "\n".join(replies)
    assert "A PIN is 4 to 8 numbers only" not in rest_of_it, replies
    assert "I have kept what you told me" not in rest_of_it, replies
    assert "choose a PIN" in replies[-1], replies
    assert "type the same PIN again" in "\n".join(say(PIN))


def test_the_same_words_at_the_pin_get_the_help_they_get_in_the_story(embedded_stack):
    say = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    say("hello")
    say("/tell_about_me")
    say("I have asthma and I live with my partner.")
    told = say("if he finds out hell kill me")
    assert ABUSE_LINE in told[0], told
    reply = finish_story(lambda m: "\n".join(say(m)))
    for _ in range(20):
        if "choose a PIN" in reply:
            break
        reply = "\n".join(say("yes"))
    assert "choose a PIN" in reply, reply
    replies = say("if he finds out hell kill me")
    assert not any(check_in() in r for r in replies), replies
    assert ABUSE_LINE in replies[0], replies


def test_a_young_persons_first_message_telling_of_their_abuse_is_their_own_story(embedded_stack):
    say = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    replies = say("hi my step dad hits me wen hes drunk can u help")
    assert ABUSE_LINE in replies[0], replies
    assert not any("person you care for" in r for r in replies), replies


def test_a_consent_answer_made_of_the_parts_names_gets_no_safeguarding_help(embedded_stack):
    """A stranger: "not my meds and not risks and safety" (the question's own words) got "What you said worries
    me … a safeguarding concern" at the consent question; the parts it names are still left out."""
    from tests.journey_steps import answer_service_questions, confirm_read_back

    say = rest(embedded_stack, "rest-" + uuid.uuid4().hex)
    text = lambda m: "\n".join(say(m))  # noqa: E731
    say("hello")
    say("/tell_about_me")
    say("I have asthma and I take salbutamol. I had a fall in the garden last month. I want to breathe better.")
    confirm_read_back(text, finish_story(text))
    asked = answer_service_questions(text, text('/choose_service{"service_id":"gp-practice"}'))
    assert "risks and safety" in asked, asked
    replies = say("not my meds and not risks and safety")
    joined = "\n".join(replies)
    assert "worries me" not in joined and "safeguarding" not in joined and check_in() not in joined, replies
    assert "will receive:" in joined and "your medicines" not in joined.split("will receive:")[1], replies
    assert "risks and safety" not in joined.split("will receive:")[1], replies
    told = say("he hits me when i say no")  # a rule's words at the same question are heard as ever
    assert ABUSE_LINE in told[0], told
