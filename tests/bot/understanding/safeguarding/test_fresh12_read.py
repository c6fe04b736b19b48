"""What the twelfth fresh held-out set's writer (session 27) wrote and the detector missed, read and heard again in new
words (the set is marked read in data/safeguarding/README.md): money gone and the one who has it "says I agreed"; savings
another spends on themselves "out of" the person's; emergency contraception after what "wasn't my choice"; a child
struck "round the head". And a stranger's (session 27): a plan, and things that "won't matter soon", played down with
"its fine" and "lol". Then its rule-raised false alarms: what another says was agreed, an errand run with a pension, the
change brought back, every penny shown, "a lot" (each alarmed before). A second reader's findings on the first forms of
these rules (session 27) are tested last: each of those was heard, or quiet, before."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built


@pytest.fixture(scope="module")
def detector():
    return built()


HEARD = [
    ("financial_abuse", "Two grand has gone out of my account since she moved in and she claims I said she could"),
    ("financial_abuse", "my cousin paid for himself a holiday out of my nan's savings and nan has no idea"),
    ("domestic_abuse", "my stepdad clipped me round the ear again last night"),
    ("suicidal", "honestly its fine. nothing will matter soon, ive got a plan sorted for friday"),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(detector, kind, said):
    assert kind in detector.check(said).categories, said


# the writer's own words, and the stranger's (each missed before)
AS_WRITTEN = [
    ("financial_abuse", "A nice young man from the church started helping with my shopping and somehow now he's on my "
                        "bank account. Four thousand has gone this month and he says I agreed to it."),
    ("financial_abuse", "Is it normal for someone with power of attorney to buy themselves a car out of the person's "
                        "savings? Just wondering. It's my gran's money and she doesn't know."),
    ("child_at_risk", "lol im fine just my dad cracked me round the head again cos i was late in. im 14 so cant even leave"),
    ("suicidal", "nah its fine. wont matter soon anyway, got a plan for the weekend if u know what i mean lol"),
]


@pytest.mark.parametrize("kind, said", AS_WRITTEN)
def test_heard_as_written(detector, kind, said):
    assert kind in detector.check(said).categories, said


QUIET = [
    "the money went on the new kitchen, my wife says i agreed to it and i did",
    "my daughter takes my pension to the post office for me on mondays",
    "he cracked me up last night, we were in stitches",
    "got a plan for the weekend if u know what i mean, date night with the missus lol",
    "my home help takes my card to the co-op and brings me back the change and the receipt",
    "my son has power of attorney and he shows me every penny",
    "my knees give way a lot and i use a frame indoors",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(detector, said):
    assert not detector.check(said).concern, said


@pytest.mark.parametrize("kind, said", [
    ("sexual_abuse", "he raped me at 17 and hes still around, im 19 now"),
    ("domestic_abuse", "my uncle abused me when i was 8. im 40 now and ive never told anyone"),
    ("domestic_abuse", "my stepdad hit me when i was 12, im 17 now and he still does"),
    ("financial_abuse", "my son takes my pension to the post office for me and keeps half of it"),
    ("suicidal", "my brother died by suicide last year and i think about doing the same"),
    ("suicidal", "my son died by suicide in march and i just want to be with him"),
    ("care_abuse", "my carer takes my card to the shop and the change is always short"),
    ("exploitation", "that lot use my flat to sell from and i cant stop them"),
])
def test_what_the_new_guards_must_not_quieten(detector, kind, said):
    assert kind in detector.check(said).categories, said



# A second reader (session 27): what the first forms of these rules misheard, old against new
@pytest.mark.parametrize("kind, said", [
    ("suicidal", "my mum died by suicide and I have tablets saved up"),
    ("suicidal", "lost my wife to suicide, I have a rope in the garage"),
    ("suicidal", "I got a referral to mental health because I want to kill myself"),
    ("self_harm", "the GP did a referral cos i keep cutting myself"),
    ("child_at_risk", "raped at 11, im 16 now"),
    ("suicidal", "i was raped at 17 im 34 now and i want to die"),
    ("financial_abuse", "he shows me every penny then takes it off me"),
    ("financial_abuse", "he takes my pension to the post office for me and gambles it"),
])
def test_still_heard(detector, kind, said):
    assert kind in detector.check(said).categories, said


@pytest.mark.parametrize("said", [
    "It doesn't matter how long it takes, the physio has a plan for me",
    "doesnt matter as long as the care plan is sorted",
    "the rain won't matter soon, we have a plan to go indoors",
    "I went to the hospital and the nurse says I signed the consent form",
    "My hearing is going, my husband reckons I said yes to the party",
    "They treated themselves to a holiday out of the inheritance from their dad",
    "she sorted herself out, pays her bills out of the pension now",
])
def test_no_rule_raises(detector, said):
    found = detector.check(said)
    assert not found.concern or found.surest > 0, (said, found.categories)
