"""Ordinary messages the classifier alone alarmed at (issue 17, session 13), found reading the tuning corpus's
cross-validated false alarms and grouped by cause: a harm told as over or put right ("my ex hit me years ago, he
is in prison now"), a volunteer asking about the subject, the writer stopping for now ("I have to go, can I come
back to this later"), a scam seen off or one's own money troubles, an everyday knock, and a natural death planned for ("she is
ready to go when her time comes"). Each is a reason the
classifier alone must be surer (context.told_as_over, context.REASONS, context.STRONG_REASONS); a rule's hit
said as going on, a relapse, or a harm to a friend is heard as ever."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("said", [
    "he hit me when i was a teenager but that part of my life is long over",
    "my uncle touched me when i was little but that part of my life is over, i had therapy",
    "i'm volunteering for a rape crisis helpline, any tips for looking after myself",
    "mum keeps saying she is ready to go when her time comes",
    "dad says he is ready to go when his time comes, hes 96 and content",
    "My first husband knocked me about years ago. He is long gone and I'm happy now with Tom.",
    "me and my sister had a blazing row and she slammed the door on me, but we are fine now",
    "I'm starting as a volunteer on a domestic abuse helpline, any tips for switching off after a shift?",
    "sorry the postman is at the door, can I come back to this later?",
    "i need to stop now and finish it another day",
    "a man rang wanting my bank details so I hung up on him",
    "i whacked my hand with a hammer fixing the shed, its gone purple",
])
def test_an_ordinary_message_raises_no_alarm(listening, said):
    assert listening.check(said).categories == [], listening.check(said)


@pytest.mark.parametrize("said, category", [
    ("he hit me years ago and he has started again", "domestic_abuse"),
    ("three years clean and i relapsed last night, i cut my arm", "self_harm"),
    ("my friend told me her uncle touches her and she is scared to go home", "sexual_abuse"),
    ("my son takes my pension and now i cant afford food", "financial_abuse"),
])
def test_a_harm_said_as_going_on_is_still_heard(listening, said, category):
    assert category in listening.check(said).categories, listening.check(said)
