"""What a stranger found on the running stack in session 29, each through the stack as it was typed (REST): a thing the
person did not want a service told of was sent to it; parts kept with "only", in a message that also got the urgent
help, were shared with all but one part more."""
from __future__ import annotations

from tests.journey_steps import answer_service_questions, told_story
from tests.test_end_to_end import intakes

STORY = ("I am 52 and have asthma and depression. I take sertraline and use an inhaler. I live alone. I want to walk more. "
         "My garden matters to me.")


def test_a_thing_not_to_be_told_leaves_out_the_part_it_is_in(embedded_stack):
    """ "yes but not my medicines, and dont tell them about the depression, dont want an employer knowing" sent the
    depression to an employment service (a stranger, session 29): the medicines were left out, the depression was not."""
    say, _ = told_story(embedded_stack, "held-back-thing", STORY)
    before = {intake["delivery_id"] for intake in intakes(embedded_stack, "gp-practice")}
    asked = answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    reply = say("yes but not my medicines, and dont tell them about the depression, dont want the doctor knowing")
    assert "I have left out your health" in reply and "depression" in reply, reply
    assert "- your medicines" not in reply and "- your health" not in reply and "Do you agree" in reply, reply
    assert "has your details" in say("yes")
    sent = [i for i in intakes(embedded_stack, "gp-practice") if i["delivery_id"] not in before]
    assert len(sent) == 1 and "health" not in sent[0]["sections"] and "medications" not in sent[0]["sections"], sent
    assert "depression" not in str(sent[0]).lower() and "asthma" not in str(sent[0]).lower(), sent[0]["sections"]
    assert "about_me" in sent[0]["sections"], sent[0]["sections"]
    del asked


def test_only_some_parts_said_with_a_danger_keeps_only_those(embedded_stack):
    """ "Only about me, my goals, my health and how to communicate. Not my home, not people" got the urgent help (the
    classifier heard a danger), then was asked again with every part but the home (a stranger, session 29)."""
    say, _ = told_story(embedded_stack, "only-after-help", STORY)
    answer_service_questions(say, say('/choose_service{"service_id":"gp-practice"}'))
    reply = say("Only about me, my medicines and how to communicate. Not my health. My husband hits me when he drinks")
    assert "Domestic Abuse Helpline" in reply, reply
    assert "will receive: about you, your medicines and how to communicate with you. Nothing else." in reply, reply


def test_an_addition_that_belongs_to_another_part_with_lines_is_kept_and_said_so(embedded_stack):
    """Beside the test below: an addition said at the medicines that belongs to day-to-day living, a part with lines
    already, is added and said so (it passed before; it keeps the fix below from taking such an addition back)."""
    say, _ = _at_part(embedded_stack, "oxygen", "I have COPD and I use an inhaler. I need help with the shopping and I use a "
                      "stick.", "Is this right about your medicines?")
    reply = say("add that I use home oxygen at night")
    assert "I have added that" in reply and "could not work out" not in reply, reply
    read = [reply]
    for _ in range(8):
        if "Is this right" not in read[-1]:
            break
        read.append(say("yes"))
    assert "oxygen" in " ".join(read).lower() or "oxygen" in reply.lower(), read


def test_an_addition_the_story_says_already_is_said_to_be_there(embedded_stack):
    """ "add that i have oxygen at night", when "… and oxygen at night" was told in the story (kept under day-to-day
    living), got "Sorry, I could not work out how to change that" three times (a stranger, session 29)."""
    say, _ = _at_part(embedded_stack, "oxygen-there", "i have the COPD bad now cant get up the stairs without stopping, on "
                      "inhalers the blue one and the purple one and oxygen at night", "Is this right about your medicines?")
    reply = say("add that i have oxygen at night")
    assert "in your story already" in reply and "could not work out" not in reply, reply


def test_a_yes_with_a_surname_after_it_keeps_the_surname(embedded_stack):
    """ "ya her surname is Hollis", at "Their name is Karen. Is this right about the person?", was taken as a yes and the
    surname was lost: no form had it (a stranger, session 29)."""
    say, reply = _at_part(embedded_stack, "surname", "Im Jo, 44, I have asthma and I use an inhaler.",
                          "Is this right about you?")
    assert "Your name is Jo." in reply, reply
    reply = say("ya my surname is Bloggs")
    assert "Jo Bloggs" in reply, reply


def _at_part(stack, name: str, story: str, question: str):
    """Someone who told `story`, said yes to each part read back until `question` ("Is this right about your
    medicines?"); returns how they speak and the reply that asks it."""
    import uuid

    from tests.journey_steps import finish_story, rest_speaker

    say = rest_speaker(stack, f"{name}-{uuid.uuid4().hex[:8]}")
    say("hello")
    say("/tell_about_me")
    say(story)
    reply = finish_story(say)
    for _ in range(8):
        if question in reply:
            break
        reply = say("yes")
    assert question in reply, reply
    return say, reply


def test_a_long_message_where_a_name_is_asked_still_gets_the_help(embedded_stack):
    """ "somtimes i get so tired i shout at her n i hate myself for it", typed where the carer's own name was asked, got no
    help (what only the classifier hears is quiet where a name is asked; a sentence is no name)."""
    import uuid

    from tests.journey_steps import rest_speaker

    say = rest_speaker(embedded_stack, f"long-at-name-{uuid.uuid4().hex[:8]}")
    say("hiya")
    say("its about my nan i look after her")
    asked = say("shes called Edna Price")
    assert "your name" in asked, asked
    reply = say("somtimes i get so tired i shout at her n i hate myself for it")
    assert "Carers UK" in reply, reply
