"""What a carer's replies mean at the questions about whose story it is: the person's name, how the
carer is related to them, on what basis the carer speaks for them, their age, and whether they know.
`carer_answer(key, text)` reads the reply to one of `bot.conversation.questions.CARER_QUESTIONS`."""
from __future__ import annotations

import re

from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.words import (
    is_done,
    is_help,
    is_keyboard_mash,
    looks_like_code,
    numbers_said,
    plain_yes,
)
from bot.conversation.questions import BASIS_CHOICES, RELATIONSHIPS

# The words a carer uses for the person: "mum", "my mam", "nan", "hubby".
_KIN = (r"husband|wife|partner|mum|mam|mother|mom|mammy|mummy|dad|da|father|daddy|son|daughter|brother|sister|nan|nana|"
        r"nanna|nain|gran|granny|grandma|grandad|granda|grandpa|taid|grandmother|grandfather|friend|neighbour|neighbor|"
        r"aunt|auntie|aunty|uncle|cousin|niece|nephew|hubby|missus|boy|girl|child|kid|bairn|wean|client|fiance|fiancee|"
        r"lad|lass|laddie|lassie|"
        # "Its ma man, Wullie Baird" (a stranger, session 39: the name was "Ma" in every reply after)
        r"man|fella|feller|bloke|other half")
# "Mum's name is Jean", "my mums name is jean", "nan is called winnie", "we call him bill", "everyone knows her
# as Babs", "his name Ahmed", "She name is Fatima", "just mum": the words before the name.
_NAME_SAID = re.compile(
    rf"^\W*((well|ok|oh|so|yes|sure|hi|hello|it is|its|it's|just|erm|um|uh|er|ah|right|aye|sorry|dear)[\s,]+)*("
    rf"((my|his|her|their|our|the)\s+)?({_KIN})\s*('\s*)?s?\s+(full\s+|first\s+|real\s+)?name\s*('\s*s|s|is|be|:)?|"
    rf"((my|his|her|their|our)\s+)?({_KIN})('?s)?\s+(is\s+)?called|"
    rf"(we|i|everyone|everybody|people|the family|most people|family|friends)(\s+(just|all|always|usually))?\s+"
    rf"(call|calls|know|knows|called)\s+(him|her|them)(\s+as)?|(you can\s+|just\s+|please\s+)?call\s+(him|her|them)|"
    rf"(his|her|their|she|he|the)\s+(full\s+|first\s+)?name(\s*('\s*s|s|is|was|be|:))?|just)\b[\s,:]*",
    re.IGNORECASE)
# Not a name, whatever its case: "i'd rather not say", "mind your own", "pass", "does it matter", "private".
_REFUSED = re.compile(r"\b(rather not|prefer not|(i )?do not know|no idea|not sure|not (telling|saying|giving|going to (say|tell|give))|mind your own|"
                      r"none of your|(your|ur) business|why (do|would|should) you|does it matter|not comfortable|"
                      r"(do not|does not|would not|will not|cannot|can not) (want|wish|like|give|say|tell)|"
                      r"private|confidential|secret|not (say|give)|no comment|pass|skip|anonymous|not important)\b")
_NEVER_NAMES = frozenset("""not no rather prefer say saying tell telling you your that this does do did it matter mind own
pass skip for private why what who how when where which want know sure none secret confidential comfortable giving give
would should could there here about with from of to in on at by an nobody someone somebody person patient needs need
because as if so also only well nothing idea business yes yeah yep nope ok okay thanks please sorry hello hi
dunno same already told said idk has have had is was got gets been keeps can cant cannot does did will would
dementia alzheimers unwell ill im i ive""".split())  # "its my husband, im his wife" was named "Im" (a stranger, session 21)
_NAME_LEAD = re.compile(
    r"^\W*((well|ok|oh|so|yes|sure|hi|hello|erm|um|uh|er|ah|right|aye|sorry|dear)[\s,]+)*((their|his|her|the)\s+(full\s+)?name\s*(is|'\s*s|s)|"
    r"(he|she|they)\s*(is|s|are)\s+called|(he|she|they)\s*'?\s*(is|s|are)|(it|its|it's|that)\s*'?\s*(is|s)?|"
    r"(my\s+name\s+is|i\s*am|i'm|im|call\s+me|this\s+is|name\s*:|called|name\s+is|name|for(?=\s+[^\W\d_]))|"
    r"(my|his|her|their)\s+(husband|wife|partner|mum|mother|mom|dad|father|son|daughter|brother|sister|nan|nanna|gran|"
    r"granny|grandma|grandad|grandpa|grandmother|grandfather|friend|neighbour|neighbor|aunt|auntie|uncle|"
    r"cousin|niece|nephew|hubby|missus|boy|girl|child|kid|client|fiance|fiancee))\b[\s,:]*",
    re.IGNORECASE)
_NOT_NAMES = {"his", "her", "their", "he", "she", "they", "hes", "shes", "he's", "she's", "it", "its", "my",
              "me", "i", "yes", "no", "ok", "the", "a", "is", "called", "name", "them", "him", "mr", "mrs",
              "ms", "miss", "dr", "and", "husband", "wife", "mum", "dad", "son", "daughter",
              "yeh", "yeah", "yep", "yup", "ye", "aye", "nah", "nope", "okay",
              "oh", "ah", "um", "erm", "er", "uh", "hmm", "well", "dear", "sorry",  # "Oh no dear, I do not care for anybody"
              # what carries the talk on after a name ("Fiona. honestly I cannae cope", "Fiona, tbh im not coping"): the
              # carer was named "Fiona Honestly" (a stranger, session 22)
              "honestly", "tbh", "ngl", "lol", "to", "anyway", "but", "just", "really", "actually", "though"}
# What follows a name and is none of it: "frank has parkinsons and keeps falling" is Frank.
_NAME_TAIL = re.compile(r"[\s,.;:!-]+((he|she|they|who|and|but|hes|shes|he's|she's|i|im|i'm|my|is|aged|age|has|had|have|"
                        r"was|keeps|lives|lived|needs|gets|goes|went|does|did|can|cant|can't|cannot|suffers|struggles|"
                        r"takes|uses|used|thats|that's|that|thanks|thank|cheers)\b.*)$", re.IGNORECASE)


# Words that follow "I'm" or "my son" as often as a name does, and are none.
_NEVER_A_NAME = {"new", "here", "there", "not", "just", "fine", "sure", "back", "sorry", "none", "unknown", "anonymous",
                 "writing", "worried", "looking", "trying", "asking"}


def _A_SENTENCE_NOT_A_NAME(first: str, text: str) -> bool:
    """Whether the word left where a name would be is a sentence going on: "I'm new here", "my son takes
    my pension and shouts at me" (a disclosure at the name question was kept as the name "Takes"): a
    word in lower case followed by what a verb takes ("my", "me", "all", "out"), not by a new clause."""
    if first.lower() in _NEVER_A_NAME:
        return True
    after = re.search(rf"\b{re.escape(first)}\s+(\w+)", text)
    # "takes my pension", "goes out": a verb says what someone does; "dave my husband" is a name
    return first.islower() and first.endswith("s") and after is not None and after.group(1).lower() in _WHAT_A_VERB_TAKES


_WHAT_A_VERB_TAKES = {"my", "me", "her", "his", "him", "them", "their", "all", "the", "a", "an", "out", "it", "to", "over",
                      "away", "everything", "money", "off", "on", "at", "into", "up", "down", "round", "care"}


# Where a name is written, said after it: "thomas on his records", "Margaret officially".
_WHERE_WRITTEN = re.compile(r"(?i)[\s,;:-]+((on|in) (his|her|their|the|all (his|her|their)) (records?|passport|papers|paperwork|"
                            r"birth certificate|notes|file|forms?|documents|medical records|nhs records?)|officially|legally|"
                            r"on paper)\b.*$")


def name_of(text: str) -> str | None:
    """A person's name from "his name is dave", "he's Dave", "dave, he's my husband", "my husband dave",
    "Mum's name is Jean", "we call him bill", "Margaret (Maggie)"; None for a refusal ("i'd rather not say")."""
    text = _WHERE_WRITTEN.sub("", text or "")  # "thomas on his records": the name, not where it is written
    if _REFUSED.search(plain(text)) or is_keyboard_mash(text) or is_done(text) or looks_like_code(text):  # "asdfgh", "thats all" (it was
        return None  # the name "All") are no name
    if re.fullmatch(r"(?i)\W*(n\s*/\s*a|n\.a\.?|not applicable)\W*", text or ""):  # "n/a" was named "N"
        return None
    if re.match(r"\s*/\w", text or ""):  # a button pressed again ("/tell_about_someone" was the name
        return None  # "Tell_about_someone" in every later reply: a stranger, session 24)
    words = re.sub(r"\s*[(\[].*?([)\]]|$)", " ", (text or "")).strip().strip(" .!")  # "Margaret (Maggie)"
    words = re.sub(r"(?i)^\W*((oh|ah|um|erm|er|uh|hmm|well|sorry|dear|ok|okay)[\s,.!]+)+(?=\w)", "", words)  # "sorry, dave"
    words = re.sub(r"(?i)[\s,;:-]+(like|as) (i|i've|ive|i have) (said|told you|already said|mentioned)\b.*$", "", words)
    first_name = re.search(r"(?i)\bfirst name\s*(is|'s|:)?\s+([^\W\d_][\w'-]*)", words)  # "mrs kaur, first name harpreet"
    if first_name and not _REFUSED.search(plain(first_name.group(2))):
        words = first_name.group(2)
    goes_by = re.match(r"(?i)^\W*(he|she|they)\s*('?s|is|are)?\s+(goes|go|known|is known|are known)\s+(by|as)\s+"
                       r"(the name\s+(of\s+)?)?(?P<name>.+)$", words)
    if goes_by:  # "he goes by sandy": the name he goes by
        words = goes_by.group("name")
    words = re.sub(r"(?i)[\s,;:-]+(short for|known as|aka|a\.k\.a\.?|or|though|actually|really|goes by|"
                   r"but (we|everyone|he|she|they|people))\b.*$", "", words)
    called = _NAME_SAID.sub("", words, count=1)
    if called != words:
        words = called
    words = _NAME_LEAD.sub("", words, count=1)
    words = _NAME_LEAD.sub("", words, count=1)  # "my husband, his name is dave"
    words = re.sub(rf"(?i)^\W*(my|me|ma|mi|his|her|their|our)\s+((wee|little|big|old|older|younger|baby|eldest|youngest|twin|"
                   rf"kid)\s+)?({_KIN})\b[\s,:]*", "", words)  # "its my mam eileen", "my wee sister, morag", "me nan Doris"
    words = _NAME_TAIL.sub("", words).strip(" ,.!-'\"")
    kept: list[str] = [w for w in re.findall(r"[^\W\d_][\w'-]*", words)]
    if len(kept) == 1 and re.fullmatch(r"(mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|"
                                       r"grandpa)", kept[0].lower()) and not re.search(r"\bmy\b", text or "", re.I) \
            and len((text or "").split()) <= 3:  # "nan is 86 and has dementia…" names no one
        return kept[0][:1].upper() + kept[0][1:]  # a bare "Mum" names whose story it is
    if len(kept) == 1 and re.fullmatch(rf"({_KIN})", kept[0].lower()):
        return None  # a kin word left from a sentence ("nan is 86 and has dementia"): no name said
    if kept and _A_SENTENCE_NOT_A_NAME(kept[0], text or ""):
        return None
    if len(kept) >= 2 and kept[1].lower() not in _NEVER_A_NAME and _A_SENTENCE_NOT_A_NAME(kept[1], text or ""):
        # "Frank loves his allotment and Elvis": what someone does, not a surname (a carer was named "Frank Loves", a
        # stranger, session 23)
        return None
    titled = len(kept) >= 2 and kept[0].lower().strip(".") in ("mr", "mrs", "ms", "miss", "dr")  # "Mrs Agnes Brown"
    if not kept or len(kept) > 4 or (kept[0].lower() in _NOT_NAMES and not titled) or kept[0].lower() in _NEVER_NAMES:
        return None
    if any(w.lower() in _NOT_NAMES - {"mr", "mrs", "ms", "miss", "dr"} for w in kept):
        kept = kept[:next(i for i, w in enumerate(kept) if w.lower() in _NOT_NAMES - {"mr", "mrs", "ms", "miss", "dr"})]
        if not kept:
            return None
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in kept)


# (words for the person, as the carer says them) -> the carer's role: staff read "Told once by their <role>".
_PERSON_IS_MY = [
    (r"(mother|father|mum|dad|brother|sister|son|daughter) in law", "other family"),  # before "mother", "son"
    (r"husband|wife|partner|hubby|missus|missis|misses|spouse|other half|better half|fiance|fiancee|boyfriend|girlfriend|man|fella|bloke", "partner"),
    (r"mum|mother|mom|mam|ma|maw|mummy|dad|da|father|daddy|papa|step ?(mum|dad|mother|father)", "son or daughter"),
    (r"son|daughter|child|kid|boy|girl|baby|little one|step ?(son|daughter)", "parent"),
    (r"nan|nanna|nana|nanny|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|granda|grampa|gramps|"
     r"grampy|gramma", "grandchild"),
    (r"grandson|granddaughter|grandchild", "grandparent"),
    (r"brother|sister|sibling|twin|sis|bro", "brother or sister"),
    (r"aunt|auntie|aunty|uncle|cousin|niece|nephew|relative|in law", "other family"),
    (r"friend|mate|pal|neighbour|neighbor", "friend or neighbour"),
    (r"client|service user|resident|patient", "paid carer or support worker"),
]
_I_AM_THEIR = [
    (r"(mother|father|mum|dad|brother|sister|son|daughter) in law", None),  # before "mother", "son"
    (r"husband|wife|partner|spouse|fiance|fiancee|boyfriend|girlfriend|hubby|missus|other half|better half|fella|bloke", None),
    (r"son|daughter|child|step ?(son|daughter)|lassie|lass|laddie|lad", None),
    (r"mum|mother|mom|mam|mammy|dad|father|parent|step ?(mum|dad|mother|father)|guardian|da", None),
    (r"grandson|granddaughter|grandchild|grandkid", None),
    (r"brother|sister|sibling|twin|sis|bro", None),
    (r"aunt|auntie|aunty|uncle|cousin|niece|nephew|daughter in law|son in law|relative", None),
    (r"friend|neighbour|neighbor|pal|mate|buddy", None),
    (r"paid carer|care worker|carer|support worker|key worker|personal assistant|nurse|social worker", None),
    (r"pa", None),  # a personal assistant
]


# Words that say what kind of friend, brother or neighbour, not who: "a long-standing friend", "my little
# brother", "his next-door neighbour", "neighbour across the landing", "friend of the family".
_ROLE_ALL = "|".join(p for p, _ in _I_AM_THEIR + _PERSON_IS_MY)
_QUALITY = re.compile(rf"\b(long standing|longstanding|long time|lifelong|old|oldest|close|good|best|dear|little|big|"
                      rf"older|younger|elder|eldest|youngest|next door|nextdoor|twin|only|wee|lovely|half|adopted|adoptive|foster|great|civil|long term|longterm|across the road|across the street|over the road|"
                      rf"family)\s+(?=({_ROLE_ALL})\b)")
_WHICH_ONE = re.compile(r"\s+(of the family|across the (road|street|landing|hall|way|corridor)|next door|upstairs|downstairs|"
                        r"down the (road|street|stairs|hall)|over the road|from (church|work|school|the \w+)|"
                        r"(of|for) (many|\d+|\w+) years|of (his|hers|theirs|mine|ours))$")
# The word as the carer said it, for the word staff read: "lassie" is "daughter".
_SAME_ROLE = {"grandkid": "grandchild", "pal": "friend", "mate": "friend", "buddy": "friend", "lassie": "daughter", "lass": "daughter",
              "laddie": "son", "lad": "son", "mam": "mum", "da": "dad", "hubby": "husband", "auntie": "aunt", "aunty": "aunt", "missus": "wife",
              "other half": "partner", "better half": "partner", "mammy": "mum", "spouse": "partner", "fiance": "partner", "fiancee": "partner",
              "civil partner": "partner", "sis": "sister", "bro": "brother", "fella": "partner", "bloke": "partner",
              # paid to care, by whatever name the job has: the relationship is the same
              "key worker": "paid carer", "support worker": "paid carer", "care worker": "paid carer",
              "personal assistant": "paid carer", "pa": "paid carer", "home carer": "paid carer",
              "professional carer": "paid carer", "agency carer": "paid carer"}
# Said of the two of them ("we are married", "we're sisters", "were good friends"), or of the carer's paid job
# ("i am her carer from the agency", "i work for him as his pa"): the carer's role in words the rest reads.
_US_TWO = [(re.compile(r"^(he is |she is |they are |i am |im )?(just |only )?(a|some|an|the) (\w+ )?(fella|bloke|man|lady|woman|"
                       r"guy|chap|girl|lad|lass|gentleman|feller) (from|at|in|of) (the |my |our |his |her )?(church|chapel|"
                       r"mosque|temple|gurdwara|synagogue|pub|club|bingo|choir|allotments?|darts|bowls|golf|gym|"
                       r"lunch club|social club|community centre|bridge club|quiz)\b"), "friend"),
           (re.compile(r"^((she|he) is )?the (wife|missus|husband|hubby|other half)$|^(missus|hubby|other half|better half)$"),
            "partner"),  # "the wife", "missus": mine
           (re.compile(r"^(we are|we have been|were|been|we got|just)?\s*(happily )?(married|wed)\b"), "partner"),
           (re.compile(r"^(we are|were|we live together|we have been)\b.*\b(partners|a couple|together)$"), "partner"),
           (re.compile(r"^(we are|were|we have been)\s+(\w+\s+)?(sisters|brothers|siblings|twins)$"), "brother or sister"),
           (re.compile(r"^(we are|were|we have been)\s+(\w+\s+)?cousins$"), "cousin"),
           (re.compile(r"^(we are|were|we have been|we live) together\b"), "partner"),  # "we're together, not married"
           (re.compile(r"^(we are|were|we have been)\s+(\w+\s+)?(friends|mates|pals)\b.*$"), "friend"),
           (re.compile(r"^(we are|were)\s+(\w+\s+)?neighbours$|^i (have )?(live|lived|living) (next door|across the (road|street|landing)|"
                       r"upstairs|downstairs|opposite)\b|^(we )?(have )?(live|lived|living) (next door|across the (road|street|landing)|opposite)\b"), "neighbour"),
           (re.compile(r"^(we are |were )?(husband and wife|man and wife|a married couple|a couple)$"), "partner"),
           (re.compile(r"^(he|she|they) (is|are) (just )?(a|an|our) (\w+ )?(friend|mate|pal)s?\b|^we\b.*\b(friends|mates|pals)$"), "friend"),
           (re.compile(r"^(he|she|they) (is|are) (just )?(a|an|our) (\w+ )?(neighbour)s?\b|^(from )?next ?door$|"
                       r"\b(lady|man|woman|bloke|fella|chap|couple|people|family|one|girl|guy) (from |at )?next ?door\b"), "neighbour"),
           (re.compile(r"\bcarer\b.*\b(from|with|for|at) (the |an |a )?(council|local authority|social services|nhs|care home|home)\b|"
                       r"\bcarer\b\W+paid\b|\b(employed|paid|hired|sent) by (the |a |an )?(care )?(agency|council|care company)\b|\bpaid (support|help|care)\b|\b(employed|paid|hired|contracted)\b.*\bcarer\b|"
                       r"\b(from|with|for) (the|an|a|his|her|their) (care )?(agency|care company|home care)\b|"
                       r"\bi work for (him|her|them)\b|\b(paid|professional|agency|home|domiciliary) carer\b|"
                       r"^(i am |i was |me )?(his |her |their |the |a |an )?(key|support|care|home care) worker\b"), "paid carer")]


# Relationship words as they are often mistyped ("dauther", "grandaughter" is read elsewhere).
_MISSPELT_ROLES = {"dauther": "daughter", "daugher": "daughter", "daughther": "daughter", "doughter": "daughter",
                   "daugter": "daughter", "duaghter": "daughter", "huband": "husband", "husbnad": "husband",
                   "nefew": "nephew", "neice": "niece", "bruther": "brother", "sistor": "sister",
                   "grandaughter": "granddaughter", "grandduaghter": "granddaughter", "grandsun": "grandson"}
_MISSPELT_ROLE = re.compile(rf"\b({'|'.join(_MISSPELT_ROLES)})\b")


def relationship_of(text: str) -> str | None:
    """How the carer is related to the person, as the carer's role: "he's my husband" -> "partner",
    "i'm her daughter" -> "daughter", "my mum" -> "son or daughter"."""
    first = next((c for c in re.split(r"[.;!?]+|\.\.\.", text or "") if c.strip()), "")
    if re.search(rf"\b({_ROLE_ALL})\b", plain(first)):  # "Son. Who else would be doing this?": the first sentence
        text = first
    if re.search(r"(?i)\bmy ma\W*$", text or ""):
        return "son or daughter"  # "she's my ma" (plain reads a Scots "ma" as "my")
    p = plain(re.sub(r"(?<=\w)\s*\((?![^)]*\b(paid|unpaid)\b)[^)]*\)", " ", text or "")) \
        .replace("neighbor", "neighbour").replace("my farther", "my father")  # "nephew (his sisters boy)": the word
    p = _MISSPELT_ROLE.sub(lambda m: _MISSPELT_ROLES[m.group(0)], p)  # "i am his dauther"
    p = re.sub(r"\b(i am|im|me) (his|her|their) sun\b", r"\1 \2 son", p)  # "im her sun": no one is a sun
    p = re.sub(r"\bstep (son|daughter|mum|dad|mother|father|child|kid)\b", r"step\1", p)  # "step son" is "stepson"
    p = re.sub(r"\bcommon law (wife|husband|partner)\b", r"\1", p)
    # "he is Geoffrey, is father of my husband", "shes my husbands mum": a parent-in-law (a stranger, session 40, was sent
    # to three services as his partner)
    p = re.sub(r"\b(father|mother|dad|mum|mam|brother|sister) of my (husband|wife|partner|hubby|missus)\b", r"my \1 in law", p)
    p = re.sub(r"\bmy (husband|wife|partner|hubby|missus)s (father|mother|dad|mum|mam|brother|sister)\b", r"my \2 in law", p)
    if re.search(r"\bmy old (man|lady|woman)\b", p) and not re.search(r"\b(husband|wife|dad|father|mum|mother)\b", p):
        return None  # "my old man": a husband or a father, so asked again with the choices
    for said, role in _US_TWO:
        if said.search(p):
            return role
    p = _WHICH_ONE.sub("", _QUALITY.sub("", p))
    p = re.sub(r"\s+(really|to be honest|tbh|thanks|thank you|innit|love|x+)$", "", p)  # "just a friend really"
    found_role = _relationship(p)
    if not found_role and "," in (text or ""):  # "wife, 52 years married", "grandson innit, nan's called pearl"
        head = re.sub(r"\s+(really|to be honest|tbh|innit|love|x+)$", "", plain(text.split(",", 1)[0]))
        found_role = _relationship(head) if re.fullmatch(rf"(i am |im )?(his |her |their )?({_ROLE_ALL})", head) else None
    return _SAME_ROLE.get(found_role, found_role) if found_role else None


def _relationship(p: str) -> str | None:
    mine = re.search(r"\bmy\s+(?!names?\b)(\w+(\s+in\s+law)?(\s+\w+)?)", p)
    # "it is gary im his son": "it is" with no "his"/"her" before the word says nothing of the carer's role
    said_theirs = next((m for m in re.finditer(
        r"\b(i am|me|i was|im|it is|this is|speaking as)\s+(his|her|their|the|a|an)?\s*"
        r"(\w+(\s+in\s+law)?(\s+(worker|carer))?)|^\w+\s+(his|her|their)\s+(\w+)$", p)
        if m.group(1) not in ("it is", "this is") or m.group(2)), None)
    # "she's my mother so I'm her daughter", "shes my wife, im his husband": the carer's own word, said of
    # themselves with "his"/"her"/"their", is the one to keep
    own_word = said_theirs is not None and said_theirs.group(1) in ("i am", "im", "i was", "me", "speaking as") \
        and said_theirs.group(2) in ("his", "her", "their")
    if said_theirs and (not mine or own_word):
        role = said_theirs.group(3) or said_theirs.group(8)
        for pattern, _ in _I_AM_THEIR:
            found = re.match(rf"({pattern})\b", role)
            if found:
                return found.group(1).replace("neighbor", "neighbour")
    if mine:
        for pattern, role in _PERSON_IS_MY:
            if re.match(rf"({pattern})\b", mine.group(1)):
                return role
    for pattern, _ in _I_AM_THEIR:  # one word: "daughter", "neighbour", "paid carer", "just a pal of his"
        found = re.fullmatch(rf"(just |only )?(a |an |the |their |his |her )?({pattern})( of (his|hers|theirs|them))?", p)
        if found:
            return {"pal": "friend", "mate": "friend", "buddy": "friend"}.get(found.group(3), found.group(3))
    for pattern, role in _PERSON_IS_MY:
        if re.fullmatch(rf"(he is |she is |they are )?(my )?({pattern})", p):
            return role
    return None


_ROLE_WORDS = "|".join([p for p, _ in _I_AM_THEIR] + list(_MISSPELT_ROLES))  # "im her grandaughter, Leah"
_SAYS_ROLE = re.compile(rf"(?:\b(?:i am|i'm|im|it is|it's|its|this is|me|speaking as)\s+|[\s,]+(?=(?:his|her|their)\s))"
                        rf"(?:his|her|their|the)\s+(?:\w+\s+)?(?:{_ROLE_WORDS})(?:s|'s)?\b", re.IGNORECASE)
_NOT_OWN_NAME = frozenset("""here speaking writing typing and who i im i'm that the a an of to for with from at in on
thanks thank you please btw lol x xx mate love hun but so as by just only again now today he she they him her them
his their it its is was am are my me we our your look looking after care caring help helping live lives living
main full time only one dear""".split())


def carer_own_name(text: str) -> str | None:
    """The carer's own name when they give it with how they are related: "im his son gary", "its his
    daughter sue here", "gary, his son", "i'm her daughter, my name is sue"; None when not said."""
    said = _SAYS_ROLE.search(text or "")
    if not said:
        return None
    after = re.sub(r"^[\s,.;:!-]*((and\s+)?(my\s+name\s+is|my\s+names?|i\s+am|i'm|im|called|named|name\s*:?)\s*)?",
                   "", text[said.end():], flags=re.IGNORECASE)
    words = re.findall(r"[^\W\d_][\w'-]*", after)
    if words and words[0].lower() not in _NOT_OWN_NAME and words[0].lower() not in _NOT_NAMES:
        kept = words[:2] if len(words) >= 2 and words[1].lower() not in _NOT_OWN_NAME and (
            words[1][:1].isupper() or len(words) == 2) else words[:1]
        return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in kept)
    before = re.sub(r"[\s,.;:!-]*(and\s+)?$", "", text[:said.start()])
    before = re.sub(r"^\W*((hi|hello|hiya|well|ok|yes|so)[\s,]+)*((my\s+name\s+is|my\s+names?|i\s+am|i'm|im|"
                    r"this\s+is|it\s+is|its|it's)\s+)?", "", before, flags=re.IGNORECASE)
    words = re.findall(r"[^\W\d_][\w'-]*", before)
    if 1 <= len(words) <= 2 and not any(w.lower() in _NOT_OWN_NAME or w.lower() in _NOT_NAMES for w in words):
        return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in words)
    return None


_BASIS_WORDS = [
    # "none of these", "i dont have power of attorney", "no lpa": no power to agree for them (first: "no
    # power of attorney for her health" is none)
    ("no_power", r"\b(none of (these|them|those|the above)|no (lpa|poa|power of attorney|attorney|legal (power|right|"
                 r"authority))|(do not|have not|have no|never had) (have |got )?(got )?(an? |any )?(lpa|poa|power of attorney|attorney|deputy\w*|"
                 r"any of (these|them|those)|legal (power|authority))|nothing like that)\b"),
    ("parental_responsibility", r"\b(parental (responsibility|rights)|i am (his|her|their) (mum|mother|dad|father|parent|legal guardian|guardian)|parent|my (child|son|daughter|kid|boy|girl)|under 16|"
                                r"(special guardian|legal guardian|guardianship)|"
                                r"(he|she) is (my|a) (child|son|daughter|\d|[a-z]+ years? old)|i am the (mum|mother|dad|father))\b"),
    ("lpa_property_finance", r"\b(attorney|lpa|poa|power)\b.*\b(money|property|financ\w*|bank\w*)\b|"
                             r"\b(money|property|financ\w*)\b.*\b(attorney|lpa|poa|power)\b"),
    # an attorney who does not say which kind is asked (a property and finance attorney may not share health)
    ("lpa_health_welfare", r"\b(attorney|lpa|poa|power of atto\w*)\b.*\b(health|welfare|care|medical)\b|"
                           r"\b(health|welfare|care|medical)\b.*\b(attorney|lpa|poa|power of atto\w*)\b"),
    ("deputy_property_affairs", r"\bdeputy\b.*\b(money|property|affairs|financ\w*)\b|"
                                r"\b(money|property|affairs|financ\w*)\b.*\bdeputy\b"),
    ("deputy_personal_welfare", r"\b(deputy|court of protection|court appointed)\b"),
    ("own_agreement", r"\b(agree\w*|said (i|yes|it|its|that|go ahead)|asked me|consent\w*|permission|(they|he|she) want\w* me|"
                      r"(mum|dad|mother|father|nan|gran|husband|wife|he|she|they) (wanted|wants|asked) me to|"
                      r"ok with|(is|are) (ok|happy|fine) (with|for)|happy for me|let me|(it|that) (was|is) (ok|fine|alright)|"
                      r"allowed me|gave me|told me to|knows? (and|i am)|wants me|(his|her|their) (say so|blessing|ok)|"
                      r"asked (me )?to)\b"),
    # None of these, said in other words: "we never did a power of attorney", "i dont have anything like that"
    # (after the agreement: "i never got an lpa, she asked me to" is her agreement)
    ("no_power", r"\b(never (did|done|made|got|set up|sorted( out)?|arranged|signed)( (a|an|any|one|the))? (lpa|poa|power of attorney|attorney)|"
                 r"(do not|does not|have not|has not|never) (have |has |got )?(got )?anything like (that|this|those|these))\b"),
]


# One choice said by its number in words or its place: "two", "number 3", "the first one", "option four please".
_ONE_NUMBER = re.compile(r"((the|number|no|option) )*(\d|one|two|three|four|five|six|seven|first|second|third|fourth|fifth|"
                         r"sixth|seventh|last)( one| option| choice)?( please| thanks)?")


def basis_of(text: str, choices: list[tuple[str, str]] = BASIS_CHOICES) -> str | None:
    """On what basis a carer speaks for the person, by its number, its words, or in their own words."""
    p = bare(plain(text))
    for number, (basis, label) in enumerate(choices, start=1):
        if p in (str(number), bare(plain(label))):
            return basis
    said = numbers_said(p, len(choices)) if _ONE_NUMBER.fullmatch(p) else []
    if len(said) == 1:  # "two", "number 3", "the first one": by its place among the buttons
        return choices[said[0] - 1][0]
    kind = _lpa_by_kind(p)
    if kind:
        return kind
    for basis, pattern in _BASIS_WORDS:
        if re.search(pattern, p):
            return basis
    if re.fullmatch(r"(none|nothing legal)( at all)?( really| i am afraid| sorry)?"
                    r"( is that (a problem|ok|okay|alright|bad))?", p):
        return "no_power"  # "none", "nothing legal", "none, is that a problem?": the "None of these" choice
    return None


# A lasting power of attorney named by its kind alone: "property and finance", "the health and welfare one".
_LPA_BY_KIND = [("lpa_health_welfare", r"\b(health and (welfare|care)( one| lpa| power)?|(welfare|health|medical) (one|lpa|power))\b"),
                ("lpa_property_finance", r"\b(property and (financ\w*|money|affairs)|financial affairs|money and property|(the )?(property|financial|finance|finances|money) one)\b")]


def _lpa_by_kind(p: str) -> str | None:
    """The kind of power of attorney named by its kind alone, the one said after a "but" first ("we did
    the property one years ago but i also got the health and welfare one"); never one not had ("i do not
    have the health and welfare one"), nor a deputy's."""
    if re.search(r"\b(deputy|court)\b", p) or re.search(_BASIS_WORDS[0][1], p):
        return None
    later = re.split(r"\bbut\b", p)[-1]
    for words in dict.fromkeys((later, p)):
        for basis, pattern in _LPA_BY_KIND:
            for found in re.finditer(pattern, words):
                # "only the money one not the health one": the one not held back by a "not" just before it
                # nor one they are unsure of ("power of attorney for his money, not sure about the health one": a
                # stranger, session 18, was recorded as holding the health and welfare one, and services were told so)
                if not re.search(r"\b(not|no|never|none|without)\s+(\w+\s+){0,2}$", words[:found.start()]) and not re.search(
                        r"\b(not sure|unsure|no idea|do not know|dunno|not certain|maybe|might|think)\s+(\w+\s+){0,3}$",
                        words[:found.start()]) and not re.match(
                        r"\s+(\w+\s+)?(is|was|has|have|are) (not|never)\b", words[found.end():]):
                    return basis
    return None


_UNABLE = re.compile(
    r"\b(not able|unable|(can ?not|could not|would not|will not|does not|do not|wont|cant)"
    # "she cant really understand anything", "he cant communicate at all since the stroke"
    r"( (really|properly|fully|even|always|ever|actually))? (understand|take it in|"
    r"follow|grasp|remember|retain|comprehend|communicate)|(would not|will not|could not|cannot) be able to (understand|follow|"
    r"take it in|grasp)|lacks? (the )?capacity|no (mental )?capacity|"
    r"dementia|alzheimers?|alzheimer|too (young|little|ill|poorly|confused|unwell)|in a coma|coma|unconscious|"
    r"not (with it|all there)|confused|learning disabilit\w*|baby|toddler|sedated|end of life|"
    r"only ([1-5]|one|two|three|four|five)( years? old)?|only (a )?(baby|toddler|months old)|"
    r"(would not|will not|does not|do not|could not) know what (it|this|that) (means|meant|is|was)( about)?|"
    r"(his|her|their) memory( is|s| has)? (gone|completely gone|all gone)|"
    # "no way she could understand any of this", "she wouldnt know what day it is"
    r"no way (he|she|they) (could|would|can|will) (ever )?(understand|follow|take (it|this) in|grasp)|"
    r"(would not|does not|do not|did not) (even )?know what (day|year|month|time) it is)\b")
# Not understanding the question, said of oneself: "sorry dont understand the question" (help, never "unable").
_I_DO_NOT_FOLLOW = re.compile(r"^((sorry|um|erm|i am sorry|what)\s+)*(i )?(do not|cannot|can not|did not) (understand|follow|get)"
                              r"( (the|this|that|your) (question|bit|word|words|message)| (what you mean|it|you)|"
                              r" (these|those|them|the (options|choices|words|buttons|answers))( (options|choices|words|buttons|answers))?)?( sorry)?$")
# Told, and agreed: "i told her this morning and she said fine go ahead".
_TOLD_AND_AGREED = re.compile(r"^(i|we) (have )?(already )?(told|asked|explained (it )?to) (him|her|them)\b|"
                              r"\b(he|she|they) (said|says) ((it|that) (is|was|would be) )?(yes|fine|ok|okay|go ahead|alright|all right)\b")


_UNABLE_SAID = re.compile(r"\b(not able|unable|(can ?not|could not|would not|will not|does not|do not|wont|cant) "
                          r"((really|properly|fully|even|always|ever|actually) )?(understand|take it in|follow|grasp|comprehend|communicate)|lacks? (the )?capacity|no (mental )?capacity)\b")


# Knowing now and then: neither a yes nor a no
_NOW_AND_THEN = re.compile(r"\b(sometimes|some days|some of the time|not always|sort of|kind of|kinda|sorta|partly|"
                           r"half the time|on and off|off and on|it depends|depends on the day|now and then|good days)\b")


def knows_of(text: str) -> str | None:
    """Does the person know? "yes", "no", or "unable" (not able to understand: "no she has dementia,
    she wouldnt understand it")."""
    p = bare(plain(text))
    if _I_DO_NOT_FOLLOW.match(p) or is_help(text):  # "i dont know how to answer this" is no "no"
        return None
    if p == "n":  # typed as "y" for yes
        return "no"
    if _NOW_AND_THEN.search(p):
        return None  # "he knows sometimes, some days he doesnt know who i am" was told to services as "the person
        # knows" (a stranger, session 18): asked again, with the choices
    # "she knows but she forgets, shes got alzheimers": she knows; a diagnosis is no inability said
    knows = re.match(r"^(yes\W*)?(he|she|they) (does |do )?(know|knows|is aware|are aware)\b", p)
    if _UNABLE.search(p) and not (knows and not _UNABLE_SAID.search(p)):
        return "unable"
    says_no = re.match(r"^(no|not yet|not told (him|her|them)( yet)?|i have not told (him|her|them)( yet)?|(he|she|they) (does not|do not|dont|has not|have not|is not|are not)|"
                       r"not really|i have not told|i (have not|did not|do not)|nobody|not at all|never)\b", p)
    if re.match(r"^(yes|of course|definitely|absolutely|sure|ok)\b", p) or plain_yes(p) or re.search(
            r"\bbut (he|she|they) (does |do )?(know|knows|is aware|are aware)( about (it|this))?$", p):
        return "yes"  # "her memory is not great but she knows"
    if _TOLD_AND_AGREED.search(p) and not re.search(r"\b(not|never|no)\b", p):
        return "yes"
    if says_no:
        return "no"
    if re.match(r"^no idea\b|^(he|she|they) (has|have) no (idea|clue)\b|^(he|she|they) (has|have) not (a|got a) clue\b|"
                r"^(he|she|they) (is|are) not aware\b", p):
        return "no"
    if re.match(r"^((he|she|they) (does|do|knows?|is aware|are aware|asked|wanted|wants|told|is here|are here|"
                r"(is|are) (sat|sitting|here) (with|next to|beside) me)|it was (his|her|their) idea|"
                r"fully|totally)\b", p):
        return "yes"
    return None


_NUMBER_WORDS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3,
                 "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def age_of(text: str) -> int | None:
    """An age in years: "9", "nine", "shes 14", "twelve years old", "8 and a half"."""
    # Not a number that is no age: "type 1 diabetes" was taken as the age 1 and the story told with it lost.
    p = re.sub(r"\b(type|stage|grade|level|class|year|number|no|nr|step|ward|bed|room|flat)\s+(\d{1,3}|one|two|three|four)\b"
               r"|\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(times|days?|weeks?|months?|hours?|mg|kg|"
               r"stone|fits|seizures|tablets?|pills?|nights?|mins?|minutes)\b", " ", plain(text))
    if len(p.split()) > 8 and not re.search(r"\b(years? old|yrs|aged?|age|turned|is|s)\s+\d{1,3}\b|\b\d{1,3}\s*(years?|yrs|y/?o)\b", p):
        return None  # a long message with a number in it but no age said: story, not an age
    found = re.search(r"\b(\d{1,3})\b", p)
    if found:
        return int(found.group(1))
    words = [w for w in p.split() if w in _NUMBER_WORDS and w not in ("oh", "o", "nil", "nought")]
    if words:
        total = 0
        for w in words[:2]:
            total += _NUMBER_WORDS[w]
        return total
    return None


def carer_answer(key: str, text: str) -> str | int | None:
    """The answer a reply gives to the carer's question `key` (one of CARER_QUESTIONS), or None."""
    if key in ("name", "carer_name"):
        from bot.conversation.meaning.telling import rights_wish

        if rights_wish(text) is not None:  # "stop sharing" was taken as the carer's name "Stop Sharing"
            return None
        name = name_of(text)
        if key == "carer_name" and name and re.fullmatch(rf"({_KIN})", name.lower()):
            name = None  # a carer's own name is never "Nan" or "Mum"
        if name is None and key == "name":  # "im her granddaughter, doris"
            from bot.conversation.meaning.whose import name_beside_relationship, name_said_with

            name = name_beside_relationship(text) or name_said_with(text)
        return name if name is not None and len(name) <= 80 else None
    if key == "relationship":
        button = (text or "").strip().lower()
        return button if button in [r.lower() for r in RELATIONSHIPS] else relationship_of(text)
    if key == "basis":
        return basis_of(text)
    if key == "age":
        return age_of(text)
    if key == "knows":
        return knows_of(text)
    raise ValueError(f"unknown carer question: {key}")
