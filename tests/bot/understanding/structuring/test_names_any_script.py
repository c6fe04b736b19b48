"""Names written in any Latin script are read whole: "João" was read as "Jo" and delivered to a
service as the person's name (found by the second fresh held-out forms set). And "hi my name is zoe",
a greeting before "my name is" typed in lower case, gave no name at all."""
import pytest


def names(profile, section="about_me"):
    return [i["text"] for i in profile["sections"][section] if i.get("kind") == "name"]


@pytest.mark.parametrize("text, name", [
    ("Hello. My name is João Pereira, I have 52 years.", "João Pereira"),
    ("I'm Łukasz, 34.", "Łukasz"),
    ("My name is Siobhán O'Neill and I live in Derry.", "Siobhán O'Neill"),
    ("hi my name is zoë and im 19", "Zoë"),
    ("hello, my names jade. im 17", "Jade"),
    # A middle name: "Edna Mary" was read, and "Mary" delivered to a service as her family name.
    ("My name is Edna Mary Cartwright and I was born on the 9th of May 1938.", "Edna Mary Cartwright"),
    ("Hi my name is Mary Ellen O'Brien, I am 79.", "Mary Ellen O'Brien"),
])
def test_the_persons_own_name_is_read_whole(structurer, text, name):
    assert names(structurer.structure([text])) == [name]


def test_a_relatives_name_with_an_accent_is_read_whole(structurer):
    profile = structurer.structure(["My daughter Siobhán helps me with shopping."])
    assert [i.get("name") for i in profile["sections"]["support_network"]] == ["Siobhán"]


def test_a_carer_gives_the_persons_name_in_full(structurer):
    profile = structurer.structure(["Her name is Patricia Anne Walsh and she is 80."], "carer")
    assert names(profile) == ["Patricia Anne Walsh"]


def test_a_greeting_and_a_state_is_still_no_name(structurer):
    assert names(structurer.structure(["hi im tired"])) == []
