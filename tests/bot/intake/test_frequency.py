"""Replies on a how-often scale (the mood questions' "Not at all" to "Nearly every day"): the option plainly named, or
asked again. A session 36 forms set's "hardly ever" was read as "Nearly every day" (a screener's score is a fact a
service acts on), and "a few days" and "no never" were asked again."""
from datetime import date

import pytest

from bot.intake import parse_answer
from bot.intake.errors import AnswerNotUnderstood
from bot.intake.frequency import on_the_scale, scale_of
from bot.intake.gaps import Gap

PHQ = (("0", "Not at all"), ("1", "Several days"), ("2", "More than half the days"), ("3", "Nearly every day"))


def _gap(options=PHQ):
    return Gap(key="mood", section="mood", type="choice", label="Little interest",
               question="Over the last 2 weeks, how often have you had little interest or pleasure in doing things?",
               options=options, open=False, services=("x",))


@pytest.mark.parametrize("reply, code", [
    ("no never", "0"), ("never", "0"), ("Nope", "0"), ("not at all", "0"),
    ("a few days", "1"), ("some days", "1"), ("couple of days tbh", "1"), ("once or twice", "1"), ("2 days", "1"),
    ("most days", "2"), ("more than half", "2"), ("quite often", "2"),
    ("every nite tbh", "3"), ("every day", "3"), ("all the time", "3"), ("constantly", "3"), ("evry day", "3"),
    ("3", "2"),  # the third option, as numbered in the list the chat gives
])
def test_a_plain_how_often_reply_is_its_place_on_the_scale(reply, code):
    assert parse_answer(_gap(), reply, date(2026, 12, 7)) == code


@pytest.mark.parametrize("reply", ["hardly ever", "sometimes", "not sure", "depends on the day", "every day or two",
                                   "maybe a few days", "7 days"])
def test_a_how_often_reply_that_could_be_two_places_is_asked_again(reply):
    with pytest.raises(AnswerNotUnderstood):
        parse_answer(_gap(), reply, date(2026, 12, 7))


def test_only_a_how_often_scale_is_read_as_one():
    assert scale_of(PHQ) == {"none": "0", "some": "1", "most": "2", "all": "3"}
    tenure = (("owner", "Owner occupier"), ("council", "Rent from the council"))
    assert scale_of(tenure) is None and on_the_scale("never", tenure) is None
    yes_no_sometimes = (("y", "Yes"), ("n", "No"), ("s", "Sometimes"))
    assert scale_of(yes_no_sometimes) is None


def test_a_word_is_no_start_of_another_word():
    # "ever" is not "every", "most" is not "mostly ..." of another option: a choice named by its words needs the word
    options = (("a", "Every week"), ("b", "Once a month"))
    gap = _gap(options)
    with pytest.raises(AnswerNotUnderstood):
        parse_answer(gap, "hardly ever", date(2026, 12, 7))
    assert parse_answer(gap, "weeks", date(2026, 12, 7)) == "a"


@pytest.mark.parametrize("reply", ["what does owner occupier mean", "why do you need that?", "who will see this?",
                                   "what does that mean", "sorry what do you mean"])
def test_a_question_back_is_no_answer_and_is_answered(reply):
    # a stranger (session 36): "what does owner occupier mean" was kept as "Owner occupier" and delivered
    for gap in (_gap((("owner", "Owner occupier"), ("council", "Rent from the council"))),
                Gap(key="x", section="home", type="string", label="Who lives with you", question="Who lives with you?",
                    options=(), open=False, services=("x",))):
        with pytest.raises(AnswerNotUnderstood) as asked:
            parse_answer(gap, reply, date(2026, 12, 7))
        assert "share with" in str(asked.value) and "skip" in str(asked.value)


@pytest.mark.parametrize("reply", ["owner occupier", "why not, yes", "the meaning of life"])
def test_an_answer_that_is_no_question_back_is_kept(reply):
    gap = Gap(key="x", section="home", type="string", label="Anything else", question="Anything else?", options=(),
              open=False, services=("x",))
    assert parse_answer(gap, reply, date(2026, 12, 7)) == reply
