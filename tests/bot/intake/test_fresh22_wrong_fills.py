"""Wrong fills a service would act on, found by the twenty-second fresh forms set (its wrong fills read in session 28,
its misses never), fixed in general and tested here in our own wording (the structuring half of them is tested in
tests/bot/understanding/structuring/test_session28_wrong_facts.py)."""
from __future__ import annotations

import pytest

from bot.intake.home_facts import household_size, lives_with


@pytest.mark.parametrize("story, subject, relationship", [
    ("Hi, I'm Chloe, I'm 15 and I look after my mum, Sarah Bennett. My dad doesn't live with us, he lives in Hull with "
     "his girlfriend.", "Sarah Bennett", "son or daughter"),
    ("My dad doesn't live with us, he lives in Hull with his girlfriend. I have asthma.", None, None),
])
def test_someone_elses_household_is_not_the_persons(structurer, story, subject, relationship):
    """ "My dad doesn't live with us, he lives in Hull with his girlfriend", in Mum's story, sent "his girlfriend" as whom
    she lives with, on four forms, and a household of 2."""
    teller = "carer" if subject else "self"
    sections = structurer.structure([story], teller=teller, subject_name=subject, relationship=relationship)["sections"]
    assert "girlfriend" not in (lives_with(sections) or ""), lives_with(sections)
    assert household_size(sections) != 2, household_size(sections)


def test_the_persons_own_household_said_with_his_is_kept(structurer):
    sections = structurer.structure(["I'm writing for my dad. He lives with his wife Jean in Leeds."], teller="carer",
                                    subject_name="Frank", relationship="father")["sections"]
    assert "his wife" in (lives_with(sections) or "").lower(), lives_with(sections)
