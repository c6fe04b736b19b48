"""Issue 19, found by strangers texting the running assistant: a question in one text and its options
in the next, a heading at the end of a text with its items in the next; "who has my story" as 7 texts
with no paging; an option said in words and numbered in one text. Through the running stack, by SMS (requests signed as Twilio signs them): a message
whole in one text where it fits, a long reply in pages of at most PAGE_TEXTS texts ending "Reply
MORE for the rest.", and MORE sends the next page."""
from __future__ import annotations

import re
import uuid

import pytest

from bot.rasa.channels.sms_pages import MORE, PAGE_TEXTS
from tests.bot.rasa.channels.test_sms import Phone
from tests.journey_steps import ANSWERS, PIN, finish_story

STORY = ("I'm Wilfred and I'm 84. I have heart failure, type 2 diabetes, COPD, glaucoma, arthritis in both knees "
         "and high blood pressure. I take furosemide 40mg every morning and metformin twice a day. I live alone "
         "in a bungalow. My neighbour Ruth does my shopping. I want to walk to the park again.")


def through_the_questions(say, asked: str) -> str:
    """A service's questions answered (or left for the service) until its consent question."""
    for _ in range(20):
        if "Do you agree to share this?" in asked:
            return asked
        topic = next((t for t in ANSWERS if t in asked), None)
        if "The form does not need this one" in asked:
            asked = say("leave the rest for the service")
        else:
            asked = say(ANSWERS[topic][-1] if topic else "no" if "Reply 1 for Yes, 2 for No" in asked else "skip")
    raise AssertionError(asked)


def well_cut(texts: list[str]) -> None:
    """No text ends with a heading or starts with options cut from their question."""
    for text in texts:
        body = text.removesuffix("\n" + MORE)
        assert not body.rstrip().endswith(":"), texts
        assert not re.match(r"Reply \d+ for ", body), texts


@pytest.fixture(scope="module")
def wilfred(embedded_stack) -> dict:
    """Wilfred tells his story by SMS; at the read-back of his health he asks for a real person."""
    phone = Phone(embedded_stack, f"+4477009{uuid.uuid4().int % 100_000:05d}")  # a number of its own
    phone.text("hello")
    phone.text("1")  # About me
    said = {"kept": phone.text(STORY)}
    reply = finish_story(lambda m: "\n".join(phone.text(m)))
    for _ in range(15):
        if "Is this right about your health?" in reply and "person" not in said:
            said["person"] = phone.text("can i talk to a real person")
            reply = "\n".join(said["person"])
        elif "Is this right about" in reply:
            reply = "\n".join(phone.text("1"))  # Yes
        elif "choose a PIN" in reply:
            phone.text(PIN)
            reply = "\n".join(phone.text(PIN))
            break
    assert "These services could use it" in reply, reply
    assert "Community nursing" in reply and "Riverside Surgery" in reply, reply
    say = lambda m: "\n".join(phone.text(m))  # noqa: E731
    through_the_questions(say, say("the nurses and my gp"))
    shared = say("yes")  # then the other one's questions
    through_the_questions(say, shared.split("Thank you for telling your story.")[-1])
    shared += say("yes")
    assert shared.count("receipt code") == 2, shared
    return {"phone": phone, **said}


def test_a_read_back_section_comes_whole_after_a_long_answer(wilfred):
    """'can i talk to a real person' at the read-back: the answer, then the section with its heading,
    items, question and options in one text (the heading ended one text, or the options came alone)."""
    texts = wilfred["person"]
    assert "I am a computer, not a person" in texts[0]
    section = texts[-1]
    assert section.startswith("Your health:\n- ") and "heart failure" in section and "glaucoma" in section
    assert section.endswith("Is this right about your health?\nReply 1 for Yes, 2 for Remove this, 3 for "
                            "Something is wrong.")
    well_cut(texts)


def test_an_option_the_words_already_name_is_not_numbered_too(wilfred):
    """'Tell me more, or say "that's all"' came with "Reply 1 for That's all." in the same text."""
    (kept,) = wilfred["kept"]
    assert 'say "that\'s all"' in kept and "Reply 1 for" not in kept


def test_who_has_my_story_is_paged_and_more_sends_the_rest(wilfred):
    phone = wilfred["phone"]
    first = phone.text("who has my story")
    assert "These services have your story:" in first[0] and "Riverside Surgery" in first[0]
    assert 1 < len(first) <= PAGE_TEXTS and first[-1].endswith("\n" + MORE)
    rest = phone.text("MORE")
    assert rest and not any(MORE in t for t in rest)
    assert re.search(r"(What would you like to do|Is there anything else)\?\nReply 1 for Who has my story\?, "
                     r"2 for .* 6 for Nothing else, 7 for Share with a service\.$", rest[-1]), rest
    well_cut(first + rest)
    again = phone.text("1")  # the options on the last page answer the menu: who has it, again
    assert again[0] == first[0] and again[-1].endswith(MORE)
    assert phone.text("more")[-1].endswith("7 for Share with a service.")  # "more" as typed too
