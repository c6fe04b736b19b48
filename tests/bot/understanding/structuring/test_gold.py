"""Precision and recall of structuring, per profile section, over the gold stories."""
import pytest

from bot.sections import SECTION_KEYS
from bot.understanding.structuring.gold import (
    held_out_part,
    load_gold,
    load_held_out,
    parse_expected,
    score,
    tuning_part,
)

THRESHOLD = 0.9
GOLD = load_gold()


@pytest.fixture(scope="module")
def result(structurer):
    return score(structurer, GOLD)


def test_the_gold_set_is_big_and_varied_enough():
    assert len(GOLD) >= 40
    assert len({story["id"] for story in GOLD}) == len(GOLD)
    tellers = {story["teller"] for story in GOLD}
    assert tellers == {"self", "carer"}
    assert sum(story["teller"] == "carer" for story in GOLD) >= 10
    assert sum(len(story["parts"]) > 1 for story in GOLD) >= 10  # told over several messages
    for story in GOLD:
        assert set(story["expect"]) <= set(SECTION_KEYS), story["id"]
        for entries in story["expect"].values():
            for entry in entries:
                assert parse_expected(entry)["status"] in (
                    "current", "past", "negated", "family", "hypothetical"), (story["id"], entry)


def test_precision_and_recall_are_at_least_0_9_overall(result):
    print("\n" + result.table())
    assert result.precision() >= THRESHOLD, result.extras
    assert result.recall() >= THRESHOLD, result.misses


def test_each_section_is_at_least_0_8(result):
    # Overall is the contract; a section far below it would hide behind the others.
    for section in SECTION_KEYS:
        assert result.precision(section) >= 0.8, (section, [e for e in result.extras if e[1] == section])
        assert result.recall(section) >= 0.8, (section, [m for m in result.misses if m[1] == section])


def test_no_negated_past_or_family_fact_is_reported_as_current(result):
    assert result.wrongly_current == []


def test_the_stories_held_out_from_tuning_are_scored_too(structurer):
    held_out = [story for story in GOLD if story.get("held_out")]
    assert len(held_out) >= 10
    result = score(structurer, held_out)
    print("\nheld out:\n" + result.table())
    assert result.precision() >= THRESHOLD and result.recall() >= THRESHOLD
    assert result.wrongly_current == []


def test_the_tuning_part_invents_nothing_and_keeps_status_and_person(structurer):
    result = score(structurer, tuning_part(GOLD))
    print(f"\ntuning part ({len(tuning_part(GOLD))} stories): {result.summary()}")
    assert result.invented == []
    assert result.status_accuracy() >= 0.95 and result.attribution_accuracy() >= 0.95


def test_the_independently_written_stories_are_scored_apart(structurer):
    """data/structuring/heldout_stories.yml: written by someone who never saw the structurer's rules.
    Its figures are printed (the issue's targets: precision and recall >= 0.92, status and
    attribution >= 0.95, invented facts 0); nothing is tuned on it, so only the figures are read."""
    independent = load_held_out()
    if not independent:
        pytest.skip("data/structuring/heldout_stories.yml is not there yet")
    assert all(story.get("held_out") for story in independent)
    assert not {s["id"] for s in independent} & {s["id"] for s in GOLD}
    result = score(structurer, independent)
    whole = score(structurer, held_out_part(GOLD, independent))
    print(f"\nindependent held-out part ({len(independent)} stories): {result.summary()}\n{result.table()}"
          f"\nall held out ({len(held_out_part(GOLD, independent))} stories): {whole.summary()}")


class _Careless:
    """The real structurer's output with every negated fact turned current: the scores must notice."""

    def __init__(self, structurer):
        self.structurer = structurer

    def structure(self, parts, teller="self", subject_name=None):
        profile = self.structurer.structure(parts, teller=teller, subject_name=subject_name)
        for items in profile["sections"].values():
            for item in items:
                if item["status"] == "negated":
                    item["status"] = "current"
        return profile


def test_the_scores_catch_a_structurer_that_loses_negation(structurer):
    careless = score(_Careless(structurer), GOLD)
    honest = score(structurer, GOLD)
    assert careless.wrongly_current
    assert careless.precision() < honest.precision() and careless.recall() < honest.recall()


def test_an_invented_fact_is_one_the_story_never_said_not_a_less_specific_one(structurer):
    """The scorer's 'invented facts': a term the story's expected items never say, in any section.
    A less or more specific wording of an expected item is not invented (it may still miss the
    strict match that precision counts)."""
    stories = [
        {"id": "invented", "teller": "self", "parts": ["I am stayin in my own home and I take metformin."],
         "expect": {"medications": ["metformin"]}},
        {"id": "less-specific", "teller": "self", "parts": ["I have severe depression."],
         "expect": {"health": ["severe depression"]}},
    ]
    found = score(structurer, stories)
    invented = {(story, text) for story, _section, text in found.invented}
    # Today's structurer invents nothing here; a predicted 'statin' would be listed, as this shows.
    assert invented == set()
    from bot.understanding.structuring.gold import overlaps
    assert not overlaps({"text": "statin", "term": "statin", "status": "current", "about": "subject"}, "metformin")
    assert overlaps({"text": "depression", "status": "current", "about": "subject"}, "severe depression")
    assert overlaps({"text": "arthritis in the knees", "status": "current", "about": "subject"},
                    "arthritis in my knees")
    assert not overlaps({"text": "dementia", "status": "current", "about": "subject"}, "bowel cancer")
