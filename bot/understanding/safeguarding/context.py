"""What around a rule's words changes what they mean: the subject talked about rather than lived, a
danger long past, an everyday mishap or a sensible limit, and a message that reassures.

None of these silences a concern outright: each hands the decision to the classifier, or asks it to
be surer (policy.py), because "he's fine with it" can be said of something that is not fine.
"""
from __future__ import annotations

import re

# A sentence about the subject rather than the person ("a documentary about suicide", "I'm a domestic
# abuse support worker"): the rules' word alone does not decide; the classifier, which has seen such
# sentences, does.
ABOUT_THE_SUBJECT = {"documentary", "documentry", "programme", "program", "film", "drama", "novel", "book",
                     "course", "training", "talk", "awareness", "charity", "volunteer", "leaflet", "article",
                     "news", "telly", "tv", "series", "class", "lecture", "podcast", "counsellor", "prevention",
                     "survivor", "survivors", "worker", "job", "work", "study", "studying", "essay"}

# Health, mobility and the state of a house: the reasons for a limit or a fear that are not a person
# ("I'm not allowed to lift anything after my op", "I don't feel safe on the stairs since my fall").
_HEALTH_AND_HOUSE = {"fall", "falls", "fell", "falling", "balance", "dizzy", "stroke", "dementia", "epilepsy",
                     "seizure", "seizures", "fit", "fits", "heart", "ward", "op", "operation", "surgery",
                     "doctor", "doctors", "gp", "physio", "ot", "eyes", "eyesight", "cataract", "cataracts",
                     "dvla", "hip", "knee", "knees", "legs", "arthritis", "wheelchair", "frame", "stick",
                     "oxygen", "copd", "asthma", "diabetes", "insulin", "colonoscopy", "test", "scan", "diet",
                     "salt", "sugar", "exercises", "stairs", "stair", "stairlift", "steps", "lift", "rail",
                     "alarm", "pendant", "flood", "boiler", "ceiling", "mould", "damp", "landlord", "repair",
                     "repairs", "electrics", "wiring", "burglary", "ice", "icy", "snow", "dark", "chemo",
                     "chemotherapy", "homework", "exams", "curfew", "ladder", "ironing"}

# Words that make a rule's hit an everyday mishap or a sensible limit ("I burnt my hand on the
# kettle"): the classifier decides those too.
EVERYDAY: dict[str, set[str]] = {
    "self_harm": {"kettle", "oven", "cooking", "cook", "shaving", "shave", "accident", "accidentally", "plaster",
                  "iron", "hob", "pan", "stove", "slip", "slipped", "dog", "cat", "garden", "gardening", "paper",
                  "box", "work", "tin", "fell", "fall", "eczema", "itch", "itchy", "injection", "injections",
                  "razor", "kitten", "knife", "gym", "tattoo"},
    "coercive_control": {"heavy", "carry", "fusspot", "telly", "tv", "lol", "bedtime", "settings", "agreed",
                         "asked", "share", "both"} | _HEALTH_AND_HOUSE,
    "financial_abuse": {"receipt", "receipts", "spreadsheet", "refunded", "scam", "fraud"},
    "not_safe_at_home": {"using", "hob", "gas", "bath", "shower", "driving", "walking", "cooker", "kettle",
                         "roof", "leak", "hospital", "hotel", "mobility"} | _HEALTH_AND_HOUSE,
}

_PAIN = {"pain", "painful", "ache", "aching", "achy", "sore", "hip", "knee", "knees", "back", "feet", "foot",
         "leg", "legs", "migraine", "headache", "arthritis", "sciatica", "neck", "shoulder", "joints", "teeth"}
_BLEEDING_AND_BRUISING = {"warfarin", "thinner", "thinners", "anticoagulant", "apixaban", "rivaroxaban", "edoxaban",
                          "clopidogrel", "aspirin", "fall", "falls", "fell", "falling", "tripped", "trip", "slipped",
                          "bumped", "knocked", "bike", "trampoline", "park", "football", "frame", "bed", "rails",
                          "skin", "thin", "diabetes", "diabetic", "blood", "haematologist", "eczema"}
_HELP_GIVEN = {"attorney", "appointee", "deputy", "receipt", "receipts", "statement", "statements", "asked",
               "agreed", "trust", "translate", "explain", "explains", "spreadsheet", "scam", "fraud", "blocked",
               "refunded", "mistake", "overpayment", "tight", "brassic", "choice"}
_CARE_GIVEN = {"gentle", "gently", "patient", "kind", "lovely", "respectful", "towel", "hoist", "rota", "male",
               "female", "prefer", "commode", "catheter", "cream", "stockings", "apologised", "smashing"}
_CONTROLLED_MEDICINES = {"pharmacy", "pharmacist", "chemist", "prescription", "prescribed", "repeat", "dosette",
                         "blister", "patch", "patches", "locked", "tin", "gp", "doctor", "hospice", "palliative",
                         "nurse", "nurses", "district", "headaches", "headache", "pain", "cupboard", "fridge"}

# Reasons, for each kind, that make the classifier's guess at that kind likely a near miss when no rule
# heard anyone do anything ("i dont feel safe on the stairs", "the pain is killing me", "my son does
# my banking because I can't see the screen", "the carer helps me shower"). They raise the
# probability the classifier alone needs for that kind (policy.reason_from), chosen on the tuning corpus
# kind by kind (a kind whose recall would fall keeps its usual threshold); they never
# touch what a rule heard, and a message can carry a reason and a disclosure both, so it is a higher
# bar, not silence.
REASONS: dict[str, set[str]] = {
    "not_safe_at_home": _HEALTH_AND_HOUSE | _PAIN | {"cooker", "gas", "bath", "shower", "wandering", "wanders",
                                                    "wander", "cold", "heating", "adaptations", "adaptation",
                                                    "grab", "rails", "telecare", "sensor", "safely", "ot"},
    "suicidal": _PAIN | _CONTROLLED_MEDICINES,
    "self_harm": _BLEEDING_AND_BRUISING | {"roses", "rose", "thorn", "kettle", "shaving", "razor", "knife",
                                           "straighteners", "oven", "burnt", "scald", "parkinsons"},
    "domestic_abuse": _BLEEDING_AND_BRUISING | {"deaf", "hearing", "dementia", "delirious", "sundowning",
                                                "xbox", "lol", "joke"},
    "financial_abuse": _HELP_GIVEN,
    "care_abuse": _CARE_GIVEN,
    "coercive_control": _HEALTH_AND_HOUSE | {"worrier", "inhaler", "hypo", "seizure", "sight", "stammer",
                                             "peace", "agreement"},
    "carer_breaking_point": {"respite", "assessment", "sitting", "council", "pharmacy", "form", "forms",
                             "printer"},
    "neglect": _HEALTH_AND_HOUSE | _PAIN | {"chemo", "dialysis", "stroke", "swallow", "toenails", "podiatry",
                                            "bills", "purpose"},
}


# Stronger: the fear is of a place where one falls, said as such ("i dont feel safe on the stairs",
# "not safe getting in the bath", "feared of them steps"): `kind + STRONG` in `reasons`, with its own
# threshold (policy.reason_from(kind + STRONG)).
STRONG = "!"
_FALLS = re.compile(
    r"\b(safe|unsafe|steady|unsteady|scared|frightened|afraid|nervous|worried|feared|feart|confident)\b"
    r"(\s+\w+){0,4}\s+(stairs|stair|steps|step|bath|shower|feet|legs|frame|ladder|floor|ice|icy|kerb|falling"
    r"|fall|slipping|toilet|bed|hoist|stairlift)\b")
STRONG_REASONS: dict[str, re.Pattern[str]] = {"not_safe_at_home": _FALLS}


def reasons(words: set[str], plain: str = "") -> frozenset[str]:
    """The kinds for which these words give an ordinary reason (REASONS), and `kind + STRONG` for
    those the plain text gives a strong one (STRONG_REASONS)."""
    return frozenset([kind for kind, reason in REASONS.items() if reason & words]
                     + [kind + STRONG for kind, pattern in STRONG_REASONS.items() if pattern.search(plain)])


_LONG_PAST = re.compile(r"\b(years ago|used to|when i was|in the past|behind me|no longer|as a (teenager|kid|child)"
                        r"|in (19|20)\d\d)\b")
_STILL = re.compile(r"\b(again|still|now|lately|recently|started|these days|this week|today|tonight)\b")

# A message that says in its own words that a matter is settled: agreed, asked for, a doctor's order,
# money given back ("we agreed it together", "the bank refunded it", "doctor's orders"). Such a message
# needs the classifier surer before it alarms (policy.reassured_from), never silence. Words that a
# person who is harmed also says to play it down ("he means well", "he's lovely really") are not here.
_SETTLED = re.compile(
    r"\b(fair enough|fair play|fair shout|(which|that|it) is fair|only fair"
    r"|(he|she|they) (is|are|was|were) (probably |probly |quite )?right|(we|i) (both )?agreed|we (both )?chose"
    r"|we (decide|decided) (it )?together|i asked (him|her|them) to|(my|our) idea|nothing sinister"
    r"|refunded|gave it (all )?back|got it (all )?back|doctors? orders|all above board)\b")
# Lighter words: a laugh, a kind word ("lol", "bless him", "its cute", "brilliant"). They calm only
# what the classifier alone heard, never what a rule heard someone do ("he hit me again lol"), nor
# suicide or self-harm, where young people joke to say it.
_LIGHT = re.compile(
    r"(?<!not )\b(lol|lool|lols|lolz|haha+|hehe+|lmao|rofl|only joking|just joking|bless (him|her|them)"
    r"|(it is|its|that is|thats|so|really) (sweet|cute|lovely|nice)|lovely|brilliant|marvellous|smashing"
    r"|fantastic|had a laugh|laugh about it|we laughed|spoils? me|(a|such a) (gem|star))\b")
NOT_CALMED_BY_LIGHT_WORDS = frozenset({"suicidal", "self_harm"})
SETTLED = "settled"
LIGHT = "light"


def long_past(plain: str) -> bool:
    return bool(_LONG_PAST.search(plain)) and not _STILL.search(plain)


def reassured(plain: str) -> str | None:
    """SETTLED if the message (its plain words) says a matter is settled, LIGHT if it only laughs or
    speaks kindly, else None."""
    if _SETTLED.search(plain):
        return SETTLED
    if _LIGHT.search(plain):
        return LIGHT
    return None


# What a person or carer wants, said as a goal: to stay, remain or keep living at home, in their own
# flat or bungalow; to be safe, happy or independent at home; to stay out of a care home ("for her to
# stay living in her own home", "keep him at home", "so she can remain in her bungalow", "not go into a
# home"). Such words are the product's commonest answer, and a classifier that has read "home" beside
# disclosures hears danger in them: the classifier reads the message without them (`without_goals`),
# so a risk said with the goal ("she wants to stay at home but he hits her") is still heard, and the
# rules read every word as before. A goal said after a negation or a fear ("i am scared to stay at
# home", "she can not stay at home") is not a goal and is left for the classifier to read.
_PLACE = r"(?:home|house|flat|bungalow|place|room|street|village|area)"
_WHO = r"(?:(?:my|his|her|their|our|the|a|own|mum|mom|dad|nan|gran|grandad|him|her|them|me|us|husband|wife" \
       r"|partner|mother|father|together|with|and|me|i|he|she|they|we|so|can|to|for|be|able|as|long|possible)\s+)"
_GOALS = re.compile(
    r"\b(?:(?:stay|stays|staying|stayed|stop|stops|stopping|remain|remains|remaining|keep|keeps|keeping|carry on"
    r"|carrying on|continue|continues|continuing|live|lives|living|be|being|go on)\s+)"
    r"(?:(?:living|live|to|on|at|in|safe|safely|happy|happily|independent|independently|well|comfortable|settled"
    r"|there|here|together|with|and|for|as|long|possible|help|support|carers?|a|bit|more|him|her|them|me|us"
    r"|mum|dad|nan|gran)\s+){0,6}"
    r"(?:at|in|inside)\s+" + _WHO + r"{0,3}" + _PLACE + r"s?\b"
    r"|\b(?:stay|stays|staying|keep|keeps|keeping|kept|keep \w+|stay \w+)\s+out\s+of\s+(?:a\s+|the\s+|any\s+)?"
    r"(?:care\s+|nursing\s+|residential\s+)?(?:home|homes|hospital)\b"
    r"|\b(?:not|never)\s+(?:go|going|be|being|have to go|moved?|put)\s+(?:\w+\s+){0,2}(?:in|into|to|in 2|in2)\s+"
    r"(?:a|an|the)\s+(?:care\s+|nursing\s+|residential\s+)?home\b"
    r"|\b(?:keep|keeps|keeping)\s+(?:\w+\s+){1,2}(?:at|in)\s+" + _WHO + r"{0,3}" + _PLACE + r"\b")
_NOT_A_GOAL = re.compile(r"\b(not|never|no|scared|afraid|frightened|terrified|petrified|dread|dare|unsafe|can not|"
                         r"frit|feared|rather)\s+(\w+\s+){0,3}$")


def without_goals(plain: str) -> str:
    """The plain words with any goal to live at home taken out, for the classifier to read."""
    kept: list[str] = []
    at = 0
    for match in _GOALS.finditer(plain):
        if match.group(0).startswith(("not ", "never ")) or not _NOT_A_GOAL.search(plain[:match.start()]):
            kept.append(plain[at:match.start()])
            at = match.end()
    kept.append(plain[at:])
    return " ".join(" ".join(kept).split())
