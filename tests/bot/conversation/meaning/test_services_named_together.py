"""Every service a reply names is heard (bot/conversation/meaning/services.py): "the home adaptions one and my doctors
please" named only the GP, and "employment support. no wait, the GP. actually both" only the GP (a stranger, session 32).
A misspelt "adaptations" is still the service, and "both" said after a change of mind means both of those named."""
from __future__ import annotations

import pytest

from bot.conversation import meaning

EVERY = list(meaning.SERVICE_WORDS)


@pytest.mark.parametrize("text,services", [
    ("the home adaptions one and my doctors please", {"housing-adaptations", "gp-practice"}),
    ("home adaptions", {"housing-adaptations"}),
    ("the adaptaions people", {"housing-adaptations"}),
    ("employment support. no wait, the GP. actually both", {"employment-support", "gp-practice"}),
    ("the nurses. no sorry, the GP. both actually", {"community-nursing", "gp-practice"}),
    ("the benefits, no wait, the doctors. both of them please", {"welfare-benefits", "gp-practice"}),
])
def test_every_service_named_is_heard(text, services):
    assert set(meaning.services_named(text, EVERY)) == services


@pytest.mark.parametrize("text", ["employment support. no wait, the GP", "the nurses. no sorry, the GP",
                                  "the benefits. actually no, the GP"])
def test_a_change_of_mind_still_names_only_the_later(text):
    assert meaning.services_named(text, EVERY) == ["gp-practice"]
