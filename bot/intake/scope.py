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
  condition ("alcohol-related liver disease" is one); nor is a symptom ("chest pain", "dizziness":
  what a doctor has yet to name), a body part alone, or a pregnancy that is over;
- a thing the person said they do not have is never listed as theirs ("not allergic to penicillin",
  "I don't take any medicines"), unless a path asks for `status='negated'`; only a plain "no
  allergies" answers an allergy question, as "No known allergies"; a medicine they stopped is no
  answer to "Medicines" (a path with no status: what they take now). Words that name no medicine
  ("medicines") or no allergen ("no allergy for medicine" read as an allergy to "no") are never listed.
Which "mum" a carer means ("my mum" is the carer's mother, "his mum" the person's) is structuring's
to say; intake trusts `about` as given.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

SUBJECT, NARRATOR, OTHER = "subject", "narrator", "other"
# Blood relations, as structuring names them ("runs in the family": `family`). A partner, an in-law,
# a step-relation, a friend or a neighbour is none (precision first: a relation not listed is left out).
_BLOOD = frozenset("""family mum mam mom mother ma mummy dad da father daddy parent parents nan nana gran granny
grandma grandmother grandad grandpa grandfather grampa gramps grandparent grandparents brother bro bruv sister sis
sibling siblings twin twins son daughter child children kids baby eldest youngest oldest grandson granddaughter
grandchild grandchildren uncle aunt auntie aunty cousin niece nephew mammy""".split())
# What the person may have inherited is their forebears' and their siblings' (and aunts', cousins'): a son's
# or a grandchild's condition is what they passed on or look after ("my son Darren has learning
# disabilities and I look after him"), the child's own needs, not the person's family history.
_DESCENDANTS = frozenset("""son daughter child children kids baby eldest youngest oldest grandson granddaughter
grandchild grandchildren""".split())
# A carer's grandparents are seldom the person's: a grandchild's "my nan", in her grandad's story, is his
# wife; a son's is his mum's mother or mother-in-law. Structuring says so only when it knows who the carer
# is, and leaves "nan" when it does not, so a grandparent a carer names is no family history of the person.
_GRANDPARENTS = frozenset("""nan nana nanna gran granny grandma grandmother grandad granddad grandpa grandfather
granda grampa gramps grandparent grandparents""".split())
# Habits as structuring names them, and the words people use for them.
_HABIT_NAMES = re.compile(r"(?:smoking|drinking|alcohol|vaping|tobacco|cigarettes?|roll[- ]?ups?|pints?|beer|"
                          r"lager|wine|cider|spirits|booze)")
_HABIT_WORDS = re.compile(r"\bsmok|\bcigar|tobacco|roll[- ]?ups?\b|\bvap(e|es|ing)\b|\bdr[iau]nk|alcohol|\bpints?\b|"
                          r"\bwine\b|\bbeer\b|\blager\b|\bcider\b|\bbooze")
_HABIT_FORMS = re.compile(r"(?:a |an |the |my |his |her |some |heavy |social )?(?:\w+ )?" + _HABIT_NAMES.pattern)


# Symptoms as structuring names them (its canonical words, with a side or site before or after).
_SYMPTOM = re.compile(r"(?:(?:left|right|both) )?(?:(?:chest|stomach|tummy|abdominal|head) )?pains?"
                      r"(?: in the (?:chest|stomach|tummy|head))?|breathlessness|tiredness|fatigue|dizziness|"
                      r"poor (?:sleep|concentration)|nausea|vomiting|headaches?|constipation|diarrhoea|"
                      # where it is felt: "numbness in the feet", "weakness in the left arm" (structuring's words)
                      r"(?:numbness|weakness) in the (?:(?:left|right|both) )?(?:feet|foot|hands?|legs?|arms?|toes|fingers|face)|numbness|"
                      r"weight (?:loss|gain)|swollen (?:legs|ankles)|agitation|low mood|loneliness|nightmares|"
                      r"flashbacks|balance problems|dehydration|mobility problems|meltdowns|"
                      # "baclofen for spasms": what a condition does, treated, not a diagnosis of its own
                      r"(?:muscle )?spasms?|cramps?|"
                      # "stressed about money", "work stress": a feeling, not a diagnosis
                      r"stress|"
                      # "I was having hypos": episodes of low sugar, like falls or fits, not a diagnosis of their own
                      r"hypoglycaemia|"
                      # what is felt or seen, not a diagnosis: "my legs are weak", "she gets confused", "a few seizures"
                      r"(?:(?:left|right)(?:[- ]sided?)? )?(?:(?:leg|arm|hand|muscle) )?weakness|confusion|seizures|fits|"
                      r"memory (?:problems|loss)|forgetfulness|tremors?|shaking|falls|palpitations|hallucinations")
# Operations and what they fit, as structuring names them: what was done to the person, not what
# they have ("had 2 stents put in" after a heart attack is no second problem; "hip replacement").
_PROCEDURE = re.compile(r"(?:(?:left|right|double|triple|quadruple|total|partial|emergency|major|minor|keyhole) )*"
                        r"(?:(?:[a-z]+ ){0,2}(?:replacement|operation|surgery|transplant|bypass)s?|stents?|"
                        r"pacemakers?|(?:coronary )?angioplasty|cabg|[a-z]+ectomy)")
# Words that name no allergen: "no allergy for medicine" is no allergy to "no"; "allergic to it".
_NOT_ALLERGENS = {"no", "none", "nothing", "not", "any", "anything", "known", "it", "them", "that", "this", "those",
                  "these", "everything", "something", "lots", "loads", "some", "all", "many", "most", "an", "a",
                  "the", "my", "his", "her", "their", "severe", "bad", "slight", "mild", "real", "proper", "few"}
NONE_KNOWN = "none known"  # how a "none" answer to a form's question is kept
_GENERAL_ALLERGY = re.compile(r"(?:any |no )?(?:known )?allerg(?:y|ies)")
_GENERIC_MEDICINES = {"medicines", "medicine", "medication", "medications", "tablets", "pills", "meds"}


def about(item: dict[str, Any]) -> str:
    return str(item.get("about") or SUBJECT)


# A carer's aunt, uncle or cousin ("her sister my aunty Jean", told by her son) may be the person's sister, a
# sister-in-law or no blood relative at all: from a carer, these are not written as the person's relatives
_CARERS_KIN_OR_THEIRS = {"aunt", "aunty", "auntie", "uncle", "cousin", "niece", "nephew"}


def is_family_history(item: dict[str, Any]) -> bool:
    """A named blood relative's condition: family history of the person. A husband's, wife's or
    partner's is not (a carer's "my mum", told about her dad, is his wife), nor an in-law's or a
    step-parent's: only the relations in `_BLOOD` (or "runs in the family") count, never a child or
    grandchild, and a grandparent, aunt, uncle or cousin only in the person's own story (a carer's "my nan"
    may be the person's wife or mother-in-law, "my aunty" the person's sister), or where the carer's relationship
    places their own relative ("my dad", told by the person's mother, is their grandfather: `told_as`)."""
    whose = " ".join(about(item).lower().replace("-", " ").split())
    if whose.startswith("great "):
        whose = whose.split(" ", 1)[1].removeprefix("great ").strip()
    if whose in _DESCENDANTS or item.get("told_by") == "carer" and whose in _GRANDPARENTS | _CARERS_KIN_OR_THEIRS \
            and not item.get("told_as"):  # unless placed by the carer's relationship: a mother's "my dad"
        return False
    return item.get("status") == "family" and whose.removeprefix("half ") in _BLOOD


def is_habit(item: dict[str, Any]) -> bool:
    """A health item that names a habit (smoking, drinking) rather than a condition: its words are
    the habit's and nothing more ("drinking", "heavy drinker"), not "alcohol-related liver disease"."""
    text = " ".join(str(item.get("text", "")).lower().replace("’", "'").split())
    return bool(_HABIT_FORMS.fullmatch(text) or (len(text.split()) <= 2 and _HABIT_WORDS.search(text)))


def _words(item: dict[str, Any]) -> str:
    return " ".join(str(item.get("text", "")).lower().replace("’", "'").split())


def is_symptom(item: dict[str, Any]) -> bool:
    """A symptom rather than a condition: "chest pain", "pain in the chest", "dizziness"."""
    return bool(_SYMPTOM.fullmatch(_words(item)))


def is_procedure(item: dict[str, Any]) -> bool:
    """An operation or a device fitted ("stent", "hip replacement", "heart bypass", "knee operation"):
    a Procedure in FHIR, never a Condition with a clinical status of its own."""
    if _AMPUTATION.fullmatch(_words(item)):  # had one (past, or with a year): done; living with one: a condition
        return item.get("status") == "past" or item.get("year") is not None
    return bool(_PROCEDURE.fullmatch(_words(item)))


PROCEDURE = "procedure"  # `where(kind='procedure')` in a profile path: an operation done
# `where(kind='symptom')` in a profile path: what the person feels or finds hard, told and read back ("numbness in the
# feet", "low mood", "memory problems", "a problem with the heart"), which no list of conditions holds; a form of
# ours gives it an item of its own so that it is not silently dropped (a stranger, session 36)
SYMPTOM = "symptom"


def problem_words(item: dict[str, Any]) -> str:
    """A health item's words as a service reads them: a part of the body said to be bad is "a problem with the heart"."""
    return f"a problem with the {item['text']}" if item.get("kind") == "body_part" else str(item["text"])


def told_problem(item: dict[str, Any]) -> bool:
    """A symptom, or a part of the body said to be bad ("my heart's not good"): a problem the person
    told, not a diagnosis, nor a habit."""
    return not is_habit(item) and (is_symptom(item) or item.get("kind") == "body_part")


def done_procedure(item: dict[str, Any]) -> bool:
    """An operation the person has had ("cataract operation (in 2023)", "hip replacement"): not a past
    illness ("sepsis", "hep C" are no procedure), nor one to come ("waiting for a knee replacement")."""
    return is_procedure(item) and item.get("status", "current") in ("current", "past")


# An amputation told as what was done ("had his leg amputated in 2024") is a Procedure; "he has an
# amputation" (current) is what he lives with, a Condition.
_AMPUTATION = re.compile(r"(?:(?:left|right|double|leg|arm|foot|toe|below knee|above knee) )*amputations?")


def year_of(item: dict[str, Any], now_year: int | None = None) -> str | None:
    """The year the story gives an event ("had a hip replacement in 2019": `year` 2019, as
    structuring keeps it), as FHIR writes a partial date; None when it gives none or one that
    cannot be (before 1900, or after `now_year`)."""
    year = item.get("year")
    if isinstance(year, bool) or not isinstance(year, (int, str)) or not re.fullmatch(r"(?:19|20)\d\d", str(year)):
        return None
    return str(year) if 1900 <= int(year) <= (now_year or 9999) else None


def date_of(item: dict[str, Any], now: date | None = None) -> str | None:
    """When an event began, as FHIR writes a partial date: the year ("2019"), or the year and month when the
    story said both ("July 2024": "2024-07"), never a month still to come."""
    year = year_of(item, now.year if now else None)
    month = item.get("month")
    if year is None or isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12 \
            or (now is not None and (int(year), month) > (now.year, now.month)):
        return year
    return f"{year}-{month:02d}"


def is_condition(item: dict[str, Any]) -> bool:
    """A health item a list of the person's conditions may hold: not a habit, a symptom, a body
    part named alone ("my knee"), or a pregnancy that is over."""
    return not (is_habit(item) or is_symptom(item) or item.get("kind") == "body_part"
                or (_words(item) == "pregnancy" and item.get("status") == "past"))


def no_known_allergies(item: dict[str, Any]) -> bool:
    """The person's plain "no allergies": as structuring words it ("any known allergies", negated), or
    as a form's question keeps the answer "none" (bot/intake/gaps.py: "none known")."""
    if _words(item) == NONE_KNOWN:
        return True
    return item.get("status") == "negated" and bool(_GENERAL_ALLERGY.fullmatch(_words(item)) or no_drug_allergies(item))


def no_drug_allergies(item: dict[str, Any]) -> bool:
    """ "No allergy for medicine", as structuring files it (no allergy to "medicines"): no known drug allergies."""
    return item.get("status") == "negated" and _words(item) in _GENERIC_MEDICINES and "allerg" in str(
        item.get("said") or item.get("term") or "").lower()


def names_a_thing(item: dict[str, Any], section: str) -> bool:
    """Whether a medicine or allergy item names one: not "medicines", not an allergy to "no"."""
    words = re.findall(r"[a-z]+", _words(item))
    if section == "medications":
        return str(item.get("name") or _words(item)).lower() not in _GENERIC_MEDICINES
    if section == "allergies":
        return no_known_allergies(item) or any(w not in _NOT_ALLERGENS for w in words)
    return True


def held(item: dict[str, Any], section: str, statuses: frozenset[str] = frozenset()) -> bool:
    """Whether a list of the person's conditions, medicines or allergies may hold `item`, when the
    path asks for the `statuses` given (none: it asks what they have). What they said they do not
    have never, unless asked (a plain "no allergies" is itself an answer); a medicine they stopped
    only when past ones are asked for: "Medicines" asks what they take now."""
    status = item.get("status", "current")
    if section == "home" and item.get("kind") == "address" and status == "past" and "past" not in statuses:
        return False  # "I moved out of our house at 12 Weaver Close …": no address of theirs now (session 21)
    if section not in ("health", "medications", "allergies"):
        # "I don't use a stick" is no equipment they use, as "no diabetes" is no condition
        return status != "negated" or "negated" in statuses or section == "support_network"
    if status == "negated" and "negated" not in statuses and not (section == "allergies" and no_known_allergies(item)):
        return False
    if section == "medications" and not statuses and status == "past":
        return False
    return names_a_thing(item, section)


def belongs(item: dict[str, Any], section: str, asks_about: bool = False, symptoms: bool = False) -> bool:
    """Whether a profile path may read `item` from `section` when the form did not say whom it
    asks about (`asks_about`: the path has its own `where(about…)`, which then decides, but never
    lets in someone else's needs). `symptoms`: the path asks `where(kind='symptom')`, which then decides."""
    whose = about(item)
    if whose == SUBJECT:
        return symptoms or not (section == "health" and not is_condition(item))
    if is_family_history(item):
        # family history is of illness: a sister's nut allergy was written as the person's allergy (session 21)
        return section not in ("allergies", "medications")
    if whose == NARRATOR:
        # the carer telling the story, among the people who support: who they are and the care they give, never
        # their own phone, health, work or money ("my back is bad", "im on universal credit"), which are theirs
        # for their own assessment (issue 18/20)
        return asks_about or section == "support_network" and not item.get("kind") and bool(
            item.get("role") == "carer" or item.get("name") or item.get("relationship"))
    return False  # someone else's: their needs, their risks, an unnamed person's condition
