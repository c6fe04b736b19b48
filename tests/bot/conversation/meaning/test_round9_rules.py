"""Issue 19, round 9: the general rules added after reading the misses of the fifth fresh held-out
part (data/replies/heldout_fresh5.tsv, now tuned on), each shown on phrasings that are not in it."""
from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.meaning import understand

OFFERED = ["health", "medications", "home"]
SERVICES = ["gp-practice", "community-nursing", "adult-social-care", "housing-adaptations", "welfare-benefits",
            "carers-assessment", "employment-support"]


def meant(context: str, text: str):
    offered = OFFERED if context == "consent" else SERVICES if context == "choose_service" else None
    return understand(context, text, offered=offered, today=date(2026, 12, 3))


# --- the read-back: what is not there is more to add; a look later is a pause -------------------------------

@pytest.mark.parametrize("text, what", [
    ("there's nothing about his epilepsy", "his epilepsy"),
    ("but theres nothing on my diabetes", "my diabetes"),
    ("you're missing the part about my son", "my son"),
    ("your missing her walking frame", "her walking frame"),
])
def test_what_is_not_there_is_more_to_add(text, what):
    got = meant("readback", text)
    assert got.kind == "add" and got.value == what


@pytest.mark.parametrize("text", ["i'll go through it tonight", "let me read it again when my son is here",
                                  "i need to look over this tomorrow"])
def test_a_look_later_is_a_pause(text):
    assert meant("readback", text).kind == "later"


def test_a_look_now_is_no_pause():
    assert meant("readback", "i will look at it").kind != "later"


# --- consent: yes to all of it --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["yes to all of it", "happy with everything", "ok to the lot"])
def test_yes_to_all_of_it(text):
    assert meant("consent", text).kind == "yes"


# --- a carer's relationship: their own word, a word mistyped, a word explained in brackets -------------------

@pytest.mark.parametrize("text, role", [
    ("he's my dad so i'm his son", "son"),
    ("shes my partner, im her wife", "wife"),
    ("i am her doughter", "daughter"),
    ("im his sun", "son"),
    ("im his bloke", "partner"),
    ("niece (her brothers girl)", "niece"),
    ("carer (paid)", "paid carer"),
])
def test_the_carers_own_word(text, role):
    assert meant("carer_relationship", text).value == role


def test_my_mum_alone_still_makes_the_carer_her_child():
    assert meant("carer_relationship", "she's my mum").value == "son or daughter"


# --- a carer's basis: "none" is "None of these"; why it is asked is explained ------------------------------

@pytest.mark.parametrize("text", ["None", "nothing legal sorry", "none at all, is that ok?"])
def test_none_is_none_of_these(text):
    assert meant("carer_basis", text).value == "no_power"


def test_none_yet_with_another_basis_keeps_it():
    assert meant("carer_basis", "none, she said i could").value == "own_agreement"


@pytest.mark.parametrize("text", ["why do you need to know that", "but why does that matter", "why are you asking?"])
def test_why_the_knowing_is_asked_is_explained(text):
    assert meant("carer_knows", text).kind == "help"
