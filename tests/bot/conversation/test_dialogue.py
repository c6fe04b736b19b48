"""What a reply means at the dialogue's own questions (bot/conversation/meaning/: a carer's answers,
the read-back, the menu, the PIN, the parts to share); a reply that answers none is asked again in
the words of bot/conversation/wording."""
import pytest

from bot.conversation import meaning, wording
from bot.conversation.steps import carer_questions
from bot.conversation.steps.turn import Turn
from consent_store import representatives as reps


@pytest.mark.parametrize("text,basis", [
    ("They agreed I can", reps.OWN_AGREEMENT), ("2", reps.LPA_HEALTH_WELFARE),
    ("she said yes, she agreed", reps.OWN_AGREEMENT), ("I have LPA for his money", reps.LPA_PROPERTY_FINANCE),
    ("lasting power of attorney for his health", reps.LPA_HEALTH_WELFARE),
    ("I'm her deputy for property", reps.DEPUTY_PROPERTY_AFFAIRS),
    ("court of protection deputy", reps.DEPUTY_PERSONAL_WELFARE), ("I'm his dad", reps.PARENTAL_RESPONSIBILITY),
])
def test_the_basis_for_speaking_for_someone_from_a_button_or_own_words(text, basis):
    assert meaning.carer_answer("basis", text) == basis


# An attorney who does not say which kind is asked again with the options: a property and finance
# attorney may not share the person's health (it was taken as health and welfare).
@pytest.mark.parametrize("text", ["because", "", "🙂", "8", "lasting power of attorney", "i have poa", "im his attorney"])
def test_an_answer_that_gives_no_basis_is_asked_again(text):
    assert meaning.carer_answer("basis", text) is None
    assert "choose one of the options" in wording.CARER_REASK["basis"].text


@pytest.mark.parametrize("text,knows", [("Yes", "yes"), ("not yet", "no"), ("No", "no"),
                                        ("They are not able to understand", "unable"), ("she lacks capacity", "unable")])
def test_whether_the_person_knows(text, knows):
    assert meaning.carer_answer("knows", text) == knows


def test_a_name_is_a_name():
    assert meaning.carer_answer("name", "Her name is Rose Example.") == "Rose Example"
    for bad in ("", "12345", "🙂", "my mum who lives in a flat on the third floor near the shops"):
        assert meaning.carer_answer("name", bad) is None
    asked = carer_questions.reply(None, Turn("s", {"teller": "carer", "carer": {}}), "12345")
    assert [reply.text for reply in asked.replies] == [wording.CARER_REASK["name"].text]


@pytest.mark.parametrize("text,kind,rest", [
    ("yes", "right", ""), ("Looks right", "right", ""), ("remove that", "remove", ""),
    ("please delete it", "remove", ""), ("remove the diabetes", "remove", "diabetes"),
    ("add that I use a hearing aid", "add", "I use a hearing aid"), ("that's wrong", "wrong", ""),
    ("no", "wrong", ""), ("it's my left hip", "correct", "it's my left hip"),
])
def test_what_a_reply_to_a_section_of_the_read_back_asks_for(text, kind, rest):
    assert meaning.read_back_reply(text) == meaning.ReadBackReply(kind, rest)


@pytest.mark.parametrize("text,choice", [
    ("1", "who"), ("who has my story?", "who"), ("Download my story", "download"), ("I'd like a copy", "download"),
    ("stop sharing with the GP", "stop"), ("delete everything", "delete"), ("update my story", "update"),
    ("nothing else", "finished"), ("6", "finished"), ("bananas", None),
])
def test_a_returning_persons_choice(text, choice):
    assert meaning.menu_choice(text) == choice


def test_a_pin_is_digits_only():
    assert meaning.looks_like_pin("2580") and meaning.looks_like_pin(" 25 80 ")
    assert meaning.pin_of(" 25 80 ") == "2580"
    assert not any(map(meaning.looks_like_pin, ["12", "my pin", "2580a", "123456789012345678"]))
    assert meaning.pin_of("two five eight oh") == "2580" and meaning.pin_of("double two five eight") == "2258"
    assert meaning.pin_of("my pin is 2580") == "2580"
    assert not any(map(meaning.looks_like_pin, ["two five eight", "two five eight apples", "my pin is"]))


OFFERED = ["about_me", "health", "medications", "allergies", "communication"]


@pytest.mark.parametrize("text,kept", [
    ("not my medicines", ["about_me", "health", "allergies", "communication"]),
    ("only my health", ["health"]), ("just about me and my health", ["about_me", "health"]),
    ("yes but leave out the allergies", ["about_me", "health", "medications", "communication"]),
    ("yes", None), ("no", None), ("not my home", None),  # home is not on offer
])
def test_the_parts_a_reply_to_the_consent_question_keeps(text, kept):
    assert meaning.chosen_sections(text, OFFERED) == kept
