"""Wrong facts the eighteenth fresh structuring set, the twenty-eighth fresh forms set and a stranger on the stack
(session 34) showed, fixed in general and tested here in our own words: a grandson who uses her bank card as a support,
tablets saved up not kept beside another thought of suicide, a brother's age as the teller's, a son's asthma as the
mother's, "not really depression, it's more stress" as no stress, drinks choked on as drinking, an allergy said first, a
medicine stopped said with the medicine first, a change to come, a guess with tests to come, a detox planned, a medicine
said not to help and not taken, a habit stopped years ago in the present tense, a medicine turned down, one not begun
yet, a depression in the weather, a charity's shop, a foster mother's husband named as the person."""
from __future__ import annotations

import pytest

from tests.bot.understanding.structuring.test_session33_wrong_facts import _items, _status


@pytest.mark.parametrize("said, section, words, status, teller", [
    ("Now the kidneys are bad so gliclazide the doctor stopped in May.", "medications", "gliclazide", "past", "self"),
    ("The neurologist wants to switch her to lamotrigine but we haven't changed yet.", "medications", "lamotrigine",
     "hypothetical", "carer"),
    ("The GP say maybe it is vascular dementia, they will do a scan in March.", "health", "dementia", "hypothetical",
     "carer"),
    ("They gave him vitamin B tablets and want him to do a detox with Librium in hospital but theres a waiting list.",
     "medications", "librium", "hypothetical", "carer"),
    ("The consultant said memantine would not help her so shes not on it.", "medications", "memantine", "negated",
     "carer"),
    ("I stop smoking fifteen years already.", "health", "smoking", "past", "self"),
    ("The nurse talked about fentanyl patches for her back but Mum said no.", "medications", "fentanyl", "negated",
     "carer"),
    ("Doctor say maybe injection every six month, denosumab, but I don't start yet.", "medications", "denosumab",
     "hypothetical", "self"),
    ("It's not really anxiety, it's more stress from work.", "health", "stress", "current", "self"),
    ("Pat takes Epilim twice a day for her epilepsy.", "medications", "valproate", "current", "carer"),
])
def test_what_is_said_around_a_fact_gives_its_status(structurer, said, section, words, status, teller):
    assert _status(structurer, said, section, words, teller) == status


@pytest.mark.parametrize("said, section, words, status, teller", [
    # the same words, with nothing said to change them
    ("I take metformin and the doctor checks my kidneys.", "medications", "metformin", "current", "self"),
    ("She has been on lamotrigine since the neurologist switched her to it.", "medications", "lamotrigine", "current",
     "carer"),
    ("She has vascular dementia, the memory clinic confirmed it.", "health", "dementia", "current", "carer"),
    ("They wanted him to go on sertraline but he never did take it.", "medications", "sertraline", "negated", "carer"),
    ("I still smoke ten a day.", "health", "smoking", "current", "self"),
    ("I have had a depression over the last year.", "health", "depression", "current", "self"),
    ("She drinks too much since Dad died.", "health", "drinking", "current", "carer"),
])
def test_near_twins_keep_their_status(structurer, said, section, words, status, teller):
    assert _status(structurer, said, section, words, teller) == status


@pytest.mark.parametrize("said, section, words, teller", [
    ("Some days there's a depression coming in off the Atlantic and the washing never dries.", "health", "depression",
     "self"),
    ("I popped into the Cancer Research shop for a book.", "health", "cancer", "self"),
    ("She chokes on thin drinks, the speech therapist said to use thickener.", "health", "drink", "carer"),
    ("Allergy I have for penicillin, I get a rash.", "medications", "penicillin", "self"),
])
def test_nothing_is_made_of_words_in_another_sense(structurer, said, section, words, teller):
    assert not [text for text, *_ in _items(structurer, said, section, teller) if words in text]


def test_an_allergy_said_first_is_an_allergy(structurer):
    assert ("penicillin", "current", "subject") in _items(structurer, "Allergy I have for penicillin, I get a rash.",
                                                          "allergies", "self")


def test_trouble_swallowing_is_a_swallowing_problem(structurer):
    said = "She has trouble swallowing and needs thickener in her drinks."
    assert [t for t, s, a in _items(structurer, said, "health") if "swallowing" in t and s == "current"]
    assert not [t for t, *_ in _items(structurer, said, "health") if "drink" in t]


def test_a_brother_s_age_in_brackets_is_not_the_teller_s(structurer):
    said = "its just me n my little sister (shes 8) n mum, i do the cooking"
    assert not [t for t, s, a in _items(structurer, said, "about_me", "self") if "8 years" in t]


def test_a_son_named_bare_after_a_comma_has_his_own_asthma(structurer):
    said = "The landlord not fix the damp, the flat have mould, son have asthma"
    assert ("asthma", "current", "subject") not in _items(structurer, said, "health", "self")
    assert [t for t, s, a in _items(structurer, said, "health", "self") if t == "asthma" and a != "subject"]


def test_someone_who_uses_the_card_when_the_money_never_lasts_is_a_risk_never_a_support(structurer):
    said = ("My nephew Dean comes most days. He gets my shopping with my bank card and there is never any money left by "
            "Thursday, he says things cost more now.")
    profile = structurer.structure([said], teller="self")
    assert [i for i in profile["sections"]["risks"] if "bank card" in i["text"]]
    assert not [i for i in profile["sections"]["support_network"] if "Dean" in i["text"] or "nephew" in i["text"]]


def test_tablets_saved_up_are_kept_beside_another_thought_of_suicide(structurer):
    said = "Some days I think they would all be better off without me. I have been putting my tablets by, just in case."
    profile = structurer.structure([said], teller="self")
    risks = [i["text"] for i in profile["sections"]["risks"]]
    assert any("better off without me" in r for r in risks) and any("tablets" in r for r in risks), risks


def test_a_foster_mother_s_husband_is_not_the_person(structurer):
    said = ("I'm Callum Price's foster mum, he's nineteen and still lives with us: me, my husband Trevor and our "
            "other foster child.")
    profile = structurer.structure([said], teller="carer")
    names = [i["text"] for i in profile["sections"]["about_me"] if i.get("kind") == "name"]
    assert names == ["Callum Price"], names
