"""An update that says the person moved home (a stranger on the stack, session 16): "we moved to a ground floor
bungalow last week, 7 Oak Close, Swinton M27 5TY" was read back beside "You live in a second floor flat" and the
old address, and the home adaptations service was sent the old address and "Type of home: Flat"."""
from __future__ import annotations

import pytest

SAVED = ("I live in a second floor flat with no lift. My address is Flat 9, Peel House, Eccles M30 0AB. "
         "I was born on 3 March 1951.")


def _home(profile):
    return [i["text"] for i in profile["sections"]["home"]]


@pytest.mark.parametrize("update", ["we moved to a ground floor bungalow last week, 7 Oak Close, Swinton M27 5TY",
                                    "Ive just moved into a ground floor bungalow at 7 Oak Close, Swinton M27 5TY"])
def test_a_move_replaces_the_old_home_and_address(structurer, update):
    base = structurer.structure([SAVED], teller="self")
    profile = structurer.structure([update], teller="self", base=base)
    home = " ".join(_home(profile))
    assert "7 Oak Close" in home and "Peel House" not in home and "second floor" not in home
    assert any(i.get("kind") == "date_of_birth" for i in profile["sections"]["about_me"])  # nothing else lost


def test_a_new_address_alone_replaces_the_old_one_and_keeps_the_rest(structurer):
    base = structurer.structure([SAVED], teller="self")
    profile = structurer.structure(["my address is 7 Oak Close, Swinton M27 5TY"], teller="self", base=base)
    home = " ".join(_home(profile))
    assert "7 Oak Close" in home and "Peel House" not in home


@pytest.mark.parametrize("update", ["we moved here in 1990 and I love it", "my son moved to Leeds last year",
                                    "I have diabetes now too"])
def test_no_move_of_the_person_keeps_the_home(structurer, update):
    base = structurer.structure([SAVED], teller="self")
    profile = structurer.structure([update], teller="self", base=base)
    assert "second floor" in " ".join(_home(profile)) and "Peel House" in " ".join(_home(profile))


def test_a_carers_update_that_mum_moved_into_a_care_home(structurer):
    base = structurer.structure(["Mum lives alone in a house with steep stairs at 4 Bridge End, Leeds LS1 4AP."],
                                teller="carer", relationship="son or daughter")
    profile = structurer.structure(["mum has moved into Oakwood Lodge care home"], teller="carer", base=base,
                                   relationship="son or daughter")
    assert "Bridge End" not in " ".join(_home(profile)) and "steep stairs" not in " ".join(_home(profile))


@pytest.mark.parametrize("update", ["Ive moved into the downstairs front room because I cant manage the stairs",
                                    "I moved to a new GP last month", "he has moved in to my flat and he controls my money",
                                    "mum has moved into a care home", "dad moved into a care home last month so I am on my own",
                                    "In 1995 we moved to this flat", "we moved to this flat when I was a child"])
def test_no_move_of_the_person_home_keeps_the_home(structurer, update):
    """A second reader on 48d28bfc: each of these dropped the person's home and address."""
    base = structurer.structure([SAVED], teller="self")
    profile = structurer.structure([update], teller="self", base=base)
    assert "Peel House" in " ".join(_home(profile)) and "second floor" in " ".join(_home(profile))


def test_a_carer_who_moved_keeps_the_persons_home(structurer):
    base = structurer.structure(["Mum lives in a second floor flat. Her address is 1 High St, Leeds LS1 4AP."],
                                teller="carer", relationship="son or daughter")
    profile = structurer.structure(["I have moved to a flat in Leeds to be near mum"], teller="carer", base=base,
                                   relationship="son or daughter")
    assert "High St" in " ".join(_home(profile))
