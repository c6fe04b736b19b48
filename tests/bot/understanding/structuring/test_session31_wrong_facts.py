"""Wrong facts a service would act on, found in session 31, fixed in general and tested here in our own wording: someone
said in the same breath not to help ("my son helps with shopping but my daughter doesnt") was kept as a support."""
from __future__ import annotations

import pytest


def supports(profile):
    return [(i["text"], i["status"]) for i in profile["sections"]["support_network"]]


@pytest.mark.parametrize("said, who", [
    ("My son helps with shopping but my daughter doesnt.", "daughter"),
    ("My son helps me. My daughter doesn't.", "daughter"),
    ("My son helps with shopping, my daughter never does.", "daughter"),
    ("My son helps with shopping but my daughter won't.", "daughter"),
    ("Dad dont support us.", "dad"),
    ("My brother doesnt care.", "brother"),
])
def test_someone_who_does_not_help_is_no_support(structurer, said, who):
    found = [(text, status) for text, status in supports(structurer.structure([said])) if who in text.lower()]
    assert found and all(status != "current" for _, status in found), found


@pytest.mark.parametrize("said, who", [
    ("My son takes me shopping, my daughter does too.", "daughter"),
    ("My daughter doesnt live with me but she helps every day.", "she helps"),
    ("My son helps with shopping and my daughter does the cleaning.", "daughter"),
])
def test_someone_who_helps_is_still_a_support(structurer, said, who):
    found = [(text, status) for text, status in supports(structurer.structure([said])) if who in text.lower()]
    assert any(status == "current" for _, status in found), supports(structurer.structure([said]))


def _facts(profile):
    return [(section, i["text"], i.get("about")) for section, items in profile["sections"].items() for i in items]


@pytest.fixture
def toms(structurer):
    return structurer.structure(["Tom has Alzheimers and angina. I am 76 and I have angina myself and I take GTN spray. He "
                                 "takes aspirin."], teller="carer", subject_name="Tom", relationship="wife")


def test_an_instruction_to_take_out_is_no_fact_and_takes_it_out(structurer, toms):
    """ "And take out my angina, thats mine not Toms" in an update was kept as a fact, in health and support (a stranger,
    session 31); "please remove the angina" gave the person angina."""
    update = structurer.structure(["Tom has started on quetiapine 25mg at night. And take out my angina, thats mine not "
                                   "Toms"], teller="carer", subject_name="Tom", relationship="wife", base=toms)
    facts = _facts(update)
    assert not any("take out" in text.lower() for _, text, _ in facts), facts
    assert ("health", "angina", "subject") not in facts and any("angina" in t and a == "narrator" for _, t, a in facts)
    assert any("quetiapine" in text for _, text, _ in facts)
    removed = structurer.structure(["please remove the angina"], teller="carer", subject_name="Tom",
                                   relationship="wife", base=toms)
    assert not any(text == "angina" and about == "subject" for _, text, about in _facts(removed)), _facts(removed)
    only_mine = structurer.structure(["Remove the GTN spray please"], teller="carer", subject_name="Tom",
                                     relationship="wife", base=toms)
    assert not any("gtn" in text.lower() for _, text, _ in _facts(only_mine)), _facts(only_mine)


@pytest.mark.parametrize("said", ["I need help to take off my shoes and socks.", "The nurse came to remove the stitches."])
def test_the_same_verbs_in_a_fact_are_a_fact(structurer, said):
    assert structurer.structure([said])["sections"]["daily_living"] or structurer.structure([said])["sections"]["services_involved"] \
        or structurer.structure([said])["sections"]["health"], _facts(structurer.structure([said]))


@pytest.mark.parametrize("said, medicine, status", [
    # the fifteenth fresh structuring set's wrongly current medicines (session 31), in our own words
    ("The GP gave me citalopram for my nerves but I never took one, they're in the cupboard.", "citalopram", "negated"),
    ("Doctor want to give him also donepezil but we not start yet, first the memory clinic.", "donepezil", "negated"),
    ("The nurse say HRT but I am scared of it, so I not take.", "hrt", "negated"),
    ("gp talked bout fluoxetine but i aint started it", "fluoxetine", "negated"),
    ("The doctor wanted to try him on something, mirtazapine I think it was, but I said no.", "mirtazapine", "negated"),
    ("They give me injection against blood clot, Clexane, for two weeks, now finish.", "clexane", "past"),
    ("They give me sertraline, I take two weeks then stop because I feel sick.", "sertraline", "past"),
    ("Nah, the prednisolone I finished.", "prednisolone", "past"),
    ("They were on about a new injection, etanercept, if the bloods don't settle.", "etanercept", "hypothetical"),
    # taken, beside them
    ("I take metformin but I not take it with food.", "metformin", "current"),
    ("I take amlodipine but I said no to the statin.", "amlodipine", "current"),
    ("I take sertraline every day and then stop worrying so much.", "sertraline", "current"),
])
def test_a_medicine_not_taken_or_stopped_said_after_it(structurer, said, medicine, status):
    found = [(i["text"], i["status"]) for i in structurer.structure([said])["sections"]["medications"]
             if medicine in i["text"].lower()]
    assert found and found[0][1] == status, found


def test_a_condition_thought_of_and_found_not_so_is_not_had(structurer):
    profile = structurer.structure(["people think i have autism but ive been assessed and i dont"])
    assert all(i["status"] != "current" for i in profile["sections"]["health"] if "autis" in i["text"].lower())


@pytest.mark.parametrize("said, aid", [("He won't use the walking frame the OT brought round.", "frame"),
                                       ("She refuses to use the commode.", "commode")])
def test_an_aid_refused_is_not_used(structurer, said, aid):
    """the twenty-fifth fresh forms set (session 31): "He won't use the walking frame" filled "Walking aids: walking frame"."""
    found = [i for i in structurer.structure([said], teller="carer", subject_name="Gerald")["sections"]["daily_living"]
             if aid in i["text"].lower()]
    assert found and all(i["status"] == "negated" for i in found), found


def test_a_medicine_talked_of_and_nothing_started_is_not_taken(structurer):
    found = structurer.structure(["The GP talked about antidepressants but he hasn't started anything."], teller="carer",
                                 subject_name="Des")["sections"]["medications"]
    assert found and all(i["status"] != "current" for i in found), found


@pytest.mark.parametrize("said, medicine, status", [
    # a second reader's regressions of the first forms of these readings (session 31)
    ("I take amlodipine every morning, the GP offered ramipril too but I said no", "amlodipine", "current"),
    ("i take sertraline and they offered me counselling but i said no", "sertraline", "current"),
    ("im on donepezil, they talked about memantine but we not started yet", "donepezil", "current"),
    ("I'm still on sertraline, they asked did I want to come off and I said no", "sertraline", "current"),
    ("Gerald is on warfarin but he never took it seriously till his stroke", "warfarin", "current"),
    ("I take co-codamol when the pain is bad, then stop", "co-codamol", "current"),
    ("Methotrexate once a week, I take it on Monday then stop till next Monday", "methotrexate", "current"),
    ("I take metformin with breakfast and then finish with insulin at night", "metformin", "current"),
    ("They were on about his metformin being too much, he still takes it", "metformin", "current"),
    ("The nurse is on about my asthma inhaler, I use it twice a day", "inhaler", "current"),
])
def test_a_medicine_taken_beside_the_new_readings_is_still_taken(structurer, said, medicine, status):
    found = [(i["text"], i["status"]) for i in structurer.structure([said])["sections"]["medications"]
             if medicine in i["text"].lower()]
    assert found and found[0][1] == status, found


@pytest.mark.parametrize("said", ["Please remove the angina", "take out my angina"])
def test_an_instruction_alone_is_no_fact(structurer, said):
    profile = structurer.structure([said], teller="carer", subject_name="Gerald")
    assert not any("angina" in i["text"].lower() for items in profile["sections"].values() for i in items), profile



def test_someone_said_in_an_update_to_have_moved_out_no_longer_lives_with_them(structurer):
    """ "Kevin has moved out now, my sister Jean helps me instead", as an update, was lost: the form still said "My
    nephew Kevin lives with me" (a stranger, session 31)."""
    base = structurer.structure(["I am 79. My nephew Kevin lives with me. Dave does my shopping. My son Paul lives with "
                                 "me too."])
    update = structurer.structure(["Kevin has moved out now, my sister Jean helps me instead."], base=base)
    home = [i["text"] for i in update["sections"]["home"]]
    assert not any("Kevin" in t for t in home) and any("Paul" in t for t in home), home
    assert any("Jean" in i["text"] and i["status"] == "current" for i in update["sections"]["support_network"])
    son = structurer.structure(["my son moved out last month"], base=base)
    assert not any("Paul" in i["text"] for i in son["sections"]["home"])
    assert not any(i["status"] == "current" and "moved out" in i["text"] for i in son["sections"]["support_network"])
    back = structurer.structure(["Kevin moved back in"], base=base)
    assert any("Kevin" in i["text"] for i in back["sections"]["home"])
