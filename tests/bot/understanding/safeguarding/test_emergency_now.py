"""A medical emergency going on now gets "call 999" first in the very next reply (a stranger, session 19: chest pain
"right now", a stroke as it happened and a mother collapsed and not waking got "Thank you, I have kept that", a
carer's help or the council's). The same things told as past, or now and then, are the story's, no alarm. Written
anew in the stranger's shapes."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import EMERGENCY_NOW


@pytest.fixture(scope="module")
def detector():
    return built()


NOW = ["crushing chest pain right now and i cant breathe", "i have pain in my left arm and chest right now",
       "i think im having a stroke my face has dropped and i cant lift my arm", "mum has collapsed and isnt waking up",
       "dad just collapsed in the kitchen", "my husband is not breathing", "shes fitting right now and it wont stop",
       "I think he is having a heart attack", "my nan has passed out and isnt responding",
       # a second reader (session 19): missed at first
       "my husband is having a heart attack", "I think my wife is having a stroke",
       "mum has collapsed on the stairs and is not waking up",
       "I had a stroke last year and I think I'm having another one now, my face has dropped",
       "he is on the floor and not responding", "help i cant breathe",
       # a last try on the stack (session 19)
       "my chest is really tight right now tbh"]
THEN = ["I had chest pain last year and had a stent put in", "she collapsed last week and was in hospital",
        "I get chest pain now and then", "i cant breathe well when i walk up hills", "he had a stroke in March",
        "I have weakness in my left arm.", "my face dropped when i had my stroke in 2019",
        "I used to have fits as a child", "my asthma means i sometimes cant breathe at night",
        # a second reader (session 19): an alarm at first
        "He is choking on his food more now, the speech therapist came.",
        "Mum has collapsed three times this year and now uses a frame.",
        "the speech therapist says there's a risk of choking so everything's chopped small now"]


@pytest.mark.parametrize("said", NOW)
def test_an_emergency_now_gets_999_first(detector, said):
    reply = detector.check(said).reply() or ""
    assert reply and EMERGENCY_NOW in reply and reply.index(EMERGENCY_NOW) < 120, reply


@pytest.mark.parametrize("said", THEN)
def test_the_same_told_as_past_or_now_and_then_is_no_emergency(detector, said):
    assert EMERGENCY_NOW not in (detector.check(said).reply() or ""), said
