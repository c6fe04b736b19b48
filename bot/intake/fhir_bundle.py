"""The story as FHIR R4 resources: a Bundle made from the consented view only.

`story_bundle` reads only the sections it is given (a consented view, or the whole profile for the
person's own download), so what a service may not see never becomes a resource. Each item's status
decides the resource's: current is active, past is inactive, negated is refuted, a worry is
provisional, family history is a FamilyMemberHistory; an operation or a device fitted is a Procedure. Ids are stable for the same story, so the
same fact has the same fullUrl in every bundle made from it.
"""
from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone
from typing import Any

from bot.intake import facts, home_facts
from bot.intake.address import read_address
from bot.intake.reading import Choice, choice
from bot.intake.scope import (
    date_of,
    is_condition,
    is_family_history,
    is_habit,
    is_procedure,
    names_a_thing,
    problem_words,
    told_problem,
    year_of,
)

NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
TELLER_TAG = {"system": "urn:tell-my-story:role", "code": "teller"}  # the carer who told the story
_V3_ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
_ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
_ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
_OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
_LOINC = "http://loinc.org"
_SNOMED = "http://snomed.info/sct"
# Social history a fact answers with a code: the Observation's value is that code (and how the
# person said it, as its text); otherwise the person's words.
_CODED = {"72166-2": (facts.smoking, _SNOMED), "67875-5": (facts.employment, _LOINC),
          "71802-3": (home_facts.housing, _LOINC)}
# Relationships as HL7 v3 RoleCode (the value set RelatedPerson.relationship and
# FamilyMemberHistory.relationship use); anything else keeps its own words as text.
_ROLES = {
    "mother": ("MTH", "mother"), "mum": ("MTH", "mother"), "father": ("FTH", "father"), "dad": ("FTH", "father"),
    "daughter": ("DAU", "natural daughter"), "son": ("SON", "natural son"), "wife": ("WIFE", "wife"),
    "husband": ("HUSB", "husband"), "partner": ("DOMPART", "domestic partner"), "sister": ("SIS", "sister"),
    "brother": ("BRO", "brother"), "grandmother": ("GRMTH", "grandmother"), "grandfather": ("GRFTH", "grandfather"),
    "granddaughter": ("GRNDDAU", "granddaughter"), "grandson": ("GRNDSON", "grandson"),
    "aunt": ("AUNT", "aunt"), "uncle": ("UNCLE", "uncle"), "niece": ("NIECE", "niece"),
    "nephew": ("NEPHEW", "nephew"), "cousin": ("COUSN", "cousin"), "friend": ("FRND", "unrelated friend"),
    "neighbour": ("NBOR", "neighbor"), "neighbor": ("NBOR", "neighbor"), "parent": ("PRN", "parent"),
    "child": ("CHILD", "child"), "spouse": ("SPS", "spouse"),
    # the words people call them by ("Mammy had the sugar", "my auntie has MS", "Grandad Stan")
    **dict.fromkeys(("mam", "mammy", "mom", "mummy", "mommy"), ("MTH", "mother")),
    **dict.fromkeys(("da", "daddy"), ("FTH", "father")),
    **dict.fromkeys(("nan", "nana", "nanna", "gran", "granny", "grandma"), ("GRMTH", "grandmother")),
    **dict.fromkeys(("grandad", "granddad", "grandpa", "grampa", "gramps"), ("GRFTH", "grandfather")),
    **dict.fromkeys(("auntie", "aunty"), ("AUNT", "aunt")),
}
# Social history as LOINC observations: (code, display, words that say an item is about it).
_SOCIAL = [
    ("72166-2", "Tobacco smoking status", r"\bsmok|cigar|tobacco|vap(e|ing)\b"),
    ("11331-6", "History of alcohol use", r"\balcohol|drink(s|ing|er)?\b|\bpints?\b|units\b|\b(wine|beer|lager|cider|booze)\b"),
    ("76513-1", "How hard is it for you to pay for the very basics like food, housing, medical care, and heating",
     r"\bbills?\b|debt|afford|struggl\w* to pay|arrears|money is tight|financial"),
    ("67875-5", "Employment status - current", r"\bwork|\bjob\b|employ|retired|unemploy|sick note|fit note"),
    ("63512-8", "How many people are living or staying at this address",  # living situation
     r"\blive (alone|on my own|by myself|with)|living (alone|with)|lives (alone|with)"),
    ("71802-3", "Housing status", r"\bflat|house|bungalow|rent|landlord|council|housing|homeless|tenan"),
]
_SYMPTOM = "75325-1"  # LOINC Symptom
AGE = "30525-0"  # LOINC Age
_TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4}  # and "2x", "x2" (their digit)
_DOSE = re.compile(r"^(\d+(?:\.\d+)?)\s*(mg|mcg|g|ml|units?|tablets?|puffs?|drops?)\b", re.I)
_FREQUENCY = re.compile(r"\b(once|twice|three times|four times|[1-4]\s?x|x\s?[1-4])\s*(a|per|each|)\s*(day|week|month)\b",
                        re.I)


def _id(seed: str, kind: str, index: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"tell-my-story:{seed}:{kind}:{index}"))


def _items(sections: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [i for i in sections.get(key, []) if isinstance(i, dict) and isinstance(i.get("text"), str)]


def _value(sections: dict[str, Any], key: str, kind: str) -> Any:
    # a home they left ("I moved out of our house at …") is kept as past: never where they live now (session 21)
    found = [i.get("value", i["text"]) for i in _items(sections, key) if i.get("kind") == kind
             and i.get("status", "current") not in ("past", "negated")]
    return found[0] if found else None


def _text(value: object) -> dict[str, Any]:
    return {"text": str(value)}


def _concept(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding]}


def relationship_choice(words: str | None) -> Choice | None:
    """A relation named in one word ("daughter") as a choice a form's options can mean: its v3
    RoleCode and the word itself; None for none, or for words that name no one relation ("husband,
    wife or partner")."""
    role = _ROLES.get((words or "").strip().lower())
    if role is None:
        return None
    return choice(role[1], rf"\b{re.escape(str(words).strip().lower())}\b", role[0], display=str(words).strip().lower())


def _relationship(words: str | None) -> dict[str, Any] | None:
    if not words:
        return None
    role = _ROLES.get(words.strip().lower())
    if role is None:
        return {"text": words}
    concept = _concept(_V3_ROLE, role[0], role[1])
    concept["text"] = words
    return concept


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def _human_name(text: str) -> dict[str, Any]:
    """A name as said, in FHIR's parts: a title first ("Mr Chen", "Mrs Ada Lee") is its prefix, never a given name."""
    parts = text.split()
    name: dict[str, Any] = {"use": "official", "text": text}
    if len(parts) > 1 and parts[0].lower().rstrip(".") in _TITLES:
        name["prefix"], parts = [parts[0]], parts[1:]
        if len(parts) == 1:  # "Mr Chen": the family name alone
            name["family"] = parts[0]
            return name
    name["given"] = parts[:1] if len(parts) == 1 else parts[:-1]
    if len(parts) > 1:
        name["family"] = parts[-1]
    return name


def _phone_use(number: str) -> str:
    """A UK mobile number (07..., +44 7...) is `mobile`; any other phone is `home`."""
    digits = re.sub(r"[^\d+]", "", number)
    return "mobile" if re.match(r"^(07|\+447|447)\d{9}$", digits) else "home"


def _patient(sections: dict[str, Any], resource_id: str) -> dict[str, Any]:
    patient: dict[str, Any] = {"resourceType": "Patient", "id": resource_id}
    name = next((i["text"] for i in _items(sections, "about_me") if i.get("kind") == "name"), None)
    if name:
        patient["name"] = [_human_name(name)]
    preferred = _value(sections, "about_me", "preferred_name")
    if preferred:  # "everyone calls me Beth": the name they go by
        patient.setdefault("name", []).append({"use": "usual", "given": [str(preferred)]})
    nhs = _value(sections, "about_me", "nhs_number")
    if nhs:
        patient["identifier"] = [{"system": NHS_NUMBER, "value": re.sub(r"\s", "", str(nhs))}]
    birth = _value(sections, "about_me", "date_of_birth")
    if isinstance(birth, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", birth):
        patient["birthDate"] = birth
    gender = _value(sections, "about_me", "gender")
    if gender in ("male", "female", "other", "unknown"):
        patient["gender"] = gender
    # each of their numbers (a mobile and a home phone are both theirs) and their email
    told_numbers = dict.fromkeys(str(i.get("value", i["text"])) for i in _items(sections, "communication")
                                 if i.get("kind") in ("phone", "email") and i.get("whose") != "carer")
    # a number or an address only: never the wish not to be phoned, answered at a phone question (answers.DO_NOT_PHONE)
    told_numbers = {value: None for value in told_numbers if "@" in value or len(re.sub(r"\D", "", value)) >= 6}
    telecom = [{"system": "email" if "@" in value else "phone", "value": value,
                "use": None if "@" in value else _phone_use(value)} for value in told_numbers]
    if telecom:
        patient["telecom"] = [{k: v for k, v in t.items() if v} for t in telecom]
    told = _value(sections, "home", "address")
    # The street as its own line, the town and the postcode only when plain; a postcode told alone is
    # only the postcode, never the street (bot.intake.address). The town may be told without an
    # address ("he has lived with me in my house in Croydon": structuring's `town`).
    address = read_address(str(told)) if told else None
    city = home_facts.town(sections)
    found = {"use": "home", **({"text": str(told), "line": [address.street]} if address and address.street else {}),
             **({"city": city} if city else {}),
             **({"postalCode": address.postcode} if address and address.postcode else {})}
    if len(found) > 1:
        patient["address"] = [found]
    return patient


# A death said outright in the relative's own clause; "nearly lost my mum", "I feel I have lost my sister
# as well", "if my dad died" or "I thought my mum had died" is no death.
_UNSURE = re.compile(r"\b(?:nearly|almost|practically|virtually|all but|feel|feels|felt|feeling|like|as if|"
                     r"as though|thought|think|fear|feared|afraid|scared|worried|if|in case|might|could|would|"
                     r"not|never|dreamt|dreamed|imagine)\b|n[’']t\b", re.IGNORECASE)
# "lost my mum too" is plainly a death only with how or when ("to cancer", "in 2015", "last year")
_HOW_OR_WHEN = re.compile(r"^\W*(?:to|in (?:\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                          r"\w+ (?:years?|months?|weeks?) ago|last (?:year|month|week)|recently|suddenly)\b",
                          re.IGNORECASE)
_AS_WELL = re.compile(r"^\s*(?:too|as well|also)\b", re.IGNORECASE)
# the relative told as living: "my sister has MS", "my mum lives with me", "my sister's been a rock"
_LIVING = (r"\s+(?:is|are|has|lives|visits|helps|comes|looks|calls|rings|phones|cares|does|takes|says|still|can|"
           r"will|works|keeps|gets|(?:[’']s|[’']ll) (?:been|got|still|always|coming|going|now|not|very|so|a|an))\b")


# A name said after the relation ("my brother Seamus died"): capitalised, so "my mum nearly died" is none
_A_NAME = r"(?:\s+(?-i:[A-Z][a-z]+))?"
# In the person's own words a relation may stand alone, as a name does ("Grandad Stan died", "Mammy had
# the sugar"): capitalised, and not someone else's ("his Mum")
_BARE = r"(?<!his )(?<!her )(?<!our )(?<!their )(?<!your )(?<![\w'’])(?-i:(?=[A-Z]))"


def _death_told(text: str, whose: str, relation: str) -> bool:
    """Whether this clause says plainly that the relative died ("my dad died of a stroke", "I lost my
    mum to cancer", "I lost my dad last year", in the person's own words "Grandad Stan died")."""
    bare = f"|{_BARE}" if whose == "my" else ""
    for said in re.finditer(rf"(?:\b(?:{whose})\s+{bare}){relation}{_A_NAME}\s+(?:died|passed away|passed on)\b",
                            text, re.IGNORECASE):
        if not _UNSURE.search(text[:said.start()]):
            return True
    for said in re.finditer(rf"\blost\s+(?:{whose})\s+{relation}\b", text, re.IGNORECASE):
        after = text[said.end():]
        if _UNSURE.search(text[:said.start()]) or re.match(r"[’']s\b", after):
            continue  # "nearly lost my mum", "lost my mum's ring"
        if _AS_WELL.match(after) and not _HOW_OR_WHEN.match(_AS_WELL.sub("", after)):
            continue  # "lost my sister as well": figurative unless how or when is said
        return True
    return False


def _told_living(sections: dict[str, Any], whose: str, relation: str, deaths: list[dict[str, Any]]) -> bool:
    """Whether the story speaks of the relative as living elsewhere: a condition they have ("my sister
    has MS", not "had"), a current support, a clause in the present tense."""
    spans = [(d["source"]["start"], d["source"]["end"]) for d in deaths if isinstance(d.get("source"), dict)]

    def in_death(item: dict[str, Any]) -> bool:  # told in the death's own clause ("died of a stroke")
        source = item.get("source")
        if isinstance(source, dict) and any(s <= source.get("start", -1) and source.get("end", -1) <= e
                                            for s, e in spans):
            return True
        named = [str(item.get(k)) for k in ("term", "text") if item.get(k)]
        return any(re.search(rf"\b{re.escape(n)}\b", d["text"], re.IGNORECASE) for n in named for d in deaths)

    about = relation.replace("\\", "").lower()
    if any(str(i.get("about", "")).lower() == about and i.get("when") != "past" and not in_death(i)
           for i in _items(sections, "health") if i.get("status") == "family"):
        return True
    if any(str(i.get("relationship", "")).lower() == about and i.get("status") not in ("past", "negated")
           for i in _items(sections, "support_network")):
        return True
    living = re.compile(rf"\b(?:{whose})\s+{relation}{_LIVING}", re.IGNORECASE)
    return any(living.search(i["text"]) for key in sections for i in _items(sections, key) if not in_death(i))


def _died(sections: dict[str, Any], item: dict[str, Any]) -> bool:
    """Whether the story tells the relative's death plainly ("my dad died of a heart attack", "I lost my
    mum to cancer", a bereavement) and nowhere speaks of them as living ("my sister has MS"): in the
    person's words "my dad", in a carer's "his dad" (a carer's "my mum" is not his). Unsure is no death."""
    whose = "his|her|their" if item.get("told_by") == "carer" else "my"
    relation = re.escape(str(item.get("about") or ""))
    if not relation:
        return False
    deaths = [i for i in _items(sections, "about_me")
              if i.get("kind") == "bereavement" and _death_told(i["text"], whose, relation)]
    return bool(deaths) and not _told_living(sections, whose, relation, deaths)


# A death spoken of near a relation ("my father he die long time before", "shes passed", "my late mum")
_DEATH_WORDS = r"\b(?:die|dies|died|dying|passed|dead|death|late|lost|killed|funeral|rip)\b"


def _alive(sections: dict[str, Any], item: dict[str, Any]) -> bool:
    """Whether the story tells the relative as living: each of their conditions told in the present
    ("my sister has MS", "she have the diabetes also", not "had") and no word of a death anywhere the
    relation is named. Unsure is neither living nor dead."""
    relation = str(item.get("about") or "").lower()
    theirs = [i for i in _items(sections, "health") if i.get("status") == "family"
              and str(i.get("about") or "").lower() == relation]
    if not relation or any(i.get("when") == "past" for i in theirs):
        return False
    named = re.compile(rf"\b{re.escape(relation)}\b.*{_DEATH_WORDS}|{_DEATH_WORDS}.*\b{re.escape(relation)}\b|"
                       r"\b(?:deceased|god rest|passed away|rest in peace)\b", re.IGNORECASE)
    texts = [str(i.get("text", "")) for key in sections for i in _items(sections, key)]
    # a death told of no one named ("he died last year") may be theirs
    kin = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ROLES))}|wife|husband|partner)\b", re.IGNORECASE)
    if any(i.get("kind") == "bereavement" and (not kin.search(i["text"]) or
                                                re.search(rf"\b{re.escape(relation)}\b", i["text"], re.IGNORECASE))
           for i in _items(sections, "about_me")):
        return False  # a death told of them, or of no one named ("he died last year"): may be theirs
    # and a clause that speaks of them in the present: "My mother is in Hargeisa", "my brother dai is still
    # going", "My auntie on Dad's side has MS" (not only a condition without a tense: "she had it before she passed")
    living = re.compile(rf"\b{re.escape(relation)}\b(?:\s+[\w']+){{0,3}}?{_LIVING}", re.IGNORECASE)
    return not any(named.search(t) for t in texts) and any(living.search(t) for t in texts)


def _status_of_condition(item: dict[str, Any]) -> dict[str, Any]:
    status = item.get("status")
    if status == "negated":
        return {"verificationStatus": _concept(_VERIFICATION, "refuted")}
    # Told as past, not as gone for good: FHIR's "resolved" says there is negligible risk of it coming
    # back, which a past heart attack or "I used to have asthma" does not say; "inactive" is what was told.
    clinical = {"past": "inactive"}.get(str(status), "active")
    verification = "provisional" if status == "hypothetical" else "confirmed"
    return {"clinicalStatus": _concept(_CLINICAL, clinical), "verificationStatus": _concept(_VERIFICATION, verification)}


def _dosage(item: dict[str, Any]) -> dict[str, Any] | None:
    """How it is taken ("500mg twice a day"), when the story says; None when it names only the medicine."""
    said = " ".join(str(item[k]) for k in ("dose", "frequency") if item.get(k))
    if not said:
        return None
    dosage: dict[str, Any] = {"text": said}
    dose = _DOSE.match(str(item.get("dose", "")).strip())
    if dose:
        dosage["doseAndRate"] = [{"doseQuantity": {"value": float(dose.group(1)), "unit": dose.group(2).lower()}}]
    frequency = str(item.get("frequency", ""))
    times = _FREQUENCY.search(frequency)
    if times:
        dosage["timing"] = {"repeat": {"frequency": _TIMES.get(times.group(1).lower()) or int(re.sub(r"\D", "", times.group(1))), "period": 1,
                                       "periodUnit": {"day": "d", "week": "wk", "month": "mo"}[times.group(3).lower()]},
                            "code": _text(frequency)}
    elif re.search(r"when (needed|required)|as needed|if needed|emerg[ae]nc|in case|\b(if|when) \w+ (fits?|has|have|gets?)\b", frequency, re.I):
        dosage["asNeededBoolean"] = True
    return dosage


def _social(item: dict[str, Any]) -> tuple[str, str] | None:
    text = " ".join([item["text"], *map(str, item.get("terms", [])), *map(str, item.get("features", []))]).lower()
    return next(((code, display) for code, display, words in _SOCIAL if re.search(words, text)), None)


def _said(item: dict[str, Any]) -> str:
    note = {"negated": "not so", "past": "in the past"}.get(item.get("status", ""))
    return f"{item['text']} ({note})" if note else item["text"]


def _social_history(sections: dict[str, Any], social: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str, str]]:
    """(LOINC code, display, what the person said) for each kind of social history told, once each."""
    grouped: dict[str, tuple[str, list[str]]] = {}
    for _, item in social:
        code, display = _social(item) or ("", "")
        grouped.setdefault(code, (display, []))[1].append(_said(item))
    return [(code, display, "; ".join(dict.fromkeys(said))) for code, (display, said) in grouped.items()]


def _observed(code: str, sections: dict[str, Any], said: str) -> dict[str, Any]:
    """The Observation's value: a fact's code, the number of people at home, or the person's words."""
    if code == "63512-8" and home_facts.household_size(sections):
        return {"valueInteger": home_facts.household_size(sections), "note": [{"text": said}]}
    read, system = _CODED.get(code, (None, None))
    found = read(sections) if read else None
    if found is None:
        return {"valueString": said}
    code_of = next((c for c in sorted(found.codes) if (system == _SNOMED) == c[0].isdigit()), None)
    if code_of is None:
        return {"valueString": said}
    return {"valueCodeableConcept": {"coding": [{"system": system, "code": code_of, "display": found.display}],
                                     "text": said}}


def _about_subject(item: dict[str, Any]) -> bool:
    return bool(item.get("about", "subject") == "subject")


def story_bundle(sections: dict[str, Any], now: datetime | None = None, seed: str = "story",
                 teller: dict[str, Any] | None = None) -> dict[str, Any]:
    """A FHIR R4 `collection` Bundle of the given sections' facts (raises nothing for odd items:
    an item without text is skipped). `teller` ({"carer_name", "relationship"}) adds the carer who
    told the story as a RelatedPerson, the SDC `%user`."""
    resources: list[dict[str, Any]] = []
    patient_id = _id(seed, "Patient", 0)
    subject = {"reference": f"urn:uuid:{patient_id}"}
    resources.append(_patient(sections, patient_id))

    def add(resource: dict[str, Any], kind: str, index: int) -> None:
        resources.append({"id": _id(seed, kind, index), **resource})

    if teller and (teller.get("carer_name") or teller.get("relationship")):
        carer: dict[str, Any] = {"resourceType": "RelatedPerson", "meta": {"tag": [TELLER_TAG]}, "patient": subject,
                                 "active": True}
        if teller.get("carer_name"):
            carer["name"] = [_human_name(str(teller["carer_name"]))]
        relationship = _relationship(teller.get("relationship"))
        carer["relationship"] = [relationship] if relationship else []
        carer["relationship"].append(_concept("http://terminology.hl7.org/CodeSystem/v3-RoleClass", "CAREGIVER",
                                              "caregiver"))
        add(carer, "RelatedPerson-teller", 0)
    for index, item in enumerate(_items(sections, "support_network")):
        if item.get("status") == "negated":
            continue
        person: dict[str, Any] = {"resourceType": "RelatedPerson", "patient": subject, "active": item.get("status") != "past"}
        if item.get("name"):
            person["name"] = [_human_name(str(item["name"]))]
        relationship = _relationship(item.get("relationship"))
        roles = [relationship] if relationship else []
        if re.search(r"\bcar(er|es for|ing for)\b|looks? after", item["text"], re.I):
            roles.append(_concept("http://terminology.hl7.org/CodeSystem/v3-RoleClass", "CAREGIVER", "caregiver"))
        if roles:
            person["relationship"] = roles
        if item.get("phone"):
            person["telecom"] = [{"system": "phone", "value": str(item["phone"])}]
        add(person, "RelatedPerson", index)
    social = [(key, item) for key in ("home", "work_money", "health", "risks") for item in _items(sections, key)
              if _about_subject(item) and not item.get("kind") and _social(item)
              # a condition stays a Condition ("alcohol-related liver disease"); only the habit moves
              and (key != "health" or is_habit(item) and (_social(item) or ("",))[0] in ("72166-2", "11331-6"))]
    relatives: dict[tuple[str, str], list[dict[str, Any]]] = {}  # a relative's history's conditions
    for index, item in enumerate(_items(sections, "health")):
        # The person's words, unless misspelt: "my mum had diabetis" is diabetes, its note how it was written
        term = item["text"] if item.get("spelled") else item.get("term") or item["text"]
        note = f"written as “{item['spelled']}”" if item.get("spelled") else item["text"]
        if is_family_history(item):  # a named relative's; an unnamed person's or the carer's is not
            condition = {"code": _text(term), "note": [{"text": note}]}
            # One relative, one history with each of their conditions ("my dad had a heart attack and
            # diabetes": one father), so a form's repeating group has each relative once; "family"
            # or "cousins" is no one person, and two relatives of one kind named apart stay two.
            relative = (str(item.get("about")).lower(), str(item.get("name") or "").lower())
            if relative[0] in _ROLES and relative in relatives:
                relatives[relative].append(condition)
                continue
            history: dict[str, Any] = {
                "resourceType": "FamilyMemberHistory", "status": "completed", "patient": subject,
                **({"deceasedBoolean": True} if _died(sections, item) else
                   {"deceasedBoolean": False} if _alive(sections, item) else {}),
                "relationship": _relationship(item.get("about")) or {"text": "family member"},
                "condition": [condition]}
            relatives[relative] = history["condition"]
            add(history, "FamilyMemberHistory", index)
        elif _about_subject(item) and is_procedure(item) and item.get("status") in (None, "current", "past", "negated"):
            # An operation or a device fitted ("had 2 stents put in") is what was done, not a problem
            # with a clinical status: a form's list of conditions never shows it. A worry is no record.
            add({"resourceType": "Procedure", "status": "not-done" if item.get("status") == "negated" else "completed",
                 "subject": subject, "code": _text(item["text"]),
                 **({"performedDateTime": year} if (year := year_of(item, now.year if now else None)) else {})},
                "Procedure", index)
        elif _about_subject(item) and item.get("status") != "family" and is_condition(item) and not is_procedure(item):
            year = date_of(item, now.date() if now else None)  # "July 2024": "2024-07"
            add({"resourceType": "Condition", **_status_of_condition(item), "subject": subject,
                 "code": _text(item["text"]), **({"onsetDateTime": year} if year else {})}, "Condition", index)
        elif _about_subject(item) and told_problem(item) and item.get("status", "current") == "current":
            # A symptom is what the person feels, not a condition a form lists: "chest pain"; so is a part
            # of the body said to be bad ("my heart's not good": "a problem with the heart").
            add({"resourceType": "Observation", "status": "final", "subject": subject,
                 "code": {**_concept(_LOINC, _SYMPTOM, "Symptom"), "text": "Symptom"},
                 "valueCodeableConcept": _text(problem_words(item))}, "Observation-symptom", index)
    for index, item in enumerate(_items(sections, "medications")):
        if not _about_subject(item) or not (names_a_thing(item, "medications") or item.get("status") == "negated"):
            continue  # "medicines" names none (but "I don't take any medicines" is kept, as not taken)
        if item.get("status") == "hypothetical":
            continue  # "hoping to get an insulin pump", "I might need insulin": no medicine taken (was "active", fresh17)
        status = {"past": "completed", "negated": "not-taken"}.get(str(item.get("status")), "active")
        dosage = _dosage(item)
        add({"resourceType": "MedicationStatement", "status": status, "subject": subject,
             "medicationCodeableConcept": _text(item.get("name") or item.get("term") or item["text"]),
             **({"dosage": [dosage]} if dosage else {})}, "MedicationStatement", index)
    for index, item in enumerate(_items(sections, "allergies")):
        if not _about_subject(item) or item.get("kind") or not names_a_thing(item, "allergies"):
            continue  # "no allergy for medicine" is no allergy to "no"
        negated = item.get("status") == "negated"
        allergy: dict[str, Any] = {"resourceType": "AllergyIntolerance", "patient": subject,
                   "verificationStatus": _concept(_ALLERGY_VERIFICATION, "refuted" if negated else "confirmed"),
                   "code": _text(item.get("term") or item["text"])}
        if not negated:
            allergy["clinicalStatus"] = _concept(_ALLERGY_CLINICAL, "active")
            if item.get("reaction"):  # "brings me out in hives": what it does, in the person's words
                allergy["reaction"] = [{"manifestation": [_text(str(item["reaction"]))]}]
        add(allergy, "AllergyIntolerance", index)
    age = _value(sections, "about_me", "age")
    if isinstance(age, int) and not isinstance(age, bool) and "birthDate" not in resources[0]:
        # The age the person told, when they did not tell their birth date: what an age-gated group
        # ("for people aged 65 or over") is decided by (bot.intake.calculate).
        add({"resourceType": "Observation", "status": "final", "subject": subject,
             "code": {**_concept(_LOINC, AGE, "Age"), "text": "Age"},
             **({"effectiveDateTime": now.isoformat()} if now else {}),
             "valueQuantity": {"value": age, "unit": "years", "system": "http://unitsofmeasure.org", "code": "a"}},
            "Observation-age", 0)
    for index, (code, display, said) in enumerate(_social_history(sections, social)):
        add({"resourceType": "Observation", "status": "final", "subject": subject,
             "category": [_concept(_OBSERVATION_CATEGORY, "social-history", "Social History")],
             "code": {**_concept(_LOINC, code, display), "text": display},
             **({"effectiveDateTime": now.isoformat()} if now else {}), **_observed(code, sections, said)},
            "Observation", index)
    for index, item in enumerate(_items(sections, "goals")):
        if item.get("status") != "negated":
            add({"resourceType": "Goal", "lifecycleStatus": "active", "subject": subject,
                 "description": _text(item["text"])}, "Goal", index)
    return {"resourceType": "Bundle", "id": _id(seed, "Bundle", 0), "type": "collection",
            **({"timestamp": now.isoformat()} if now else {}),
            "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]}


def validate_bundle(bundle: dict[str, Any]) -> None:
    """Raise pydantic's ValidationError if `bundle` (or any resource in it) is not valid FHIR."""
    from fhir.resources.bundle import Bundle  # slow import: only when a bundle is checked

    Bundle.parse_obj(bundle)


def teller_of(bundle: dict[str, Any]) -> dict[str, Any] | None:
    """The RelatedPerson who told the story on the person's behalf, if one did."""
    return next((r for r in resources_of(bundle, "RelatedPerson") if TELLER_TAG in r.get("meta", {}).get("tag", [])),
                None)


def resources_of(bundle: dict[str, Any], resource_type: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle.get("entry", []) if e["resource"].get("resourceType") == resource_type]


def with_story_bundle(record: dict[str, Any]) -> dict[str, Any]:
    """A person's download (consent_store.export.export_record) with their latest confirmed story
    added as a validated FHIR Bundle under "fhir_bundle"; the readable JSON stays as it was."""
    versions = record.get("profile_versions") or []
    if not versions:
        return record
    latest = versions[-1]
    profile = latest.get("profile") or {}
    confirmed = datetime.fromisoformat(latest["confirmed_at"]) if latest.get("confirmed_at") else None
    if confirmed is not None and confirmed.tzinfo is None:  # SQLite gives the stored UTC time back naive
        confirmed = confirmed.replace(tzinfo=timezone.utc)
    bundle = story_bundle(profile.get("sections", {}), confirmed, seed=str(record.get("exported_for", "story")),
                          teller=profile.get("teller") if latest.get("told_by") == "carer" else None)
    validate_bundle(bundle)
    return {**record, "fhir_bundle": bundle}
