"""Hourglass is the helpline for abuse of older people: a stranger (session 17) who wrote "im 19 and my dad takes my
universal credit" was given it. An adult who says they are under 60 gets the rest of the help without it; an older
person, or one whose age is not said, keeps it."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import HOURGLASS, SAFEGUARDING_TEAM
from bot.understanding.safeguarding.context import an_adult_under_60


@pytest.fixture(scope="module")
def detector():
    return built()


YOUNGER = ["im 19 and my dad takes my universal credit", "my mum takes my pip money and i am 22",
           "I'm twenty three and my brother keeps stealing from my purse", "my carer takes money from my card, I am 45"]
OLDER_OR_UNSAID = ["my son takes my pension and i am 82", "my son takes all my money",
                   "im 65 and my grandson keeps taking money from my purse", "I am 5 foot tall and my son takes my money"]


@pytest.mark.parametrize("said", YOUNGER)
def test_an_adult_under_60_is_not_offered_the_helpline_for_older_people(detector, said):
    found = detector.check(said)
    assert "financial_abuse" in found.categories or "care_abuse" in found.categories, said
    reply = found.reply() or ""
    assert HOURGLASS not in reply and SAFEGUARDING_TEAM in reply and "999" in reply, reply


@pytest.mark.parametrize("said", OLDER_OR_UNSAID)
def test_an_older_person_or_one_whose_age_is_unsaid_keeps_it(detector, said):
    found = detector.check(said)
    assert HOURGLASS in (found.reply() or ""), said


def test_an_age_said_in_an_earlier_message_counts(detector):
    found = detector.told_by_a_child(detector.check("my dad takes my universal credit every month"), ["hi im 21"])
    assert found.younger and not found.a_child and HOURGLASS not in (found.reply() or "")


@pytest.mark.parametrize("said, under_60", [("i am 59", True), ("im eighteen", True), ("I'm 60", False),
                                            ("im 17", False), ("I'm 25 years married", False), ("im 30kg", False)])
def test_the_writers_age(said, under_60):
    assert an_adult_under_60(said) is under_60


@pytest.mark.parametrize("said, before", [("my mum is 85 and im 50, her carer takes her money", []),
                                          ("her carer takes her pension", ["im 45, writing about my mum"])])
def test_an_older_person_harmed_keeps_it_whatever_the_writers_age(detector, said, before):
    """A second reader (session 18): the writer's own age took Hourglass from the help for an 85-year-old's money."""
    found = detector.told_by_a_child(detector.check(said), [said, *before])
    assert not found.younger and HOURGLASS in (found.reply() or "")


def test_an_adult_under_60_whose_money_is_taken_gets_the_domestic_abuse_helpline(detector):
    # economic abuse by someone close is domestic abuse: "Gary keeps my bank card and gives me £10 a week" from a woman of
    # 52 got the helpline for older people, and no helpline of her own (a stranger, session 32)
    from bot.understanding.safeguarding.categories import DOMESTIC_ABUSE

    reply = detector.check("im 34 and my brother takes my universal credit every month").reply() or ""
    assert DOMESTIC_ABUSE in reply and HOURGLASS not in reply, reply
    assert DOMESTIC_ABUSE not in (detector.check("my son takes my pension and i am 82").reply() or "")


@pytest.mark.parametrize("said, under_60", [
    ("I'm Sarah Mitchell, 52. I have COPD and anxiety.", True),
    ("im Dan, 23, i live in my mates flat", True),
    ("My name is Ali Khan, 34 years old", True),
    ("I'm Joan Smith, 82.", False),
    ("I'm Tom, 45 stone and struggling", False),
])
def test_the_age_said_after_the_writers_name(said, under_60):
    assert an_adult_under_60(said) is under_60
