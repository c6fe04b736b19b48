"""A carer's answers a stranger gave on the stack (session 18) that were told to two council services as an untrue legal
basis: "we did the power of attorney thing for his money when he was first diagnosed, not sure about the health one"
became a lasting power of attorney for health and welfare, and "he knows sometimes, some days he doesnt know who i am"
became "the person knows"."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.carer import basis_of, knows_of


@pytest.mark.parametrize("text", ["we did the power of attorney thing for his money when he was first diagnosed, not sure "
                                  "about the health one", "lpa for her money, no idea about the welfare one",
                                  "the money one, i dont know about the health one"])
def test_a_power_of_attorney_for_money_with_the_health_one_unsure_is_for_money(text):
    assert basis_of(text) == "lpa_property_finance"


@pytest.mark.parametrize("text", ["he knows sometimes, some days he doesnt know who i am", "she sort of knows",
                                  "it depends on the day", "not always"])
def test_knowing_now_and_then_is_asked_again(text):
    assert knows_of(text) is None


def test_plain_answers_are_as_before():
    assert knows_of("yes she knows") == "yes" and knows_of("no not yet") == "no"
    assert basis_of("the health and welfare one") == "lpa_health_welfare"
    assert basis_of("power of attorney for his money") == "lpa_property_finance"


@pytest.mark.parametrize("text", ["yes but my family keep my money", "my family keep my money from me"])
def test_a_harm_said_with_the_parts_names_is_no_choosing_of_parts(text):
    """A second reader (session 18): these were quiet at the consent question, with no help at all."""
    from bot.conversation.meaning.consent import only_about_parts

    assert not only_about_parts(text)


@pytest.mark.parametrize("text, named", [("yes im happy for people to see it", []),
                                         ("only the people who need to know", []),
                                         ("i said not the people ones", ["support_network"]),
                                         ("not the people and not my meds", ["medications", "support_network"])])
def test_people_alone_is_not_the_supports(text, named):
    from bot.conversation.meaning.consent import sections_named

    assert sections_named(text) == named
