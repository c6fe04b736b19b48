""""about me" said of whose a thing is ("dont tell them about my depression thats about me not mum") is not the part
"About you": a carer's stranger in session 38 had the whole "about Jean" part left out by it (the name, the age, the
address) when she only wanted her own depression kept back. The thing named is then held back by its own words
(service_choice._things_left_out); "not the part about me" still leaves the part out."""
from __future__ import annotations

import pytest

from bot.conversation.meaning import chosen_sections, things_held_back

OFFERED = ["about_me", "health", "medications", "support_network", "work_money", "home"]


@pytest.mark.parametrize("said", ["yes but leave out my anxiety, thats about me not dad",
                                  "ok but dont mention my drinking its about me and not him"])
def test_whose_a_thing_is_leaves_no_part_out(said):
    assert "about_me" in (chosen_sections(said, OFFERED) or OFFERED)
    assert things_held_back(said)


@pytest.mark.parametrize("said", ["yes but not the part about me", "everything except about me"])
def test_the_part_about_me_is_still_left_out(said):
    assert "about_me" not in chosen_sections(said, OFFERED)


@pytest.mark.parametrize("said, thing", [
    ("ok but not his anxiety he doesnt like people knowing", "anxiety"),
    ("yes but dont tell them about her drinking she would be mortified", "drinking"),
])
def test_the_thing_held_back_ends_where_a_new_clause_starts(said, thing):
    # a stranger, session 39: "ok but not her depression she doesnt like people knowing" looked for "depression does",
    # found it in no part but the medicines, and the depression was sent under health
    assert things_held_back(said) == [thing]
