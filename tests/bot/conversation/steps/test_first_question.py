"""The first question ("Is your story about you, or about someone you care for?"): markup or code typed
there was taken as "I have been here before" when the NLU model guessed so, and the PIN was asked for
(a stranger, session 11): it is asked again (bot/conversation/steps/returning_menu.py)."""
from __future__ import annotations

import pytest

from bot.conversation import meaning
from bot.conversation.steps import returning_menu
from bot.conversation.steps.turn import Turn
from bot.ops.runtime import build_runtime
from bot.settings import load_settings


@pytest.fixture
def rt(tmp_path):
    runtime = build_runtime(load_settings({"TELL_VAR_DIR": str(tmp_path)}))
    yield runtime
    runtime.engine.dispose()


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}",
                                  "<b>hello</b>"])
def test_markup_guessed_as_been_here_before_is_asked_again(rt, text):
    step = returning_menu.returning(rt, Turn("first-q", {}, text=text, intent="returning"))
    assert step.slots["pin_reply"] == "stopped" and step.slots["menu_reply"] == "finished"  # the form ends at once
    assert "about you, or about someone you care for" in step.replies[0].text and step.replies[0].buttons
    after = returning_menu.after(rt, Turn("first-q", step.slots, text=text))
    assert after.slots["stage"] is None and after.replies == []


@pytest.mark.parametrize("text", ["i have been here before", "/returning"])
def test_been_here_before_still_asks_the_pin(rt, text):
    step = returning_menu.returning(rt, Turn("first-q", {}, text=text, intent="returning"))
    assert step.slots["pin_reply"] is None


@pytest.mark.parametrize("text", ["she is 5 < 6 years", "i was here before :)", "a < b > c"])
def test_words_with_angle_brackets_are_no_markup(text):
    assert not meaning.is_markup(text)


@pytest.mark.parametrize("text", ["I have asthma and I use an inhaler.", "I have asthma", "i take metformin",
                                  "cant manage the stairs anymore", "i live alone in a flat",
                                  "I was in hospital last week with my chest"])
def test_the_story_begun_at_the_first_question_is_kept_then_whose_it_is_asked(rt, text):
    """A stranger began with their story at "Is your story about you…?": "Sorry, I did not understand that",
    and their words were lost ("that's all" then got "I have not heard your story yet")."""
    from bot.conversation.journey import story
    from bot.conversation.steps import anything_else

    step = anything_else.reprompt(rt, Turn("first-story", {}, text=text, intent="nlu_fallback"))
    assert story.story_parts(rt, "first-story") == [text]
    assert "kept that" in step.replies[-1].text and "about you, or about someone you care for" in step.replies[-1].text
    assert "Sorry" not in " ".join(r.text for r in step.replies)


@pytest.mark.parametrize("text", ["hello", "ok", "yes", "i dont understand", "what", "bloop", "7", "no", "stop"])
def test_words_that_tell_no_story_at_the_first_question_are_not_kept(rt, text):
    from bot.conversation.journey import story
    from bot.conversation.steps import anything_else

    step = anything_else.reprompt(rt, Turn("first-none", {}, text=text, intent="nlu_fallback"))
    assert story.story_parts(rt, "first-none") == [] and "kept" not in step.replies[-1].text


@pytest.mark.parametrize("said", ["he wont let me see my friends or family and checks where i go",
                                  "I was in hospital last week with my chest", "my husband makes me feel worthless",
                                  # a second reader: each was sent to the PIN and the words lost
                                  "he makes me delete all my messages and checks my phone",
                                  "I forget everything these days, my memory is going",
                                  "I want to forget everything that happened to me",
                                  "remove me from this house he is hurting me",
                                  "my carer takes money and I cant print my bank statements",
                                  "we came here as refugees and my son has nightmares",
                                  "I have been here 3 years and the damp is making me ill",
                                  "I was in hospital before christmas"])
def test_a_story_at_the_first_question_is_no_wish_of_someone_returning(said):
    from bot.conversation.steps import anything_else

    assert not anything_else.been_before(said)  # "where i go" read as "where has my story gone" at the menu


@pytest.mark.parametrize("said", ["I would like to download everything you hold about me",
                                  "please delete everything i told you last time thank you",
                                  "I want to stop sharing my story with the council",
                                  "I forgot my pin and I need to get back in",
                                  "i want to update my story, i have moved house",
                                  "I came here last week and told you my story"])
def test_a_wish_at_the_first_question_is_never_kept_as_story(rt, said):
    """A second reader (session 16): "please delete everything i told you last time" at the first question was kept
    as the first words of a new story."""
    from bot.conversation.journey import story
    from bot.conversation.steps import anything_else

    sender = f"first-wish-{len(said)}"
    step = anything_else.reprompt(rt, Turn(sender, {}, text=said, intent="nlu_fallback"))
    assert story.story_parts(rt, sender) == [] and not any("kept" in r.text for r in step.replies)
