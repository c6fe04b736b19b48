"""bot/conversation/relevance.py: the services on offer ranked by what the story says, with why;
employment support and the carer's assessment held back when nothing in the story calls for them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.conversation import wording
from bot.conversation.relevance import age_of, rank, signals, worth_asking
from bot.sections import empty_profile

TODAY = date(2026, 12, 2)
# In the order the services would be offered without the story (how many parts each receives).
ALL = ["adult-social-care", "carers-assessment", "community-nursing", "employment-support", "gp-practice",
       "housing-adaptations", "welfare-benefits"]


@dataclass(frozen=True)
class Offered:
    id: str


def profile(**sections: list[dict]) -> dict:
    made = empty_profile()
    for key, items in sections.items():
        made["sections"][key] = [{"status": "current", "about": "subject", **item} for item in items]
    return made


def ranked_ids(told: dict, teller: str = "self") -> tuple[list[str], list[str], dict[str, str]]:
    ranked = rank(told, [(Offered(i), ["health"]) for i in ALL], teller, TODAY)
    return [s.id for s, _ in ranked.offers], [s.id for s, _ in ranked.held_back], ranked.reasons


def test_an_81_year_old_who_falls_is_not_offered_employment_support_or_a_carers_assessment():
    told = profile(about_me=[{"text": "81 years old", "kind": "age", "value": 81}],
                   home=[{"text": "I live alone"}], risks=[{"text": "I keep falling", "terms": ["falling"]}],
                   health=[{"text": "arthritis"}], goals=[{"text": "I want to stay in my own home"}])
    offers, held, reasons = ranked_ids(told)
    assert "employment-support" in held and "carers-assessment" in held
    assert offers[:2] == ["adult-social-care", "housing-adaptations"]
    assert reasons["housing-adaptations"] == "falls" and "welfare-benefits" not in reasons


def test_work_brings_employment_support_even_at_81():
    told = profile(about_me=[{"text": "81 years old", "kind": "age", "value": 81}],
                   work_money=[{"text": "I still work two days a week at the shop", "terms": ["work"]}])
    offers, held, _ = ranked_ids(told)
    assert "employment-support" in offers and "employment-support" not in held


def test_past_work_at_pension_age_is_not_a_wish_to_work():
    told = profile(about_me=[{"text": "80 years old", "kind": "age", "value": 80}],
                   work_money=[{"text": "I worked in the mill for forty years", "status": "past", "terms": []}])
    assert "work" not in signals(told, "self", TODAY)
    younger = profile(about_me=[{"text": "50 years old", "kind": "age", "value": 50}],
                      work_money=[{"text": "I had to give up my job", "status": "past", "terms": ["job"]}])
    assert "work" in signals(younger, "self", TODAY)


def test_money_as_the_stated_goal_puts_welfare_benefits_first_with_the_reason():
    told = profile(goals=[{"text": "I want help with my bills"}], health=[{"text": "diabetes"}],
                   daily_living=[{"text": "I need help washing", "activities": ["washing"]}],
                   work_money=[{"text": "Money is tight", "terms": ["money is tight"]}])
    offers, _, reasons = ranked_ids(told)
    assert offers[0] == "welfare-benefits" and reasons["welfare-benefits"] == "money_goal"
    assert wording.reason(reasons["welfare-benefits"]) == "you want help with money"


def test_the_carers_assessment_only_for_someone_who_cares_for_someone():
    not_a_carer = profile(health=[{"text": "asthma"}], support_network=[{"text": "my wife is my carer",
                                                                         "relationship": "carer"}])
    assert "carers-assessment" in ranked_ids(not_a_carer)[1]
    looks_after = profile(support_network=[{"text": "I am his carer", "relationship": "carer"}])
    assert "carers-assessment" in ranked_ids(looks_after)[0]
    offers, held, reasons = ranked_ids(profile(health=[{"text": "dementia"}]), teller="carer")
    assert "carers-assessment" in offers and reasons["carers-assessment"] == "telling_as_carer"
    assert wording.reason("telling_as_carer", "Dave") == "you look after Dave"
    # A carer telling the person's story hears of the person's own needs first.
    money = profile(work_money=[{"text": "he is behind with his rent", "terms": ["behind with"]}])
    assert ranked_ids(money, teller="carer")[0][0] == "welfare-benefits"


def test_what_is_not_the_persons_own_is_no_reason():
    told = profile(health=[{"text": "ulcer", "about": "mother", "status": "family"}],
                   work_money=[{"text": "I do not work", "status": "negated", "terms": ["work"]},
                               {"text": "Are you working at the moment?: No", "question_key": "income.working"}])
    assert signals(told, "self", TODAY) == set()


def test_age_from_the_date_of_birth_on_the_day():
    told = profile(about_me=[{"text": "1945-12-03", "kind": "date_of_birth", "value": "1945-12-03"}])
    assert age_of(told, TODAY) == 80 and age_of(told, date(2026, 12, 3)) == 81
    assert age_of(profile(), TODAY) is None


def test_a_story_that_says_nothing_keeps_the_order_and_gives_no_reasons():
    offers, held, reasons = ranked_ids(profile())
    assert offers == [i for i in ALL if i not in ("carers-assessment", "employment-support")]
    assert held == ["carers-assessment", "employment-support"] and reasons == {}


def _gap(label: str, services: tuple[str, ...] = ("welfare-benefits",)):
    from bot.intake import Gap

    return Gap(key=f"form:welfare#{label}", section="work_money", type="boolean", label=label, question=label + "?",
               options=(), open=False, services=services)


WORKING, SAVINGS = _gap("Are you working"), _gap("Do you have savings over £16,000")


@pytest.mark.parametrize("told", [
    profile(about_me=[{"text": "88 years old", "kind": "age", "value": 88}]),  # too old to ask, whatever else
    profile(work_money=[{"text": "He is on his pension and gets attendance allowance"}]),
    profile(work_money=[{"text": "I am retired"}]),
])
def test_are_you_working_is_not_asked_of_someone_whose_working_life_is_over(told):
    """"Is Albert working?" was asked of an 88-year-old on his pension (a stranger on the stack, 2026-12-03)."""
    assert worth_asking([WORKING, SAVINGS], told, TODAY) == [SAVINGS]


@pytest.mark.parametrize("told", [
    profile(about_me=[{"text": "58 years old", "kind": "age", "value": 58}]),
    profile(work_money=[{"text": "my husband is retired"}]),  # his, not hers
])
def test_are_you_working_is_asked_of_someone_of_working_age(told):
    assert worth_asking([WORKING, SAVINGS], told, TODAY) == [WORKING, SAVINGS]


def test_employment_support_still_asks_about_work():
    asked = _gap("Are you working", ("employment-support", "welfare-benefits"))
    told = profile(about_me=[{"text": "80 years old", "kind": "age", "value": 80}])
    assert worth_asking([asked], told, TODAY) == [asked]


@pytest.mark.parametrize("age", [9, 15, 17])
def test_a_child_is_not_offered_adult_social_care_unless_it_is_named(age):
    """A stranger on the stack (session 22): a foster carer telling a 15-year-old's story was offered adult social care
    first. A child's story holds it back (given only when named), as employment support is for an 81-year-old."""
    told = profile(about_me=[{"text": f"{age} years old", "kind": "age", "value": age}],
                   daily_living=[{"text": "she needs help getting dressed"}], home=[{"text": "lives with foster carers"}])
    offers, held, _ = ranked_ids(told, teller="carer")
    assert "adult-social-care" in held and "adult-social-care" not in offers


@pytest.mark.parametrize("age", [18, 40])
def test_an_adult_who_needs_daily_help_is_offered_it_first(age):
    told = profile(about_me=[{"text": f"{age} years old", "kind": "age", "value": age}],
                   daily_living=[{"text": "she needs help getting dressed"}])
    offers, held, _ = ranked_ids(told, teller="carer")
    assert offers[0] == "adult-social-care" and "adult-social-care" not in held
