"""What a form may take from a story as the person's own: whom an item is about, and whether a
health item is a condition at all. A wrong fact on a service's form is a hazard, so when in doubt
an item is left out.

Structuring says whom each item is about (`about`): the person (`subject`), the carer telling the
story (`narrator`), or someone else, by their relation as the teller named them ("wife", "mum") or
unnamed (`other`). A form asks about the person, so by default:
- an item about someone else is never the person's: a relative's condition (status `family`) is
  read only as family history, and only when the relation is named ("mum", "brother"); what else
  the story says of another person (their needs, their risks, their money) is left out;
- an item about the carer telling the story is read where a form asks about the carer
  (`where(about='narrator')`) or about the person's support (the support network section, where
  it is shown as about the carer), never as the person's health or needs;
- a habit that structuring files among health items ("smoking", "drinking", "alcohol") is social
  history, answered by facts (`fact:smoking`, `fact:drinks`) and Observations: never a health
  condition ("alcohol-related liver disease" is one).
Which "mum" a carer means ("my mum" is the carer's mother, "his mum" the person's) is structuring's
to say; intake trusts `about` as given.
"""
from __future__ import annotations

import re
from typing import Any

SUBJECT, NARRATOR, OTHER = "subject", "narrator", "other"
_NOT_A_RELATION = {SUBJECT, NARRATOR, OTHER, ""}
# Habits as structuring names them, and the words people use for them.
_HABIT_NAMES = re.compile(r"(?:smoking|drinking|alcohol|vaping|tobacco|cigarettes?|roll[- ]?ups?|pints?|beer|"
                          r"lager|wine|cider|spirits|booze)")
_HABIT_WORDS = re.compile(r"\bsmok|\bcigar|tobacco|roll[- ]?ups?\b|\bvap(e|es|ing)\b|\bdr[iau]nk|alcohol|\bpints?\b|"
                          r"\bwine\b|\bbeer\b|\blager\b|\bcider\b|\bbooze")
_HABIT_FORMS = re.compile(r"(?:a |an |the |my |his |her |some |heavy |social )?(?:\w+ )?" + _HABIT_NAMES.pattern)


def about(item: dict[str, Any]) -> str:
    return str(item.get("about") or SUBJECT)


def is_family_history(item: dict[str, Any]) -> bool:
    """A named relative's condition: family history of the person."""
    return item.get("status") == "family" and about(item).lower() not in _NOT_A_RELATION


def is_habit(item: dict[str, Any]) -> bool:
    """A health item that names a habit (smoking, drinking) rather than a condition: its words are
    the habit's and nothing more ("drinking", "heavy drinker"), not "alcohol-related liver disease"."""
    text = " ".join(str(item.get("text", "")).lower().replace("’", "'").split())
    return bool(_HABIT_FORMS.fullmatch(text) or (len(text.split()) <= 2 and _HABIT_WORDS.search(text)))


def belongs(item: dict[str, Any], section: str, asks_about: bool = False) -> bool:
    """Whether a profile path may read `item` from `section` when the form did not say whom it
    asks about (`asks_about`: the path has its own `where(about…)`, which then decides, but never
    lets in someone else's needs)."""
    whose = about(item)
    if whose == SUBJECT:
        return not (section == "health" and is_habit(item))
    if is_family_history(item):
        return True
    if whose == NARRATOR:
        return asks_about or section == "support_network"
    return False  # someone else's: their needs, their risks, an unnamed person's condition
