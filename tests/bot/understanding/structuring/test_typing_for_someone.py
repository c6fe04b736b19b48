"""A story told as the person's own that opens by saying someone types it for them ("This is Linda typing for my
husband Derek"): what it says of "he" is the person's. A stranger on the stack (session 23) chose "about me" as a wife
typing for her husband: his stroke was read back as family history and two of his three medicines were lost."""
from __future__ import annotations

import pytest

from bot.settings import load_settings
from bot.understanding.structuring import Structurer


@pytest.fixture(scope="module")
def structurer():
    return Structurer.from_folder(load_settings().lexicons_dir)


def _items(profile, section):
    return [(i["text"].lower(), i["status"], i["about"]) for i in profile["sections"][section]]


def test_a_wife_typing_for_her_husband_tells_his_story(structurer):
    profile = structurer.structure(["Hello, this is Brenda typing for my husband Alan, he is 74. He had a heart attack in "
                                    "June and he gets breathless on the stairs. He takes bisoprolol 2.5mg and aspirin 75mg "
                                    "and ramipril 5mg."], teller="self")
    health = _items(profile, "health")
    assert any("heart attack" in t and about == "subject" and status != "family" for t, status, about in health), health
    meds = " ".join(t for t, _, _ in _items(profile, "medications"))
    assert "bisoprolol" in meds and "aspirin" in meds and "ramipril" in meds, meds


@pytest.mark.parametrize("opening", ["im typing this for my mum, she is 86.", "I'm writing this on behalf of my dad."])
def test_a_child_typing_for_a_parent_tells_the_parents_story(structurer, opening):
    profile = structurer.structure([f"{opening} She has COPD and uses a Trelegy inhaler."
                                    .replace("She", "He" if "dad" in opening else "She")], teller="self")
    assert any("copd" in t and status == "current" and about == "subject" for t, status, about in _items(profile, "health"))


def test_a_person_who_says_someone_else_types_is_still_the_person(structurer):
    """"My daughter is typing this for me" is the person's own story, told in the first person."""
    profile = structurer.structure(["My daughter is typing this for me. I have arthritis and I take naproxen."], teller="self")
    assert any("arthritis" in t and about == "subject" for t, _, about in _items(profile, "health"))
