"""A check of the story ("is this still true?", issue 21) reads back only what might have changed since
it was told: not the person's name, date of birth or NHS number, nor what they told as past."""
from __future__ import annotations

from bot.conversation.readback import read_back
from bot.conversation.steps.reviews import might_change
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


def test_a_check_reads_back_what_might_have_changed_only(tmp_path):
    rt = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    try:
        profile = rt.structurer.structure(
            ["My name is Edith Brown, born 3 March 1941, NHS number 943 476 5919. I broke my hip in 2019. "
             "I have diabetes and I take metformin. I live alone in a flat."], teller="self")
    finally:
        rt.engine.dispose()
    told = "\n".join(line for part in read_back(profile) for line in part["lines"])
    checked = "\n".join(line for part in read_back(might_change(profile)) for line in part["lines"])
    for fixed in ("Edith", "1941", "943 476 5919", "hip"):
        assert fixed in told and fixed not in checked, fixed
    for current in ("diabetes", "metformin", "alone"):
        assert current in checked, current


def test_a_story_of_only_fixed_things_is_read_back_whole_so_a_check_waits_for_the_person(tmp_path):
    """A second read: 'Ann Jones, born 1950, broke my hip in 2019' left nothing to read back, and any
    reply ('hmm?', 'not now') told the service that asked that nothing had changed."""
    from bot.conversation.journey.person import person_or_new
    from bot.conversation.steps import reviews
    from bot.conversation.steps.turn import Turn
    from consent_store import people
    from tests.conftest import NOW

    rt = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    try:
        profile = rt.structurer.structure(["My name is Ann Jones, born 3 March 1950. I broke my hip in 2019."],
                                          teller="self")
        assert not read_back(might_change(profile))
        with rt.sessions.begin() as session:
            people.save_profile_version(session, person_or_new(rt, session, "ann"), profile, "self", NOW)
        parts = reviews._parts(rt, Turn(sender_id="ann", slots={"teller": "self"}))
        assert parts and any("Ann" in line for part in parts for line in part["lines"])
    finally:
        rt.engine.dispose()
