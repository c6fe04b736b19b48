"""The person's name from the carer's answer to "What is the name of the person you care for?": a
sentence going on is no name (found by a stranger: "my son takes my pension and shouts at me" was kept
as the name "Takes", and "I'm new here" as "New Here", then used in every question after)."""
import pytest

from bot.conversation.meaning.carer import name_of


@pytest.mark.parametrize("text", ["my son takes my pension and shouts at me", "I'm new here", "im new",
                                  "my son goes out and leaves her on her own"])
def test_a_sentence_at_the_name_question_is_no_name(text):
    assert name_of(text) is None


@pytest.mark.parametrize("text, name", [
    ("my husband dave", "Dave"), ("my husband dave he has dementia", "Dave"), ("my dad james he lives alone", "James"),
    ("her names doreen", "Doreen"), ("my son miles", "Miles"), ("its my mam eileen", "Eileen"), ("Ken", "Ken"),
    ("dave my husband", "Dave"), ("jean my mum", "Jean"), ("joy my daughter", "Joy"),  # a second read
])
def test_a_name_said_with_more_is_still_read(text, name):
    assert name_of(text) == name


@pytest.mark.parametrize("text", ["its my husband, im his wife", "its my mum, im her son", "my dad, ive been his carer"])
def test_who_they_are_to_each_other_is_no_name(text):
    """A stranger on the stack (session 21): "its my husband, im his wife" at the name question was named "Im", and
    "What gives you the right to speak for Im?" followed."""
    from bot.conversation.meaning import carer_answer

    assert name_of(text) is None
    assert carer_answer("name", text) is None


@pytest.mark.parametrize("said, name", [
    ("Fiona. honestly I cannae cope anymore, some nights I just want to walk away", "Fiona"),
    ("Fiona, tbh im not coping", "Fiona"),
    ("its Sue. to be honest im exhausted", "Sue"),
])
def test_words_that_carry_the_talk_on_after_a_name_are_no_surname(said, name):
    """A stranger on the stack (session 22) was named "Fiona Honestly" for the first, and read back so."""
    assert name_of(said) == name


@pytest.mark.parametrize("text", ["Frank loves his allotment and Elvis", "Maureen likes the radio on all day",
                                  "jim watches the racing every afternoon", "Agnes misses her sister"])
def test_a_sentence_of_what_someone_likes_or_does_is_no_name(text):
    """A stranger on the stack (session 23): at "And what is your name?", after "that's all" was refused, "Frank loves his
    allotment and Elvis" named the carer "Frank Loves", read back and sent to the carer's assessment."""
    assert name_of(text) is None


@pytest.mark.parametrize("text, name", [("Frank Loves", "Frank Loves"), ("Sandra Hughes", "Sandra Hughes"),
                                        ("mary watts", "Mary Watts"), ("Tom Sees", "Tom Sees")])
def test_a_surname_that_looks_like_a_verb_is_still_a_name(text, name):
    assert name_of(text) == name
