"""Found on the running stack at the end of session 33 and fixed in session 34, each through real HTTP:
- a carer told "Someone who cannot understand cannot agree themselves" who answered "she agreed" again had the
  agreement kept beside "not able to understand" (the story could then be shared on an agreement that cannot stand);
  "yes she knows" at "What gives you the right to speak for …?" was asked again with no word why;
- a first message "delete everything" (or "who has my story?") from someone with nothing kept here, and markup with a
  wish in it, were asked for a PIN that was never chosen, as well as the first question."""
from __future__ import annotations

import uuid

from tests.journey_steps import told_story
from tests.test_safeguarding_everywhere import rest

FIRST_QUESTION = "about you, or about someone you care for"
PIN_ASKED = "please type your PIN"
BASIS_ASKED = "What gives you the right to speak for Maureen?"
KNOWS_ASKED = "Does Maureen know you are telling their story?"
STORY_ASKED = "Please tell me about the person you care for"


def _to_the_basis(stack):
    say = rest(stack, "carer-" + uuid.uuid4().hex)
    for message in ("hi", "Someone I care for", "Maureen", "she's my mum"):
        say(message)
    assert any(BASIS_ASKED in r for r in say("Sue"))
    return say


def test_an_agreement_said_again_after_not_able_to_understand_asks_again_whether_they_understand(embedded_stack):
    say = _to_the_basis(embedded_stack)
    assert any(KNOWS_ASKED in r for r in say("They agreed I can"))
    replies = say("They are not able to understand")
    assert any("cannot agree themselves" in r for r in replies) and any(BASIS_ASKED in r for r in replies), replies
    replies = say("she agreed")
    # never on to the story with both kept: whether she understands is asked once more, and why
    assert not any(STORY_ASKED in r for r in replies), replies
    assert any("asked that once more" in r or "ask that once more" in r for r in replies), replies
    assert any(KNOWS_ASKED in r for r in replies), replies
    replies = say("Yes")
    assert any(STORY_ASKED in r for r in replies), replies


def test_the_same_answer_twice_is_told_again_and_none_of_these_ends_it(embedded_stack):
    say = _to_the_basis(embedded_stack)
    say("They agreed I can")
    say("They are not able to understand")
    say("she agreed")
    replies = say("They are not able to understand")
    assert any("cannot agree themselves" in r for r in replies), replies
    replies = say("None of these")
    assert any("cannot share Maureen's story with services" in r for r in replies), replies
    assert any(STORY_ASKED in r for r in replies), replies


def test_she_knows_at_the_basis_is_told_that_knowing_is_not_agreeing_and_not_asked_again(embedded_stack):
    say = _to_the_basis(embedded_stack)
    replies = say("yes she knows")
    assert any("Knowing is not the same as agreeing" in r for r in replies), replies
    assert any(BASIS_ASKED in r for r in replies), replies
    replies = say("They agreed I can")
    assert not any(KNOWS_ASKED in r for r in replies), replies  # already answered
    assert any(STORY_ASKED in r for r in replies), replies


def test_a_first_wish_from_someone_with_nothing_kept_is_told_so_never_asked_for_a_pin(embedded_stack):
    for wish, said in (("delete everything", "nothing to delete"), ("who has my story?", "services you shared it with keep what they were sent")):
        say = rest(embedded_stack, "first-" + uuid.uuid4().hex)
        replies = say(wish)
        assert not any(PIN_ASKED in r for r in replies), replies
        assert any(said in r for r in replies) and any(FIRST_QUESTION in r for r in replies), replies
        replies = say("About me")
        assert any("tell me about yourself" in r.lower() for r in replies), replies


def test_markup_with_a_wish_in_it_gets_the_first_question_only(embedded_stack):
    say = rest(embedded_stack, "first-" + uuid.uuid4().hex)
    replies = say("<img src=x onerror=alert(1)> delete everything")
    assert not any(PIN_ASKED in r for r in replies), replies
    assert any(FIRST_QUESTION in r for r in replies), replies
    replies = say("About me")
    assert any("tell me about yourself" in r.lower() for r in replies), replies


def test_someone_with_a_story_and_a_pin_who_asks_to_delete_it_in_a_new_session_is_asked_the_pin(embedded_stack):
    say, sender = told_story(embedded_stack, "kept")
    replies = rest(embedded_stack, sender)("delete everything")
    assert any("delete" in r.lower() for r in replies), replies
    assert not any("nothing to delete" in r for r in replies), replies


def test_a_question_at_which_service_to_stop_is_answered_and_nothing_is_stopped(embedded_stack):
    """A stranger (session 34) asked "what does closes my referral mean, will i still get my shower" at "Which service
    should I stop sharing with?": the referral was closed at once."""
    from tests.test_referral_status import GP, SESSION_START, Staff, share_with_gp
    from tests.test_referral_status import PIN as THE_PIN

    staff = Staff(embedded_stack, "gp-practice")
    say, task_id = share_with_gp(embedded_stack, staff)
    say(SESSION_START)
    say("I have been here before")
    say(THE_PIN)
    assert "Which service should I stop sharing with" in say("Stop sharing")
    reply = say("what does it mean that it closes my referral with Riverside Surgery, will they still see me?")
    assert "referral to them is closed" not in reply and "they close your referral" in reply, reply
    assert staff.status(task_id) != "cancelled"
    assert "referral to them is closed" in say(GP)


def test_the_mental_health_bit_held_back_leaves_out_the_mental_health_team_too(embedded_stack):
    """A stranger (session 34) said "yes but not the mental health bit": health went, but "she sees someone from the
    community mental health team every few weeks" reached the service under the services involved."""
    from tests.journey_steps import answer_service_questions
    from tests.test_end_to_end import intakes

    story = ("I am 70 and have asthma and depression. I use an inhaler. I see someone from the community mental health "
             "team every few weeks. I live alone. I want to walk more.")
    before = {intake["delivery_id"] for intake in intakes(embedded_stack)}
    say, _ = told_story(embedded_stack, "mind", story)
    asked = answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    assert "Do you agree to share this?" in asked
    reply = say("yes but not the mental health bit")
    assert "Do you agree to share this?" in reply, reply
    reply = say("yes")
    assert "has your details and has confirmed it" in reply, reply
    ours = [intake for intake in intakes(embedded_stack) if intake["delivery_id"] not in before]
    assert ours
    delivered = str(ours).lower()
    assert "mental health team" not in delivered and "depression" not in delivered


def test_after_deleting_everything_who_has_my_story_never_says_no_one_has_it(embedded_stack):
    """A stranger (session 34) deleted everything after sharing with the GP, then asked "who has my story?" and was told
    "no one has your story from here" while the GP kept its intake."""
    say, _ = told_story(embedded_stack, "deleted")
    say("delete everything")
    for _ in range(3):
        reply = say("yes")
        if "deleted" in reply.lower() or "about you, or about someone you care for" in reply:
            break
    reply = say("who has my story?")
    assert "no one has your story" not in reply.lower(), reply
    assert "services you shared it with keep what they were sent" in reply, reply
