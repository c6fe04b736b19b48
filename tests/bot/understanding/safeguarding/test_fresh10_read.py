"""What the tenth fresh held-out set's writer (session 25) wrote and the detector missed, read and heard again in new
words (the set is marked read in data/safeguarding/README.md): a visit not needed "by then"; a black eye explained in
case anyone asks; told they are nothing without him ("and happen he's right" is no matter settled); kept on a short
lead; the history on the laptop checked; a carer who goes out when he starts and does not trust their hands; someone
trying the door at night, a poker across the knees (each missed before). The near misses beside each stay quiet; and
a screening question answered no is a denial, answered gently, not an alarm."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


HEARD = [
    ("suicidal", "can you sort out who has my budgie, and cancel the chiropodist, I won't be needing her by then"),
    ("domestic_abuse", "there's a black eye in my photo so if anyone asks it was the cupboard door. It wasn't."),
    ("coercive_control", "She tells me I'm useless without her and happen she's right."),
    ("coercive_control", "he keeps me on a short leash, I have to ask before I go anywhere"),
    ("coercive_control", "Sorry for the short message, he goes through the history on my phone every night."),
    ("carer_breaking_point", "When mum starts screaming I have to walk out, I don't trust myself with her any more"),
    ("not_safe_at_home", "somebody keeps trying my front door handle at night, four times this month"),
    ("not_safe_at_home", "I sleep in the chair with a hammer by my side since the break in next door"),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(detector, kind, said):
    found = detector.check(said)
    assert kind in found.categories, (said, found.categories)


# the six the detector of c598a37 missed, as their writer wrote them (each missed before)
AS_WRITTEN = [
    ('suicidal', "Is there a way of putting on here who gets the cat? And you can cancel the home visit for next month, I won't be needing it by then."),
    ('domestic_abuse', "Bit of a black eye in the photo I've uploaded so if anyone asks that's why. Walked into something. Well. Someone. Doesn't matter really."),
    ('coercive_control', "He's got me on a short lead, love. Can't nip to t' shop without him timin' me. Says I'm nowt without him and happen he's right."),
    ('coercive_control', "I'll have to keep this short, he checks the history on the laptop. Can you make sure nothing comes by post. Texts are fine but nothing that says what it's about."),
    ('carer_breaking_point', "I've taken to going out and standing in the garden for a bit when he starts, because I don't trust my hands any more. How long is the wait for respite?"),
    ('not_safe_at_home', "Someone's been trying my back door at night, three times now, and the lock's broken. I'm on my own and I sit up in the chair with the poker across my knees. The housing association says it's on the list."),
]


@pytest.mark.parametrize("kind, said", AS_WRITTEN)
def test_heard_as_written(detector, kind, said):
    assert kind in detector.check(said).categories, said


QUIET = [
    "the dog walks on a short lead because he pulls",
    "my son checks my phone for scam texts, he is very good like that",
    "I don't trust my hands with the kettle since the tremor got worse",
    "the locksmith tried the door and said the lock needs changing",
    "the black eye is from my fall, the GP has seen it",
    # a second reader of the first forms of these rules (session 25)
    "We won't be needing the wheelchair by then hopefully",
    "She'll not be needing the stairlift by then as she's moving to a bungalow",
    "When dad starts asking the same question over and over I can't trust my memory either",
    "My son checks my search history on the iPad to make sure I'm not getting scammed, he set it up for me",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(detector, said):
    assert not detector.check(said).concern, said


@pytest.mark.parametrize("said", [
    "the nurse asked me the usual question, do i ever think of ending my life, and i said no, which is the truth",
    "My GP asked whether anyone had ever touched me without my consent and I said no.",
])
def test_a_screening_question_answered_no_is_a_gentle_denial(detector, said):
    found = detector.check(said)
    assert not found.concern and found.negated, (said, found)


def test_a_screening_no_taken_back_is_heard(detector):
    said = "the nurse asked if i have thoughts of ending my life and i said no but honestly i think about it every night"
    assert "suicidal" in detector.check(said).categories


@pytest.mark.parametrize("kind, said", [
    # (a second reader: a question asked and answered no, then the disclosure after it)
    ("suicidal", "The nurse asked if I wanted a cup of tea and I said no, I want to kill myself."),
    ("domestic_abuse", "Social worker asked me if things are better and we said no, he still hits her"),
    # (a third reader: a "no" said with why, hiding it)
    ("suicidal", "asked if I have thought about killing myself I said no cos I didnt want them to section me"),
])
def test_a_disclosure_after_a_no_to_another_question_is_heard(detector, kind, said):
    assert kind in detector.check(said).categories, said
