"""Dead ends a stranger found on the running stack (2026-12-04, findings F17, F22, F24), driven through REST
and SMS as a person would: the erasure buttons' titles typed, "Stop sharing" typed after sharing, and parts
left out at the consent question by SMS with no safeguarding alarm."""
from __future__ import annotations

import uuid

from bot.understanding.safeguarding.categories import OPENING, TENTATIVE_OPENING
from tests.journey_steps import answer_service_questions, confirm_read_back, finish_story, rest_speaker
from tests.test_safeguarding_everywhere import Phone

STORY = "I have asthma and I use an inhaler. I live alone. My family help me. I want to get back to work."


def test_the_erasure_buttons_titles_typed_erase_and_stop_sharing_typed_asks_which(embedded_stack):
    say = rest_speaker(embedded_stack, "erase-" + uuid.uuid4().hex[:8])
    say("hello")
    say("/tell_about_me")
    say(STORY)
    confirm_read_back(say, finish_story(say))
    answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    assert "has your details" in say("yes")

    assert "Which service should I stop sharing with?" in say("Stop sharing")  # F22: was "tell me which one"
    assert "Nothing more will be sent" in say("Riverside Surgery (GP practice)")

    assert "Are you sure?" in say("Delete everything")
    assert "completely sure" in say("yes delete")  # F17: was "OK. Nothing was deleted."
    unclear = say("hmm")
    assert "Nothing was deleted" not in unclear and "completely sure" in unclear, unclear  # asked again
    assert "Everything is deleted" in say("Yes, delete everything"), "the button's own title, typed"


def test_parts_left_out_by_sms_at_the_consent_question_raise_no_alarm(embedded_stack):
    phone = Phone(embedded_stack)

    def text(message: str) -> str:
        return "\n".join(phone.text(message))

    text("hello")
    text("1")  # "Reply 1 for About me"
    text(STORY)
    read, offers = confirm_read_back(text, finish_story(text))
    assert "asthma" in read
    asked = answer_service_questions(text, text("the GP"))
    assert "Do you agree to share this?" in asked
    replies = phone.text("yes but without medicines and without my family")  # F24: the alarm, status texts off
    assert not any(OPENING in r or TENTATIVE_OPENING in r for r in replies), replies
    assert "not text you" not in " ".join(replies)


def test_a_story_texted_before_whose_it_is_is_no_loop_and_can_be_cleared(embedded_stack):
    phone = Phone(embedded_stack)

    def text(message: str) -> str:
        return "\n".join(phone.text(message))

    assert "Is it about you" in text("I have epilepsy and take lamotrigine, my name is Zara Quinn")
    done = text("that's all")  # F34: "Sorry, I did not understand that", again and again
    assert "did not understand" not in done and "Before I read it back" in done, done
    asked = text("delete everything")  # F34: "please type your PIN", though none was ever set
    assert "PIN" not in asked and "Shall I clear everything" in asked, asked
    assert "I have cleared it" in text("Yes, clear it")
