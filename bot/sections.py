"""The profile sections (docs/profile.md): the contract between structuring, storage, consent and pre-fill."""
import re
from typing import Any

SECTIONS: dict[str, str] = {
    "about_me": "About you",
    "what_matters": "What matters to you",
    "goals": "Your goals",
    "health": "Your health",
    "medications": "Your medicines",
    "allergies": "Allergies",
    "daily_living": "Day-to-day living",
    "home": "Your home",
    "support_network": "People who support you",
    "services_involved": "Services involved",
    "communication": "How to communicate with you",
    "risks": "Risks and safety",
    "work_money": "Work and money",
}

# The same sections as a service's staff read them.
STAFF_TITLES: dict[str, str] = {
    "about_me": "About the person",
    "what_matters": "What matters to them",
    "goals": "Their goals",
    "health": "Health",
    "medications": "Medicines",
    "allergies": "Allergies",
    "daily_living": "Day-to-day living",
    "home": "Home",
    "support_network": "People who support them",
    "services_involved": "Services involved",
    "communication": "Communication",
    "risks": "Risks and safety",
    "work_money": "Work and money",
}

SECTION_KEYS = tuple(SECTIONS)


def empty_profile() -> dict[str, Any]:
    return {"sections": {key: [] for key in SECTION_KEYS},
            "safeguarding": {"concern": False, "reasons": []}}


# A message of the story said as the answer to a follow-up question ("What matters most to you?"), kept marked
# with the section asked about, so that it is filed there (bot/understanding/structuring) whatever its words.
FOLLOW_UP_SECTIONS = ("goals", "what_matters")


def answer_part(section: str, text: str) -> str:
    """The message `text`, kept as the answer to the follow-up question about `section`."""
    return f"[{section}] {text}"


def answered(part: str) -> tuple[str | None, int]:
    """The section a kept message answers, and where its words start; (None, 0) for any other message."""
    for section in FOLLOW_UP_SECTIONS:
        mark = answer_part(section, "")
        if part.startswith(mark):
            return section, len(mark)
    return None, 0


MEDICINE_DETAILS = ("name", "dose", "frequency")


def medicine_text(item: dict[str, Any]) -> str:
    """A medicine item's words from its details ("sertraline 100mg once a day"), after one of them is put right."""
    return " ".join(str(item[k]) for k in MEDICINE_DETAILS if item.get(k))


# Words before "House" that say what kind of house, not a building's name ("Beacon House"): shared by structuring and the
# intake's home type (here, where neither loads the other)
NOT_A_BUILDING_NAME = (r"(?!(?:Council|Town|Terraced?|Semi|Detached|My|Our|His|Her|Their|The|A|An|Rented|Family|Own|Small|Big|"
                       r"Old|New|End|Shared|Mid|Large|Little|Whole|Private|Social|Cold|Damp)\b)")

# The washing that is plainly laundry, not washing oneself: "my wife Shelley does her washing and ironing", "does the
# washing", "washing up" (a fresh forms set, session 40: sent to the social care profile and the carer's assessment as
# help with washing and personal care); not "help with her washing and dressing", nor "I'm unable to do my washing now"
# (which may be either, and is kept as washing). Shared by structuring and the intake's help and carer's tasks
LAUNDRY = re.compile(r"\b(?:(?:do|does|doing|did|done)\s+(?:all\s+)?the\s+washing\b(?!\s+and\s+dress)"
                     r"|washing\s+(?:and|n|&)\s+ironing|washing\s+(?:up|machine|line|basket|out)\b)", re.IGNORECASE)

# How a medicine is given, said before its name ("buccal midazolam", "nasal diamorphine"): part of the medicine said, no
# word of its own. Shared by structuring (what is taken, the name kept) and safeguarding (a medicine taken, not a harm)
ROUTES = ("buccal", "oromucosal", "intranasal", "nasal", "rectal", "sublingual")
