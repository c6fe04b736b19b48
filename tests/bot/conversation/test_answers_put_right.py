"""A reply to a service's question put right in the same breath is sent as put right (a stranger on the stack, session
24: "3rd March 1940, no sorry, 1941" went to the community nurses as 1940; "44 Cedar Street, no sorry, 41 Cedar Street,
Leeds LS6 2AB" as 44 Cedar Street)."""
from __future__ import annotations

from datetime import date

import pytest

from bot.conversation.answers import check

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize("said, value", [("2nd May 1938, no sorry, 1939", "1939-05-02"),
                                         ("01/06/1950, sorry, 02/06/1950", "1950-06-02"),
                                         ("14 February 1947", "1947-02-14")])
def test_a_date_put_right_is_the_date_put_right(said, value):
    assert check("dob", said, TODAY) == value


@pytest.mark.parametrize("said, value", [
    ("18 Oak Road, no sorry, 16 Oak Road, Hull HU5 2AB", "16 Oak Road, Hull HU5 2AB"),
    ("18 Oak Road, sorry, 16, Hull HU5 2AB", "16 Oak Road, Hull HU5 2AB"),
    ("12 Example Street, Leeds LS1 4AP", "12 Example Street, Leeds LS1 4AP"),
])
def test_an_address_put_right_is_the_address_put_right(said, value):
    assert check("address", said, TODAY) == value


@pytest.mark.parametrize("said, value", [("3 March 1940 sorry I'm 86", "1940-03-03"),
                                         ("12/03/1941 sorry for the wait, been at hospital 2 days", "1941-03-12"),
                                         ("3/3/40 i mean 1940", "1940-03-03")])
def test_words_after_sorry_that_are_no_date_leave_the_date(said, value):
    """A second reader: each was refused once any digit after "sorry" was taken for the date."""
    assert check("dob", said, TODAY) == value
