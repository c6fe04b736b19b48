"""The name given with who they are to the carer is no story: "Her name is Joan Baker, she's my mum" at the name
question was kept as story, and its "my mum" read as someone other than Joan: she was read back as male and her COPD
as "Their wife has copd" (a stranger on the stack, session 24)."""
from __future__ import annotations

from bot.conversation.journey import story
from bot.conversation.questions import BASIS_CHOICES
from bot.conversation.steps import carer_questions
from bot.conversation.steps.turn import Turn
from consent_store.representatives import OWN_AGREEMENT

SENDER = "mary-for-joan"


def test_the_name_with_who_she_is_is_no_story_and_her_own_facts_stay_hers(rt):
    answers: dict = {}
    for said in ("Her name is Joan Baker, she's my mum", "Mary", dict(BASIS_CHOICES)[OWN_AGREEMENT], "Yes"):
        step = carer_questions.reply(rt, Turn(SENDER, {"teller": "carer", "carer": answers}, text=said), said)
        answers = step.slots["carer"]
    assert answers["name"] == "Joan Baker" and answers["relationship"] == "son or daughter"
    assert not story.story_parts(rt, SENDER)
    story.add_to_story(rt, SENDER, "She is 85 and has COPD and uses a salbutamol inhaler.")
    profile = story.draft_profile(rt, SENDER, "carer", answers)
    assert ("copd", "current", "subject") in [(i["text"], i["status"], i["about"]) for i in profile["sections"]["health"]]
    assert "male" not in [i.get("value") for i in profile["sections"]["about_me"] if i.get("kind") == "gender"]
