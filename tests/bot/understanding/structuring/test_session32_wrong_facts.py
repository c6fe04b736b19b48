"""Wrong facts the sixteenth fresh structuring set (session 32) showed, fixed in general and tested here in our own words:
a medicine a doctor suggested, a device talked about, an illness a carer only guesses at, each read as had now; a medicine
said to be stopped after it ("now gliclazide is stop", "they took her off it"), or switched from; a service that used to
come."""
from __future__ import annotations

import pytest


def _status(structurer, said, section, words):
    profile = structurer.structure([said], teller="carer", subject_name="Rose", relationship="daughter")
    found = [i["status"] for i in profile["sections"][section] if words in i["text"].lower() and i["about"] == "subject"]
    assert found, profile["sections"][section]
    return found[0]


@pytest.mark.parametrize("said, section, words, status", [
    ("the consultant suggested trying amitriptyline but she hasnt decided", "medications", "amitriptyline", "hypothetical"),
    ("The GP recommended starting her on atorvastatin.", "medications", "atorvastatin", "hypothetical"),
    ("The heart doctor has talked about a pacemaker but nothing is booked.", "health", "pacemaker", "hypothetical"),
    ("Nobody has diagnosed her, but I reckon it's dementia.", "health", "dementia", "hypothetical"),
    ("She took metformin and gliclazide, but now gliclazide is stopped.", "medications", "gliclazide", "past"),
    ("she's on sinemet and she had a patch, rotigotine, but they took her off it because of the dreams",
     "medications", "rotigotine", "past"),
    ("she's on sinemet and she had a patch, rotigotine, but they took her off it because of the dreams",
     "medications", "sinemet", "current"),
    ("Her tablets are bisoprolol and Entresto (they switched her from ramipril to that last year).", "medications",
     "ramipril", "past"),
    ("Her tablets are bisoprolol and Entresto (they switched her from ramipril to that last year).", "medications",
     "bisoprolol", "current"),
    ("The district nurses used to come but they stopped in May.", "services_involved", "district nurse", "past"),
    ("The district nurses come every morning.", "services_involved", "district nurse", "current"),
])
def test_the_status_said_around_it(structurer, said, section, words, status):
    assert _status(structurer, said, section, words) == status


# A second reader (session 32) found these made wrong by the first forms of the rules above; each is right again
@pytest.mark.parametrize("said, section, words, status", [
    ("He had a chest infection in October and it hasnt cleared, he's coughing all night", "health", "chest infection",
     "current"),
    ("He had a UTI in October and he's on antibiotics for it now", "health", "urinary tract infection", "current"),
    ("the doctor suggested morphine for his pain, hes on it now", "medications", "morphine", "current"),
    ("The GP suggested trying him on sertraline and it's really helped his mood", "medications", "sertraline", "current"),
    ("I reckon it's the diabetes making him tired, he's had it twenty years", "health", "diabetes", "current"),
    ("The district nurse used to come daily and still comes on Mondays", "services_involved", "district nurse", "current"),
    ("The crisis team used to come every day, now they come weekly", "services_involved", "crisis team", "current"),
    ("He's worried about money if he has to give up work", "work_money", "money", "hypothetical"),
    ("He hurt his back, it's better now than it was but still bad", "health", "back", "current"),
    ("He broke his hip in October and is better now but can't walk without a frame", "health", "hip", "current"),
])
def test_a_second_reader_found_these_right_before(structurer, said, section, words, status):
    profile = structurer.structure([said], teller="carer", subject_name="Derek", relationship="wife")
    found = [i["status"] for i in profile["sections"][section] if words in i["text"].lower()]
    assert found and found[0] == status, profile["sections"][section]


@pytest.mark.parametrize("said", ["They suggested a hoist and we have one now",
                                  "The physio suggested a walking frame, he uses it every day"])
def test_an_aid_put_forward_and_in_use_is_had(structurer, said):
    profile = structurer.structure([said], teller="carer", subject_name="Derek", relationship="wife")
    items = [i for items in profile["sections"].values() for i in items if i.get("kind") not in ("name", "gender")]
    assert items and all(i["status"] == "current" for i in items), items
