"""Filing one clause: which sections its facts go to, with what status, about whom, and in what words.

Conditions, medicines and allergies become one item per term (with dose and frequency for
medicines); the other sections keep the person's own words, one clause per item, with the structure
found in it (aids, relationships, names, roles, organisations) as detail."""
from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from bot.sections import LAUNDRY, NOT_A_BUILDING_NAME, ROUTES
from bot.understanding.structuring import context, cues, names
from bot.understanding.structuring.clauses import SUBJECT_LEFT_OUT
from bot.understanding.structuring.facts import (
    BY_ITS_COLOUR,
    FOR_A_CONDITION,
    GENERIC_MEDICINES,
    Sections,
    about_someone_else,
    avoided_as_already_in,
    for_condition,
    held_blood_pressure,
    intolerant,
    item,
    part_said,
    relieves,
    singular,
    their_help,
)
from bot.understanding.structuring.guarded import Guarded
from bot.understanding.structuring.lexicons import Lexicons
from bot.understanding.structuring.people import OTHER, People, Teller, in_law
from bot.understanding.structuring.personal import (
    PersonalFiler,
    allergen_said_apart,
    allergens,
    excepted_allergen,
)
from bot.understanding.structuring.places import town_lived_in
from bot.understanding.structuring.tenure import tenure_features
from bot.understanding.structuring.terms import MAINTAINED, Term, canonicals

_LIVED_WITH = frozenset({"live with", "lives with"})
_CHANGED_A_MEDICINE = re.compile(r"\s+(?:has\s+|have\s+|\w+\s+)?(?:" + context.STOPPED + r"|discontinued|took|taken|"
                                 r"changed|switched)\b", re.IGNORECASE)
# How bad a condition is, said right before it ("severe depression", "mild asthma")
# A year said with a fact ("had a hip replaced in 2019", "heart attack (2015)", "in 2012 I had a stroke"); not a
# year something runs from ("since 2019"), nor one of birth
_YEAR = Guarded(re.compile(r"(?<!\bsince )(?<!\bborn )(?<!\bborn in )(?<!\bsince about )(?<![\d/.-])\b((?:19|20)\d\d)\b(?![\d/.-]\d)",
                           re.IGNORECASE), digits=True)


# "she's got diabetes herself", "he has COPD himself": said of the one just named, not the person cared for
_HERSELF_TOO = re.compile(r"(?:^|[,;]|\band\b|\bbut\b|\bplus\b)\W*(?:she|he)(?:'s|’s|s|\s+has|\s+have)\s+(?:got\s+)?[^,;.]*"
                          r"\b(?:herself|himself)\b", re.IGNORECASE)
# Said straight after a job: no work given for a while ("but they aint gave me a shift in 3 weeks", "but no hours since June")
_NO_SHIFTS_AFTER = re.compile(
    r"\W*(?:but|though|and)\s+(?:(?:they|he|she|the\s+\w+)\s+)?(?:aint|ain't|ain’t|haven't|haven’t|havent|have\s+not|"
    r"hasn't|hasn’t|hasnt|has\s+not|not|never|didn't|didnt|don't|dont)\s+(?:gave|given|give|got|offered|had|been\s+given|"
    r"been\s+offered)\s+(?:me|him|her|them|us)?\s*(?:a|any|no)\s+(?:shifts?|hours|work)\b"
    r"|\W*(?:but|though|and)\s+(?:there's\s+|theres\s+|i've\s+had\s+|ive\s+had\s+|had\s+)?no\s+(?:shifts?|hours|work)\s+"
    r"(?:for|in|since)\b", re.IGNORECASE)
# Said straight after a relative's illness by a carer: the relative is of the carer's own side, not the person's
_MY_SIDE_AFTER = re.compile(r"\W*(?:but\s+|though\s+)?(?:that's|that’s|thats|that is|it's|it’s|its|she's|he's|shes|hes)\s+"
                            # "my dad has got COPD but thats not her side obviously" (a grandson, the nineteenth fresh forms set:
                            # sent as the person's family history)
                            r"(?:(?:on\s+)?my\s+side|not\s+(?:on\s+)?(?:her|his|their|them|nan['’]?s|gran['’]?s|mum['’]?s|"
                            r"dad['’]?s)\s+side)\b(?!\s+(?:that|which|who|of\s+the\s+story)\b)", re.IGNORECASE)


# (or a new subject with its own verb: "she has fibromyalgia and depression and her back is bad since a car crash in 2019":
# 2019 is the back's, not the fibromyalgia's; the thirty-second fresh forms set sent it as both conditions' onset)
_LIST_BREAK = re.compile(r"[,;]|\band\s+(?:(?:my|his|her|their|our|me)\s+\w+|(?:i|he|she|they|we))\s+(?:is|are|was|were|has|have|had|"
                         r"got|['’]s)\b", re.IGNORECASE)

# a year that opens the clause ("In 2019, …", "Back in March 2012, …"), said of what follows
_OPENS = re.compile(r"\W*(?:(?:in|back in|during|around|about|early|late|since)\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d$",
                    re.IGNORECASE)


def year_said(clause: str, term: Term) -> int | None:
    """The year the clause gives the fact at `term`: the nearest after it, else the nearest before; not
    one past a comma or semicolon, which belongs to the next item of a list ("epilepsy, hepatitis C
    (treated 2024, now clear), right below-knee amputation": 2024 is the hepatitis's alone; it was given
    to all three, and "epilepsy (since 2024)" went to the council), unless it opens the clause ("In 2019,
    she had a stroke")."""
    said = _year_match(clause, term)
    return int(said.group(1)) if said and 1900 <= int(said.group(1)) <= 2100 else None


def _year_match(clause: str, term: Term) -> re.Match[str] | None:
    after = [m for m in _YEAR.finditer(clause, term.end) if not _LIST_BREAK.search(clause, term.end, m.start())]
    before = [m for m in _YEAR.finditer(clause[:term.start])
              if not _LIST_BREAK.search(clause, m.end(), term.start) or _OPENS.match(clause[:m.end()])]
    years = after[:1] or before[-1:]
    return years[0] if years else None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_BEFORE = re.compile(r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:of\s+)?$", re.IGNORECASE)


def month_said(clause: str, term: Term) -> int | None:
    """The month said with the year of a fact ("July 2024 him come off a scaffold", "a stroke in March of
    2023"): 1 to 12, kept so a form's date of onset can say "2024-07"; None when no month is said."""
    said = _year_match(clause, term)
    month = _MONTH_BEFORE.search(clause[:said.start()]) if said else None
    return _MONTHS.index(month.group(1)[:3].lower()) + 1 if month else None


_SEVERITY = re.compile(r"\b(severe|mild|moderate|profound)\s+$", re.IGNORECASE)
# "they take out my gallbladder", "they removed her thyroid", "had my appendix taken out": an operation that is
# over, never the organ as a condition they have now
_TAKEN_OUT_BEFORE = re.compile(r"\b(?:took|take|taken|takes|taking|removed|remove|removes|removing)\s+(?:out\s+)?"
                               r"(?:my|his|her|their|the)\s+$", re.IGNORECASE)
# "remove the alzheimer's line": what to do with the story, no operation (a stranger, session 29: "They had alzheimer's
# removal in the past" was read back)
_AN_INSTRUCTION = re.compile(r"\W*(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|could\s+u|u|you|and|then|also|just)\s+)*"
                             r"(?:remove|delete|take\s+out|"
                             r"take\s+off|get\s+rid\s+of)\b", re.IGNORECASE)
_A_LINE_AFTER = re.compile(r"['’]?s?\s*(?:line|lines|bit|part|one|section|entry|thing|sentence)\b", re.IGNORECASE)
_OUT_AFTER = re.compile(r"\s+(?:(?:was|were|got|been|has been|had been)\s+)?(?:removed|taken out|took out|out)\b(?!\s+of\b)",
                        re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\b(?:took|take|taken|takes|taking|had|have|has|got)\s+(?:my|his|her|their|the)\s+$",
                         re.IGNORECASE)


# The next item of a list, after a medicine: a dose or how often said after it is that item's, not the
# medicine's before ("metformin, twice a day" is still the metformin's)
_NEXT_IN_LIST = re.compile(r"\s*(?:,|&|\band\b|\bn\b|\bplus\b)\s+(?!(?:once|twice|three|four|daily|every|each|a|an|in|at|"
                           r"when|as|morning|mornings|night|nights|bedtime|then)\b)(?=[a-z])", re.IGNORECASE)


# Someone the person lived with once: "Until the end of October I was living with my partner", "I used to live with my
# sister"; or was, and was put out ("I was living with my partner … but she put me out")
_LIVED_WITH_THEN = re.compile(r"\b(?:until|till|up\s+(?:to|until))\b[^.;!?]{0,50}?\b(?:i|we|he|she)\s+(?:was|were)\s+"
                              r"(?:living|staying)\s+with\s+(?:(?:my|our|his|her)\s+)?$|"
                              r"\b(?:i|we|he|she)\s+used\s+to\s+(?:live|stay)\s+with\s+(?:(?:my|our|his|her)\s+)?$", re.IGNORECASE)
_LIVING_WITH = re.compile(r"\b(?:i|we|he|she)\s+(?:was|were)\s+(?:living|staying)\s+with\s+(?:(?:my|our|his|her)\s+)?$",
                          re.IGNORECASE)
_PUT_OUT = re.compile(r"\bbut\s+(?:she|he|they)\s+(?:put|threw|kicked|chucked|turfed)\s+(?:me|us|him|her)\s+out\b|"
                      r"\b(?:we|they)\s+(?:split|broke)\s+up\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"\b" + NOT_A_BUILDING_NAME + r"(?-i:[A-Z][a-z]+)\s+$")
_PLACED_BY_COUNCIL = re.compile(r"(?:['’]s|\s+has|\s+have)?\s+(?:put|placed|housed|moved|stuck|sent)\s+(?:me|us|him|her|them)\s+"
                                r"(?:in|into|up\s+in|at)\b", re.IGNORECASE)
# Who changes someone's medicines: said with a medicine, their line is them, not the medicine ("doctor change me to
# Fostair"); not a service named for a medicine ("the warfarin clinic checks my INR")
_PRESCRIBERS = frozenset({"gp", "doctor", "dr", "surgery", "consultant", "psychiatrist", "specialist", "pharmacist", "nurse", "diabetes nurse",
                          "practice nurse", "neurologist", "cardiologist", "heart doctor", "hospital", "rheumatologist"})
# A habit cut down, still kept up: "… but I'm down to a few cans at the weekend now" (the thirty-second fresh forms set:
# sent as no drinking)
_DOWN_TO_NOW = re.compile(r"^[^.;!?]{0,60}?\bbut\s+(?:now\s+)?(?:i['’]?m|im|i\s+am|he['’]?s|hes|he\s+is|she['’]?s|shes|she\s+is|"
                          r"they['’]?re|they\s+are)\s+(?:now\s+)?(?:down\s+to|cut\s+(?:it\s+)?down\s+to|only\s+(?:on|having|having\s+a))\b",
                          re.IGNORECASE)
# A medicine changed for another: "switched from warfarin to apixaban", "swapped his ramipril for losartan".
_SWITCHED = re.compile(r"\b(?:switch\w*|chang\w*|swap\w*|mov(?:e|ed|ing)|from)\b", re.IGNORECASE)
_SWITCHED_TO = re.compile(r"\s+(?:to|onto|for|with)\s+(?:(?:the|a|an|some)\s+)?[a-z]", re.IGNORECASE)


_THYROID_CONDITIONS = frozenset({"hypothyroidism", "hyperthyroidism", "underactive thyroid", "overactive thyroid"})
# Not someone who supports them: "I'm not family"; estranged ("got kicked out by my stepdad", "me n his mum split
# up", "Dad left years ago", "My parents don't speak to me", "we fell out")
_NO_SUPPORT = re.compile(r"\b(?:i'?m|i am|im)\s+not\s+(?:family|related)\b|\b(?:kicked|chucked|thrown|threw)\s+(?:me\s+)?out\b|"
                         r"\bsplit\s+up\b|\b(?:don'?t|dont|do\s+not|doesn'?t|doesnt|never)\s+speak\s+to\b|\bno\s+contact\b|"
                         r"\bfell\s+out\b|\bleft\s+(?:us|me|home|years\s+ago|when)\b", re.IGNORECASE)
# A relative said as an owner of a thing ("Dad's birthday", "my neighbour's dog", "the family's paperwork"), not
# "Dad's 82", "My wife's amazing", "my son's helping me"
_OWNED_BY = re.compile(r"(?:'s|’s|s'|s’)\s+(?:\w+\s+)?(?:birthday|dog|dogs|cat|cats|pet|pets|car|paperwork|party|funeral|"
                       r"wedding|anniversary|christening|holiday|garden|shed|phone|bills?)\b", re.IGNORECASE)
# "I live in Manchester and go round three times a week", "I live nearby": how near the carer is, theirs
_WHERE_THE_CARER_LIVES = re.compile(r"(?:and\s+|but\s+)?(?:i|we)\s+(?:live|am|'m|’m)\s+(?:in|near|nearby|close|far|"
                                    r"about|round|just|next|\d|an?\s+hour|two|three|miles)\b", re.IGNORECASE)
_CLEARED_WITH = re.compile(r"\b(?:with|after|by)\s+(?:the\s+|a\s+|some\s+|her\s+|his\s+|my\s+)?(?:course\s+of\s+)?$",
                           re.IGNORECASE)
_PAID_CARER_FROM = re.compile(r"\bcarers?\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?((?!(?:"
                              + "|".join(sorted(w.capitalize() for w in cues.CALENDAR)) +
                              r")\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?|an?\s+agency|the\s+agency)(?!\s+(?:to|till|until)\b)")
# "I have a carer from Bluebell", "ive got a paid carer": a carer the person has, not one they are
_HAS_A_CARER = re.compile(r"\b(?:have|has|got|get|gets|need|needs|had|want|wants|see|sees)\s+(?:a|an|the|my|one|two)?\s*"
                          r"(?:\w+\s+)?carer$", re.IGNORECASE)
# A care company named at the start, doing what paid carers do: "Bluebell Homecare come twice a day", "Carewell girls
# come in the mornings" (an agency's name holds "care", or its carers are "the girls", "the carers", "staff")
_CARE_COMPANY = re.compile(r"^\W*(?:and\s+|but\s+|then\s+)?(?:the\s+)?((?:[A-Z][A-Za-z]+\s+){0,2}?(?:[A-Z][a-z]*care[a-z]*|Care[a-z]*|"
                           # a name before "carers", "staff" or "team" ("Bluebird carers come"); never before "girls" or
                           # "ladies" ("Both girls come every day", "Church ladies visit her": a second reader), nor a
                           # number or quantity
                           r"(?!(?:Both|Two|Three|Four|All|Some|Several|Many|Church|Local|Neighbour|Family)\b)"
                           r"[A-Z][A-Za-z]+(?=\s+(?:carers|staff|team)\b))"
                           r"(?:\s+(?:Ltd|Services|Agency|Group|Homecare|Home Care|Care))?)"
                           r"(?:\s+(?:girls|ladies|carers|staff|lot|team))?\s+(?:come|comes|came|visit|visits|call|calls|pop|pops|"
                           r"do|does|help|helps|get|gets|wash|washes|give|gives|are|have been|send|sends)\b")
_PUBLIC_CARE = re.compile(r"\b(?:social|council|nhs|health|healthcare|medical|primary|urgent|intensive|palliative|day|"
                          r"respite|foster|self|personal|intermediate|continuing)\b", re.IGNORECASE)  # no agency
# A carer who has no help: "I've got no help", "I have no support at all", "nobody helps me"
# The carer speaking of themselves just before a work or money term, no one else named between: "im on …",
# "i work …", "I get … and …", "my …"; not "i think he gets …", "i sort his …", "mum gets pip and i do …"
_KIN = r"mum|mam|mom|mother|dad|father|husband|wife|partner|son|daughter|nan|gran|grandad|brother|sister"
_CARERS_OWN_MONEY = re.compile(r"(?:^|\W)(?:i|i'm|i’m|im|i am|i've|i’ve|ive|my|me)\s+(?:(?!(?:he|him|his|she|her|hers|"
                               rf"they|them|their|we|us|our|he's|she's|hes|shes|{_KIN}|friend|neighbour|do|does|sort|sorts|"
                               r"manage|manages|help|helps|deal|deals|handle|handles|look|looks|pay|pays)\b)[\w'’]+[\s,]+)"
                               r"{0,6}$", re.IGNORECASE)
# someone else said before the carer's words: "Mum used to be a dinner lady at my school" is Mum's job
_SOMEONE_ELSE = re.compile(rf"\b(?:he|him|his|she|her|they|them|their|he's|she's|hes|shes|{_KIN})\b", re.IGNORECASE)


# a term said of the person: before them ("my diabetic husband"), or got for them ("dla for him", "pip for mum")
_OF_A_PERSON = (rf"(?:{_KIN}|hubby|nana|granny|grandma|grandmother|grandfather|grandson|granddaughter|child|kid|boy|"
                r"girl|lad|lass|man|woman|friend|neighbour|aunt|auntie|uncle|niece|nephew|fella|missus)s?")
_BEFORE_A_PERSON = re.compile(rf"^\s+{_OF_A_PERSON}\b", re.IGNORECASE)
_FOR_A_PERSON = re.compile(rf"^\s+for\s+(?:him|her|them|(?:my|our|me|his|her)\s+(?:\w+\s+)?{_OF_A_PERSON}|{_OF_A_PERSON})\b",
                           re.IGNORECASE)
# the carer's own benefit whoever it is claimed for
_THE_CARERS_BENEFIT = re.compile(r"carer'?s'?\s+(?:allowance|credit|element|premium|support payment)", re.IGNORECASE)


def _said_of_the_person(clause: str, term: Term) -> bool:
    """Whether the clause says `term` of the person: "my diabetic husband", "attendance allowance for mum"."""
    after = clause[term.end:]
    return bool(_BEFORE_A_PERSON.match(after)) or (
        bool(_FOR_A_PERSON.match(after)) and not _THE_CARERS_BENEFIT.search(term.surface))


_AN_INJURY = re.compile(r"(?:broken|sprained|injured)\s")
_NOT_ALL_BETTER = re.compile(r"\b(?:still|but|than|yet|not|bit|slightly|little|sometimes|again)\b", re.IGNORECASE)
# A clause that only names one more thing, with no one and no verb, after ", and": "…, and angina"
_AND_ONE_MORE = re.compile(r"\s*,\s*(?:and|plus|n|&)\s+|\s+(?:and|plus|n|&)\s+", re.IGNORECASE)
# ... after the carer's own health said ("I'm on hormone injections", "I've got", "my back"), not a task done for the
# person ("Pat has had a stroke, I do his tablets, and dementia": Pat's, a second reader, session 35)
_OWN_HEALTH_SAID = re.compile(r"\W*(?:(?:and|but|also)\s+)?(?:i['’]?ve\s+(?:got|had)|ive\s+(?:got|had)|i\s+have|i\s+got|"
                              r"i['’]?m\s+on|im\s+on|i\s+am\s+on|i\s+take|i\s+suffer|my\s+(?:own\s+)?(?:bad\s+)?"
                              r"(?:back|knees?|hips?|heart|chest|health|legs?|shoulders?|nerves|sugar))\b", re.IGNORECASE)
_ONLY_IT = re.compile(r"\W*(?:(?:and|plus|also|n|&)\s+)?(?:(?:a|an|some|bad|mild|my)\s+)?", re.IGNORECASE)


def _carers_own(before: str) -> bool:
    """Whether the words before a work or money term are the carer speaking of themselves (_CARERS_OWN_MONEY): a "my"
    after someone else is the subject is only where ("mum gets pip and i get carers allowance" is the carer's)."""
    mine = _CARERS_OWN_MONEY.search(before)
    if mine is None:
        return False
    return not (mine.group().strip(" ,.;:").lower().startswith("my") and _SOMEONE_ELSE.search(before[:mine.start()]))


# How a carer feels with the caring ("Im really stressed", "shattered", "not sleeping"): how they are coping, not
# a health problem of their own
_HOW_THEY_FEEL = frozenset({"stress", "fatigue", "tiredness", "poor sleep", "loneliness"})
# A condition a carer names as theirs, said just before it: "my asthma", "my own back problems", "my bad knee"
_CARERS_OWN = re.compile(r"\bmy\s+(?:own\s+)?(?:(?:bad|left|right|dodgy|recent|poorly|sore|old)\s+)?$", re.IGNORECASE)
_NO_HELP = re.compile(r"\b(?:no|not\s+(?:got\s+)?any|n[o']t\s+(?:got\s+)?any)\s+(?:help|support)\b|"
                      r"\b(?:nobody|no one|no-one|noone)\s+(?:else\s+)?(?:helps|to help|supports)\b", re.IGNORECASE)
# Where a language is wanted, straight after it: "arabic for doctor", "in Polish with my GP", "urdu at the hospital"
_LANGUAGE_FOR = re.compile(r"\s+(?:(?:interpreter|translator|please)\s+)?(?:for|with|at|to|when seeing|when i see)\s+"
                           r"(?:the\s+|my\s+|a\s+|an\s+|appointments?\s+with\s+(?:the\s+|my\s+)?)?", re.IGNORECASE)
_FOR_THE_DOCTOR = re.compile(r"\binterpreter\b.*\b(?:for|with|at)\s+(?:the\s+)?$|^\W*for\s+(?:the\s+)?$",
                             re.IGNORECASE)
# Organs an operation is "for" ("operation for gallbladder"): the operation is the fact; a condition
# operated on ("surgery for a hernia") is the condition, past
_ORGANS = frozenset({"gallbladder", "appendix", "tonsils", "bowel", "kidney", "prostate", "womb", "spleen",
                     "thyroid", "bladder", "ovaries", "lung", "liver", "heart", "eye", "eyes",
                     "gallstones", "kidney stones"}) | cues.BODY_PARTS  # "the operation for gallstones": one past fact
PROCEDURES_SAID = re.compile(r"(?:operation|surgery|removal|replacement|repair|transplant|bypass|amputation)$")
# A clause that only says the last thing is over: "but thats cleared up", "he is fine from that now"
_OVER_NOW = re.compile(r"(?:but|and|although|though)?\s*(?:now\s+)?(?:it|its|it's|it’s|that|thats|that's|that’s|he|hes|he's|"
                       r"he’s|she|shes|she's|she’s|i|im|i'm|i’m|they)\b", re.IGNORECASE)
# What may stand between "I dont smoke" and the giving up said next: "I dont smoke now, packed in years ago" (session 22)
_ONLY_NOW = re.compile(r"\W*(?:(?:now|any\s*more|no\s*more|these\s+days|nowadays|at\s+all|noo|nae\s+mair)\W*)?",
                       re.IGNORECASE)
# Work that was: "Before he work in the fish factory", "I'd a job on the buildings" (I had a job)
_WORK_BEFORE = re.compile(r"^(?:and\s+)?(?:before|previously|formerly|years\s+ago)\b(?!\s+(?:that|this|i\s+go|he\s+goes|she\s+goes))"
                          r"|\b(?:i|he|she|we|they)['’]?d\s+(?:a|an)\s+(?:\w+\s+)?job\b", re.IGNORECASE)
# What a carer is freed for: "so i can go to my football", "so I can get tae the bowls", "so that I can have a rest"
_CARER_FREED = re.compile(r"\bso\s+(?:that\s+)?(?:i|ah|a)\s+(?:can|could|get\s+to|get\s+tae|can\s+still)\b", re.IGNORECASE)
# A carer's own job, said as theirs: "I gave up my work", "ma joab", "I work nights" (a carer's "my work" is not
# the person's)
_MY_WORK = re.compile(r"(?:\b(?:my|me|ma|mah)\s+(?:own\s+|old\s+|full[\s-]time\s+|part[\s-]time\s+)?|"
                      r"\b(?:i|ah|i['’]?ve|i['’]?m|im|ive)\s+(?:\w+\s+){0,2}?)(?:work|job|joab|works|worked|working)$",
                      re.IGNORECASE)
# A word for a friend said as a greeting, at the start: "Alright mate,", "hiya pal!", "Now then love,", "ey up duck"
_GREETING_BEFORE = re.compile(r"^\W*(?:alright|awright|aright|alreet|areet|orite|hiya|hi|hello|hullo|hey|heya|ey\s+up|"
                              r"ay\s+up|eh\s+up|now\s+then|cheers|ta|thanks|thank\s+you|morning|mornin|evening|afternoon|"
                              r"how\s+do|how\s+are\s+you|yo|oi|right|well|listen|look|sorry)\W*(?:there\s+)?$",
                              re.IGNORECASE)
_GREETED_AFTER = re.compile(r"\s*(?:[,!.:;\-–]|$)")
# "work" that is no job (session 20: "I can't work the tin opener", "kidneys not working good", "wen nan is at work",
# "when everyone's working" were each filed as the person's work)
_WORK_WORDS = frozenset({"work", "working", "works"})
_WORK_A_THING = re.compile(r"\s+(?:out\s+)?(?:the|a|an|my|his|her|their|me|this|that|our|your)\s+(?:new\s+|old\s+|own\s+)?"
                           r"(?:tin\s+opener|can\s+opener|opener|remote|telly|tv|television|phone|mobile|microwave|oven|cooker|"
                           r"hob|washing\s+machine|washer|dishwasher|heating|boiler|thermostat|computer|laptop|tablet|ipad|"
                           r"controls?|buttons?|kettle|taps?|hoist|shower|radio|dvd|sky\s+box|video|zips?|lock|keys?|"
                           r"camera|app|stair\s*lift|chair|bed|wheelchair|scooter|alarm|pendant|hearing\s+aids?)\b",
                           re.IGNORECASE)
_BODY_NOT_WORKING = re.compile(r"\b(?:kidneys?|liver|heart|lungs?|bladder|bowels?|brain|eyes?|ears?|legs?|arms?|hands?|"
                               r"feet|foot|knees?|hips?|body|thyroid|pancreas|pacemaker|hearing\s+aids?|stoma|"
                               r"catheter)(?:['’]s)?\s+(?:(?:is|are|isn't|aren't|isnt|arent|not|no|nae|don't|dont|doesn't|"
                               r"doesnt|do|does|ain't|aint|won't|wont|stopped|have|has|never|no\s+longer|just|really|"
                               r"properly|fully|still|only|half)\s+)*$", re.IGNORECASE)
# a medicine or treatment that did nothing, no job (session 22: "tried fluoxetine but it didnt work" was filed as
# out of work): "it didn't work", "the tablets do not work", "they never worked"; not "I don't work"
_THING_NOT_WORKING = re.compile(
    r"\b(?:it|that|this|nothing|none\s+of\s+(?:it|them|those)|(?:they|them)(?=\s+(?:didn't|didn’t|didnt|did\s+not|"
    r"never|just\s+didn't|just\s+didnt))|(?:[a-z-]+\s+)?(?:tablets?|pills?|meds|medications?|medicines?|treatments?|"
    r"inhalers?|creams?|injections?|patch(?:es)?|drops|therapy|counselling|physio|antidepressants?|painkillers?))\s+"
    r"(?:(?:just|really|ever|never|did|does|do|didn't|didn’t|didnt|doesn't|doesn’t|doesnt|don't|don’t|dont|not|"
    r"wasn't|wasnt|isn't|isnt|seem|seems|seemed|to|ever)\s+)+$", re.IGNORECASE)
# someone else at work, said as when the person is alone or helped: "wen mum is at work", "while the family are
# working", "til my dads back from work", "when everybody's at work"
_OTHERS_AT_WORK = re.compile(r"\b(?:when|wen|whn|while|whilst|til|till|until|cos|coz|because|as|once)\s+"
                             r"(?:(?:my|me|our|his|her|their|the)\s+)?(?P<who>[a-z]+?)(?:['’]s|s)?\s+"
                             r"(?:(?:is|are|was|were|s|gets|get|goes|go|comes|come|back|home|out|off|away|at|from|to|"
                             r"all|still)\s+)*$", re.IGNORECASE)
_EVERYONE = frozenset({"everyone", "everybody", "family", "others", "rest", "parents", "kids", "children"})
# "the blue one", in a clause about inhalers: the inhaler of that colour (a reliever is blue, a preventer brown)
_COLOUR_ONE = re.compile(r"\bthe\s+(blue|brown|purple|green|orange|red|pink|white|grey)\s+(?:one|ones)\b", re.IGNORECASE)
_INHALER_COLOURS = {"blue": "reliever inhaler", "brown": "preventer inhaler", **{
    colour: f"{colour} inhaler" for colour in ("purple", "green", "orange", "red", "pink", "white", "grey")}}


# A carer's clause about themselves, said first: "I'm exhausted from caring for her", "honestly im at breaking point"
_CARER_OPENS = re.compile(r"\W*(?:(?:and|but|so|honestly|tbh|to be honest|also|now|just)\W+)*"
                          r"(?:i|i'm|i’m|im|i've|i’ve|ive|i am|i feel|i get|i have)\b", re.IGNORECASE)


# Someone's relative said to live in a town: "the kids' dad lives at 5 Elm Way in Bath", "my son's father lives in
# Bath": where they live, not the person (not "my son's family lives with us in Bath")
_KINS_KIN_LIVES = re.compile(r"\b(?:the|my|our|his|her|their)\s+[a-z]+(?:['’]s|s['’])\s+(?:[a-z]+\s+)?[a-z]+\s+"
                             r"(?:lives|lived|stays|is\s+living)\b(?![^.]*\bwith\s+(?:me|us)\b)[^.]*$", re.IGNORECASE)
_SELLING_UP = re.compile(r"\b(?:sell|sells|selling|sold|back|out)\b", re.IGNORECASE)  # a home wanted back or sold
# Whose landlord, said before the word in the person's own story: a friend's ("his landlord", "Deans landlord")
_THEIR_LANDLORD = re.compile(r"(?:\b(?:his|her|their)|\b[A-Z][a-z]+s|['’]s)\s+$")
# A home the person was put out of: "Got evicted from my flat in July, private landlord" (not "being evicted
# from", "they're evicting me": still there)
_EVICTED_FROM = re.compile(r"(?<!being )(?<!be )(?<!getting )(?<!get )\b(?:evicted|kicked out|thrown out|chucked out)\s+"
                           r"(?:of|from)\s+(?:my|our|his|her|their|the)\b", re.IGNORECASE)
# In the person's own story, chores they do for someone else: "i do her shopping", "I sort out my grandads bills"
# (a chore straight after whose it is; "I get my sons help with washing" is help they get, session 21)
_DOES_THEIRS = re.compile(r"\W*(?:(?:and|so|n|then|also)\s+)?(?:i|we)\s+(?:also\s+|still\s+|often\s+|usually\s+)?"
                          r"(?:do|does|did|sort(?:\s+out)?|help\s+with|carry)\s+(?:all\s+|most\s+of\s+|some\s+of\s+)?"
                          r"(?:her|his|their|my\s+[a-z]+['’]?s|[a-z]+['’]s)\s+(?!help\b)"
                          r"(?:weekly\s+|big\s+|food\s+)?(?:shopping|cleaning|washing|ironing|laundry|cooking|meals?|dinners?|"
                          r"teas?|housework|hoovering|gardening|garden|bills|paperwork|post|forms|tablets|meds|medication|"
                          r"medicines?|prescriptions?|pills|appointments|errands|bins|coal|hair|nails|feet|stuff|things)\b",
                          re.IGNORECASE)
# A home moved out of, and no other said moved into: "I moved out of our house" (session 21), not "… into a flat"
_MOVED_OUT_OF = re.compile(r"\bmoved\s+out\s+(?:of|from)\s+(?:my|our|his|her|their|the)\b"
                           r"(?![^,.;]*\b(?:into|to)\s+(?:a|an|my|our|his|her|their|the)\b)", re.IGNORECASE)
# "lives with her mum", "staying with his dad": where someone else lives, with a relation of theirs
_THEIRS_BEFORE = re.compile(r"\b(?:lives|living|stays|staying)\s+with\s+(?:her|his|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
# An operation named by the words before it, less those that say only how it went: "a hamstring release operation"
_NAMED_OPERATION = re.compile(r"\b(?:a|an|the|his|her|my|their)\s+((?:[a-z]+\s+){1,3})$", re.IGNORECASE)
_NOT_WHAT_WAS_DONE = frozenset("""big major minor small little emergency first second third another new serious routine
keyhole successful quick long last recent planned private huge nasty bad same other few""".split())
# What an operation puts right ("Cataract operation both eye in 2023": the cataracts are over); any other condition
# operated on ("Glaucoma operation last year, still on eye drops", a cancer, Crohn's, arthritis) is had still
_CURED_BY_OPERATION = re.compile(r"\b(?:cataracts?|hernias?|appendicitis|appendix|gall ?stones?|gallbladder|tonsillitis|"
                                 r"tonsils|bunions?|varicose veins|carpal tunnel(?: syndrome)?|kidney stones?|cysts?|"
                                 r"ingrown (?:toe)?nails?|piles|haemorrhoids|hemorrhoids)\b")
_HAD_DONE = re.compile(r"\s+(?:done|removed|taken out|out|sorted|fixed|operated on|lasered|repaired|seen to)\b",
                       re.IGNORECASE)
_HAD_IT = re.compile(r"\b(?:had|have had|got|get|has had|went in for)\s+(?:(?:my|his|her|their|the|both|a|an)\s+)?"
                     r"(?:(?:left|right|both)\s+)?$", re.IGNORECASE)
# Kinds of medicine, not a medicine: said just before the medicine's name, the name says it
_MEDICINE_CLASSES = frozenset({"antibiotics", "painkiller", "blood pressure tablets", "blood thinner", "water tablet",
                               "depot injection",  # "a paliperidone depot injection": paliperidone, given so
                               "statin", "steroids", "calcium"})  # "steroids, prednisolone"; "the adcal calcium ones"
# The medicines of a kind, for a kind said back of one named before ("the steroids", after prednisolone: the twenty-third
# fresh set, session 39, had both)
_OF_A_KIND = {
    "steroids": frozenset({"prednisolone", "hydrocortisone", "dexamethasone", "methylprednisolone", "fludrocortisone"}),
    "statin": frozenset({"atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "fluvastatin"}),
    "water tablet": frozenset({"furosemide", "bumetanide", "bendroflumethiazide", "indapamide", "spironolactone"}),
    "blood thinner": frozenset({"warfarin", "apixaban", "rivaroxaban", "edoxaban", "dabigatran", "clopidogrel"}),
}
# A kind of medicine and the medicine's name said as one: "my water tablet, furosemide", "the water tablet is the
# furosemide", "furosemide (my water tablet)", "furosemide which is my water tablet"
_SAID_AS_ONE = re.compile(r"\s*(?:[(,:-]\s*)?(?:(?:is|was|=|which is|thats|that's|that’s)\s+)?(?:(?:called|named|aka)\s+)?"
                          r"(?:(?:the|my|his|her|their|a|an)\s+)?\)?", re.IGNORECASE)
_NAMED_NEXT = re.compile(r"\s*\(?\s*")
# ... or by its name, then in a clause of its own what they call it: "furosemide, her water tablets she calls them"
_CALLED_AFTER = re.compile(r"\s*\(\s*(?:(?:her|his|my|their|the)\s+)?", re.IGNORECASE)  # "amoxicillin (the antibiotics)"
# ("bumetanide, the water tablet, after breakfast": one medicine too; "ramipril, and the water tablet": two)
_THEIR_NAME_FOR_IT = re.compile(r"^\W*(?:her|his|my|their|the)\s+$", re.IGNORECASE)
# "metformin, the water tablet, and a statin": a list that goes on, the water tablet one more medicine in it
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|&|plus)\b", re.IGNORECASE)
# "Before amlodipine, …, now losartan": a medicine named straight after "before", then what is taken now
_BEFORE_MEDICINE = re.compile(r"\W*before\s+(?:(?:the|my|his|her|their)\s+)?", re.IGNORECASE)
_THEN_NOW = re.compile(r"[,;]\s*(?:but\s+|and\s+|so\s+)?now\b", re.IGNORECASE)


def _said_as_one(clause: str, kind: Term, named: Term, medicines: list[Term]) -> bool:
    """Whether a kind of medicine and a medicine's name are said as one medicine: side by side, or linked by "is",
    "called" or a bracket; a comma links them only where they are not in a list of medicines ("a water tablet,
    ramipril and aspirin" is three; "ramipril and my water tablet, furosemide, every morning" is two)."""
    gap = clause[kind.end:named.start] if named.start >= kind.end else clause[named.end:kind.start]
    if named.start < kind.end and named.end > kind.start or not _SAID_AS_ONE.fullmatch(gap):
        return False
    if not re.fullmatch(r"\s*,\s*(?:(?:the|my|his|her|their|a|an)\s+)?", gap):
        return True
    last = max(kind, named, key=lambda t: t.start)
    return not any(re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", clause[last.end:m.start]) for m in medicines)


def called_by_class(previous: str, previous_terms: list[Term], clause: str, terms: list[Term],
                    after: str = "") -> list[Term]:
    """The terms of `clause` less a class of medicine said as another name for the medicine the clause
    before ended on ("She takes furosemide, her water tablets she calls them": one medicine). `previous` runs
    up to this clause, so what joins them is seen: "ramipril, and his statin" is a list, two medicines; `after`, the
    sentence after the clause, so a list that goes on is seen too ("metformin, the water tablet, and a statin")."""
    last = previous_terms[-1] if previous_terms else None
    if not last or last.section != "medications" or last.canonical in _MEDICINE_CLASSES | {GENERIC_MEDICINES} \
            or previous[last.end:].strip(" ,.;)"):
        return terms
    return [t for t in terms if not (t.section == "medications" and t.canonical in _MEDICINE_CLASSES
                                     and _THEIR_NAME_FOR_IT.match(clause[:t.start])
                                     and not _LIST_GOES_ON.match(clause + after, t.end))]


_DRUGS_NAMED = re.compile(r"\b(?:drugs?|heroin|gear|smack|steroids?|speed|crack|cocaine|coke|spice|needles?|used\s+to|meth|"
                          r"crystal|mdma|ketamine|ket|testosterone|tren|track\s+marks|groin|veins?|exchange|script|"
                          r"methadone|not\s+insulin|(?:been|was|were|started)\s+injecting)\b", re.IGNORECASE)
# the bare word alone, as someone on insulin says it: "seeing me inject", "I inject in the toilets at work"
_INSULIN_MEANT = re.compile(r"\binject(?:ing)?\b(?!\s+(?:\w+\s+)?(?:into|in\s+my\s+(?:arm|leg|groin|neck|foot)))", re.IGNORECASE)


def _injects_insulin(sections: dict[str, list[dict[str, Any]]]) -> bool:
    """Whether the story so far tells an insulin taken or diabetes had: then "I inject" is the insulin."""
    return any("insulin" in str(i.get("text", "")).lower() or "insulin" in str(i.get("name", "")).lower()
               for i in sections["medications"]) or any("diabet" in str(i.get("text", "")).lower()
                                                         for i in sections["health"] if i["status"] == "current")


# What someone died of, said just before it: "Grandda Jack passed with lung cancer", "who died from a stroke" (the
# one they name, when named); not "I nearly died of sepsis", "she almost died with pneumonia"
_DIED_OF = re.compile(r"(?:\b((?-i:[A-Z][a-z]+))\s+)?(?<!nearly )(?<!almost )(?<!could have )(?<!could've )"
                      r"\b(?:died|passed(?:\s+away|\s+on)?)\s+(?:(?:in|back in)\s+\d{4}\s+)?(?:with|of|from)\s+"
                      r"(?:(?:a|an|the|his|her|their|bad|terminal|secondary)\s+){0,2}$", re.IGNORECASE)
_NOT_A_NAME = frozenset({"", "he", "she", "they", "who", "and", "but", "then", "also", "sadly", "later", "eventually"})
_ON_THE_PART = re.compile(r"\s+(?:on|to)\s+(?:(?:my|his|her|their|the|a|an)\s+)?(?:(?:left|right|both|bad)\s+)?",
                          re.IGNORECASE)
_WANTED_BEFORE = re.compile(r"\b(?:need|needs|needed|want|wants|would like|waiting for|waiting on|asked for|asking for|"
                            r"hoping for|could do with|on the list for)\b(?:(?!\b(?:uses?|using|used|has|have|had|got)\b)"
                            r"[^,.;])*$", re.IGNORECASE)
_THEIR_OWN = re.compile(r"\b(?:my|his|her|their|your|our)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A medicine hoped or waited for, not taken yet: "hoping to get an insulin pump", "waiting to be put on sertraline",
# "the nurse wants to get me on a pump", "referred for a pump", "on the waiting list for a pump", "talking about putting
# me on it" (filed as taken now, fresh17 forms); a getting
# or a starting said between, so "I hope the sertraline helps" is a medicine taken
_HOPED_FOR = re.compile(r"\b(?:hop(?:e|es|ed|ing|in)|hopefully|fingers\s+crossed|waiting(?:\s+list)?|wait|want(?:s|ed|ing)?|"
                        r"would\s+(?:like|love)|['’]d\s+(?:like|love)|referred|(?:talking|thinking)\s+about)\s+"
                        r"(?:(?:to|2|that|i|we|he|she|they|you|i['’]ll|ill|i['’]d|will|can|could|might|me|him|her|them|"
                        r"an?|the|some|be|being)\s+)*"
                        r"(?:get|gets|getting|go|going|start|starting|try|trying|put|putting|given|prescribed|for|on|onto|have|"
                        r"having)\s+"
                        r"(?:(?:to|me|him|her|them|on|onto|an?|the|some|new|put|be|being|started|going)\s+)*$", re.IGNORECASE)
_TO_WORK = re.compile(r"\s+to\s+(?:kick|work|start\s+working|take\s+effect|help|settle)\b", re.IGNORECASE)
# A denial that ends the sentence, said straight after a condition: "… autistic but he isn't.", "… but she's not"
_DENIED_AFTER = re.compile(r"[\s,]*(?:but|though|although)\s+(?P<who>he|she|they|i|we)\s*(?:['’]?s\s+not|['’]?m\s+not|['’]?re\s+not|"
                           r"\s(?:is|am|are|has|have|does|do)\s+not|\s(?:isn|aren|hasn|haven|doesn|don)['’]?t|\sain['’]?t)"
                           r"(?:\s+(?:really|actually|at\s+all))?\s*(?:[.!;)]|$)", re.IGNORECASE)
# Said straight after an aid they were given: they do not use it ("he won't use it", "she refuses to use them")
# Refused, said before the aid: "He won't use the walking frame the OT brought round", "she refuses to use the commode"
_WONT_USE_BEFORE = re.compile(r"\b(?:won't|won’t|wont|will not|refuses? to|refused to|doesn't|doesn’t|doesnt|does not|"
                              r"never)\s+(?:ever\s+)?(?:use|uses|touch|go near)\s+(?:(?:the|his|her|their|my|a|an|that)\s+)?"
                              r"(?:new\s+|old\s+)?$", re.IGNORECASE)
_WONT_USE_IT = re.compile(r"\W*(?:(?:but|and)\s+)?(?:(?:he|she|they|i|we|mum|mam|dad|nan|gran|aa|ah)\s+)?"
                          r"(?:just\s+|still\s+)?"
                          r"(?:won't|won’t|wont|will not|refuses? to|refused to|doesn't|doesn’t|doesnt|does not|don't|"
                          r"don’t|dont|do not|never|didn't|didn’t|didnt|did not)\s+(?:ever\s+)?(?:use|uses|used)\s+(?:it|them)\b",
                          re.IGNORECASE)


# The words a clause may hold besides the conditions it lists, to go on with the list before: "…, and glaucoma",
# "…, and also cataracts too"
_LIST_WORDS = frozenset({"and", "also", "too", "as", "well", "the", "a", "an", "her", "his", "their", "some", "bad"})


def _only_listed(clause: str, terms: list[Term]) -> bool:
    """Whether a clause only goes on listing conditions, with no one and no verb of its own ("and glaucoma")."""
    if not terms or any(t.section != "health" for t in terms):
        return False
    rest = "".join(ch if not any(t.start <= at < t.end for t in terms) else " " for at, ch in enumerate(clause))
    return all(word in _LIST_WORDS for word in re.findall(r"[a-z']+", rest.lower()))


def _start(item: dict[str, Any]) -> int:
    source = item.get("source")
    return source["start"] if isinstance(source, dict) and "start" in source else -10**9


def _end(item: dict[str, Any]) -> int:
    """Where an item's words end in the story; far before any clause when unknown (an item of the version an
    update is told on has no place in the words told now)."""
    source = item.get("source")
    return source["end"] if isinstance(source, dict) and "end" in source else -10**9


# A place said as where someone works: "I work as a senior carer in a", "she's a cleaner at the", "I do nights in a"
_WORKS_THERE = re.compile(r"\b(?:work|works|worked|working|employed|job|shifts?|nights|(?:i'm|i’m|im|i am|she's|she’s|he's|"
                          r"he’s|shes|hes)\s+(?:a|an)\s+(?:\w+\s+){1,3}?)(?:\s+(?:as|for)\s+(?:a|an)?\s*(?:\w+\s+){0,3}?)?"
                          r"\s*(?:in|at)\s+(?:a|an|the)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Whom someone works or worked for: "I worked for the council for thirty years", "retired from the fire service", "he
# served in the police": an employer, no council home nor a service they have (session 22)
_WORKED_FOR = re.compile(r"\b(?:(?:work|works|worked|working)\s+(?:(?:full|part)[- ]time\s+)?(?:for|in|at)|employed\s+(?:by|at|in)|"
                         r"(?:retired|retiring)\s+from|(?:served|serving)\s+in|joined)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+)?$",
                         re.IGNORECASE)  # not "signed off work by the GP" (a second reader, session 22)
# The council as an employer, said before it: "taken unpaid leave from the council", "time off from the council", "I'm
# employed by the council" (session 22: a husband's leave from work was filed as his wife's council home)
_EMPLOYER_BEFORE = re.compile(r"\b(?:leave|time\s+off|off\s+work|signed\s+off|off\s+sick|work|works|worked|working|job|"
                              r"employed|employer|retired|shifts?|contract)\s+(?:\w+\s+){0,2}?(?:from|for|at|with|by)\s+"
                              r"the\s+$", re.IGNORECASE)
# Caring as a job: "I work as a senior carer", "I'm a carer for an agency", "my job is a home carer"
_A_CARER_BY_JOB = re.compile(r"\b(?:work|works|worked|working|job\s+is|employed)\s+(?:as\s+)?(?:a|an)\s+(?:\w+\s+)?carer\b"
                             r"|\bcarer\s+(?:for|with|at)\s+(?:an?|the)\s+(?:\w+\s+)?(?:agency|company|council|firm)\b"
                             r"|\bcarer\s+(?:in|at)\s+(?:an?|the)\s+(?:\w+\s+)?(?:care|nursing|residential)\s+home\b"
                             # "I do home care for an agency", "I work in domiciliary care" (session 22: read as a
                             # service she has and as caring for someone)
                             r"|\b(?:i|she|he)\s+(?:do|does|did|doing)\s+(?:home|domiciliary|personal|social|elderly)\s+care"
                             r"\s+(?:for|with|at)\s+(?:an?|the)\s+(?:\w+\s+)?(?:agency|company|council|firm)\b"
                             r"|\b(?:work|works|worked|working|job)\s+in\s+(?:home|domiciliary|social|elderly)\s+care\b",
                             re.IGNORECASE)
# A cancer said as spread: "secondary breast cancer", "metastatic bowel cancer"
_SPREAD_BEFORE = re.compile(r"\b(secondary|metastatic|advanced|stage\s+(?:4|four|iv))\s+$", re.IGNORECASE)
# A condition or medicine said as someone else's own: "despite her angina", "with his bad knee", "their inhalers"
_OWNED_BY_THEM = re.compile(r"\b(?:his|her|their)\s+(?:(?!and\b|or\b)[a-z]+\s+)?$", re.IGNORECASE)


def _all_owned_by_them(clause: str, terms: list[Term]) -> bool:
    """Whether every condition and medicine of the clause is said as "his", "her" or "their" one."""
    said = [t for t in terms if t.section in ("health", "medications")]
    return bool(said) and all(_OWNED_BY_THEM.search(clause[:t.start]) for t in said)



# A medicine moved off ("they switched her from ramipril to that", "changed him over from citalopram"), and a service said
# to have come before ("the crisis team used to come but they stopped"): over (the sixteenth fresh set, session 32;
# services_involved items are filed by `services`, medicines by `term_item`)
_SWITCHED_FROM = re.compile(r"\b(?:switched|switch|changed|change|moved|swapped|swap)\s+(?:(?:her|him|me|them|us)\s+)?"
                            r"(?:over\s+)?from\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?$", re.IGNORECASE)
_NO_LONGER_COMES = re.compile(r"\b(?:used\s+to|use\s+to|stopped|no\s+longer)\s+(?:come|coming|visit|visiting|call|calling|"
                              r"help|helping|see|seeing)\b", re.IGNORECASE)
# (not one who still comes: "used to come daily and still comes on Mondays", "… now they come weekly", a second reader)
_STILL_COMES = re.compile(r"\b(?:still|now|again|new\s+one|more\s+often|twice|weekly|monthly|rings?|sometimes)\b", re.IGNORECASE)


# An injury not yet mended, said after it: "and is still in rehab", "it's still painful"
_STILL_HEALING = re.compile(r"[^.!?]*\bstill\s+(?:in\s+(?:rehab|hospital|plaster|a\s+cast|a\s+boot|a\s+sling)|healing|recovering|"
                            r"sore|painful|aches?|hurts?|swollen|can\s*(?:n['’]?t|not)|cannot|not\s+(?:healed|right|better))",
                            re.IGNORECASE)
# What an injury left, said after it: "so he's in a wheelchair now", "so now she can't walk far"
_LEFT_SO = re.compile(r"[^.!?]{0,40}?\bso\s+(?:now\s+)?(?:he|she|i|they)\s*(?:['’]s|\s+is|['’]m|\s+am|\s+are|\s+has|\s+have|"
                      r"\s+can\s*(?:n['’]?t|not)|\s+cannot)\s+(?:\w+\s+){0,2}?(?:in\s+a\s+wheelchair|wheelchair|bed\s*bound|"
                      r"housebound|paralysed|walk|move|lift|grip|drive|work|use|stand)\b", re.IGNORECASE)


def _sentence_before(story: str, at: int) -> str:
    """The words of `story`'s sentence before `at`."""
    return re.split(r"[.!?]\s", story[max(0, at - 200):at])[-1] if story else ""


def _sentence_around(story: str, item: dict[str, Any]) -> tuple[str, str] | None:
    """The words of an item's sentence before its words, and after them to the sentence's end."""
    source = item.get("source") or {}
    start, end = source.get("start"), source.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(story):
        return None
    begin = max(story.rfind(mark, 0, start) for mark in (".", "!", "?", "\n")) + 1
    stop = min((i for i in (story.find(mark, end) for mark in (".", "!", "?", "\n")) if i >= 0), default=len(story))
    return story[begin:start], story[end:stop]


def said_in_use_or_gone(profile: dict[str, Any], story: str, earlier: frozenset[int]) -> None:
    """What the rest of an item's sentence says of it: put forward and then in use ("the doctor suggested morphine for his
    pain, hes on it now", "They suggested a hoist and we have one now") is had now; a service that "used to come", with
    nothing after it of coming still, is over ("the crisis team used to come but they stopped"); the sixteenth fresh
    structuring set and a second reader, session 32."""
    for items in profile["sections"].values():
        for told in items:
            if id(told) in earlier or (around := _sentence_around(story, told)) is None:
                continue
            before, after = around
            if told["status"] == context.HYPOTHETICAL and _PUT_FORWARD.search(before + " " + told["text"]) \
                    and _IN_USE.search(told["text"] + " " + after):
                told["status"] = context.CURRENT
            elif told["status"] == context.CURRENT and _NO_LONGER_COMES.search(told["text"]) \
                    and told.get("role") is not None and not _STILL_COMES.search(told["text"] + " " + after):
                told["status"] = context.PAST

class Filer(PersonalFiler):
    def __init__(self, lexicons: Lexicons, people: People):
        self.lexicons = lexicons
        self.people = people

    def file_clause(self, profile: dict[str, Any], clause: str, base: int, terms: list[Term], who: Teller,
                    died: bool = False) -> None:
        """File one clause. `died`: the clause that follows says the person it names has died ("Our mum
        used to look after her but she died in 2020")."""
        referent = self.people.referent(clause, who) if self.people.speaker(clause, who) == "subject" else None
        if referent is None and who.last_referent and (SUBJECT_LEFT_OUT.match(clause) or _only_listed(clause, terms)):
            # "my mum has dementia and lives in a care home", "My mother has diabetes also, and glaucoma": hers
            referent = who.last_referent
        if referent is None and (kin := self.people.relative_by_name_at_home(clause, who)):
            referent = kin  # "Amber moved out last year to her own flat in Leeds" (his sister Amber): her flat
        if referent is None and (named := self.people.someone_by_name(clause, who)) \
                and _theirs_said(clause, named[1], named[2], terms):
            referent = named[0]  # "tyler has epilepsy", "Alf died of a heart attack": theirs, not the person's
        if referent is None and who.teller == "self" and _all_owned_by_them(clause, terms):
            # in the person's own story "her Alzheimer's", "his angina" are never theirs: the last one named's
            owner = _OWNED_BY_THEM.search(clause[:next(t.start for t in terms if t.section in ("health", "medications"))])
            referent = self.people.last_named(who, owner.group(0).split()[0] if owner else "their")
        if referent is None and (friend := _A_FRIEND_FELL.match(clause)):
            referent = friend.group(1).lower()  # "My friend Marjorie fell and broke her hip": her fall, not the person's
        if (referent is None or (who.opener_carried and referent == who.opened_by)) and who.teller == "carer" \
                and _HERSELF_TOO.search(clause):
            # "My mum helps Tuesdays, she lives in Erdington, she's got diabetes herself": the relative just named
            said = [m.group(1) for m in re.finditer(r"\b(?:my|our|me)\s+([a-z]+)", who.story[who.sentence_start:base].lower())
                    if m.group(1) in self.people.relatives and m.group(1) != who.subject_relation]
            # the carer's own relative: whose kin they are to the person is not known here ("my mum", told by a mother,
            # is the grandmother), so their illness is kept by no one rather than given a wrong relation
            referent = OTHER if said else referent
        who.last_referent = referent
        if context.ANOTHER_ONE.match(clause):
            # "One of them's on insulin": another's medicine is not the person's to keep (their illness is kept as theirs)
            terms = [t for t in terms if t.section != "medications"]
        # "Alright mate, Ken here": a greeting to whoever reads, no mate who supports them (session 20)
        terms = [t for t in terms if not (t.section == "support_network" and _GREETING_BEFORE.match(clause[:t.start])
                                          and _GREETED_AFTER.match(clause[t.end:]))]
        before = {key: len(items) for key, items in profile["sections"].items()}
        health = profile["sections"]["health"]
        last = health[-1] if health else None
        # (or past already: an infection had "in october" is over by its date, session 32, and the antibiotics that
        # cleared it are over with it)
        # (an injury too: "I fell over at the bus stop in March. I hurt my knee. It is better now": the twenty-ninth fresh
        # forms set, session 35, had the knee injured now)
        over = bool(last and last["status"] in (context.CURRENT, context.PAST)
                    and (last["text"] in context.EVENTS - context.LASTING_EVENTS or (
                        _AN_INJURY.match(str(last["text"])) and not _NOT_ALL_BETTER.search(clause)))
                    and 0 <= base - _end(last) <= 120 and _OVER_NOW.match(clause) and context.cleared(clause))
        # "epilepsy but no seizures for a year now" is about the seizures it names, not the epilepsy
        quiet = bool(last and last["status"] == context.CURRENT and 0 <= base - _end(last) <= 40
                     and context.none_for_a_while(clause)
                     and not any(term.section == "health" for term in terms))
        back = bool(last is who.quieted and last is not None and 0 <= base - _end(last) <= 120 and context.came_back(clause))
        # "He's been checked for coeliac disease and he hasn't got it": the test found none (and "tested for epilepsy
        # after a dizzy spell and she hasn't got it", what prompted the test said between, session 22)
        tested = next((f for f in reversed(health[-3:]) if f["status"] == context.HYPOTHETICAL and f["about"] == "subject"
                       and 0 <= base - _end(f) <= 40 and context.tested_for(who.story[max(0, _start(f) - 60):_start(f)])),
                      None)
        ruled_out = bool(tested and not terms and context.found_none_by_test(clause))
        self._file(profile, clause, base, terms, who, died)
        if _NO_SHIFTS_AFTER.match(who.story, base + len(clause)):
            # "im on a zero hours at a warehouse but they aint gave me a shift in 3 weeks": whether they work is unsure
            for job in profile["sections"]["work_money"][before["work_money"]:]:
                if job["status"] == context.CURRENT:
                    job["status"] = context.HYPOTHETICAL
        if ruled_out and tested:
            tested["status"] = context.NEGATED
        if quiet and last:
            last["status"] = context.PAST  # "a history of self-harm but nothing for a year now"
            who.quieted = last
        if back and last:
            # "… but nothing for a year now, but they came back last week": part of now again
            last["status"] = context.CURRENT
            who.quieted = None
        if over and last:
            # "She had a UTI in october …, but thats cleared up with antibiotics": the UTI is past, and
            # so is the course of antibiotics that cleared it
            last["status"] = context.PAST
            for medicine in profile["sections"]["medications"][before["medications"]:]:
                if "source" in medicine and _CLEARED_WITH.search(clause[:medicine["source"]["start"] - base]):
                    medicine["status"] = context.PAST  # "cleared up with antibiotics", not "and takes amlodipine"
        self.people.note_mentions(clause, who)
        opened = self.people.other_person(clause, who)
        carried = None if opened else self.people.still_them(clause, who)
        who.opened_by, who.opener_carried = opened or carried, carried is not None
        # "he helps me with the shopping" is mine; "my mum has dementia and lives in a care home" is my
        # mum's (but "my sister helps with shopping" is help the person has)
        theirs = not cues.mentions_first_person(clause) or (
            not cues.HELP_WITH.search(clause) and not cues.mentions_first_person(
                re.sub(r"^(?:and\s+)?(?:my|our)\s+[a-z]+", "", clause, flags=re.IGNORECASE)))
        if referent and not theirs and _A_FRIEND_FELL.match(clause):
            # "My friend Marjorie fell and broke her hip last winter, which rather shook me": what it did to "me" after
            # is how it felt, the fall is hers
            fall = re.split(r",\s*(?:which|that|and that|it)\b", clause, maxsplit=1)[0]
            theirs = not cues.mentions_first_person(re.sub(r"^\W*(?:(?:and|but|so|also)\s+)?(?:my|our|me)\s+", "", fall,
                                                           flags=re.IGNORECASE))
        if referent and not theirs and who.teller == "self" and _all_owned_by_them(clause, terms):
            # "she's 80 and still beats me at bowls despite her angina": "me" is said, but the angina is hers (in a
            # carer's story "her tablets" are the person's)
            theirs = True
        if referent and theirs:
            about_someone_else(profile["sections"], before, referent)
            their_help(profile["sections"], clause, base, who.teller, referent, self.people.relatives)
            sections = profile["sections"]
            if any(f["status"] == context.FAMILY for f in sections["health"][before["health"]:]) \
                    and not cues.HELP_WITH.search(clause):  # "Her own mum had dementia": family history, no support
                sections["support_network"][before["support_network"]:] = [
                    f for f in sections["support_network"][before["support_network"]:] if f.get("relationship") != referent]

    def _file(self, profile: dict[str, Any], clause: str, base: int, terms: list[Term], who: Teller, died: bool) -> None:
        sections = profile["sections"]
        speaker = self.people.speaker(clause, who)
        end = base + len(clause)
        if who.teller == "carer" and _MY_SIDE_AFTER.match(who.story, end):
            speaker = "narrator"  # "My mammy's got dementia but that's my side": the carer's own relative (session 19)
        teller = who.teller
        if teller == "carer" and not terms and (here := _NAME_HERE.fullmatch(clause)) \
                and (own := names.my_name(clause[here.start("name"):])):
            # "Alright, Gary Pascoe here, I'm her son": the carer, by name (a fresh forms set, session 40: the social care
            # profile named his wife, who does the washing, as the carer)
            start = here.start("name")
            sections["support_network"].append(item(clause[start:], context.CURRENT, "narrator", teller, base + start, end,
                                                    name=own[0]))
            return
        if teller == "carer" and speaker == "subject" and len(terms) == 1 and sections["support_network"] \
                and sections["support_network"][-1]["about"] == "narrator" \
                and 0 <= base - _end(sections["support_network"][-1]) <= 8 \
                and _AND_ONE_MORE.fullmatch(who.story[_end(sections["support_network"][-1]):base]) \
                and _OWN_HEALTH_SAID.match(str(sections["support_network"][-1]["text"])) \
                and _ONLY_IT.fullmatch(clause[:terms[0].start]) and not clause[terms[0].end:].strip(" ,.;!"):
            speaker = "narrator"  # "I've got prostate cancer, I'm on hormone injections, and angina": the carer's
            # angina too (the twenty-ninth fresh forms set, session 35: delivered as his wife's)
        by_section: dict[str, list[Term]] = {}
        for term in terms:
            by_section.setdefault(term.section, []).append(term)

        # "I work as a senior carer in a nursing home", "I'm a care assistant at a hospice": where they work, no home of
        # theirs nor a service they have (session 21)
        for section in ("home", "services_involved"):
            if by_section.get(section):
                by_section[section] = [t for t in by_section[section] if not _WORKS_THERE.search(clause[:t.start])
                                       and not _WORKED_FOR.search(clause[:t.start])]
        if by_section.get("home"):  # "unpaid leave from the council": the council they work for, no council home
            by_section["home"] = [t for t in by_section["home"] if not (t.canonical == "council"
                                                                        and _EMPLOYER_BEFORE.search(clause[:t.start]))]
        if (by_section.get("support_network") or by_section.get("services_involved")) \
                and (job := _A_CARER_BY_JOB.search(clause)):
            for section in ("support_network", "services_involved"):
                by_section[section] = [t for t in by_section.get(section, []) if not job.start() <= t.start < job.end()]
        last_aid = sections["daily_living"][-1] if sections["daily_living"] else None
        if last_aid and last_aid.get("aids") and last_aid["status"] in (context.CURRENT, context.PAST) and 0 <= base - _end(last_aid) <= 6 \
                and _WONT_USE_IT.match(clause):
            last_aid["status"] = context.NEGATED  # "OT gave him a frame, he won't use it": no aid he uses
        if speaker == "narrator" and cues.GOAL.search(clause) and cues.WISH_FOR_CARE.search(clause):
            # "I'd like someone to come in at lunchtime": the carer wants care for the person
            sections["goals"].append(item(clause, context.CURRENT, "subject", teller, base, end))
            return
        if speaker == "narrator":
            # A carer's own facts ("I work full time", "I have a bad back") are the carer's, under
            # support network; so is their caring role ("I'm his carer", "I have power of attorney").
            if terms or cues.AGE.search(clause) or cues.CARER_ROLE.search(clause) or cues.GOAL.search(clause) \
                    or cues.CARERS_OWN_WISH.match(clause.lower()) or _WHERE_THE_CARER_LIVES.match(clause) \
                    or _NO_HELP.search(clause) or cues.OWN_BODY_BAD.search(clause):
                sections["support_network"].append(
                    item(clause, self.status(clause, terms), "narrator", teller, base, end, **_carer_named(clause)))
                if teller == "carer" and (cues.OWN_BODY_BAD.search(clause) or any(
                        t.section == "health" and t.canonical not in cues.BODY_PARTS | _HOW_THEY_FEEL
                        and not _said_of_the_person(clause, t) for t in terms)) \
                        and self.status(clause, terms) == context.CURRENT:
                    # "I have asthma and a bad back", "my knees are shot": the carer's own health, theirs in the
                    # health part, so that "not my health" leaves it out and "not his health" keeps it in
                    sections["health"].append(item(clause, context.CURRENT, "narrator", teller, base, end))
            elif teller == "carer" and (own := names.my_name(clause)) and _ONLY_A_NAME.fullmatch(clause[:own[1]]):
                # "Hi, I'm Connor, I'm 22 and I look after my nan": who the carer is, said on its own (a form's
                # "Who looks after you?" was then "Grandchild", where a careful person writes "Connor")
                said = _GREETING.match(clause)
                start = said.end() if said else 0
                sections["support_network"].append(item(clause[start:], context.CURRENT, "narrator", teller,
                                                        base + start, end, name=own[0]))
            return
        if teller == "carer" and (cues.CARER_ROLE.search(clause) or cues.CARER_NAME_WRITING.search(clause)) \
                and cues.mentions_first_person(clause):
            sections["support_network"].append(
                item(clause, context.CURRENT, "narrator", teller, base, end, role="carer", **_carer_named(clause)))
            for section in ("support_network", "services_involved", "what_matters"):
                by_section.pop(section, None)
            if _CARER_OPENS.match(clause):
                # "I'm exhausted from caring for her": the carer's own state, said before whom they care for;
                # kept in the carer's words above, never the person's health ("I look after her because she
                # has dementia": what is said after them stays hers)
                by_name = set((who.subject_name or "").lower().split())
                them = next((m.start() for m in re.finditer(r"[a-z'’]+", clause.lower()) if m.group(0) in
                             cues.THIRD_PERSON or m.group(0) in self.people.relatives or m.group(0) in by_name), len(clause))
                for section in ("health", "risks"):
                    by_section[section] = [t for t in by_section.get(section, []) if t.start >= them]

        if teller == "self" and (caring := cues.I_CARE.search(clause)) \
                and not (caring.group(0).lower().endswith("carer") and _HAS_A_CARER.search(caring.group(0))) \
                and not _A_CARER_BY_JOB.search(clause):  # "I work as a senior carer": a job, no one they care for
            # the person cares for someone: who, said once, with the caring (not a support of theirs)
            cared = [t for t in by_section.get("support_network", []) if t.canonical in self.people.relatives]
            relation = cared[0].canonical if cared else None
            sections["support_network"].append(item(clause, self.status(clause, cared), "subject", teller, base,
                                                    end, kind="caring", relationship=relation,
                                                    cares_for=relation))
            by_section.pop("support_network", None)
        self.about_me(sections, clause, base, teller, speaker, who.subject_relation, who.subject_name)
        if (died or cues.DIED.search(clause)) and (by_section.get("support_network") or by_section.get("home")
                                                    or re.search(r"\bwidow(?:er|ed)?\s+(?:since|for|in)\b", clause, re.I)):
            sections["about_me"].append(item(clause, context.PAST, "subject", teller, base, end,
                                             kind="bereavement"))
            by_section.pop("support_network", None)
            # who they lived with is gone; where they live is not ("I live in sheltered housing since …")
            if not re.search(r"\b(?:lives?|living)\s+with\s+(?:me|us)\b", clause, re.IGNORECASE):
                # (not the carer telling: "He lives with me … since his father passed")
                by_section["home"] = [t for t in by_section.get("home", []) if t.canonical not in _LIVED_WITH]
        wishes = list(cues.GOAL.finditer(clause))
        if wishes and not (teller == "self" and all((w.group(1) or "").lower() in ("he", "she", "they") for w in wishes)
                           and _SELLING_UP.search(clause)):
            # (in the person's own story "he wants to sell the flat" is the landlord's wish, a fact of their home; not
            # "he wants to move me into his flat", which was filed as a flat they live in: a second reader, session 22)
            sections["goals"].append(item(clause, context.CURRENT, "subject", teller, base, end))
            return  # a goal is a goal: "I want to get back to work" is not a fact about work

        last = sections["health"][-1] if sections["health"] else None
        if last and last["text"] in cues.HABITS and last["status"] == context.NEGATED \
                and 0 <= base - _end(last) <= 24 and _ONLY_NOW.fullmatch(who.story, _end(last), base) \
                and context.GAVE_IT_UP.match(clause):
            last["status"] = context.PAST  # "I dont smoke, I gave up in nineteen eighty": an ex-smoker
        health = by_section.pop("health", [])
        if teller == "carer":  # "my wife has dementia and my asthma is bad", "since my operation": the carer's own
            health = [t for t in health if not _CARERS_OWN.search(clause[:t.start]) or _said_of_the_person(clause, t)]
        # "In 2015 I had operation on knee, arthroscopy": the operation named by the part it was on (the part alone
        # is no condition, and "operation" alone tells a service nothing it can act on)
        for op in [t for t in health if t.canonical in ("operation", "surgery")]:
            on = next((t for t in health if t.canonical in cues.BODY_PARTS and 0 < t.start - op.end <= 24
                       and _ON_THE_PART.fullmatch(clause[op.end:t.start])), None)
            if on:
                health = [Term(t.section, op.start, on.end, clause[op.start:on.end],
                               f"{singular(on.canonical)} {op.canonical}", t.kind, t.fuzzy) if t is op else t
                          for t in health if t is not on]
        # A body part alone is a fact only said with a problem, a side or an operation ("my knees are
        # shot", "my left hip", "I had my hip done"); "a bruise on her hip" is not a hip condition.
        injured = [m.span() for m in cues.INJURY.finditer(clause)]  # "I broke my right wrist": the injury says it
        # "since the amlodipine my blood pressure is better": what a medicine relieves has a problem
        relieved = any(relieves(clause, t) for t in by_section.get("medications", []))
        health = [t for t in health if t.canonical not in cues.BODY_PARTS
                  or ((part_said(clause, t) or relieved) and not any(a <= t.start < b for a, b in injured))]
        health = [t for t in health if not (t.canonical in cues.HABITS and (
            cues.NOT_HABIT_AFTER.match(clause[t.end:]) or cues.HABIT_OCCASION.search(clause[:t.start])
            or (t.surface.lower() == "alcohol" and cues.ALCOHOL_SERVICE_AFTER.match(clause[t.end:]))
            or cues.HABIT_AS_CAUSE.match(clause[t.end:]) or (t.surface.lower() in ("drink", "drinks") and (
                cues.NOT_HABIT_BEFORE.search(clause[:t.start]) or (cues.ONCE_A_YEAR.search(clause)
                                                                   and cues.ONLY_BEFORE.search(clause[:t.start])
                                                                   and not cues.REGULARLY.search(clause))))))]
        # "I inject insulin twice a day": a medicine injected, not injecting drugs
        if by_section.get("medications"):
            health = [t for t in health if t.canonical != "injecting drugs"]
        # "I dont want people seeing me inject", from someone with diabetes (the nineteenth fresh set, session 35): their
        # insulin, never injecting drugs, unless drugs are named
        if any(t.canonical == "injecting drugs" for t in health) and _injects_insulin(sections):
            around = who.story[max(0, base - 150):base + len(clause) + 150]  # "…I inject. I use the needle exchange."
            health = [t for t in health if not (t.canonical == "injecting drugs" and not _DRUGS_NAMED.search(around)
                                                and _INSULIN_MEANT.search(clause))]
        # "allergic for ibuprofen, it give me attack of asthma": the reaction, not a condition of theirs
        allergy_just_said = bool(sections["allergies"]) and 0 <= base - _end(sections["allergies"][-1]) <= 40
        if allergy_just_said and not sections["allergies"][-1].get("reaction") \
                and sections["allergies"][-1]["status"] != context.NEGATED and len(clause) <= 40 \
                and cues.ALLERGIC_REACTION.search(clause) and not by_section.get("medications"):
            sections["allergies"][-1]["reaction"] = clause.strip()  # "allergic to codeine, she vomits"
        # "I am allergic to aspirin, my face is swelling": the swelling is what the allergy does, no condition
        reaction = str(sections["allergies"][-1].get("reaction") or "").lower() if allergy_just_said else ""
        health = [t for t in health if not (reaction and clause[t.start:t.end].lower() in reaction
                                            and cues.ALLERGIC_REACTION.search(clause[t.start:t.end]))]
        # "I was on tamsulosin but it made me dizzy so I stopped": the medicine's side effect, no condition or risk
        medicine_just_said = bool(sections["medications"]) and 0 <= base - _end(sections["medications"][-1]) <= 12
        # "Tramadol I take before but it make me dizzy so doctor stop it": a stopped one said earlier in the sentence
        medicine_just_said = medicine_just_said or bool(
            sections["medications"] and sections["medications"][-1]["status"] == context.PAST
            and 0 <= base - _end(sections["medications"][-1]) <= 40 and _end(sections["medications"][-1]) > who.sentence_start)
        if medicine_just_said and _SIDE_EFFECT.match(clause):
            health = [t for t in health if not _SIDE_EFFECT.fullmatch(clause[:t.start])]
            by_section.pop("risks", None)
        # "They put me on fluoxetine but I stopped it cos it made me feel numb": why it stopped, in the same clause
        if sections["medications"] and _end(sections["medications"][-1]) > who.sentence_start:
            health = [t for t in health if not _STOPPED_FOR_IT.search(clause[:t.start])]
            if "risks" in by_section:  # "… cos it made us proper dizzy": no risk of theirs either
                by_section["risks"] = [t for t in by_section["risks"] if not _STOPPED_FOR_IT.search(clause[:t.start])]
        # "They took me off the gliclazide in the spring, I was having hypos": why a medicine stopped, no condition
        stopped = sections["medications"][-1] if sections["medications"] else None
        if stopped and stopped["status"] == context.PAST and 0 <= base - _end(stopped) <= 40 \
                and _end(stopped) > who.sentence_start:
            health = [t for t in health if not _STOP_REASON.fullmatch(clause[:t.start])]
        health = [t for t in health if not (
            (cues.REACTION_BEFORE.search(clause[:t.start]) and (allergy_just_said or cues.ALLERGY_SAID.search(clause[:t.start])))
            or (allergy_just_said and cues.GETS_ATTACK.match(clause[:t.start]) and re.match(r"\s+attacks?\b", clause[t.end:]))
            or any(intolerant(clause, m) and cues.REACTION_AFTER_MEDICINE.match(clause[m.end:t.start])
                   for m in by_section.get("medications", []) if m.end <= t.start))]
        # "my speech is slurred when I'm tired", "when I'm stressed my asthma is worse": said only as
        # when another complaint comes, the tiredness or the stress is no complaint of its own
        conditions = [t for t in health if cues.ONLY_WHEN.search(clause[:t.start])]
        if conditions and len(conditions) < len(health):
            health = [t for t in health if t not in conditions]
        parts = [t for t in health if t.canonical in cues.BODY_PARTS]
        if any(t.canonical not in cues.BODY_PARTS for t in health):
            # "amputated below the knee", "arthritis in my knees": the part is where; but "diabetes
            # and my knees are very bad" says two things
            health = [t for t in health if t.canonical not in cues.BODY_PARTS
                      or (cues.PART_PROBLEM.match(clause[t.end:]) and not cues.PART_AS_PLACE.search(clause[:t.start])
                          and not _bad_with_its_cause(clause, t, health))
                      or cues.PART_DONE.match(clause[t.end:]) or held_blood_pressure(clause, t)]
            # "since her hip operation": one fact, the hip operation (not a hip and an operation)
            operated = [t.end for t in health if t.canonical in cues.BODY_PARTS and cues.PART_DONE.match(clause[t.end:])]
            health = [t for t in health if not (t.canonical in ("operation", "surgery")
                                                and any(0 <= t.start - end <= 1 for end in operated))]
            # "knee pain": the part names the pain, one fact (not a problem with the knee and knee pain)
            health = [t for t in health if not (t in parts and any(
                p.canonical == "pain" and re.fullmatch(r"\s*", clause[t.end:p.start]) for p in health))]
            if len(parts) == 1 and not (parts[0].start > min(t.start for t in health)
                                        and cues.PART_AS_PLACE.search(clause[:parts[0].start])):
                # "my back is very painful" is back pain; "pain in both knees" is pain, where it is said after
                health = [Term(t.section, t.start, t.end, t.surface, f"{parts[0].canonical} pain", t.kind, t.fuzzy)
                          if t.canonical == "pain" else t for t in health]
        # "the thyroid is low, hypothyroidism": one condition, said twice
        if any(t.canonical in _THYROID_CONDITIONS for t in health):
            health = [t for t in health if t.canonical != "thyroid"]
        # "operation for gallbladder": one fact, the gallbladder operation (not an operation and a gallbladder)
        operated_on = []
        for op in [t for t in health if t.canonical in ("operation", "surgery")]:
            on = next((t for t in health if t is not op and 0 < t.start - op.end <= 16 and re.fullmatch(
                r"\s+(?:for|on|to)\s+(?:(?:my|his|her|their|the|a|an)\s+)?", clause[op.end:t.start], re.IGNORECASE)), None)
            if on and on.canonical in _ORGANS \
                    and context.fact_status(clause, op.start, op.end, canonical=op.canonical) == context.PAST:
                health = [Term(t.section, t.start, t.end, t.surface, f"{on.canonical} {op.canonical}", t.kind, t.fuzzy)
                          if t is on else t for t in health if t is not op]
            elif on and _CURED_BY_OPERATION.fullmatch(on.canonical) \
                    and context.fact_status(clause, op.start, op.end, canonical=op.canonical) == context.PAST:
                # "In 2018 I have operation for hernia": the hernia operation done, and the hernia over
                health = [Term(t.section, t.start, t.end, t.surface, f"{on.canonical} {op.canonical}", t.kind, t.fuzzy)
                          if t is op else t for t in health]
                operated_on.append(base + on.start)
        # "a hamstring release operation": the operation by the words that name it, when no term does
        for op in [t for t in health if t.canonical in ("operation", "surgery")]:
            called = _NAMED_OPERATION.search(clause[:op.start])
            words = [w for w in called.group(1).lower().split() if w not in _NOT_WHAT_WAS_DONE] if called else []
            if called and words and not any(t is not op and t.end > called.start(1) and t.start < op.start for t in health) \
                    and context.fact_status(clause, op.start, op.end, canonical=op.canonical) == context.PAST:
                health = [Term(t.section, called.start(1), op.end, clause[called.start(1):op.end],
                               f"{' '.join(words)} {op.canonical}", t.kind, t.fuzzy) if t is op else t for t in health]
        # "Cataract operation both eye in 2023": the operation done is the cataract operation, and the cataracts
        # operated on are over, as "surgery for a hernia" says (a cancer operated on may not be)
        for op in [t for t in health if t.canonical in ("operation", "surgery")]:
            on = next((t for t in health if t is not op and t.canonical not in cues.BODY_PARTS | {"operation", "surgery"}
                       and not PROCEDURES_SAID.search(t.canonical) and 0 < op.start - t.end <= 1
                       and not clause[t.end:op.start].strip()), None)
            if on and context.fact_status(clause, op.start, op.end, canonical=op.canonical) == context.PAST:
                health = [Term(t.section, on.start, op.end, clause[on.start:op.end], f"{on.surface.lower()} {op.canonical}",
                               t.kind, t.fuzzy) if t is op else t for t in health]
                if _CURED_BY_OPERATION.search(on.canonical):
                    operated_on.append(base + on.start)
        # "I had my cataracts done in 2019", "got the hernia sorted", "had my gallbladder out": operated on, so over
        operated_on += [base + t.start for t in health if _CURED_BY_OPERATION.search(t.canonical)
                        and _HAD_DONE.match(clause[t.end:]) and _HAD_IT.search(clause[:t.start])]
        services = by_section.get("services_involved", [])
        jobs = [t for t in services if cues.OWN_JOB.match(clause[:t.start])]
        if jobs and speaker == "subject" and not self.people.other_person(clause, who):
            by_section["work_money"] = sorted(by_section.get("work_money", []) + jobs, key=lambda t: t.start)
            by_section["services_involved"] = services = [t for t in services if t not in jobs]
        if services:  # "carers twice a day" are a service, not family or friends who support
            by_section["support_network"] = [t for t in by_section.get("support_network", []) if not any(
                s.start <= t.start and t.end <= s.end for s in services)]
        said_medicines = by_section.pop("medications", [])
        # "allergic to plasters and penicillin": the penicillin is an allergen too, not a medicine taken
        allergic_to = [(start, start + len(words)) for _, _, words, start in allergens(clause)]
        if excepted := excepted_allergen(clause):  # "no allergies apart from penicillin"
            allergic_to.append(excepted.span(1))
        medicines = [t for t in said_medicines if not cues.ALLERGEN.search(clause[:t.start])
                     and not any(a <= t.start < b for a, b in allergic_to)
                     and not intolerant(clause, t) and not avoided_as_already_in(clause, t, who.story, base)
                     and not allergen_said_apart(clause, t, who.story, base)
                     # "no allergies to medicines" says nothing about medicines taken
                     and not (t.canonical == GENERIC_MEDICINES and cues.NO_ALLERGIES.search(clause))
                     and (t.kind != MAINTAINED or cues.TAKING.search(clause) or relieves(clause, t)
                          or _ON.search(clause[:t.start]) or _listed_after(clause, t, said_medicines)
                          or _dosed(clause, t))
                     # "she does my tablets" is help with medicines (daily living), not a medicine
                     and not (t.canonical == GENERIC_MEDICINES and cues.HELP_WITH.search(clause))
                     # "my daughter has asthma and uses an inhaler": her inhaler, not the person's
                     and not self._someone_elses(clause, t.start, who)
                     and not _kept_for_another(clause, t, who, self.people.relatives)
                     # ("It's Mum on the warfarin, not me", in a carer's story of Mum, is Mum's: a second reader)
                     and not (who.teller == "self" and theirs_not_mine(
                         clause[:t.start], who.story[base + t.end:] if who.story else clause[t.end:]))
                     # "medication" alone says nothing a form can use, unless it is "no medication at all"
                     and (t.canonical != GENERIC_MEDICINES or cues.NO_MEDICINES.search(clause))
                     # "I take propranolol … no medicines for it since 20 years": none for that condition, and
                     # never "no medication" beside a medicine they take
                     and not (t.canonical == GENERIC_MEDICINES and _FOR_IT.match(clause[t.end:]) and any(
                         m["status"] == context.CURRENT and m["about"] == "subject" for m in sections["medications"]))]
        # "on antibiotics (nitrofurantoin)", "Blood pressure tablet amlodipine 5mg": one medicine, by its name
        # "my water tablet, furosemide", "the water tablet is the furosemide": one medicine too, by its name
        as_one = {t.canonical for t in medicines if t.canonical in _MEDICINE_CLASSES and any(
            _said_as_one(clause, t, m, medicines) for m in medicines
            if m is not t and m.canonical not in _MEDICINE_CLASSES | {GENERIC_MEDICINES})}
        medicines = [t for t in medicines if t.canonical not in as_one]
        if as_one and speaker == "subject":  # "the water tablet is the furosemide", said after "my water tablet"
            sections["medications"] = [m for m in sections["medications"] if not (
                m.get("name") in as_one and m["about"] == "subject" and m["status"] == context.CURRENT)]
        medicines = [t for t in medicines if not (t.canonical in _MEDICINE_CLASSES and any(
            m is not t and m.canonical not in _MEDICINE_CLASSES | {GENERIC_MEDICINES}
            and (_NAMED_NEXT.fullmatch(clause[t.end:m.start]) if m.start >= t.end
                 else bool(_CALLED_AFTER.fullmatch(clause[m.end:t.start]))) for m in medicines
            if m.start >= t.end or m.end <= t.start))]
        # "On prednisolone … the steroids push my sugars up": the kind said back of a medicine already named, no second one
        medicines = [t for t in medicines if not (t.canonical in _OF_A_KIND and re.search(r"\b(?:the|those|these)\s+$",
                                                                                            clause[:t.start], re.IGNORECASE)
                                                  and any(m.get("name") in _OF_A_KIND[t.canonical]
                                                          for m in sections["medications"]))]
        # "inhalers are the green one (spiriva) and the blue one": each inhaler by its colour, and the word
        # "inhalers" then names no inhaler of its own
        if any(t.canonical == "inhaler" for t in medicines):
            medicines = sorted(medicines + [
                Term("medications", m.start(), m.end(), m.group(0), _INHALER_COLOURS[m.group(1).lower()])
                for m in _COLOUR_ONE.finditer(clause)
                if not any(t.start <= m.start() < t.end or 0 <= t.start - m.end() <= 3 for t in medicines)],
                key=lambda t: t.start)  # "the green one (spiriva)" is the spiriva
            if len([t for t in medicines if t.canonical != "inhaler"]) >= 2 and \
                    re.search(r"\binhalers\s+(?:are|is)\b", clause, re.IGNORECASE):
                medicines = [t for t in medicines if t.canonical != "inhaler"]
        # "insulin, novorapid w meals n lantus at nite": the insulins named, not a third one called insulin
        if sum(t.canonical.startswith("insulin ") for t in medicines) >= 1:
            medicines = [t for t in medicines if t.canonical != "insulin"]
        # "latanoprost eye drops", "salbutamol inhaler": the form of the medicine just named, not a second one
        named = [t for t in medicines if not FOR_A_CONDITION.search(t.canonical)]
        medicines = [t for t in medicines if not ((FOR_A_CONDITION.search(t.canonical)  # "two inhalers trelegy …" too
                                                   or BY_ITS_COLOUR.match(t.canonical))
                                                  and any((0 <= t.start - n.end <= 2 or 0 <= n.start - t.end <= 2)
                                                          and n is not t and not (BY_ITS_COLOUR.match(t.canonical)
                                                                                  and BY_ITS_COLOUR.match(n.canonical))
                                                          for n in named))]
        # "Dad is on warfarin", in a carer's story about Mum: his medicine, not a word about her support
        family = any(t.canonical != GENERIC_MEDICINES and self._someone_elses(clause, t.start, who)
                     for t in said_medicines)
        if not medicines and (stopped := cues.STOPPED_IT.search(clause)) and not any(
                t.canonical in cues.HABITS and t.start < stopped.start() for t in health):  # "smoked, packed it in"
            self.stopped_it(sections["medications"], base + stopped.start(), sections["health"])
        if len(health) == 1 and _CALLED_IT.search(clause) and sections["health"] \
                and sections["health"][-1]["status"] in (context.CURRENT, context.PAST) \
                and sections["health"][-1]["about"] == "subject" and 0 <= base - _end(sections["health"][-1]) <= 40 \
                and _RENAMED_BETWEEN.fullmatch(who.story[_end(sections["health"][-1]):base] + "the "):
            # "I had a wee stroke three year ago, a TIA they called it": one illness, by the name the doctors gave it
            # (a fresh forms set, session 40: a stroke and a mini stroke went to the medical history)
            sections["health"].pop()
        health = [t for t in health if not any(
            later.start > t.end and not any(t.end <= other.start < later.start for other in health if other is not later)
            and _RENAMED_BETWEEN.fullmatch(clause[t.end:later.start]) and _CALLED_IT_AFTER.match(clause, later.end)
            for later in health)]
        for term in health + medicines:
            if term.canonical in context.TREATMENTS and _REFUSED.search(clause[:term.start]):
                continue  # "she doesnt want more chemo": a wish about treatment, no treatment had
            if term.canonical == "overdose" and teller == "self" and _THEY_OVERDOSED.search(clause[:term.start]):
                continue  # "I think hes overdosed", of the lad beside them: not the person's (a stranger, session 24)
            if _AN_INSTRUCTION.match(clause) and (_A_LINE_AFTER.match(clause[term.end:]) or _A_LINE_AFTER.search(clause)):
                continue  # "remove the copd bit, I dont have that": what to do with the story, no fact (a second reader)
            fact = self.term_item(clause, base, term, teller, who.subject_relation, who.named, who.story, who.subject_name)
            if fact["status"] == context.NEGATED and term.section == "health" and _ON_IT_AFTER.match(clause, term.end):
                continue  # "Ah'm no diabetic oan insulin, mind, jist the tablets": not on insulin, and diabetic all the same
                # (the twenty-fourth fresh set, session 40: read back "You do not have diabetes" beside her type 2)
            if fact["text"] in cues.HABITS and fact["status"] == context.CURRENT and _HABIT_AS_CAUSE.search(clause[:term.start]) \
                    and not re.search(r"\b(?:still|now|currently|yet)\b", clause, re.IGNORECASE):
                continue  # "COPD from smoking long time": what caused it, not that they smoke now (read back "They smoke",
                # a stranger, session 40); whether they still do is for the form to ask
            if fact["text"] in cues.HABITS and fact["status"] == context.FAMILY:
                continue  # "me dad smoked for the both of us": a relative's habit, no family history ("Your dad had smoking"
                # went to the family history form as a condition: a fresh forms set, session 40)
            if fact["status"] == context.CURRENT and fact["source"]["start"] in operated_on and term.canonical not in (
                    "operation", "surgery") and not PROCEDURES_SAID.search(fact["text"]):
                fact["status"] = context.PAST  # "Cataract operation both eye in 2023": the cataracts are over
            if fact["text"] in cues.HABITS and fact["status"] == context.NEGATED and \
                    (said := re.match(r"\W*,\s*", clause[term.end:])) and context.GAVE_IT_UP.match(clause, term.end + said.end()):
                fact["status"] = context.PAST  # "doesnt drink, stopped years ago"
            if term.section == "medications" and fact["status"] == context.CURRENT \
                    and _HOPED_FOR.search(clause[:term.start]) and not _TO_WORK.match(clause[term.end:]):
                fact["status"] = context.HYPOTHETICAL  # "hoping to get an insulin pump": none taken yet
            if term.section == "medications" and FOR_A_CONDITION.search(term.canonical):
                for_condition(fact, sections["health"], clause, base)
            sections[term.section].append(fact)
            family = family or fact["status"] == context.FAMILY
        if not health:
            self.injury(sections, clause, base, who)
        if not health or cues.HAD_IT_TOO.search(clause):  # "My brother has diabetes and so does my dad"
            family = self.had_it_too(sections, clause, base, who) or family
        allergies_before = len(sections["allergies"])
        self.allergies(sections, clause, base, who, said_medicines)
        # "my son has a nut allergy" is his history, not a word about who supports the person
        family = family or any(a["status"] == context.FAMILY for a in sections["allergies"][allergies_before:])

        matters = by_section.pop("what_matters", [])
        if cues.EXPLICITLY_MATTERS.search(clause):
            by_section.pop("support_network", None)  # "what matters to me is my friends"
        # "for doctor I like interpreter in Polish": how they want to be spoken with (communication), not what matters
        how_spoken_with = bool(by_section.get("communication")) and not matters and not cues.EXPLICITLY_MATTERS.search(clause)
        # "he likes a drop of rum of a Friday": a drink they like is a habit of drinking, not what matters
        how_spoken_with = how_spoken_with or bool(cues.LIKES_A_DRINK.search(clause) and not matters
                                                  and not cues.EXPLICITLY_MATTERS.search(clause))
        freed = _CARER_FREED.search(clause) if teller == "carer" else None
        said = cues.MATTERS.search(clause)
        if freed and ((said and said.start() >= freed.start()) or any(t.start >= freed.start() for t in matters)):
            # "nan says can someone come so i can go to my football training": the carer's own break, not what
            # matters to the person (session 20)
            if not any(i["source"]["start"] == base and i["about"] == "narrator" for i in sections["support_network"]):
                sections["support_network"].append(item(clause, context.CURRENT, "narrator", teller, base, end))
        elif (said or (matters and cues.ENJOYS.search(clause))) and not how_spoken_with:
            sections["what_matters"].append(
                item(clause, self.status(clause, matters), "subject", teller, base, end))
            interests = self.lexicons.sections.get("what_matters", {})
            for section in list(by_section):  # "she loves her garden and her church" is about what matters
                by_section[section] = [t for t in by_section[section] if t.surface.lower() not in interests]
        self.daily_living(sections, clause, base, by_section.pop("daily_living", []), teller)
        home = by_section.pop("home", [])
        if teller == "self":  # "sofa surfing at Dean's, his landlord wants me out": Dean's landlord, no tenancy of theirs
            home = [t for t in home if not (t.canonical == "landlord" and _THEIR_LANDLORD.search(clause[:t.start]))]
        # a building's name ("Beacon House"), and the council that placed them ("the council's put me in …"), say no house
        # and no council tenancy (the thirty-second fresh forms set: a man in a hostel was sent as a council house tenant)
        home = [t for t in home if not (t.surface == "House" and _NAMED_BEFORE.search(clause[:t.start]))
                and not (t.canonical == "council" and _PLACED_BY_COUNCIL.match(clause, t.end))]
        stairs_only = all(t.canonical in {"stairs", "steps"} for t in home)
        town = town_lived_in(clause)  # "we live in Pontypridd": where they live, a home fact of its own
        if town and (self._someone_elses(clause, town[0], who) or _KINS_KIN_LIVES.search(clause[:town[0]]) or (
                teller == "carer" and re.search(r"\b(?:i|i'm|im|i’m|i am)\s+(?:\w+\s+)?(?:live|living|stay|based)\b",
                                                clause[:town[0]], re.IGNORECASE))):
            town = None  # "my sister lives in Leeds": hers; a carer's "I live in Manchester, two hours from Mum": theirs
        if (home or town) and not (home and stairs_only and (
                (sections["daily_living"] and sections["daily_living"][-1]["source"]["start"] == base)
                or by_section.get("risks"))):  # "fallen down the stairs" is a risk
            lived = not home and town and re.search(r"(?<!have )(?<!'ve )(?<!ve )(?<!has )\b(?:lived|stayed|resided)\b",
                                                    clause[:town[0]], re.IGNORECASE) \
                and not re.search(r"\b(?:still|now|since)\b", clause, re.IGNORECASE)
            # "Got evicted from my flat in July", "I moved out of our house": left
            lived = lived or bool(_EVICTED_FROM.search(clause) or _MOVED_OUT_OF.search(clause))
            sections["home"].append(item(clause, context.PAST if lived else self.status(clause, home), "subject", teller,
                                         base, end,
                                         features=list(dict.fromkeys(
                                             canonicals(home) + tenure_features(clause, teller, who.subject_relation))),
                                         town=town[2] if town else None))
        support = by_section.pop("support_network", [])
        if support and _NO_SUPPORT.search(clause):
            support = []  # "I'm not family, just her neighbour", "got kicked out by my stepdad": no one who supports them
        if support and all(_OWNED_BY.match(clause, t.end) for t in support):
            support = []  # "Dad's birthday", "my neighbour's dog", "the family's paperwork": theirs, not them
        if support and teller == "self" and not cues.mentions_first_person(clause):
            # "My daughter Kayla … lives with her mum in Wigan": the daughter's mum, no one of the person's own
            support = [t for t in support if not _THEIRS_BEFORE.search(clause[:t.start])]
        if (company := _CARE_COMPANY.match(clause)) and company.group(1).split()[0].lower() not in names.NOT_NAMES \
                and company.group(1).split()[0] not in {"My", "Our", "His", "Her", "Their", "I", "She", "He", "They"} \
                and not _PUBLIC_CARE.search(company.group(1)) and company.group(1).lower() not in ("care", "carer", "carers"):
            # "Bluebell Homecare come twice a day": paid carers from an agency, a service they have (not family support)
            sections["services_involved"].append(item(clause, context.CURRENT, "subject", teller, base, end,
                                                      role="carers", organisation=company.group(1)))
            support = []
            by_section.pop("services_involved", None)
        if support and (paid := _PAID_CARER_FROM.search(clause)):
            # "now has a carer who comes in the morning from Bluebird": an agency, a service they have
            sections["services_involved"].append(item(clause, context.CURRENT, "subject", teller, base, end,
                                                      role="carer", organisation=paid.group(1)))
            support = []
        self.support_network(sections, clause, base, support, who, family)
        if not (sections["services_involved"] and sections["services_involved"][-1]["source"]["start"] == base
                and sections["services_involved"][-1].get("role") == "carers" and company):
            self.services(sections, clause, base, by_section.pop("services_involved", []), teller,
                          bool(said_medicines or cues.STOPPED_IT.search(clause)))
        communication = by_section.pop("communication", [])
        language = cues.LANGUAGE.search(clause)
        if communication or (language and cues.language_named(language).lower() != "english"):
            sections["communication"].append(
                item(clause, self.status(clause, communication), "subject", teller, base, end,
                     needs=canonicals(communication) or None))
        if teller == "carer" and by_section.get("work_money"):
            # "im on universal credit and carers allowance", "i work part time at tesco n do his meals": the carer's
            # own work and money, said of themselves, are theirs (issue 18/20), never the person's
            mine = [t for t in by_section["work_money"] if _carers_own(clause[:t.start]) and not _said_of_the_person(clause, t)]
            by_section["work_money"] = [t for t in by_section["work_money"] if t not in mine]
            if mine and not any(i.get("about") == "narrator" and i["text"] == clause for i in sections["support_network"]):
                sections["support_network"].append(item(clause, self.status(clause, mine), "narrator", teller, base, end))
        for section in ("risks", "work_money"):
            found = by_section.pop(section, [])
            if section == "risks":  # "they lock his door so he doesn't wander": why they do it, nothing said of him
                found = [t for t in found if not _SO_THAT_NOT.search(
                    (who.story[max(0, base + t.start - 60):base + t.start] if who.story else "") or clause[:t.start])]
            if section == "work_money":
                found = [t for t in found if not self._no_job(clause, t, who)]
            if found and section == "work_money" and _WORK_BEFORE.search(clause):
                sections[section].append(item(clause, context.PAST, self.people.other_person(clause, who) or "subject",
                                              teller, base, end, terms=canonicals(found)))
                continue
            if found:
                about = self.people.other_person(clause, who) if section == "work_money" else None
                if section == "work_money" and about is None and who.teller == "carer" \
                        and any(_MY_WORK.search(clause[:t.end]) for t in found):
                    about = "narrator"  # "I had to give up my work to look after her": the carer's job (session 20)
                if about and cues.HELP_WITH.search(clause):
                    continue  # "my mum helps with the school run": help the person has, not her work
                sections[section].append(item(clause, self.status(clause, found, section != "risks"),
                                              about or "subject", teller, base, end,
                                               terms=canonicals(found)))

    def _no_job(self, clause: str, term: Term, who: Any) -> bool:
        """ "work" that is no job of the person's: a thing made to go ("can't work the remote"), a body not working
        ("her kidneys aren't working"), or someone else at work ("wen mum is at work", "when everybody's working")."""
        if term.canonical not in _WORK_WORDS:
            return False
        if _WORK_A_THING.match(clause[term.end:]) or _BODY_NOT_WORKING.search(clause[:term.start]) \
                or _THING_NOT_WORKING.search(clause[:term.start]):
            return True
        other = _OTHERS_AT_WORK.search(clause[:term.start])
        if other is None:
            return False
        named = other.group("who").lower()
        kin = context.INFORMAL_KIN.get(named, named)
        return named in _EVERYONE or (kin in self.people.relatives and kin != who.subject_relation)

    def term_item(self, clause: str, base: int, term: Term, teller: str, subject_relation: str | None,
                  named: dict[str, str] | None = None, story: str = "", subject_name: str | None = None) -> dict[str, Any]:
        status = context.fact_status(clause, term.start, term.end, canonical=term.canonical)
        rest = story[base + term.end:] if story else clause[term.end:]
        if (status == context.CURRENT or status == context.HYPOTHETICAL and not context.not_begun_yet(rest)) \
                and context.denied_after(clause[:term.start], rest, medicine=term.section == "medications"):
            # (suggested and then turned down: "The GP suggested morphine patches … but he wont have them"; one only not
            # begun yet stays a maybe: "mentioned sertraline but he hasn't started it")
            status = context.NEGATED  # "the GP offered me mirtazapine but I said no", "he's got cancer but he hasn't"
        elif status == context.CURRENT and term.canonical in ("smoking", "drinking") \
                and context.GIVEN_UP_SINCE.match(rest.lstrip(" ,;:-–")) and not re.search(r"\bstill\b", clause, re.IGNORECASE):
            status = context.PAST  # "COPD from the years of smoking, though she gave them up in 1990": an ex-smoker
        elif status == context.CURRENT and context.tried_before(clause[:term.start], rest):
            status = context.PAST  # "tried the pill, then the coil, neither helped"
        elif status == context.CURRENT and term.section == "medications" and context.stopped_after(rest):
            status = context.PAST  # "Clexane, for six weeks, now finish" (the fifteenth fresh structuring set, session 31)
        elif status == context.CURRENT and term.section == "medications" and story \
                and context.ON_ABOUT.search(re.split(r"[.!?;]", story[max(0, base + term.start - 80):base + term.start])[-1]):
            status = context.HYPOTHETICAL  # "They were on about a biologic injection, adalimumab, if the bloods don't settle"
        elif status == context.CURRENT and term.section == "medications" and story and _SWITCHED_FROM.search(
                story[max(0, base + term.start - 60):base + term.start]):
            status = context.PAST  # "(they switched her from ramipril to that in the spring)"
        elif status in (context.CURRENT, context.PAST) and term.section == "health" and _CAME_BACK_CLEAR.match(rest) \
                and (_SUSPECTED.search(clause[:term.start]) and not _CAUSING.match(rest) or _SCARE.match(rest)):
            status = context.NEGATED  # "they thought it was a clot but it was clear", "a prostate cancer scare … clear"
        elif status == context.PAST and term.canonical in context.ACUTE and context.still_going(rest) \
                and context.told_after(clause[:term.start], rest, term.canonical) != context.PAST:
            status = context.CURRENT  # "he had a chest infection in October and it still hasnt cleared"
        elif status in (context.CURRENT, context.PAST, context.HYPOTHETICAL) and (later := context.told_after(
                clause[:term.start], rest, term.canonical, _sentence_before(story, base + term.start))) is not None \
                and (status == context.CURRENT or later == context.NEGATED):
            status = later  # "think its prob alzhimers but they havent confirmed it" (session 33)
        elif status == context.CURRENT and (later := context.told_after_in_full(clause[:term.start], rest,
                                                                               term.canonical)) is not None:
            status = later  # "so metformin they stop in spring", "want change her to Keppra but we not change yet"
        elif status == context.CURRENT and term.section == "health" and term.canonical in context.ACUTE \
                and context.cleared(re.split(r"[.!?]", rest, maxsplit=1)[0]):
            status = context.PAST  # "Last winter he have chest infection, now clear up already" (the twenty-fourth fresh
            # set, session 40), in a clause of its own after it
        elif status == context.NEGATED and term.section == "health" and _NONE_FOR_A_TIME.match(rest) \
                and re.search(r"\bno\s+(?:\w+\s+)?$", clause[:term.start], re.IGNORECASE):
            status = context.PAST  # "No big seizure 8 months now": none lately, not none ever (the twenty-fourth fresh set,
            # session 40: read back "You do not have seizures" beside her epilepsy)
        elif status == context.CURRENT and story and context.told_as_before(_sentence_before(story, base + term.start)):
            status = context.PAST  # "Before, in 2018, I have depression after my father die, I take fluoxetine one year"
        elif status == context.PAST and term.canonical in cues.HABITS and _DOWN_TO_NOW.match(rest):
            status = context.CURRENT  # "I was drinking heavy when it all kicked off but I'm down to a few cans now"
        about, when = "subject", None
        if term.section == "health":
            relative = context.family_member(clause, term.start, self.people.relatives, subject_relation, named,
                                             subject_name)
            if relative and teller != "self" and relative not in (named or {}).values() \
                    and relative not in self.people.relatives and relative not in context.OTHER_PEOPLE and re.search(
                    rf"\b{re.escape(relative)}['’]s\s", clause, re.IGNORECASE):
                relative = None  # a carer's "Ann's COPD must be bad": a name no relative of theirs may be the person's
            if relative:
                # "my mother had breast cancer" (when: past) or "my son has asthma"
                when = "past" if status == context.PAST or re.search(r"\b(had|was|died)\b", clause) else None
                status, about = context.FAMILY, relative
            elif (died := _DIED_OF.search(clause[:term.start])) and not any(
                    w in self.people.relatives for w in re.findall(r"[a-z]+", clause[:term.start].lower())):
                # "Grandda Jack passed with lung cancer in 2010": someone else's illness (the person is living)
                who_died = (died.group(1) or "").lower()
                status, about, when = context.FAMILY, who_died if who_died not in _NOT_A_NAME else "someone", "past"
        text = term.canonical
        detail: dict[str, Any] = {"term": term.surface, "when": when,
                                  "told_as": _placed(clause[:term.start], about, teller, named, story, self.people.relatives,
                                                    subject_relation)}
        if term.fuzzy:
            detail["spelled"] = term.surface
        if term.section == "health" and held_blood_pressure(clause, term):
            text = "high blood pressure"  # "I've the sugar and the blood pressure"
        elif term.section == "health" and term.canonical in cues.BODY_PARTS:
            detail["kind"] = "body_part"
            if cues.PART_DONE.match(clause[term.end:]):
                text, status = f"{term.canonical} operation", context.PAST  # "I had my hip done"
                detail.pop("kind")
        if term.section == "health" and not text.endswith(("removal", "operation")) and not _AN_INSTRUCTION.match(clause) \
                and not _A_LINE_AFTER.match(clause[term.end:]) and (
                _TAKEN_OUT_BEFORE.search(clause[:term.start]) or (
                    _OUT_AFTER.match(clause[term.end:]) and (_HAD_BEFORE.search(clause[:term.start])
                                                             or re.match(r"\s+(?:was|were|got|been|has been|had been)\s",
                                                                         clause[term.end:])))):
            text, status = f"{text} removal", context.PAST  # "In 2020 they take out my gallbladder"
            detail.pop("kind", None)
        if term.section == "health" and term.canonical == "cancer" and \
                (organ := re.match(r"\s+(?:of|in)\s+(?:the|my|his|her|their)\s+([a-z]+)", clause[term.end:], re.IGNORECASE)):
            organ_cancer = self.lexicons.sections["health"].get(f"{organ.group(1).lower()} cancer")
            text = organ_cancer or text  # "cancer of the breast" is breast cancer
        if term.section == "health" and "cancer" in text and not text.startswith("secondary") \
                and (spread := _SPREAD_BEFORE.search(clause[:term.start])):
            # "secondary breast cancer in her bones": a cancer come back and spread, not the one had and cleared
            # years before (session 21: the two were one item, and the one of 2015 was read as now)
            text = f"{spread.group(1).lower()} {text}"
        if term.section == "health" and text == "diabetes" and _WHEN_PREGNANT.search(clause):
            text = "gestational diabetes"  # "When I was pregnant I had diabetes but after it go away"
        if term.section == "health" and (severity := _SEVERITY.search(clause[:term.start])) \
                and not text.startswith(severity.group(1).lower()):
            text = f"{severity.group(1).lower()} {text}"  # "severe depression", as a form asks it
        if term.section == "health":
            site = cues.SITE_BEFORE.search(clause[max(0, term.start - 16):term.start])
            if site and _RIGHT_AS_VERY.search(clause[:term.start]):
                site = None  # "codeine makes me right constipated": "right" is "very", no side
            where = cues.WHERE.match(clause[term.end:])
            after = cues.SYMPTOM_PART_AFTER.match(clause[term.end:]) if term.canonical in _FELT_IN_A_PART else None
            sided = cues.SIDED_BEFORE.search(clause[:term.start]) or re.search(r"\b(left|right)\b", term.surface, re.I) or (
                re.search(r"\b(left|right)\s+$", clause[:term.start], re.I) if term.surface.lower().startswith("side") else None)
            if term.canonical == "weakness" and (side := site or sided or (after if after and after.group(2) == "side"
                                                                              else None)) and side.group(1).lower() != "both":
                # "my left side is weak", "right-sided weakness", "weak down my left side", "weakness on my right side"
                detail["site"] = side.group(1).lower()
                text = f"{detail['site']}-sided weakness"
            elif site:
                detail["site"] = site.group(1).lower()
                text = f"{detail['site']} {text}"
            elif after and not where and after.group(2) != "side":  # "numb feet" -> "numbness in the feet"
                detail["site"] = " ".join(w for w in after.groups() if w).lower()
                text = f"{text} in the {detail['site']}"
            elif where:  # "pain in my right knee" -> "pain in the right knee"
                detail["site"] = " ".join(w for w in where.groups() if w).lower()
                side, place = detail["site"].rpartition(" ")[::2]
                if text.startswith(f"{singular(place)} "):  # "knee pain in my knees" says the knee once
                    text = f"{side} {text}" if side and side != "both" else text
                else:
                    text = f"{text} in {'' if detail['site'].startswith('both') else 'the '}{detail['site']}"
            elif term.canonical == "pain" and (part := cues.PART_BEFORE.search(clause[:term.start])):
                detail["site"] = part.group(1).lower()  # "my back is very painful" -> "back pain"
                text = f"{singular(detail['site'])} pain"  # "my knees very pain" -> "knee pain"
            elif term.canonical == "numbness" and (part := cues.PART_BEFORE.search(clause[:term.start])) \
                    and part.group(1).lower() not in ("chest", "stomach", "back"):
                detail["site"] = part.group(1).lower()  # "my feet are numb" -> "numbness in the feet"
                text = f"{text} in the {detail['site']}"
        if term.section == "health" and (year := year_said(clause, term)):
            detail["year"] = year  # "had a hip replaced in 2019": the year goes to the forms with it
            if month := month_said(clause, term):
                detail["month"] = month  # "July 2024": the month too, when said with the year
        if term.section == "health" and term.canonical in cues.HABITS and (amount := next(
                (m for m in cues.HABIT_AMOUNT.finditer(clause) if m.end() > term.start
                 and not _OTHER_HABIT[term.canonical].search(clause[term.end:m.end()])), None)):
            detail["amount"] = amount.group(0)  # "20 cigarettes a day", "30 units a week": the one said with it
            if status == context.NEGATED and _BUT_A_LITTLE.search(clause[term.end:amount.start()]) \
                    and not _NO_MORE.search(clause[term.end:]):
                status = context.CURRENT  # "dont really drink, like 2 vodkas once a month": a little is some
        if term.section == "health" and term.canonical in cues.HABITS and status == context.NEGATED \
                and _NOT_MUCH.match(clause[term.end:]) and not re.search(r"\bnever\b", clause[:term.start], re.IGNORECASE):
            status = context.CURRENT  # "i dont drink much, few cans on a sat" (the twenty-first fresh forms set): a little
        if term.section == "health" and term.canonical in cues.HABITS and status == "negated" \
                and re.search(r"\bnever\s+(?:\w+\s+)?$", clause[:term.start], re.IGNORECASE):
            detail["never"] = True  # "never smoked": not now nor ever; "I don't smoke" tells only now
        if term.section == "medications":
            rest = clause[term.end:context.clause_bounds(clause, term.start)[1]]
            if after := _NEXT_IN_LIST.search(rest):  # "co-codamol and alendronic acid once a week": weekly is
                rest = rest[:after.start()]  # the alendronic acid's, not the co-codamol's
            if _SWITCHED_TO.match(rest) and _SWITCHED.search(clause[:term.start]):
                rest = ""  # "switched from warfarin to apixaban 5mg": the dose is the apixaban's (a stranger, session 37)
            dose, frequency = cues.DOSE.search(rest) or cues.BARE_DOSE.search(rest), cues.FREQUENCY.search(rest)
            if dose and frequency and dose.start() >= frequency.end():
                dose = None  # "salbutamol when i need it prednisolone five mg": the dose after is the next one's
            route = _ROUTE_BEFORE.search(clause[:term.start])  # "buccal midazolam": how it is given is part of it
            detail.update(name=f"{route.group(1).lower()} {_as_said(term)}" if route else _as_said(term),
                          dose=dose.group(0).strip() if dose else None,
                          frequency=frequency.group(0) if frequency else None)
            text = " ".join(p for p in (detail["name"], detail["dose"], detail["frequency"]) if p)
        return item(text, status, about, teller, base + term.start, base + term.end, **detail)

    def _someone_elses(self, clause: str, start: int, who: Teller) -> bool:
        relative = context.family_member(clause, start, self.people.relatives, who.subject_relation, who.named,
                                         who.subject_name)
        bare = re.match(r"\W*([A-Za-z]+)(?=\s+(?:has|had|is|was|takes|took|gets|uses)\b)", clause)
        if not relative and bare and who.named.get(bare.group(1).lower(), who.subject_relation) != who.subject_relation:
            relative = who.named[bare.group(1).lower()]  # "Sam has bipolar and is on lithium", Sam the partner
        owned = [m for m in re.finditer(r"\b([A-Z][a-z]+)['’]s\s", clause[:start]) if context.a_name(m.group(1))]
        if not relative and owned and (who.teller == "self" or who.named.get(
                owned[-1].group(1).lower(), who.subject_relation) != who.subject_relation):
            # "Cerys's asthma is bad here and her inhaler …", in her mother's own story: the daughter's
            relative = who.named.get(owned[-1].group(1).lower(), owned[-1].group(1).lower())
        if not relative or relative == "family":
            return False
        # where they are said: by the relation, or by their name ("Sam has bipolar and is on lithium")
        words = [relative] + [name for name, relation in who.named.items() if relation == relative]
        said, word = max((clause.lower().rfind(w, 0, start), w) for w in words)
        return said >= 0 and not cues.mentions_first_person(clause[said + len(word):start])

    def had_it_too(self, sections: Sections, clause: str, base: int, who: Teller) -> bool:
        """ "His mother had it too": the condition said just before runs in the family."""
        match = cues.HAD_IT_TOO.search(clause)
        if not match:
            return False
        if match.group(5):  # "so does my dad"
            relations, verb = [match.group(5).lower()], match.group(4).lower()
        else:  # "his mother had it too", "her mum and her aunt both had it too"
            relations = [r.lower() for r in (match.group(1), match.group(2)) if r]
            verb = match.group(3).lower()
        relations = [r for r in relations if r in self.people.relatives]
        # the condition said before, not a treatment or operation of it ("has breast cancer, finished radiotherapy")
        said = [f for f in sections["health"] if f["text"] not in context.TREATMENTS
                and not context.PROCEDURES.search(f["text"])]
        if not relations or not said:
            return False
        last = said[-1]
        if base - last["source"]["end"] > 300 or (last["status"] == context.FAMILY and not match.group(5)):
            return False
        for relation in relations:
            if last["about"] == relation:
                continue
            # the source after the relative's word, so that whose relative they are is read from it
            sections["health"].append(item(last["text"], context.FAMILY, relation, who.teller,
                                           base + match.end(), base + match.end(), term=last.get("term"),
                                           when="past" if verb in ("had", "did") or verb.startswith(("died", "passed"))
                                           else None))
        return True

    @staticmethod
    def over_now(health: list[dict[str, Any]], sentence: str, base: int) -> None:
        """ "I had surgery for my hernia." then "All sorted now.": the condition treated is past."""
        for found in health[-5:]:
            start, end = found["source"]["start"] - base, found["source"]["end"] - base
            if 0 <= start < len(sentence) and found["status"] == context.CURRENT and found["about"] == "subject" \
                    and context.treated(sentence, start, end):
                found["status"] = context.PAST

    @staticmethod
    def denied_after(health: list[dict[str, Any]], sentence: str, base: int) -> None:
        """ "People often assume he's autistic but he isn't": a condition said, then denied in the few words that
        end the sentence, is one they do not have (autism went to five forms as his, session 21)."""
        for found in health:
            end = found.get("source", {}).get("end")
            denied = _DENIED_AFTER.match(sentence, end - base) if isinstance(end, int) else None
            if denied is None or found["status"] != context.CURRENT:
                continue
            # only a denial of the item's own person: "I have diabetes but he doesn't" is still mine (session 21)
            first_person = denied.group("who").lower() in ("i", "we")
            mine = found.get("about") == "narrator" or found.get("told_by") == "self"
            if first_person == mine:
                found["status"] = context.NEGATED

    @staticmethod
    def before_now(medications: list[dict[str, Any]], sentence: str, base: int) -> None:
        """ "Before amlodipine, ankle swell big, doctor change, now losartan 50mg": the medicine said
        after "before", at the sentence's start, is what was taken before the one taken now."""
        opening = _BEFORE_MEDICINE.match(sentence)
        if opening is None or not _THEN_NOW.search(sentence, opening.end()):
            return
        for medicine in medications:
            if medicine.get("source", {}).get("start") == base + opening.end() and medicine["status"] == context.CURRENT:
                medicine["status"] = context.PAST

    @staticmethod
    def stopped_it(medications: list[dict[str, Any]], where: int, health: Sequence[dict[str, Any]] = ()) -> None:
        """ "The GP gave me sertraline but I stopped taking it": the medicine just said is past. Not when a habit
        was said since: "the salbutamol when she needs it. She smoked forty a day, packed it in" gave up the smoking."""
        end = medications[-1].get("source", {}).get("end") if medications else None
        if isinstance(end, int) and any(h["text"] in cues.HABITS and isinstance(start := h.get("source", {}).get("start"), int)
                                        and end <= start < where for h in health):
            return
        # (an answer to a form's question has no place in the story's words: "sertraline makes me feel sick so i
        # stopped it", told as an update after a medicines answer, stopped the structurer: a stranger, session 18)
        if isinstance(end, int) and 0 <= where - end < 120:
            medications[-1]["status"] = context.PAST

    def daily_living(self, sections: Sections, clause: str, base: int, terms: list[Term], teller: str) -> None:
        aids = [t for t in terms if t.kind == "aid"]
        activities = [t for t in terms if t.kind != "aid"]
        if activities and (cues.TAKING.search(clause) or any(
                base <= _start(m) < base + len(clause) for m in sections["medications"])):
            # "on novorapid wiv meals", "she takes metformin with her meals": when a medicine is taken, no help with meals
            activities = [t for t in activities if not (_WITH_MEALS.search(clause[:t.start])
                                                        and re.fullmatch(r"meals?|food", clause[t.start:t.end], re.I))]
            if not activities and not aids:
                return
        # "We need a wet room downstairs and grab rails": equipment wished for, not equipment they use ("he needs his
        # stick to walk" has his stick)
        wanted = [t for t in aids if _WANTED_BEFORE.search(clause[:t.start]) and not _THEIR_OWN.search(clause[:t.start])]
        if wanted and not activities:
            if len(wanted) == len(aids):  # a need, said with what they need kept apart from the aids they use
                sections["daily_living"].append(item(clause, context.CURRENT, "subject", teller, base,
                                                     base + len(clause), aids_needed=canonicals(aids)))
                return
            aids = [t for t in aids if t not in wanted]
        if teller == "self" and _DOES_THEIRS.match(clause):
            activities = []  # "i do her shopping n carry stuff up the stairs": help the person gives (session 21)
        if not aids and not (activities and cues.NEED.search(clause)):
            return
        status = self.status(clause, aids or activities)
        if aids and all(_WONT_USE_BEFORE.search(clause[:t.start]) for t in aids) \
                and all(any(a.start <= t.start and t.end <= a.end for a in aids) for t in activities):
            status = context.NEGATED  # "He won't use the walking frame the OT brought round" (the twenty-fifth fresh forms set)
        said = {(earlier, i["status"]) for i in sections["daily_living"][-20:] for earlier in i.get("aids", [])}
        if aids and not activities and all(any(a.canonical in earlier and status == was for earlier, was in said)
                                           for a in aids):
            return  # the same aid again ("the bathroom is too small for the wheelchair")
        if not aids and status == context.NEGATED and not cues.DONT_NEED.search(clause):
            status = context.CURRENT  # "she isn't eating" is a need, not a denial
        done = canonicals(activities)
        if "washing" in done and LAUNDRY.search(clause):
            done = list(dict.fromkeys("laundry" if a == "washing" else a for a in done))
        sections["daily_living"].append(item(clause, status, "subject", teller, base, base + len(clause),
                                             aids=canonicals(aids) or None, activities=done or None))

    def support_network(self, sections: Sections, clause: str, base: int, terms: list[Term], who: Teller,
                        family: bool) -> None:
        if family and not cues.LIVES_OR_HELPS.search(clause):
            return  # "my mother had breast cancer" is history, not support; "my husband who has" lives with them
        if not terms and (ours := cues.OUR_NAME.search(clause)) and ours.group(1).lower() not in names.NOT_NAMES:
            terms = [Term("support_network", ours.start(), ours.end(), ours.group(0), "family")]
        terms = [t for t in terms if not (cues.FOR_THEM.search(clause[:t.start]) and cues.mentions_first_person(clause[:t.start]))]
        # a carer's "my dad" (or "ma da", "me mam") is the person cared for
        people = [t for t in terms if not context.same_kin(t.canonical, who.subject_relation)
                  and not context.same_kin(_kin_word(t.surface), who.subject_relation)
                  and who.subject_relation != in_law(t.canonical, clause[t.end:].lower())]  # "my father-in-law"
        if not people:
            return  # a carer's "my dad" is the person cared for
        first = people[0]
        if first.canonical in ("eldest", "youngest", "oldest") and len(people) > 1 \
                and re.fullmatch(r"\s+", clause[first.end:people[1].start]):
            first = people[1]  # "My eldest son helps me with letters": a son (the thirty-third fresh forms set, session 39)
        if cues.NOT_WELL.match(clause[first.end:]) and not cues.HELP_WITH.search(clause):
            return  # "my mother in law she also is not well": no help said
        name = names.person_name(clause, first.end, self.people.relationship_words) or \
            names.name_before(clause, first.start, self.people.relationship_words)
        if first.canonical == "family" and (ours := cues.OUR_NAME.match(clause, first.start)):
            name = ours.group(1)  # "our Mavis"
        if who.subject_name and name and name.split()[0] == who.subject_name.split()[0]:
            return  # "Writing this for the wife, Jean": the wife is the person, no support of hers
        status = self.status(clause, people)
        if cues.USED_TO_HELP.match(clause[first.end:]):
            status = context.PAST  # "my nan used to help": no help now
        elif _LIVED_WITH_THEN.search(clause[:first.start]) or (_LIVING_WITH.search(clause[:first.start])
                                                               and _PUT_OUT.search(clause[first.end:])):
            # "Until the end of October I was living with my partner at her flat … but she put me out" (the thirty-second
            # fresh forms set: three forms were sent that he lives with his partner, in a hostel)
            status = context.PAST
        elif cues.NO_HELP.match(clause[first.end:]):
            status = context.NEGATED  # "my son doesnt help": no help had
        elif cues.WOULD_HELP.match(clause[first.end:]):
            status = context.HYPOTHETICAL  # "my wife would be doing all this but…": help there is not
        sections["support_network"].append(
            item(clause, status, "subject", who.teller, base, base + len(clause),
                 relationship=first.canonical, name=name))

    def services(self, sections: Sections, clause: str, base: int, terms: list[Term], teller: str,
                 medicine: bool = False) -> None:
        if any(cues.IS_A.search(clause[:t.start]) for t in terms):
            return  # "my son is a nurse at the hospital" is his job, not a service the person has
        if terms and "interpreter" in clause.lower() and all(_FOR_THE_DOCTOR.search(clause[:t.start]) for t in terms):
            return  # "I need an interpreter for the doctor": a need, not a service they have
        language = cues.LANGUAGE.search(clause)
        if terms and language and all(_LANGUAGE_FOR.fullmatch(clause[language.end():t.start]) for t in terms):
            return  # "I prefer arabic for doctor": the language they need there, not a service they have
        organisation = names.organisation(clause, has_role=bool(terms) or "worker" in clause.lower())
        if organisation and cues.EDUCATION.search(organisation):
            organisation = None  # schools and colleges are education, under work and money
        if not terms and not organisation:
            return
        role = terms[0].canonical if terms else None
        name = names.person_name(clause, terms[0].end, self.people.relationship_words) if terms else None
        status = self.status(clause, terms)
        if terms and status == context.CURRENT and _NOT_INVOLVED.match(clause[terms[0].end:]):
            status = context.NEGATED  # "The police aren't involved with him": no service they have
        if terms and status == context.NEGATED and _NOT_TOLD.search(clause[:terms[0].start]):
            status = context.CURRENT  # "don't tell the doctor": the doctor is theirs
        if medicine and terms and status == context.PAST and _CHANGED_A_MEDICINE.match(clause[terms[0].end:]):
            status = context.CURRENT  # "the GP stopped my warfarin": the medicine stopped, not the GP
        said = clause
        if medicine and terms and not organisation and all(t.canonical in _PRESCRIBERS for t in terms):
            # "doctor change me to Fostair 2 puff two time in day": the doctor, in their own words; the medicine is the
            # medicines part's (a stranger, session 38: held back from a service, it went in this line)
            said = " and ".join(dict.fromkeys(t.surface for t in terms)) if not name else clause[terms[0].start:]
            said = said if not name else re.split(r"[,;.]|\s(?:has|have|had|gave|give|gives|put|changed|change|stopped|"
                                                  r"wants?|said|says)\b", said, maxsplit=1)[0]
        sections["services_involved"].append(
            item(said, status, "subject", teller, base, base + len(clause),
                 role=role, name=name, organisation=organisation))

    def injury(self, sections: Sections, clause: str, base: int, who: Teller) -> None:
        """ "I broke my right wrist" -> a broken right wrist (a fracture: past, unless recent); "My friend Marjorie
        fell and broke her hip" -> Marjorie's (it was the person's, on a medical history: fresh13)."""
        for match in cues.INJURY.finditer(clause):
            how = {"broke": "broken", "fractured": "broken", "sprained": "sprained", "hurt": "injured",
                   "damaged": "injured"}.get(match.group(1).lower(), match.group(1).lower())
            text = " ".join(w for w in (how, (match.group(2) or "").lower(), match.group(3).lower()) if w)
            status, about, when = context.fact_status(clause, match.start(), match.end(), canonical="fracture"), "subject", None
            if status == context.CURRENT and who.story and _ALL_RIGHT_NOW.match(who.story, base + match.end()):
                status = context.PAST  # "In January I slip on the ice … and hurt my knee, now is ok" (fresh forms, session 32)
            elif status == context.CURRENT and context.long_ago(clause) and not context.recent(clause) \
                    and not re.match(r"[^.!?]*\b(?:still|ever since|not healed|never healed)\b", who.story[base + match.end():]):
                status = context.PAST  # "slipped on the ice in October last year and hurt her wrist" (session 33)
            elif status == context.PAST and who.story and _STILL_HEALING.match(who.story, base + match.end()) \
                    and not re.search(r"\byears?\s+(?:ago|since|back)\b|\bin\s+(?:19|20)\d\d\b", clause, re.IGNORECASE):
                status = context.CURRENT  # "broke his hip in December last year and is still in rehab" (a second reader)
            elif status == context.PAST and who.story and _LEFT_SO.match(who.story, base + match.end()):
                status = context.CURRENT  # "hurt his spine, so he's in a wheelchair now" (fresh forms, session 33)
            if _THEIR_INJURY.match(match.group(0)):
                lead = _FELL_AND.sub(" ", clause[:match.start()]) + " had "  # "…fell and broke her hip": "…had"
                about = context.family_member(lead, len(lead), self.people.relatives, who.subject_relation,
                                              who.named, who.subject_name) or about
                if about == "subject" and who.teller == "self" and _SOMEONE_BEFORE.search(lead):
                    about = "someone"  # in their own story, "her hip" is never theirs ("I broke my hip")
                if about != "subject":
                    status, when = context.FAMILY, "past"
            sections["health"].append(item(text, status, about, who.teller, base + match.start(),
                                           base + match.end(), term=match.group(0), kind="injury", when=when))

    @staticmethod
    def status(clause: str, terms: list[Term], simple_past: bool = True) -> str:
        if terms:
            canonical = terms[0].canonical if terms[0].section == "health" else None  # "I had a stroke myself last year"
            status = context.fact_status(clause, terms[0].start, terms[0].end, simple_past, canonical=canonical)
            if status == context.PAST and terms[0].section in _PUT_IN_SECTIONS and _HAD_PUT_IN.search(clause) \
                    and not _GONE_SINCE.search(clause):
                return context.CURRENT  # "We had a stairlift fitted last year": there now
            if status == context.CURRENT and _MAYBE_FIRST.match(clause):
                return context.HYPOTHETICAL  # "and maybe a stairlift or downstairs bathroom": wished for (session 29)
            if status == context.CURRENT and terms[0].section in ("home", "communication") \
                    and _only_considered(clause, terms[0]):
                return context.HYPOTHETICAL  # "We're considering moving to sheltered housing", "on the list for a
                # council flat", "thinking about getting hearing aids" (the nineteenth fresh set, session 35: as had now)
            return status
        clause = _TAG_QUESTION.sub("", clause)  # "…I'd be glad, isn't it": a tag, no "not" of what was said
        position = cues.first_verb(clause)
        return context.fact_status(clause, position, position, simple_past)


# Put forward by someone ("suggested", "recommended", "talked about", "I reckon"), and then said to be in use: had now
_PUT_FORWARD = re.compile(r"\b(?:suggested|suggests|suggest|recommended|recommends|proposed|talked\s+about|talking\s+about|"
                          r"reckon|suspect)\b", re.IGNORECASE)
_IN_USE = re.compile(r"\b(?:(?:he|she|i|we|they)(?:['’]s|['’]re|['’]m|s|\s+is|\s+are|\s+am)?\s+(?:now\s+)?on\s+(?:it|them)|"
                     r"(?:uses?|using)\s+(?:it|them|one)|(?:has|have|got)\s+(?:one|it|them)\s+now|we\s+have\s+one|(?:had|got)\s+"
                     r"(?:it|one|them)\s+(?:fitted|put\s+in|installed|delivered)|fitted|(?:it['’]?s|its|it\s+has|has)\s+(?:really\s+)?"
                     r"helped|really\s+helped|every\s+day|comes\s+every|one\s+comes|(?:it\s+)?works|is\s+working|"
                     r"(?:he|she|i)['’]?s\s+had\s+it\s+(?:for|since)|(?:he|she|i)\s+(?:has|have)\s+had\s+it\s+(?:for|since))\b",
                     re.IGNORECASE)
# Suspected, or a scare, and then found clear: ruled out (the twenty-sixth fresh forms set, session 32: the medical history
# listed "blood clot" and "prostate cancer")
# (the thing itself suspected, straight before it: not a known condition thought to cause something, "they thought it was
# the COPD but the x-ray was clear", "they thought diabetes was causing it but the bloods were normal")
_SUSPECTED = re.compile(r"\b(?:thought|think|thinks|suspected|suspect|query|queried|checked\s+for|tested\s+for|scan\s+for|"
                        r"worried|looked\s+like)\s+(?:(?:it|that)\s+(?:was|is|might\s+be|could\s+be|may\s+be)\s+|(?:he|she|i|they)\s+"
                        r"(?:had|has|might\s+have|may\s+have|could\s+have)\s+(?:got\s+)?|(?:it\s+)?might\s+(?:be|have)\s+)?"
                        r"(?:a\s+|an\s+|some\s+)?$", re.IGNORECASE)
_CAUSING = re.compile(r"\s+(?:was|is|were|might\s+be|could\s+be)\s+(?:causing|the\s+cause|to\s+blame|behind)\b", re.IGNORECASE)
_SCARE = re.compile(r"\s*scare\b", re.IGNORECASE)
_CAME_BACK_CLEAR = re.compile(r"[^.;!?]{0,40}?\b(?:but|and)\s+(?:it|that|the\s+(?:scan|scans|test|tests|biopsy|results?|bloods|"
                              r"x-?rays?|mri))\s+(?:was|were|came\s+back|is|are|showed|turned\s+out)\s+(?:to\s+be\s+)?(?:all\s+)?"
                              r"(?:clear|negative|normal|fine|ok|okay|nothing)\b", re.IGNORECASE)
# An injury said to be better after it: ", now is ok", "but it's fine now", "its champion now"
_ALL_RIGHT_NOW = re.compile(r"[^.;!?]{0,15}?(?:\b(?:but|and|which)\s+)?(?:\b(?:it|that|its|it['’]s|thats|that['’]s|he['’]?s|she['’]?s|"
                            r"i['’]?m)\s+)?(?:\b(?:is|was|all|fully)\s+)?\b(?:now\s+(?:is\s+|it['’]?s\s+|its\s+|it\s+is\s+)?"
                            r"(?:ok|okay|fine|alright|all\s+right|better|healed|mended|champion|grand|sorted)|(?:ok|okay|fine|alright|"
                            r"better|healed|mended|champion|grand|sorted)\s+now)\b"
                            # (not better and still bad: "it's better now than it was but still bad", a second reader)
                            r"(?!\s+than)(?![^.;!?]*\b(?:still|sore|bad|hurts?|painful|some\s+days|sometimes|cant|can['’]t|"
                            r"cannot|can\s+not|without)\b)", re.IGNORECASE)
_CONSIDERED = re.compile(r"\b(?:considering(?=\s+(?:\w+ing|an?)\b)|thinking\s+(?:about|of)|on\s+the\s+(?:waiting\s+|housing\s+)?"
                         r"list\s+for|waiting\s+(?:for|on)|(?:['’]d|would|could|might)\s+be\s+better\s+(?:off\s+)?in|"
                         r"looking\s+(?:at|into)|applied\s+for|applying\s+for|put\s+(?:in\s+)?for|asked\s+for|"
                         r"hoping\s+(?:for|to\s+get))\b", re.IGNORECASE)
# ... but not one of theirs ("waiting for my hearing aid to be fixed", "waiting on the council to fix my ramp", "thinking
# of my grandkids when I say I wear glasses": a second reader, session 35), nor what is done to one they have
_THEIRS_BETWEEN = re.compile(r"\b(?:my|his|her|their|our|me|mine|i|fix|fixed|mend|repair|wear|wears|use|uses|have|has|got)\b",
                             re.IGNORECASE)
_DONE_TO_IT = re.compile(r"^\W*(?:\w+\s+)?(?:to\s+be\s+\w+|to\s+(?:fix|repair|mend|sort|replace|service|come)|batter\w*|"
                         r"settings?|fixed|mended|repaired|back|ready|whistl\w*)\b", re.IGNORECASE)
# In communication, only an aid is had or not ("thinking about hearing aids"); a need waited for is a need now ("waiting on
# a BSL interpreter", "waiting for large print letters": a second reader, session 35), and a new aid for one they have too
_AN_AID = re.compile(r"\b(?:hearing\s+aids?|glasses|specs|spectacles|implants?|aids?)\b", re.IGNORECASE)
_ANOTHER_OF_THEIRS = re.compile(r"\b(?:new|another|replacement|spare|second)\b", re.IGNORECASE)


def _only_considered(clause: str, term: Term) -> bool:
    """Whether a home or aid is only thought of, waited for or asked for, said just before it: "considering moving to
    sheltered housing", "on the list for a council flat", "thinking about getting hearing aids"."""
    cues_said = list(_CONSIDERED.finditer(clause[:term.start]))
    cue = cues_said[-1] if cues_said else None
    if term.section == "communication" and (not _AN_AID.search(clause[term.start:term.end + 12])
                                            or _ANOTHER_OF_THEIRS.search(clause[cue.end() if cue else 0:term.start])):
        return False
    return cue is not None and term.start - cue.end() <= 40 and not _THEIRS_BETWEEN.search(clause[cue.end():term.start]) \
        and not _DONE_TO_IT.match(clause[term.end:])
_MAYBE_FIRST = re.compile(r"\W*(?:(?:or|and|but|so)\s+)?(?:maybe|perhaps|possibly)\s+(?:a|an|some|the|one\s+of)\b", re.IGNORECASE)
# An aid or a change to the home they had put in is there now (session 23: "We had the bungalow done with a wet room
# and a ramp", "had a stairlift fitted last year" were read as past); not one gone since ("before she moved")
_PUT_IN_SECTIONS = frozenset({"home", "daily_living", "aids"})
_HAD_PUT_IN = re.compile(r"\b(?:had|got|have\s+had|['’]ve\s+had|has\s+had)\s+(?:(?:a|an|the|my|our|his|her|their|some)\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:fitted|installed|put\s+in|done|adapted|built|delivered|converted|added)\b",
                         re.IGNORECASE)
_GONE_SINCE = re.compile(r"\b(?:before|used\s+to|no\s+longer|any\s*more|got\s+rid|taken\s+out|removed|old\s+(?:house|flat|"
                         r"place|home)|previous|moved)\b", re.IGNORECASE)


# A question tagged on at the end, as Welsh and much of Britain says it: ", isn't it", ", wouldn't it", ", don't you think"
# (session 22: "if somebody could talk Welsh to me I'd be glad, isn't it" was filed as no need of Welsh)
_TAG_QUESTION = re.compile(r"[,\s]+(?:(?:isn't|isn’t|isnt|is\s+it\s+not|aren't|aren’t|wasn't|wasn’t|don't|don’t|doesn't|"
                           r"doesn’t|won't|won’t|wouldn't|wouldn’t|can't|can’t)\s+(?:it|you|there|they)(?:\s+think)?|"
                           r"ain't\s+it|ain’t\s+it)\W*$", re.IGNORECASE)
# Not telling or asking a service is no "not involved": "don't tell the doctor", "I haven't told my GP yet", "my English
# is not so good for the doctor" (session 22: each doctor was filed as no doctor)
_NOT_TOLD = re.compile(r"\b(?:don't|don’t|dont|do\s+not|didn't|didn’t|didnt|did\s+not|haven't|haven’t|havent|have\s+not|"
                       r"hasn't|hasn’t|hasnt|has\s+not|won't|won’t|wont|not|never)\s+(?:yet\s+|even\s+|really\s+|ever\s+)?"
                       r"(?:(?:tell|told|telling|mention|mentioned|ask|asked|bother|bothered|say|said)\s+(?:\w+\s+){0,3}?|"
                       r"(?:so\s+|very\s+|that\s+|too\s+)?(?:good|great|clear|confident|easy)\s+(?:for|with|at|talking\s+to)\s+)"
                       r"(?:to\s+)?(?:(?:the|my|his|her|their|our|a|an)\s+)?$", re.IGNORECASE)
# A service said not to be involved, after its name: "the police aren't involved", "social services have never been
# involved", "the district nurse doesnt come any more" is past (said by its own words), not this
_NOT_INVOLVED = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:(?:are|is|were|was|have|has|had)\s*(?:n't|n’t|nt|\s+not|\s+never)|ain'?t|never|not)"
    r"(?:\s+(?:been|ever|yet|really|at all))*\s+(?:involved|in touch|in contact|on board)\b", re.IGNORECASE)
_FELT_IN_A_PART = frozenset({"numbness", "weakness"})  # said with where it is felt ("numb feet", "weak on the left side")
_RIGHT_AS_VERY = re.compile(r"\b(?:me|him|her|us|them|is|am|was|i'm|i’m|im|he's|he’s|she's|she’s|feel|feels|feeling|"
                            r"got|gets|get|proper)\s+right\s+$", re.IGNORECASE)
# A purpose, not a fact: "the night staff told me they do it so he doesn't wander" was read back "He doesn't wander."
# under risks, where the locked door was not (a stranger on the stack, session 24)
_SO_THAT_NOT = re.compile(r"\bso\s+(?:that\s+)?(?:he|she|they|i|we|mum|dad)\s+(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|"
                          r"can['’]?t|cannot|won['’]?t|will\s+not|wouldn['’]?t|isn['’]?t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_THEY_OVERDOSED = re.compile(r"\b(?:he|she|they)(?:['’]?s|s|\s+has|\s+have|\s+had|\s+is|\s+was|['’]ve)?\s+"
                             r"(?:just\s+|now\s+|maybe\s+)?(?:(?:taken|took|had)\s+(?:an?\s+)?)?$", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:don't|don’t|dont|doesn't|doesn’t|doesnt|do not|does not|never)\s+(?:\w+\s+)?"
                      r"(?:want|wants)\s+(?:to\s+(?:have|go through|do)\s+)?(?:(?:any|more|further)\s+){0,2}(?:another\s+(?:round of\s+)?)?"
                      r"(?:(?:of\s+)?(?:the|that|this)\s+)?$", re.IGNORECASE)
_SIDE_EFFECT = re.compile(r"\W*(?:but\s+|and\s+)?(?:(?:because|cos|coz|cause|as|since)\s+)?(?:it|they|that|which)\s+(?:\w+\s+)?"
                          r"(?:made|makes|make|gave|gives|give|left|leaves)\s+"
                          # "it gave mi legs pain": what it did to a part of them; "it made us feel numb" (Geordie "us", me)
                          r"(?:me|us|him|her|them|(?:my|mi|his|her|their)\s+(?:legs?|arms?|feet|stomach|tummy|head|"
                          r"muscles?|joints?|ankles?|back|chest))\s+(?:feel\s+|really\s+|very\s+|so\s+|a\s+bit\s+|an?\s+)*"
                          # "it gave him a terrible dry cough so the GP stopped it" (a fresh forms set, session 24: a
                          # cough sent as a condition he had)
                          r"(?:(?:terrible|awful|bad|horrible|nasty|dry|tickly|chesty|constant|persistent|hacking|"
                          r"funny|weird|horrendous|dreadful)\s+){0,3}",
                          re.IGNORECASE)
_STOPPED_FOR_IT = re.compile(r"\b(?:" + context.STOPPED + r"|stop|came\s+off|come\s+off|packed|jacked|quit|gave\s+up)\b"
                             r"[^.;]*?\b(?:because|cos|coz|cause|as)\s+(?:it|they|that)\s+(?:\w+\s+)?"
                             r"(?:made|makes|gave|gives|left)\s+(?:me|us|him|her|them)\s+"
                             r"(?:feel\s+|really\s+|very\s+|so\s+|dead\s+|proper\s+|a\s+bit\s+|an?\s+|all\s+)*$",
                             re.IGNORECASE)
# A habit denied, then an amount said as the exception: "don't drink, only a pint on a Sunday"
_NOT_MUCH = re.compile(r"\s+(?:that\s+|very\s+|too\s+|all\s+that\s+)?(?:much|a\s+lot|loads|heavily|often|a\s+great\s+deal)\b"
                       r"(?!\s+(?:any\s*more|now|these\s+days|since|water|tea|coffee|fluids?|milk|juice|squash|pop|liquids?)\b)"
                       r"(?![^.;!?]*\b(?:gave\s+up|given\s+up|stopped|quit|used\s+to)\b)", re.IGNORECASE)
_BUT_A_LITTLE = re.compile(r"\b(?:like|only|just|maybe|except|apart\s+from|other\s+than|but|bar|barring)\b|,", re.IGNORECASE)
# The other habit's words: "I don't drink, but I smoke 20 a day" gives no amount of drink
_OTHER_HABIT = {"drinking": re.compile(r"\b(?:smok\w*|cig\w*|fags?|roll[- ]?ups?|rollies|tobacco|vap\w*)", re.IGNORECASE),
                "smoking": re.compile(r"\b(?:dr[iau]nk\w*|alcohol|units?|pints?|cans?|bottles?|glass(?:es)?|shots?|"
                                      r"wines?|beers?|lagers?|ciders?|vodkas?|gins?|rums?|whiske?ys?)\b", re.IGNORECASE)}
_NO_MORE = re.compile(r"\b(?:any\s?more|no\s+more|no\s+longer|used\s+to|before|since)\b", re.IGNORECASE)
# The reason said for stopping a medicine: "(because) I was having hypos", "as she kept getting a cough"
_STOP_REASON = re.compile(r"\W*(?:but\s+|and\s+)?(?:because\s+|as\s+|cos\s+|coz\s+|since\s+)?(?:i|he|she|they)\s+"
                          r"(?:was|were|kept|had\s+been)\s+(?:having|havin|getting|gettin)\s+"
                          r"(?:a\s+|an\s+|bad\s+|really\s+bad\s+|lots\s+of\s+|a\s+lot\s+of\s+|too\s+many\s+|more\s+)*",
                          re.IGNORECASE)
_FOR_IT = re.compile(r"\s+(?:for|since)\s+(?:it|that|this|them|those|my|his|her|their|the|\d+)\b", re.IGNORECASE)
_ON = re.compile(r"\bon\s+(?:(?:his|her|my|their)\s+)?$", re.IGNORECASE)
# A part said bad with the illness that makes it so: "her hands are terrible with the arthritis", "knees gone from the
# osteoarthritis" is one fact, the illness (session 22: "knee" was kept beside the arthritis, a second fact)
_WITH_ITS_CAUSE = re.compile(r"\s+(?:with|wi|wiv|from|fae|frae|because\s+of|cos\s+of|due\s+to|wi['’])\s+"
                             r"(?:(?:the|my|his|her|their|me|ma|this|that|her|his)\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _bad_with_its_cause(clause: str, part: Term, health: list[Term]) -> bool:
    """Whether the problem said of a body part is put down to an illness said straight after it."""
    problem = cues.PART_PROBLEM.match(clause[part.end:])
    return problem is not None and any(
        t.canonical not in cues.BODY_PARTS and t.start >= part.end + problem.end()
        and _WITH_ITS_CAUSE.fullmatch(clause[part.end + problem.end():t.start]) for t in health)
# A medicine the person keeps or carries for someone else, in their own story: "I keep an EpiPen in the house for him",
# "a spare inhaler for my son" (session 22: a grandson's EpiPen was filed as his grandmother's)
_FOR_ANOTHER = re.compile(r"^[^.;!?]{0,40}?\bfor\s+(?:(?:him|her)\b(?!\s*self)|(?:my|our|me)\s+(?:(?:little|eldest|youngest|"
                          r"baby|wee|grown[- ]up)\s+)?([a-z]+)\b(?!['’]s))", re.IGNORECASE)


# "It's her on the warfarin, not me", "it's my husband that takes metformin, not me": someone else's, said so to be told
# from the person's own (the eighth fresh structuring set, session 24: the wife's warfarin went to her husband's GP)
_SOMEONE_ELSE_ON = re.compile(r"(?:^|[,.;:]\s*|\b(?:and|but|so)\s+)(?:it['’]?s|its|it\s+is|it\s+was|that['’]?s|thats|"
                              r"that\s+is)\s+(?:her|him|them|(?:my|our|me)\s+[a-z-]+|(?-i:[A-Z][a-z]+))\s+"
                              r"(?:(?:who|that)(?:['’]s|\s+is|\s+was)?\s+)?(?:on|taking|takes|take|using|uses|has|have|had|"
                              r"with)\s+(?:the\s+|that\s+|all\s+the\s+)?$", re.IGNORECASE)
_NOT_ME = re.compile(r"^[^.;!?]{0,30}?\bnot\s+(?:me|mine|myself)\b", re.IGNORECASE)


def theirs_not_mine(before: str, rest: str) -> bool:
    """Whether a thing is said to be someone else's and not the person's: "it's her on the warfarin, not me"."""
    return bool(_SOMEONE_ELSE_ON.search(before) and _NOT_ME.match(rest))


def _kept_for_another(clause: str, term: Term, who: Teller, relatives: frozenset[str]) -> bool:
    """Whether the person's own story says a medicine is kept or had for someone else ("for him", "for my son")."""
    said = _FOR_ANOTHER.match(clause[term.end:]) if who.teller == "self" else None
    if said is None:
        return False
    kin = (said.group(1) or "").lower()
    return not kin or context.INFORMAL_KIN.get(kin, kin) in relatives
# An injury said of "her", "his", "their" body ("broke her hip"), and the fall it followed ("fell and", "slipped on the
# ice and", "fell off a ladder and")
_THEIR_INJURY = re.compile(r"\w+\s+(?:her|his|their)\b", re.IGNORECASE)  # said of a body not the teller's
_FELL_AND = re.compile(r"\s+(?:fell|slipped|tripped|went\s+over|had\s+a\s+fall)(?:\s+\S+){0,4}?\s+(?:and|n|&)\s+$",
                       re.IGNORECASE)
_SOMEONE_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|friend|mate|neighbour|pal)\s+had\s+$")  # "Joan had", "my friend had"


# A friend's or neighbour's own fall, said first in the clause: "My friend Marjorie fell and broke her hip", "our
# neighbour Mrs Patel slipped on the ice", "me mate Dougie fell off a ladder"
_A_FRIEND_FELL = re.compile(r"^\W*(?:(?:and|but|so|also)\s+)?(?:my|our|me|a)\s+(?:(?:best|old|good|close|dear)\s+)?"
                            r"(friend|mate|pal|neighbour|neighbor|colleague)\b(?:\s*,)?(?:\s+(?:mrs|mr|ms|miss)\.?)?"
                            r"(?:\s+[a-z]+){0,2}?(?:\s*,)?\s+(?:also\s+|recently\s+|just\s+)?(?:fell|slipped|tripped|"
                            r"had\s+a\s+(?:bad\s+)?fall|went\s+over|broke|cracked|fractured)\b", re.IGNORECASE)


# A medicine taken "with meals", "wiv food", "after her meals": when, not help with meals ("help with meals" is)
_WITH_MEALS = re.compile(r"(?<!help )(?<!helps )(?<!helping )(?<!struggles )(?<!struggle )\b(?:with|wiv|wi|w|w/|before|after|"
                         r"at)\s+(?:(?:my|his|her|their|me|the)\s+)?$", re.IGNORECASE)


# How a medicine is given, said before its name: "buccal midazolam", "nasal diamorphine" (a stranger, session 38: "buccal
# midazolam for emergencies" reached the GP as a regular "midazolam")
_ROUTE_BEFORE = re.compile(rf"\b({'|'.join(ROUTES)})\s+$", re.IGNORECASE)


def _as_said(term: Term) -> str:
    """A medicine's name, with the brand the person said after it: "insulin aspart (novorapid)". Insulins and
    other medicines are prescribed by brand, which a service needs (fresh13 wanted the NovoRapid and Lantus told,
    not only the generic names); a name merely spelt another way ("amoxycillin") is the generic alone."""
    said, canonical = term.surface.strip(), term.canonical
    if term.kind == MAINTAINED:  # the source's notes, no part of a name: "insulin detemir (rdna origin)"
        canonical = re.sub(r"\s*\((?:rdna origin|usp|medical use)\)", "", canonical)
    letters = re.sub(r"[^a-z]", "", said.lower())
    if term.kind != MAINTAINED or letters in re.sub(r"[^a-z]", "", canonical.lower()) \
            or SequenceMatcher(None, letters, canonical.lower()).ratio() >= 0.75:
        return canonical
    return f"{canonical} ({said})"


def _placed(before: str, about: str, teller: str, named: dict[str, str] | None, story: str,
            relatives: frozenset[str], subject_relation: str | None) -> str | None:
    """In a carer's story, a relative's relative said as the person's ("his dad's brother", "Gareth's brother" after
    "his dad Gareth"): the words it was told as, which place it in the person's family (a carer's "my uncle" may be
    anyone's: bot/intake/scope.py); None otherwise."""
    kin = context.kin_of_kin(before, relatives, named, subject_relation) if teller != "self" else None
    if not kin or kin[0] != about:
        return None
    owner = kin[1]
    if owner in ("his", "her", "their"):
        return before[before.lower().rfind(owner):].strip()
    relation = (named or {}).get(owner)
    if relation and re.search(rf"\b(?:his|her|their)\s+(?:{context.ADJECTIVES}\s+)?{re.escape(relation)}\s*,?\s+"
                              rf"{re.escape(owner)}\b", story, re.IGNORECASE):
        return before[before.lower().rfind(owner):].strip()
    return None


# "on novorapid wiv meals n lantus at nite": the next medicine of a list whose first one was said as taken
_LIST_JOIN = re.compile(r"(?:\s+[a-z]+){0,3}?\s*(?:,|\band\b|\bn\b|&|\bplus\b)\s*(?:also\s+)?", re.IGNORECASE)


def _dosed(clause: str, term: Term) -> bool:
    """ "lantus 20 units at night", "novorapid with his meals": a name said with a dose or how often is a medicine."""
    rest = clause[term.end:]
    return bool(re.match(r"\s", rest)) and bool(cues.DOSE.match(rest.lstrip()) or cues.FREQUENCY.match(rest.lstrip()))


def _listed_after(clause: str, term: Term, said: list[Term]) -> bool:
    return any(o.end <= term.start and _LIST_JOIN.fullmatch(clause, o.end, term.start)
               and (o.kind != MAINTAINED or _ON.search(clause[:o.start])) for o in said)


# Said of a time of pregnancy: "when I was pregnant", "during my pregnancy", "while she was expecting"
_WHEN_PREGNANT = re.compile(r"\b(?:when|while|whilst|during|in)\s+(?:i|she|you)\s+(?:was|were)\s+(?:pregnant|expecting)\b|"
                            r"\b(?:during|in)\s+(?:my|her|the|both|each)\s+(?:\w+\s+)?pregnanc(?:y|ies)\b",
                            re.IGNORECASE)
# A greeting before a carer says who they are: "Hi, I'm Connor"
_GREETING = re.compile(r"\W*(?:hi|hello|hiya|hey|good (?:morning|afternoon|evening)|morning|evening)\b\W*", re.IGNORECASE)
# How long it has been without one: "no big seizure 8 months now", "no fits for two years", "no attacks since March"
_NONE_FOR_A_TIME = re.compile(r"s?\s+(?:for\s+(?:over\s+|about\s+|nearly\s+)?|in\s+(?:over\s+)?|since\s+)?(?:\d+|a|one|two|three|four|"
                              r"five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|many)\s+(?:months?|years?|weeks?|"
                              r"yrs?|mths?)\b|s?\s+since\s+(?:last\s+\w+|\w+\s+\d{4}|\d{4}|january|february|march|april|may|june|"
                              r"july|august|september|october|november|december)\b", re.IGNORECASE)
# A habit said as the cause of an illness: "COPD from smoking", "from years of smoking", "because of the drinking"
_HABIT_AS_CAUSE = re.compile(r"\b(?:from|fae|frae|because\s+of|due\s+to|caused\s+by|cos\s+of|through)\s+(?:(?:the|all\s+the|all\s+that|his|her|"
                             r"my|their|years\s+of|a\s+lifetime\s+of|a\s+life\s+of|heavy|his\s+heavy|her\s+heavy)\s+)*$",
                             re.IGNORECASE)
# What a condition denied is said with, that the denial is of: "no diabetic on insulin", "not asthmatic on steroids"
_ON_IT_AFTER = re.compile(r"\s+(?:on|oan|using|taking)\s+(?:the\s+)?(?:insulin|injections|steroids|tablets|inhalers?|oxygen|"
                          r"meds|medication)\b", re.IGNORECASE)
# The name the doctors gave an illness just told, in a clause of its own: "a TIA they called it", "what they called a
# mini stroke", "the doctors said it was angina"
_NAMERS = r"(?:they|the\s+doctors?|doctors?|the\s+hospital|the\s+gp|gp|docs?|the\s+consultant)\s+(?:called|call|calls)"
_CALLED_IT = re.compile(rf"^\W*(?:(?:a|an|the)\s+)?(?:\w+\s+){{1,3}}?{_NAMERS}\s+it\b|^\W*(?:what|which)\s+{_NAMERS}\s+(?:an?\s+)?\w+",
                        re.IGNORECASE)
# What may stand between an illness and the name the doctors gave it: words of when or how bad, then a comma; never a second
# illness ("the type 2 diabetes and an irregular heartbeat, the atrial fibrillation they call it" is two)
_RENAMED_BETWEEN = re.compile(r"(?:(?!\b(?:and|an|n|&|plus|also|with)\b)[^.!?;,]){0,30},\s*(?:(?:a|an|the)\s+)?", re.IGNORECASE)
_CALLED_IT_AFTER = re.compile(rf"\s+{_NAMERS}\s+it\b", re.IGNORECASE)
# A carer's own name said with "here", first: "Alright, Gary Pascoe here", "Hiya, Dot here"
_NAME_HERE = re.compile(r"\W*(?:(?:alright|hi|hello|hiya|hey|morning|evening|right|ok|okay)\b\W*)?"
                        r"(?P<name>(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?) here\W*", re.IGNORECASE)
_ONLY_A_NAME = re.compile(r"\W*(?:(?:hi|hello|hiya|hey|good (?:morning|afternoon|evening)|morning|evening)\b\W*)?"
                          r"(?:(?:so|well|right|ok|okay)\W+)?(?:my name is|my name's|my names|i'm|i’m|im|i am|it's|its|this is)\s+",
                          re.IGNORECASE)


def _theirs_said(clause: str, name_at: int, said_at: int, terms: list[Term]) -> bool:
    """Whether a condition or medicine is said straight after someone's name and what they have ("Dave has
    diabetes", "died of a heart attack"), the name itself no term ("Asthma has got worse")."""
    return not any(t.start < said_at and name_at < t.end for t in terms) and any(
        t.section in ("health", "medications") and t.start >= said_at
        and re.fullmatch(r"\s*(?:\S+\s+){0,3}", clause[said_at:t.start]) for t in terms)


def _carer_named(clause: str) -> dict[str, str]:
    """The carer's own name and what they are to the person, said together: "I'm Pat, next door neighbour
    to Mr Evans" is Pat, a neighbour (not Mr Evans, who is the person)."""
    if intro := cues.CARER_INTRO.search(clause):  # "I am Roy, her husband", "I'm Nicola Morgan, mum to Ellie"
        return {"name": intro.group("own"), "relationship": (intro.group("is") or intro.group("rel")).lower()}
    if writing := cues.CARER_NAME_WRITING.search(clause):  # "I'm Grace and I'm writing about my father"
        person = writing.group(2).lower()
        # (never a relation "-in-law": "I'm asking about my mother-in-law" is no son or daughter: the thirtieth fresh
        # forms set, session 36)
        in_law = re.match(r"[-\s]+in[-\s]+law\b", clause[writing.end(2):], re.IGNORECASE)
        relationship = None if in_law else next((r for r, words in cues.CARER_BY_PERSON.items() if person in words), None)
        return {"name": writing.group(1)} | ({"relationship": relationship} if relationship else {})
    if then := cues.CARER_THEN_NAME.search(clause):  # "I'm only the neighbour like, Siobhan"
        return {"name": then.group(2), "relationship": then.group(1).lower()}
    own = cues.CARER_IS_NAMED.search(clause)
    return {"name": own.group(1), "relationship": own.group(2).lower()} if own else {}


def _kin_word(surface: str) -> str:
    """The kin word of a support term as written: "Me mam's" -> "mam", "our lad" -> "lad"."""
    words = surface.lower().split()
    return re.sub(r"['’]s$", "", words[-1]) if words else ""
