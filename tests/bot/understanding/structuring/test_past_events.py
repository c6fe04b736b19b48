"""A heart attack, a stroke or a fracture said with the year it happened is an event in the past, not a
condition the person has now: "Heart attack in 2019." and "Previous heart attack (2019)." were filed as
current, so a service's form listed a heart attack as an active condition."""
import pytest


def health(profile):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"]["health"]]


@pytest.mark.parametrize("story, event", [
    ("I had a heart attack in 2019.", "heart attack"),
    ("Heart attack in 2019.", "heart attack"),
    ("heart attack 2019, stent fitted", "heart attack"),
    ("Previous heart attack (2019).", "heart attack"),
    ("My heart attack was in 2019.", "heart attack"),
    ("Stroke in 2015, no lasting problems.", "stroke"),
])
def test_an_event_with_its_year_is_past(structurer, story, event):
    found = health(structurer.structure([story]))
    assert (event, "past", "subject") in found
    assert (event, "current", "subject") not in found


@pytest.mark.parametrize("story, condition", [
    ("I had a heart attack in 2019 and now I have angina.", "angina"),
    ("Heart attack in 2019, I have heart failure now.", "heart failure"),
])
def test_what_the_event_left_stays_current(structurer, story, condition):
    assert (condition, "current", "subject") in health(structurer.structure([story]))


@pytest.mark.parametrize("story", ["She had a stroke last month and her left side is still weak.",
                                   "She has had a stroke this year."])
def test_a_recent_stroke_is_still_part_of_now(structurer, story):
    found = health(structurer.structure([story], teller="carer", subject_name="Jean"))
    assert ("stroke", "current", "subject") in found
