"""bot/conversation/steps/carer_questions.py: a carer's questions, one at a time, in their order."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.questions import BASIS_CHOICES
from bot.conversation.steps import carer_questions
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings
from consent_store.representatives import OWN_AGREEMENT, PARENTAL_RESPONSIBILITY


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


def carer_says(text: str, **answers) -> Turn:
    return Turn("carer-1", {"teller": "carer", "carer": answers}, text=text)


def test_the_age_is_asked_only_for_a_parents_basis():
    answered = {"name": "Sam", "relationship": "parent", "carer_name": "Jo"}
    assert carer_questions.next_question({}) == "name"
    assert carer_questions.next_question({**answered, "basis": OWN_AGREEMENT}) == "knows"
    assert carer_questions.next_question({**answered, "basis": PARENTAL_RESPONSIBILITY}) == "age"


def test_my_husband_dave_answers_the_name_and_the_relationship(rt):
    step = carer_questions.reply(rt, carer_says("my husband dave"), "my husband dave")
    assert step.slots["carer"] == {"name": "Dave", "relationship": "partner"} and step.slots["carer_reply"] is None
    assert step.replies == []  # the next question is the form's to ask


def test_a_parent_of_someone_16_or_over_is_asked_for_another_basis(rt):
    label = dict(BASIS_CHOICES)[PARENTAL_RESPONSIBILITY]
    told = {"name": "Sam", "relationship": "parent", "carer_name": "Jo"}
    step = carer_questions.reply(rt, carer_says(label, **told), label)
    assert step.slots["carer"]["basis"] == PARENTAL_RESPONSIBILITY
    step = carer_questions.reply(rt, carer_says("17", **step.slots["carer"]), "17")
    assert "under 16" in step.replies[0].text
    assert step.slots["carer"] == told  # the basis is asked again
    assert carer_questions.next_question(step.slots["carer"]) == "basis"


def test_the_last_answer_records_the_carer_as_the_persons_representative(rt):
    told = {"name": "Sam", "relationship": "partner", "carer_name": "Jo", "basis": OWN_AGREEMENT}
    step = carer_questions.reply(rt, carer_says("yes", **told), "yes")
    assert step.slots["carer_reply"] == "done" and step.slots["carer"]["knows"] == "yes"
    assert step.slots["carer"]["representative_id"]
    assert "Thank you" in step.replies[0].text


def test_how_they_are_related_said_at_the_name_question_is_kept_and_the_name_asked_again(rt):
    step = carer_questions.reply(rt, carer_says("im her grandaughter"), "im her grandaughter")
    assert step.slots["carer"] == {"relationship": "granddaughter"} and step.slots["carer_reply"] is None
    assert step.replies == []  # no "Please tell me just their name": the form asks the question again
    asked = carer_questions.ask(Turn("carer-1", {"teller": "carer", "carer": step.slots["carer"]}))
    assert "name of the person you care for" in asked.replies[0].text


def test_the_story_begun_at_a_carers_question_is_kept_not_lost(rt):
    from bot.conversation.journey import story

    told = "she is 84 and has dementia and lives alone, i do her shopping"
    step = carer_questions.reply(rt, carer_says(told), told)
    assert story.story_parts(rt, "carer-1") == [told]
    assert "kept what you told me" in step.replies[0].text and step.slots["carer"] == {}
    answers = {"name": "Doris", "relationship": "granddaughter", "carer_name": "Jo", "basis": OWN_AGREEMENT}
    last = carer_questions.reply(rt, carer_says("yes", **answers), "yes")
    assert "tell me more" in last.replies[0].text.lower()  # the story is asked for after the last question
    assert last.replies[0].text.count("Thank you") == 1  # a stranger read "Thank you. Thank you, …"


def test_a_name_beside_im_her_grandson_is_asked_about_never_guessed(rt):
    """A stranger's "Kai Thompson, im her grandson" at the person's name made Kai the person: the read-back
    said "Their name is Kai Thompson" and the GP got "Kai's details"."""
    step = carer_questions.reply(rt, carer_says("x", relationship="grandchild"), "Kai Thompson, im her grandson")
    answers = step.slots["carer"]
    assert "name" not in answers and answers["whose_name"] == "Kai Thompson"
    asked = carer_questions.ask(Turn("carer-1", {"teller": "carer", "carer": answers}))
    assert "Is Kai Thompson your name, or the name of the person you care for?" in asked.replies[0].text
    mine = carer_questions.reply(rt, carer_says("my name", **answers), "my name")
    assert mine.slots["carer"] == {"relationship": "grandchild", "carer_name": "Kai Thompson"}
    theirs = carer_questions.reply(rt, carer_says("no its hers", **answers), "no its hers")
    assert theirs.slots["carer"] == {"relationship": "grandchild", "name": "Kai Thompson"}


def test_its_doris_im_her_granddaughter_names_the_person():
    from bot.conversation.meaning import carer_answer

    assert carer_answer("name", "its doris, im her granddaughter") == "Doris"


def test_thats_my_name_her_name_is_puts_both_right(rt):
    told = {"name": "Kai Thompson", "relationship": "grandchild"}
    said = "no thats MY name. her name is Dorothy Thompson"
    step = carer_questions.reply(rt, carer_says(said, **told), said)
    assert step.slots["carer"] == {"name": "Dorothy Thompson", "relationship": "grandchild", "carer_name": "Kai Thompson"}
    assert carer_questions.next_question(step.slots["carer"]) == "basis"


@pytest.mark.parametrize("said, expected", [
    ("mine, not hers", {"carer_name": "Kai Thompson"}),
    ("its my name not hers", {"carer_name": "Kai Thompson"}),
    ("thats me, her name is Doris", {"carer_name": "Kai Thompson", "name": "Doris"}),
    ("its mine her name is doris smith", {"carer_name": "Kai Thompson", "name": "Doris Smith"}),
    ("not my name, hers", {"name": "Kai Thompson"}),
    ("my name, hers is Doris", {"whose_name": "Kai Thompson"}),  # both: asked again, never guessed
])
def test_whose_name_said_with_not_or_with_her_name_is_never_the_wrong_way_round(rt, said, expected):
    """'mine, not hers' and 'thats me, her name is Doris' gave the carer's name to the GP as the person's."""
    answers = {"relationship": "grandchild", "whose_name": "Kai Thompson"}
    step = carer_questions.reply(rt, carer_says(said, **answers), said)
    assert step.slots["carer"] == {"relationship": "grandchild", **expected}


def test_priya_is_me_dad_is_frank_puts_both_right(rt):
    """A stranger answered "Priya" to the person's name, then "no sorry priya is me. dad is Frank": the GP
    got "Priya's" story and his health as her husband's."""
    said = "no sorry priya is me. dad is Frank"
    step = carer_questions.reply(rt, carer_says(said, name="Priya"), said)
    assert step.slots["carer"] == {"name": "Frank", "carer_name": "Priya", "relationship": "son or daughter"}


@pytest.mark.parametrize("said", ["no dear its for me, I dont care for anyone", "I'm speaking for myself", "About me"])
def test_ones_own_story_after_all_leaves_the_carers_questions(rt, said):
    """A stranger's own story went down the carer's questions with no way out."""
    step = carer_questions.reply(rt, carer_says(said), said)
    assert step.slots["teller"] == "self" and step.slots["carer"] is None and step.slots["carer_reply"] == "done"
    assert "your own story" in step.replies[0].text


def test_start_again_is_no_name(rt):
    step = carer_questions.reply(rt, carer_says("start again", name="Jean"), "start again")
    assert step.slots["carer"] == {} and "start again" in step.replies[0].text


@pytest.mark.parametrize("said", ["she has type 1 diabetes and epilepsy, she has fits at night"])
def test_a_story_at_the_age_question_is_kept_not_taken_as_an_age(rt, said):
    from bot.conversation.journey import story

    told = {"name": "Ellie", "relationship": "parent", "carer_name": "Tom", "basis": PARENTAL_RESPONSIBILITY}
    step = carer_questions.reply(rt, carer_says(said, **told), said)
    assert "age" not in step.slots["carer"] and story.story_parts(rt, "carer-1") == [said]


def test_a_name_said_with_like_i_said():
    from bot.conversation.meaning import carer_answer

    assert carer_answer("name", "samuel okafor like i said") == "Samuel Okafor"


@pytest.mark.parametrize("said", ["I would rather not give my own name if that is ok",
                                  "sorry I don't understand what you want me to put here"])
def test_a_reply_that_tells_no_story_is_asked_again_not_kept(rt, said):
    """A second read: any 8 words a question could not read were kept as story, for services to read."""
    from bot.conversation.journey import story

    carer_questions.reply(rt, carer_says(said, name="Jean", relationship="son or daughter"), said)
    assert story.story_parts(rt, "carer-1") == []


def test_a_sentence_is_no_name():
    from bot.conversation.meaning import carer_answer

    assert carer_answer("name", "my mum has diabetes and has been struggling") is None
    assert carer_answer("name", "idk") is None


@pytest.mark.parametrize("said", ["im his granddaughter", "I am his grand daughter", "his granddaughter"])
def test_how_they_are_related_said_again_at_the_carers_own_name_asks_plainly_for_the_name(rt, said):
    """A stranger on the stack (2026-12-03): "im his granddaughter" at "And what is your name?" got
    "Please tell me just your name", although how she is related was known already."""
    told = {"name": "Albert", "relationship": "granddaughter"}
    step = carer_questions.reply(rt, carer_says(said, **told), said)
    assert step.slots["carer"] == told and step.slots["carer_reply"] is None
    assert [r.text for r in step.replies] == ["Thank you. And your own name? Services will know who told them."]
    asked = carer_questions.ask(Turn("carer-1", {"teller": "carer", "carer": told}, text=said, answered=True))
    assert asked.replies == []  # the question is not put twice in one turn


@pytest.mark.parametrize("said", ["thats all", "nothing else", "done"])
def test_done_at_the_own_name_question_is_no_name(rt, said):
    """"thats all" at "And what is your name?" went on with the carer named "All" (a stranger, session 11)."""
    told = {"name": "Doris", "relationship": "son"}
    step = carer_questions.reply(rt, carer_says(said, **told), said)
    assert step.slots["carer"] == told and step.slots["carer_reply"] is None
    assert "Please tell me just your name" in step.replies[0].text


@pytest.mark.parametrize("key, told", [("carer_name", {"name": "Doris", "relationship": "son"}), ("name", {})])
def test_a_name_asked_again_is_not_asked_twice_in_one_reply(rt, key, told):
    """The re-ask of a name ("Please tell me just your name, for example …") was followed by the question
    itself ("And what is your name? …") in the same reply (a stranger, session 11)."""
    said = "thats all"
    step = carer_questions.reply(rt, carer_says(said, **told), said)
    assert step.replies == [wording.CARER_REASK[key]]
    after = Turn("carer-1", {"teller": "carer", "carer": step.slots["carer"]}, text=said, answered=True)
    assert carer_questions.ask(after).replies == []


def test_the_name_question_is_asked_after_an_answer_and_after_help(rt):
    told = {"name": "Doris", "relationship": "son"}
    answered = Turn("carer-1", {"teller": "carer", "carer": told}, text="im her son", answered=False)
    assert "what is your name" in carer_questions.ask(answered).replies[0].text
    helped = Turn("carer-1", {"teller": "carer", "carer": told}, text="what do you mean", answered=True)
    assert "what is your name" in carer_questions.ask(helped).replies[0].text


def test_no_at_a_name_question_gets_the_question_again_once(rt):
    told = {"name": "Doris", "relationship": "son"}
    step = carer_questions.reply(rt, carer_says("no", **told), "no")
    assert step.replies == [] and step.slots["carer"] == told
    after = Turn("carer-1", {"teller": "carer", "carer": told}, text="no", answered=False)
    assert "what is your name" in carer_questions.ask(after).replies[0].text
