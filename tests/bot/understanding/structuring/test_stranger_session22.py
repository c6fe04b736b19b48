"""What a stranger on the running stack found (session 22), each wrong before: a dose said in words with "point" or "and
a half" lost its first number ("bisoprolol two point five mg" was read back as "bisoprolol five mg", twice the dose,
and "ramipril one point two five mg" as four times it), and a correction to such a dose gave "half mg mg"."""
from __future__ import annotations

import pytest


def _doses(structurer, parts, teller="self"):
    return {i["name"]: i.get("dose") for i in structurer.structure(parts, teller=teller)["sections"]["medications"]}


@pytest.mark.parametrize("said, teller, name, dose", [
    ("I take bisoprolol two point five mg in the morning.", "self", "bisoprolol", "two point five mg"),
    ("mum is on ramipril one point two five mg", "carer", "ramipril", "one point two five mg"),
    ("he has amlodipine two and a half mg at night", "carer", "amlodipine", "two and a half mg"),
    ("Levothyroxine nought point one mg daily.", "self", "levothyroxine", "nought point one mg"),
    ("I take bisoprolol 2.5mg.", "self", "bisoprolol", "2.5mg"),
    ("I take metformin five hundred mg twice a day.", "self", "metformin", "five hundred mg"),
])
def test_a_dose_in_words_keeps_every_number(structurer, said, teller, name, dose):
    assert _doses(structurer, [said], teller).get(name) == dose


def test_a_correction_to_a_dose_in_words_gives_the_dose_said(structurer):
    doses = _doses(structurer, ["I take bisoprolol five mg.", "No, the bisoprolol is two and a half mg not five."])
    assert doses == {"bisoprolol": "two and a half mg"}


@pytest.mark.parametrize("said, teller, name", [
    ("I have type 1 diabetes and use lantus at night. Some days I dont bother with the insulin.", "self", "insulin"),
    ("He doesnt always take his metformin, he forgets.", "carer", "metformin"),
    ("sometimes she wont take her donepezil for me", "carer", "donepezil"),
])
def test_a_medicine_not_always_taken_is_taken(structurer, said, teller, name):
    """"Some days I dont bother with the insulin" was read back "You do not take insulin" beside the insulins taken (a
    stranger, session 22): a medicine missed now and then is one they take, and the service must know it."""
    meds = structurer.structure([said], teller=teller)["sections"]["medications"]
    assert {i["status"] for i in meds if i.get("name") == name} == {"current"}


def test_a_medicine_never_taken_is_still_not_taken(structurer):
    meds = structurer.structure(["I don't take any insulin, just metformin."], teller="self")["sections"]["medications"]
    assert {i["status"] for i in meds if i.get("name") == "insulin"} <= {"negated"}


@pytest.mark.parametrize("said, dose", [("I take bisoprolol 2 point 5 mg.", "2 point 5 mg"),
                                        ("I take bisoprolol two point 5 mg.", "two point 5 mg")])
def test_a_dose_in_digits_and_words_keeps_every_number(structurer, said, dose):
    assert _doses(structurer, [said]).get("bisoprolol") == dose  # it was "5 mg" (a second reader, session 22)


def test_a_test_that_found_it_long_ago_is_not_had_now(structurer):
    health = structurer.structure(["They tested me for hepatitis C in 2015 and I had it, but I was cured."])[
        "sections"]["health"]
    assert "current" not in {i["status"] for i in health if "hepatitis" in i["text"]}


def test_signed_off_work_by_the_gp_keeps_the_gp(structurer):
    services = structurer.structure(["I've been signed off work by the GP for three months with depression."])[
        "sections"]["services_involved"]
    assert services


@pytest.mark.parametrize("said", ["He wants to move me into his flat.", "They want to put me in a care home."])
def test_someone_elses_wish_is_no_home_of_theirs(structurer, said):
    """A second reader (session 22): in the person's own story, another's wish for where they live was filed as the home
    they live in ("Flat", "I have housing" on a form)."""
    assert not structurer.structure([said])["sections"]["home"]
