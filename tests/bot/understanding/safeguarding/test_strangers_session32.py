"""What a stranger on the stack found in session 32: "My sister Julie checks on me by phone", said after a partner who
keeps her bank card, was heard as a phone checked and filed under risks; she is the one who helps."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


@pytest.mark.parametrize("said", ["My sister Julie checks on me by phone.", "my son checks on mum every day by phone",
                                  "The neighbour checks on mum in the evening"])
def test_someone_who_checks_on_the_person_is_no_control(detector, said):
    assert not detector.check(said).concern, said


@pytest.mark.parametrize("said", ["my sister checks on me by phone every hour to see where i am",
                                  "he checks my phone every night", "my husband checks on me all the time and reads my texts"])
def test_a_phone_checked_or_checking_where_is_still_heard(detector, said):
    assert "coercive_control" in detector.check(said).categories, said


def test_she_is_not_read_back_as_a_risk(structurer):
    profile = structurer.structure(["I live with my partner Gary in a flat.", "Gary keeps my bank card and gives me £10 "
                                    "a week, and he gets nasty if I ask for more.", "My sister Julie checks on me by phone."])
    risks = " ".join(i["text"] for i in profile["sections"]["risks"])
    assert "Gary keeps my bank card" in risks and "Julie" not in risks, risks
