"""A year put right ("it was 2017 not 2016 sorry", "2014 not 2015") changes the year of the fact told with the
wrong one; it was left as first told (issue 18, session 19). Written anew."""
from __future__ import annotations

import pytest


def _years(structurer, parts):
    profile = structurer.structure(parts)
    return {i["text"]: i.get("year") for i in profile["sections"]["health"]}


@pytest.mark.parametrize("parts, term, year", [
    (["I had a heart attack in 2016.", "it was 2017 not 2016 sorry"], "heart attack", 2017),
    (["I had my gallbladder out in 2015 and I have asthma.", "2014 not 2015"], "gallbladder", 2014),
    (["I had my hip replaced in 2020.", "Correction: not 2020, 2019."], "hip replacement", 2019),
])
def test_a_year_put_right_is_the_years(structurer, parts, term, year):
    years = _years(structurer, parts)
    assert [y for text, y in years.items() if term in text] == [year]


def test_only_the_fact_with_the_wrong_year_changes(structurer):
    years = _years(structurer, ["I had a stroke in 2018 and a heart attack in 2021.", "sorry the heart attack was 2022 not 2021"])
    assert years.get("stroke") == 2018 and years.get("heart attack") == 2022


def test_of_two_facts_of_the_wrong_year_only_the_one_named_changes(structurer):
    """A second reader (session 19): "Sorry the knee was 2016 not 2015" moved the stroke of 2015 too."""
    years = _years(structurer, ["I had a stroke in 2015 and my knee replaced in 2015.", "Sorry the knee was 2016 not 2015"])
    assert years.get("stroke") == 2015
    assert [y for text, y in years.items() if "knee" in text] in ([2016], [2015])  # never the stroke's


def test_a_year_about_someone_else_changes_no_fact_of_another_year(structurer):
    years = _years(structurer, ["I had a stroke in 2016. My daughter was born in 2017 not 2016."])
    assert years.get("stroke") == 2016
