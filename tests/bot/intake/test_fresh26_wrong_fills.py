"""Wrong fills found by the twenty-sixth fresh forms set (session 32), fixed in general and tested in our own words: a fall
"out of bed" was read as the quarrel "fell out", and falls counted beside one long before; an injury said to be all right
now, a condition suspected or scared of and found clear, and a medicine talked of and not begun ("so she's not on it")
were each listed on the medical history."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.intake import facts

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def test_falls_out_of_bed_are_falls_and_counted_apart_from_one_long_before(structurer):
    sections = structurer.structure(["My husband has dementia. He fell out of bed three times in November, and he had a "
                                     "fall at the bus stop the winter before last."], teller="carer",
                                    relationship="wife")["sections"]
    assert facts.read_fact("falls", sections, NOW) is True
    assert facts.read_fact("falls_count", sections, NOW) == 3


def test_falling_out_with_someone_is_still_no_fall(structurer):
    sections = structurer.structure(["I fell out with my sister last year and we don't speak."])["sections"]
    assert facts.read_fact("falls", sections, NOW) is not True


@pytest.mark.parametrize("said, words, status", [
    ("In March I slipped on the stairs and hurt my ankle, now it's fine.", "ankle", "past"),
    ("They thought it might be a clot in my leg but the scan was clear.", "clot", "negated"),
    ("I had a breast cancer scare in the spring but the biopsy came back clear.", "breast cancer", "negated"),
])
def test_what_is_over_or_ruled_out_is_no_condition_now(structurer, said, words, status):
    health = structurer.structure([said])["sections"]["health"]
    found = [i["status"] for i in health if words in i["text"].lower()]
    assert found and set(found) == {status}, health


def test_a_medicine_talked_of_and_not_begun_is_not_taken(structurer):
    meds = structurer.structure(["The consultant talked about donepezil but wants to wait and see, so he's not on it."],
                                teller="carer", relationship="daughter")["sections"]["medications"]
    assert [(i["text"], i["status"]) for i in meds] == [("donepezil", "negated")], meds


@pytest.mark.parametrize("said, any_fall, count", [
    # a second reader (session 32): a recent fall beside one long before was lost, and counts in one breath were wrong
    ("He fell in the garden the summer before last and again last week.", True, None),
    ("He fell out of bed twice in October and once in November.", True, None),
    ("He's fallen out of bed three times this month.", True, 3),
    ("He fell out of bed the year before last and has had no falls since.", None, None),
])
def test_falls_beside_one_long_before_and_counts_in_one_breath(structurer, said, any_fall, count):
    sections = structurer.structure(["My husband has dementia.", said], teller="carer", relationship="wife")["sections"]
    assert facts.read_fact("falls", sections, NOW) is any_fall
    assert facts.read_fact("falls_count", sections, NOW) == count


@pytest.mark.parametrize("said, got", [
    ("I said, get out of the flat more and sort my PIP", []),  # sent as PIP had (a stranger, session 32)
    ("I need help sorting my PIP renewal", []),
    ("I get PIP and universal credit", ["Universal Credit", "PIP"]),
    ("we get by on my pension and attendance allowance", ["Attendance Allowance"]),
])
def test_a_benefit_to_sort_out_is_no_benefit_had(said, got):
    from bot.intake.money_facts import benefits

    assert benefits({"work_money": [{"text": said, "status": "current", "about": "subject"}]}) == got
