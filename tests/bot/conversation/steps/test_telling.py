"""bot/conversation/steps/telling.py: "Shall I clear everything …?" and its answers."""
from __future__ import annotations

import pytest

from bot.conversation import wording
from bot.conversation.journey import story
from bot.conversation.stages import Stage
from bot.conversation.steps import telling
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


@pytest.mark.parametrize("said", ["yes", "start again", "yes start again"])
def test_start_again_said_again_clears_the_story(rt, said):
    """At the read-back, "start again" twice kept the story: the second was taken as a correction,
    and the earlier words came back in the next read-back (a stranger on the stack, 2026-12-03)."""
    story.add_to_story(rt, "teller-1", "I have gout and a cat called Tibbles.")
    turn = Turn("teller-1", {"teller": "self", "stage": Stage.READBACK.value, "restart_asked": True}, text=said)
    step = telling.clear_or_keep(rt, turn, said)
    assert step is not None and step.slots["restart_asked"] is False
    assert story.story_parts(rt, "teller-1") == []


def test_no_keeps_the_story(rt):
    story.add_to_story(rt, "teller-2", "I have gout.")
    turn = Turn("teller-2", {"teller": "self", "stage": Stage.READBACK.value, "restart_asked": True}, text="no")
    step = telling.clear_or_keep(rt, turn, "no")
    assert step is not None and step.slots["restart_asked"] is None
    assert story.story_parts(rt, "teller-2") == ["I have gout."]


@pytest.mark.parametrize("said", ["stop. delete what i said", "i dont want to do this anymore delete it",
                                  "please delete everything i have written"])
def test_stopping_with_delete_asks_to_clear_what_was_told(rt, said):
    """"stop. delete what i said" while telling got "what you told me is kept safely" (a fresh reply set's
    stop wishes, read in session 10): it is asked whether to clear it, and nothing is kept of the message."""
    story.add_to_story(rt, "teller-3", "I have gout.")
    step = telling._reply(rt, Turn("teller-3", {"teller": "self", "stage": Stage.TELLING.value}, text=said), said)
    assert step.slots.get("restart_asked") is True and step.slots.get("story_done") is None
    assert story.story_parts(rt, "teller-3") == ["I have gout."]


def test_stopping_without_delete_keeps_what_was_told(rt):
    story.add_to_story(rt, "teller-4", "I have gout.")
    step = telling._reply(rt, Turn("teller-4", {"teller": "self", "stage": Stage.TELLING.value}, text="stop"), "stop")
    assert step.slots.get("story_done") == "stopped"


def test_delete_it_all_at_the_read_back_asks_to_clear(rt):
    """"forget it, delete it all" at the read-back got "what you told me is kept safely" (session 10)."""
    from bot.conversation.steps import read_back

    story.add_to_story(rt, "teller-5", "I have gout.")
    said = "forget it, delete it all"
    step = read_back._reply(rt, Turn("teller-5", {"teller": "self", "stage": Stage.READBACK.value}, text=said), said)
    assert step.slots.get("restart_asked") is True
    assert story.story_parts(rt, "teller-5") == ["I have gout."]


# --- a story begun in an earlier session (hazard H5) -------------------------------------------------------

def _new_session(rt, sender, stage=Stage.TELLING, text="I also have diabetes."):
    from bot.conversation.steps import session_start

    return session_start.new_session(rt, Turn(sender, {"teller": "self", "stage": stage.value}, text=text))


def test_a_new_session_mid_story_asks_who_is_here_and_reads_nothing_of_it(rt):
    """Words told but never confirmed were read back to whoever finished the story at the same phone or
    browser after an idle hour (a shared computer at a library): now whoever is here is asked first."""
    story.add_to_story(rt, "resume-1", "I have gout and my son Tom takes my money.")
    step = _new_session(rt, "resume-1")
    assert step.slots["resume_asked"] == {"earlier": 1, "asked": False} and step.form == "story_form"
    said = "I also have diabetes."
    turn = Turn("resume-1", {"teller": "self", "stage": Stage.TELLING.value, "resume_asked": step.slots["resume_asked"]},
                text=said)
    kept = telling.story_reply(rt, turn, said)
    assert [r.text for r in kept.replies] == [wording.RESUME_KEPT.text]  # the question last: SMS numbers its options
    assert "gout" not in kept.replies[0].text and "Tom" not in kept.replies[0].text
    assert kept.slots["resume_asked"] == {"earlier": 1, "asked": True}
    assert story.story_parts(rt, "resume-1")[-1] == said


def test_session_start_typed_mid_story_asks_at_once(rt):
    story.add_to_story(rt, "resume-1b", "I have gout.")
    step = _new_session(rt, "resume-1b", text="/session_start")
    assert [r.text for r in step.replies] == [wording.RESUME_QUESTION.text]
    assert step.slots["resume_asked"] == {"earlier": 1, "asked": True}


def test_no_new_session_question_when_nothing_was_told(rt):
    step = _new_session(rt, "resume-2")
    assert "resume_asked" not in step.slots and not any("Was that you" in r.text for r in step.replies)


def test_a_story_begun_before_is_asked_about_when_a_story_is_next_told(rt):
    """At the read-back (not carried over into a new session) the draft stays: asked about at the next story."""
    story.add_to_story(rt, "resume-3", "I have gout.")
    step = _new_session(rt, "resume-3", stage=Stage.READBACK)
    assert step.slots["resume_asked"] == {"earlier": 1, "asked": False}
    turn = Turn("resume-3", {"teller": "self", "stage": Stage.TELLING.value, "resume_asked": step.slots["resume_asked"]},
                text="I use a walking frame.")
    kept = telling.story_reply(rt, turn, turn.text)
    assert any("did you begin the story" in r.text for r in kept.replies)
    assert story.story_parts(rt, "resume-3") == ["I have gout.", "I use a walking frame."]


def _resume_turn(sender, text, asked, **slots):
    return Turn(sender, {"teller": "self", "stage": Stage.TELLING.value, "resume_asked": asked, **slots}, text=text)


@pytest.mark.parametrize("said", ["yes", "/affirm", "yes it was me"])
def test_yes_it_was_me_keeps_everything(rt, said):
    story.add_to_story(rt, "resume-4", "I have gout.")
    story.add_to_story(rt, "resume-4", "I also have diabetes.")
    step = telling.story_reply(rt, _resume_turn("resume-4", said, {"earlier": 1, "asked": True}), said)
    assert step.slots["resume_asked"] is None and "kept all of it" in step.replies[0].text
    assert story.story_parts(rt, "resume-4") == ["I have gout.", "I also have diabetes."]


@pytest.mark.parametrize("said", ["no", "/deny", "no not me"])
def test_not_me_clears_what_was_told_before_and_keeps_what_was_sent_since(rt, said):
    story.add_to_story(rt, "resume-5", "I have gout and a cat called Tibbles.")
    story.add_to_story(rt, "resume-5", "I also have diabetes.")
    step = telling.story_reply(rt, _resume_turn("resume-5", said, {"earlier": 1, "asked": True}), said)
    assert story.story_parts(rt, "resume-5") == ["I also have diabetes."]
    assert step.slots["resume_asked"] == {"whose": True} and "about you, or about someone" in step.replies[0].text
    assert "gout" not in step.replies[0].text


def test_not_me_with_nothing_sent_since_clears_it_all(rt):
    story.add_to_story(rt, "resume-6", "I have gout.")
    telling.story_reply(rt, _resume_turn("resume-6", "no", {"earlier": 1, "asked": True}), "no")
    assert story.story_parts(rt, "resume-6") == []


@pytest.mark.parametrize("said, teller", [("/tell_about_me", "self"), ("its me", "self"), ("about me", "self"),
                                          ("/tell_about_someone", "carer"), ("its for my mum", "carer")])
def test_after_not_me_whose_story_starts_it_again(rt, said, teller):
    story.add_to_story(rt, "resume-7", "I also have diabetes.")
    step = telling.story_reply(rt, _resume_turn("resume-7", said, {"whose": True}), said)
    assert step.slots["teller"] == teller and step.slots["resume_asked"] is None
    assert step.slots["carer_reply"] is None and step.slots["story_done"] is None
    assert story.story_parts(rt, "resume-7") == ["I also have diabetes."]


def test_after_not_me_anything_else_is_asked_again(rt):
    step = telling.story_reply(rt, _resume_turn("resume-8", "what", {"whose": True}), "what")
    assert "about you, or about someone" in step.replies[0].text and "resume_asked" not in step.slots


@pytest.mark.parametrize("said", ["that's all", "/finish_story"])
def test_no_read_back_before_the_answer(rt, said):
    story.add_to_story(rt, "resume-9", "I have gout.")
    step = telling.story_reply(rt, _resume_turn("resume-9", said, {"earlier": 1, "asked": True}), said)
    assert step.slots["story_done"] is None and "did you begin the story" in step.replies[0].text


def test_a_story_message_before_the_answer_is_kept_and_the_question_not_said_twice(rt):
    """The message that began the new session comes just after the question: kept, as before."""
    story.add_to_story(rt, "resume-10", "I have gout.")
    said = "I also have diabetes and I live on the third floor."
    step = telling.story_reply(rt, _resume_turn("resume-10", said, {"earlier": 1, "asked": True}), said)
    assert story.story_parts(rt, "resume-10") == ["I have gout.", said]
    assert not any("did you begin" in r.text for r in step.replies) and step.slots["story_done"] is None


def test_after_not_me_about_me_asks_for_more_of_what_was_sent_since(rt):
    story.add_to_story(rt, "resume-11", "I also have diabetes.")
    step = telling.story_reply(rt, _resume_turn("resume-11", "/tell_about_me", {"whose": True}), "/tell_about_me")
    assert "tell me more" in step.replies[0].text
    empty = telling.story_reply(rt, _resume_turn("resume-12", "/tell_about_me", {"whose": True}), "/tell_about_me")
    assert "Please tell me about yourself" in empty.replies[0].text


@pytest.mark.parametrize("said", ["I didnt sleep last night, the pain is bad", "my neighbour is someone else i trust",
                                  "I did my back in at work", "me knees are bad", "mine are worse at night"])
def test_the_first_message_after_an_idle_hour_is_story_never_an_answer_to_a_question_not_yet_asked(rt, said):
    """A second reader: "I didnt sleep…" cleared the earlier words and dropped itself; "I did my back in" kept a
    stranger's earlier words as theirs. Before the question is said, a message is kept, then the question asked."""
    story.add_to_story(rt, "resume-13", "I have gout and COPD.")
    step = telling.story_reply(rt, _resume_turn("resume-13", said, {"earlier": 1, "asked": False}), said)
    assert story.story_parts(rt, "resume-13") == ["I have gout and COPD.", said]
    assert step.slots["resume_asked"] == {"earlier": 1, "asked": True}
    assert "did you begin the story" in step.replies[-1].text


def test_thats_all_as_the_first_message_after_an_idle_hour_is_not_read_back_before_the_question(rt):
    story.add_to_story(rt, "resume-14", "I have gout.")
    step = telling.story_reply(rt, _resume_turn("resume-14", "that's all", {"earlier": 1, "asked": False}), "that's all")
    assert step.slots["story_done"] is None and "did you begin the story" in step.replies[0].text


@pytest.mark.parametrize("updating", [False, True])
def test_a_story_taken_up_after_an_idle_hour_asks_whose_before_saying_anything_was_kept(rt, updating):
    """'About me' pressed after an idle hour, over a story someone left at the read-back, got "Thank you, I have
    kept that. Tell me more" (a stranger on the stack): nothing had been said by this person."""
    story.add_to_story(rt, "resume-15", "I have gout.")
    turn = _resume_turn("resume-15", "/tell_about_me", {"earlier": 1, "asked": False}, updating=updating)
    step = telling.ask(rt, turn)
    assert "Was that you?" in step.replies[0].text and "kept" not in step.replies[0].text
    assert step.slots["resume_asked"] == {"earlier": 1, "asked": True}


@pytest.mark.parametrize("said", ["someone else does my shopping now", "I didnt get my prescription this week",
                                  "i did not sleep much last night"])
def test_a_story_sentence_after_the_question_is_no_answer_of_not_me(rt, said):
    """A second reader (session 16): once "Was that you?" was asked, "someone else does my shopping now" cleared
    the story begun before (the person's own, when they just went on) and dropped itself."""
    sender = f"resume-story-{len(said)}"
    story.add_to_story(rt, sender, "I have gout and I live alone.")
    telling.story_reply(rt, _resume_turn(sender, said, {"earlier": 1, "asked": True}), said)
    assert story.story_parts(rt, sender) == ["I have gout and I live alone.", said]


@pytest.mark.parametrize("said", ["no it wasnt me, my son did", "it was someone else", "i didnt start it", "nope not me"])
def test_not_me_in_a_few_words_still_clears_the_earlier_story(rt, said):
    sender = f"resume-no-{len(said)}"
    story.add_to_story(rt, sender, "I have gout and I live alone.")
    step = telling.story_reply(rt, _resume_turn(sender, said, {"earlier": 1, "asked": True}), said)
    assert story.story_parts(rt, sender) == [] and "cleared the story" in step.replies[0].text


@pytest.mark.parametrize("said", ["ive been here before", "who has my story", "i have been here before"])
def test_someone_back_before_telling_anything_goes_to_the_pin(rt, said):
    """A stranger by SMS, back after sharing, was taken into a new story by her first words: "ive been here before"
    was kept as story and "who has my story" got "You are telling me your story now"."""
    step = telling.story_reply(rt, Turn("back-at-telling", {"teller": "self", "stage": Stage.TELLING.value}, text=said),
                               said)
    assert step.slots["story_done"] == telling.RETURNING and story.story_parts(rt, "back-at-telling") == []


def test_a_right_asked_mid_story_is_still_answered_there(rt):
    story.add_to_story(rt, "mid-story-right", "I have gout.")
    step = telling.story_reply(rt, Turn("mid-story-right", {"teller": "self", "stage": Stage.TELLING.value},
                                        text="who has my story"), "who has my story")
    assert step.slots["story_done"] is None and step.replies
