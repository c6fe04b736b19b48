"""What the fifteenth fresh held-out set's writer (session 30) wrote and the detector missed, read and heard again in our
own words (the set is marked read in data/safeguarding/README.md): fresh lines on the arms kept from being noticed; burns
done with the iron and explained away; "walking into doors" and the one "always sorry afterwards"; cover-up worn in the
heat; not allowed to make one's own appointments and a call asked for when he is out; a carer "not very gentle" and the
buzzer not pressed for fear of her; the heating off all winter; a massage nowhere near the part treated. The same harm
heard by rules in two sentences of one message is sure. Then rule-raised false alarms from the set, each alarmed before:
a brother's suicide decades ago grieved; a dying father ready to go; a dentist one would rather die than see again; old
scars from when she was a teenager; a son discharged from CAMHS; a partner's violent ex long gone; a parent's limit on a
piercing; a knock explained by the care home; guilt for homework neglected; cases worked on; caffeine cut out; a child
pulled from the road; a temper walked off; work not yet allowed to an asylum seeker; a passport handed back on asking;
"people must think I'm beating him". Medicine names ending in -in are no dropped g ("warfarin" was read "warfaring")."""
from __future__ import annotations

import pytest

from bot.understanding.safeguarding import detector as built
from bot.understanding.safeguarding import typed


@pytest.fixture(scope="module")
def detector():
    return built()


HEARD = [
    ("self_harm", "i wear long sleeves at work so nobody spots the new cuts on my arms"),
    ("self_harm", "i told my mum its from the hair straighteners but i did them with a lighter"),
    ("self_harm", "I don't want my husband to notice the lines on my thighs"),
    ("domestic_abuse", "She says she walked into a door again, if you know what I mean. Her husband is always so sorry "
                       "afterwards."),
    ("domestic_abuse", "I end up wearing my polo necks even in August"),
    ("coercive_control", "I'm not really allowed to see the doctor on my own. Please phone when he is out at the pub."),
    ("care_abuse", "the morning carer isn't very gentle with my dad, he flinches when she comes in"),
    ("domestic_abuse", "my husband isn't very gentle with me when he's drunk"),
    ("care_abuse", "she has learned not to ring the call bell when that nurse is on"),
    ("neglect", "dads heating has been off all winter and he wont let anyone fix it"),
    ("neglect", "she sits wearing three coats indoors"),
    ("sexual_abuse", "the masseur keeps touching me, and it isn't anywhere near my shoulder where the pain is"),
    ("sexual_abuse", "he draws the curtain and gives her special attention, she cries after"),
    # still heard, beside the quiet twins below
    ("suicidal", "my brother took his own life last month and I want to join him"),
    ("suicidal", "I have cancer and I'm ready to die, I've saved my morphine"),
    ("self_harm", "she has started self harming again, she was a teenager when it began"),
    ("domestic_abuse", "my ex hit me last week and he still has a key"),
    ("carer_breaking_point", "I lose my temper and I shake him"),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(detector, kind, said):
    assert kind in detector.check(said).categories, said


# a second reader's regressions of the first forms of these readings (session 30): each alarmed before them, and again
HEARD += [
    ("suicidal", "my brother took his own life decades ago, and I've started stockpiling my tablets"),
    ("suicidal", "my dad took his own life in 1995 and now I feel the same way, I've got a rope in the shed"),
    ("suicidal", "my wife has terminal cancer, she's ready to die and wants me to go with her"),
    ("suicidal", "my wife says she's ready to die and she's at peace, she has no illness, she just says it"),
    ("domestic_abuse", "he yanked her back by the collar and threw her on the floor"),
    ("domestic_abuse", "she's got bruises on her arms, she says she knocked it on the bed rail but they look like fingermarks"),
    ("child_at_risk", "I'm a detective working on child protection cases, my son's dad is grooming him online I think"),
    ("not_safe_at_home", "scared to go home cos I've spent the shopping money, he'll go mad"),
]

QUIET = [
    "My uncle took his own life in 1985, I still miss him at Christmas. Is there a group for people bereaved like that?",
    "Grandad has cancer and weeks left. He says he's ready to go and he is at peace.",
    "i would rather die than go back to that hairdresser lol, look at my fringe",
    "My wife has old scars from when she was a teenager, she's in her sixties now and very happy.",
    "Our daughter is doing brilliantly, CAMHS helped her stop hurting herself two years ago and she's been discharged.",
    "He was in a violent marriage before he met me but that's long gone, she lives in Canada now.",
    "my dad is so controlling he wont let me get a tattoo until im 18",
    "Dad has a bruise, the home phoned to say he banged his arm on the wheelchair and they've logged it.",
    "I feel like I've neglected my revision since I started caring for my nan",
    "I used to work as a detective on child protection cases, now I need help with my hip.",
    "I'm trying cutting out sugar to help my diabetes",
    "My toddler ran at the road and luckily I grabbed her just in time. Are there reins for older kids?",
    "When I lose my temper I walk out into the garden for five minutes, then I'm fine to go back to Mum.",
    "I'm waiting for my visa and I'm not allowed to work yet, can I do a course?",
    "He bruises so easily on his apixaban, the neighbours must think I'm hitting him!",
    # and the first forms of the new rules' false alarms (a second reader, session 30)
    "the massage therapist was careful, nowhere near my knee after the op",
    "the doctor closed the curtains for an extra examination of my chest",
    "mum's scared to use the alarm pendant in case she bothers people",
    "I always wear two jumpers in the house, I'm a cold person",
    "I light the fire, I do it with a match every night",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(detector, said):
    assert not detector.check(said).categories, said


def test_a_passport_handed_back_on_asking_is_no_exploitation_nor_control(detector):
    # (what the classifier alone makes of the words is its own: the rules' readings are the ones said to be everyday)
    found = detector.check("My son keeps my passport because I lose things, and he hands it straight back when I ask.")
    assert not {"exploitation", "coercive_control"} & set(found.categories)


def test_two_sentences_heard_by_rules_bear_each_other_out(detector):
    # each alone is left to the classifier, which gives it little; both together are sure
    both = "I'm not really allowed to go out on my own. Could you ring when he's out at work?"
    assert "coercive_control" in detector.check(both).categories


@pytest.mark.parametrize("word", ["warfarin", "aspirin", "heparin", "metformin", "penicillin"])
def test_a_medicine_is_no_dropped_g(word):
    assert typed.plain_words(f"he is on {word}") == ["he", "is", "on", word]


@pytest.mark.parametrize("typed_as, meant", [("takin", "taking"), ("checkin", "checking"), ("hittin", "hitting")])
def test_a_dropped_g_is_still_put_back(typed_as, meant):
    assert typed.plain_words(f"he keeps {typed_as} it")[2] == meant


def test_heard_with_the_domestic_abuse_helpline(detector):
    """Heard before as one kind whose help names the Domestic Abuse Helpline, and now (session 36, the classifier
    trained on the read sets too) as another: domestic abuse or not safe at home. What matters is the help."""
    found = detector.check('he caught her before she got to the door and dragged her back inside')
    assert found.categories and "0808 2000 247" in (found.reply() or "")
