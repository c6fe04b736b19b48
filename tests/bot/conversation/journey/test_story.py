"""The draft is structured once per call of the dialogue and passed along (bot/conversation/journey/
story.py: Draft): nothing of a story stays in the process between calls, a read-back reply
structures the draft once (again only when it changes it), and confirming saves the draft the
person was read back unless it changed meanwhile."""
from __future__ import annotations

import pytest

from bot.conversation.journey import story
from bot.conversation.steps import read_back
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path, structurer):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}), structurer)
    yield runtime
    runtime.engine.dispose()


@pytest.fixture
def calls(rt, monkeypatch):
    """Counts the real structurer's runs (it still does the work)."""
    counted = []
    real = rt.structurer.structure

    def counting(*args, **kwargs):
        counted.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(rt.structurer, "structure", counting)
    return counted


def at_read_back(text: str, confirmed: list[str]) -> Turn:
    """A first-time person's reply to "Is this right about …?"."""
    return Turn("alice", {"teller": "self", "stage": "readback", "readback_done": confirmed, "pin_step": "new"},
                text=text, form="readback_form")


def test_each_call_structures_the_draft_once_and_a_yes_to_the_last_section_saves_that_draft(rt, calls):
    story.add_to_story(rt, "alice", "I have asthma and I use an inhaler. I live alone in a flat.")
    confirmed: list[str] = []
    for answered in range(1, 10):
        read_back.ask(rt, at_read_back("", confirmed))
        step = read_back.reply(rt, at_read_back("yes", confirmed), "yes")
        confirmed = step.slots["readback_done"]
        assert len(calls) == 2 * answered  # the question, then the reply: once each
        if step.slots["readback_reply"] == "done":
            break
    assert step.slots["readback_reply"] == "done" and len(confirmed) >= 2
    saved = story.current_profile(rt, "alice")
    assert "asthma" in str(saved.profile["sections"]["health"]) and story.story_parts(rt, "alice") == []


def test_a_correction_structures_the_changed_draft_once_more(rt, calls):
    story.add_to_story(rt, "alice", "I have asthma.")
    step = read_back.reply(rt, at_read_back("it's arthritis not asthma", []), "it's arthritis not asthma")
    assert [reply.text for reply in step.replies] == ["I have changed that."]
    assert len(calls) == 2  # as read back, then with the correction
    assert "arthritis" in str(story.draft_profile(rt, "alice", "self")["sections"]["health"])


def test_taking_an_item_out_gives_the_draft_as_reading_it_again_would(rt, calls):
    story.add_to_story(rt, "alice", "I have asthma and diabetes.")
    draft = story.draft(rt, "alice", "self")
    taken, left = story.remove_from_story(rt, "alice", draft, "health", "the diabetes")
    assert taken and all("diabetes" in text for text in taken)
    assert len(calls) == 1  # taking out needs no structuring
    assert left == story.draft(rt, "alice", "self")
    assert "diabetes" in str(draft.profile)  # the caller's draft is not changed under it


def test_confirming_a_draft_that_changed_since_it_was_read_keeps_what_was_added(rt):
    story.add_to_story(rt, "alice", "I have asthma.")
    read = story.draft(rt, "alice", "self")
    story.add_to_story(rt, "alice", "I also have diabetes.")
    assert story.confirm_profile(rt, "alice", "self", draft=read) == 1
    assert "diabetes" in str(story.current_profile(rt, "alice").profile["sections"]["health"])


def test_two_people_with_different_stories_never_get_each_others(rt):
    story.add_to_story(rt, "alice", "I have asthma.")
    story.add_to_story(rt, "bob", "I have diabetes.")
    assert "asthma" in str(story.draft_profile(rt, "alice", "self"))
    bob = story.draft_profile(rt, "bob", "self")
    assert "diabetes" in str(bob) and "asthma" not in str(bob)


def test_an_addition_that_changes_only_another_part_says_where_it_went(rt):
    """A stranger's correction at one part got "I have changed that." while that part stayed the same
    (another part had changed): now the person is told where their words went, for an addition too."""
    story.add_to_story(rt, "alice", "I have asthma. I live alone in a flat.")
    first = read_back.ask(rt, at_read_back("", []))
    assert "Is this right about your health?" in first.replies[-1].text
    said = "also I use a walking stick"
    step = read_back.reply(rt, at_read_back(said, []), said)
    texts = " ".join(reply.text for reply in step.replies)
    assert texts.startswith("I have added that. It is now in the part about "), texts  # not as if to health
    assert not any("stick" in item["text"] for item in story.draft_profile(rt, "alice", "self")["sections"]["health"])


def test_the_line_named_best_is_taken_out_not_every_line_sharing_a_word(rt):
    """"remove the 2nd floor one" took out the new ground floor flat too; "take out the last two" took
    out the first two lines (strangers on the stack)."""
    story.add_to_story(rt, "alice", "I have asthma. I have diabetes. I have arthritis. I have glaucoma.")
    draft = story.draft(rt, "alice", "self")
    health = [i["text"] for i in draft.profile["sections"]["health"]]
    assert len(health) == 4, health
    taken, left = story.remove_from_story(rt, "alice", draft, "health", "last two")
    assert taken == health[-2:]
    taken, left = story.remove_from_story(rt, "alice", left, "health", "the first one")
    assert taken == health[:1] and [i["text"] for i in left.profile["sections"]["health"]] == health[1:2]


def test_words_take_out_the_line_they_name_best(rt):
    from bot.conversation.journey.story import Draft

    profile = {"sections": {"home": [{"text": "I lived on the 2nd floor of a block", "about": "subject"},
                                     {"text": "now I have a ground floor flat", "about": "subject"}]}}
    story.add_to_story(rt, "alice", "I lived on the 2nd floor of a block. Now I have a ground floor flat.")
    draft = Draft(parts=story.story_parts(rt, "alice"), removed=[], profile=profile)
    taken, _ = story.remove_from_story(rt, "alice", draft, "home", "2nd floor one")
    assert taken == ["I lived on the 2nd floor of a block"]
