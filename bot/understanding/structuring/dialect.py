"""Scots, Northern English and text-speak spellings read as the words the rules know, without moving
a character: every change keeps the length of what it replaces, so where an item came from in the
story (its source offsets) is still where the person wrote it.

"Ma man cannae dress himsel" is read as "My man cannot dress himsel"; "Am seventy nine and I bide on
ma own" as "Im seventy nine and I live on my own"; "me husband", "me knees" as "my husband", "my
knees". Words that cannot keep their length ("tae", "dae") are given their meaning by the tokenizer
instead (`NORMS`, for the lexicons' phrase matching)."""
from __future__ import annotations

import re

from bot.understanding.structuring.guarded import Guarded

# Scots negatives, each the same length as the English: "cannae" -> "cannot", "didnae" -> "didn't".
_NEGATIVES = {"cannae": "cannot", "dinnae": "do not", "didnae": "didn't", "wasnae": "wasn't", "isnae": "isn't",
              "wouldnae": "wouldn't", "couldnae": "couldn't", "doesnae": "doesn't", "hasnae": "hasn't",
              "havenae": "haven't", "shouldnae": "shouldn't", "bide": "live", "bides": "lives",
              "wis": "was", "aff": "off", "noo": "now",
              # "a havnae touched a drop since", "a telt him naw" (the thirty-fifth fresh forms set, session 41)
              "havnae": "havent", "hivnae": "havent", "telt": "told",
              # Geordie "divvent drink now", "dinnet"
              "divvent": "doesn't", "divvn't": "doesn't", "dinnet": "do not",
              # "I divn't drink", "divnt", "Ah dinna smoke" (session 20): "don't", as long
              "divn't": "do not", "divn’t": "do not", "divnt": "don't", "dinna": "don't",
              # Geordie "aa divven't have cancer", "aa divven't use it" (session 21): as long
              "divven't": "does not", "divven’t": "does not",
              # Geordie and Scots "brought her oot in a rash", "aboot", "doon the stairs" (each as long as the English)
              "oot": "out", "aboot": "about", "doon": "down", "hoose": "house",
              # West Country "tisn't Alzheimer's, tis vascular dementia", "twas" (the seventeenth fresh set, session 33)
              "tisn't": "is not", "tisn’t": "is not", "tidn't": "is not", "twas": " was", "tis": " is",
              # Jamaican "She nuh smoke an she nuh drink", "she cyaan read" (the twenty-fourth fresh set, session 40: the
              # smoking was current)
              "nuh": "not", "cyaan": "can't"}  # "Ah wis on co-codamol but the doctor took me aff it"
_NEGATIVE = Guarded(re.compile(r"\b(" + "|".join(_NEGATIVES) + r")\b", re.IGNORECASE), "|".join(_NEGATIVES))
# "ma" and "me" before the person's own things and people are "my" ("ma knees", "me nan's ninety").
_OWN = (r"(?:(?:wee|little|big|old|auld|poor|eldest|youngest|oldest|own|late)\s+)?"
        r"(?:man|wife|husband|hubby|mam|mammy|mom|mommy|mummy|maw|mither|faither|granda|mum|ma|dad|da|nan|nana|gran|granny|grandad|grandma|son|daughter|lad|lass|"
        r"boy|girl|bairn|bairns|kids|sister|brother|partner|pal|mate|neighbour|family|own|knees?|back|hips?|legs?|"
        r"feet|foot|hands?|arms?|shoulders?|chest|eyes?|ears?|heart|head|neck|stomach|belly|tablets|pills|meds|"
        r"inhaler|house|flat|hoose|home|carer|doctor|doc|gp|sugar|nerves|memory|walking|stick|frame|chair|"
        r"bed|stairs|pension|money|benefits|rent|bills|dog|cat|garden|work|job|joab)s?\b")  # "me nans got": no "'s"
_MY = re.compile(r"(?<![\w'’])(?:(ma)|(me)|(mi))(?=\s+" + _OWN + ")", re.IGNORECASE)  # Jamaican "mi husband" too
# Jamaican "live with mi", "help mi": "me" (as long), after a word that takes one
_MI_ME = re.compile(r"\b((?:with|for|to|help|helps|give|gives|tell|tells|see|sees|call|calls|visit|visits|an|and) )([Mm]i)\b"
                    r"(?!\s+(?:" + _OWN + r"))")
# Jamaican "him did have prostate cancer", "him cyaan walk": "him" opening a clause is "he" (as long, with a space)
_HIM_SAYS = re.compile(r"(?:(?<=^)|(?<=[,.;!?]\s))([Hh]im)(?=\s+(?:did|have|has|had|haffi|cyaan|cyan|caan|nuh|not|can't|neva|tek|"
                       r"a)\b)")
# Scots "ma ain heart", "her ain hoose": their own (as long; not "ain't")
_AIN = re.compile(r"(?<![\w'’])((?:ma|my|me|oor|our|his|her)\s)(ain)\b(?!['’])", re.IGNORECASE)
_AM = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(Am|am)(?=\s+(?!I\b|i\b)\w)")
# Irish "himself" for the husband ("I live with himself, Seamus", "Himself has dementia now"): "husband", as long;
# not the reflexive ("he dresses himself", "he has it himself")
_HIMSELF = re.compile(r"(?:(?<=\bwith\s)|(?<=\band\s)|(?<=\bfor\s)|(?<=^)|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=\n))"
                      r"([Hh]imself)\b(?=\s*,|\s+(?:has|had|is|was|does|doesn't|doesn’t|can't|can’t|cannot|won't|"
                      r"won’t|gets|got|goes|needs|can|used|still|isn't|isn’t|was)\b)")
# The tokenizer reads these as the word they mean (same length or not): for phrase matching only.
NORMS = {"tae": "to", "dae": "do", "ye": "you", "wi": "with", "oot": "out", "hame": "home", "hoose": "house",
         "aboot": "about", "masel": "myself", "himsel": "himself", "hersel": "herself", "wee": "little",
         "gonna": "going", "wanna": "want", "dunno": "know", "nite": "night", "nites": "nights", "tho": "though",
         "cos": "because", "coz": "because", "becos": "because", "bcos": "because", "thru": "through",
         "mam": "mum", "mammy": "mum", "rly": "really", "rlly": "really", "lil": "little"}


# "she has ms", typed in lower case, is multiple sclerosis (a lexicon term matched only in capitals)
_HAS_MS = re.compile(r"\b((?:has|have|got|with|wiv|av|diagnosed with)\s+)ms\b(?!['’])(?!\.\s*(?-i:[A-Z]))", re.IGNORECASE)
# Scots and Irish "Ah'm seventy two" is "I am seventy two" (the same length).
# Geordie "Aa'm Stanley, aa'm seventy nine" too (session 22)
_AH_M = re.compile(r"(?<![\w'’])[Aa][ha]['’]m\b")

# Black Country "her ay got dementia", "he ay bin well" (the twenty-fourth fresh set, session 40: read as dementia she
# has): "ay" after who, before a verb, is "isn't"/"hasn't": "no", as long
_AY = re.compile(r"(\b(?:her|she|he|him|ar|it|we|they|yo|you|i) )(ay)(?= (?:got|bin|been|had|gonna|gunna|took|tekken|"
                 r"seen|done|gone|any|well|able|allowed|gorra)\b)", re.IGNORECASE)


def normalise(text: str) -> str:
    """The same text, as long, with dialect spellings the rules would miss put in words they know."""
    text = _NEGATIVE.sub(lambda m: _same_case(m.group(0), _NEGATIVES[m.group(0).lower()]), text)
    text = _AH_M.sub(lambda m: "I am" if m.group(0)[0] == "A" else "i am", text)
    text = _AY.sub(lambda m: m.group(1) + _same_case(m.group(2), "no"), text) if " ay " in text.lower() else text
    text = _HAS_MS.sub(lambda m: m.group(1) + "MS", text)
    text = _AIN.sub(lambda m: m.group(1) + _same_case(m.group(2), "own"), text)
    text = _MY.sub(lambda m: _same_case(m.group(0), "my"), text)
    text = _MI_ME.sub(lambda m: m.group(1) + _same_case(m.group(2), "me"), text) if "mi" in text.lower() else text
    text = _HIM_SAYS.sub(lambda m: "He " if m.group(1)[0] == "H" else "he ", text) if "im " in text.lower() else text
    text = _HIMSELF.sub(lambda m: _same_case(m.group(0), "husband"), text) if "imself" in text else text
    return _AM.sub(lambda m: _same_case(m.group(0), "im"), text)


def _same_case(written: str, word: str) -> str:
    return word.capitalize() if written[:1].isupper() else word
