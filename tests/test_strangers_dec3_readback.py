"""More of what strangers trying the running stack found on 2026-12-03, each through the running stack:

- at the read-back, "it's 80 not 79" and "he's 91 not 19" got "Sorry, I could not work out how to
  change that"; so did a carer's "the back pain is mine not dads" (now the carer's own, not the person's);
- "/restart" kept the story being told: its words came back in the next read-back;
- a carer's "im his granddaughter", said again at "And what is your name?", got "Please tell me just
  your name" although how she is related was known.
"""
import uuid

from tests.journey_steps import finish_story, rest_speaker

NOT_CHANGED = "could not work out how to change that"


def _speaker(stack, name):
    return rest_speaker(stack, f"{name}-{uuid.uuid4().hex[:8]}")


def test_a_wrong_age_is_put_right_at_the_read_back(embedded_stack):
    say = _speaker(embedded_stack, "age")
    say("hello")
    say("/tell_about_me")
    say("I am 79 and I have arthritis. I live alone.")
    read = finish_story(say)
    assert "You are 79 years old" in read, read
    reply = say("it's 80 not 79")
    assert NOT_CHANGED not in reply and "You are 80 years old" in reply and "79" not in reply, reply


def _carer_told(say, story):
    say("hello")
    say("/tell_about_someone")
    say("Albert")
    say("he is my dad")
    say("Sophie")
    say("He agreed I can")
    say("yes")
    say(story)
    return finish_story(say)


def test_a_carers_own_fact_and_the_persons_age_are_put_right_at_the_read_back(embedded_stack):
    say = _speaker(embedded_stack, "carer")
    read = _carer_told(say, "Dad is 19 and has COPD. He has back pain and lives alone.")
    assert "They are 19 years old" in read, read
    reply = say("he's 91 not 19")
    assert NOT_CHANGED not in reply and "They are 91 years old" in reply, reply
    for _ in range(6):  # to the health part
        if "Is this right about health" in reply:
            break
        reply = say("yes")
    assert "They have back pain" in reply, reply
    reply = say("the back pain is mine not dads")
    assert NOT_CHANGED not in reply and "changed" in reply and "They have back pain" not in reply, reply
    assert "They have copd" in reply, reply  # Albert's own stays his


def test_a_restart_forgets_the_story_being_told(embedded_stack):
    say = _speaker(embedded_stack, "restart")
    say("hello")
    say("/tell_about_me")
    say("I am 70 and I have gout. I live with my cat Tibbles.")
    assert "Is this right" in finish_story(say)
    assert "start again" in say("/restart")
    assert "Tell me more" not in say("/tell_about_me")  # nothing kept to tell more of
    say("I have asthma.")
    read = finish_story(say)
    assert "asthma" in read and "70 years" not in read and "gout" not in read.lower(), read


def test_the_relationship_said_again_at_the_carers_own_name_asks_plainly_for_it(embedded_stack):
    say = _speaker(embedded_stack, "granddaughter")
    say("hello")
    say("/tell_about_someone")
    say("Albert")
    assert "what is your name" in say("im his granddaughter")
    reply = say("im his granddaughter")
    assert "just your name" not in reply and "your own name" in reply, reply
    assert reply.count("name?") == 1, reply
    assert "right to speak for Albert" in say("Sophie")
