"""Session 38: what a medicine did, told of the medicine ("The only thing I can't have is tramadol, it made me see things",
found by the thirty-second fresh forms set's test of a wrong fill) raised sexual abuse by a rule ("made me … things") and
the help would have come for a side effect. A medicine that made someone see or hear things is a hallucination; in our own
words, each failed before, and each near twin that tells a harm is still heard."""
from __future__ import annotations

from tests.bot.understanding.safeguarding.quiet_and_heard import quiet_and_heard

QUIET = [
    "codeine made me see things, I cant have it",
    "the morphine gave me hallucinations after my operation, it made me see things that were not there",
    "the tablets made him hear things so the doctor stopped them",
    "Ropinirole made her see things in the night.",
]
HEARD = [
    ("sexual_abuse", "my uncle made me do things when I was little and he still comes round"),
    ("sexual_abuse", "he made me watch things on his phone"),
    ("suicidal", "the tablets made me hear things telling me to kill myself"),
    ("suicidal", "I have been saving up my tablets, they made me see things"),
]


test_quiet, test_heard = quiet_and_heard(QUIET, HEARD)
