"""An overdose taken, or about to be: "i just swallowed 40 co-codamol", "took 30 of the paracetamol an hour ago",
"took a load of my sertraline like 20 of them", "im going to take all my tablets tonight".

A stranger on the stack (session 17) got "Thank you, I have kept that" for the first, "Sorry, I did not catch that"
for the second and "A PIN is 4 to 8 numbers only" for the third: the rules knew a few words for tablets, and wanted
a time word after them. Here a medicine is any name the structurer knows (our lexicon and the maintained list of
NHS and MeSH names, data/lexicons), a quantity is a number of ten or more that is no dose or time ("20mg", "ten
minutes", "10 a day") or words for a lot at once ("a load of", "a whole packet of"), and the taking is done
("took", "swallowed", "necked") or meant ("going to take all my tablets"). Taking all of one's tablets as usual
("I took all my tablets this morning") is no overdose: "all" counts only when meant, or "at once".

Its help names 999 and A&E first (categories.OVERDOSE_TAKEN): after an overdose, harm can come hours later though
the person feels well.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.settings import PROJECT_ROOT
from bot.understanding.safeguarding.typed import plain_words

_DONE = frozenset({"took", "taken", "swallowed", "swallow", "swallowing", "necked", "downed", "ate", "eaten",
                   "overdosed", "chucked", "popped", "necking", "downing", "popping", "had", "smashed", "smash"})
# taking words after which "all" is already too many ("I've swallowed all my tablets"; "took all my tablets" is as usual)
_GULPED = frozenset({"swallowed", "swallow", "swallowing", "necked", "downed", "necking", "downing", "chucked"})
_MEANT = frozenset({"take", "swallow", "neck", "down", "eat", "pop"})
_INTENT = frozenset({"going", "gonna", "gunna", "gna", "will", "ill", "about", "want", "wanna", "planning", "plan",
                     "thinking", "tempted", "might"})
_ME = frozenset({"i", "im", "ill", "ive", "id", "imma", "gonna", "wanna", "gunna", "gna"})  # the writer means to
_NOT = frozenset({"not", "never", "didnt", "didn", "dont", "havent", "hasnt", "wont", "cant", "nt", "doesnt"})
# what makes a number of tablets the usual ones: "took 10 tablets this morning as usual", "12 tablets a day"
_USUAL = frozenset({"morning", "usual", "normal", "normally", "daily", "day", "night", "bedtime", "different",
                    "times", "prescribed", "each", "every", "breakfast", "lunch", "dinner", "tea"})
# where all one's tablets go without being taken: "take all my meds to the GP for a review", "in a dosette box"
_NOT_SWALLOWED = frozenset({"gp", "doctor", "doctors", "pharmacy", "pharmacist", "chemist", "chemists", "review",
                            "dosette", "blister", "nurse", "hospital", "surgery", "bin", "back", "away", "off", "course",
                            "courses", "every", "each", "daily"})
_NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                 "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                 "dozen": 12}
_A_LOT = frozenset({"load", "loads", "lot", "lots", "handful", "handfuls", "bunch", "pile", "stack", "heap", "fistful"})
_CONTAINERS = frozenset({"packet", "packets", "box", "boxes", "bottle", "bottles", "strip", "strips", "tub", "pack",
                         "packs", "blister", "sheet"})
_ALL = frozenset({"all", "whole", "entire", "rest"})
# what makes a number a dose, a time or a count of days, not tablets at once
_UNITS = frozenset({"mg", "mgs", "ml", "mls", "mcg", "micrograms", "milligrams", "milligram", "microgram", "units",
                    "unit", "g", "gram", "grams", "puffs", "puff", "drops", "drop", "minutes", "mins", "min",
                    "minute", "hours", "hour", "hrs", "hr", "days", "day", "weeks", "week", "years", "year", "months",
                    "month", "times", "x", "quid", "pounds", "p", "percent", "am", "pm", "oclock", "o", "steps",
                    "metres", "miles", "mile", "kg", "kilos", "stone", "lbs", "yrs", "secs", "seconds"})
_AT_A_TIME = frozenset({"at", "by"})  # a clock time: "at 10", "by 9" (never "around 60 of mums tablets")
_SPREAD = frozenset({"a", "per", "each", "every", "daily", "over", "across", "throughout", "weekly"})
_AT_ONCE = ("at once", "in one go", "all together", "altogether", "the lot", "in one hit", "all at once")
_TABLET_WORDS = frozenset({"tablet", "tablets", "pill", "pills", "meds", "medication", "medications", "medicine",
                           "medicines", "painkiller", "painkillers", "capsule", "capsules", "tabs", "sleeping",
                           "dose", "doses", "drugs", "insulin", "paracetamol", "codeine", "morphine", "antidepressants",
                           "dosette"})
# names in the maintained list that are everyday things first ("ate a whole jar of honey")
_FOODS_AND_METALS = frozenset({"honey", "copper", "silver", "platinum", "oxygen", "iron", "gold", "zinc", "salt",
                               "sugar", "water", "coffee", "caffeine", "alcohol", "garlic", "ginger"})
_REACH = 6  # words from the taking to the quantity, and from the quantity to the medicine


@lru_cache(maxsize=1)
def medicine_words() -> frozenset[str]:
    """Every medicine name the structurer knows, in lower case, hyphens as spaces ("co codamol") or as nothing
    ("cocodamol": a stranger, session 18, typed it so and got no help)."""
    from bot.understanding.structuring.lexicons import (
        read_lexicon,  # (as the package's other uses, where needed)
    )

    names: set[str] = set(_TABLET_WORDS)
    for name in ("medications.txt", "medicine_names.txt"):
        path = PROJECT_ROOT / "data" / "lexicons" / name
        if path.exists():  # each term and its canonical name, as the structurer reads them
            for word in (word.lower() for pair in read_lexicon(path).items() for word in pair):
                names.update({word.replace("-", " "), word.replace("-", "")})  # "co codamol", "cocodamol"
    return frozenset(names - _FOODS_AND_METALS)


def _a_medicine(words: list[str], at: int) -> bool:
    names = medicine_words()
    word = words[at]
    return word in names or word.rstrip("s") in names or (
        at + 1 < len(words) and f"{word} {words[at + 1]}" in names)


def _quantity(words: list[str], at: int, meant: bool, plain: str) -> bool:
    """Whether words[at] begins a quantity of tablets at once."""
    word = words[at]
    following = words[at + 1] if at + 1 < len(words) else ""
    value = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)
    later = set(words[at + 1:at + 8])
    if "last" in words[at + 1:at + 8]:  # "took 30 of my nans codeine last night": no usual night's tablets
        later -= {"night", "morning", "day"}
    at_once = any(phrase in plain for phrase in _AT_ONCE)
    if value:
        if at and words[at - 1] in _AT_A_TIME:
            return False  # "i give him his sleeping tablet at 10"
        if value < 10 or following in _UNITS or word.endswith(("mg", "ml")) or later & _USUAL:
            return False
        if 1900 <= value <= 2099 and len(word) == 4 and not (at + 1 < len(words) and _a_medicine(words, at + 1)):
            return False  # a year: "I had a hip replacement in 2020. I stopped two of my tablets" (session 22)
        after = words[at + 1:at + 4]
        return not (after[:1] and after[0] in _SPREAD and len(after) > 1 and after[1] in _UNITS | {"day", "week"})
    if (later & _NOT_SWALLOWED and not at_once) or following in ("course", "lot"):  # "a whole course of", "a whole
        return False  # lot of pills"; but "swallowed my whole weeks dosette box in one go" is all of them at once
    if word in _A_LOT or word in _CONTAINERS:
        return True
    if word in _ALL:
        return meant or word in ("whole", "entire") or at_once
    return False


# an overdose said as one ("i had a go at overdosing on my amitriptyline", "took an od of my sertraline"), and something
# harmful swallowed ("drank bleach on monday but im ok now": a stranger, session 18, got no word of A&E)
_OVERDOSED = frozenset({"overdose", "overdosed", "overdosing", "od", "oded", "ods"})  # never "odd" ("an odd reaction")
_GIVEN = frozenset({"gave", "given", "give", "giving", "nurse", "carer", "doctor", "pharmacist", "chemist", "he", "she",
                    "they", "accidentally", "accident", "mistake", "wrong"})
_POISONS = frozenset({"bleach", "antifreeze", "weedkiller", "paraquat", "dettol", "poison", "disinfectant", "detergent",
                      "domestos", "toilet duck", "drain cleaner", "white spirit", "rat poison", "slug pellets", "lye"})
# swallowed only: "i took the bleach and cleaned the toilet", "she had some domestos in the cupboard" are no poisoning
_DRANK = frozenset({"drank", "drunk", "drink", "drinking", "swallowed", "swallow", "swallowing", "ate", "eaten",
                    "necked", "downed"})


def _overdosed_or_poisoned(words: list[str]) -> bool:
    for i, word in enumerate(words):
        if any(w in _NOT for w in words[max(0, i - 4):i]):
            continue
        after = words[i + 1:i + 1 + _REACH]
        if word in _OVERDOSED and _ME & set(words[max(0, i - 6):i]) | {"me", "myself"} & set(words[max(0, i - 6):i]) \
                and not _GIVEN & set(words[max(0, i - 6):i]) \
                and any(_a_medicine(words, m) for m in range(i + 1, min(len(words), i + 1 + _REACH))):
            return True  # the writer's own ("the nurse gave me an overdose of insulin" is another's error)
        if word in _DRANK and any(w in _POISONS or " ".join(after[j:j + 2]) in _POISONS for j, w in enumerate(after[:4])):
            return True
    return False


def taken(words: list[str]) -> bool:
    """Whether the message's plain words (typed.plain_words) say an overdose is taken, or about to be."""
    plain = " ".join(words)
    if _overdosed_or_poisoned(words):
        return True
    for i, word in enumerate(words):
        done = word in _DONE
        before = words[max(0, i - 5):i]
        meant = word in _MEANT and any(w in _INTENT for w in before) and bool(_ME & set(before) or i < 3)
        if not (done or meant) or any(w in _NOT for w in before):
            continue
        for q in range(i + 1, min(len(words), i + 1 + _REACH)):
            if word == "had" and not (words[q].isdigit() or words[q] in _NUMBER_WORDS or words[q] in ("whole", "entire")):
                continue  # "I had a lot of tablets to take": only a number had, or a whole packet
            if not _quantity(words, q, meant or word in _GULPED, plain):
                continue
            # the medicine after the quantity ("40 co codamol", "a load of my sertraline"), or before it
            # ("took my sertraline, like 20 of them")
            around = list(range(q + 1, min(len(words), q + 1 + _REACH))) + list(range(i + 1, q))
            if any(_a_medicine(words, m) for m in around):
                return True
    return False


# Not waking up, hoped for or made sure of: "ive been takin 20 of my tramadol at night so i dont wake up" (a stranger,
# session 17: only the classifier heard it, and it heard "so i dont wake up at 3am" and "in agony" the same way).
_CLAUSES = re.compile(r"[.!?;,:\n]+")
_NEVER = frozenset({"not", "never", "no"})
# what may follow "wake up" and still mean not waking at all: "never wake up again", "not wake up in the morning"
_FOR_GOOD = frozenset({"again", "ever", "anymore", "any", "more", "tomorrow", "in", "the", "morning", "this", "time",
                       "at", "all", "next", "day", "one", "lol", "x", "xx", "haha", "tbh", "honestly", "really", "please",
                       "pls", "ngl", "idk"})
_HOPED = frozenset({"hope", "hoping", "hoped", "pray", "praying", "prayed", "rather", "wishing", "wished"})
_MADE_SURE = frozenset({"so", "enough", "sure", "that"})  # "so i dont wake up", "enough to not wake up"
_MORE_THAN_PRESCRIBED = frozenset({"extra", "double", "more", "loads", "load", "lot", "lots", "all", "whole", "saved",
                                   "saving", "stockpiled", "stockpiling", "hoarded", "handful"})


def not_to_wake(text: str) -> str | None:
    """HOPED when the words hope or pray not to wake ("i hope i dont wake up", "pray i wont wake up in the morning"),
    MADE_SURE when tablets beyond the usual are taken or kept for it ("takin 20 of my tramadol at night so i dont wake
    up", "been taking double my sleeping tablets so i never wake up again"); None otherwise: when the waking is only
    early or in pain ("so i dont wake up at 3am", "so i dont wake up in agony"), or someone else's ("i hope the baby
    doesnt wake up"). (Tablets saved "to not wake up" are the patterns' MEDS saved.)"""
    for clause in _CLAUSES.split(text):
        words = plain_words(clause)
        for at in range(1, len(words)):
            if words[at] != "wake" or not _NEVER & set(words[max(0, at - 2):at]) \
                    or "i" not in words[max(0, at - 4):at]:
                continue  # the writer's own waking: "i hope the baby doesnt wake up" is a tired parent's
            after = words[at + 2:] if words[at + 1:at + 2] == ["up"] else words[at + 1:]
            if any(word not in _FOR_GOOD for word in after):
                continue
            before = set(words[max(0, at - 6):at])
            if before & _HOPED:
                return HOPED
            if before & _MADE_SURE and _beyond_the_usual(plain_words(text)):
                return MADE_SURE
    return None


HOPED, MADE_SURE = "hoped", "made sure"


def _beyond_the_usual(words: list[str]) -> bool:
    """Whether the message takes or keeps a medicine beyond the usual: three or more of them, or words for extra."""
    for at, word in enumerate(words):
        value = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)
        if not (value >= 3 or word in _MORE_THAN_PRESCRIBED) or words[at + 1:at + 2] and words[at + 1] in _UNITS:
            continue
        if any(_a_medicine(words, m) for m in range(at + 1, min(len(words), at + 1 + _REACH))):
            return True
    return False


# A medicine given to another beyond the dose, to make them sleep or quiet: "givin her extra of her oramorph so she
# sleeps thru" (a stranger, session 18, got the help for a carer and no word of 999 or A&E for the one given it).
_GIVE = frozenset({"give", "gave", "given", "giving", "crush", "crushed", "crushing", "put", "putting", "slip",
                   "slipped", "slipping", "sneak", "sneaked", "sneaking", "dose", "dosed", "dosing", "doses"})
_TO_ME = frozenset({"me", "myself", "us", "ourselves"})
# where a week's doses are sorted, never a dose given: "a dosette box", "his pill organiser", "the blister packs"
_SORTED_INTO = re.compile(r"\b(?:dosette|dossett|dosset|organi[sz]ers?|blister\s+packs?|nomad|pill\s*box(?:es)?|"
                          r"medi\s*box|webster\s+packs?|days?\s+of\s+the\s+week)\b")
# ... by someone sorting them, not giving a lot at once ("the whole dosette box in one go", "10 of his tablets from the
# pill box at once", "a few of mine": a second reader, session 35)
_SORTING = re.compile(r"\b(?:put|puts|putting|fill|fills|filled|filling|sort|sorts|sorted|sorting|do|does|did|doing|pop|pops|"
                      r"popped|set|sets|organi[sz]e\w*|load\w*)\s+(?:all\s+)?(?:them|it|his|her|their|the|my|mums?|dads?)\b")
_A_LOT_AT_ONCE = re.compile(r"\b(?:whole|half|all\s+of|at\s+once|in\s+one\s+go|of\s+mine|my\s+own|\d+\s+of|"
                      r"(?:two|three|four|five|six|ten|few|couple)\s+of)\b")
_EXTRA = frozenset({"extra", "double", "triple", "more", "doubled"})
# why it is given: to make them sleep, or quiet ("so she sleeps thru", "to shut him up", "so she leaves me alone")
_TO_QUIETEN = re.compile(r"\b(?:sleeps?|asleep|sleeping|(?:not|doesnt|does not|dont|wont|will not|never) wakes? up|"
                         r"knock \w+ out|knocks \w+ out|out of it|quiet|quieter|shut \w+ up|calm \w+ down|"
                         r"leaves? me alone|get some sleep|some peace|settle \w+ down|settles?|settle (?:him|her|them)|"
                         r"(?:get|have|getting|having) (?:a|some) (?:break|rest|peace)|zonked|sedate\w*)\b")
# doubled: "i double up his zopiclone", "ive been doubling up her lorazepam"
_DOUBLE = frozenset({"double", "doubling", "doubled", "doubles"})
# the writer's own medicine put in another's drink or food: "i put some of my diazepam in his drink"
_HIDDEN_IN = re.compile(r"\b(?:in|into) (?:his|her|their|the) (?:drink|drinks|tea|coffee|food|dinner|tea|juice|cuppa|water|"
                        r"milk|soup|meal|meals|yoghurt|yogurt|cocoa|horlicks)\b")
# extra given as someone caring for them said, or for pain or sugars: "the nurse said i can give her extra oramorph
# when the pain is bad", "the hospice told me to give him an extra dose of morphine if hes in pain"
_ADVISED = re.compile(r"\b(?:nurse|nurses|hospice|gp|doctor|doctors|consultant|pharmacist|prescribed|prescription|"
                      r"told me|said i can|said to|allowed|pain|sugars?|needed|prn|breakthrough|rescue)\b")


# A dose told with no one's verb, as a carer answers (a stranger, session 19: "3 of her zopiclone so she sleeps thru" got
# the help for a carer and no word of 999): the number first, or after a word of how often, then "of her/his/their"
# and a medicine. Three or more: two of a tablet is a usual dose of many.
_HOW_OFTEN = frozenset({"like", "about", "around", "maybe", "sometimes", "usually", "often", "normally", "just"})
_THEIRS = frozenset({"her", "his", "their", "hers", "mums", "dads", "nans", "grandads"})
_MOST_OF_A_USUAL_DOSE = 2


def _told_as_a_dose_given(words: list[str]) -> bool:
    start = 0
    while start < len(words) and words[start] in _HOW_OFTEN:
        start += 1
    if start >= len(words) - 3:
        return False
    word = words[start]
    value = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)
    return value > _MOST_OF_A_USUAL_DOSE and words[start + 1] == "of" and words[start + 2] in _THEIRS \
        and any(_a_medicine(words, m) for m in range(start + 3, min(len(words), start + 3 + _REACH)))


def given(words: list[str]) -> bool:
    """Whether the writer says they give someone else a medicine beyond the dose: a lot at once ("i gave him 20 of his
    co-codamol"), or extra to make them sleep or quiet ("givin her extra of her oramorph so she sleeps thru"); not
    extra given as a nurse or the hospice said, or for pain, nor a usual dose ("i give mum her 10 tablets each
    morning"), nor anything given to the writer ("the nurse gave me extra insulin")."""
    plain = " ".join(words)
    if _SORTED_INTO.search(plain) and _SORTING.search(plain) and not _EXTRA & set(words) \
            and not _TO_QUIETEN.search(plain) and not _A_LOT_AT_ONCE.search(plain):
        return False  # "I put them in a dosette box": a week's doses sorted (a stranger, session 35: an overdose help)
    quietened = bool(_TO_QUIETEN.search(plain))
    if quietened and not _ADVISED.search(plain) and _told_as_a_dose_given(words):
        return True  # "3 of her zopiclone so she sleeps thru": the giving unsaid, the dose and why said
    for i, word in enumerate(words):
        before = words[max(0, i - 4):i]
        doubled = word in _DOUBLE and words[i + 1:i + 2] == ["up"]
        if not (word in _GIVE or doubled) or any(w in _NOT for w in before) \
                or words[i + 1:i + 2] and words[i + 1] in _TO_ME:
            continue
        if not (_ME & set(before) or {"been", "keep", "keeps", "kept"} & set(before) or i < 2):
            continue  # the writer gives it ("the nurse gives her extra insulin" is the nurse's)
        if doubled and not (_ADVISED.search(plain) and not quietened) \
                and any(_a_medicine(words, m) for m in range(i + 2, min(len(words), i + 2 + _REACH))):
            return True  # "i double up his zopiclone some nights so i get a break"
        mine = [m for m in range(i + 1, min(len(words), i + 1 + _REACH)) if words[m - 1] == "my" and _a_medicine(words, m)]
        if mine and _HIDDEN_IN.search(" ".join(words[mine[0]:mine[0] + 8])):
            return True  # the writer's own medicine hidden in another's drink: "i put some of my diazepam in his drink"
        for q in range(i + 1, min(len(words), i + 1 + _REACH)):
            extra = words[q] in _EXTRA or (words[q] == "couple" and "extra" in words[q + 1:q + 3]) or (
                (words[q].isdigit() or words[q] in _NUMBER_WORDS or words[q] in ("two", "one"))
                and "instead" in words[q + 1:q + 6] and (quietened or not _ADVISED.search(plain)))
            if not (extra or _quantity(words, q, True, plain)):
                continue
            if words[q] in _EXTRA and not quietened and _ADVISED.search(plain):
                continue  # extra for pain or sugars, as advised: "when the pain is bad", "the nurse said"
            if words[q] in ("more", "extra") and not quietened and not {"than", "meant", "supposed"} & set(words):
                continue  # "i give her more of her tablets" alone may be a changed dose
            around = list(range(q + 1, min(len(words), q + 1 + _REACH))) + list(range(i + 1, q))
            if any(_a_medicine(words, m) for m in around):
                return True
    return False
