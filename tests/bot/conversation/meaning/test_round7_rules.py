"""Issue 19, round 7: the general rules added after reading the misses of the third fresh held-out
part (data/replies/heldout_fresh3.tsv, now tuned on; heldout_fresh4.tsv is the one no fix has seen),
each shown on phrasings that are not in it."""
from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.meaning import carer_answer, understand
from bot.conversation.meaning.read_back import read_back_reply

OFFERED = ["health", "medications", "home"]


def meant(context: str, text: str):
    return understand(context, text, offered=OFFERED if context == "consent" else None, today=date(2026, 12, 3))


# --- whose story --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["im 79 and this is for myself, my grandson is typing",
                                  "my own story but my son set it up", "mi own story"])
def test_my_own_story_whoever_else_is_named(text):
    assert meant("teller", text).label == "self"


@pytest.mark.parametrize("text", ["its for me and my mum", "about my dad, i look after him"])
def test_someone_elses_story_still_theirs(text):
    assert meant("teller", text).label == "carer"


@pytest.mark.parametrize("text", ["hes my uncle, frank", "my wee girl isla", "my little lad"])
def test_kin_words_say_a_carer(text):
    assert meant("teller", text).label == "carer"


@pytest.mark.parametrize("text", ["i got a pin last time", "i started this last week for my nan"])
def test_been_before(text):
    assert meant("teller", text).label == "returning"


@pytest.mark.parametrize("text", ["what is this?", "who is this", "got told to text this number, what now"])
def test_a_question_back_at_the_first_question_is_helped(text):
    assert meant("teller", text).kind == "help"


# --- while telling ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["aye thats grand, nothing else", "cheers, thats everything", "okay thats fine thats all"])
def test_done_after_a_kind_word(text):
    assert meant("telling", text).kind == "done"


@pytest.mark.parametrize("text", ["is this a bot? i need a real person", "is it automated"])
def test_asking_if_it_is_a_robot_asks_for_a_person(text):
    assert meant("telling", text).kind == "human"


def test_how_much_to_write_is_help_not_story():
    assert meant("telling", "how much should i write").kind == "help"
    assert meant("telling", "how much does she drink a day").kind == "story"


# --- the read-back ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["👍", "👌🏻", "✅"])
def test_a_thumbs_up_at_the_read_back_is_yes(text):
    assert read_back_reply(text).kind == "right"


def test_a_thumbs_up_is_never_agreement_to_share():
    assert meant("consent", "👍").kind == "invalid"


@pytest.mark.parametrize("text,what", [("yes but could you add that he uses a wheelchair", "he uses a wheelchair"),
                                       ("thats correct but can you put in that she is deaf", "she is deaf")])
def test_right_but_put_that_in_adds(text, what):
    reply = read_back_reply(text)
    assert (reply.kind, reply.text) == ("add", what)


@pytest.mark.parametrize("text,what", [("dont put my drinking in", "my drinking"),
                                       ("please do not mention the debts", "debts")])
def test_dont_put_x_in_takes_it_out(text, what):
    reply = read_back_reply(text)
    assert reply.kind == "remove" and what in reply.text


@pytest.mark.parametrize("text", ["sorry i cant follow", "you have lost me"])
def test_not_following_is_help(text):
    assert read_back_reply(text).kind == "help"


@pytest.mark.parametrize("text", ["not right now", "no time now sorry, later"])
def test_not_now_is_later_not_wrong(text):
    assert read_back_reply(text).kind == "later"


def test_a_dose_asked_back_is_a_correction():
    reply = read_back_reply("isnt it 40mg?")
    assert reply.kind == "correct" and "40mg" in reply.text


def test_changed_my_mind_dont_want_this_is_stop():
    assert read_back_reply("ive changed my mind i dont want this any more").kind == "stop"


# --- consent ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["yes the more they know the better", "yeah it will help them", "yes they need to know"])
def test_yes_with_a_reason(text):
    assert meant("consent", text).kind == "yes"


@pytest.mark.parametrize("text,parts", [("just the first two", ["health", "medications"]),
                                        ("the last one please", ["home"]), ("first and third", ["health", "home"])])
def test_parts_by_place(text, parts):
    got = meant("consent", text)
    assert (got.kind, got.value) == ("value", parts)


@pytest.mark.parametrize("text", ["could i talk to someone first", "can somebody from the surgery call me first"])
def test_a_person_first(text):
    assert meant("consent", text).kind == "human"


def test_not_wanting_to_use_this_is_stop():
    assert meant("consent", "i dont want to use this any more").kind == "stop"


# --- services and the menu ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["nowhere thanks", "thats it"])
def test_no_service(text):
    assert understand("choose_service", text, offered=["gp-practice", "community-nursing"]).kind == "no"


@pytest.mark.parametrize("text,choice", [("wipe the lot", "delete"), ("bin it all", "delete"),
                                         ("take my story back off the nurses", "stop"),
                                         ("oh sure no thats all thanks", "finished"),
                                         ("mums had a fall, i want to put that in", "update")])
def test_menu_wishes(text, choice):
    assert meant("menu", text).value == choice


@pytest.mark.parametrize("text", ["what do these do", "i forget what the options mean"])
def test_what_the_menu_does_is_help(text):
    assert meant("menu", text).kind == "help"


# --- a carer's answers --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [("um its frank", "Frank"), ("just call him bert", "Bert"),
                                       ("mr shah, first name imran", "Imran"), ("she goes by peggy", "Peggy"),
                                       ("the lassies name is skye", "Skye"), ("my little brother, sean", "Sean"),
                                       ("his name be kwame", "Kwame"), ("name is Olga, my mother", "Olga"),
                                       ("its for Edna Price my neighbour", "Edna Price")])
def test_names_in_more_ways(text, name):
    assert carer_answer("name", text) == name


@pytest.mark.parametrize("text", ["dont know", "no idea", "not sure"])
def test_not_knowing_is_no_name(text):
    assert carer_answer("name", text) is None


@pytest.mark.parametrize("text,role", [("husband, 40 years", "husband"), ("granddaughter innit, nan is called rose",
                                                                        "granddaughter"),
                                       ("im his grandkid", "grandchild"), ("lived next door to her for years", "neighbour")])
def test_relationship_in_more_ways(text, role):
    assert carer_answer("relationship", text) == role


@pytest.mark.parametrize("text,basis", [("dad asked me to do it for him", "own_agreement"),
                                        ("shes here and said go ahead", "own_agreement"),
                                        ("im her legal guardian", "parental_responsibility")])
def test_basis_in_more_ways(text, basis):
    assert carer_answer("basis", text) == basis


def test_cannot_know_what_it_means_is_unable():
    assert carer_answer("knows", "he wouldnt know what it was about, his memory has gone") == "unable"
    assert carer_answer("knows", "his memory is not good but he knows") == "yes"


@pytest.mark.parametrize("text,chosen", [("I would like number 1 and number 2 please", ["gp-practice", "community-nursing"]),
                                         ("can i have 2 and 3 thanks", ["community-nursing", "adult-social-care"])])
def test_services_by_number_with_a_wish_around_them(text, chosen):
    """A stranger by SMS: "I would like number 1 and number 2 please" got "did not catch which service"."""
    got = understand("choose_service", text, offered=["gp-practice", "community-nursing", "adult-social-care"])
    assert (got.kind, got.value) == ("value", chosen)


# A story typed at a name question (strangers on the stack): "my dad frank has parkinsons and keeps falling"
# gave the name "Frank Has Parkinsons"; "nan is 86 and has dementia…" at the carer's own name gave "Nan".
@pytest.mark.parametrize("text,name", [("my dad frank has parkinsons and keeps falling", "Frank"),
                                       ("jean keeps forgetting her tablets", "Jean"),
                                       ("nan is 86 and has dementia, she lives on her own", None)])
def test_a_name_ends_where_the_story_begins(text, name):
    assert carer_answer("name", text) == name


@pytest.mark.parametrize("text", ["nan is 86 and has dementia, she lives on her own", "Mum", "my nan"])
def test_a_carers_own_name_is_never_a_kin_word(text):
    assert carer_answer("carer_name", text) is None


def test_numbers_said_as_numbers_anywhere_in_a_long_choice():
    """A stranger (82, by SMS): "Could I have number 3 please, the surgery, and number 2": only the surgery
    was shared with, and number 2 never asked about."""
    offered = ["adult-social-care", "housing-adaptations", "gp-practice", "community-nursing"]
    got = understand("choose_service", "Could I have number 3 please, the surgery, and number 2", offered=offered)
    assert (got.kind, got.value) == ("value", ["gp-practice", "housing-adaptations"])
    assert understand("choose_service", "I have been in hospital 2 times in the last year", offered=offered).kind != "value"
