"""Whether a clause about the home says who owns it, as a feature the services' tenure items read
(data/services/*.json map `home.features` phrases to their options): "I own my house" and "mum owns
her bungalow" are "own my home"; "I live with my daughter in her house" is "living with family".
Only a plain, unnegated statement about the person's own home counts."""
from __future__ import annotations

import re

OWNED = "own my home"
WITH_FAMILY = "living with family"

_PLACE = r"(?:own\s+)?(?:home|house|flat|bungalow|place|property|maisonette|cottage|apartment)"
_RELATIVE = (r"(?:\w+\s+)?(?:daughter|son|sister|brother|niece|nephew|granddaughter|grandson|mum|mother|mam|mom|dad|"
             r"father|parents|family|children|kids|aunt|auntie|uncle|cousin|daughter[- ]in[- ]law|son[- ]in[- ]law|"
             r"in[- ]laws)")
_NEGATED = re.compile(r"\b(?:not|never|no longer|don'?t|doesn'?t|didn'?t|can'?t|cannot|won'?t)\b|n't\b", re.I)
_SELF_OWNS = re.compile(rf"\b(?:i|we)\s+(?:both\s+)?own\s+(?:my|our|the)\s+{_PLACE}\b", re.I)
_THEY_OWN = re.compile(rf"\b(?:he|she|they)\s+(?:both\s+)?owns?\s+(?:his|her|their|the)\s+{_PLACE}\b", re.I)
_WITH_RELATIVE = re.compile(
    rf"\b(?:live|lives|living|stay|stays|staying)\s+(?:with\s+my\s+{_RELATIVE}\s+(?:\w+\s+)?in\s+(?:her|his|their)\s+"
    rf"{_PLACE}|(?:at|in)\s+my\s+{_RELATIVE}(?:'s|’s|s)\b)", re.I)


def tenure_features(clause: str, teller: str, subject_relation: str | None = None) -> list[str]:
    """The tenure feature a clause about the home gives, if any ([] when unsure)."""
    if _NEGATED.search(clause):
        return []
    if teller == "self":
        if _SELF_OWNS.search(clause):
            return [OWNED]
        return [WITH_FAMILY] if _WITH_RELATIVE.search(clause) else []
    owner = _THEY_OWN.search(clause) or (subject_relation and re.search(
        rf"\b{re.escape(subject_relation)}\s+owns\s+(?:his|her|their|the)\s+{_PLACE}\b", clause, re.I))
    return [OWNED] if owner else []
