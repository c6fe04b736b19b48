"""A carer giving the person they look after more of a medicine than prescribed, to make them sleep or quiet
("givin her extra of her oramorph so she sleeps thru": a stranger on the stack, session 18, got the help for a carer
and no word of 999 or A&E). The person given it may be in danger now: 999 and A&E for them come first, then the
help for a carer at breaking point. Extra given as a nurse or the hospice said, or a usual dose, is no alarm.
The sentences are written anew in the shapes the stranger used."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding.categories import CARERS_UK, OVERDOSE_GIVEN, OVERDOSE_TAKEN


@pytest.fixture(scope="module")
def detector():
    return built()


GIVEN = ["givin her extra of her oramorph so she sleeps thru",
         "ive been giving mum double her sleeping tablets so she doesnt wake up",
         "i gave him 20 of his co-codamol to shut him up",
         "i crush extra zopiclone into his tea so he stays asleep",
         "been putting a couple extra of her lorazepam in her tea to calm her down",
         "I gave Dad a whole strip of his tramadol last night so I could get some sleep",
         "i give nan more of her diazepam than shes meant to have so she leaves me alone",
         # a stranger (session 19): missed at first
         "i double up his zopiclone some nights so i get a break",
         "sometimes i give him 2 of the quetiapine instead of 1 so he settles",
         "i put some of my diazepam in his drink when hes bad",
         "ive been doubling up her lorazepam so i can get some peace",
         "i slip some of my sleeping tablets in her tea at night",
         # a stranger (session 19): the giving unsaid, the dose and why said, as a carer answers
         "3 of her zopiclone so she sleeps thru",
         "usually 4 of his lorazepam so he settles down",
         # a second reader (session 35): a box named, and a lot given at once
         "I gave him the whole dosette box in one go",
         "I give him 10 of his tablets from the pill box at once",
         "sometimes five of her diazepam so i get some peace"]
USUAL = ["the nurse said i can give her extra oramorph when the pain is bad",
         "I give him his tablets every morning",
         "i gave her 2 paracetamol for her head",
         "the GP doubled his sertraline last month",
         "I give mum her 10 tablets each morning from the dosette box",
         # a stranger (session 35): a week's doses sorted got the help for an overdose given
         "He gets muddled with his pills so I put them in a dosette box on a Sunday",
         "she forgets her tablets so i put them in a pill box",
         "the hospice told me to give him an extra dose of morphine if he's in pain at night",
         "the district nurse gives her extra insulin when her sugars are high",
         "i give him his sleeping tablet at 10 so he sleeps through",
         "She gave me 20 quid for her shopping",
         "the gp increased his quetiapine to 2 a night last month and i give him them",
         "i crush his tablets into his yoghurt because he cant swallow them, the pharmacist said its fine",
         "i give him 2 paracetamol instead of 1 when his back is bad like the gp said",
         "i double check his tablets every morning",
         "2 of her paracetamol so she sleeps thru the pain",
         "3 of his lactulose so he goes, the nurse said",
         "she takes 3 of her tablets at night so she sleeps"]


@pytest.mark.parametrize("said", GIVEN)
def test_extra_given_to_the_person_cared_for_gets_999_and_a_and_e_for_them_first(detector, said):
    found = detector.check(said)
    assert found.concern and not found.tentative, said
    reply = found.reply() or ""
    assert reply.startswith(found.reply().split(". ")[0])
    assert OVERDOSE_GIVEN in reply and OVERDOSE_TAKEN not in reply, reply
    assert reply.index(OVERDOSE_GIVEN) < reply.index(CARERS_UK), reply


@pytest.mark.parametrize("said", USUAL)
def test_a_usual_or_advised_dose_given_is_no_overdose(detector, said):
    found = detector.check(said)
    assert OVERDOSE_GIVEN not in (found.reply() or ""), said
