"""What someone cannot do, said after an event long past, is a need now: "derek had a stroke last year and cant walk
far" went to adult social care as "cant walk far (in the past)" (a stranger, session 19). Written anew."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["dad had a stroke last year and cant walk far",
                                  "she had a fall in may and can not get up the stairs now",
                                  "I broke my hip in 2023 and struggle to get dressed",
                                  "mum had her knee done two years ago and cant kneel"])
def test_what_they_cannot_do_after_a_past_event_is_now(structurer, text):
    profile = structurer.structure([text], teller="carer" if not text.startswith("I ") else "self",
                                   relationship="son" if not text.startswith("I ") else None)
    needs = profile["sections"]["daily_living"]
    assert needs and all(i["status"] == "current" for i in needs), needs
