"""Issue 18: what the structurer misheard in stories this team did not write, through the structurer.

Nothing invented, the right person, the right status, what was missed, identifiers read once."""
import pytest

from bot.readback import read_back, read_back_text

INVENTED_TRAPS = [
    # ordinary words, or ordinary words typed as people type them, one or two edits from a term
    "I want to keep stayin in my own home.",
    "I am stayin in my own home as long as I can.",
    "stayin in my own home is what matters to me.",
    "We watched a film about Stalin last night.",
    "My cousin lives on Staten Island.",
    "The kids were startin school that week.",
    "She cries at sad films.",
    "The letter was printed in Arial.",
    "Our neighbour Mr Kinney has a dog.",
    "He was just messin about.",
]


@pytest.mark.parametrize("said", INVENTED_TRAPS)
def test_an_ordinary_word_is_never_corrected_into_a_medicine_or_condition(structurer, said):
    """'stayin in my own home' was read back as 'You take statin', and the statin was delivered."""
    sections = structurer.structure([said])["sections"]
    assert sections["medications"] == [] and sections["health"] == [], said


@pytest.mark.parametrize("said, meant", [
    ("I take asprin every morning.", "aspirin"),
    ("I'm on warfrin.", "warfarin"),
    ("I have dimentia.", "dementia"),
])
def test_a_real_misspelling_is_still_read_and_said_back(structurer, said, meant):
    profile = structurer.structure([said])
    found = [i for s in ("health", "medications") for i in profile["sections"][s]]
    assert [i.get("name", i["text"]) for i in found] == [meant]
    assert "You wrote" in read_back_text(profile)


def _lines(profile, teller="self"):
    return {g["section"]: g["lines"] for g in read_back(profile, teller)}


def test_a_son_telling_of_his_father_puts_the_father_in_health_not_support(structurer):
    profile = structurer.structure(
        ["Dad is 82 and had a stroke in March, his left side is still weak."], teller="carer")
    sections = profile["sections"]
    assert sections["support_network"] == []
    assert [(i["text"], i["status"], i["about"]) for i in sections["health"]][0] == ("stroke", "current", "subject")
    assert [i.get("value") for i in sections["about_me"] if i.get("kind") == "age"] == [82]


@pytest.mark.parametrize("teller, story", [
    ("carer", ["I look after my dad.", "Mum died two years ago."]),
    ("self", ["My husband John died last year."]),
    ("self", ["my husband john died last year and I live alone now"]),
    ("carer", ["My dad has dementia. His wife passed away in 2019."]),
])
def test_someone_who_has_died_is_never_a_support_or_household_member(structurer, teller, story):
    sections = structurer.structure(story, teller=teller)["sections"]
    for item in sections["support_network"] + sections["home"]:
        assert not ("died" in item["text"] or "passed away" in item["text"]), item


def test_who_helps_is_kept_apart_from_who_lives_with_them(structurer):
    sections = structurer.structure(["I live alone. my sister pat helps with shopping"])["sections"]
    assert [i["text"] for i in sections["home"]] == ["I live alone"]
    assert [i["relationship"] for i in sections["support_network"]] == ["sister"]
    assert sections["support_network"][0]["name"].lower() == "pat"


@pytest.mark.parametrize("story", [
    ["Mum is 84 and has alzheimers"],
    ["I care for my mum. Mum is 84 and has alzheimers"],
    ["Mum is 84 and has alzheimers. She was diagnosed with Alzheimer's three years ago."],
])
def test_the_person_cared_for_is_the_subject_and_their_dementia_is_current(structurer, story):
    sections = structurer.structure(story, teller="carer")["sections"]
    assert all("mum" not in i["text"].lower() or i["about"] == "narrator" for i in sections["support_network"])
    assert {(i["text"], i["status"], i["about"]) for i in sections["health"]} == {
        ("alzheimer's", "current", "subject")}
    assert [i.get("value") for i in sections["about_me"] if i.get("kind") == "age"] == [84]


@pytest.mark.parametrize("said", ["he cant use the stairs anymore", "He can't use the stairs any more."])
def test_what_someone_can_no_longer_do_is_a_need_now(structurer, said):
    sections = structurer.structure(["My dad needs help.", said], teller="carer")["sections"]
    needs = [i for i in sections["daily_living"] if "stairs" in i["text"]]
    assert [(i["status"], i["about"]) for i in needs] == [("current", "subject")]
    assert all(i["status"] != "past" for i in sections["home"])


@pytest.mark.parametrize("said, status", [
    ("He had a stroke in March and his left side is still weak.", "current"),
    ("She had a fall six weeks ago and still can't walk far.", "current"),
    ("I had a stroke last month.", "current"),
    ("I had a stroke in 2009.", "past"),
    ("I had a stroke twenty years ago.", "past"),
])
def test_a_recent_event_with_lasting_effects_is_current_and_a_long_past_one_past(structurer, said, status):
    sections = structurer.structure([said])["sections"]
    events = [i for i in sections["health"] if i["text"] in ("stroke", "fall")] + \
             [i for i in sections["risks"] if "fall" in i["text"]]
    assert events and {i["status"] for i in events} == {status}, events


@pytest.mark.parametrize("teller, said, expected", [
    ("carer", "My son. Hes been a bit low lately", "low mood"),
    ("self", "I cry most days and I'm not sleeping", "low mood"),
    ("self", "I cry most days and I'm not sleeping", "poor sleep"),
    ("carer", "My dad. his hands shake so he can't do up buttons or shave", "tremor"),
    ("self", "I've been feeling really down", "low mood"),
])
def test_mood_and_tremor_are_heard_as_health_now(structurer, teller, said, expected):
    health = structurer.structure([said], teller=teller)["sections"]["health"]
    assert (expected, "current", "subject") in {(i["text"], i["status"], i["about"]) for i in health}


def test_buttons_and_shaving_are_daily_living_needs(structurer):
    sections = structurer.structure(["his hands shake so he can't do up buttons or shave"],
                                    teller="carer")["sections"]
    needs = sections["daily_living"]
    assert needs and needs[0]["status"] == "current"
    assert {"buttons", "shaving"} <= set(needs[0]["activities"])


@pytest.mark.parametrize("said, age", [("im eighty one", 81), ("I am seventy-six.", 76),
                                       ("Mum is ninety two", 92), ("I'm 81", 81)])
def test_an_age_in_words_is_read(structurer, said, age):
    teller = "carer" if said.startswith("Mum") else "self"
    about = structurer.structure([said], teller=teller)["sections"]["about_me"]
    assert [i["value"] for i in about if i.get("kind") == "age"] == [age]
