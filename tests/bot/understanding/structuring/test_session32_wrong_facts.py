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
