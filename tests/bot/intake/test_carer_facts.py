"""A carer's assessment filled from a carer's story: the carer's own sections (their health, work,
how they are coping, what would help them, whether anyone else helps) and what they do for the person.
Through the real structurer and the real filler, on our carer's assessment form."""
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.intake.fill import fill
from bot.intake.forms import read_form

FORM = read_form(json.loads((Path(__file__).parent / "forms" / "carers-assessment.json").read_text()))


def _filled(structurer, text: str, relationship: str) -> dict:
    told = structurer.structure([text], teller="carer", relationship=relationship)
    return fill(FORM, told["sections"], relation=relationship).answers


def _codes(answers: list[dict]) -> set[str]:
    return {a["valueCoding"]["code"] for a in answers}


def test_the_carers_own_health_work_coping_and_wish_fill_their_own_section(structurer):
    answers = _filled(structurer, "its about my mum, she has alzheimers. i go in morning and night and do her tablets. "
                                  "i work full time at the hospital and ive got my own back problems, honestly im "
                                  "not coping, shes wandering at night. i need respite or more care hours for her",
                      "daughter")
    assert _codes(answers["carer.health"]) == {"Y"}
    assert _codes(answers["carer.work"]) == {"Y"}
    assert _codes(answers["caring.coping"]) == {"not-coping"}
    assert "respite" in answers["caring.help"][0]["valueString"]


def test_the_carers_own_back_is_not_the_persons_condition(structurer):
    told = structurer.structure(["my mum has dementia. ive got my own back problems, honestly im not coping, shes "
                                 "wandering at night"], teller="carer", relationship="daughter")
    assert [i["term"] for i in told["sections"]["health"] if i["about"] == "subject"] == ["dementia"]


def test_a_carer_listing_what_they_do_gives_each_task(structurer):
    answers = _filled(structurer, "I am writing for my husband Delroy. I do everything: him tablets, remind him to "
                                  "wash and dress, cook, all the paperwork and the money. Me is 63, still working "
                                  "part time in the school kitchen, and I have my own sugar diabetes and bad knees.",
                      "wife")
    assert _codes(answers["caring.tasks"]) == {"medicines", "personal-care", "meals", "money"}
    assert _codes(answers["carer.work"]) == {"Y"}
    assert _codes(answers["carer.health"]) == {"Y"}


@pytest.mark.parametrize("text, tasks", [
    ("i go in morning and night and do her tablets, her meals and her shopping, and agency carers come at lunch "
     "to wash her", {"medicines", "meals", "shopping"}),
    ("i do his injections wen his hands r shaky, the cookin, the shoppin n help him in the shower, bout 30 hours "
     "a week id say. nobody else helps.", {"medicines", "meals", "shopping", "personal-care"}),
])
def test_each_thing_in_a_carers_list_is_theirs_and_paid_carers_work_is_not(structurer, text, tasks):
    answers = _filled(structurer, "its about my dad, he has diabetes. " + text, "son")
    assert _codes(answers["caring.tasks"]) == tasks


def test_hours_and_no_one_else_helping_from_a_young_carers_list(structurer):
    answers = _filled(structurer, "im typin this for me dad. i do his injections wen his hands r shaky, the cookin, "
                                  "the shoppin n help him in the shower, bout 30 hours a week id say. nobody else helps. "
                                  "my asthma has been bad wiv the stress lol", "son")
    assert _codes(answers["caring.hours"]) == {"h20-34"}
    assert _codes(answers["caring.others"]) == {"N"}
    assert _codes(answers["carer.health"]) == {"Y"}


def test_nothing_of_the_carer_is_said_when_the_story_does_not_say_it(structurer):
    answers = _filled(structurer, "My dad has COPD and I do his shopping. He is fine in himself and I am fine too.",
                      "son")
    for link_id in ("carer.health", "carer.work", "caring.coping", "caring.help", "caring.others"):
        assert link_id not in answers, link_id


def test_a_carer_who_gave_up_work_is_not_in_paid_work(structurer):
    answers = _filled(structurer, "I look after my wife who has MS. I gave up my job to care for her.", "husband")
    assert _codes(answers["carer.work"]) == {"N"}


def test_their_age_is_worked_out_from_the_date_of_birth_given(structurer):
    told = structurer.structure(["its about my mum Eileen Parry dob 14/11/38, she has alzheimers"], teller="carer",
                                relationship="daughter")
    answers = fill(FORM, told["sections"], relation="daughter", now=datetime(2026, 12, 4, tzinfo=timezone.utc)).answers
    assert answers["cared.age"] == [{"valueInteger": 88}]
    before_birthday = fill(FORM, told["sections"], relation="daughter",
                           now=datetime(2026, 11, 13, tzinfo=timezone.utc)).answers
    assert before_birthday["cared.age"] == [{"valueInteger": 87}]


def test_an_age_said_is_kept_and_no_birth_date_gives_no_age(structurer):
    said = structurer.structure(["my dad is 84, born 1 May 1950, he has COPD"], teller="carer", relationship="son")
    assert fill(FORM, said["sections"], relation="son", now=datetime(2026, 12, 4, tzinfo=timezone.utc)
                ).answers["cared.age"] == [{"valueInteger": 84}]
    none = structurer.structure(["my dad has COPD"], teller="carer", relationship="son")
    assert "cared.age" not in fill(FORM, none["sections"], relation="son",
                                   now=datetime(2026, 12, 4, tzinfo=timezone.utc)).answers


def test_the_carers_own_mobile_is_their_number_beside_the_house_phone(structurer):
    answers = _filled(structurer, "I am writing for my husband Delroy, I do everything for him. House phone "
                                  "0117 496 0772, my mobile 07700 900418.", "wife")
    assert answers["carer.phone"] == [{"valueString": "07700 900418"}]


PROFILE = read_form(json.loads((Path(__file__).parent / "forms" / "social-care-profile.json").read_text()))


def _daily_help(structurer, text: str, teller: str = "self", relationship: str | None = None) -> set[str]:
    told = structurer.structure([text], teller=teller, relationship=relationship)
    return _codes(fill(PROFILE, told["sections"], relation=relationship,
                       own_story=teller == "self").answers.get("/daily/help", []))


def test_what_others_do_for_the_person_is_what_they_need_help_with(structurer):
    assert _daily_help(structurer, "My neighbour Tom does a bit of shopping for me. What I'd want is help getting "
                                   "washed, the bath has me beat.") == {"shopping", "washing"}
    assert _daily_help(structurer, "its about my mum, she has alzheimers. i go in morning and night and do her "
                                   "tablets, her meals and her shopping, and agency carers come at lunch to wash her",
                       "carer", "daughter") == {"medicines", "meals", "shopping", "washing"}
    assert _daily_help(structurer, "I look after my husband Delroy. I do everything: him tablets, remind him to wash "
                                   "and dress, cook, all the paperwork and the money.", "carer", "wife") == \
        {"medicines", "washing", "dressing", "meals"}


def test_shopping_done_for_the_teller_themselves_is_no_need_of_the_person(structurer):
    assert _daily_help(structurer, "I look after my dad, he has COPD. My husband does my shopping for me as I work.",
                       "carer", "daughter") == set()


def test_what_would_help_the_carer_said_as_a_wish(structurer):
    answers = _filled(structurer, "I look after my husband Delroy, he had a head injury. I'm struggling. What would "
                                  "help me is a break, even one day a week.", "wife")
    assert _codes(answers["caring.coping"]) == {"struggling"}
    assert "a break" in answers["caring.help"][0]["valueString"]


def test_the_carer_telling_the_story_is_the_persons_carer_by_who_told_it(structurer):
    told = structurer.structure(["im typin this for me dad. i do his injections, the cookin, the shoppin n help him "
                                 "in the shower. nobody else helps."], teller="carer", relationship="son")
    answers = fill(PROFILE, told["sections"], relation="son").answers
    assert answers["/support/carer/relationship"] == [{"valueString": "son"}]


@pytest.mark.parametrize("text", [
    "I look after my mum, she has dementia. I have my own house round the corner.",
    "I look after my mum, she has dementia. I work hard to keep her safe. I left work early on Friday to take her.",
    "I look after my mum, she has dementia. Its just me and her in the house.",
    "hi im ok im 15 and i look after my mum, she has dementia.",
])
def test_ordinary_words_of_a_carer_say_nothing_of_their_health_work_help_or_name(structurer, text):
    answers = _filled(structurer, text, "daughter")
    for link_id in ("carer.health", "carer.work", "caring.others", "carer.name"):
        assert link_id not in answers, link_id
