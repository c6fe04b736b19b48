"""'hi its me again', the commonest greeting of someone coming back, got the Domestic Abuse Helpline (a
stranger, session 12); 'he hit me again' and its near twins are still heard."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["hi its me again", "its me again", "me again", "hi its me agen"])
def test_me_again_is_no_disclosure(listening, text):
    assert not listening.check(text).concern


@pytest.mark.parametrize("text", ["its me again, he hit me again last night", "my husband hit me again",
                                  "me again, hes been hitting me again"])
def test_being_hit_again_is_heard(listening, text):
    assert listening.check(text).concern
