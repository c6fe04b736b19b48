"""Who to phone, said with an everyday reason ("ring me not him he wont answer": a stranger on the stack, session 18,
got the Domestic Abuse Helpline, the classifier alone at 0.96), is an answer about how to get in touch: no alarm.
The same wish said because someone reads the phone, or is feared, is heard as ever. Written anew in those shapes."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


EVERYDAY = ["ring me not him he wont answer", "call me not my husband, he never picks up",
            "text me rather than her, shes deaf", "ring me on 07700 900123 not my dad, hes hard of hearing",
            "phone me instead of mum she gets confused on the phone", "contact me not him, hes at work all day",
            "pls ring me not my wife she cant hear the phone", "call me not him, he doesnt have a mobile"]
WARNING = ["ring me not him he checks my phone", "call me not my husband, he reads my messages",
           "ring me not him, im scared of him", "text me not him, he cant know im doing this",
           "ring me not him he wont let me use the phone", "call me not him, he hits me"]


@pytest.mark.parametrize("said", EVERYDAY)
def test_who_to_phone_with_an_everyday_reason_is_no_alarm(detector, said):
    assert not detector.check(said).concern, said


@pytest.mark.parametrize("said", WARNING)
def test_who_to_phone_because_of_someone_who_harms_is_heard(detector, said):
    assert detector.check(said).concern, said
