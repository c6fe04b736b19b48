"""Issue 18, findings 3 and 4: "add that the alzheimers was diagnosed in 2021" was refused ("Sorry, I could not work
out how to change that"): the year was kept on the condition, but the read-back never said a condition's year, so
nothing read back had changed. A year known for a condition is read back; added at the read-back, it is kept on it."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import story
from tests.bot.conversation.steps.test_corrections_do_what_was_asked import _groups, _reply_at, _said


@pytest.fixture
def rt(tmp_path, structurer):
    from tests.bot.conversation.conftest import structured

    with structured(tmp_path, structurer) as runtime:
        yield runtime


# --- 3 and 4. a condition's year is kept and read back ------------------------------------------------------------

@pytest.mark.parametrize("said", ["add that the alzheimers was diagnosed in 2021",
                                  "add that my alzheimers was diagnosed in 2021",
                                  "oops forgot to say the alzheimers was diagnosed in 2021",
                                  "can u add the alzheimers was diagnosed 2021",
                                  "the alzheimers was diagnosed in 2021"])
def test_a_year_added_to_a_condition_is_kept_on_it(rt, said):
    story.add_to_story(rt, "alice", "I have alzheimers and asthma. I take donepezil.")
    step = _reply_at(rt, "health", said)
    assert _said(step) in (wording.ADDED.text, wording.CHANGED.text)
    health = _groups(rt)["health"]
    assert len(health) == 2 and any("alzheimer" in line and "2021" in line for line in health), health
    assert any(line == "You have asthma." for line in health)


@pytest.mark.parametrize("told, line", [
    ("I had a stroke in 2019. I have asthma.", "2019"),
    ("I was diagnosed with diabetes in 2015.", "2015"),
    ("I had a heart attack in 2018 and I take aspirin.", "2018"),
    ("had a stroke in july 2024 cant walk far now", "July 2024"),
    ("i got diagnosed with copd in 2012", "2012"),
])
def test_a_conditions_year_is_read_back(rt, told, line):
    story.add_to_story(rt, "alice", told)
    assert any(line in said for said in _groups(rt)["health"]), _groups(rt)["health"]


@pytest.mark.parametrize("told, line", [
    ("I had a stroke in 2019. I have asthma.", "You had a stroke in 2019."),
    ("I was diagnosed with diabetes in 2015.", "You have had diabetes since 2015."),
])
def test_the_year_is_said_plainly(rt, told, line):
    story.add_to_story(rt, "alice", told)
    assert line in _groups(rt)["health"], _groups(rt)["health"]


def test_a_condition_with_no_year_is_read_as_before(rt):
    story.add_to_story(rt, "alice", "I have asthma and I had a stroke years ago.")
    assert _groups(rt)["health"] == ["You have asthma.", "You had a stroke in the past."]


@pytest.mark.parametrize("said", ["the stroke was 2018 not 2019", "no the stroke was in 2018"])
def test_a_year_put_right_is_seen_put_right(rt, said):
    """The year was changed, but nothing read back changed: "Sorry, I could not work out how to change that"."""
    story.add_to_story(rt, "alice", "I had a stroke in 2019 and I have asthma.")
    step = _reply_at(rt, "health", said)
    assert _said(step) == wording.CHANGED.text
    assert _groups(rt)["health"] == ["You had a stroke in 2018.", "You have asthma."]
