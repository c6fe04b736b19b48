import pytest

from bot.conversation import wording
from bot.conversation.readback import read_back, second_person, shorten
from tests.bot.understanding.structuring.test_structuring import STORY


def read_back_text(profile: dict, teller: str = "self") -> str:
    """Every section of the read-back as the person is sent it, one after another."""
    return "\n\n".join(wording.section_read_back(group).text for group in read_back(profile, teller))


def test_second_person_swaps_the_narrators_words():
    assert second_person("I can't manage my stairs and I'm tired") == "You can't manage your stairs and you're tired"


def test_second_person_leaves_letters_joined_to_figures():
    """A stranger: "went out at 3am in her nightie" was read back "went out at 3are"."""
    assert second_person("she went out at 3am, i am up at 6am") == "She went out at 3am, you are up at 6am"
    assert second_person("we'd love him to stay at home") == "You'd love him to stay at home"
    # typed without the apostrophe: "Im 82 and live on your own" was read back (a stranger on the stack)
    assert second_person("Im 82 and live on my own") == "You're 82 and live on your own"
    assert second_person("ive got a bad back") == "You've got a bad back"


def test_me_said_for_my_is_your():
    """"me dad smoked for the both of us" was read back "You dad smoked for the both of you" (a fresh forms set, session
    40); "me" that is me stays "you"."""
    assert second_person("me dad smoked for the both of us") == "Your dad smoked for the both of you"
    assert second_person("Never smoked in me life, me knees are bad") == "Never smoked in your life, your knees are bad"
    assert second_person("I live with me son") == "You live with your son"
    assert second_person("they gave me money and took me home") == "They gave you money and took you home"
    assert second_person("Ma sick pay ran oot in july") == "Your sick pay ran oot in july"
    assert second_person("me and ma went out, ma says no") == "You and ma went out, ma says no"


def test_every_line_is_short_and_grouped_by_section(structurer):
    profile = structurer.structure([STORY + " " + "I live in a flat with a very long list of problems " * 5])
    groups = read_back(profile)
    assert [g["section"] for g in groups][:3] == ["about_me", "what_matters", "goals"]
    for group in groups:
        for line in group["lines"]:
            assert len(line.split()) < 20, line


def test_statuses_read_as_plain_english(structurer):
    text = read_back_text(structurer.structure([STORY]))
    for expected in ("You have type 2 diabetes.", "You do not have asthma.", "Your mother had breast cancer.",
                     "You take metformin 500mg twice a day.", "You used to take warfarin.",
                     "You are allergic to penicillin."):
        assert expected in text


def test_a_carers_read_back_speaks_of_the_person_cared_for(structurer):
    text = read_back_text(structurer.structure(["My dad has dementia."], teller="carer"), teller="carer")
    assert "They have dementia." in text
    assert "Your health" not in text and "Health:" in text
    assert "People who support" not in text  # the person cared for is not their own support


def test_nothing_understood_gives_no_read_back(structurer):
    assert read_back_text(structurer.structure(["🙂"])) == ""


def test_shorten_marks_what_it_cut():
    assert shorten("one two three") == "one two three."
    assert shorten(" ".join(["word"] * 30)).endswith("…")


def test_each_section_has_a_handle_and_a_question_and_lines_map_to_items(structurer):
    profile = structurer.structure([STORY])
    for group in read_back(profile):
        assert group["handle"] == group["section"]
        assert group["question"].startswith("Is this right about ") and group["question"].endswith("?")
        assert len(group["items"]) == len(group["lines"])
        indexed = sorted(i for indices in group["items"] for i in indices)
        assert indexed == list(range(len(profile["sections"][group["section"]])))


def test_every_line_is_second_person_and_under_20_words_across_the_gold_set(structurer):
    from bot.understanding.structuring.gold import load_gold
    for story in load_gold():
        profile = structurer.structure(story["parts"], teller=story["teller"],
                                       subject_name=story.get("subject_name"))
        for group in read_back(profile, story["teller"]):
            for line in group["lines"]:
                assert len(line.split()) < 20, line
                words = {w.strip(".,!?…“”").lower() for w in line.split()}
                assert not words & {"i", "i'm", "i've", "i'd", "my", "me", "myself"}, (story["id"], line)


def test_a_misspelling_is_read_back_as_written(structurer):
    text = read_back_text(structurer.structure(["I take metfromin twice a day."]))
    assert "You take metformin twice a day. (You wrote “metfromin”.)" in text
    assert "“metfromin”.)." not in text  # no full stop after the note


@pytest.mark.parametrize("story, line", [
    ("I had a hernia operation but now is fine.", "You had a hernia in the past."),
    ("I have a hernia.", "You have a hernia."),
    ("I had an ulcer years ago.", "You had an ulcer in the past."),
])
def test_a_condition_one_has_one_of_is_said_with_a(structurer, story, line):
    assert line in read_back_text(structurer.structure([story]))


def test_family_facts_read_in_their_own_tense(structurer):
    text = read_back_text(structurer.structure(["My mother had breast cancer. My son has asthma."]))
    assert "Your mother had breast cancer." in text and "Your son has asthma." in text


@pytest.mark.parametrize("teller, story, wanted, garbled", [
    ("self", "I had a hip replacement in 2019.", "You had a hip replacement in 2019.", "You had hip replacement"),
    ("self", "I had my hip done years ago.", "You had a hip operation.", "You had hip in the past"),
    ("self", "I use an inhaler.", "You use an inhaler.", "You take inhaler"),
    ("carer", "My dad used to smoke.", "They used to smoke.", "They had smoking in the past"),
    ("self", "I gave up smoking ten years ago.", "You used to smoke.", "You had smoking"),
    ("self", "I have a bad left hip.", "You have a problem with your left hip.", "You have left hip"),
    ("self", "I had a stroke in 2009.", "You had a stroke in 2009.", "You had stroke"),
    ("self", "I smoke twenty a day.", "You smoke.", "You mentioned smoking"),
])
def test_read_back_sentences_are_grammatical_for_every_kind_of_item(structurer, teller, story, wanted, garbled):
    text = read_back_text(structurer.structure([story], teller=teller), teller=teller)
    assert wanted in text and garbled not in text, text


@pytest.mark.parametrize("given, line", [("my husband dave", "Their name is Dave."),
                                         ("Dave", "Their name is Dave."),
                                         ("his wife Mary Jones", "Their name is Mary Jones.")])
def test_a_name_given_with_who_they_are_reads_as_a_name(structurer, given, line):
    profile = structurer.structure(["He has diabetes."], teller="carer", subject_name=given)
    assert line in read_back_text(profile, teller="carer")
