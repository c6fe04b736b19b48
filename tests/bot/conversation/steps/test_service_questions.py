"""A service's questions in the chat (bot/conversation/steps/service_questions.py), in one process
over a real runtime: what the form requires first, then what it does not require but the person can
answer (each saying it can be skipped), "skip" for one, "leave the rest for the service" for all
that are left (never for one the form requires), and nothing left for a service asked again."""
from __future__ import annotations

import pytest

from bot.conversation.journey import pins, story
from bot.conversation.meaning.leave_rest import is_leave_rest
from bot.conversation.steps import service_questions
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from tests.bot.conversation.conftest import saved_story

SENDER = "optional-asker"
STORY = "I have asthma and I take salbutamol. I'm allergic to penicillin. I live alone in a flat."


@pytest.fixture
def rt(tmp_path, structurer):
    with saved_story(tmp_path, structurer, SENDER, STORY) as runtime:  # the rights gate lets this conversation share
        yield runtime


def turn(text: str, **slots) -> Turn:
    return Turn(SENDER, {"teller": "self", "stage": "gaps", "service_id": "gp-practice", **slots}, text=text,
                form="gap_form")


def asked(rt, skipped: list[str]) -> tuple[str, str]:
    step = service_questions.ask(rt, turn("", gaps_skipped=skipped))
    return step.replies[0].text, step.slots["gap_key"]


def test_optional_questions_follow_the_required_ones_and_each_says_it_can_be_skipped(rt):
    gaps = service_questions.open_gaps(rt, turn(""), "gp-practice")
    required = [g.required for g in gaps]
    assert True in required and False in required
    assert required == sorted(required, reverse=True)  # every required one first
    optional = [g for g in gaps if not g.required]
    assert 0 < len(optional) <= rt.services["gp-practice"].ask_limit
    question, key = asked(rt, [g.key for g in gaps if g.required])
    assert key == optional[0].key
    assert question.startswith(optional[0].question) and 'Say "skip"' in question and "leave the rest" in question
    first, _ = asked(rt, [])
    assert "The form does not need this one" not in first  # a required question says no such thing


def test_skip_leaves_one_and_leave_the_rest_ends_the_optional_ones_for_good(rt):
    gaps = service_questions.open_gaps(rt, turn(""), "gp-practice")
    skipped = [g.key for g in gaps if g.required]  # as if each required one was answered or skipped
    optional = [g.key for g in gaps if not g.required]
    step = service_questions.reply(rt, turn("skip", gap_key=optional[0], gaps_skipped=skipped), "skip")
    assert step.slots == {"gap_answer": None, "gaps_skipped": skipped + optional[:1]}
    skipped = step.slots["gaps_skipped"]
    assert asked(rt, skipped)[1] == optional[1]
    step = service_questions.reply(rt, turn("leave the rest for the service", gap_key=optional[1],
                                            gaps_skipped=skipped), "leave the rest for the service")
    assert step.slots["gap_answer"] == "done"
    assert [r.text for r in step.replies] == ["Fine. I will leave the rest for Riverside Surgery (GP practice) to ask."]
    assert set(step.slots["gaps_skipped"]) == set(skipped) | set(optional)
    # chosen again, or another time: nothing left for the service is asked again
    assert service_questions.open_gaps(rt, turn("", gaps_skipped=step.slots["gaps_skipped"]), "gp-practice") == []


def test_a_required_question_cannot_be_left_with_the_rest_and_the_person_is_told_why(rt):
    gaps = service_questions.open_gaps(rt, turn(""), "gp-practice")
    first = gaps[0]
    assert first.required
    step = service_questions.reply(rt, turn("no more questions", gap_key=first.key), "no more questions")
    assert step.slots["gap_answer"] is None  # the questions go on
    said = step.replies[0].text
    assert "I can't leave this one" in said and "marks it as needed" in said
    assert set(step.slots["gaps_skipped"]) == {g.key for g in gaps if not g.required}
    assert first.key not in step.slots["gaps_skipped"]
    assert asked(rt, step.slots["gaps_skipped"])[1] == first.key  # asked again
    left = service_questions.open_gaps(rt, turn("", gaps_skipped=step.slots["gaps_skipped"]), "gp-practice")
    assert left and all(g.required for g in left)


@pytest.mark.parametrize("said", ["leave the rest for the service", "the service can ask the rest",
                                  "no more questions", "thats enough questions", "That's enough, thanks",
                                  "let them ask the rest", "skip the rest"])
def test_ways_of_saying_leave_the_rest(said):
    assert is_leave_rest(said)


@pytest.mark.parametrize("said", ["skip", "no", "no more", "not any more", "none", "leave it", "enough money",
                                  "I live with my wife"])
def test_answers_that_are_not_leave_the_rest(said):
    assert not is_leave_rest(said)


def _checked_gap(rt, kind: str):
    from bot.conversation import answers

    gaps = service_questions.open_gaps(rt, turn(""), "gp-practice")
    return next(g for g in gaps if answers.kind_of(g.key, g.label, g.question, g.type) == kind)


@pytest.mark.parametrize("said", ["not giving that out", "she's not on the phone", "no thanks"])
def test_a_phone_number_declined_in_words_is_left_for_the_service(rt, said):
    gap = _checked_gap(rt, "phone")
    step = service_questions.reply(rt, turn(said, gap_key=gap.key), said)
    assert gap.key in step.slots["gaps_skipped"]
    assert not [r.text for r in step.replies if "phone number" in r.text.lower()]  # not asked again


def test_a_phone_number_with_words_around_it_is_kept(rt):
    gap = _checked_gap(rt, "phone")
    said = "07700 900123 after 5pm please"
    step = service_questions.reply(rt, turn(said, gap_key=gap.key), said)
    assert gap.key not in step.slots.get("gaps_skipped", [])
    assert gap.key not in [g.key for g in service_questions.open_gaps(rt, turn(""), "gp-practice")]  # answered


def test_going_to_find_the_number_is_later_and_the_question_stays(rt):
    gap = _checked_gap(rt, "phone")
    step = service_questions.reply(rt, turn("hang on let me look it up", gap_key=gap.key), "hang on let me look it up")
    from bot.conversation import wording

    assert step.slots == {"gap_answer": None}
    assert [r.text for r in step.replies] == [wording.LATER.text]  # not "That doesn't look like a phone number"
    assert gap.key in [g.key for g in service_questions.open_gaps(rt, turn(""), "gp-practice")]


def test_the_persons_name_at_the_carers_own_name_question_is_asked_again():
    """A wife gave "Dave Morris", her husband's name, at the carer's assessment's "What is your name?": it
    was filed as her own name."""
    from types import SimpleNamespace

    carer = Turn(SENDER, {"teller": "carer", "carer": {"name": "Dave Morris", "relationship": "wife"}})
    mine = SimpleNamespace(question="What is your name?")
    assert service_questions._the_persons_name_for_mine(carer, mine, "Dave Morris") == "Dave Morris"
    assert service_questions._the_persons_name_for_mine(carer, mine, "its dave") == "Dave Morris"
    assert service_questions._the_persons_name_for_mine(carer, mine, "Sue Morris") is None
    theirs = SimpleNamespace(question="What is Dave's full name?")
    assert service_questions._the_persons_name_for_mine(carer, theirs, "Dave Morris") is None


@pytest.mark.parametrize("said", ["my gp is parkside not riverside??", "i didnt ask for the gp one",
                                  "I didnt want the GP surgery, just the nurses"])
def test_not_this_service_at_its_questions_drops_it(rt, said):
    """A teenager named their own GP ("my gp is parkside not riverside??") at Riverside Surgery's questions,
    and the questions went on; a carer's "i didnt ask for a carers one?" was taken as her name."""
    step = service_questions.reply(rt, turn(said), said)
    assert step.slots == {"gap_answer": "declined"}


@pytest.mark.parametrize("said", ["my gp is not very helpful", "i dont need help with washing", "not that one, the blue inhaler",
                                  "i dont want help with washing", "i dont want to say"])
def test_an_answer_is_not_taken_for_not_this_service(said):
    assert not service_questions.not_this_service(said, "gp-practice")


TEXTING_FROM = "+447700900123"


@pytest.fixture
def texting(tmp_path, structurer):
    """A person texting from TEXTING_FROM, their story saved: (runtime, their conversation id)."""
    from consent_store.people import handle_hash

    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    sender = "sms-" + handle_hash(runtime.lookup_key, "sms:" + TEXTING_FROM)
    story.add_to_story(runtime, sender, STORY)
    story.confirm_profile(runtime, sender, "self")
    pins.set_pin(runtime, sender, "3917")
    yield runtime, sender
    runtime.engine.dispose()


def _phone_question(rt, sender):
    from bot.conversation import answers

    gaps = service_questions.open_gaps(rt, Turn(sender, {"teller": "self", "service_id": "gp-practice"}), "gp-practice")
    return next(g for g in gaps if answers.kind_of(g.key, g.label, g.question, g.type) == "phone")


def _says(sender, text, gap, number=None):
    return Turn(sender, {"teller": "self", "stage": "gaps", "service_id": "gp-practice", "gap_key": gap.key},
                text=text, form="gap_form", sms_number=number)


@pytest.mark.parametrize("said", ["This one I am texting from", "this number", "the one im texting on"])
def test_the_number_texted_from_answers_the_phone_question_by_sms(texting, said):
    """By SMS, "this one I am texting from" at the phone question got "That doesn't look like a phone number"
    (a stranger on the stack, 2026-12-03): it is the number the text came from."""
    rt, sender = texting
    gap = _phone_question(rt, sender)
    step = service_questions.reply(rt, _says(sender, said, gap, TEXTING_FROM), said)
    assert step.replies == [] and gap.key not in step.slots["gaps_skipped"]
    assert gap.key not in [g.key for g in service_questions.open_gaps(rt, _says(sender, "", gap), "gp-practice")]
    kept = [i for items in story.current_profile(rt, sender).profile["sections"].values() for i in items
            if i.get("question_key") == gap.key]
    assert [i["value"] for i in kept] == ["07700 900123"]


def test_the_number_is_asked_for_where_it_cannot_be_seen(texting):
    rt, sender = texting
    gap = _phone_question(rt, sender)
    # the web chat (no number), and a number that is not this conversation's own, are the same to the person
    for number in (None, "+447700900999"):
        step = service_questions.reply(rt, _says(sender, "this number", gap, number), "this number")
        assert [r.text for r in step.replies] == ["I cannot see your number here. Please type it."] \
            if number is None else "Please type" in step.replies[0].text
        assert step.slots == {"gap_answer": None}
