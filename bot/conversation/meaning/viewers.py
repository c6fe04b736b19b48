"""What a returning person means by a wish about who else may see their referrals (issue 21): to let
someone see them ("can my daughter keep an eye on how things are going", "let mick c my referalz 4 2
wks", "Tom Fletcher is my support worker, can he see the progress for 2 months"), to stop someone
("take Priya of the list", "turn off all the links"), or to ask who can ("have i let anyone see
this"). Read from the words alone: whether the one named is a service is for the caller to say.

`viewer_wish_of` gives a `ViewerWish`: its kind ("name", "stop", "who"), the person's name as typed
(capitalised) and the relationship said ("daughter", "support worker"), either of which may be
missing, how many days were asked for (None: not said) and whether the story itself was asked for
too (only when the word "story" is said, and not denied: "not my story only the progress").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

RELATIONS = ("daughter in law", "son in law", "brother in law", "sister in law", "mother in law", "father in law",
             "social worker", "social prescriber", "care coordinator", "support worker", "key worker", "link worker",
             "granddaughter", "grandson", "goddaughter", "godson", "daughter", "son", "sister", "brother", "husband",
             "wife", "partner", "mum", "mam", "mom", "mother", "dad", "father", "friend", "neighbour", "neighbor",
             "niece", "nephew", "cousin", "aunt", "auntie", "uncle", "nan", "gran", "grandma", "grandad", "grandpa",
             "carer", "advocate", "befriender", "girlfriend", "boyfriend", "fiance", "mate", "ex", "stepdaughter",
             "stepson", "landlady", "landlord", "lodger", "foster mum", "foster dad", "foster carer", "best friend", "flatmate", "housemate", "pal", "bestie")
_RELATION = "|".join(sorted((re.escape(r) for r in RELATIONS), key=len, reverse=True))
_TYPED = {"c": "see", "seein": "seeing", "lookin": "looking", "stopp": "stop", "referalz": "referrals",
          "referals": "referrals", "refferals": "referrals", "refferal": "referral", "referal": "referral",
          "refs": "referrals", "progres": "progress", "progess": "progress", "storey": "story", "wher": "where",
          "frend": "friend", "freind": "friend", "cusin": "cousin", "shoud": "should", "abel": "able",
          "plese": "please", "pls": "please", "plz": "please", "goign": "going", "teh": "the", "cna": "can",
          "every1": "everyone", "evry1": "everyone", "evrythin": "everything", "evrything": "everything",
          "everythin": "everything", "wks": "weeks", "wk": "week", "mnths": "months", "mths": "months",
          "mnth": "month", "gf": "girlfriend", "bf": "boyfriend", "u": "you", "dosnt": "doesnt", "wanna": "want to",
          "gonna": "going to", "neighbor": "neighbour", "sis": "sister", "bruv": "brother", "cn": "can", "jus": "just",
          "neice": "niece", "yuo": "you", "folow": "follow", "mnoth": "month", "cuold": "could",
          "smth": "something", "sumthin": "something", "nieghbour": "neighbour", "daugther": "daughter",
          "dauhgter": "daughter", "sista": "sister", "bro": "brother", "hubby": "husband", "missus": "wife",
          "m8": "mate", "sum1": "someone", "any1": "anyone", "no1": "no one", "nobody": "nobody",
          "anybody": "anyone", "inc": "including", "incl": "including", "thru": "through", "till": "until",
          "til": "until", "ur": "your", "hrs": "hours", "hr": "hour", "giv": "give", "aint": "is not",
          "peopel": "people", "ppl": "people", "seing": "seeing", "coz": "because", "cos": "because", "accesss": "access", "acess": "access",
          "acces": "access", "hav": "have", "dosent": "does not", "shoudnt": "should not",
          "shouldnt": "should not", "cancle": "cancel", "sned": "send", "wot": "what", "wat": "what", "whats": "what is", "its": "it is",
          "im": "i am", "hes": "he is", "whos": "who is", "shes": "she is", "dont": "do not", "doesnt": "does not", "cant": "cannot",
          "wont": "will not", "isnt": "is not", "id": "i would", "ive": "i have", "theyre": "they are"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
            "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
            "couple": 2, "couple of": 2}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_COUNT = r"(?P<count>\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: (?:one|two|three|four|five|" \
         r"six|seven|eight|nine))?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|" \
         r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|" \
         r"ninety|couple(?: of)?)"
_PERIOD = re.compile(rf"\b(?:(?:for|4)\s+(?:the\s+next\s+|about\s+|around\s+)?|the\s+next\s+)?{_COUNT}\s*"
                     r"(?P<unit>hours?|days?|weeks?|fortnights?|months?|years?|yrs?|mths?|mnths?)\b|\b(?P<fortnight>(?:a|the next) fortnight)\b")

_PRONOUNS = {"he", "him", "she", "her", "they", "them", "their", "his", "hers"}
_SELF = {"i", "me", "myself", "we", "us", "you"}
_NOT_A_NAME = {"i", "me", "my", "the", "a", "an", "please", "can", "could", "would", "should", "is", "it", "this",
               "that", "yes", "no", "ok", "hi", "hello", "until", "till", "add", "let", "share", "give", "remove",
               "stop", "block", "cancel", "take", "turn", "who", "what", "which", "list", "tell", "have", "has",
               "dear", "thanks", "thank", "also", "and", "but", "so", "just", "everyone", "anyone", "all", "they",
               "he", "she", "her", "his", "him", "them", "their", "mum", "dad", "mums", "dads", "wor", "our", "im",
               "english", "gp", "nhs", "dr", "doctor", "mr", "mrs", "ms", "miss", "story", "referrals", "progress",
               "christmas", "march", "monday", "friday", "sunday", "saturday",
               "people", "nobody", "somebody", "someone", "everything", "anything", "something", "nothing", "data",
               "details", "account", "record", "new", "more", "info", "information", "stuff", "lot", "bit", "revoke", "cut", "kick", "switch", "close", "end", "withdraw",
               "disable", "delete", "every", "of", "to", "for", "from", "at", "in", "on", "off", "with",
               "too", "as", "well", "only", "not", "anymore", "see", "seeing", "access", "link", "links"}
_EVERYONE = re.compile(r"^\W*(?:every|all)\W*$|\b(?:every ?one|every ?body|every1|all (?:\w+ )?of (?:them|you)|"
                       r"both of them|both|others|all the links|all links|all the arrangements|all of it|"
                       r"all (?:of )?(?:them|the links?|links|the people|people)|"
                       r"(?:them|those) all|anyone|any ?body|nobody|no one|no-one|all the permissions)\b")


@dataclass(frozen=True)
class ViewerWish:
    kind: str                  # "name", "stop" or "who"
    name: str | None = None    # "Sam Jones", "Mick"
    relation: str | None = None  # "daughter", "support worker"
    days: int | None = None    # how long, when said
    story: bool = False        # the story itself too, not only the statuses
    everyone: bool = False     # a stop of everyone named

    def who(self) -> str:
        """How a sentence names them: "Sarah", "Sarah (daughter)", "your daughter"."""
        if self.name and self.relation:
            return f"{self.name} ({self.relation})"
        return self.name or (f"your {self.relation}" if self.relation else "")


# The words these wishes are read by: a misspelling of one is mended ("sned", "revoek", "husbnad")
_VOCABULARY = frozenset("""see seeing look looking view access link links send give cancel revoke remove
stop should shouldnt doesnt referrals referral progress people please week weeks month months husband
daughter neighbour friend brother sister partner permission allowed anymore everyone everybody""".split())


def _mend(word: str) -> str:
    """A misspelt wish word mended, as bot/conversation/meaning/plain.py mends reply words."""
    from bot.conversation.meaning.plain import _distance

    if len(word) < 4 or not word.isalpha() or word in _VOCABULARY:
        return word
    near = [known for known in _VOCABULARY if known[0] == word[0] and abs(len(known) - len(word)) <= 1
            and _distance(word, known) == 1]
    if len(near) != 1:
        return word
    from wordfreq import zipf_frequency

    return word if zipf_frequency(word, "en") >= 2.5 else near[0]


def _typed(text: str) -> str:
    """Lower case, apostrophes gone, common misspellings and text-speak mended, "4 2 wks" -> "for 2 weeks"."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    lowered = re.sub(r"(\w)'(\w)", r"\1\2", lowered)
    lowered = re.sub(r"([a-z])\1{2,}", r"\1\1", lowered)  # "weeek" -> "week"
    lowered = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", lowered)  # "daughter-in-law"
    lowered = re.sub(r"(?<=\d)(?=[a-z])", " ", lowered)  # "2wks" -> "2 wks"
    words = re.findall(r"[a-z0-9]+|[.,;:!?()]", lowered)
    out = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if word == "4" and (nxt.isdigit() or nxt in _NUMBERS or nxt in ("the", "how", "as")):
            out.append("for")
        elif word == "2" and (not nxt or nxt in ".,!?" or nxt in ("pls", "please")):
            out.append("too")
        elif word == "2" and nxt in ("see", "c", "look", "view", "be", "have", "know"):
            out.append("to")
        else:
            out.append(_TYPED.get(word) or _mend(word))
    return " ".join(out)


def _days(t: str) -> int | None:
    found = _PERIOD.search(t)
    if found is None:
        return None
    if found.group("fortnight"):
        return 14
    count = found.group("count")
    if count.isdigit():
        number = int(count)
    else:
        parts = count.split()
        number = _NUMBERS.get(count) or sum(_NUMBERS.get(p, 0) for p in parts)
    unit = found.group("unit").rstrip("s")
    unit = {"yr": "year", "mth": "month", "mnth": "month"}.get(unit, unit)
    if unit == "month" and number == 12:
        return 365
    return max(round(number * _UNIT_DAYS[unit]), 1) if number else None


def _story(t: str) -> bool:
    if not re.search(r"\bstor(?:y|ies)\b|\bmy (?:\w+ )?account\b|\baccount of things\b|"
                     r"\b(?:what|everything|all|things) (?:that )?(?:i|we|she|he|they|mum|dad) "
                     r"(?:told you|wrote|said|put|typed)\b", t):
        return False
    return not re.search(r"\bnot (?:my |the |her |his |their )?story\b|\bstory not\b|\bnot the story\b|"
                         r"\bwithout (?:my |the |her |his )?story\b|\bjust the progress\b", t)


# --- who is meant -------------------------------------------------------------------------------------

_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr")
_CAPITALISED = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?![a-z])(?:-[A-Z]?[a-z]+)?(?:'s\b|’s\b)?"
                          r"(?:\s+[A-Z][a-z]+(?![a-z])(?:-[A-Z]?[a-z]+)?(?:'s\b|’s\b)?)?(?!['’][a-z])")


def _names_in(original: str, start_words: set[str]) -> list[str]:
    """Personal names written with capitals in `original` ("Tom Fletcher", "Mr Patel", "Hannah" of
    "Hannah's"), in order. A word with a capital only because it starts a sentence ("Put Ahmed down",
    "Actually, ...") is a name only when it is not a common English word; a signature ("I, Margaret
    Dunn", "Signed, M. Dunn") and a place after "in" or "from" are no name."""
    found = []
    for match in _CAPITALISED.finditer(original):
        before = original[:match.start()]
        if re.search(r"(?:\bI,?|\bI am|[Ss]igned,?|[Ss]incerely,?|[Ff]aithfully,?|\b[A-Z]\.)\s*$", before) or \
                re.search(r"\b(?:in|from|to|at|near|of)\s*$", before) and not match.group(0).startswith(_TITLES):
            continue
        words = [re.sub(r"['’]s$", "", w) for w in match.group(0).split()]
        if not before.strip() or re.search(r"[.!?:;\u2014-]\s*$", before):  # a sentence's first word
            while words and not words[0].startswith(_TITLES) and _common(words[0]):
                words = words[1:]
        while words and words[0].lower().rstrip(".") in _NOT_A_NAME | start_words and \
                words[0].rstrip(".") not in _TITLES:
            words = words[1:]
        while words and (words[-1].lower() in _NOT_A_NAME or words[-1].lower() in _RELATION_WORDS):
            words = words[:-1]
        if words and words[-1].rstrip(".") not in _TITLES:
            found.append(" ".join(words))
    return found


def _a_name_typed(word: str) -> bool:
    """Whether a word typed in lower case may be a name: not a word that names something else ("medication",
    "diabetes", "download"): rarer in English than a common word, or a common given name, and no condition."""
    from wordfreq import zipf_frequency

    from bot.conversation.meaning.whose import _health_words

    return (word.isalpha() and len(word) > 1 and not not_a_name(word) and word not in _health_words()
            and (word in _GIVEN or zipf_frequency(word, "en") < 4.0))


def not_a_name(word: str) -> bool:
    """Whether `word` cannot be part of a person's name ("remove", "him", "ok", "please")."""
    lowered = word.lower().strip(".,!")
    return lowered in _NOT_A_NAME or lowered in _NOT_NAMES_AT_START or lowered in _PRONOUNS or \
        lowered in {"ok", "okay", "yes", "no", "yeah", "cancel", "thanks", "sure", "fine", "right"}


def _common(word: str) -> bool:
    """A word written often enough in English that a capital at a sentence's start does not make it a name."""
    from wordfreq import zipf_frequency

    lowered = word.lower()
    return lowered in _NOT_NAMES_AT_START or zipf_frequency(lowered, "en") >= 4.8 and lowered not in _GIVEN


# Given names as common as English words: kept as names at a sentence's start
_GIVEN = frozenset("""sam mark tom will bill jack rose grace joy hope bob pat ken dan ben max ray amy kate jo chris dave
john james paul peter david mike mary sarah karen linda ryan jay sue steve tony gary kevin lisa emma lucy anne ann
jean maria anna alex sophie ellie michael ian joe pete jamie mo jim tim andy nick matt adam luke jake josh dan danny
simon richard robert rob bob george harry charlie jack oliver jacob thomas william daniel jo joanne jenny julie helen
claire kate katie laura rachel rebecca hannah amy chloe megan jade holly ruth margaret pat pauline patricia barbara
susan sue carol christine angela janet elaine diane sandra tracey wendy kim leanne nicola michelle louise sharon
donna dawn gemma jess jessica amber lily mia ava zara aisha fatima omar ali ahmed mohammed muhammad hassan tariq
priya raj ravi sunil anil amit neil phil carl craig lee dean shaun sean liam connor kyle callum jordan lewis mo""".split())
# Words that start a request with a capital and are no name
_NOT_NAMES_AT_START = frozenset("""shut lock put set get give let add remove cancel stop take send show tell list turn
switch cut kick delete end allow include keep make please kindly could would can hi hiya dear further yours signed
thanks sorry also just now well yes ok okay both every none whole actually right there how when what where why who
which if is are was has have do does did will shall may might mum dad nan gran lowkey honestly basically hed shed id
ill im ive its thats theres whats shes hes theyre were youre dont cant wont didnt isnt wait ngl tbh""".split())


_RELATION_WORDS = {w for r in RELATIONS for w in r.split()}
_SERVICE = re.compile(r"\b(?:council|nurses?|gp|doctors?|surgery|team|services?|benefits?|employment|adaptations?|"
                      r"assessment|social care|ot|physio\w*|hospital|clinic|dwp|housing|district|welfare|advis[eo]rs?|"
                      r"practice|jobcentre|nhs|carers? centre|support|department|office|agency|nursing|community)\b")


def _who(span: str, t: str, original: str) -> tuple[str | None, str | None]:
    """(name, relation) of the one `span` (lower case) speaks of; a pronoun finds them earlier in `t`."""
    span = re.sub(r"^(?:please|pls|also|and|just|then|so)\s+", "", span.strip(" ,.;:"))
    span = re.sub(r"\s+(?:please|pls|asap|too|as well|also|now)$", "", span)
    span = re.sub(r"\s+(?:access|link|links|permission)$", "", span)
    words = span.split()
    if not words:
        return None, None
    if words[-1] in _PRONOUNS and not _names_in(" ".join(words), set()) and not (
            len(words) > 1 and words[-2] in _RELATION_WORDS):  # "Tom Fletcher is my support worker, can he see it"
        said = [m.start() for m in re.finditer(rf"\b{words[-1]}\b", original, re.I)]
        before = original[:said[-1]] if said else original
        name, _ = _first_person(before)  # "ravi is my mates dad", "leanne and me fell out"
        return name, _relation_in(_typed(before), _MALE if words[-1] in ("he", "him", "his") else
                                  _FEMALE if words[-1] in ("she", "her", "hers") else None)
    if set(words) <= _SELF:
        return None, None
    relation = _relation_in(span)
    if relation is None and _SERVICE.search(span) and not _names_in(original, set()):
        return None, None  # "the council", "employment support": a service, not a person
    names = [n for n in _names_in(original, set()) if n.lower() in span or n.lower().split()[-1] in span.split()]
    if names and _SERVICE.search(names[-1].lower()):
        return None, None  # "Riverside Surgery", "Leeds Council": a service, not a person
    if names:
        return names[-1], relation
    rest = [w for w in re.sub(rf"\b(?:my|the|a|our|his|her|their|mums?|dads?|wifes?|husbands?|wor|from|at|of)\b|"
                              rf"\b(?:{_RELATION})s?\b", " ", span).split() if w not in _NOT_A_NAME and w.isalpha()]
    if relation is None and len(rest) in (1, 2) and all(_a_name_typed(w) for w in rest):
        return " ".join(w.capitalize() for w in rest), None  # "mick", "sam jones": names typed in lower case
    if relation is not None and len(rest) == 1 and rest[0].isalpha() and len(rest[0]) > 2 and _a_name_typed(rest[0]):
        return rest[0].capitalize(), relation  # "my sister jo", "jamie (my bf)"
    return None, relation


_MALE = frozenset("son brother husband dad father grandson godson uncle nephew boyfriend grandad grandpa stepson "
                  "son in law brother in law father in law foster dad landlord".split(" "))
_FEMALE = frozenset("daughter sister wife mum mam mom mother granddaughter goddaughter aunt auntie niece girlfriend "
                    "nan gran grandma stepdaughter daughter in law sister in law mother in law foster mum landlady".split(" "))


def _relation_in(text: str, not_of: frozenset[str] | None = None) -> str | None:
    """The last relationship said ("dad has a new team so his old care coordinator": care coordinator);
    for "he" or "she", the last that could be them (`not_of`: the relationships of the other sex)."""
    other = (_FEMALE if not_of is _MALE else _MALE) if not_of is not None else frozenset()
    found = [m.group(0) for m in re.finditer(rf"\b(?:{_RELATION})\b", text) if m.group(0) not in other]
    return found[-1] if found else None


def _first_person(text: str) -> tuple[str | None, str | None]:
    """The first person a message speaks of: a name with capitals, or "linda was...", or a relationship."""
    names = _names_in(text, set())
    typed = re.match(r"^\W*([a-z]+) (?:is|was|and me|and i|has|had) (?:my|our|meant|fell|fallen|been|not|left|gone|"
                     r"moved|stopped|finished)\b", text)
    name = names[0] if names else (typed.group(1).capitalize() if typed and typed.group(1) not in _NOT_A_NAME
                                   and typed.group(1) not in _RELATION_WORDS else None)
    found = re.search(rf"\b(?:{_RELATION})\b", _typed(text))
    return name, found.group(0) if found else None


# --- the wishes -----------------------------------------------------------------------------------------

_SEE = r"(?:see|seeing|look|looking|view|viewing|follow|track|keep (?:an eye|tabs)|check|know|have a look|" \
       r"look in|access|get access|have access|be in on|in on|get (?:the )?updates|get (?:the )?link|be told|hear|" \
       r"be updated|be kept (?:informed|in the loop|up to date|posted|updated)|be (?:included|added|a viewer|put on))"
_NOT_SELF = r"(?!i\b|we\b|you\b|me\b|us\b|be\b|able\b|also\b|still\b|it\b|this\b)"
_WHO = [  # who can see it
    re.compile(r"(?<!people )(?<!someone )(?<!anyone )(?<!person )(?<!persons )(?<!one )(?<!those )(?<!somebody )"
               r"(?<!anybody )(?<!everyone )(?<!everybody )(?<!friend )(?<!family )(?<!worker )(?<!lady )(?<!man )"
               r"(?<!woman )(?<!relative )(?<!member )"
               r"\b(?:who|whose|who is)\b(?!.*\bhas (?:got )?(?:my|the|her|his) story\b)(?!.*\b(?:services?|teams?)\b).*"
               r"\b(?:see|look|view|access|seeing|allowed|link|links|added|given|let|shared|permission|watching|got|gets|"
               r"updates|on (?:my|the) list|on it|on there)\b"),
    re.compile(r"\bhow many (?:people|persons|of them|others)\b|\b(?:which|what) (?:persons|people|of my family|of them|"
               r"family)\b.*\b(?:see|look|view|access)\b|\bwhen (?:does|will|do) .+?s? (?:access|link) (?:run out|end|"
               r"stop|expire|finish)\b|\bhow long (?:has|does|is) .+? (?:got )?(?:left|have)\b|"
               r"\b(?:did|have) (?:i|we) (?:give|given|let|add|added) .+? (?:access|see|look|the link)\b.*\bor not\b|"
               r"\bstill (?:on it|on there|on the list|got access|have access|has access|can see|able to see)\b.*"
               r"(?:\?|\bor not\b)|\b(?:people|anyone) with access\b\W*$|\bstill can (?:see|look)\b|"
               r"\bare there (?:still )?(?:\w+ )?(?:people|persons|others)\b|\bmy viewers\b|"
               r"^\W*(?:did|have|had) (?:i|we) (?:ever )?(?:add|added|give|given|let|allow|allowed|include|included|set up)\b.*"
               r"(?:\?|\bor not\b|\bin the end\b)|\bwhich of (?:my|the|them|our)\b.*\b(?:see|look|view|access|follow|"
               r"track|keep)\w*\b"),
    re.compile(r"\b(?:is|are|has|have|does|do|can|could) (?:i |we )?(?:let |given |added )?(?:anyone|any one|anybody|"
               r"people|somebody|someone|any others?)(?: else)?\b.*\b(?:able to|allowed|see\w*|look\w*|view\w*|access|link|"
               r"get\w* (?:my |the )?updates)\b"),
    re.compile(r"\b(?:which|what) people\b.*\b(?:see|look|view|access)\b|\blist (?:the |all the )?people\b"),
    re.compile(rf"^\W*(?:does|is|can|has|have|are)\s+{_NOT_SELF}.+?\s+still\s+(?:able|allowed|got|have|has|see|look|view|"
               rf"access|got access|on)\b"),
    re.compile(r"\b(?:have|did) (?:i|we) (?:let|given?|added|allowed|shared (?:it|this|my \w+) with) (?:anyone|anybody|"
               r"someone|somebody|people|any one)\b"),
]
_ACCESS = r"(?:access|link|links|permission|permissions)"
_STOP = [
    re.compile(r"\b(?:cancel|stop|end|remove|undo|delete)\s+(?:what|the thing|the link|the access|everything|the one)\s+"
               r"(?:i|we)\s+(?:set up|gave|made|did|sent)\s+(?:for|to)\s+(?P<who>[^.,!?;]+)"),
    re.compile(r"\b(?:rescind|revoke|withdraw|remove|cancel|end|stop)\s+(?:the\s+)?(?:access|link|permission|consent)\s+"
               r"(?:granted|given|sent)\s+(?:to|for)\s+(?P<who>[^.,!?;]+)"),
    re.compile(r"\b(?P<who>she|he|they)\s+can be (?:removed|taken off|stopped|cut off)\b|\b(?:cancel|remove|stop|end|"
               r"revoke)\s+(?P<who2>hers|his|theirs)\b"),
    re.compile(r"\b(?:nobody|no one|no-one)\b(?:\s+\w+)?\s+(?:can|could|should|to|may|must)\s+(?:see|look|view)\b"),
    re.compile(r"\b(?:do not|dont|stop|no more|never)\s+(?:send|sending|giving|give)\s+(?!me\b)(?P<who>[^.,!?;]+?)\s+"
               r"(?:the\s+|any\s+|more\s+)?(?:updates|news|links?)\b|\b(?:stop|no more|cancel|end)\s+(?:the\s+)?"
               r"(?:updates|news)\s+(?:to|for)\s+(?P<who2>[^.,!?;]+)"),
    re.compile(r"\b(?:do not|does not|never|dont|doesnt)\s+(?:want|wish for|like)\s+(?P<who>[^.,!?;]+?)\s+(?:to\s+)?"
               r"(?:be able to\s+)?(?:see|look|view|have|having|access|know|seeing|looking|viewing)\w*\b"),
    re.compile(r"\b(?:cancel|turn off|switch off|stop|end|remove|revoke|delete|disable|kill|close)\s+(?P<who>[a-z]+)s\s+"
               r"(?:link|access)\b|(?:^|[.,!?]\s*)(?:my\s+\w+\s+)?(?!mum|dad|mam|nan|gran)(?P<who2>[a-z]+)s\s+(?:link|access)\b.*\b(?:cancel|"
               r"stop|end|off|switch|turn|revoke|remove|close|no longer|not need)\w*"),
    re.compile(r"\b(?P<who>her|his|their)\s+(?:link|access)\s+(?:should|can|must|needs to|to)\s+(?:stop|end|go|be "
               r"(?:stopped|ended|cancelled|removed|switched off|turned off))\b"),
    re.compile(r"(?:^|[.,!?]\s*)(?:but\s+)?(?:i would rather|i had rather|rather)\s+(?P<who>she|he|they)\s+(?:did not|didnt|"
               r"does not|doesnt|not)\b"),
    re.compile(r"(?:^|[.,!?]\s*)(?!cut\b|kick\b|take\b|turn\b|switch\b|boot\b|log\b|sign\b|fell\b|falling\b|"
               r"chuck\b|buzz\b|be\b|get\b)(?P<who>[a-z]+|(?:my|the|his|her|our)\s+\w+(?:\s+\w+)?)\s+(?:off|out)\s*(?:please|now|"
               r"asap)?\b(?!.*\b(?:see|look)\b)"),
    re.compile(r"\b(?:end|stop|cancel|close) it (?:now|early|today)\b|\bstop it early\b"),
    re.compile(rf"\b(?:stop|block|prevent)\s+{_NOT_SELF}(?P<who>[^.,!?;]+?)\s+(?:from\s+)?(?:seeing|looking|viewing|having|"
               rf"accessing|getting|see|look|view)\b"),
    re.compile(rf"\b(?:stop|end|cancel|revoke|withdraw|remove|delete|disable|kill|deactivate|switch off|turn off|"
               rf"take away|get rid of|take back)\s+(?:the\s+)?{_ACCESS}\s+(?:of|for|to|from|i gave(?: to)?|we gave(?: to)?|"
               rf"you gave(?: to)?|i sent(?: to)?)\s+(?P<who>[^.,!?;]+)"),
    re.compile(rf"\b(?:revoke|withdraw|cancel|remove|delete|disable|end|take away|stop|kill|get rid of|take back)\s+"
               rf"(?P<who>[^.,!?;]+?)s?\s+{_ACCESS}\b"),
    re.compile(r"\b(?:cut|kick|take|boot|chuck)\s+(?P<who>[^.,!?;]+?)\s+(?:off|out)\b|\b(?:cut off|kick off|kick out|boot off|"
               r"take off|unshare(?: with)?|block)\s+(?P<who2>[^.,!?;]+)"),
    re.compile(r"\b(?:remove|delete|take)\s+(?P<who>[^.,!?;]+?)\s+(?:off|of|from)\s+(?:the|my|this)\s+(?:list|page|link|"
               r"access|people)\b"),
    re.compile(r"\bno (?:more|longer any) (?:access|link|looking|seeing)\s+(?:for|by)\s+(?P<who>[^.,!?;]+)"),
    re.compile(r"\b(?:do not|never|dont)\s+(?:want|let)\s+(?P<who>[^.,!?;]+?)\s+(?:to\s+)?(?:be able to\s+)?(?:see|look|view|"
               r"have|having|access|know)\w*\b(?:.*\b(?:anymore|any more|again|now|no more)\b)?"),
    re.compile(rf"^(?:but\s+|and\s+|so\s+|please\s+)?(?P<who>{_NOT_SELF}[^.,!?;]+?)\s+(?:should not|shouldnt|cannot|can not|"
               rf"is not allowed to|is no longer allowed to|must not|no longer needs to|does not need to|do not need to|"
               rf"no longer|is not to|isnt to|not)\s+(?:be able to\s+)?(?:see|look|view|have|access)\w*\b"),
    re.compile(r"\b(?:changed my mind|change my mind|rethink|rethought|thought better) about (?:letting |giving |"
               r"sharing with |sharing it with )?(?P<who>[^.,!?;]+?)(?:\s+(?:see|seeing|have|having|look|looking|access)\b|$|[.,!?])"),
    re.compile(r"\b(?:i )?no longer want\s+(?P<who>[^.,!?;]+?)\s+to\s+(?:see|look|view)\b"),
    re.compile(r"\b(?:want|wish|like)\s+(?P<who>nobody|no one|no-one)\b.*\b(?:see|look|view)\b|"
               r"^(?P<who2>nobody|no one|no-one) (?:else )?(?:should|can|to|must)\b"),
    re.compile(r"\b(?P<who>(?:my|the)\s+\w+(?:\s+\w+)?)\s+(?:not|no)\s+(?:look|see|view)\w*\b.*\b(?:anymore|any more)\b"),
    re.compile(r"(?:^|[.,!?]\s*|\band\s+|\bso\s+)(?:please\s+)?(?P<who>[^.,!?]+?)\s+(?:cannot|can not|must not|mustnt|"
               r"should not|is not allowed to|not allowed to|is not|not|no longer|does not get to|do not get to|never|"
               r"does not need|do not need|doesnt need|does not want|do not want)\s+"
               r"(?:need\s+|needs\s+|be able to\s+|allowed\s+|allowed to\s+|to\s+)?(?:to\s+)?(?:see|look|view|have|get|check|"
               r"follow|track|know|be on|"
               r"\w+\s+link|\w+\s+access|the link|access|updates|the updates)\w*\b"
               r".*\b(?:anymore|any more|no more|from now on|now|again)\b"),
    re.compile(r"(?:^|[.,!?]\s*)(?P<who>[^.,!?]+?)\s+should stop (?:to\s+)?(?:see|look|view)\w*\b"),
    re.compile(r"\b(?:no|not one|not a) (?:one|single person|body|person)\b.*\b(?:should|can|to|must)\s+(?:see|look|view)|"
               r"\b(?:want|wish|wish for) (?P<who>nobody|no one|anybody|anyone)(?: else)? to (?:see|look|view)\b.*"
               r"\b(?:no longer|not|anymore|any more)\b|\bno longer (?:want|wish|wish for) (?:anybody|anyone|any one)\b"),
    re.compile(r"\b(?:close|shut|turn off|switch off|cancel|end|stop|remove|revoke|delete|disable|kill)\s+(?:all|every)\b"
               r"(?:\s+(?:the|of the|my))?\s+(?:links?|access|permissions?)\b"),
    re.compile(r"\b(?:turn off|switch off|cancel|stop|end|remove|revoke|delete|disable|take|kill)\s+(?P<who>all (?:of )?"
               r"(?:the |my )?(?:links?|permissions|access|them)|the links|every ?one|every ?body|every1|everyone|"
               r"them all|all of them|all \w+ of them)\b"),
    re.compile(r"^\W*(?:please\s+)?(?:remove|revoke) (?P<who>[a-z]+(?: [a-z]+)?)\s*\W*$"),
    re.compile(r"\b(?:remove|revoke|cut off|block|delete|stop)\s+(?P<who>him|her|them)\b(?!\s+(?:see|look|view|have))"),
]
_NAME = [
    re.compile(rf"\b(?:let|allow)\s+{_NOT_SELF}(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){{0,4}}?)\s+(?:to\s+)?(?:be able to\s+)?(?:{_SEE}|have)\b"),
    re.compile(rf"\b(?:can|could|may|should)\s+{_NOT_SELF}(?!anyone\b|anybody\b)(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){{0,4}}?)\s+(?:please\s+)?"
               rf"(?:be able to\s+|also\s+|now\s+)?{_SEE}\b"),
    re.compile(rf"\b(?:want|would like|would love|d like|like|wants|happy for|fine for|ok for|okay for|glad for|"
               rf"better if|rather)\s+(?!to\b){_NOT_SELF}(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){{0,4}}?)\s+(?:to|could|can|would|will)\s+(?:be able to\s+|"
               rf"also\s+)?(?:{_SEE}|have)\b"),
    re.compile(rf"(?:^|[.,!?;]\s+|\band\s+|\bso\s+|\bthat\s+)(?P<who>{_NOT_SELF}(?!can\b|could\b)[^.,!?;]+?)\s+(?:can|"
               rf"could|should|needs to|need to|wants to|would like to|is able to|may|is allowed to|has my permission to|"
               rf"has permission to|is ok to|is okay to)\s+(?:also\s+|still\s+)?(?:be able to\s+)?{_SEE}\b"),
    re.compile(rf"(?:^|[.,!?;]\s+)(?P<who>{_NOT_SELF}[^.,!?;]+?)\s+(?:wants|needs|would like|is asking for|asked for)\s+"
               rf"(?:access|the link|a link|to see|to have a look)\b"),
    re.compile(rf"\b(?:grateful|good|nice|helpful|happy|pleased|better|great) if\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){{0,4}}?)\s+(?:could|can|would|were "
               rf"able to|was able to)\s+(?:be able to\s+)?{_SEE}\b"),
    re.compile(r"\bgive\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)\s+(?:access|permission|the link|a link|a look|updates|the updates)\b"),
    re.compile(r"\b(?:send|give|forward)\s+(?!me\b|us\b)(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)\s+(?:the\s+|my\s+)?(?:updates|news|progress)\b|"
               r"\b(?:send|give|forward)\s+(?:the\s+|my\s+)?(?:updates|news|progress|link)\s+to\s+(?P<who2>[^.,!?;]+)|"
               r"\b(?:updates|access|the link|a link|permission)\s+for\s+(?P<who3>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)(?:\s+to\s+\w+.*|\s+please|\s*$)"),
    re.compile(r"\bkeep\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)\s+(?:in the loop|informed|posted|updated|up to date)\b|"
               r"\bput\s+(?P<who2>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)\s+on\s+(?:it|the list|my list|there)\b|"
               r"\bset\s+(?P<who3>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)\s+up\b|"
               r"(?:^|[.,!?]\s*)(?P<who4>(?!i\b|we\b)[^.,!?;]+?)\s+to (?:have|get) (?:access|the link|a link|updates)\b"),
    re.compile(rf"\b(?:give|grant)\s+(?:permission|access|the link|a link)\s+(?:to|for)\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){{0,4}}?)(?:\s+to\s+{_SEE}\b|"
               rf"\s*[,.!?]|\s+(?:please|for|too|as well)\b|$)"),
    re.compile(r"\b(?:send|make|create|set up|get)\s+(?:a |the )?link\s+(?:for|to)\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)(?:\s+(?:please|for|"
               r"too|so|to)\b|[.,!?]|$)|\bsend\s+(?P<who2>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)\s+(?:a|the)\s+link\b"),
    re.compile(r"\b(?:share|show)\s+(?:it|this|that|the\s+progress|my\s+progress|the\s+referrals|my\s+referrals|"
               r"her\s+referrals|his\s+referrals|the\s+pathway|my\s+pathway|the\s+updates|the\s+statuses|everything|"
               r"how\s+it\s+is\s+going)\s+with\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)(?:\s+(?:please|for|too|as well)\b|[.,!?]|$)"),
    re.compile(r"^\W*(?:please\s+|can you\s+|could you\s+|i want to\s+|i would like to\s+|id like to\s+)?"
               r"(?:add|include)\s+(?!that\b|this\b|something|anything|more\b|a\b|an\b|some\b|new\b|my (?:new|latest|"
               r"health|medic|allerg|story|address|phone|number|details)\w*)(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)(?:\s+(?:please|too|as well|for|to)\b.*)?\s*[.!?]?$"),
    re.compile(r"\bopen (?:it|this|them) up to\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){0,4}?)(?:\s+(?:please|for|too)\b|[.,!?]|$)"),
    re.compile(rf"\barrange for\s+(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){{0,4}}?)\s+to\s+{_SEE}\b"),
    re.compile(rf"\b(?:is|would|will|be) (?:it )?(?:be )?possible (?:for |that )?(?P<who>[^.,!?;\s]+(?:\s+[^.,!?;\s]+){{0,4}}?)\s+(?:to\s+|can\s+|could\s+)?"
               rf"(?:be able to\s+)?{_SEE}\b"),
    re.compile(rf"^(?P<who>(?:my|the)\s+.+?)\s+(?:asked|wants to know|asked me)\s+(?:if|whether)\s+(?:she|he|they)\s+"
               rf"(?:could|can|may)\s+{_SEE}\b"),
    re.compile(rf"\b(?P<who>[a-z]+)\s+needs?\s+to\s+{_SEE}\b"),
]
# What is to be seen must be the referrals, their progress, the pathway, or "it": not a service's name
_ABOUT_PROGRESS = re.compile(r"\b(?:referrals?|progress|pathway|stuff|updates?|story|statuses|it|this|everything|"
                             r"all|whole thing|how|where|what is (?:happening|going on)|what happens|happening|things|tabs|"
                             r"going on|links?|access|permission|the list|whats)\b")
_NOTHING_SAID = re.compile(r"^\W*(?:(?:for|4)\s.*|please|pls|too|as well|now)?\W*(?:please)?\W*$")


def _about_progress(t: str, found: re.Match[str]) -> bool:
    """Whether what is to be seen is the referrals (or "it"): said after the wish, or nothing said after a
    bare "let my daughter see (for 90 days)", "add chris", "can she look?" (then said anywhere)."""
    if _ABOUT_PROGRESS.search(t[found.start():]) or re.search(r"\b(?:add|include|link|access|permission)\b", found.group(0)):
        return True
    after = _PERIOD.sub(" ", t[found.end():])
    return bool(_NOTHING_SAID.match(after))  # "can she look (for a week)?", "let my daughter see"


_NOT_OURS = re.compile(r"\b(?:send|sending|sent)\s+(?:my|her|his|the|dads|mums)?\s*story\s+to\b|"
                       r"\b(?:change|update|my pin|stop sharing|delete (?:my|the|her|his) story)\b|"
                       r"\b(?:can|could|may) (?:i|we) (?:see|look|view|have a look)\b|\blet (?:me|us) (?:see|look|view)\b|"
                       r"^\W*(?:i|we) (?:want|would like|need|wish) to (?:see|look|view|know|check)\b|"
                       r"\bshow me (?:my|the)\b(?! viewers)")


def viewer_wish_of(text: str) -> ViewerWish | None:
    """The wish about who else may see the referrals in `text`, or None if it is not one."""
    t = _typed(text)
    if not t or _NOT_OURS.search(t):
        return None
    for pattern in _STOP:
        found = pattern.search(t)
        if found is None or _SEEING_SOMEONE.search(t[found.start():found.end() + 20]):
            continue
        span = next((g for g in found.groups() if g), "")
        if not span:  # "end it now", "revoke all access": whoever the message names, else everyone
            name, relation = _first_person(text)
            if name or relation:
                return ViewerWish("stop", name, relation)
            if _OF_VIEWERS.search(t) or re.search(r"\b(?:access|links?|permissions?)\b", t):
                return ViewerWish("stop", everyone=True)
            continue
        if _EVERYONE.search(span) or re.search(r"\b(?:links?|permissions)\b", span):
            if _OF_VIEWERS.search(t) or re.search(r"\b(?:access|links?|permissions?|seeing|see|looking|follow\w*)\b", t):
                return ViewerWish("stop", everyone=True)
            continue
        name, relation = _who(span, t, text)
        if name or relation:
            return ViewerWish("stop", name, relation)
    for pattern in _WHO:
        if pattern.search(t):
            return ViewerWish("who")
    unnamed = None
    for pattern in _NAME:
        found = pattern.search(t)
        if found is None or not _about_progress(t, found) or _SEEING_SOMEONE.search(t[found.start():]):
            continue
        span = next((g for g in found.groups() if g), "")
        name, relation = _who(span, t, text)
        if name or relation:
            return ViewerWish("name", name, relation, _days(t), _story(t))
        if span.split()[-1:] and span.split()[-1] in _PRONOUNS:  # "can she see it": whom, asked (unless said later)
            unnamed = unnamed or ViewerWish("name", None, None, _days(t), _story(t))
    guessed = _by_kind(t, text) if not _SEEING_SOMEONE.search(t) else None
    return guessed if guessed is not None and (guessed.name or guessed.relation or not unnamed) else unnamed


# Seeing someone, or looking after them, is no viewing of the referrals: "my daughter can't see me often",
# "my husband can't look after me anymore", "I want to be able to see my friends again"
_SEEING_SOMEONE = re.compile(r"\b(?:see|seeing|seen|look|looking|visit|visiting)\w*\s+(?:after|out for|to)\b|"
                             r"\b(?:see|seeing|seen|visit|visiting)\s+(?:me|us|my (?:friends|family|grand\w+|mum|"
                             r"dad|kids|children)|friends|people|the (?:doctor|gp|nurse|dentist)|a doctor|outside)\b")
# Words that say it is about the people who see the referrals, not the services or one's own link
_OF_VIEWERS = re.compile(r"\b(?:links|viewers?|(?:their|the|all|every) (?:links?|access)|(?:every ?one|every ?body|anyone|"
                         r"nobody|no one|both|others)\b.*\b(?:see|seeing|look|looking|view|follow|following|link|access|"
                         r"on it|on there)|people i (?:added|named|let|gave))\b")
# Words without which no message is taken as a wish about viewers on the classifier's word alone
_VIEWING = re.compile(r"\b(?:see|seeing|look|looking|view|viewing|viewer|follow|following|track|keep|check|link|"
                      r"links|access|updates?|loop|posted|informed|progress|referrals?|it|them|on there|on it|"
                      r"off|permission|sight|visible|watch|watching)\b")


def _by_kind(t: str, original: str) -> ViewerWish | None:
    """A wish no rule reads, by the classifier's kind (bot/conversation/meaning/viewer_kinds.py), with
    whoever the message names; a stop that names nobody and not everyone names nobody (the caller
    asks whom)."""
    from bot.conversation.meaning.viewer_kinds import kind_of

    if not _VIEWING.search(t):
        return None
    kind = kind_of(t, _typed)
    if kind == "none":
        return None
    if kind == "who":
        return ViewerWish("who")
    name, relation = _anyone(t, original)
    if kind == "name" and not (name or relation or re.search(r"\b(?:he|she|they|him|her|them)\b", t)):
        return None  # nobody named: not a wish to let someone see ("I want to see my referrals")
    if kind == "stop":
        everyone = bool(_EVERYONE.search(t) and _OF_VIEWERS.search(t)) and not (name or relation)
        if not (name or relation or everyone):
            return None  # "i lost the link", "turn it all off": nobody to stop (never everyone by guess)
        return ViewerWish("stop", name, relation, everyone=everyone)
    return ViewerWish("name", name, relation, _days(t), _story(t))


def _anyone(t: str, original: str) -> tuple[str | None, str | None]:
    """Whoever a message names: a name written with capitals (not a service's), else one typed in
    lower case after "add", "let", "for"...; and the last relationship said (not "mums" as in "mums
    referrals")."""
    names = [n for n in _names_in(original, set()) if not _SERVICE.search(n.lower())]
    if not names:
        after = re.search(rf"\b(?:add|let|allow|give|gave|remove|cancel|stop|block|include|for|with|to|about|so|"
                          rf"{_RELATION})\s+([a-z]{{3,}})\b", t)
        if after and after.group(1) not in _NOT_A_NAME and after.group(1) not in _RELATION_WORDS and \
                _rare(after.group(1)):
            names = [after.group(1).capitalize()]
    relations = [m.group(0) for m in re.finditer(rf"\b(?:{_RELATION})(?:s(?!\s+(?:referrals?|link|access|story|stuff|"
                                                   rf"progress|care|carer|too)\b))?\b", t)]
    relations = [r[:-1] if r.endswith("s") and r[:-1] in RELATIONS else r for r in relations]
    subject = re.search(r"\b(?:can|could|may|should|will|would|does|is|let|allow|add)\s+(he|she|him|her)\b|"
                        r"\b(he|she)\s+(?:can|could|wants|would|needs|is|has|should|may)\b", t)
    if subject:  # "can he get his own link to her referrals": not mum
        he = (subject.group(1) or subject.group(2)) in ("he", "him")
        relations = [r for r in relations if r not in (_FEMALE if he else _MALE)] or relations
    return (names[-1] if names else None), (relations[-1] if relations else None)


def _rare(word: str) -> bool:
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(word, "en") < 4.5)
