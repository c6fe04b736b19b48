"""Code typed at the name question is no name: "'; DROP TABLE people; --" was "Their name is Drop Table People" in
every later reply (a stranger on the stack, session 24); the name is asked again instead."""
from __future__ import annotations

import pytest

from bot.conversation.meaning.carer import name_of
from bot.conversation.meaning.words import looks_like_code


@pytest.mark.parametrize("said", ["'; DROP TABLE people; --", "Robert'); DROP TABLE Students;--",
                                  "<script>alert(1)</script>", "admin' OR '1'='1", "{{7*7}}", "${jndi:ldap://x}",
                                  "SELECT * FROM people"])
def test_code_is_no_name(said):
    assert looks_like_code(said)
    assert name_of(said) is None


@pytest.mark.parametrize("said, name", [("Mary O'Neil", "Mary O'Neil"), ("Jean-Paul Drop", "Jean-Paul Drop"),
                                        ("her name is Selina Fromm", "Selina Fromm")])
def test_names_with_quotes_dashes_and_those_words_are_names(said, name):
    assert not looks_like_code(said)
    assert name_of(said) == name
