"""What a stranger's findings left (session 13) and a probe of the running stack found on 2026-12-04, each
through the running stack:

- "whos got my story", typed at "Is your story about you, or about someone you care for?", began a new
  story about the writer; now it is taken as someone coming back (the PIN first, as "who has my story");
- "i dont have one", typed at the PIN question, got the Samaritans' number ("What you said worries me")
  and the PIN question again; now it gets no alarm, and how to start (or what a forgotten PIN means);
- "i have been here before", typed at the menu of someone already past the PIN, got "Sorry, I did not
  catch that"; now it is told the story is saved here, with the menu.
"""
import uuid

from tests.journey_steps import PIN, rest_speaker, told_story
from tests.test_referral_status import SESSION_START


def test_whos_got_my_story_at_the_first_question_is_someone_coming_back(embedded_stack):
    say = rest_speaker(embedded_stack, f"whos-got-{uuid.uuid4().hex[:8]}")
    assert "about you, or about someone" in say("hi")
    reply = say("whos got my story")
    assert "PIN" in reply and "in your own words" not in reply, reply


def test_no_pin_at_the_pin_question_is_no_alarm_and_says_how_to_start(embedded_stack):
    say = rest_speaker(embedded_stack, f"no-pin-{uuid.uuid4().hex[:8]}")
    say("hi")
    assert "PIN" in say("i have been here before")
    reply = say("i dont have one")
    assert "worries me" not in reply and "Samaritans" not in reply, reply
    assert "say hello to start" in reply, reply


def test_been_here_before_at_the_menu_is_answered_with_the_menu(embedded_stack):
    say, _ = told_story(embedded_stack, "been-before")
    say("no")  # no service for now
    say(SESSION_START)
    assert "PIN" in say("who has my story")
    say(PIN)
    reply = say("i have been here before")
    assert "did not catch" not in reply and "story is saved here" in reply, reply
    assert "What would you like to do?" in reply, reply


def test_leave_the_rest_for_them_at_a_services_question_gets_no_alarm(embedded_stack):
    """"leave the rest for them", typed at a question a service's form does not need, got the tentative
    safeguarding help (the classifier alone heard exploitation in it); it is the questions' own way out."""
    from tests.journey_steps import ANSWERS, STORY, confirm_read_back, finish_story

    say = rest_speaker(embedded_stack, f"leave-rest-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say(STORY)
    confirm_read_back(say, finish_story(say))
    asked = say('/choose_service{"service_id":"gp-practice"}')
    for _ in range(12):
        if "The form does not need this one" in asked:
            break
        asked = say(ANSWERS[next(t for t in ANSWERS if t in asked)][-1])
    ended = say("leave the rest for them")
    assert "worries me" not in ended and "Helpline" not in ended and "Samaritans" not in ended, ended
    assert "I will leave the rest for" in ended, ended


def test_asking_what_a_pin_is_keeps_the_pin_question_open(embedded_stack):
    """A stranger (session 14): "what pin" at a returning person's PIN question was explained, but the right PIN
    typed next got "Sorry, I did not understand that"; and while choosing a first PIN, "what pin" and "i dont
    have one" got "A PIN is 4 to 8 numbers only. Please type it again"."""
    say, _ = told_story(embedded_stack, "what-pin")
    say("no")
    say(SESSION_START)
    assert "PIN" in say("i have been here before")
    assert "say hello to start" in say("what pin")
    assert "What would you like to do?" in say(PIN)

    first = rest_speaker(embedded_stack, f"first-pin-{uuid.uuid4().hex[:8]}")
    first("hello")
    first("/tell_about_me")
    first("I have asthma and I live alone.")
    from tests.journey_steps import confirm_read_back, finish_story

    _, asked = confirm_read_back(first, finish_story(first), pin=None)
    assert "choose a PIN" in asked, asked
    for question in ("what pin", "i dont have one"):
        explained = first(question)
        assert "You choose your PIN now" in explained and "4 to 8 numbers only" not in explained, explained
        assert "worries me" not in explained and "Samaritans" not in explained, explained


def test_a_blank_message_mid_story_is_not_said_to_be_kept(embedded_stack):
    """A stranger (session 14): a blank message while telling got "Thank you, I have kept that"."""
    say = rest_speaker(embedded_stack, f"blank-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    assert "I have kept that" in say("I have asthma.")
    for blank in ("   ", "...", "\U0001F44D"):
        reply = say(blank)
        assert "did not get any words" in reply and "I have kept that" not in reply, (blank, reply)


def test_a_power_of_attorney_said_without_which_is_asked_which(embedded_stack):
    """A stranger's try (session 14): "i have lasting power of attorney for him" at "What gives you the right to speak
    for Ken?" was kept as story and the question asked again with "power of attorney" as its own example: a loop."""
    say = rest_speaker(embedded_stack, f"which-power-{uuid.uuid4().hex[:8]}")
    say("hi")
    for answer in ("its for my dad", "Ken", "son", "Raj"):
        asked = say(answer)
    assert "right to speak for Ken" in asked, asked
    which = say("i have lasting power of attorney for him")
    assert "health and welfare" in which and "money and property" in which, which
    assert "right to speak for Ken" not in say("health and welfare")
