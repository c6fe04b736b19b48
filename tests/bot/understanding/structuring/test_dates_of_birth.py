"""Dates of birth in their common written forms are read by the standard library, exactly as
`dateparser` reads them, which is loaded (two seconds) only for a form outside those."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest

from bot.settings import PROJECT_ROOT
from bot.understanding.structuring.identifiers import find, read_date

TODAY = date(2026, 12, 2)
COMMON = ["3 March 1946", "3rd of March 1946", "3rd of March, 1946", "March 3 1946", "March 3rd, 1946",
          "03/03/1946", "3.3.46", "3-3-1946", "3 Mar 1946", "Mar 3, 1946", "3 MARCH 46"]


def _by_dateparser(written: str, today: date) -> date | None:
    import dateparser

    parsed = dateparser.parse(written, languages=["en"], settings={
        "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


@pytest.mark.parametrize("written", [*COMMON, "1946-03-03"])
def test_each_common_form_is_a_date_of_birth(written):
    assert [(i.kind, i.value) for i in find(f"I was born on {written}.", TODAY)] == [("date_of_birth", "1946-03-03")]


def test_the_common_forms_load_no_dateparser_and_another_form_still_does():
    check = ("import sys; from datetime import date; from bot.understanding.structuring.identifiers import find; "
             f"found = [find('born on ' + w, date(2026, 12, 2))[0].value for w in {COMMON + ['1946-03-03']!r}]; "
             "print(set(found), 'dateparser' in sys.modules); "
             "print(find('born on 3/3-1946', date(2026, 12, 2))[0].value, 'dateparser' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", check], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr[-500:]
    assert shown.stdout.split("\n")[:2] == ["{'1946-03-03'} False", "1946-03-03 True"]


@pytest.mark.parametrize("today", [TODAY, date(2026, 1, 15), date(1990, 6, 1), date(2070, 6, 1)])
def test_the_standard_library_reads_as_dateparser_does(today):
    # Two-figure years (a century back when after today), impossible days, ordinals, abbreviations,
    # mixed separators and words that are no month: the same date, or none, either way.
    written = [f"{d}/12/{y:02d}" for d in (1, 2, 3) for y in (0, 25, 26, 27, 68, 69, 89, 90, 99)] + [
        "31/02/1946", "29/2/00", "29/2/28", "0/3/1946", "3/13/1946", "12/25/1946", "3/3/194", "3/3/2030",
        "2st March 1946", "3 of Sept 1946", "3 Marc 1946", "3 Mayo 1946", "Febuary 3 1946", "jan 3, 1946",
        "3 March 26", "3 December 26", "30 February 1946", "1/2/0001", "3.3/46"]
    assert [read_date(w, today) for w in written] == [_by_dateparser(w, today) for w in written]


def test_the_limits_still_hold():
    assert find("born on 3 March 2030", TODAY) == []          # in the future
    assert find("born on 3 March 1900", TODAY) == []          # over 120 years ago
    assert find("born on 1946-13-03", TODAY) == []            # no 13th month, not the 13th of March
    assert [i.value for i in find("born on 3/3/27", TODAY)] == ["1927-03-03"]
    assert [i.value for i in find("born on 1/12/26", TODAY)] == ["2026-12-01"]
