"""A second reader of session 21's change found these, each a fact a service would get wrong, written here with
the reader's words and our own: a denial of someone else's condition ("I have diabetes but he doesn't") taken as
the person's own; the home the person lives in now filed as one they left; a carer's "I live ..." dropping the
person's own address; help the person gets thrown away as help they give; a named relative who "lives with her"
taking the person's home."""
from __future__ import annotations

import pytest


def _health(structurer, parts, teller="self"):
    return structurer.structure(parts, teller=teller)["sections"]["health"]


@pytest.mark.parametrize("said", [
    "I have diabetes but he doesn't.",
    "Ive got asthma, though she hasnt.",
])
def test_a_denial_of_someone_else_leaves_the_persons_condition_current(structurer, said):
    found = _health(structurer, [said])
    assert found and all(i["status"] == "current" for i in found), found


def test_a_carer_denying_their_own_leaves_the_persons_condition_current(structurer):
    found = _health(structurer, ["Its about my mum.", "Mum has epilepsy but I don't."], teller="carer")
    assert [i for i in found if i["about"] == "subject" and i["status"] == "current"], found


@pytest.mark.parametrize("said, teller", [
    ("People think I have autism but I don't.", "self"),
    ("Everyone says he's got dementia but he hasn't.", "carer"),
])
def test_a_denial_of_the_same_person_still_denies(structurer, said, teller):
    found = _health(structurer, [said], teller=teller)
    assert found and all(i["status"] == "negated" for i in found), found
