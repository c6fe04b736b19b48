"""Session 36: the classifier trained on the read sets too (corpus.READ_FILES), with rules for what it no longer heard
alone, and a stranger's ordinary answers on the stack. Each failed before its change (the first group with the new
classifier and no new rule; the stranger's with the classifier of b1c04b82 too)."""
from __future__ import annotations

import pytest

HEARD = [
    ("domestic_abuse", "if he finds out hell kill me"),
    ("domestic_abuse", "can i get my records i was beaten last night"),
    ("domestic_abuse", "my son moved my walking frame out of reach and i fell in the hall, he just watched"),
    ("coercive_control", "my knees are bad and he makes me do all the housework or else"),
    ("suicidal", "none of them care if i live or die"),
    ("sexual_abuse", "have the photos of me been posted online"),
    ("carer_breaking_point", "they started him on morphine and i want to give him the lot so it ends"),
    # "not him" denied what he does (a negation read across a new clause): missed before, old classifier and new
    ("coercive_control", "ring me not him he reads my texts"),
    ("coercive_control", "call me not her she checks my phone"),
    # never set aside as an everyday thing by a memory going or a physio's visit
    ("sexual_abuse", "he forces her and she forgets after"),
    ("sexual_abuse", "the physio touched me and kept going when i said stop, my knee was agony"),
    # a second reader (session 36): the first forms of the guards set these aside, or neither detector heard them
    ("sexual_abuse", "my mum has dementia and forgets, the man from the day centre puts his hands up her skirt"),
    ("sexual_abuse", "the massage man carried on when i said no, my back was sore but he went lower and lower"),
    ("suicidal", "date night was awful, i sat there planning how to end things"),
    ("suicidal", "we had date night and i was thinking how i could end my life"),
    ("sexual_abuse", "he shared pictures of me naked with his mates"),
    ("domestic_abuse", "he kicked my walking frame away and i fell and hit my head"),
    ("sexual_abuse", "he touched her and she wont remember it, she has dementia"),
    ("suicidal", "I live on the third floor and some days I think about jumping"),
    ("suicidal", "ive been thinking about jumping off the bridge on my way home"),
    ("suicidal", "I take my tablets when needed but I have been saving them up"),
    ("financial_abuse", "child benefit but it go to his account, i dont see it"),
    ("coercive_control", "he wont let her wear her hearing aids so she cant hear anyone"),
    ("carer_breaking_point", "i do all her care and i cant cope, im scared ill hurt her"),
    ("carer_breaking_point", "my back is killing me from lifting him and i cant cope, im scared ill hurt him"),
]


@pytest.mark.parametrize("kind, said", HEARD)
def test_heard(listening, kind, said):
    assert kind in listening.check(said).categories, said


QUIET = [
    # a stranger's answers on the stack (session 36): the Domestic Abuse Helpline and the sexual abuse help before
    "phone me please not text i cant read them",
    "ring me not text please",
    "I've told him but he won't remember",
    "he puts his clothes on inside out and forgets to eat unless i remind him",
    "ring me not him he works nights",
    # ordinary words the read-set classifier heard alone
    "he fell over again yesterday and hurt his wrist",
    "I don't trust my hands with the kettle since the tremor got worse",
    "can you go through my messages and delete my details please",
    "my kids care whether i live or die so i keep going",
    "if my wife finds out I bought another guitar she'll kill me",
    "the video of me at the wedding was shared on facebook",
    "i keep my tablets out of reach of the grandkids, my knees are bad",
    # a second reader (session 36): the first forms of the rules, or the classifier, alarmed
    "the kids stay with their dad at weekends",
    # the stranger's, said with more: the number after, and the dementia
    "phone me please not text i cant read them. 01942 123456",
    "ive told him but he wont remember it, he has dementia",
    # an ordinary story the read-set classifier heard as suicidal (0.39: a test of the actions' read-back)
    "I have asthma and I take salbutamol when needed. I live on the third floor and there is no lift.",
    "thinking about jumping on the bus into town later",
    # a granddaughter at the stack after session 36's first CI: Carers UK and the Samaritans, then the Domestic Abuse
    # Helpline
    "shes got dementia n cant do stairs no more, i do her tea most nites",
    "she wont wear her hearing aids, says there uncomfy",
    # one's own pain and sleep said again and again (a test of a message too long to keep: 0.86 as a carer at breaking
    # point), and money of one's own untouched
    "my back hurts every day and i cant sleep. my back hurts every day and i cant sleep. my back hurts every day and i "
    "cant sleep.",
    "i get hurt every time i play with the grandkids, my back cant take it",
]


@pytest.mark.parametrize("said", QUIET)
def test_quiet(listening, said):
    assert listening.check(said).categories == [], said
