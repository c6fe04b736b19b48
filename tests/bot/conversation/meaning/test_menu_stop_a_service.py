"""bot/conversation/meaning/returning.py: "I want to stop the employment one" at the returning menu got
"Sorry, I did not catch that." (a stranger on the stack, 2026-12-04): a service named to stop is the stop
choice, and which service it is is read from the same words."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.conversation import meaning

SHARING = [SimpleNamespace(id="employment-support"), SimpleNamespace(id="gp-practice")]


@pytest.mark.parametrize("said, which", [("I want to stop the employment one", "employment-support"),
                                         ("stop the GP please", "gp-practice"),
                                         ("can you stop the work people", "employment-support")])
def test_a_service_named_to_stop_is_the_stop_choice(said, which):
    assert meaning.menu_choice(said) == "stop"
    found = meaning.match_service(said, SHARING)
    assert found is not None and found.id == which


@pytest.mark.parametrize("said", ["I had to stop my job", "i stopped work last month"])
def test_a_change_in_the_story_is_no_stop(said):
    assert meaning.menu_choice(said) != "stop"
