"""Someone else's overdose going on now (a stranger on the stack, session 24: a rough sleeper typed "the lad next to me
Kev wont wake up properly and his lips have gone blue, he took something earlier", then "I think hes overdosed what do
i do", and got the Samaritans with "If you might act on these thoughts now", as if the thoughts were the writer's, and
no 999): 999 first, and 999 or A&E for them; no line that speaks of the writer's own thoughts. Written anew."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import EMERGENCY_NOW, OVERDOSE_GIVEN


@pytest.fixture(scope="module")
def detector():
    return built()


THEIRS_NOW = ["my flatmate wont wake up and her lips are turning blue, she took a load of pills",
              # a second reader of the first narrowing of these rules (session 24): each lost its 999 then
              "my husband took all his tablets and i cant wake him up",
              "i think hes overdosed on his insulin", "she has taken an overdose of her tablets",
              "think hes taken too much of his methadone", "his lips have gone blue he took something earlier",
              "i think my brother has overdosed, hes breathing funny and wont wake",
              "my mate has just taken an overdose, what do i do",
              "cant wake him up, his lips have gone grey, he had something earlier"]


@pytest.mark.parametrize("said", THEIRS_NOW)
def test_someone_elses_overdose_now_gets_999_for_them(detector, said):
    found = detector.check(said)
    reply = found.reply() or ""
    assert found.emergency and EMERGENCY_NOW in reply and OVERDOSE_GIVEN in reply, (said, reply)
    assert "If you might act" not in reply, reply


@pytest.mark.parametrize("said", ["I cant wake her up for school in the mornings, teenagers",
                                  "my lips go blue in the cold because of my raynauds",
                                  "my son overdosed years ago but he is doing really well now",
                                  # a second reader of the first form of this rule (session 24)
                                  "My sister has taken too much on caring for dad as well as her job",
                                  "I think he's taken something from my purse again",
                                  "I reckon she's taken something, money keeps going missing",
                                  "my son wont wake up till 12, hes a teenager",
                                  "I couldnt wake up this morning and missed the carers",
                                  "her lips are going blue when she gets cold, she has raynauds",
                                  "when he had the fit his lips turned blue, that was in hospital"])
def test_the_same_words_that_tell_no_overdose_now_are_no_emergency(detector, said):
    assert not detector.check(said).emergency, said


def test_the_writers_own_thoughts_beside_someone_elses_overdose_stay_theirs(detector):
    """A second reader: "... I think hes overdosed, and honestly I want to die too" got "If they might act"."""
    reply = detector.check("the lad next to me wont wake up, I think hes overdosed, and honestly I want to die too").reply()
    assert reply and "If you might act" in reply and OVERDOSE_GIVEN in reply
