"""Wrong fills a service would act on, found by the eleventh fresh forms set (its wrong fills read in session 19),
each fixed in general and tested here in our own wording."""
from __future__ import annotations

import pytest

from bot.intake import home_facts, money_facts
from bot.intake.address import read_address


def of(profile, section):
    return [(i["text"], i["status"], i["about"]) for i in profile["sections"][section]]


def own_health(profile):
    return [(text, status) for text, status, about in of(profile, "health") if about == "subject"]


@pytest.mark.parametrize("said, whose", [
    ("its for me mam Jean. she lives with her fella Dave. dave's got diabetes but thats him not her.", "partner"),
    ("It's for my mum. She lives with Keith (my stepdad). Keith has angina.", "stepdad"),
    ("I'm writing for my mum Rose. She lives with her husband Bill, Bill has Parkinson's.", "husband"),
])
def test_a_condition_of_someone_the_carer_names_as_the_persons_partner_is_theirs(structurer, said, whose):
    """ "lives … with her fella Terry (me stepdad)" then "terry's got diabetes but thats him not her" gave Maureen
    diabetes on six forms."""
    profile = structurer.structure([f"{said} She has asthma."], teller="carer", relationship="son")
    assert own_health(profile) == [("asthma", "current")]
    assert [about for _, status, about in of(profile, "health") if status == "family"] == [whose]


@pytest.mark.parametrize("said, condition", [
    ("He lives with me and his dad Rob. Rob has type 2 diabetes and works away.", "type 2 diabetes"),
    ("She stays with her dad Ian most weekends, Ian has epilepsy.", "epilepsy"),
])
def test_a_parent_the_story_names_by_name_keeps_their_own_condition(structurer, said, condition):
    """ "He bides wi' me and his dad Alan" then "Alan has type 1 diabetes", told by Callum's mother, listed type 1
    diabetes as Callum's own on six forms; it is his father's (family history)."""
    profile = structurer.structure([f"I'm writing for my child Sam Reid, 24. Sam has autism. {said}"], teller="carer",
                                   relationship="mother")
    assert [text for text, _ in own_health(profile)] == ["autism"]
    assert [(text, about) for text, status, about in of(profile, "health") if status == "family"] == [(condition, "dad")]


@pytest.mark.parametrize("said, relationship", [("its for my mam. she had a heart attack in 2019 and shes got angina.", "son"),
                                                ("its for me dad. he had a stroke last year and hes got COPD.", "daughter"),
                                                ("its my nan. she had her gallbladder out in 2021 n shes got arthritis.", "grandson")])
def test_a_condition_they_have_now_said_after_one_they_had_is_current(structurer, said, relationship):
    """ "she had a stroke last year and shes got COPD" (typed without the apostrophe) made the COPD past
    ("inactive") with the stroke, on a medical history."""
    statuses = [status for _, status in own_health(structurer.structure([said], teller="carer",
                                                                         relationship=relationship))]
    assert statuses == ["past", "current"]


def test_a_partners_medicine_said_after_their_illness_stays_theirs(structurer):
    profile = structurer.structure(["i live w my boyfriend dan. dan has epilepsy and hes on keppra, sometimes i have to "
                                    "sort him out after a fit. i have asthma."])
    assert [i["about"] for i in profile["sections"]["medications"]] == []
    assert own_health(profile) == [("asthma", "current")]


@pytest.mark.parametrize("said", ["She isn't allowed ibuprofen for her arthritis any more because of her kidneys.",
                                  "He ay allowed naproxen for his gout no more, cos of his stomach.",
                                  "She can't have the anti-inflammatories for her back pain anymore."])
def test_an_illness_they_may_no_longer_take_a_medicine_for_is_still_theirs(structurer, said):
    """ "He ay allowed the anti-inflammatories for his gout no more cos of his kidneys" made the gout "inactive"
    on a medical history."""
    statuses = [status for _, status in own_health(structurer.structure([said], teller="carer",
                                                                        relationship="neighbour"))]
    assert statuses == ["current"]


@pytest.mark.parametrize("said", ["He likes a drop of rum of a Friday.", "She enjoys a small sherry at Christmas.",
                                  "He loves a whisky of a night."])
def test_a_drink_they_like_is_not_what_matters(structurer, said):
    """ "he likes a drop of rum of a Friday" answered "What matters to you?"."""
    profile = structurer.structure([f"I'm writing for my neighbour Mr Ade. He has diabetes. {said} He loves his church."],
                                   teller="carer", relationship="neighbour")
    assert [text for text, _, _ in of(profile, "what_matters")] == ["He loves his church"]


@pytest.mark.parametrize("said", ["He went over in the garden in August.", "She went down in the garden last week.",
                                  "He went flying on the allotment path."])
def test_a_fall_where_they_enjoy_being_is_not_what_matters(structurer, said):
    """ "He went over in the garden in August" (a fall) answered "What matters to you?"."""
    profile = structurer.structure([f"I'm writing for my neighbour Mr Ade. He has diabetes. {said}"], teller="carer",
                                   relationship="neighbour")
    assert of(profile, "what_matters") == []


def test_going_out_to_a_place_they_like_still_matters(structurer):
    profile = structurer.structure(["He has diabetes. He went down to the allotment every day."])
    assert len(of(profile, "what_matters")) == 1


@pytest.mark.parametrize("said", ["me mates dog Rocky is on prednisolone for his skin lol.",
                                  "My friend's dog is on Metacam, not me!",
                                  "Sara's cat takes thyroid tablets."])
def test_a_friends_animals_medicine_is_not_the_persons(structurer, said):
    """ "kais dog rocky is on prednisolone for his skin lol thats not me" listed prednisolone as the person's
    medicine on three forms."""
    medicines = of(structurer.structure([f"I take sertraline. {said}"]), "medications")
    assert [text for text, _, _ in medicines] == ["sertraline"]


@pytest.mark.parametrize("said", ["Codeine makes me terribly constipated, though I wouldn't call it an allergy.",
                                  "Tramadol makes me feel sick but it's not an allergy.",
                                  "morphine makes me queasy, im not allergic to it tho."])
def test_a_medicine_said_with_its_side_effect_and_no_allergy_is_neither(structurer, said):
    """ "Codeine makes me dreadfully constipated, though I would not call that an allergy" listed codeine as a
    medicine taken now on two forms (and beside the wanted ones on two more)."""
    profile = structurer.structure([f"I take warfarin every evening. {said} I'm allergic to plasters."])
    assert [i["name"] for i in profile["sections"]["medications"]] == ["warfarin"]
    assert [text for text, status, _ in of(profile, "allergies") if status != "negated"] == ["plasters"]


def test_a_medicine_that_constipates_them_said_alone_is_an_intolerance(structurer):
    profile = structurer.structure(["I take warfarin. Codeine makes me constipated."])
    assert [text for text, _, _ in of(profile, "medications")] == ["warfarin"]
    assert [(i["text"], i.get("kind")) for i in profile["sections"]["allergies"]] == [("codeine", "intolerance")]


@pytest.mark.parametrize("said", ["Mum gets PIP, I get carers allowance.", "She's on attendance allowance and I'm on "
                                  "Carer's Allowance for looking after her.", "I get Carers Allowance. She gets PIP."])
def test_the_carers_own_carers_allowance_is_not_the_persons_benefit(structurer, said):
    """ "mam gets PIP, I get carers allowance", told by her son, listed Carer's Allowance as Maureen's benefit."""
    profile = structurer.structure([f"I'm writing for my mum. She has COPD. {said}"], teller="carer",
                                   relationship="son")
    assert "Carer's Allowance" not in money_facts.benefits(profile["sections"])
    assert money_facts.benefits(profile["sections"])


def test_a_person_who_cares_gets_their_own_carers_allowance(structurer):
    profile = structurer.structure(["I look after my husband and I get carer's allowance."])
    assert money_facts.benefits(profile["sections"]) == ["Carer's Allowance"]


@pytest.mark.parametrize("told, street, town", [
    ("14 Mill Lane East, M16 7DZ", "14 Mill Lane East", None),
    ("3 Kings Road West, Leeds LS6 2AB", "3 Kings Road West", "Leeds"),
    ("9 Park Street North, Bath BA1 2AB", "9 Park Street North", "Bath"),
    ("8 High Street, East Grinstead RH19 3AA", "8 High Street", "East Grinstead"),
    ("12 Church Street North Shields NE29 0AB", "12 Church Street", "North Shields"),
])
def test_a_point_of_the_compass_after_the_street_word_is_the_streets(told, street, town):
    """ "22 Moss Lane East, M16 7DZ" was street "22 Moss Lane", town "East"."""
    address = read_address(told)
    assert (address.street, address.town) == (street, town)


@pytest.mark.parametrize("said", ["ive been sleepin on my mate dans sofa at his flat since me dad kicked me out.",
                                  "I've been sleeping on my friend's couch in her flat since the summer.",
                                  "Right now I'm kipping on my cousins floor at her house."])
def test_sleeping_on_someone_elses_sofa_is_no_home_of_their_own(structurer, said):
    """ "ive been sleepin on my mate kais sofa at his flat" answered "Type of home: Flat or maisonette" and "I have
    housing" (wanted: staying with family or friends; I do not have housing)."""
    sections = structurer.structure([f"I'm 19. {said}"])["sections"]
    assert home_facts.home_type(sections) is None
    assert home_facts.housing(sections) == home_facts.HOUSING["homeless"]
    assert home_facts.tenure(sections) is None  # a friend's tenancy is no family member's home they live in


def test_sleeping_on_their_own_sofa_downstairs_is_their_home(structurer):
    sections = structurer.structure(["I sleep on the sofa downstairs in my flat because I can't do the stairs."])["sections"]
    assert home_facts.home_type(sections) == home_facts.HOME_TYPES["flat"]
    assert home_facts.housing(sections) == home_facts.HOUSING["housed"]


@pytest.mark.parametrize("parts, teller", [
    (["I live in my own house in Leeds. Since my fall I have been sleeping on my daughters sofa until the stairlift is "
      "fitted."], "self"),
    (["Mum lives in her own bungalow. I sleep on mums sofa most nights to keep an eye on her."], "carer")])
def test_a_sofa_slept_on_beside_a_home_of_their_own_is_no_homelessness(structurer, parts, teller):
    """A second reader (session 19): both were 'I do not have housing'."""
    from bot.intake.home_facts import HOUSING, housing

    told = structurer.structure(parts, teller=teller, relationship="son" if teller == "carer" else None)
    assert housing(told["sections"]) != HOUSING["homeless"]
