"""The profile sections (docs/profile.md): the contract between structuring, storage, consent and pre-fill."""
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
