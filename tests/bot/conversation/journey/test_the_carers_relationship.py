"""The carer's answer to "How are you related to Margaret?" reaches the structurer (issue 18): a
daughter's "Dad", in Margaret's story, is Margaret's husband, so his dementia is never read back or
kept as hers."""
from __future__ import annotations

from bot.conversation.journey import story
from bot.conversation.questions import BASIS_CHOICES
from bot.conversation.steps import carer_questions, read_back
from bot.conversation.steps.turn import Turn
from consent_store.representatives import OWN_AGREEMENT

SENDER = "jean"


def answer_the_carer_questions(rt) -> dict:
    answers: dict = {}
    for said in ("Margaret", "daughter", "Jean", dict(BASIS_CHOICES)[OWN_AGREEMENT], "Yes"):
        step = carer_questions.reply(rt, Turn(SENDER, {"teller": "carer", "carer": answers}, text=said), said)
        answers = step.slots["carer"]
    assert step.slots["carer_reply"] == "done"
    assert answers["name"] == "Margaret" and answers["relationship"] == "daughter"
    return answers


def test_a_daughters_dad_is_margarets_husband_not_margaret(rt):
    carer = answer_the_carer_questions(rt)
    story.add_to_story(rt, SENDER, "Margaret has COPD. Dad has dementia and lives in a care home.")
    profile = story.draft_profile(rt, SENDER, "carer", carer)
    health = {i["text"]: (i["status"], i["about"]) for i in profile["sections"]["health"]}
    assert health["copd"] == ("current", "subject")
    assert health["dementia"] == ("family", "husband")
    assert not [i for i in profile["sections"]["home"] if i["about"] == "subject"]  # his care home

    said, confirmed = [], []
    for _ in range(12):  # each section read back, and a yes to each: the story is then kept as read
        slots = {"teller": "carer", "carer": carer, "stage": "readback", "readback_done": confirmed,
                 "pin_step": "new"}
        said += [r.text for r in read_back.ask(rt, Turn(SENDER, slots, form="readback_form")).replies
                 if hasattr(r, "text")]
        step = read_back.reply(rt, Turn(SENDER, slots, text="yes", form="readback_form"), "yes")
        confirmed = step.slots["readback_done"]
        if step.slots["readback_reply"] == "done":
            break
    read = "\n".join(said)
    assert "Their husband has dementia." in read and "they have copd" in read.lower()
    assert "They have dementia" not in read
    kept = story.current_profile(rt, SENDER).profile
    assert [i["text"] for i in kept["sections"]["health"] if i["about"] == "subject"] == ["copd"]
