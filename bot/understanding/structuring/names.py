"""Names in a story: the person's own, their family's and friends', professionals' and services'."""
from __future__ import annotations

import re

from wordfreq import zipf_frequency

from bot.understanding.structuring import cues
from bot.understanding.structuring.guarded import Guarded
from bot.understanding.structuring.peoples import is_people_or_language

# A capitalised word, in any Latin script: "João", "Zoë", "Łukasz", "Siobhán", "O'Neill".
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LETTER = r"[^\W\d_]"
# (never "I'm", "Ive": "my name is Edna Briggs I'm 88" was delivered as "Edna Briggs I'm", a stranger, session 26)
_CAP = rf"(?!(?:I['’]?(?:m|ve|d|ll)|Im|Ive)\b)[{_UPPER}](?:{_LETTER}|['’-])+"
_NAME = rf"({_CAP}(?:\s+{_CAP})?)"
_FULL_NAME = rf"({_CAP}(?:\s+{_CAP}){{0,2}})"  # one's own name in full: "Edna Mary Cartwright"
# A title said before a name in full ("Mrs Winifred Mary Ashdown"): no part of the name, and not one of its
# three words ("Mrs" taken as the given name, "Mary" as the family one)
_TITLE_FIRST = r"(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?\s+(?=[A-Z]\S*\s+[A-Z]))?"
# Words that end what a person says, not their name: "Sue thats all", "Sue, that's it thanks"
_SIGN_OFF = r"\s*,?\s+(?i:that['’]?s|that is)\s+(?i:all|it)\b"
_SIGN_OFF_TAIL = re.compile(rf"(?:{_SIGN_OFF}|\s*,?\s+(?i:thanks|thank you|cheers|please)\b).*$")
# A full name in brackets after a short one: "Jaz (Jasmine Kaur)"; a short one after a full one: "Jasmine Kaur (Jaz)"
_BRACKETED = re.compile(r"\s*\(\s*([^\W\d_](?:[^\W\d_]|['’-])*(?:\s+[^\W\d_](?:[^\W\d_]|['’-])*){0,3})\s*\)")
# An age said straight after a name: "Bert, eighty two, from Tipton", "Aoife, 17."
_AGE_AFTER = (r"(?=\s*,\s*(?:aged\s+)?(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s*(?:[,.!]|$|and\b|from\b|years\b))")
_BORN_NAME = (rf"(?!(?i:my|our|his|her|their|the|mum|mam|mom|mother|dad|father|nan|nana|gran|granny|grandma|"
              rf"grandad|grandpa|auntie|aunty|aunt|uncle)\b)({_CAP}(?:\s+{_CAP}){{1,2}})")
# "…, but naebody calls me that", "but no one has called me that for years": the name just said is theirs in full
_NOBODY_CALLS_ME = (r"\s*,?\s*(?i:but\s+)?(?i:nobody|naebody|nae body|no one|no-one|noone|nae one)(?:['’]s|\s+(?i:has|ever|"
                    r"really|has ever|ever has))?\s+(?i:calls?|called|uses?|used)\s+(?i:me)\b")
# What says the name before it is the name in full: ", everyone calls me Daz", ", but known as Peggy"
_GOES_BY = (r"\s*,\s*(?:(?i:but|and)\s+)?(?:(?i:everyone|everybody|people|most people|friends|family)\s+(?i:calls?|knows?)\s+"
            r"(?i:me)\b|(?i:known as|call me|goes by|go by)\b)"
            # "Robert McAllister, but naebody calls me that, it's Rab", "William Jones but no one calls me that"
            rf"|{_NOBODY_CALLS_ME}")
MY_NAME = re.compile(
    # a greeting, in the words of many places ("Alreet, Alan here", "Bore da, Eleri I am")
    rf"(?:^|[.!?]\s+)(?:(?i:hi|hello|hiya|hey|alreet|alright|areet|howdy|bore da|good morning|good afternoon|"
    rf"good evening|morning|evening|salam|salaam),?\s+)?(?:(?i:so|well|right|ok|okay),?\s+)?"
    rf"(?:(?i:my name is|my name's|my names|my name|name is|name's|i'm called|i am called|call me)\s+{_TITLE_FIRST}{_FULL_NAME}"
    # "I'm Chloe, 23", "so im Chloe im 23"
    rf"|(?i:i'm|i’m|im|i am|it's|it’s|its|this is)\s+{_NAME}(?=\s*[,.!]|\s+(?i:and|here|im|i'm|i’m|i am|aged)\b|\s*$|{_SIGN_OFF})"
    # "Alan here", "Eleri I am", "Seamus is the name", "Bert, eighty two"
    rf"|{_NAME}\s+(?:here\b|(?i:i am|i'm|i’m)(?=\s*[,.!])|(?i:is the name|is my name)\b)|{_NAME}{_AGE_AFTER}"
    # "Declan Fahy, born the 2nd of February 1942": a name in full, then when they were born, or the name they go by
    # ("Darren Kelly, everyone calls me Daz")
    rf"|{_BORN_NAME}(?=\s*,?\s*(?i:born|dob|d\.o\.b|date of birth)\b|{_GOES_BY})"
    # "I'm Bridget Mary O'Sullivan but nobody has called me Bridget since the nuns": a name in full, then "but"
    # or the clause's end
    rf"|(?i:i'm|i’m|im|i am)\s+({_CAP}(?:\s+{_CAP}){{1,2}})(?=\s*,?\s+(?i:but)\s|\s*$))"
)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
# Words that follow "I'm" with a capital letter but are not names.
NOT_NAMES = frozenset("""
monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays
universal attendance pip esa dla council housing benefits benefit carers employment blue personal pension
deaf blind british english welsh scottish irish polish muslim christian jewish sikh hindu catholic
black white asian autistic disabled not so very just really also still here fine ok okay sorry writing
calling worried afraid scared unemployed retired registered married single divorced widowed dr mr mrs
ms miss the a an on in at from with
monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekend weekends weekday weekdays
morning mornings evening evenings night nights afternoon afternoons daytime daytimes nowadays
christmas easter anyway otherwise besides meanwhile afterwards before after since sometimes
type diabetic epileptic asthmatic insulin pregnant
right alright hello hiya hey hi greetings howdy
""".split())
LANGUAGES = frozenset({"english", "welsh", "polish", "irish"})  # a language as well as a people
# "Aoife, 17", "Eleri I am, 67", "sam (they/them) 22", "jay 19"
AFTER_NAME_AGE = re.compile(r"^(?:\s+here)?(?:\s+(?:i am|i'm|i’m|im))?(?:\s*\([^()]{1,20}\))?\s*,?\s*(?:aged\s+)?(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                            r"ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b"
                            r"(?!\s*(?:%|kg|mg|years? ago))(?!\s*[/.\-]\s*\d)", re.IGNORECASE)  # not "DOB 12/04/1961"
# The name someone goes by: "Bethany Kowalczyk but everyone calls me Beth", "known as Peggy", "she likes to be
# called Peg", "I go by Sam"
PREFERRED = Guarded(re.compile(rf"\b(?:(?i:everyone|everybody|people|most people|friends|family|they all|we all|all)\s+"
                               rf"(?i:calls?|know)\s+(?i:me|him|her|them)(?:\s+(?i:as))?|"
                               rf"(?i:known to (?:everyone|everybody|all|friends|family|us all|us|most people) as)|"
                               rf"(?i:known as|goes by|go by|"
                               rf"prefers? to be called|likes? to be called|rather be called|please call me|just call me))"
                               rf"\s+{_NAME}"), "call|know|by")


# "Ronald Hughes, Ron for short"
_FOR_SHORT = Guarded(re.compile(rf"(?:^|,|\b(?i:and|but)\b)\s*({_CAP})\s*,?\s+(?i:for short)\b"), "short")


def preferred_name(clause: str) -> tuple[str, int, int] | None:
    """The name the person goes by, where the clause says so, as (name, start, end)."""
    for match in (*PREFERRED.finditer(clause), *_FOR_SHORT.finditer(clause)):
        if match.group(1).split()[0].lower() not in NOT_NAMES | NOT_LOWER:
            return match.group(1), match.start(1), match.end(1)
    return None


_NAME_NOBODY_USES = re.compile(
    rf"(?:^|[.!?]\s+)(?:(?i:hi|hello|hiya|hullo|hallo|aye|well|so|right|good morning|good afternoon|good evening),?\s+)*"
    rf"(?:(?i:my name is|my name's|my name’s|my names|i'm|i’m|im|i am|it's|it’s|its)\s+)?{_TITLE_FIRST}{_BORN_NAME}"
    rf"(?={_NOBODY_CALLS_ME})")
# ... and what they are called instead: "…, it's Rab", "…, everyone says Billy", "…, just call me Tam"
_CALLED_INSTEAD = re.compile(rf"^\W*(?:\w+\W+){{0,10}}?(?:(?i:it's|it’s|its|it is|it's just|its just|it's always|"
                             rf"everyone says|everybody says|they all say|call me|just call me|they call me|"
                             rf"everyone calls me|everybody calls me|i'm|i’m|im|i go by|known as)\s+){_NAME}\b")


def name_nobody_uses(story: str) -> tuple[str, int, int, str | None] | None:
    """A name in full the person says nobody calls them, and the name said instead, if any: "Robert McAllister, but
    naebody calls me that, it's Rab" is (Robert McAllister, …, Rab) (Rab was taken as his given name)."""
    match = _NAME_NOBODY_USES.search(story)
    if not match or match.group(1).split()[0].lower() in NOT_NAMES:
        return None
    instead = _CALLED_INSTEAD.match(story[match.end(1):match.end(1) + 120].split(".")[0].split("!")[0])
    short = instead.group(1).split()[0] if instead else None
    if short and (short.lower() in NOT_NAMES | NOT_LOWER or short.lower() in match.group(1).lower().split()):
        short = None
    return match.group(1), match.start(1), match.end(1), short


# The name gone by, said with the name in full (the thirtieth and thirty-first fresh forms sets, sessions 36 and 37: "Alf"
# was sent for "Alfred Robson", and "I'm Alfred "Alf" Robson" gave no name at all): "Alfred "Alf" Robson", "Alfred (Alf)
# Robson"; "it's Alf here, Alfred Robson if ye want it proper", "Name's Alf, well Alfred Robson on paper"
_QUOTED_BETWEEN = re.compile(rf"(?:^|[.!?]\s+|\b(?i:my name is|my name's|my name’s|my names|name's|name’s|names|i'm|i’m|im|i am|"
                             rf"it's|it’s|its|this is)\s+){_TITLE_FIRST}({_CAP})\s+[(\"“'‘]({_CAP})[)\"”'’]\s+({_CAP})\b")
_SHORT_THEN_FULL = re.compile(rf"\b(?i:my name is|my name's|my name’s|my names|name's|name’s|names|i'm|i’m|im|i am|it's|it’s|its|"
                              rf"call me|this is)\s+({_CAP})(?:\s+(?i:here))?\s*,?\s*(?:(?i:well|or|but|really|properly|proper|"
                              rf"officially|actually|sorry|i mean|it's|its|on paper)\s*,?\s*){{0,3}}(\1[a-z]+)\s+({_CAP})\b")


def goes_by_with_full(story: str) -> tuple[str, int, int, str] | None:
    """A name in full said with the name gone by, whichever comes first: (full name, start, end, name gone by)."""
    if quoted := _QUOTED_BETWEEN.search(story):
        first, short, last = quoted.group(1), quoted.group(2), quoted.group(3)
        if not {first.lower(), last.lower()} & NOT_NAMES:
            return f"{first} {last}", quoted.start(1), quoted.end(3), short
    if said := _SHORT_THEN_FULL.search(story):
        short, first, last = said.group(1), said.group(2), said.group(3)
        if last.lower() not in NOT_NAMES:
            return f"{first} {last}", said.start(2), said.end(3), short
    return None


def short_then_full(name: str) -> tuple[str, str] | None:
    """A name typed as the short one, then in full: "Ron Ronald Hughes" is (Ron, Ronald Hughes)."""
    words = name.split()
    if len(words) >= 3 and len(words[0]) >= 2 and words[1].lower().startswith(words[0].lower()) \
            and words[1].lower() != words[0].lower():
        return words[0], " ".join(words[1:])
    return None


# A carer giving the person's name: "Her name is Patricia Walsh", "he's called Ron".
_IN_FULL_WORDS = r"(?i:full|proper|real|whole|legal)\s+"
NAME_IS = re.compile(rf"\b(?i:her|his|their) (?:{_IN_FULL_WORDS})?(?i:name is|name's|name’s|names)\s+{_TITLE_FIRST}{_FULL_NAME}"
                     rf"|\b(?i:she|he)(?i:'s|’s|s| is) called\s+{_NAME}")  # "hes called Lee Robson"
_NAME_IN_FULL = re.compile(rf"\b(?i:her|his|their|my)\s+{_IN_FULL_WORDS}(?i:name is|name's|name’s|names|name)\s+"
                           rf"{_TITLE_FIRST}{_FULL_NAME}")
TITLED = re.compile(rf"\b(?:Dr|Dr\.|Doctor|Nurse|Mr|Mrs|Ms|Miss|Sister|Professor)\s+{_NAME}")
CALLED = re.compile(rf"\b(?i:is called|called|named|is)\s+{_NAME}")
ORGANISATION_SUFFIX = re.compile(
    rf"\b((?:{_CAP}\s+){{1,4}}(?:Surgery|Practice|Hospital|Medical Centre|Health Centre|Clinic|Care|"
    r"Trust|Council|School|Primary School|Academy|College|University|Centre|Center|Team|Hospice|"
    r"Foundation|Society|Association|Partnership|Pharmacy|Services|Service|Advice))\b"
)
ORGANISATION_AFTER = re.compile(rf"\b(?:at|from|with)\s+((?:{_CAP})(?:\s+{_CAP}){{0,3}})")


def my_name(sentence: str) -> tuple[str, int, int] | None:
    """'My name is Margaret Jones' / "I'm Priya," / 'Ray here' -> (name, start, end)."""
    for match in MY_NAME.finditer(sentence):
        group = next(g for g in range(1, (match.lastindex or 0) + 1) if match.group(g))
        name = match.group(group)
        first = name.split()[0].lower()
        if (first in NOT_NAMES or first in _NOT_LOWER_STATES) and not (first in _TITLES and len(name.split()) > 1):
            continue  # "I'm Deaf", "I'm Tired" are not names; "I am Mr Chen" is
        if len(name.split()) == 1 and is_people_or_language(first):
            continue  # "I'm Bengali but I speak English": who they are, not what they are called
        if first.replace("’", "'") in ("i", "i'm", "im", "i'd", "i've"):
            continue  # "…not me, I'm here about my hearing": "I'm here" is no name
        words = name.split()
        while len(words) > 1 and words[-1].lower().strip(".") in _FIELD_WORDS:
            words.pop()  # "Linda Hughes DOB 12/04/1961": the heading of what follows is no part of the name
        name = " ".join(words)
        if len(words) > 1 and words[-1].lower() in _PLACE_WORDS \
                and re.search(r"(?i)\b(?:it['’]?s|its|this\s+is)\s+$", sentence[match.start():match.start(group)]) \
                and _HOUSING_AFTER.match(sentence, match.start(group) + len(name)):
            continue  # "It's Beverley Court, sheltered": where they live, not who (the nineteenth fresh forms set)
        return _in_full(sentence, name, match.start(group), match.start(group) + len(name))
    twos = [m for m in _MY_NAME_TWO_LOWER.finditer(sentence) if zipf_frequency(m.group(2).lower(), "en") < _COMMON_WORD]
    for match in (*twos, *MY_NAME_LOWER.finditer(sentence), *_NAME_THEN_AGE.finditer(sentence)):
        said = [w.lower() for w in match.groups() if w]
        if match.re is _NAME_THEN_AGE and (said[0].endswith(_NOT_NAME_ENDINGS) or set(said) & _WHAT_THEY_ARE
                                           or said[-1].endswith(_NOT_SURNAME_ENDINGS)):
            continue  # "im diabetic, 67", "i am housebound 84", "im gay 30", "im quite frail 80": what they are, not who
        if not set(said) & (NOT_NAMES | _NOT_LOWER_NAMES | _NOT_LOWER_STATES | _FIELD_WORDS) \
                and not said[0].endswith(("ing", "ed")) and not (len(said) == 1 and is_people_or_language(said[0])):
            end = match.end(2) if match.group(2) else match.end(1)
            return _in_full(sentence, _capitalised(" ".join(said)), match.start(1), end)
    return None


# The last word of a place's name, never a person's: "Beverley Court", "Rowan House", "Oak Lodge"
_PLACE_WORDS = frozenset("""court house lodge close road street lane avenue drive way crescent place gardens grove
    terrace walk mews towers tower view manor grange hall flats estate park square rise heights""".split())
_HOUSING_AFTER = re.compile(r"\s*[,(–-]?\s*(?:it['’]?s\s+|its\s+)?(?:a\s+|an\s+|the\s+)?(?:sheltered|extra\s+care|"
                            r"retirement\s+(?:flats?|housing|home|village|complex)|(?:care|nursing|residential)\s+home|"
                            r"supported\s+housing|warden|block\s+of\s+flats|(?:council|housing\s+association)\s+(?:flats?|"
                            r"block|bungalows?|estate)|assisted\s+living|independent\s+living)\b", re.IGNORECASE)
# Headings typed after a name, of the identifier that follows: "Linda Hughes DOB 12/04/1961"
_FIELD_WORDS = frozenset({"dob", "d.o.b", "nhs", "born", "address", "tel", "phone", "mobile", "postcode", "age", "aged"})
# Words said in brackets after a name that are no name: "Mo (short for Mohammed)", "Priya (she her)"
_NOT_IN_BRACKETS = frozenset("""short for aka known as called nickname pronounced she her hers he him his they them
theirs xe ze pronouns""".split())


def _in_full(sentence: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """The name, or the full name said in brackets after it: "my name is Jaz (Jasmine Kaur)" is Jasmine Kaur."""
    bracketed = _BRACKETED.match(sentence, end)
    if bracketed and len(bracketed.group(1).split()) > len(name.split()) \
            and not {w.lower() for w in bracketed.group(1).split()} & (NOT_NAMES | NOT_LOWER | _NOT_IN_BRACKETS):
        full = bracketed.group(1)
        return (_capitalised(full) if full.islower() else full), bracketed.start(1), bracketed.end(1)
    return name, start, end


def _capitalised(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


# Typed in lower case, a name is taken only where it cannot be anything else: "my name is jade",
# "hi im jade", "hi so im chloe" (a greeting, then "im", then one word and a stop).
# What people say they are, before an age ("im diabetic, 67"): never a name; and the endings of such words
_WHAT_THEY_ARE = frozenset("""diabetic housebound bedbound gay lesbian bi bisexual trans straight queer epileptic asthmatic
autistic dyslexic frail unwell poorly widowed widow widower pregnant homeless jobless lonely deaf blind disabled
retired single married divorced separated old young fine ok okay good well ill sick tired new here back only just
nearly almost over under about aged age""".split())
_NOT_NAME_ENDINGS = ("ic", "bound", "less", "ful", "ous", "ive", "ed", "ing", "ly", "ish", "able", "ible")
_NOT_SURNAME_ENDINGS = ("ic", "bound", "less", "ous", "ive", "ed", "ing", "able", "ible")  # "Kelly", "Parrish" are
# "im edna, 81", "i am priya 34", "im jean smith 78": a word or two said first, with an age straight after them, are a
# name however they are typed
_NAME_THEN_AGE = re.compile(r"^\W*(?:im|i'm|i’m|i am)\s+([^\W\d_](?:[^\W\d_]|['’-]){1,15})"
                            r"(?:\s+([^\W\d_](?:[^\W\d_]|['’-]){1,20}))?(?=\s*,?\s*(?:aged\s+)?\d{1,3}\b"
                            r"(?!\s*(?:%|kg|st|stone|lbs?|pounds|mg|hours|days|weeks|months|years? ago)))",
                            re.IGNORECASE)
MY_NAME_LOWER = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:hi|hello|hiya|hey)\s*,?\s+(?:(?:so|yeah|um|erm|well|right|ok|okay)\s*,?\s+)?"
    r"(?:im|i'm|i’m|i am|its|it's|this is)|"
    r"(?:(?:hi|hello|hiya|hey)\s*,?\s+)?(?:my name is|my names|my name's|my name))\s+([^\W\d_](?:[^\W\d_]|['’-]){1,15})"
    # "my names gareth pugh born …": a surname too, when what follows says when they were born
    r"(?:\s+([^\W\d_](?:[^\W\d_]|['’-]){1,20})(?=\s*,?\s*(?:born|dob|d\.o\.b|date of birth)\b)|"
    r"(?=\s*[,.!(]|\s+(?:and|im|i'm|i’m|i am|here|born|dob)\b|\s+\d|\s*$|" + _SIGN_OFF + "))",
    re.IGNORECASE)
# "my name is margaret hughes im 81": a first name and a surname typed in lower case after "my name is", the name
# ending where the sentence, an age or "and"/"im" does (a stranger's name was lost, and the clause kept as her home)
_MY_NAME_TWO_LOWER = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:hi|hello|hiya|hey)\s*,?\s+)?(?:my name is|my names|my name's|my name’s)\s+"
    r"([^\W\d_](?:[^\W\d_]|['’-]){1,15})\s+([^\W\d_](?:[^\W\d_]|['’-]){1,20})"
    r"(?=\s*[,.!(]|\s+(?:and|im|i'm|i’m|i am|i|aged|age|here|from)\b|\s+\d|\s*$)", re.IGNORECASE)
_COMMON_WORD = 5.0  # a second word more common than this in English is no surname ("my name is jade thanks")
# How people are, which follows "hi im" as often as a name does.
_NOT_LOWER_STATES = frozenset("""
tired worried scared struggling desperate lost stuck confused new back ok okay good well ill unwell poorly
sick alright fine sorry here there done exhausted stressed upset angry homeless pregnant disabled deaf blind
a an the just only also writing looking trying hoping asking wondering reaching
""".split())
# A carer naming the person they care for: "I'm a foster carer for Jayden", "I look after Mrs Hughes".
CARED_FOR = re.compile(rf"\b(?i:carers? for|care for|caring for|friend of|neighbour of|look after|looks after|looking after|writing for|"
                       # "I'm ringing about Alun Rees from next door" (the twenty-fourth fresh forms set, session 30)
                       rf"writing about|ringing about|calling about|phoning about|on behalf of|asking for|here for)\s+"
                       # "I'm writing about the wife, Morag Ferguson" (the thirty-third fresh forms set, session 39: "our son
                       # Gary", named later, was sent as the person)
                       r"(?:(?i:the|my|our|me)\s+(?i:wife|husband|missus|hubby|partner|mum|mam|mother|dad|father|son|daughter|"
                       rf"brother|sister|nan|gran|grandma|grandad|neighbour|friend)\s*,?\s+)?{_NAME}")


# "I was Jayden Morris's foster mum", "I'm Ellie's carer": the one whose carer or parent the teller is (the twenty-eighth
# fresh forms set, session 34: "my husband Errol", named later, was taken as the person)
CARER_OF = re.compile(rf"\b(?i:i\s+(?:am|was|have\s+been|m)|i['’]m|im)\s+(?:(?i:also|still)\s+)?{_NAME}['’]s\s+"
                      r"(?i:(?:foster|former|main|only|paid|unpaid|step|legal)\s+)?(?i:mum|mam|mom|mother|dad|father|carer|"
                      r"parent|guardian|support\s+worker|key\s*worker|personal\s+assistant|pa|advocate|social\s+worker|"
                      r"appointee|attorney|deputy)\b")


def cared_for(story: str, stop_words: frozenset[str]) -> str | None:
    for match in NAME_IS.finditer(story):
        name = match.group(1) or match.group(2)
        if name.split()[0].lower() not in stop_words | NOT_NAMES:
            return name
    for pattern in (CARED_FOR,):
        for match in pattern.finditer(story):
            name = match.group(1)
            if re.sub(r"['’]s$", "", name.split()[0].lower()) not in stop_words | NOT_NAMES \
                    and name.split()[0] not in {"I", "My", "Me"}:
                return name
    return None


def carer_of(story: str, stop_words: frozenset[str]) -> str | None:
    """The one a carer says they are the carer or parent of, by name ("I was Jayden Morris's foster mum")."""
    for match in CARER_OF.finditer(story):
        name = match.group(1)
        if name.split()[0].lower() not in stop_words | NOT_NAMES and name.split()[0] not in {"I", "My", "Me"}:
            return name
    return None


def named_before(story: str, stop_words: frozenset[str], before: int) -> str | None:
    """The person a carer says they care for or write about by name ("I'm writing about Tyler Mason", "I'm a foster
    carer for Tyler") before `before`: whose story it is, over a relative of the carer's named with them or after
    ("My husband Gary and I look after Tyler", "… me, my husband Gary and Tyler": Gary is the carer's husband)."""
    for match in CARED_FOR.finditer(story[:before]):
        name = match.group(1)
        if re.sub(r"['’]s$", "", name.split()[0].lower()) not in stop_words | NOT_NAMES \
                and name.split()[0] not in {"I", "My", "Me"}:
            return name
    return None


# A story that opens by saying someone types it for the person: "Hello, this is Linda typing for my husband Derek",
# "im typing this for my mum", "I'm writing this on behalf of my dad" (not "my daughter is typing this for me")
_TYPING_FOR = re.compile(
    r"^\W*(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)\b[\s,.!-]*)?(?:this is|it'?s|it is|i am|i'm|im|i’m)\s+"
    r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:just\s+)?(?:typing|writing|doing|filling)\s+(?:this|it)?\s*(?:in\s+|out\s+)?"
    r"(?:for|on behalf of)\s+my\s+(?P<kin>husband|wife|partner|mum|mam|mother|dad|father|son|daughter|brother|sister|"
    r"nan|gran|grandma|grandad|grandmother|grandfather|friend|neighbour|uncle|aunt|auntie)\b"
    r"(?:\s*,?\s*(?P<name>(?-i:[A-Z][a-z]+)))?", re.IGNORECASE)


_FIRST = re.compile(r"\b(?:i|i'm|im|i’m|i've|ive|my|me|myself)\b")
_THIRD = re.compile(r"\b(?:he|she|he's|she's|hes|shes|his|her|him|herself|himself)\b")


def typing_for(story: str) -> tuple[str, str | None] | None:
    """(whom, their name or None) when a story told as the person's own opens by saying someone types it for them
    ("This is Linda typing for my husband Derek"): the story is then the person's, told by the one typing, and what it
    says of "he" is his (a stranger, session 23: his stroke was filed as family history, two of his medicines lost)."""
    found = _TYPING_FOR.search(story)
    if found is None:
        return None
    rest = story[found.end():].lower()
    if len(_FIRST.findall(rest)) >= len(_THIRD.findall(rest)):
        return None  # "This is Megan typing for my nan, she tells me what to put. I'm Doris Pike, 88…": in her own words
    name = found.group("name")
    return found.group("kin").lower(), name if name and name.lower() not in NOT_NAMES else None


def introduced_by_carer(story: str) -> str | None:
    """The person a carer names as they introduce themselves: "I'm Sarah Kirkham, Dennis's daughter-in-law"
    (Dennis, in full where the story gives it: "Dennis Kirkham was born…"), "I'm Nicola Morgan, mum to Ellie
    Grace Morgan"; never someone the carer names later ("my husband Paul")."""
    intro = cues.CARER_INTRO.search(story)
    if intro and (own := CARER_OF.match(story, intro.start())) and own.group(1).split()[0].lower() not in NOT_NAMES:
        return full_name(story, own.group(1))  # "I'm Callum Price's foster mum": Callum Price, never "Price" (session 34)
    for match in cues.CARER_INTRO.finditer(story):
        named = match.group("owner") or match.group("to")
        if not named or named.split()[0].lower() in NOT_NAMES:
            continue
        return full_name(story, named)
    return None


def full_name(story: str, named: str) -> str:
    """A first name as the story gives it in full: "Halina", after "My mother is Halina Kowalska", is
    Halina Kowalska; a common word after it ("Jim Has", "Ellie And") is no surname."""
    if len(named.split()) != 1:
        return named
    # "my son Owen … His full name is Owen Rhys Price": said in full, the surname after a middle name ("Owen Rhys"
    # was taken, Price lost); "my brother Tom, his proper name is Thomas Alun Wood"
    for full in _NAME_IN_FULL.finditer(story):
        words = full.group(1).split()
        while len(words) > 1 and words[-1].lower().strip(".") in _FIELD_WORDS | NOT_NAMES:
            words.pop()
        if len(words) > 1 and words[0][:1].lower() == named[:1].lower():
            return " ".join(words)
    for full in re.finditer(rf"\b{re.escape(named)}\s+({_CAP})\b", story):
        surname = full.group(1)
        if surname.lower() not in NOT_NAMES and not surname.endswith(("'s", "’s")) \
                and zipf_frequency(surname.lower(), "en") < 4.5:
            return f"{named} {surname}"
    # "our Bethany, Beth to everyone, Beth Marsh": her surname, said after the short name she goes by
    for full in re.finditer(rf"\b({re.escape(named[:3])}[a-z]*)\s+({_CAP})\b", story):
        short, surname = full.groups()
        if short != named and named.startswith(short) and surname.lower() not in NOT_NAMES \
                and not surname.endswith(("'s", "’s")) and zipf_frequency(surname.lower(), "en") < 4.5:
            return f"{named} {surname}"
    return named


def short_then_in_full(story: str, named: str) -> str | None:
    """A short name, then the name in full straight after it: "my mum Gwen, Gwendoline Parry" is Gwendoline Parry
    (Gwen was given as her given name, session 21); None when the story says no such thing."""
    if len(named.split()) != 1:
        return None
    for full in re.finditer(rf"\b{re.escape(named)}\s*,\s*({re.escape(named)}[a-z]+)\s+({_CAP})\b", story):
        longer, surname = full.groups()
        if surname.lower() not in NOT_NAMES and not surname.endswith(("'s", "’s")) \
                and zipf_frequency(surname.lower(), "en") < 4.5:
            return f"{longer} {surname}"
    return None


_WHICH_NAME = r"(?i:my|his|her|their|the|our)"
_FAMILY_NAME_SAID = re.compile(rf"\b({_CAP})\s+(?i:is)\s+(?:{_WHICH_NAME}\s+)?(?i:family\s+name|last\s+name|surname)\b|"
                               rf"\b{_WHICH_NAME}\s+(?i:family\s+name|last\s+name|surname)\s+(?i:is)\s+({_CAP})")
_FIRST_NAME_SAID = re.compile(rf"\b({_CAP})\s+(?i:is)\s+(?:{_WHICH_NAME}\s+)?(?i:first|given|christian)\s+(?i:name)\b|"
                              rf"\b{_WHICH_NAME}\s+(?i:first|given|christian)\s+(?i:name)\s+(?i:is)\s+({_CAP})")


def given_name_first(name: str, story: str) -> str:
    """A name said family name first, where the story says which is which ("I am Nowak Agnieszka. Nowak is my
    family name"): in the order a form reads it, the given name first ("Agnieszka Nowak"). The family name was given
    as the given name on a patient details form (session 21)."""
    words = name.split()
    if len(words) != 2:
        return name
    family = {m.group(1) or m.group(2) for m in _FAMILY_NAME_SAID.finditer(story)}
    first = {m.group(1) or m.group(2) for m in _FIRST_NAME_SAID.finditer(story)}
    if (words[0] in family and words[1] not in family) or (words[1] in first and words[0] not in first):
        return f"{words[1]} {words[0]}"
    return name


def given_name(text: str, relation_words: frozenset[str]) -> tuple[str, str | None]:
    """A name as a carer gives it: 'my husband dave' -> ('Dave', 'husband'); 'Mary Jones' -> as it is;
    'Sue thats all' -> Sue; 'Jaz (Jasmine Kaur)' -> Jasmine Kaur."""
    text = " ".join(text.split())
    relation = None
    match = re.match(r"(?i:my|his|her|their|our)\s+([A-Za-z]+)\s*,?\s+(.+)$", text)
    if match and match.group(1).lower() in relation_words:
        relation, text = match.group(1).lower(), match.group(2)
    elif (kin := re.fullmatch(r"(?i:(?:my|his|her|their|our|me)\s+)?([A-Za-z]+)", text)) \
            and kin.group(1).lower() in relation_words:
        relation = kin.group(1).lower()  # "Nan", "my nan": the name is the relation (the name kept as said)
        text = kin.group(1)
    text = _SIGN_OFF_TAIL.sub("", text).strip(" ,.;:!-") or text  # "Sue thats all" is Sue
    if (bracketed := _BRACKETED.search(text)) and bracketed.end() == len(text.rstrip()):
        outside = text[:bracketed.start()].strip(" ,")
        # "Jaz (Jasmine Kaur)" is Jasmine Kaur; "Jasmine Kaur (Jaz)" and "Margaret (Maggie)" the name outside
        if outside:
            text = bracketed.group(1) if len(bracketed.group(1).split()) > len(outside.split()) else outside
    if text.islower():
        text = " ".join(word.capitalize() for word in text.split())
    return text, relation


def name_after(text: str, position: int, stop_words: frozenset[str]) -> tuple[str, int, int] | None:
    """A capitalised name straight after `position` ("my daughter Sue", "my son, David")."""
    match = re.match(rf"\s*,?\s*{_FULL_NAME}", text[position:])  # "my mum Irene Patricia Doyle": in full
    if not match:
        return None
    name = match.group(1)
    first = name.split()[0]
    if first.lower() in stop_words or first.lower() in NOT_NAMES or first in {"I", "I'm", "I’m"}:
        return None
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in stop_words or word.lower() in NOT_NAMES:
            words = words[:i]  # "my son David Is …": the name ends before an ordinary word
            break
    if words[-1].endswith(("'s", "’s")) and len(words[-1]) > 3:
        words[-1] = words[-1][:-2]  # "my dad Imran's house": his name is Imran
    name = " ".join(words)
    return name, position + match.start(1), position + match.start(1) + len(name)


# Typed without capitals: "my sister pat helps with shopping". Only a word straight after the
# relation and straight before what they do, and not a word that says how or when.
_LOWER_NAME = re.compile(
    r"\s*,?\s*([a-z]{2,12})\s+(?=(?:helps|comes|visits|lives|does|takes|pops|calls|rings|phones|drives|"
    r"looks|cares|gets|brings|sorts|cooks|cleans|shops|stays|sees|is|has|will|can|and i|who)\b)")
_NOT_LOWER_NAMES = frozenset("""
often also always sometimes still never just really usually normally who and then now only even mostly
regularly kindly who which that but or so is has was will can does helps comes lives the a an in at on
next door nearby upstairs downstairs too as well daily weekly
""".split())


# A name said before the relation, at the start of the clause: "Pat my neighbour pops in", "Pat, my neighbour, helps"
_NAME_BEFORE = re.compile(rf"^\W*(?:(?i:and|but|so)\s+)?({_CAP}),?\s+(?i:my|our)\s+(?:\w+\s+)?$")


def name_before(clause: str, role_start: int, stop_words: frozenset[str]) -> str | None:
    """The name said just before "my <relation>" at the start of a clause, if it is no ordinary word
    that opens a sentence ("Luckily my neighbour", "Then my sister")."""
    match = _NAME_BEFORE.match(clause[:role_start])
    if not match:
        return None
    word = match.group(1).lower()
    if word in stop_words | NOT_NAMES | _NOT_LOWER_NAMES or word.endswith("ly") or zipf_frequency(word, "en") >= 5.0:
        return None
    return match.group(1)


def person_name(clause: str, role_end: int, stop_words: frozenset[str]) -> str | None:
    """The name given to a relation or a professional: 'Dr Patel', 'my daughter Sue', 'is called Lisa'."""
    if match := TITLED.search(clause):
        return match.group(0)
    found = name_after(clause, role_end, stop_words)
    if found:
        return found[0]
    lower = _LOWER_NAME.match(clause[role_end:])
    if lower and lower.group(1) not in _NOT_LOWER_NAMES | stop_words | NOT_NAMES and not lower.group(1).endswith("ly"):
        return lower.group(1).capitalize()
    for match in CALLED.finditer(clause, role_end):
        name = match.group(1)
        if name.split()[0].lower() not in stop_words | NOT_NAMES:
            return name
    return None


# A "Service" that is a time served or an employer, never one involved in their care (session 23: "I was in Korea,
# nineteen fifty-three, National Service" was filed as a service they have)
_SERVED = re.compile(r"\b(?:National|Military|Civil|Diplomatic|Secret|Armed)\s+Services?$")


def organisation(clause: str, has_role: bool) -> str | None:
    if match := ORGANISATION_SUFFIX.search(clause):
        words = match.group(1).split()
        while words and words[0] in {"The", "A", "My", "His", "Her", "Our"}:
            words = words[1:]
        if _SERVED.search(" ".join(words)):
            return None
        return " ".join(words) or None
    if has_role and (match := ORGANISATION_AFTER.search(clause)):
        return match.group(1)
    return None


NOT_LOWER = _NOT_LOWER_NAMES | _NOT_LOWER_STATES  # lower-case words that are never a name
