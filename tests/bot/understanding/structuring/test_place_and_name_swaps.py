"""A town or a name put right ("Sorry, Beverley not Hull.", "no, it's Catherine not Katherine") changes the home or
the name told with the wrong one; before, the correction was taken and nothing changed, or the wrong town was kept
beside the right one (issue 18, session 19). Written anew."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("parts, right, wrong", [
    (["I live in a little terrace in Wakefield.", "Sorry, Pontefract not Wakefield."], "Pontefract", "Wakefield"),
    (["i live on my own in Dundee", "no its Arbroath not Dundee"], "Arbroath", "Dundee"),
])
def test_a_town_put_right_is_the_home(structurer, parts, right, wrong):
    homes = structurer.structure(parts)["sections"]["home"]
    said = " ".join(f"{i['text']} {i.get('town', '')}" for i in homes)
    assert right in said and wrong not in said


@pytest.mark.parametrize("parts, right, wrong", [
    (["My name is Katherine Ellis and I'm 70.", "no, it's Catherine not Katherine"], "Catherine Ellis", "Katherine"),
    (["Im Stephen, 58.", "sorry its Steven not Stephen"], "Steven", "Stephen"),
])
def test_a_name_put_right_is_the_name(structurer, parts, right, wrong):
    names = [i["text"] for i in structurer.structure(parts)["sections"]["about_me"] if i.get("kind") == "name"]
    assert names == [right]
