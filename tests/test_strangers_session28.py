"""What session 28 found on the running stack (what session 27 left as found, and a stranger's conversations), each
through the stack as it was typed (REST)."""
from __future__ import annotations

import uuid

from tests.journey_steps import finish_story, rest_speaker


def test_an_nhs_number_that_does_not_add_up_is_said_so_and_a_right_one_kept(embedded_stack):
    """ "my nhs number is 999 123 4568" (a wrong check digit) got "Thank you, I have kept that" and was dropped without a
    word: the forms asked for it again, and the person never knew why (session 27, left as found)."""
    say = rest_speaker(embedded_stack, f"nhs-unchecked-{uuid.uuid4().hex[:8]}")
    say("hi")
    say("/tell_about_me")
    reply = say("My name is Jean Smith, my nhs number is 999 123 4568 and I have asthma")
    assert "999 123 4568" in reply and "does not add up" in reply and "I have kept that" in reply, reply
    assert "does not add up" not in say("sorry my NHS number is 943 476 5919")
    asked = finish_story(say)
    for _ in range(6):
        if "About you" in asked:
            break
        asked = say("that's all")
    assert "Your NHS number is 943 476 5919." in asked and "999 123 4568" not in asked, asked


def test_someone_asked_to_be_left_out_is_left_out_and_said_so(embedded_stack):
    """ "our son Paul lives near but leave Paul out of it please, hes got enough on" got Hourglass's line, then was read
    back under risks and sent so to two services (a stranger, session 28); a whole message asking it was kept as story and
    got the Samaritans."""
    say = rest_speaker(embedded_stack, f"leave-out-{uuid.uuid4().hex[:8]}")
    say("hi")
    say("/tell_about_me")
    reply = say("I have asthma and COPD. Our son Paul lives near but leave Paul out of it please, hes got enough on")
    assert "I left out the part you asked me to" in reply and "Samaritans" not in reply \
        and "Hourglass" not in reply, reply
    reply = say("dont put anything about liam in it")
    assert "You can leave anything out" in reply and "Samaritans" not in reply, reply
    said = [finish_story(say)]
    for _ in range(12):
        if "PIN" in said[-1]:
            break
        said.append(say("yes"))
    assert not [s for s in said if "Paul" in s or "liam" in s.lower()], said
    assert any("copd" in s.lower() for s in said), said


def test_a_young_carers_age_said_early_brings_childline_to_a_danger_told_late(embedded_stack):
    """A 15-year-old carer ("kayden im 15", the fourth message) told at the read-back, fifteen messages later, of his mum's
    partner who leaves marks on her while he hides with his little sister: the adults' helpline came, and no Childline
    (only the last few turns of the conversation were read)."""
    say = rest_speaker(embedded_stack, f"young-carer-late-{uuid.uuid4().hex[:8]}")
    say("hiya")
    say("its abt my mum i look after her")
    say("shes called Donna Price")
    say("kayden im 15")
    say("They agreed I can")
    say("ye")
    say("she has MS and uses a wheelchair outside. i do her meds n help her get dressed")
    say("we live in a council flat 2nd floor, the lift is always broke")
    say("mum gets PIP")
    for more in ("she takes baclofen", "she has a blue badge", "the nurse comes on mondays", "i do the shopping",
                 "i take my sister to school", "mum likes her telly", "she cant do stairs", "we have a cat"):
        say(more)  # a long conversation: the age was said many turns before
    reply = finish_story(say)
    for _ in range(8):
        if "Is this right" in reply:
            break
        reply = say("that's all")
    reply = say("ye thats right. her fella Lee stays most nights, when hes had a few mum ends up with marks on her arms n "
                "i take my sister in my room n push the drawers against the door till he goes quiet")
    assert "Childline" in reply and "999" in reply, reply


def test_words_about_a_line_are_not_kept_as_a_line(embedded_stack):
    """ "the stairs bit reads wrong, he can do them if Im right behind him" got "I have changed that" and a new line, "The
    stairs bit reads wrong.", with the old line left as it was (a stranger, session 28)."""
    say = rest_speaker(embedded_stack, f"about-a-line-{uuid.uuid4().hex[:8]}")
    say("hi")
    say("/tell_about_me")
    say("I have asthma. I live in a council flat and I cannot manage the stairs.")
    asked = finish_story(say)
    for _ in range(8):
        if "Is this right about your home" in asked:
            break
        asked = say("yes")
    assert "Is this right about your home" in asked, asked
    reply = say("the stairs bit reads wrong, i can do them if my son is right behind me")
    assert "I have changed that" not in reply and "bit reads wrong" not in reply, reply
