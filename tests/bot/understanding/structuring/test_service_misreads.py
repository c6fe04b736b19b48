"""Misreads a service would act on, found in conversations (each a wrong or lost fact), read through the
structurer: a comma list of allergens, a name said with more words after it or with a short name in
brackets, a condition told in a carer's complaint, a church friend, a condition said again, a language
preferred for the doctor, and whose relatives a grandchild or a carer names."""
import pytest

from bot.intake.scope import is_family_history


def facts(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


def names_in(profile):
    return [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "name"]


@pytest.mark.parametrize("story, allergens", [
    ("I'm allergic to nuts, eggs and penicillin", ["nuts", "eggs", "penicillin"]),
    ("Allergy to codeine, latex, shellfish", ["codeine", "latex", "shellfish"]),
    ("He is allergic to plasters, aspirin", ["plasters", "aspirin"]),
    ("I'm allergic to nuts, eggs, and penicillin", ["nuts", "eggs", "penicillin"]),
    ("Allergies: nuts, eggs, penicillin", ["nuts", "eggs", "penicillin"]),
])
def test_every_allergen_of_a_comma_list_is_an_allergy_and_none_a_medicine(structurer, story, allergens):
    profile = structurer.structure([story])
    assert sorted(i["text"] for i in profile["sections"]["allergies"]) == sorted(allergens)
    assert all(i["status"] == "current" and i["about"] == "subject" for i in profile["sections"]["allergies"])
    assert profile["sections"]["medications"] == []


@pytest.mark.parametrize("story", ["I'm allergic to penicillin, I take metformin",
                                   "allergic to penicillin, and I take metformin",
                                   "Allergies - penicillin. I take metformin"])
def test_an_allergy_list_ends_where_a_new_fact_starts(structurer, story):
    profile = structurer.structure([story])
    assert [i["text"] for i in profile["sections"]["allergies"]] == ["penicillin"]
    assert [i["name"] for i in profile["sections"]["medications"]] == ["metformin"]


@pytest.mark.parametrize("story", ["Allergies: none", "allergies - nil", "Allergies: none known. I take metformin"])
def test_allergies_none_as_a_heading_is_no_allergen(structurer, story):
    profile = structurer.structure([story])
    assert [i["status"] for i in profile["sections"]["allergies"]] == ["negated"]


@pytest.mark.parametrize("said", ["Sue thats all", "sue thats all", "Sue Thats All", "Sue, that's all thanks",
                                  "my mum Sue thats it"])
def test_a_name_said_with_words_after_it_is_the_name_alone(structurer, said):
    profile = structurer.structure(["She has dementia."], teller="carer", subject_name=said)
    assert names_in(profile) == ["Sue"]


@pytest.mark.parametrize("story", ["Im Sue thats all", "my name is sue thats all", "Hi I'm Sue, thats all for now"])
def test_a_name_in_a_story_with_words_after_it_is_the_name_alone(structurer, story):
    assert names_in(structurer.structure([story])) == ["Sue"]


@pytest.mark.parametrize("said", ["Jaz (Jasmine Kaur)", "jaz (jasmine kaur)", "Jasmine Kaur (Jaz)"])
def test_a_short_name_with_the_full_name_in_brackets_gives_the_full_name(structurer, said):
    profile = structurer.structure(["She has asthma."], teller="carer", subject_name=said)
    assert names_in(profile) == ["Jasmine Kaur"]


@pytest.mark.parametrize("story", ["My name is Jaz (Jasmine Kaur)", "my name is jaz (jasmine kaur) and I have asthma",
                                   "Hi I'm Jaz (Jasmine Kaur), 34"])
def test_a_full_name_in_brackets_after_ones_own_name_is_the_name(structurer, story):
    assert names_in(structurer.structure([story])) == ["Jasmine Kaur"]


@pytest.mark.parametrize("story", [
    ["I've got no help so his COPD is getting worse"],
    ["I look after my dad.", "I've got no help so his COPD is getting worse"],
    ["I work full time so her dementia gets worse when I'm out"],
])
def test_a_condition_told_after_the_carers_own_words_is_the_persons(structurer, story):
    profile = structurer.structure(story, teller="carer")
    health = facts(profile, "health")
    assert len(health) == 1 and health[0][1:] == ("current", "subject")
    assert health[0][0] in ("copd", "dementia")


@pytest.mark.parametrize("story", [["I've got no help so his COPD is getting worse"],
                                   ["Dad has COPD.", "I have no support at all."],
                                   ["Dad has COPD.", "Nobody helps me."]])
def test_a_carer_with_no_help_says_so_about_themselves(structurer, story):
    profile = structurer.structure(story, teller="carer")
    assert [i["about"] for i in profile["sections"]["support_network"]] == ["narrator"]


@pytest.mark.parametrize("again", ["stroke i told u", "Stroke, I already told you", "a stroke like i said",
                                   "stroke ive told you before"])
def test_a_condition_said_again_by_a_carer_is_the_condition_not_the_carers_words(structurer, again):
    profile = structurer.structure(["Mum has dementia", again], teller="carer")
    # a stroke is an event: said "before" it may be read as past, never as the carer's or a relative's
    assert [(text, about) for text, status, about in facts(profile, "health") if status in ("current", "past")] \
        == [("dementia", "subject"), ("stroke", "subject")]
    assert not [i for i in profile["sections"]["support_network"] if "told" in i["text"] or "said" in i["text"]]


@pytest.mark.parametrize("story, language", [
    ("I prefer arabic for doctor", "Arabic"),
    ("I prefer to speak in Polish with my GP", "Polish"),
    ("id rather have urdu at the hospital", "Urdu"),
    ("Somali interpreter for appointments please", "Somali"),
])
def test_a_language_wanted_for_the_doctor_is_a_communication_need_not_a_service(structurer, story, language):
    profile = structurer.structure([story])
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "language"] == [language]
    assert len(profile["sections"]["communication"]) == 1
    assert profile["sections"]["services_involved"] == []


def test_a_gp_named_beside_the_language_is_still_a_service(structurer):
    profile = structurer.structure(["I speak Urdu and Dr Khan is my GP"])
    assert [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "language"] == ["Urdu"]
    assert [i.get("name") for i in profile["sections"]["services_involved"]] == ["Dr Khan"]


_GRANDCHILDS_STORY = ["My son has a learning disability and my mother has diabetes.", "my nan had alzheimers"]


@pytest.mark.parametrize("relationship, subject_name", [("grandchild", None), ("granddaughter", "Doris"),
                                                        (None, "Nan"), (None, "my nan")])
def test_a_grandchilds_nan_is_the_person_and_the_carers_own_family_is_not_hers(structurer, relationship, subject_name):
    profile = structurer.structure(_GRANDCHILDS_STORY, teller="carer", relationship=relationship,
                                   subject_name=subject_name)
    health = {text: (status, about) for text, status, about in facts(profile, "health")}
    assert health["alzheimer's"][1] == "subject"
    # the carer's son is the nan's great-grandson, never her son nor the person herself; the carer's
    # mother is the nan's daughter or daughter-in-law: no blood relative that can be said for sure
    assert health["learning disability"] == ("family", "great-grandson")
    assert health["diabetes"] == ("family", "daughter or daughter-in-law")
    assert not is_family_history(next(i for i in profile["sections"]["health"] if i["text"] == "diabetes"))


@pytest.mark.parametrize("word", ["nanna", "granda"])
def test_a_grandchilds_grandparent_by_another_word_is_the_person(structurer, word):
    profile = structurer.structure([f"my {word} had alzheimers"], teller="carer", relationship="grandchild")
    assert [(text, about) for text, _, about in facts(profile, "health")] == [("alzheimer's", "subject")]


def test_a_daughters_own_son_is_her_mums_grandson(structurer):
    profile = structurer.structure(["Mum has dementia. My son has a learning disability."], teller="carer",
                                   relationship="daughter")
    assert ("learning disability", "family", "grandson") in facts(profile, "health")


@pytest.mark.parametrize("story", ["I prefer chinese food", "I live in Welsh valleys", "my neighbour is in polish shop"])
def test_a_peoples_word_that_names_no_language_wanted_is_no_language(structurer, story):
    profile = structurer.structure([story])
    assert not [i for i in profile["sections"]["about_me"] if i.get("kind") == "language"]
    assert profile["sections"]["communication"] == []


@pytest.mark.parametrize(("story", "allergens"), [
    # a second read: what the person is, or how they live, listed after an allergen is no allergen
    ("I am allergic to nuts, diabetic and asthmatic.", ["nuts"]),
    ("allergic to codeine, registered blind and live alone", ["codeine"]),
    ("I am 82, allergic to penicillin, widowed and live alone.", ["penicillin"]),
    ("I eat an allergy-free diet", []),
    # a reaction said straight after the allergen ends it ('You are allergic to aspirin makes me wheezy.')
    ("allergic to aspirin makes me wheezy.", ["aspirin"]),
    ("allergic to penicillin gives me a rash", ["penicillin"]),
])
def test_an_allergen_list_holds_allergens_only(structurer, story, allergens):
    profile = structurer.structure([story])
    assert sorted(i["text"] for i in profile["sections"]["allergies"]) == sorted(allergens)


@pytest.mark.parametrize(("story", "condition", "relative"), [
    # a fresh batch (v14): the person's mother's dementia made her own dementia past, and was kept as support
    ("My nan Iris has dementia. Her own mum had dementia.", "dementia", "mum"),
    # "Mum's brother" is the person's brother, as "her brother" is: his stroke was hers, in the past
    ("Mum has vascular dementia. Mum's brother had a stroke last year.", "stroke", "brother"),
    ("Mum has diabetes. Mums sister had a stroke.", "stroke", "sister"),
])
def test_the_persons_relatives_said_as_hers_are_family_history_not_hers_nor_support(structurer, story, condition,
                                                                                 relative):
    profile = structurer.structure([story], teller="carer")
    theirs = [i for i in profile["sections"]["health"] if i["status"] == "family"]
    assert [(i["text"], i["about"]) for i in theirs] == [(condition, relative)]
    assert all(i["status"] == "current" for i in profile["sections"]["health"] if i["about"] == "subject")
    assert profile["sections"]["support_network"] == []


@pytest.mark.parametrize(("story", "name"), [
    # a second read: words in brackets that are no name were taken as the name
    ("My name is Mo (short for Mohammed) and I have COPD", "Mo"),
    ("my name is Priya (she her)", "Priya"),
    ("my name is Jaz (Jasmine Kaur)", "Jasmine Kaur"),
])
def test_only_a_name_in_brackets_is_the_name_in_full(structurer, story, name):
    assert [i["text"] for i in structurer.structure([story])["sections"]["about_me"]] == [name]


def test_talking_to_people_of_a_language_names_no_language_need(structurer):
    profile = structurer.structure(["I talk to Somali women at the mosque every week"])
    assert profile["sections"]["communication"] == []
