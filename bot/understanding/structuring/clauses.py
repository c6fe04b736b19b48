"""Splitting a sentence into clauses: the unit that gets one status and one subject.

"I live alone on the third floor and the lift is often broken" holds two facts about the home; "I can't
manage the stairs and I use a walking frame" holds a need and an aid. Splitting where a new subject
starts keeps each fact's status and wording its own.
"""
from __future__ import annotations

import re

from bot.understanding.structuring.context import FOUND_BY_TEST, ONLY_OVER, TESTED_FOR_IN

_SUBJECT_START = (r"(?:i|i'm|i’m|im|i've|i’ve|ive|i'd|i’d|he|he's|he’s|she|she's|she’s|they|they're|we|we're|"
                  r"we'd|we’d|it|it's|it’s|there|there's|there’s|please|now)\b")
# After a comma a possessive or "the" starts a new clause too ("…, my daughter Sue helps"), but after
# "and" it usually continues a list ("my friends and my cat", "the garden and the shopping").
# "…, honestly im not coping, shes wandering at night": a word of feeling before the subject, and "shes"
# typed without its apostrophe, start one too.
_COMMA_START = r"(?:(?:honestly|tbh|to be honest|truthfully|frankly)\s+)?(?:" + _SUBJECT_START[3:-3] + \
    r"|shes|hes|theyre|the|my|his|her|their|our|this|that)\b"
# "so" + "I can" is a purpose ("I'd like someone to help so I can go out"), not a new fact.
_NOT_PURPOSE = r"(?!(?:i|we|he|she|they)\s+(?:can|could)\b)"
# "…and Dad has dementia", "…and my sister has MS": another relative, with a verb of their own, starts
# a clause about them (a carer's "Mum has COPD and Dad has Parkinson's" holds two people's facts).
KIN = (r"(?:(?:my|his|her|their|our)\s+(?:(?:little|big|younger|older|eldest|youngest|oldest|twin)\s+)?)?"
       r"(?:mum|mam|mom|mother|dad|da|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|"
       r"grandfather|brother|sister|husband|wife|son|daughter|uncle|aunt|auntie|aunty|partner|cousin|niece|nephew|"
       r"stepdad|stepmum|stepfather|stepmother|bro|bruv|sis|hubby|missus)")
_KIN_START = (KIN + r"(?:\s+(?-i:[A-Z][a-z]+))?(?:\s+(?:has|had|is|was|got|gets|suffers|lives|takes|died|passed|"
              r"cant|can't|can’t|cannot|does|doesn't|doesn’t|needs|uses|also|too|still)\b|['’]s\s+(?:got|been|had|in|not|"
              r"still|on|also|very|really|now|getting|gone)\b)")
# A new fact said with the subject left out: "she lives on her own and forgets her tablets, went out at
# 3am in her nightie" holds three (home, medicines, a risk), not one clause filed whole under each.
_NEW_PREDICATE = (r"(?:forgets|forgot|keeps|kept|went|goes|wanders|wandered|gets lost|got lost|fell|falls|has fallen|"
                  r"left the|leaves the|lives|lived|wont|won't|won’t|refuses|refused|gets up|got up|"
                  r"walks out|walked out|locks|locked)\b")
SUBJECT_LEFT_OUT = re.compile(_NEW_PREDICATE, re.IGNORECASE)  # a clause that opens on its verb
_SPLIT = re.compile(
    r";\s*"
    r"|,?\s+(?:but|although|though|whereas|because|since then)\s+"
    r"|,\s*and\s+|,\s*so\s+" + _NOT_PURPOSE +
    r"|,\s*(?=" + _COMMA_START + r")"
    r"|\s+(?:and|then|n|an|&|\+)\s+(?=" + _SUBJECT_START + r")"  # text-speak "n", "&": "he only eats pasta n he…"
    # "she had a stroke last year and shes got COPD": "shes" typed without its apostrophe starts one too (the
    # COPD was past with the stroke, session 19)
    # (not "…and hes on lamotrigine, i sort him out": a partner's medicine, the clause whole, stays theirs)
    r"|\s+(?:and|n|&)\s+(?=(?:shes|hes|theyre|theyve)\s+(?:got|been|always|still|also|now|getting)\b)"
    r"|(?:,|\s+(?:and|n|an|&|while|whilst|so))\s+(?=" + _KIN_START + r")"
    r"|\s+so\s+" + _NOT_PURPOSE + r"(?=" + _SUBJECT_START + r")"
    r"|\s+so\s+(?=(?:his|her|their)\s)"  # a carer's "I've got no help so his COPD is getting worse": his COPD
    r"|\s+(?=with no\b)"
    # "im jean smith 78 i live on my own": typed without stops, an age then a new subject is a new clause
    r"|(?<=\b\d\d)\s+(?=(?:i|i'm|i’m|im|he|he's|he’s|hes|she|she's|she’s|shes)\s)"
    # a year or a death, then someone with a verb of their own: "since my husband Ron passed away in 2019 he had the
    # cancer bless him" (a stranger, session 27: the cancer was read back as hers)
    # (not a year alone: "In 2023 he got the covid and after this he never recover" is one fact)
    r"|(?:(?<=\baway in \d\d\d\d)|(?<=\bdied in \d\d\d\d)|(?<=\bpassed in \d\d\d\d)|(?<=\baway)|(?<=\bdied)|(?<=\bago))"
    r"\s+(?=(?:he|she|they)\s+(?:had|has|was|is|got|were)\b)"
    r"|(?:,|\s+(?:and|n|&))\s+(?=" + _NEW_PREDICATE + r")"
    r"|,\s*(?=(?:now\s+|since\s+)?retired\b)"  # "she was a nurse for thirty years, retired now": two facts
    # "Dean helps when he's not on shifts, Dean has diabetes himself": someone by name, with a verb of their own
    r"|,\s*(?=(?-i:[A-Z][a-z]+)\s+(?:has|had|got|gets|suffers|suffered|died|passed)\b)",
    re.IGNORECASE,
)
_TRIM = " \t\n,.;:!?-–—"
_LIST_AND = re.compile(r",\s*and\s+", re.IGNORECASE)
_ALLERGIC = re.compile(r"\ball?erg(?:ic|y|ies)\b", re.IGNORECASE)
# A clause that only says the one before has stopped ("…, now he stop", "… but now not") belongs to it:
# the fact it ends is past (bot/understanding/structuring/context.py); so does one that says the treated
# condition before is over ("I had an operation for my hernia but now is fine").
_ONLY_STOPPED = re.compile(r"(?:but\s+)?now\s+(?:(?:he|she|i|they|we)\s+)?(?:(?:has\s+|have\s+)?(?:stop|stops|stopped|"
                           r"quit|quits|given up|gave up)|not|no more|no longer|not any ?more)"
                           # "i self harmed last yr but havent since summer"
                           r"|(?:but\s+)?(?:(?:i|he|she|they)\s+)?(?:haven't|haven’t|havent|hasn't|hasn’t|hasnt|have not|has not)"
                           r"\s+(?:done it\s+|had (?:it|one|any)\s+)?since(?:\s+(?:the\s+)?\w+){0,2}", re.IGNORECASE)

# "I've the sugar, type 2, and the blood pressure": the last thing had, in a list of what someone has
_HAVING = re.compile(r"\b(?:i|he|she|we|they)\s*(?:have|['’]?ve|has|got|['’]ve got|has got)\s", re.IGNORECASE)
_HAD_NEXT = re.compile(r"the\s+\w+(?:\s+\w+)?\s*(?=[,.;]|$)", re.IGNORECASE)


# "I'm Jean, the next door neighbour of Mr Khan": the name and what the teller is to the person are one clause
_I_AM_NAME = re.compile(r"\W*(?:(?:hi|hello|hiya),?\s+)?(?:i'm|i’m|im|i am|my name is|my name's)\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s*",
                        re.IGNORECASE)
_APPOSED_ROLE = re.compile(r"(?:the|a|his|her|their|my)\s+(?:\w+\s+){0,2}?(?:neighbour|neighbor|friend|carer|"
                           r"support worker|key worker|daughter|son|niece|nephew|granddaughter|grandson|daughter-in-law|son-in-law|"
                           r"husband|wife|partner|mum|mam|mom|mother|dad|father)\b", re.IGNORECASE)


_WRITING_ABOUT = re.compile(r"(?:i'm|i’m|im|i am)\s+(?:writing|calling|messaging|asking|here)\s+(?:about|for|on behalf of)\b",
                            re.IGNORECASE)
_MYSELF_ALONE = re.compile(r"\W*(?:(?:and|but|as\s+for)\s+)?(?:myself|meself|mesel|masel|mysel)\s*", re.IGNORECASE)
_BARE_NAME = re.compile(r"\W*(?-i:[A-Z][a-z]+)\s*")
_APPOSED_KIN = re.compile(r"(?:my|our)\s+(?:\w+\s+)?\w+\s*,", re.IGNORECASE)
# A carer listing what they do: "i do her tablets, her meals and her shopping", "I do his injections, the
# cookin, the shoppin n help him in the shower": each "her …" after the comma is one more thing done, not
# a new subject (unlike "I do her shopping, her son does the rest").
_DOING = re.compile(r"\b(?:i|we)\s+(?:\w+\s+){0,6}?(?:do|does|sort|sorts)\s+(?:all\s+|most\s+of\s+)?(?:the|his|her|their)\s+\w+",
                    re.IGNORECASE)
_DONE_NEXT = re.compile(r"(?:the|his|her|their)\s+\w+(?:\s+\w+)?\s*(?=[,.;]|$|\s+(?:and|n|an|&)\s)", re.IGNORECASE)


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of `sentence`, trimmed of joining words and punctuation."""
    spans, start = [], 0
    for match in _SPLIT.finditer(sentence):
        if _inside_brackets(sentence, match.start()):
            continue  # "hepatitis C (treated 2024, now clear)": what is in brackets belongs to what it follows
        if _LIST_AND.fullmatch(match.group(0)) and _ALLERGIC.search(sentence, start, match.start()) \
                and not re.match(_SUBJECT_START + r"|(?:my|his|her|their|our|also|take|takes|have|has)\b",
                                 sentence[match.end():], re.IGNORECASE):
            continue  # "allergic to nuts, eggs, and penicillin": the last allergen of the list, no new clause
        if _LIST_AND.fullmatch(match.group(0)) and _HAVING.search(sentence, start, match.start()) \
                and _HAD_NEXT.match(sentence, match.end()):
            continue  # "I've the sugar, type 2, and the blood pressure": one list of what someone has
        if match.group(0).startswith(",") and _I_AM_NAME.fullmatch(sentence, start, match.start()) \
                and _APPOSED_ROLE.match(sentence, match.end()):
            continue  # "I'm Jean, the next door neighbour of Mr Khan": who the teller is, one clause
        if _I_AM_NAME.fullmatch(sentence, start, match.start()) and _WRITING_ABOUT.match(sentence, match.end()):
            continue  # "I'm Grace and I'm writing about my father": who the teller is, one clause
        if _MYSELF_ALONE.fullmatch(sentence, start, match.start()):
            continue  # "Meself, I've got the sugar": the carer turning to their own facts, one clause with them
        if match.group(0).startswith(",") and _BARE_NAME.fullmatch(sentence, start, match.start()) \
                and _APPOSED_KIN.match(sentence, match.end()):
            continue  # "Pat, my neighbour, helps me": the name and who they are, one clause
        if match.group(0).startswith(",") and _DOING.search(sentence, start, match.start()) \
                and _DONE_NEXT.match(sentence, match.end()):
            continue  # "i do her tablets, her meals and her shopping": one list of what the carer does
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(sentence)))
    trimmed: list[tuple[int, int]] = []
    for a, b in spans:
        while a < b and sentence[a] in _TRIM:
            a += 1
        while b > a and sentence[b - 1] in _TRIM:
            b -= 1
        if a < b and trimmed and (_ONLY_STOPPED.fullmatch(sentence[a:b]) or ONLY_OVER.fullmatch(sentence[a:b])
                                  or FOUND_BY_TEST.fullmatch(sentence[a:b])
                                  and TESTED_FOR_IN.search(sentence, *trimmed[-1])):
            trimmed[-1] = (trimmed[-1][0], b)
        elif a < b:
            trimmed.append((a, b))
    return trimmed


def _inside_brackets(sentence: str, position: int) -> bool:
    """Whether `position` is inside an open round bracket that closes later in the sentence."""
    opened = sentence.rfind("(", 0, position)
    return opened > sentence.rfind(")", 0, position) and sentence.find(")", position) > 0
