"""A stranger by SMS (session 16): "i live with my boyfriend in a flat in his name" then "he checks my phone every
night n gets really angry if i text my mates" was read back with the boyfriend under "People who support you": the
harm was recorded as done by "he", so the boyfriend was not known as the one who harms."""
from __future__ import annotations

PARTS = ["im jade, 19. i live with my boyfriend in a flat in his name",
         "he checks my phone every night n gets really angry if i text my mates. hes not violent or anything he just shouts.",
         "my nan is the only one i really talk to"]


def test_he_who_harms_is_the_man_named_before_and_no_support(structurer):
    profile = structurer.structure(PARTS, teller="self")
    harms = [i for i in profile["sections"]["risks"] if i.get("kind") == "harm"]
    assert harms and harms[0]["by"] == "boyfriend"
    assert not any("boyfriend" in i["text"] for i in profile["sections"]["support_network"])
    assert any("nan" in i["text"] for i in profile["sections"]["support_network"])


def test_she_with_no_woman_named_stays_she(structurer):
    profile = structurer.structure(["she takes my money and shouts at me"], teller="self")
    assert [i["by"] for i in profile["sections"]["risks"] if i.get("kind") == "harm"] == ["she"]


def test_with_a_helper_of_no_sex_named_after_him_he_is_still_the_husband(structurer):
    """A second reader: "My neighbour pops in most days to help me" after the husband made the neighbour who harms."""
    profile = structurer.structure(["I live with my husband. My neighbour pops in most days to help me. He hits me "
                                    "when he has been drinking."], teller="self")
    assert [i["by"] for i in profile["sections"]["risks"] if i.get("kind") == "harm"] == ["husband"]
    assert any("neighbour" in i["text"].lower() for i in profile["sections"]["support_network"])


def test_with_two_men_named_no_one_is_blamed_on_a_guess(structurer):
    profile = structurer.structure(["My husband has dementia and I look after him. My son helps me with the shopping "
                                    "every week. He gets angry and hits me when he is confused."], teller="self")
    assert [i["by"] for i in profile["sections"]["risks"] if i.get("kind") == "harm"] == ["he"]
    assert any("son helps" in i["text"] for i in profile["sections"]["support_network"])
