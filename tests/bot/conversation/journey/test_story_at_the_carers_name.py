"""The story told at the carer's own-name question, with how they are related in it, is kept: "He lives at 22 Birch
Avenue, York YO1 6HT. He had a fall in the bathroom last month. I'm his son Tom and I live 20 minutes away." at "And
your own name?" took "son" and threw the rest away (a stranger on the stack, session 24: the address and the fall were
never read back nor sent)."""
from __future__ import annotations

from bot.conversation.journey import story
from bot.conversation.steps import carer_questions
from bot.conversation.steps.turn import Turn

SENDER = "tom-at-the-name-question"


def test_the_story_said_at_the_carers_name_is_kept_and_the_name_asked_again(rt):
    answers: dict = {}
    for answer in ("Ted", "son"):  # his name, then how they are related: "And what is your name?" is next
        step = carer_questions.reply(rt, Turn(SENDER, {"teller": "carer", "carer": answers}, text=answer), answer)
        answers = step.slots["carer"]
    assert carer_questions.next_question(answers) == "carer_name"
    said = ("He lives at 22 Birch Avenue, York YO1 6HT. He had a fall in the bathroom last month. I'm his son Tom and I "
            "live 20 minutes away.")
    step = carer_questions.reply(rt, Turn(SENDER, {"teller": "carer", "carer": answers}, text=said), said)
    assert step.slots["carer_reply"] is None  # the question comes again
    assert any("22 Birch Avenue" in part for part in story.story_parts(rt, SENDER))
    profile = story.draft_profile(rt, SENDER, "carer", step.slots["carer"])
    assert [i["value"] for i in profile["sections"]["home"] if i.get("kind") == "address"] == ["22 Birch Avenue, York YO1 6HT"]
