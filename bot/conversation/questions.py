"""The questions the dialogue asks of its own, with their choices: for each choice, the key the
journey keeps and the label the person sees. Read by both `bot.conversation.meaning` (a reply may
give a choice's number or words) and `bot.conversation.wording` (the buttons)."""
from __future__ import annotations

from consent_store import representatives as reps

# A carer speaking for someone is asked these one at a time, in this order; the parental age
# question only for a parent's basis.
CARER_QUESTIONS = ("name", "relationship", "carer_name", "basis", "age", "knows")

RELATIONSHIPS = ["Husband, wife or partner", "Son or daughter", "Parent", "Other family", "Friend or neighbour",
                 "Paid carer or support worker"]

BASIS_CHOICES = [
    (reps.OWN_AGREEMENT, "They agreed I can"),
    (reps.LPA_HEALTH_WELFARE, "Power of attorney: health and welfare"),
    (reps.LPA_PROPERTY_FINANCE, "Power of attorney: money and property"),
    (reps.DEPUTY_PERSONAL_WELFARE, "Deputy: personal welfare"),
    (reps.DEPUTY_PROPERTY_AFFAIRS, "Deputy: property and affairs"),
    (reps.PARENTAL_RESPONSIBILITY, "I am the parent of a child under 16"),
    (reps.NO_POWER, "None of these"),
]
KNOWS_CHOICES = [("yes", "Yes"), ("no", "No"), ("unable", "They are not able to understand")]

# A returning person's choices, once their PIN is right.
# "Share with a service" came last (session 15): the numbers people already reply with keep their meaning.
MENU = [("who", "Who has my story?"), ("update", "Update my story"), ("stop", "Stop sharing"),
        ("download", "Download my story"), ("delete", "Delete everything"), ("finished", "Nothing else"),
        ("share", "Share with a service")]
