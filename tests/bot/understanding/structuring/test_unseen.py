"""Issue 18: what the structurer misheard in stories this team did not write, through the structurer.

Nothing invented, the right person, the right status, what was missed, identifiers read once."""
from datetime import date

import pytest

from bot.conversation.readback import read_back

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
    # ordinary phrases holding a term's word
    "We go for a drink at the pub on Fridays.",
    "It was a pain getting here.",
    "They explained the operation of the new bus route.",
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


def _teller(said: str) -> str:
    """Who says a sentence about "he" or "she": a carer (in a person's own story it is someone else)."""
    return "carer" if said.startswith(("He ", "She ", "He's ", "She's ")) else "self"


def _lines(profile, teller="self"):
    return {g["section"]: g["lines"] for g in read_back(profile, teller)}


def read_back_text(profile, teller="self"):
    """Every line the read-back says, one after another."""
    return "\n".join(line for group in read_back(profile, teller) for line in group["lines"])


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
    sections = structurer.structure([said], teller=_teller(said))["sections"]
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


TODAY = date(2026, 12, 2)
IDENTIFIED = ("My name is Ann Lee, I was born on 3 March 1945 and I live at 12 Rose Lane, Leeds LS6 2AB. "
              "My NHS number is 943 476 5919 and my phone is 07911 123456. I have asthma.")


def _told(profile):
    return {(section, i["kind"]): i["value"] for section, items in profile["sections"].items()
            for i in items if "value" in i and i.get("kind") != "age"}


def test_identifiers_in_the_story_are_read_once_checked_and_said_back(structurer):
    profile = structurer.structure([IDENTIFIED, "my nhs number is 943 476 5919"], today=TODAY)
    assert _told(profile) == {("about_me", "date_of_birth"): "1945-03-03",
                              ("about_me", "nhs_number"): "943 476 5919",
                              ("home", "address"): "12 Rose Lane, Leeds LS6 2AB",
                              ("communication", "phone"): "07911 123456"}
    assert len([i for i in profile["sections"]["about_me"] if i.get("kind") == "nhs_number"]) == 1
    assert [i["text"] for i in profile["sections"]["health"]] == ["asthma"]
    text = read_back_text(profile)
    for line in ("Your date of birth is 3 March 1945.", "Your NHS number is 943 476 5919.",
                 "Your address is 12 Rose Lane, Leeds LS6 2AB.", "Your phone number is 07911 123456."):
        assert line in text


def test_the_forms_stop_asking_for_what_the_story_gave(structurer):
    from bot.intake import gaps_for
    from bot.intake.services import load_full_registry
    from bot.settings import load_settings

    registry = load_full_registry(load_settings({}).services_dir)
    everything = list(registry.services.values())
    keys = {"about_me.where(kind='date_of_birth').value", "about_me.where(kind='nhs_number').value",
            "home.where(kind='address').value", "communication.where(kind='phone').value"}
    untold = {g.key for g in gaps_for(everything, {}, "self", registry.questions)}
    assert keys & untold
    profile = structurer.structure([IDENTIFIED], today=TODAY)
    asked = {g.key for g in gaps_for(everything, profile["sections"], "self", registry.questions)}
    assert not keys & asked


@pytest.mark.parametrize("said", [
    "I was born on 3 March 2030.",                 # in the future
    "I was born on 3 March 1890.",                 # over 120
    "My NHS number is 943 476 5918.",              # check digit wrong
    "My phone number is 12345.",                   # not a number
    "I was born in the spring and my lucky number is 4434765919.",
    "The bus number 12 goes past.",
])
def test_an_identifier_that_does_not_check_out_is_not_kept(structurer, said):
    assert _told(structurer.structure([said], today=TODAY)) == {}


@pytest.mark.parametrize("said, kind, value", [
    ("dob 03/03/45", "date_of_birth", "1945-03-03"),
    ("D.O.B. 12th June 1940", "date_of_birth", "1940-06-12"),
    ("my postcode is ls6 2ab", "address", "LS6 2AB"),
    ("ring me on 0113 496 0123", "phone", "0113 496 0123"),
    ("nhs no 9434765919", "nhs_number", "943 476 5919"),
])
def test_identifiers_typed_as_people_type_them(structurer, said, kind, value):
    assert value in _told(structurer.structure([said], today=TODAY)).values()


def test_a_carers_own_number_is_theirs_and_the_persons_date_of_birth_is_the_persons(structurer):
    profile = structurer.structure(["My dad was born 12th June 1940. You can reach me on 07911 123457."],
                                   teller="carer", today=TODAY)
    assert _told(profile) == {("about_me", "date_of_birth"): "1940-06-12", ("support_network", "phone"): "07911 123457",
                              ("about_me", "gender"): "male"}  # "my dad": male
    assert "Their date of birth is 12 June 1940." in read_back_text(profile, "carer")


def _all_text(profile):
    return [i["text"] for items in profile["sections"].values() for i in items]


@pytest.mark.parametrize("said", ["Correction: youve missed that i broke my right wrist",
                                  "you've missed that I broke my right wrist",
                                  "you forgot I broke my right wrist last year"])
def test_a_missed_fact_said_at_the_read_back_is_added_where_it_belongs(structurer, said):
    base = structurer.structure(["I have asthma."])
    profile = structurer.structure([said], base=base)
    assert [i["text"] for i in profile["sections"]["health"]] == ["asthma", "broken right wrist"]
    assert not any(w in t.lower() for t in _all_text(profile) for w in ("correction", "missed", "forgot"))
    assert "You had a broken right wrist" in read_back_text(profile)


@pytest.mark.parametrize("said", ["No, the metformin is 500mg.", "Correction: it's 500mg not 250mg",
                                  "sorry I meant 500mg", "No, I take 500mg of metformin twice a day"])
def test_a_dose_correction_changes_the_dose(structurer, said):
    base = structurer.structure(["I take metformin 250mg twice a day. I have asthma."])
    profile = structurer.structure([said], base=base)
    medicines = profile["sections"]["medications"]
    assert [(i["name"], i["dose"]) for i in medicines] == [("metformin", "500mg")]
    assert "You take metformin 500mg twice a day." in read_back_text(profile)
    assert not any("correction" in t.lower() for t in _all_text(profile))


def test_the_cli_structures_one_story_a_line_in_one_process():
    import json
    import os
    import subprocess
    import sys

    from bot.settings import PROJECT_ROOT

    lines = [json.dumps({"text": "I am stayin in my own home. I have asthma."}),
             "not json at all",
             json.dumps({"text": "Dad is 82 and had a stroke in March", "teller": "carer"}),
             json.dumps({"text": "x", "teller": "someone"})]
    result = subprocess.run([sys.executable, "-m", "bot", "structure", "--jsonl"], cwd=PROJECT_ROOT,
                            input="\n".join(lines).encode(), capture_output=True, timeout=120,
                            env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    assert result.returncode == 0, result.stderr[-2000:]
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == 4
    assert [i["text"] for i in out[0]["sections"]["health"]] == ["asthma"] and out[0]["sections"]["medications"] == []
    assert "error" in out[1] and "not json" not in json.dumps(out[1])
    assert out[2]["sections"]["health"][0]["status"] == "current" and out[2]["sections"]["support_network"] == []
    assert "error" in out[3]


@pytest.mark.parametrize("said, meant", [
    ("I take duloxetine 60mg every morning.", "duloxetine"),
    ("Im on ondansetron for the sickness", "ondansetron"),
    ("She takes symbicort at night.", "budesonide/formoterol (symbicort)"),
    ("I use a fostair inhaler twice a day.", "beclometasone/formoterol (fostair)"),
])
def test_medicines_our_lexicon_lacks_come_from_the_maintained_list(structurer, said, meant):
    names = [i["name"] for i in structurer.structure([said], teller=_teller(said))["sections"]["medications"]]
    assert meant in names


@pytest.mark.parametrize("said", ["I live with Linda and Sandra.", "We saw an advert for duloxetine on the telly.",
                                  "My mate Kevin drives me to bingo."])
def test_a_maintained_name_is_a_medicine_only_where_medicine_is_spoken_of(structurer, said):
    assert structurer.structure([said])["sections"]["medications"] == []


def test_a_harm_said_as_a_correction_is_a_risk_without_the_correction_words(structurer):
    base = structurer.structure(["I have asthma and I live alone."])
    profile = structurer.structure(["Correction: you missed that my neighbour keeps taking my pension"], base=base)
    harm = [i for i in profile["sections"]["risks"] if i.get("kind") == "harm"]
    assert [i["by"] for i in harm] == ["neighbour"]
    assert not any(w in t.lower() for t in _all_text(profile) for w in ("correction", "missed"))


@pytest.mark.parametrize("said, text, status", [
    ("He's never smoked.", "smoking", "negated"),
    ("I've been off the drink for three years.", "drinking", "past"),
    ("I'm clear of cancer now.", "cancer", "past"),
    ("My breast cancer is in remission.", "breast cancer", "past"),
    ("I dont get chest pain anymore.", "chest pain", "past"),
    ("i dont have diabetes", "diabetes", "negated"),
])
def test_what_is_over_or_never_was_is_not_current(structurer, said, text, status):
    health = structurer.structure([said], teller=_teller(said))["sections"]["health"]
    assert [(i["text"], i["status"]) for i in health] == [(text, status)]


@pytest.mark.parametrize("teller, story, relation", [
    ("self", ["I have asthma. Dad has diabetes."], "dad"),
    ("self", ["Mum is 84 and has alzheimers."], "mum"),
    ("carer", ["I look after my wife. Dad has diabetes too."], "dad"),
])
def test_a_relatives_condition_is_theirs_not_the_persons_and_they_are_not_a_support_for_it(
        structurer, teller, story, relation):
    sections = structurer.structure(story, teller=teller)["sections"]
    family = [i for i in sections["health"] if i["status"] == "family"]
    assert [i["about"] for i in family] == [relation]
    assert not any(relation in i["text"].lower() for i in sections["support_network"])


def test_an_update_on_a_saved_story_whose_items_have_no_source_is_read(structurer):
    """A saved story's items are kept without where they were said; an update built on it ("I now
    use an inhaler") crashed reading the medicine's condition (KeyError 'source': the person was told
    their update was not kept)."""
    base = structurer.structure(["I have asthma."])
    for items in base["sections"].values():
        for item in items:
            item.pop("source", None)
    profile = structurer.structure(["I stopped using the inhaler. I now have diabetes too."], base=base)
    assert {i["text"] for i in profile["sections"]["health"]} >= {"asthma", "diabetes"}
    for items in base["sections"].values():  # or with a source that says only which message it was in
        for item in items:
            item["source"] = {"part": 0}
    profile = structurer.structure(["I stopped using the inhaler. I now have diabetes too."], base=base)
    assert {i["text"] for i in profile["sections"]["health"]} >= {"asthma", "diabetes"}
