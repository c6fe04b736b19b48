"""The help suited to who is at risk and who does the harm (a stranger on the stack, session 22): a carer worried about
someone else's thoughts of suicide was told "If you might act on these thoughts now"; staff in supported living who lock
a man in were answered with the Domestic Abuse Helpline; a brother of 34 harmed by staff got Hourglass, the helpline for
older people; and two lines each said to call 999."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import DOMESTIC_ABUSE, HOURGLASS, SAFEGUARDING_TEAM, SAMARITANS


@pytest.fixture(scope="module")
def detector():
    return built()


ANOTHERS_THOUGHTS = ["my daughter has been telling everyone she wants to kill herself",
                     "dad keeps saying he'd be better off dead and hes been looking up how to do it",
                     "my partner tried to hang himself last week and came home from hospital yesterday"]


@pytest.mark.parametrize("said", ANOTHERS_THOUGHTS)
def test_someone_elses_thoughts_of_suicide_are_spoken_of_as_theirs(detector, said):
    found = detector.check(said)
    assert "suicidal" in found.categories, said
    reply = found.reply() or ""
    assert SAMARITANS in reply and "If they might act on these thoughts now, call 999." in reply, reply
    assert "If you might act" not in reply, reply


def test_someone_elses_self_harm_is_spoken_of_as_theirs(detector):
    reply = detector.check("my son told me hes been cutting himself and i dont know how to help him").reply() or ""
    assert SAMARITANS in reply and "If they are in danger now, call 999." in reply and "If you are" not in reply, reply


@pytest.mark.parametrize("said", ["i keep thinking about killing myself", "my son says he wants to die and honestly so do i",
                                  "i want to end it, my husband doesnt know",
                                  "my wife keeps saying she wants to die and i feel like ending it myself too",
                                  "she says she would be better off dead and me too to be honest"])
def test_the_writers_own_thoughts_stay_the_writers(detector, said):
    reply = detector.check(said).reply() or ""
    assert "If you might act on these thoughts now, call 999." in reply, reply


def test_one_line_says_call_999_for_the_writer(detector):
    found = detector.check("i cant do this anymore looking after dad, some days i think about ending it all myself")
    assert {"suicidal", "carer_breaking_point"} <= set(found.categories), found.categories
    reply = found.reply() or ""
    assert reply.count("call 999") == 1, reply


PAID_STAFF = ["the staff at her care home shut her in her bedroom and scream at her",
              "his support workers at the supported living lock the fridge and push him about",
              "the night staff at my sons placement slapped him, he has autism and is 27",
              "the support staff at his flat lock him in his bedroom and shout at him",
              "the staff in her group home keep her locked in and wont let her phone us"]


@pytest.mark.parametrize("said", PAID_STAFF)
def test_harm_by_paid_staff_gets_the_help_for_abuse_by_carers(detector, said):
    found = detector.check(said)
    assert "care_abuse" in found.categories, (said, found.categories)
    assert not {"domestic_abuse", "coercive_control"} & set(found.categories), (said, found.categories)
    reply = found.reply() or ""
    assert SAFEGUARDING_TEAM in reply and DOMESTIC_ABUSE not in reply, reply


@pytest.mark.parametrize("said", ["my husband hits me and the carers saw it happen",
                                  "the carer told me my son pushes me around when she is not there"])
def test_a_partner_or_relative_who_harms_keeps_the_help_for_domestic_abuse(detector, said):
    reply = detector.check(said).reply() or ""
    assert DOMESTIC_ABUSE in reply, reply


@pytest.mark.parametrize("said", ["my sister is 41 and has downs syndrome, the staff at her home hit her",
                                  "my son is 23 and his carer takes money from his bank card"])
def test_a_younger_adult_harmed_is_not_offered_the_helpline_for_older_people(detector, said):
    found = detector.check(said)
    assert found.concern, said
    reply = found.reply() or ""
    assert HOURGLASS not in reply and SAFEGUARDING_TEAM in reply, reply


@pytest.mark.parametrize("said", ["my mum is 88 and her carer takes money from her purse",
                                  "my son is 40 and he takes my pension every week",
                                  "my nephew is 30 and the carer hit my aunt"])
def test_an_older_person_or_the_harmers_age_keeps_it(detector, said):
    """The age said may be the harmer's ("my son is 40 and he takes my pension"): only the age of the one harmed,
    where no older age is said, takes Hourglass away."""
    reply = detector.check(said).reply() or ""
    assert HOURGLASS in reply, reply


# A second reader of session 23: the first form of `theirs`, the harmed one's age and the paid staff check, in new words
@pytest.mark.parametrize("said", ["he walked out on us last month. dont see the point in carrying on",
                                  "ill do it tonight after the kids are asleep. he wont notice",
                                  "she left me. going to swallow every tablet in the house tonight",
                                  "mum keeps saying shed be better off gone and so would i to be honest",
                                  "he makes me want to die", "she makes me feel like ending it all"])
def test_the_writers_own_thoughts_beside_someone_else_named_stay_the_writers(detector, said):
    found = detector.check(said)
    assert "suicidal" in found.categories, (said, found.categories)
    reply = found.reply() or ""
    assert "If they" not in reply, reply


def test_the_writers_own_danger_beside_someone_elses_thoughts_stays_the_writers(detector):
    reply = detector.check("my brother says he wants to kill himself and my boyfriend punches me").reply() or ""
    assert "If they might act on these thoughts now" in reply and "If you are in danger now, call 999." in reply, reply


@pytest.mark.parametrize("said", ["the carer who is 24 pinches my nan and shouts at her, she has dementia",
                                  "my dad is in his late eighties and the agency carer, who is 21, takes money from his wallet",
                                  "my elderly aunt's carer is 35 and she slaps her"])
def test_the_age_of_who_harms_or_an_older_age_said_otherwise_keeps_hourglass(detector, said):
    reply = detector.check(said).reply() or ""
    assert HOURGLASS in reply, (said, reply)


@pytest.mark.parametrize("said", ["my mums carer pushes her about and so does my brother",
                                  "her support worker hits her and her boyfriend does too"])
def test_a_relative_who_harms_besides_paid_staff_keeps_the_domestic_abuse_line(detector, said):
    reply = detector.check(said).reply() or ""
    assert DOMESTIC_ABUSE in reply, (said, reply)
