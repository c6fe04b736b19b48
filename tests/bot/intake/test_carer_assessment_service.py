"""The council's carer's assessment (data/services/carers-assessment.json) filled from a carer's story, as the
running chat fills it: the carer's own facts (their phone, their health, what they cannot do any more, their
relation, the care they give, their own work and money) on the carer's sections, and the person's facts never
there (a stranger's findings, issues 18/20). Through the real structurer and `prefill`, told by a carer."""
import re
from datetime import datetime, timezone
from typing import Any

import pytest

from bot.intake import answer_item, gaps_for, prefill
from bot.intake.services import load_full_registry
from bot.settings import load_settings

REGISTRY = load_full_registry(load_settings({}).services_dir)
SERVICE = REGISTRY.services["carers-assessment"]
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)


def _told_by(relation: str) -> str:
    return f"their {relation}, on the basis of being their carer" if relation else "carer"


def _profile(structurer, text: str, relation: str) -> dict[str, Any]:
    return structurer.structure([text], teller="carer", relationship=relation or None)


def _answers(profile: dict[str, Any], relation: str, service: str = "carers-assessment") -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "answer" in item:
                found[item["linkId"]] = [next(iter(a.values())) for a in item["answer"]]
            walk(item.get("item", []))

    walk(prefill(REGISTRY.services[service], profile, _told_by(relation), NOW).response.get("item", []))
    return found


def _filled(structurer, text: str, relation: str) -> dict[str, list[Any]]:
    return _answers(_profile(structurer, text, relation), relation)


# 5. The person's benefits are theirs: never the carer's own "Work and money".
@pytest.mark.parametrize("text, relation", [
    ("I look after my husband John, he has dementia. he gets attendance allowance.", "wife"),
    ("mum has copd, shes on pip and pension credit. i do her shopping", "son"),
    ("my dad gets dla an his pension, i do his meals", "daughter"),
    ("Mrs Patel next door has arthritis. She receives Attendance Allowance. I pop in every day.", "neighbour"),
    ("my wife has ms and she gets pip, high rate. i do everything for her", "husband"),
])
def test_the_persons_benefits_are_not_the_carers_work_and_money(structurer, text, relation):
    said = " ".join(str(v) for v in _filled(structurer, text, relation).get("impact.money", [])).lower()
    assert not any(word in said for word in ("attendance", "pip", "dla", "pension")), said


@pytest.mark.parametrize("text, relation, word", [
    ("my mum has copd and gets attendance allowance. I get carers allowance.", "son", "carers allowance"),
    ("dad has dementia. i work part time at tesco n do his meals", "daughter", "part time"),
    ("my husband had a stroke. I had to give up my job to look after him", "wife", "my job"),
])
def test_the_carers_own_work_and_money_fill_it(structurer, text, relation, word):
    said = " ".join(str(v) for v in _filled(structurer, text, relation).get("impact.money", [])).lower()
    assert word in said
    assert "attendance" not in said


# 2. The carer's phone given in the story fills "Carer's telephone"; the person's number never does.
@pytest.mark.parametrize("text, relation, number", [
    ("I look after my husband John, he has dementia. my number is 07700 900456.", "wife", "07700 900456"),
    ("im his daughter, dad has parkinsons. u can ring me on 07700900123", "daughter", "07700 900123"),
    ("My mum has COPD. My mobile is 07700 900789 if you need me.", "son", "07700 900789"),
    ("i care for mrs jones next door, shes got dementia. call me on 07700 900321", "neighbour", "07700 900321"),
    ("my dad has dementia. ma numba is 07700900456", "son", "07700 900456"),
    ("mum has copd n that. me number is 07700 900654 if u need me", "daughter", "07700 900654"),
    ("My mother she have the dementia. You can call me on 07700 900456, I am her daughter", "daughter",
     "07700 900456"),
    ("my husband has ms. my mobile: 07700-900-456", "wife", "07700 900456"),
    ("my wife has parkinsons. my fone is 07700 900111", "husband", "07700 900111"),
])
def test_the_carers_phone_from_the_story_fills_the_carers_telephone(structurer, text, relation, number):
    assert _filled(structurer, text, relation).get("carer.phone") == [number]
    assert number not in str(_answers(_profile(structurer, text, relation), relation, "adult-social-care"))  # not theirs


@pytest.mark.parametrize("text, relation", [
    ("my dad has dementia. his number is 07700 900456", "son"),
    ("Mum has COPD, her phone is 07700 900789.", "daughter"),
])
def test_the_persons_phone_is_not_the_carers(structurer, text, relation):
    assert "carer.phone" not in _filled(structurer, text, relation)


def test_the_carers_phone_answered_when_asked_fills_it_and_is_asked_once(structurer):
    profile = _profile(structurer, "my dad has dementia and i do his meals", "son")
    gap = next(g for g in gaps_for([SERVICE], profile["sections"], "carer", REGISTRY.questions)
               if g.label.startswith("Carer's telephone") or "telephone" in g.label.lower())
    section, item = answer_item(gap, "07700 900111", "carer", NOW)
    profile["sections"][section].append(item)
    assert _answers(profile, "son").get("carer.phone") == ["07700 900111"]
    assert not [g for g in gaps_for([SERVICE], profile["sections"], "carer", REGISTRY.questions)
                if "telephone" in g.label.lower()]
    # the carer's number, kept once where the story keeps it, is never the person's on another service's form
    social_care = prefill(REGISTRY.services["adult-social-care"], profile, _told_by("son"), NOW).response
    assert "07700 900111" not in str(social_care)


# 1. What the carer cannot do any more, and their own health, reach the carer's own section.
@pytest.mark.parametrize("text, relation, word", [
    ("I look after my husband John, he has dementia. i cant lift him anymore, my back is bad.", "wife", "lift"),
    ("mum has ms. i cant lift her on my own no more, my knees are shot", "son", "lift"),
    ("I look after Mrs Jones next door. I struggle to lift her because of my arthritis", "neighbour", "lift"),
    ("my husband has dementia. I have a bad back and I can no longer lift him.", "wife", "back"),
    ("my wife has parkinsons. im 84 and my heart isnt good", "husband", "heart"),
])
def test_what_the_carer_cannot_do_and_their_own_health_reach_their_section(structurer, text, relation, word):
    said = " ".join(str(v) for v in _filled(structurer, text, relation).get("carer.own_health", [])).lower()
    assert word in said


@pytest.mark.parametrize("text, relation", [
    ("my husband has copd. he cant lift anything heavy and his back is bad", "wife"),
    ("dad has dementia, i do his meals. I am fine in myself.", "son"),
])
def test_the_persons_own_needs_are_not_the_carers_health(structurer, text, relation):
    assert "carer.own_health" not in _filled(structurer, text, relation)


# 3. The relation answered at the carer questions fills "Relationship to the carer".
@pytest.mark.parametrize("relation, code", [
    ("daughter", "parent"), ("son", "parent"), ("son or daughter", "parent"), ("wife", "partner"),
    ("husband", "partner"), ("partner", "partner"), ("neighbour", "friend"), ("friend", "friend"),
    ("sister", "sibling"),
])
def test_the_relation_told_at_the_carer_questions_fills_the_relationship(structurer, relation, code):
    answers = _filled(structurer, "they have dementia and need help with meals. i do their shopping", relation)
    assert [a["code"] for a in answers["cared_for.relationship"]] == [code]


def test_a_relation_the_form_has_no_choice_for_is_left_to_ask(structurer):
    assert "cared_for.relationship" not in _filled(structurer, "my nan has dementia, i do her shopping", "grandson")


# 4. "What care do you give?" is the care the carer gives, never what the person needs help with.
@pytest.mark.parametrize("text, relation, given, needs", [
    ("my dad has parkinsons. he cant dress himself and struggles with the stairs. i do all his meals and get him "
     "washed.", "son", "meals", "stairs"),
    ("I look after my husband John, he has dementia and needs help with everything. i do all his meals and get "
     "him washed.", "wife", "washed", "everything"),
    ("mum cant walk far n needs a hand with her bath. i do her shoppin and her tablets every day", "daughter",
     "tablets", "walk far"),
])
def test_the_care_given_is_the_carers_own_care(structurer, text, relation, given, needs):
    said = " ".join(str(v) for v in _filled(structurer, text, relation).get("caring.tasks", [])).lower()
    assert given in said
    assert needs not in said


def _said_by_carer(text: str, section: str = "support_network", about: str = "narrator") -> dict[str, Any]:
    return {section: [{"text": text, "status": "current", "about": about, "told_by": "carer"}]}


@pytest.mark.parametrize("text, section, about, kept", [
    ("I get carers allowance", "support_network", "narrator", ["I get carers allowance"]),
    ("im on universal credit, money is tight", "work_money", "subject", ["im on universal credit"]),
    ("i work nights at the care home n do her tablets in the day", "work_money", "subject",
     ["i work nights at the care home"]),
    ("I had to give up my job to look after him", "support_network", "narrator",
     ["I had to give up my job to look after him"]),
    ("Im retired now, 71 next month", "support_network", "narrator", ["Im retired now"]),
    ("i sort out his pension and his bills", "support_network", "narrator", []),
    ("i do all the money for her", "support_network", "narrator", []),
    ("my dad gets dla an his pension", "work_money", "subject", []),
    ("shes on pip and i take her shopping", "work_money", "subject", []),
    ("i work round him, he needs me all day", "support_network", "narrator", []),
    ("I left work early on Friday to take her", "support_network", "narrator", []),
])
def test_only_the_carers_own_work_and_money_are_theirs(text, section, about, kept):
    from bot.intake.facts import read_fact

    assert read_fact("teller_work_money", _said_by_carer(text, section, about)) == kept


def test_a_persons_own_story_gives_no_carers_work_and_money():
    from bot.intake.facts import read_fact

    told = {"work_money": [{"text": "I get carers allowance", "status": "current", "about": "subject", "told_by": "self"}]}
    assert read_fact("teller_work_money", told) == []


@pytest.mark.parametrize("text, kept", [
    ("i cant lift him anymore", True),
    ("I can no longer lift her on my own", True),
    ("im not able to get him up off the floor", True),
    ("i struggle to bath her now", True),
    ("I find it too hard to move him in the bed", True),
    ("i carnt lift her no more", True),
    ("I look after my husband John", False),
    ("i can lift him fine", False),
    ("I do all his meals and get him washed", False),
    ("i cant lift him, my back is bad", False),  # their health: only from the health part, as they agreed
])
def test_what_the_carer_cannot_do_for_the_person_in_many_voices(text, kept):
    from bot.intake.facts import read_fact

    assert read_fact("teller_own_health", _said_by_carer(text)) == ([text] if kept else [])


@pytest.mark.parametrize("said, kept", [
    ("me back's killing me", True), ("my knees are shot", True), ("my heart isnt good", True),
    ("I have a bad back", True), ("ive got arthritis in both hands", True), ("I have asthma myself", True),
    ("my back is better now", False), ("my health is good", False), ("i cant lift him anymore", False),
])
def test_the_carers_own_health_is_theirs_in_the_health_part(structurer, said, kept):
    told = _profile(structurer, f"my dad has dementia and i do his meals. {said}.", "son")
    own = [i["text"] for i in told["sections"]["health"] if i["about"] == "narrator"]
    assert bool(own) == kept, own
    assert [i["text"] for i in told["sections"]["health"] if i["about"] == "subject"] == ["dementia"]


def test_the_carers_own_health_goes_only_as_they_agreed(structurer):
    """ "yes but not my health": the health part left out, the carer's own health stays out; what their body
    cannot do for the person any more is their caring, and goes with the people who support."""
    from consent_store.consent import filter_profile

    told = _profile(structurer, "my dad has dementia. I have asthma and my back is bad. i cant lift him anymore", "son")
    for number, found in enumerate(i for items in told["sections"].values() for i in items):
        found["id"] = str(number)  # as the store keeps them
    shared = set(told["sections"]) - {"health"}
    answers = _answers(filter_profile(told, shared), "son")
    assert answers["carer.own_health"] == ["i cant lift him anymore"]
    # "not his health": the carer's own in the health part still go (sharing.CARERS_OWN), his do not
    own = {"health": {i["id"] for i in told["sections"]["health"] if i["about"] == "narrator"}}
    answers = _answers(filter_profile(told, shared, own), "son")
    assert "asthma" in " ".join(answers["carer.own_health"]).lower()
    assert "cared_for.conditions" not in answers
    answers = _answers(told, "son")
    assert "asthma" in " ".join(answers["carer.own_health"]).lower()
    assert answers["cared_for.conditions"] == ["dementia"]


def test_the_carers_own_health_answered_when_asked_is_kept_as_theirs(structurer):
    profile = _profile(structurer, "my dad has dementia and i do his meals", "son")
    gap = next(g for g in gaps_for([SERVICE], profile["sections"], "carer", REGISTRY.questions, optional=True)
               if g.label == "The carer's own health")
    section, item = answer_item(gap, "bad back and asthma", "carer", NOW)
    assert (section, item["about"]) == ("health", "narrator")  # the carer's: "not his health" keeps it, "not mine" not
    profile["sections"][section].append(item)
    assert "bad back and asthma" in " ".join(_answers(profile, "son")["carer.own_health"])
    assert _answers(profile, "son")["cared_for.conditions"] == ["dementia"]


def test_the_persons_lifting_and_health_are_not_the_carers():
    from bot.intake.facts import read_fact

    told = {"support_network": [{"text": "i cant lift him anymore", "status": "current", "about": "narrator",
                                 "told_by": "self"}],
            "daily_living": [{"text": "he cant lift anything", "status": "current", "about": "subject",
                              "told_by": "carer"}],
            "health": [{"text": "bad back", "status": "current", "about": "subject", "told_by": "carer"}]}
    assert read_fact("teller_own_health", told) == []


# What a carer says of their own body, on its own or beside the person's, is theirs (structuring).
@pytest.mark.parametrize("text, relation, word", [
    ("my husband has dementia. my back is bad.", "wife", "back"),
    ("mum has ms. I can no longer lift her.", "son", "lift"),
    ("dad had a stroke. Im not able to lift him since my operation", "daughter", "lift"),
    ("my nan has dementia. me back is killing me, i carnt lift her no more", "grandson", "back"),
    ("My husband is blind. My shoulders are very bad now.", "wife", "shoulders"),
])
def test_a_carers_own_body_said_in_the_story_reaches_their_section(structurer, text, relation, word):
    said = " ".join(str(v) for v in _filled(structurer, text, relation).get("carer.own_health", [])).lower()
    assert word in said


@pytest.mark.parametrize("text, relation, theirs", [
    ("dad had a stroke. Im not able to lift him since my operation", "daughter", ["stroke (in the past)"]),
    ("my wife has dementia and my asthma is bad with the stress", "husband", ["dementia"]),
    ("mum has copd, because of my arthritis i cant lift her", "son", ["copd"]),
    ("my mum's dementia is getting worse", "daughter", ["dementia"]),
])
def test_the_carers_own_condition_is_not_the_persons(structurer, text, relation, theirs):
    assert _filled(structurer, text, relation).get("cared_for.conditions") == theirs


@pytest.mark.parametrize("text, code", [
    ("im his daughter. dad has parkinsons and i do his meals", "parent"),
    ("I look after my husband John, he has dementia", "partner"),
    ("Im her neighbour, Mrs Jones has copd and I do her shopping", "friend"),
    ("i care for my dad, he has copd", "parent"),
])
def test_the_relation_the_story_says_fills_it_when_the_chat_did_not_ask(structurer, text, code):
    answers = _filled(structurer, text, "")
    assert [a["code"] for a in answers["cared_for.relationship"]] == [code]


@pytest.mark.parametrize("text", [
    "she has dementia and her friend Jean helps with shopping",
    "my sons help him with the garden, he has copd",
])
def test_no_relation_is_guessed_from_someone_elses(structurer, text):
    assert "cared_for.relationship" not in _filled(structurer, text, "")


def test_the_relation_told_at_the_carer_questions_is_not_asked_again(structurer):
    profile = _profile(structurer, "they have dementia and need help with meals. i do their shopping", "daughter")
    labels = [g.label for g in gaps_for([SERVICE], profile["sections"], "carer", REGISTRY.questions, relation="daughter")]
    assert "Relationship to the carer" not in labels
    labels = [g.label for g in gaps_for([SERVICE], profile["sections"], "carer", REGISTRY.questions, relation="grandson")]
    assert "Relationship to the carer" in labels  # no choice for a grandson: asked


@pytest.mark.parametrize("text, relation, given", [
    ("i do his injections wen his hands r shaky, the cookin, the shoppin n help him in the shower", "son", "injections"),
    ("I am writing for my husband Delroy. I do everything: him tablets, remind him to wash and dress, cook", "wife",
     "tablets"),
    ("Im her neighbour. I do her shopping every Tuesday and pop in most days", "neighbour", "shopping"),
    ("my wife has dementia. i do all the cooking and the cleaning now", "husband", "cooking"),
])
def test_the_care_given_in_many_voices(structurer, text, relation, given):
    said = " ".join(str(v) for v in _filled(structurer, text, relation).get("caring.tasks", [])).lower()
    assert given in said


@pytest.mark.parametrize("text, relation", [
    ("dad has copd. carers come in twice a day to wash him and do his meals", "son"),
    ("mum has dementia. i cant do her meals any more, im working full time", "daughter"),
    ("my husband has ms. i do my own shopping online", "wife"),
    ("he needs help with washing, dressing and meals", "daughter"),
])
def test_no_care_given_by_the_carer_is_made_up(structurer, text, relation):
    assert "caring.tasks" not in _filled(structurer, text, relation)


# The carer's own work and money are never the person's, on any service's form.
@pytest.mark.parametrize("text, relation, carers", [
    ("im on universal credit and carers allowance, money is tight. mum has dementia", "daughter",
     ("universal credit", "carer's allowance", "money is tight")),
    ("dad has dementia. i work part time at tesco n do his meals", "daughter", ("tesco", "working")),
    ("My wife has MS. I get carers allowance and Im retired from the buses", "husband", ("carer's allowance", "retired")),
    ("nan has copd, i work nights at the hospital so i go in the day", "granddaughter", ("hospital", "working")),
])
def test_the_carers_own_work_and_money_are_not_the_persons(structurer, text, relation, carers):
    profile = _profile(structurer, text, relation)
    for service in ("welfare-benefits", "employment-support", "adult-social-care"):
        # what the person's work and money items say (a "who supports you" line marked as the carer's is theirs)
        sent = str({k: v for k, v in _answers(profile, relation, service).items()
                    if re.search(r"benefit|income|employ|money|job|work\.(?:status|history)", k)}).lower()
        assert not any(word in sent for word in carers), (service, sent)
    assert _filled(structurer, text, relation).get("impact.money")  # the carer's own, on their assessment


@pytest.mark.parametrize("text, relation, theirs", [
    ("mum gets pip and i get carers allowance", "son", "PIP"),
    ("i think he gets attendance allowance", "wife", "Attendance Allowance"),
    ("dad is on pension credit", "daughter", "Pension Credit"),
])
def test_the_persons_own_benefits_still_reach_their_forms(structurer, text, relation, theirs):
    profile = _profile(structurer, text, relation)
    sent = str(_answers(profile, relation, "welfare-benefits"))
    assert theirs in sent and "Carer's Allowance" not in sent


def test_the_people_who_support_the_person_hold_no_carers_own_facts(structurer):
    """ "People who support you" on another service's form: the carer and the care they give, never the carer's
    own phone, health or money ("my back is bad (about the carer)" went to employment support)."""
    text = ("I look after my husband John, he has dementia. i do all his meals and get him washed. my back is bad. "
            "my number is 07700 900456. im on universal credit.")
    said = " ".join(_answers(_profile(structurer, text, "wife"), "wife", "employment-support").get("contact.support", []))
    assert "i do all his meals" in said.lower()
    assert not any(word in said.lower() for word in ("back", "07700", "universal credit")), said
