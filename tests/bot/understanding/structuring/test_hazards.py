"""Four mishearings strangers found, each a hazard because a service acts on it (issue 18): a treated
condition said to be over stayed current; a medicine was linked to a condition the sentence did not
give it ("inhaler for hip replacement"); an address read back with the words around it ("5919 and my
postcode is LS6 2AB"); a medicine stopped with a typo ("the docter stoped the warfrin") stayed current."""
import pytest


def facts(profile, section):
    return [(i["text"], i["status"]) for i in profile["sections"][section]]


@pytest.mark.parametrize("story", [
    "I had an operation for my hernia but now is fine",
    "i had an operation for my hernia but its fine now",
    "Had surgery for a hernia last year, all sorted now",
    "I had surgery for my hernia. All sorted now.",
    "I had my hernia fixed and it's fine now",
])
def test_a_treated_condition_said_to_be_over_is_past(structurer, story):
    profile = structurer.structure([story])
    assert ("hernia", "past") in facts(profile, "health")
    assert ("hernia", "current") not in facts(profile, "health")


def test_a_treated_condition_said_to_be_over_in_the_next_message_is_past(structurer):
    profile = structurer.structure(["I had an operation for my hernia", "all sorted now thanks"])
    assert facts(profile, "health") == [("hernia", "past")]


@pytest.mark.parametrize("story", [
    "I had an operation for my hernia but it came back",
    "I have a hernia but it's fine at the moment",
    "I have asthma but its fine now",
    "I had treatment for my diabetes and its ok now",
    "I had laser treatment for my glaucoma and my sight is fine now",
])
def test_a_condition_not_said_to_be_over_stays_current(structurer, story):
    profile = structurer.structure([story])
    assert all(status == "current" for _, status in facts(profile, "health"))


@pytest.mark.parametrize("story, linked", [
    ("I use an inhaler for my asthma and had a hip replacement", "inhaler for asthma"),
    ("I had a hip replacement and I use an inhaler for my asthma", "inhaler for asthma"),
    ("I had a hip replacement. I use an inhaler for my asthma", "inhaler for asthma"),
    ("had a hip replacement 2 yrs ago and take inhalers for my copd", "inhaler for copd"),
    ("I have asthma and had a hip replacement and I use an inhaler", "inhaler for asthma"),
    ("I have COPD. I also had a hip replacement. I use two inhalers", "inhaler for copd"),
    ("I use an inhaler and eye drops for my glaucoma", "eye drops for glaucoma"),
])
def test_a_medicine_is_for_the_condition_the_sentence_gives_it(structurer, story, linked):
    medicines = facts(structurer.structure([story]), "medications")
    assert (linked, "current") in medicines
    assert not any("replacement" in text for text, _ in medicines)


@pytest.mark.parametrize("story", [
    "I had a hip replacement last year. I use an inhaler.",
    "I have arthritis and use an inhaler",
    "I had a hip replacement and use an inhaler",
    "I use an inhaler and eye drops for my glaucoma",
])
def test_a_medicine_is_not_linked_to_a_condition_it_cannot_be_for(structurer, story):
    medicines = facts(structurer.structure([story]), "medications")
    assert ("inhaler", "current") in medicines


@pytest.mark.parametrize("story, value", [
    ("Your address is 5919 and my postcode is LS6 2AB", "LS6 2AB"),
    ("I live at 5919 and my postcode is ls62ab", "LS6 2AB"),
    ("my address is 12 Rose Lane and my postcode is LS6 2AB", "12 Rose Lane, LS6 2AB"),
    ("I live at 12 Rose Lane, Leeds and my postcode is LS6 2AB", "12 Rose Lane, Leeds, LS6 2AB"),
    ("my postcode is LS6 2AB, I live at 12 Rose Lane", "12 Rose Lane, LS6 2AB"),
    ("my house number is 42 and postcode is LS6 2AB", "LS6 2AB"),
    ("I live at number 7 and the postcode is M1 1AE", "M1 1AE"),
    ("she lives at 8 Elm Grove, her postcode is YO1 7HH", "8 Elm Grove, YO1 7HH"),
    ("I live at 12 Rose Lane Leeds LS6 2AB and my phone is 07700900123", "12 Rose Lane Leeds LS6 2AB"),
    ("my address is flat 3, 22 Kings Road, Hull HU1 2AA", "flat 3, 22 Kings Road, Hull HU1 2AA"),
])
def test_an_address_is_read_once_in_its_own_words(structurer, story, value):
    profile = structurer.structure([story], teller="carer" if story.startswith("she") else "self",
                                   subject_name="Joan" if story.startswith("she") else None)
    addresses = [i["value"] for i in profile["sections"]["home"] if i.get("kind") == "address"]
    assert addresses == [value]


def test_a_number_said_as_a_phone_number_is_no_nhs_number(structurer):
    profile = structurer.structure(["my number is 943 476 5919, ring after 10"])
    assert not [i for i in profile["sections"]["about_me"] if i.get("kind") == "nhs_number"]
    profile = structurer.structure(["My NHS number is 943 476 5919"])
    assert [i["value"] for i in profile["sections"]["about_me"] if i.get("kind") == "nhs_number"] == ["943 476 5919"]


@pytest.mark.parametrize("update", [
    "the docter stoped the warfrin",
    "gp stopd my warfarin last month",
    "I stopt taking the warfarin",
    "I came of the warfarin",
    "the consultant discontinued my warfarin",
    "they took me off the warfarin",
])
def test_a_medicine_stopped_however_it_is_typed_is_past(structurer, update):
    earlier = structurer.structure(["I have AF and take warfarin."])
    profile = structurer.structure([update], base=earlier)
    assert facts(profile, "medications") == [("warfarin", "past")]


@pytest.mark.parametrize("story, past, current", [
    ("The GP stopped my amlodipine and started me on ramipril.", "amlodipine", "ramipril"),
    ("I was switched from warfarin to apixaban", "warfarin", "apixaban"),
    ("the docter stoped the warfrin and put me on apixaban", "warfarin", "apixaban"),
])
def test_the_medicine_started_instead_is_current(structurer, story, past, current):
    medicines = facts(structurer.structure([story]), "medications")
    assert (past, "past") in medicines and (current, "current") in medicines


def test_a_service_that_stopped_a_medicine_is_still_involved(structurer):
    profile = structurer.structure(["The GP stopped my amlodipine"])
    assert [i["status"] for i in profile["sections"]["services_involved"]] == ["current"]


@pytest.mark.parametrize("story", [
    "I had an operation for my hernia. Its fine now but my back is bad.",
    "the hernia was fixed last year",
])
def test_a_condition_said_to_be_over_at_the_start_of_the_next_sentence_or_said_fixed_is_past(structurer, story):
    assert facts(structurer.structure([story]), "health") == [("hernia", "past")]


def test_the_medicine_changed_from_is_past(structurer):
    medicines = facts(structurer.structure(["They changed my warfarin to apixaban"]), "medications")
    assert medicines == [("warfarin", "past"), ("apixaban", "current")]


@pytest.mark.parametrize("story", ["I take warfarin but the doctor stopped it", "I was on warfarin but the GP stoppd it"])
def test_a_doctor_who_stopped_it_is_still_involved(structurer, story):
    profile = structurer.structure([story])
    assert facts(profile, "medications") == [("warfarin", "past")]
    assert [i["status"] for i in profile["sections"]["services_involved"]] == ["current"]


@pytest.mark.parametrize("story", [
    "my mum lives at 9 Church Lane",
    "my sons address is 3 Park Road LS6 2AB",
    "my daughters number is 0113 496 0000",
])
def test_a_relatives_address_or_number_is_not_the_persons(structurer, story):
    profile = structurer.structure([story])
    assert not [i for items in profile["sections"].values() for i in items if i.get("kind") in ("address", "phone")]


def test_a_carers_relative_who_is_the_person_keeps_their_address(structurer):
    profile = structurer.structure(["its about my dad", "my dad lives at 9 Church Lane LS6 2AB"], teller="carer")
    assert [i["value"] for i in profile["sections"]["home"] if i.get("kind") == "address"] == ["9 Church Lane LS6 2AB"]
