"""A stranger on the stack (session 16), shown her Risks and safety: "the last one is rubbish, take it out" got "I have
taken that out" and the whole section went (her pendant alarm and her fall were never sent). The words before
"take it out" name the line meant, and only it goes."""
from __future__ import annotations

import pytest

from bot.conversation import meaning
from bot.conversation.journey import story


@pytest.mark.parametrize("said, named", [("the last one is rubbish, take it out", "last one"),
                                         ("the second one isnt right take it out", "second one"),
                                         ("the fall bit is wrong, remove it", "fall bit")])
def test_the_line_named_before_take_it_out(said, named):
    meant = meaning.read_back_reply(said)
    assert meant.kind == "remove" and meant.text == named


@pytest.mark.parametrize("said", ["take it out", "that is wrong, take it out", "all of it is rubbish, take it out"])
def test_take_it_out_alone_still_means_the_section(said):
    meant = meaning.read_back_reply(said)
    assert meant.kind == "remove" and meant.text == ""


def test_only_the_last_line_goes(rt, structurer):
    rt.loaded_structurer = structurer
    story.add_to_story(rt, "last-one", "I have a pendant alarm. I had a fall in the kitchen and was on the floor for "
                                       "hours. My neighbour found me.")
    draft = story.draft(rt, "last-one", "self")
    risks = [i["text"] for i in draft.profile["sections"]["risks"]]
    assert len(risks) >= 2
    taken, left = story.remove_from_story(rt, "last-one", draft, "risks", meaning.read_back_reply(
        "the last one is rubbish, take it out").text)
    assert taken == risks[-1:] and [i["text"] for i in left.profile["sections"]["risks"]] == risks[:-1]


def test_the_last_line_is_the_last_one_the_person_saw(rt, structurer):
    """A second reader: with two items read back as one line, "the last one" took out the pendant alarm (counted
    among items), not the last line shown."""
    from bot.conversation.readback import read_back

    rt.loaded_structurer = structurer
    story.add_to_story(rt, "last-seen", "I have a pendant alarm. I fell in the kitchen. I have a pendant alarm but never "
                                        "wear it.")
    draft = story.draft(rt, "last-seen", "self")
    group = next(g for g in read_back(draft.profile) if g["section"] == "risks")
    assert len(group["lines"]) < len(draft.profile["sections"]["risks"])  # two items read back as one line
    last = group["items"][-1]
    taken, _ = story.remove_from_story(rt, "last-seen", draft, "risks", "last one", group["items"])
    assert taken == [draft.profile["sections"]["risks"][i]["text"] for i in last]


def test_a_line_named_without_its_apostrophe_goes(rt, structurer):
    """A stranger, session 41: "remove the alzheimers" got "I could not find "alzheimers" in this part" (the line is
    "They have alzheimer's"), so someone who never types apostrophes could not take it out by name."""
    rt.loaded_structurer = structurer
    story.add_to_story(rt, "apostrophe", "I look after my mum. She has Alzheimer's and COPD.")
    draft = story.draft(rt, "apostrophe", "carer")
    health = [i["text"] for i in draft.profile["sections"]["health"]]
    assert any("alzheimer" in h.lower() for h in health), health
    taken, left = story.remove_from_story(rt, "apostrophe", draft, "health", meaning.read_back_reply(
        "remove the alzheimers").text)
    assert [t.lower() for t in taken] == [h.lower() for h in health if "alzheimer" in h.lower()], taken
    assert [i["text"].lower() for i in left.profile["sections"]["health"]] == ["copd"], left.profile["sections"]["health"]
