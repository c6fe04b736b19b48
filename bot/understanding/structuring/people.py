"""Who a story and each of its clauses is about: the person, the carer telling it, or someone else.

In a carer's story the first "my <relation>" (or a bare "Dad is 82…") says whose story it is, and a
clause in the first person that mentions nobody else is the carer's own."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wordfreq import zipf_frequency

from bot.understanding.structuring import context, cues, names
from bot.understanding.structuring.clauses import SUBJECT_LEFT_OUT
from bot.understanding.structuring.context import same_kin

# A carer's own family, said of themselves: "I work full time and have two kids" is the carer's (it was filed as
# the person's work and money, and employment support was offered first to a 79-year-old).
_MY_OWN_FAMILY = re.compile(r"\b(?:i|and|i've|ive)\s*(have|'ve|ve|have got|'ve got|ve got|got)\s+(a\s+|my\s+|two\s+|three\s+|four\s+|\d+\s+|"
                            r"young\s+|little\s+|small\s+|own\s+)*(kids|children|child|baby|babies|family|husband|wife|partner)\b")
# "I have angina so I can't lift her if she goes down": a carer's own condition, said before why it matters
_MINE_SO = re.compile(r"(?:and\s+|but\s+|also\s+)?(?:i\s+(?:have|had|got|suffer)|i've|i’ve|ive)\b"
                      r"(?!\s+(?:been|had\s+to|got\s+to|to|just|noticed|seen|found|heard|told|asked|tried)\b)(.*?)"
                      r"\b(?:so|because|cos|coz|which means|that means|meaning)\b")
# A carer's "my own mum": their own relative, said so to be told from the person's
_MY_OWN_KIN = re.compile(r"\W*(?:and\s+|but\s+|so\s+|also\s+)?(?:my|me)\s+own\s+[a-z]+")
# A carer's own Carer's Allowance: "I get carers allowance", "and I'm on Carer's Allowance for him"
_MY_CARERS_ALLOWANCE = re.compile(r"\W*(?:(?:and|but|so|also|then)\s+)?(?:i|i'm|i’m|im|i am|i've|i’ve|ive)\s+"
                                  r"(?:\w+\s+){0,2}?(?:get|gets|getting|got|on|receive|receiving|claim|claiming|paid|have)\s+"
                                  r"(?:the\s+|a\s+|my\s+)?carer(?:'s|’s|s'|s’|s)?\s+allowance\b")
# A carer's own pregnancy: "I'm pregnant with our third so I'm finding it hard" ("our" names the person too)
_I_AM_PREGNANT = re.compile(r"\W*(?:(?:and|but|also|plus|so)\s+)?(?:i'm|i’m|im|i am)\s+(?:\w+\s+)?(?:pregnant|expecting)\b")
# A carer saying who they are to the person, and no more: "I'm Ellie's mum", "im his only family now", "I am her
# main carer" (the person's relative or carer is the teller, not someone else who supports them)
_I_AM_THEIR = re.compile(r"\W*(?:(?:hi|hello|hiya|so|well|and)\W+)?(?:i'm|i’m|im|i am)\s+(?:his|her|their|[a-z]+(?:'s|’s))\s+"
                         r"(?:(?:only|main|sole|full[- ]time|eldest|youngest|oldest|older|younger|big|little|twin)\s+){0,2}"
                         r"[a-z-]+(?:\s+(?:now|too|as well|really))?\W*")
# A carer saying what kind of parent they are: "I'm a single mum", "im a working dad of three"
_I_AM_A_PARENT = re.compile(r"\W*(?:(?:and|but|so|well)\s+)?(?:i'm|i’m|im|i am)\s+an?\s+(?:(?:single|lone|working|busy|young|"
                            r"stay[- ]at[- ]home|full[- ]time|widowed|divorced)\s+)*(?:mum|mam|mom|mother|dad|father|parent)\b")
# "Myself, I've got…", Northern and Scots "Meself, I…", "Mesel, Ah…": the carer turning to their own facts
_MYSELF_FIRST = re.compile(r"\W*(?:(?:and|but|as\s+for|for)\s+)?(?:myself|meself|mesel|masel|mysel)\s*,?\s*"
                           r"(?:i|i'm|i’m|im|i've|i’ve|ive|i am|ah|ah'm|ah’m|ah've|ah’ve)\b")
_OPENS_WITH_I = re.compile(r"(?:and\s+|but\s+)?(?:i|i'm|i’m|im|i've|i’ve|ive|i am)\b")



@dataclass
class Teller:
    teller: str
    subject_name: str | None
    subject_relation: str | None
    today: date = field(default_factory=date.today)
    mentioned: list[str] = field(default_factory=list)  # the people named so far, the latest last
    named: dict[str, str] = field(default_factory=dict)  # "albert" -> "husband", from "my husband Albert"
    # The relative who opened the last clause of this sentence ("my nan used to help but she …"), if any
    opened_by: str | None = None
    opener_carried: bool = False  # opened_by is the relative of a clause before the last, gone on with "she" (still_them)
    # Whom the last clause of this sentence was about when not the person ("my mum has dementia and lives in
    # a care home": the clause "lives in a care home", its subject left out, is Mum's too)
    last_referent: str | None = None
    # In a carer's story, the relative who opened the sentence before and is not the person, when that sentence
    # did not speak of the person as "her" or "him": "My sister helps with shopping. She lives in Leeds." is the
    # sister's home, not the person's (issue 18, session 19)
    opener_before: str | None = None
    # The health item a clause just said has not come for a while ("but nothing for a year now"), so
    # that a clause after it saying it has come back makes it current again
    quieted: dict[str, Any] | None = None
    # Where the sentence being read starts in the story: what a clause says of a medicine said before it
    # ("…off the gliclazide, I was having hypos") holds only within one sentence
    sentence_start: int = 0
    story: str = ""  # the whole story, for the names it gives the person
    own_names: frozenset[str] | None = None  # the person's own names, lower case, once found


def named_relatives(story: str, relatives: frozenset[str], subject_name: str | None = None,
                    carer: bool = False) -> dict[str, str]:
    """Each name the story gives a relative ("my husband Albert", "our Brian (my brother)", "the wife,
    Sheila"), lower case,
    with the relative it names; never the person's own name. So that "Albert had Parkinson's in his last
    years", later in the story, is her late husband's, not hers (found by the second fresh held-out set)."""
    found: dict[str, str] = {}
    own = (subject_name or "").split()[0].lower() if subject_name else ""
    # "my daughter Lily", "my daughter is Lily", "my son is called Sam"
    for match in re.finditer(r"\b(?i:my|our|me|wor|the)\s+(?i:late\s+)?((?i:[a-z]+))\s*,?\s+(?:(?i:is|was)\s+(?:(?i:called|named)\s+)?|"
                             r"(?i:called|named)\s+)?([A-Z][a-z]+)\b", story):
        kin, name = match.group(1).lower(), match.group(2).lower()
        if kin in relatives and name != own and name not in found:
            found[name] = kin
    # typed in lower case: "i live w my bf tyler", "my son jayden is 9": a word that is no ordinary word
    for match in _LOWER_KIN_NAME.finditer(story):
        kin, name = match.group(1), match.group(2)
        if kin in relatives and name != own and name not in found and name not in relatives \
                and _could_be_a_name(name):
            found[name] = context.INFORMAL_KIN.get(kin, kin)
    # In a carer's story, the person's own relatives by name: "his dad Alan", "her fella Terry (me stepdad)";
    # their conditions are theirs ("Alan has type 1 diabetes" was the son's own on six forms, session 19)
    for match in _THEIR_KIN_NAME.finditer(story) if carer else ():
        kin, name = _PARTNER_WORDS.get(match.group(1).lower(), match.group(1).lower()), match.group(2).lower()
        if kin in relatives and name != own and name not in found:
            found[name] = kin
    for match in _NAME_THEN_KIN.finditer(story):  # "Terry (me stepdad)", "our Brian (my brother)"
        kin, name = match.group(2).lower(), match.group(1).lower()
        if kin in relatives and name != own and name not in found:
            found[name] = kin
    return found


# "his dad Alan", "her fella, Terry": the person's relative (or partner) by name, in a carer's story
_PARTNER_WORDS = {"fella": "partner", "feller": "partner", "bloke": "partner", "man": "partner", "fellow": "partner",
                  "lady": "partner", "missus": "wife", "hubby": "husband", "hubbie": "husband"}
# ("his dad, well his stepdad really, Roy": the thirteenth fresh set, session 29, where Roy's emphysema was the son's)
_THEIR_KIN_NAME = re.compile(r"\b(?i:his|her)\s+(?i:late\s+)?((?i:[a-z]+))\s*,?\s+(?:(?i:really|actually|i\s+suppose|i\s+guess)\s*,?\s+)?"
                             r"(?:(?i:called|named)\s+)?"
                             r"((?-i:[A-Z][a-z]+))\b(?!\s*'s\b)")
_NAME_THEN_KIN = re.compile(r"\b([A-Z][a-z]+)\s*\(\s*(?i:my|me|our|his|her)\s+((?i:[a-z]+))\s*\)")


def named_friends(story: str) -> dict[str, str]:
    """Each name a person's own story gives a friend, mate or colleague ("my best mate is Kieran", "me pal Dave",
    "Kieran is my best mate"), lower case, with the friend word: so that "Kieran is type 1 diabetic", later, is
    Kieran's, not the person's (session 19). Not for a carer's story, where the friend is often the person."""
    found: dict[str, str] = {}
    for match in _FRIEND_NAMED.finditer(story):
        friend, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        if name.lower() not in found and name.lower() not in names.NOT_NAMES:
            found[name.lower()] = context.friend_word(friend.lower())
    return found


_FRIEND_ADJECTIVES = (r"(?:(?i:best|bestest|close|closest|good|old|oldest|dear|dearest|work|school|uni|college|"
                      r"childhood|lifelong)\s+)*")
_FRIEND_NAMED = re.compile(rf"\b(?i:my|me|our)\s+{_FRIEND_ADJECTIVES}((?i:{context.FRIEND_WORDS}))\s*,?\s+"
                           rf"(?:(?i:is|was)\s+(?:(?i:called|named)\s+)?|(?i:called|named)\s+)?([A-Z][a-z]+)\b"
                           rf"|\b([A-Z][a-z]+)\s*(?:(?i:is|was)|['’]s|,)\s+(?i:my|me|a)\s+{_FRIEND_ADJECTIVES}"
                           rf"((?i:{context.FRIEND_WORDS}))\b")


_LOWER_KIN_NAME = re.compile(r"\b(?:my|our|me|wor)\s+(?:late\s+|ex\s+)?([a-z]+)\s*,?\s+(?:(?:is|was)\s+(?:called|named)\s+|"
                             r"(?:called|named)\s+)?([a-z]{3,12})\b")
# Lower-case words after a kin word that are no name: "my mum aswell", "my bf tho", "my wife cant"
_NOT_A_NAME = frozenset("""aswell tho tbh lol omg btw atm asap tho though too also aswel now then still just only
cant dont wont didnt doesnt isnt wasnt hasnt havent aint shes hes theyre whos whose who and but who""".split())


def _could_be_a_name(word: str) -> bool:
    """A lower-case word that may be someone's name: no ordinary word ("has", "lives", "died", "helps")."""
    return word not in _NOT_A_NAME and word not in names.NOT_LOWER and word not in names.NOT_NAMES \
        and not word.endswith(("s", "ed", "ing", "ly", "nt")) and zipf_frequency(word, "en") < 4.8


_MALE = frozenset("""dad father husband son brother grandad grandpa grandfather grandson uncle nephew stepdad
stepfather stepson boyfriend bf fiance lad bro bruv hubby hubbie grampa gramps da faither granda father-in-law""".split())
_FEMALE = frozenset("""mum mother mom wife daughter sister nan nana gran granny grandma grandmother granddaughter
aunt auntie aunty niece stepmum stepmother stepdaughter girlfriend gf fiancee lass sis missus mam mammy maw mither
mother-in-law nanna nani dadi""".split())
MALE, FEMALE = _MALE, _FEMALE  # kin words of each sex ("my son", "my nan")


def sex_of(relation: str | None) -> str | None:
    """The sex a kin word says ("mum": female, "husband": male), as a form's administrative gender; None
    for a word that does not say ("partner", "friend")."""
    word = (relation or "").lower()
    return "female" if word in _FEMALE else "male" if word in _MALE else None


_PRONOUN = re.compile(r"(?:and\s+|but\s+|so\s+|then\s+)?(he|she|he's|she's|he’s|she’s|hes|shes|his|her|him)\b",
                      re.IGNORECASE)
_NAMED = re.compile(rf"\b(?:my|his|her|their|our|me)\s+(?:{context.ADJECTIVES}\s+)?([a-z]+)|^(?:and\s+)?([a-z]+)\b")
# After a relation opening a clause with its "'s" typed as "s" ("nans 78", "dads got"): what "is" or "has" goes on with
_KIN_IS = re.compile(r"\s+(?:\d|got|been|gone|not|still|getting|in\b|on\b|very|really|always)")
OTHER = "other"  # someone the story spoke of without saying who
# where someone lives, said of them: "She lives in Leeds", "he's moved to Hull", "she lives ten miles away"
_LIVES_THERE = re.compile(r"\W*(?:and\s+|but\s+|so\s+)?(?:she|he)(?:\s+(?:also|only|now|still|just))?\s+"
                          r"(?:lives|lived|has\s+moved|moved|is\s+based|stays|lives?\s+over)\b", re.IGNORECASE)
_AS_OBJECT = {True: re.compile(r"\b(?:her|hers|she|she's|she’s|shes)\b", re.IGNORECASE),
              False: re.compile(r"\b(?:him|his|he|he's|he’s|hes)\b", re.IGNORECASE)}


def opener_before(who: Teller, sentence_before: str) -> str | None:
    """The relative who opened the sentence before, for a "she lives in …" that follows (Teller.opener_before):
    in a carer's story, not the person, and that sentence spoke of no one else of their sex ("My sister visits
    her on Sundays. She lives in Leeds." may be either)."""
    opener = who.opened_by
    if who.teller != "carer" or not opener or same_kin(opener, who.subject_relation) or opener not in _MALE | _FEMALE:
        return None
    return None if _AS_OBJECT[opener in _FEMALE].search(sentence_before) else opener
# In the person's own words a relation called as a name, capitalised, is theirs: "Mammy had the sugar too"
_CALLED_AS_A_NAME = re.compile(r"(?:(?i:and|but|n)\s+)?[A-Z][a-z]+\b")
# "I look after my mum", "me and my brother care for mum", "I'm writing about my dad": whom the carer's
# story is about, whoever else they name first.
_CARED_FOR = re.compile(
    rf"\b(?:look(?:s|ing)? after|car(?:e|es|ing) for|carer (?:for|to)|support(?:s|ing)?|"
    rf"(?:calling|writing|ringing|phoning|asking|here|filling (?:this|it) in|messaging|contacting you|"
    rf"(?:typing|writing|doing|filling in|sending) (?:this|it)) (?:about|for|on behalf of)|"
    # "I'm writing about the wife": his wife (the thirty-third fresh forms set, session 39: "our son Gary", named
    # later, was taken as the person)
    rf"on behalf of)\s+(?:my|our|me|the(?=\s+(?:wife|husband)\b))?\s*(?:{context.ADJECTIVES}\s+)?([a-z]+)\b")

# Someone by a name alone, doing what people do: "Stan passed away", "me and Stan bought it".
_BY_NAME = re.compile(r"^(?:(?i:and|but|so|then)\s+)?([A-Z][a-z]+)\s+(?i:passed|died|had|has|was|is|used|lived|lives|"
                      r"worked|works|got|gets|went|goes|takes|took|suffered|suffers)\b"
                      r"|\b(?i:me|i) (?i:and) ([A-Z][a-z]+)\b|\b([A-Z][a-z]+) (?i:and) (?i:me|i)\b")
# Someone by their name alone, then what they have or had: "tyler has epilepsy", "Alf died of a heart attack"
_NAME_HAS = re.compile(r"\W*(?:(?i:and|but|so|then|n|also|plus)\s+)?([A-Za-z][a-z]+)(?:['’]s)?\s+"
                       r"(?:(?i:also|still|too|now|just|already|always|recently|then|only)\s+)?"
                       r"(?i:has|had|have|got|gets|suffers|suffered|was\s+diagnosed|is\s+diagnosed|got\s+diagnosed|"
                       r"died|passed\s+away|passed)\b")
# A name opening a clause on where they live or have moved: "Amber moved out last year to …", "Sam now lives in Hull"
_NAME_AT_HOME = re.compile(r"\W*(?:(?i:and|but|so|then|now|also)\s+)?([A-Z][a-z]+)\s+(?:(?i:has|had|now|still|just|recently|"
                           r"since|then|also)\s+)*(?i:moved|moves|lives|lived|is\s+living|stays|is\s+staying|rents|owns)\b")
# The person's home, not a home of the relative's own: "in her bungalow", "at my house" ("to her own flat" is theirs)
_THEIR_HOME = re.compile(r"\b(?:in|at|to|into)\s+(?:her|his|my|our)\s+(?!own\b)(?:\w+\s+)?(?:home|house|flat|bungalow|"
                         r"place|maisonette|cottage|semi|terrace)\b", re.IGNORECASE)
_GONE = re.compile(r"[A-Za-z]+(?:['’]s)?\s+(?:\w+\s+)?(?i:died|passed)\b")
# Someone said beside the person a carer tells of: "she and Alf bought it", "Alf and her", "him and Jean"
_BESIDE = r"\b(?i:she|he|her|him)\s+(?i:and|n|&)\s+{0}\b|\b{0}\s+(?i:and|n|&)\s+(?i:she|he|her|him)\b"
# Words that open a clause as a name would, and name nobody
_NOBODY = frozenset("""nobody noone anyone anybody someone somebody everyone everybody none neither either each both
which who what whoever that this these those mine yours ours theirs one many most some others people
ive id ill iv ah av ave""".split()) | cues.FIRST_PERSON  # "Ive got COPD", "Ah had an operation": the teller
_NOT_PEOPLE = frozenset("""it this that there the he she they we i you my his her our their god christmas easter
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december nhs mum dad nan gran grandad""".split())


class People:
    def __init__(self, relatives: frozenset[str], relationship_words: frozenset[str]):
        # family members ("mum", "son"; "hubby", "my bro" as people type them)
        self.relatives = relatives | frozenset(context.INFORMAL_KIN)
        # family, friends and helpers ("neighbour")
        self.relationship_words = relationship_words | frozenset(context.INFORMAL_KIN)

    def speaker(self, clause: str, who: Teller) -> str:
        """'narrator' for a carer's own facts, else 'subject'."""
        if who.teller != "carer":
            return "subject"
        # "no allergies as far as I know": the carer's hedge, not a fact of theirs
        lowered = _HEDGE.sub(" ", clause.lower())
        if lowered.startswith("please"):
            return "subject"  # "please contact me" is how to reach the person, through the carer
        words = set(re.findall(r"[a-z']+|[a-z’]+", lowered))
        words |= set(re.findall(r"([a-z]+)['’]s\b", lowered)) & self.relatives  # "me husband's got COPD"
        words |= {w[:-1] for w in re.findall(r"\b([a-z]+s)\s+(?:\d{1,3}|nearly|almost|just)\b", lowered)} & self.relatives  # "my mums 84"
        if _MY_CARERS_ALLOWANCE.match(lowered):
            return "narrator"  # "I get carers allowance": the carer's own benefit, not the person's (session 19)
        if _I_AM_PREGNANT.match(lowered):
            return "narrator"  # the carer's own pregnancy, not the person's (session 19)
        if _MY_OWN_KIN.match(lowered):
            return "narrator"  # "My own mum has MS, so I'm stretched both ways": the carer's mother, theirs
        if _I_AM_THEIR.fullmatch(lowered):
            return "narrator"  # "I'm Ellie's mum", "I'm his only family": who the carer is, theirs (data/structuring)
        if _MYSELF_FIRST.match(lowered):
            return "narrator"  # "Meself, I've got the sugar, and my back's gone from lifting him": the carer's own
        if "myself" in words and _OPENS_WITH_I.match(lowered):
            return "narrator"  # "I have depression myself and my back is bad from lifting her"
        if (own := _MINE_SO.match(lowered)) and not set(re.findall(r"[a-z']+", own.group(1))) & cues.THIRD_PERSON:
            return "narrator"  # "I have angina so I can't lift her": the carer's angina, her only after "so"
        if _NO_ONE_ELSE_HELPS.match(lowered):
            return "narrator"  # a carer's "nobody else helps": no one shares their caring
        if _ME_NOT_THEM.match(lowered):
            return "narrator"  # "I'm the one allergic to penicillin, not him": the carer's, not the person's
        if _WITH_ME.match(lowered):
            return "narrator"  # "His dad and me both work": the carer's own, with someone else
        if (left_out := SUBJECT_LEFT_OUT.match(lowered)) and left_out.group(0).split()[0].endswith("s"):
            return "subject"  # "Mr Okafor is 81 and lives alone in the flat above me": he lives there
        if _I_AM_A_PARENT.match(lowered):
            return "narrator"  # "I'm a single mum and work part time as a dinner lady": the carer's own work (the
            # twenty-third fresh structuring set, session 39: delivered as the daughter's job)
        if cues.CARERS_OWN_WISH.match(lowered):
            return "narrator"  # "I want a break from him": the carer's wish for themselves, whoever it names
        if not words & cues.FIRST_PERSON or words & cues.THIRD_PERSON:
            return "subject"
        if who.subject_relation and any(same_kin(word, who.subject_relation) for word in words):
            return "subject"
        if who.subject_name and who.subject_name.lower() in lowered:
            return "subject"
        if words & self.relationship_words and not cues.CARER_ROLE.search(clause) \
                and not _MY_OWN_FAMILY.search(lowered):
            return "subject"
        return "narrator"

    def note_mentions(self, clause: str, who: Teller) -> None:
        """Remember who a clause names ("my wife Joan", "Nan does most things"), for the "she" that follows.
        Someone by a name alone ("Stan passed away in 2015", "me and Stan") is whom the story named the
        relation of ("my husband Stan") or, not said, someone else: "he had the cancer" after it is not
        the grandson named before (found by the third fresh held-out forms set)."""
        found = []
        lowered = clause.lower().replace("'s ", " ").replace("’s ", " ")
        for match in _NAMED.finditer(lowered):
            word = match.group(1) or match.group(2)
            if match.group(2) and word not in self.relationship_words and word[:-1] in self.relatives \
                    and _KIN_IS.match(lowered, match.end()):
                word = word[:-1]  # "nans 78 n shes got copd", typed without its apostrophe: Nan is (session 21)
            if word in self.relationship_words and (match.group(1) or word in self.relatives):
                found.append((match.start(), word))
        own = (who.subject_name or "").lower().split()
        for match in _BY_NAME.finditer(clause):
            name = next(g for g in match.groups() if g)
            if name.lower() not in _NOT_PEOPLE and name.lower() not in own:
                found.append((match.start(), who.named.get(name.lower(), OTHER)))
        who.mentioned.extend(word for _, word in sorted(found))
        del who.mentioned[:-6]

    def referent(self, clause: str, who: Teller) -> str | None:
        """Whom a clause opening "she …" or "he …" is about when that is not the person whose story it
        is: in the person's own story, the last person they named ("my wife is 80 and she has
        dementia"); in a carer's, someone named of the other sex ("he lives with my mum but she has
        arthritis"). None when it is about the person; OTHER when it is about someone unnamed."""
        lowered = clause.lower().replace("’", "'")
        theirs = rf"|{re.escape(who.subject_relation)}'?s" if who.teller == "carer" and who.subject_relation else ""
        theirs += self._by_their_name(who)  # "Peggy's brother had Parkinson's": her brother's
        kin = re.match(rf"(?:and\s+|but\s+)?(?:his|her|their{theirs})\s+(?:own\s+|{context.ADJECTIVES}\s+)?([a-z]+)\b",
                       lowered)
        kin_relation = in_law(kin.group(1), lowered[kin.end(1):]) if kin else None
        if kin_relation and kin_relation in self.relatives and not same_kin(kin_relation, who.subject_relation):
            return kin_relation  # "Her own mum had dementia", "Mum's brother had a stroke": the person's relative
        match = _PRONOUN.match(clause)
        if not match:
            # "My baby was born at 28 weeks"; in a carer's story "Dad has dementia and is in a nursing
            # home" when the story is Mum's
            named = re.match(r"(?:and\s+)?(?:my|our)\s+([a-z]+)\b", clause.lower()) or (
                re.match(r"(?:and\s+|n\s+)?([a-z]+)(?:['’]s)?\s+(?:has|had|is|was|got|gets|lives|takes|uses|needs|"
                         r"cant|can't|can’t|cannot|does|doesn't|doesn’t|suffers|still|also|too|been|in|on)\b",
                         clause.lower()) if who.teller == "carer" or _CALLED_AS_A_NAME.match(clause) else None)
            relation = in_law(named.group(1), clause.lower()[named.end(1):]) if named else None
            if relation and (relation in self.relatives or relation.endswith("-in-law")) \
                    and not same_kin(relation, who.subject_relation):
                return relation
            return None
        female = match.group(1).lower() in {"she", "she's", "she’s", "shes", "her"}
        before = who.opener_before
        if who.teller == "carer" and before and (before in _FEMALE) == female and _LIVES_THERE.match(clause):
            return before  # "My sister helps with shopping. She lives in Leeds.": the sister's home
        opener = who.opened_by
        if who.teller == "carer" and opener and not same_kin(opener, who.subject_relation) and opener in _MALE | _FEMALE \
                and (opener in _FEMALE) == female and not re.match(r"(?:his|her|him)\b", match.group(1), re.IGNORECASE):
            # "my nan used to help but she has dementia now", "my wife would do this but she's having
            # chemo herself": she is the relative who opened the clause before, in the same sentence
            return opener
        if who.teller == "carer":
            own = who.subject_relation
            if not own or own not in _MALE | _FEMALE or (own in _FEMALE) == female:
                return None
        if who.teller == "self" and re.match(r"(?:his|her)\b", match.group(1), re.IGNORECASE):
            return None  # "her car is outside" is not a fact about anyone's health
        for word in reversed(who.mentioned):
            if same_kin(word, who.subject_relation):
                continue
            if word not in _MALE | _FEMALE or (word in _FEMALE) == female:
                return word
        return OTHER

    def last_named(self, who: Teller, possessive: str) -> str | None:
        """In the person's own story, whom "his", "her" or "their" is: the last person named of that sex (a
        name's relation when the story gave it, "friend" for a friend named so, OTHER for someone by a name
        alone); None when no one was named (a story that opens "Her feet are sore" may be told for her)."""
        female = possessive.lower() == "her"
        male = possessive.lower() == "his"
        for word in reversed(who.mentioned):
            if same_kin(word, who.subject_relation):
                continue
            if word not in _MALE | _FEMALE or (female and word in _FEMALE) or (male and word in _MALE) \
                    or not (female or male):
                return word
        return None

    def someone_by_name(self, clause: str, who: Teller) -> tuple[str, int, int] | None:
        """Someone by their name alone who opens the clause, said to have or have had something ("tyler has
        epilepsy", "Dave has diabetes and I help him", "Alf died of a heart attack in 2004"), when the name is
        not the person's: the relative the story named them as (a lower-case name only then), else OTHER;
        with where the name starts and where what they have is said. A bare name was the person's before,
        and a boyfriend's epilepsy and a late husband's heart attack went to services as theirs (the sixth
        fresh held-out forms set). In a carer's story that names nobody as the person, None: it may be theirs."""
        match = _NAME_HAS.match(clause)
        if not match:
            return None
        word = match.group(1)
        name = word.lower()
        if name in self._own_names(who):
            return None
        relation = who.named.get(name)
        if relation is not None:
            return None if same_kin(relation, who.subject_relation) else (relation, match.start(1), match.end())
        if not word[:1].isupper() or name in self.relationship_words or name in _NOT_PEOPLE or name in _NOBODY \
                or name in names.NOT_NAMES or name in names.NOT_LOWER or name.endswith(("ing", "ness")) \
                or zipf_frequency(name, "en") >= 5.0:
            return None
        if who.teller == "carer" and not (who.subject_name and _GONE.match(clause, match.start(1))
                                          or re.search(_BESIDE.format(re.escape(word)), who.story)):
            # a carer may call the person by a name the chat was not told ("Peggy", for Margaret): someone
            # else only when they died (the person is alive) or are said beside the person ("she and Alf")
            return None
        return OTHER, match.start(1), match.end()

    def relative_by_name_at_home(self, clause: str, who: Teller) -> str | None:
        """A relative the story named ("his sister Amber"), by the name alone opening a clause on where they live
        or moved to ("Amber moved out last year to her own flat in Leeds"): the relative, whose home it is (her
        flat and her town were the person's on five forms, session 21); else None."""
        match = _NAME_AT_HOME.match(clause)
        if not match or match.group(1).lower() in self._own_names(who):
            return None
        # "Tom lives with her in her bungalow" (her son Tom): with the person, in the person's home (session 21)
        with_them = rf"\bwith\s+(?:her|him|them|me|us|{re.escape(who.subject_relation or 'her')}|" \
                    rf"{'|'.join(re.escape(n) for n in sorted(self._own_names(who)) if n.isalpha()) or 'her'})\b"
        if re.search(with_them, clause, re.IGNORECASE) or _THEIR_HOME.search(clause[match.end():]):
            return None
        relation = who.named.get(match.group(1).lower())
        return relation if relation and not same_kin(relation, who.subject_relation) else None

    def _by_their_name(self, who: Teller) -> str:
        """The person's own names as owners, to add to a pattern of owners: "|peggy's|margaret's"."""
        owners = sorted(n for n in self._own_names(who) if len(n) > 1 and n.isalpha() and n not in _NOT_PEOPLE)
        return "".join(rf"|{re.escape(n)}'s" for n in owners)

    @staticmethod
    def _own_names(who: Teller) -> frozenset[str]:
        """The person's own names, lower case: the name the story is told for, the one they give as theirs
        ("My name is …", "everyone calls me Beth"), and in a carer's story the names said with it ("Dorothy
        Ainsworth, Dot to everyone")."""
        if who.own_names is None:
            found = set((who.subject_name or "").lower().split())
            if who.teller == "self" and (mine := names.my_name(who.story)):
                found |= set(mine[0].lower().split())
            found |= {w.lower() for m in names.PREFERRED.finditer(who.story) for w in m.group(1).split()}
            first = (who.subject_name or "").split()[:1]
            said = rf"(?:\b((?:[A-Z][a-z]+ +){{0,2}}[A-Z][a-z]+)[ ,(]+{re.escape(first[0])}\b|" \
                   rf"\b{re.escape(first[0])}[ ,(]+((?:[A-Z][a-z]+ *){{1,3}}))" if first else None
            for near in re.finditer(said, who.story) if said else ():
                found |= {w.lower() for w in " ".join(g for g in near.groups() if g).split()}
            who.own_names = frozenset(found)
        return who.own_names

    def other_person(self, clause: str, who: Teller) -> str | None:
        """The relation a clause is about when it starts with one ("My wife works part time",
        "Normally my wife would…")."""
        lowered = clause.lower().replace("’", "'")
        # "Her own mum had dementia"; a carer's "Mum's brother had a stroke" (her brother, Mum being whom
        # the story is about) is the person's relative as "her brother" is
        theirs = rf"{re.escape(who.subject_relation)}'?s" if who.teller == "carer" and who.subject_relation else "his"
        theirs += self._by_their_name(who)
        match = re.match(rf"(?:and\s+|but\s+)?(?:\w+ly\s+)?(?:my|his|her|their|our|me|ma|him|{theirs})\s+"
                         rf"(?:own\s+|{context.ADJECTIVES}\s+)?([a-z]+)", lowered)
        relation = in_law(match.group(1), lowered[match.end(1):]) if match else None
        if relation and (relation in self.relationship_words or relation.endswith("-in-law")) \
                and not same_kin(relation, who.subject_relation):
            return relation
        return None

    def still_them(self, clause: str, who: Teller) -> str | None:
        """The relative who opened the clause before, when this one goes on with "she" or "he" of the same sex ("My nan
        used to help us but she died last year, she had bipolar too": the nan's bipolar, not the person's (the
        twenty-fourth fresh forms set, session 30: it was read back as the person's, in the past))."""
        opener = who.opened_by
        said = re.match(r"\W*(?:and\s+|but\s+|n\s+)?(she|he)(?:['’]s|s|['’]d)?\b", clause, re.IGNORECASE)
        if not opener or not said or opener not in _MALE | _FEMALE:
            return None
        return opener if (opener in _FEMALE) == (said.group(1).lower() == "she") else None

    def subject_relation(self, story: str) -> str | None:
        """For a carer's story: the relation they say they care for or write about ("My husband and I
        look after my mum", "I'm calling about my dad"), else the first 'my <relation>'; "my
        mother-in-law" and "my father in law" are that, not a mother or father."""
        found = self._subject_relation(story)
        if found in ("mother", "father"):
            lowered = story.lower()
            first = re.search(rf"\b(?:my|our|me)\s+(?:{context.ADJECTIVES}\s+)?{found}\b", lowered)
            if first and re.match(r"(?:-| )in(?:-| )law\b", lowered[first.end():]):
                return f"{found}-in-law"
        return found

    def _subject_relation(self, story: str) -> str | None:
        lowered = story.lower()
        # "I'm his daughter. Mum has arthritis and Dad has dementia": the story is a man's, so Dad's
        stated = re.search(r"\b(?:i'm|i’m|im|i am)\s+(his|her)\s+(?:\w+\s+)?(?:daughter|son|wife|husband|partner|"
                           r"sister|brother|niece|nephew|granddaughter|grandson|carer|friend|neighbour|neighbor)\b",
                           lowered)
        # "She has COPD and arthritis. Dad has dementia": a story that opens on "she" is a woman's
        opens = re.match(r"\W*(she|he)(?:['’]s|s)?\b", lowered)
        sex = stated.group(1) if stated else {"she": "her", "he": "his"}[opens.group(1)] if opens else None
        wrong_sex = (_FEMALE if sex == "his" else _MALE) if sex else frozenset()
        first = re.search(rf"\b(?:my|our|me)\s+(?:{context.ADJECTIVES}\s+)?([a-z]+)", lowered)
        for match in _CARED_FOR.finditer(lowered):
            # the one they look after, when they say so no later than the sentence naming anyone first
            # ("My husband and I look after my mum"; not "…my mum has depression. I look after my brother")
            if first and _sentence_at(story, match.start()) != _sentence_at(story, first.start()) \
                    and match.start() > first.start():
                break
            if match.group(1) in self.relationship_words and match.group(1) not in wrong_sex \
                    and not _died(story, match):
                return match.group(1)
        # A sentence's first word is looked at without taking it: "I'm her daughter. My mum has…"
        for match in re.finditer(rf"\b(?:my|our|me)\s+(?:{context.ADJECTIVES}\s+)?([a-z]+)|(?:^|(?<=[.!?]\s)|(?<=\n))([a-z]+)\b",
                                 lowered):
            relation = match.group(1) or match.group(2)
            if (match.group(2) or relation not in self.relatives) and relation.endswith("s") \
                    and relation[:-1] in self.relatives and (re.match(
                        r"\s+(?:got|been|gone|had|not|in|on|still|now|getting|having|\d{1,3}\b|nearly|almost|just)\b",
                        lowered[match.end():]) or relation[:-1] in context.ONE_OF):
                relation = relation[:-1]  # "Dads got bowel cancer", "my mums 84", "mums dementia is worse": "Dad's", typed
                # without its apostrophe (one has one mum: "mums" is hers)
            if relation in wrong_sex:
                continue
            died = _died(story, match)
            if relation in self.relatives and not died:
                return relation
            if match.group(1) in self.relationship_words and not died:
                return relation
        if sex:  # "I'm his daughter. Mum has arthritis and Dad has dementia"
            for match in re.finditer(r"\b([a-z]+)\b", lowered):
                if match.group(1) in self.relatives and match.group(1) in _MALE | _FEMALE \
                        and match.group(1) not in wrong_sex and not _died(story, match) \
                        and lowered[max(0, match.start() - 4):match.start()] not in ("his ", "her "):
                    return match.group(1)
        return None

    @staticmethod
    def relation_sentence_end(story: str, relation: str) -> int | None:
        """Where the sentence ends in which a carer first says "my <relation>" ("our <relation>"), if they do."""
        match = re.search(rf"\b(?i:my|our)\s+(?:(?i:{context.ADJECTIVES})\s+)?(?i:{re.escape(relation)})\b", story)
        if not match:
            return None
        return min((i for i in (story.find(".", match.end()), story.find("\n", match.end())) if i != -1),
                   default=len(story))

    def name_after_relation(self, story: str, relation: str) -> str | None:
        match = re.search(rf"\b(?i:my|our)\s+(?:(?i:{context.ADJECTIVES})\s+)?(?i:{re.escape(relation)})\b", story)
        if match:
            found = names.name_after(story, match.end(), self.relationship_words)
            if found:
                return found[0]
        match = re.search(rf"\b([A-Z][a-z]+) is (?:my|our) {re.escape(relation)}\b", story)
        if match:
            return match.group(1)
        if not re.search(r"[A-Z]", story):  # typed all in lower case: "its about my dad ron smith, hes 88"
            match = re.search(rf"\b(?:my|our)\s+{re.escape(relation)}\s+([a-z]+(?:\s+[a-z]+)?)\s*[,.]", story) or \
                re.search(rf"\b(?:my|our)\s+{re.escape(relation)}\s+([a-z]+)\s+(?=(?:hes|he's|shes|she's|is|who|aged?)\s)",
                          story)  # "its 4 my son jayden hes 9"
            words = match.group(1).split() if match else []
            if words and not any(w in self.relationship_words or w in names.NOT_NAMES or w in names.NOT_LOWER
                                 or cues.FIRST_PERSON & {w} for w in words):
                return " ".join(w.capitalize() for w in words)
        return None

    def is_subject_phrase(self, before: str, teller: str, relation: str | None = None) -> bool:
        """Whether the words before "is 84" name the person the story is about ("my little brother
        who is 8" in a carer's story about their mum does not)."""
        words = before.lower().split()
        if len(words) > 2 and words[-1] == "law" and words[-2] == "in":  # "my father in law is 80"
            words = words[:-3] + [in_law(words[-3], " in law")]
        if len(words) > 1 and words[-1] == "who" and words[-2] in self.relationship_words and words[-2] != relation:
            return False
        if teller == "self":
            return bool(words) and words[-1] in {"who", "i", "i'm"}
        if words and relation and words[-1] in self.relatives and relation not in (
                words[-1], context.INFORMAL_KIN.get(words[-1])) and (len(words) < 2 or words[-2] not in ("his", "her")):
            return False  # "my lil bro is 8", in a story about their mum
        return bool(words) and (words[-1] in {"who", "he", "she", "they"} or words[-1] in self.relationship_words
                                or words[-1] == relation
                                or (words[-1][:1].isalpha() and before.split()[-1][:1].isupper()))


_HEDGE = re.compile(r"\b(?:as far as (?:i|we) know|that (?:i|we) know of|i think|i believe|i reckon|i guess"
                    # said again: "stroke i told u", "a stroke like i said" is the stroke, no fact of the carer's
                    r"|(?:like|as) i (?:said|told (?:u|you|ya))|(?:i|i've|i’ve|ive|i have) (?:already |just |now )?"
                    r"(?:told|said to) (?:u|you|ya)(?: (?:already|before|earlier|twice|that))?"
                    r"|i (?:already |just )?said(?= *(?:$|[,.!]|already\b|before\b|earlier\b)))\b")
# A carer and someone else doing something together, said as its subject: "his dad and me both work"
_NO_ONE_ELSE_HELPS = re.compile(r"\W*(?:and\s+|but\s+|so\s+)?(?:nobody|no one|no-one|noone|no1)\s+else\s+"
                                r"(?:helps?|does anything|to help)\b")
# "I'm the one allergic to penicillin, not him", "it's me that has asthma, not her": the carer's own,
# said so to be told from the person's
_ME_NOT_THEM = re.compile(r"\W*(?:and\s+|but\s+)?(?:(?:i'm|i’m|im|i\s+am)\s+the\s+one|(?:it's|it’s|its|it\s+is)\s+me)\b"
                          r".*\bnot\s+(?:him|her|them)\b")
_WITH_ME = re.compile(r"(?:(?:his|her|their)\s+[a-z]+\s+and\s+(?:me|i)|(?:me|i)\s+and\s+(?:his|her|their)\s+[a-z]+)\s+"
                      r"(?:both\s+)?(?:work|works|are|have|get|do)\b")


def in_law(word: str, after: str) -> str:
    """"mother" said as "mother in law" or "mother-in-law" is the mother-in-law."""
    return f"{word}-in-law" if word in ("mother", "father") and re.match(r"(?:-| )in(?:-| )law\b", after) else word


def _died(story: str, match: re.Match[str]) -> bool:
    """Whether the sentence says that the person just named has died ("Mum died in 2019", "my late
    husband"), not someone else in it ("Dad's 71 and drinks a lot since mum died")."""
    sentence = _sentence_at(story, match.start())
    near = story[max(0, match.start() - 12):match.end() + 30]
    died = cues.DIED.search(near)
    if not died or not cues.DIED.search(sentence):
        return False
    # "My mum has dementia and my dad died last year": the one who died is named between them
    between = near[match.end() - max(0, match.start() - 12):died.start()]
    return not re.search(r"\b(?:and|but|while|since|after|when)\b|[,;]", between, re.IGNORECASE)


def _sentence_at(story: str, position: int) -> str:
    """The sentence of `story` that holds `position` (for a carer's first words about someone)."""
    start = max(story.rfind(".", 0, position), story.rfind("\n", 0, position)) + 1
    end = min((i for i in (story.find(".", position + 1), story.find("\n", position + 1)) if i != -1),
              default=len(story))
    return story[start:end]


# The carer's relationship to the person (as the carer questions keep it: "daughter", "son or daughter",
# "partner", "grandchild", "neighbour") -> the kin words the carer may use for the person. A daughter's
# person is her mum or dad; a wife's, her husband; a neighbour's, no kin word ("Dad" is the person's dad).
_PARENT = frozenset("""mum mother mom mam mammy mummy ma dad father daddy da papa pa stepmum stepmother stepdad
stepfather""".split())
_PARTNER = frozenset("husband wife partner hubby hubbie missus spouse boyfriend girlfriend fiance fiancee".split())
_GRANDPARENT = frozenset("""nan nana nanna gran granny grandma grandmother grandad granddad grandpa grandfather gramps
grampa granda""".split())
_CHILD = frozenset("son daughter boy girl child kid stepson stepdaughter lad lass".split())
_SIBLING = frozenset("brother sister bro sis".split())
_PERSON_WORDS: dict[str, frozenset[str]] = {}
for _roles, _words in (
        ("daughter son child stepson stepdaughter lad lass lassie laddie", _PARENT),
        ("wife husband partner spouse boyfriend girlfriend fiance fiancee", _PARTNER),
        ("grandchild grandson granddaughter", _GRANDPARENT),
        ("parent mum mother dad father guardian", _CHILD),
        ("brother sister sibling twin", _SIBLING),
        ("friend neighbour neighbor carer nurse", frozenset()),
        # a daughter-in-law's "my mum" is her own mother, never the person (her father- or mother-in-law)
        ("daughter in law|son in law", frozenset({"mother-in-law", "father-in-law"}))):
    _PERSON_WORDS.update(dict.fromkeys(_roles.split("|" if "|" in _roles else None), _words))
# "other family" (the chat's choice for an in-law, an aunt, a grandchild): never the carer's partner, parent, child or
# sibling ("he is Geoffrey, is father of my husband … my husband Mark has a bad back": a stranger, session 40, had Mark's
# back sent as Geoffrey's)
_OTHER_FAMILY = _GRANDPARENT | frozenset({"aunt", "auntie", "aunty", "uncle", "cousin", "niece", "nephew", "mother-in-law",
                                          "father-in-law", "brother-in-law", "sister-in-law", "godmother", "godfather"})
_PERSON_WORDS.update({"other family": _OTHER_FAMILY, "other family member": _OTHER_FAMILY, "family member": _OTHER_FAMILY,
                      "relative": _OTHER_FAMILY})
_PERSON_WORDS.update({"son or daughter": _PARENT, "husband, wife or partner": _PARTNER, "brother or sister": _SIBLING, "friend or neighbour": frozenset(),
                      "paid carer or support worker": frozenset(), "paid carer": frozenset(),
                      "care worker": frozenset(), "support worker": frozenset(), "key worker": frozenset(),
                      "personal assistant": frozenset(), "social worker": frozenset(), "best friend": frozenset()})
# When the kin word said is someone else, the person is the other one of the pair: a daughter's "Dad",
# in Margaret's story, is Margaret's husband, so Margaret is Mum.
_OTHER_OF_PAIR = {**dict.fromkeys(_PARENT & _MALE, "mum"), **dict.fromkeys(_PARENT & _FEMALE, "dad"),
                  **dict.fromkeys(_GRANDPARENT & _MALE, "nan"), **dict.fromkeys(_GRANDPARENT & _FEMALE, "grandad")}
# A partner's own family are the person's in-laws: no family history of the person's.
IN_LAW = {"mum": "mother-in-law", "mother": "mother-in-law", "mam": "mother-in-law", "mom": "mother-in-law",
          "dad": "father-in-law", "father": "father-in-law", "brother": "brother-in-law",
          "sister": "sister-in-law"}


def person_words(relationship: str | None) -> frozenset[str] | None:
    """The kin words that may name the person, for a carer related to them as `relationship`: None
    when that says nothing (not given, or "cousin"); empty when no kin word does ("neighbour")."""
    if not relationship:
        return None
    role = re.sub(r"[\s_-]+", " ", relationship.lower()).strip()
    role = re.sub(r"^(?:their|his|her|the|a|an|my)\s+", "", role)
    if role in _PERSON_WORDS:
        return _PERSON_WORDS[role]
    last = role.split()[-1] if role.split() else ""
    return _PERSON_WORDS.get(last) if last in ("carer", "worker", "friend", "neighbour", "neighbor") else None


def is_partner(relationship: str | None) -> bool:
    return person_words(relationship) == _PARTNER


# "mum died last year", "since dad passed": someone who has died is not the person whose story it is
# (a daughter's story of her father, "he has COPD. mum died last year", was read as her mother's and
# lost his health and medicines).
_DIED_AFTER = re.compile(r"\s+(?:(?:sadly|recently|suddenly)\s+)?(?:died|passed|has died|had died|is dead|was killed|"
                         r"went|has gone|lost (?:her|his) (?:battle|fight))\b")


def relation_for(relationship: str | None, found: str | None, subject_name: str | None, story: str,
                 kin: frozenset[str]) -> str | None:
    """The kin word that names the person in a carer's story, knowing how the carer is related to
    them: `found` (as the story alone suggests) when it can name them, else one the story uses that can.
    With the person's name in the story ("Margaret has COPD. Dad has dementia"), a kin word said apart
    from the name is someone else: a daughter's "Dad" is then Margaret's husband, and Margaret is Mum."""
    words = person_words(relationship)
    if words is None:
        return found
    if not words:
        return None  # a neighbour's "Dad" is the person's dad
    lowered = story.lower()
    name = (subject_name or "").lower().strip()
    if name in words:
        return name  # the person's name given as "Mum"
    candidate = found if found in words else next(
        (m.group(2) for m in re.finditer(r"\b(?:(his|her|their)\s+)?([a-z]+)\b", lowered)
         if m.group(2) in words & kin and not m.group(1) and not _DIED_AFTER.match(lowered, m.end())
         and not re.search(r"\b(late|dead|departed)\s+$", lowered[:m.start()])), None)
    if candidate is None or not name or not re.search(rf"\b{re.escape(name)}\b", lowered):
        return candidate
    # "my mum Doris", "my mum, her name is Doris Patel", "my mum who is called Doris", "Doris is my mum"
    tied = (rf"\b(?:my|our)\s+(?:{context.ADJECTIVES}\s+)?{candidate}\s*[,.]?\s*(?:\(\s*)?"
            rf"(?:(?:(?:her|his|their)\s+names?\s+(?:is|are|was|be|=|:)?|(?:who\s+is\s+|(?:she|he)\s+is\s+|"
            rf"(?:she|he)s\s+)?(?:called|named|known\s+as))\s*)?{re.escape(name)}\b|"
            rf"\b{re.escape(name)}\s*,?\s*(?:\(\s*|is\s+|who\s+is\s+)?(?:my|our)?\s*{candidate}\b")
    if re.search(tied, lowered) or candidate in _PARTNER:
        return candidate  # a wife's "my husband", said apart from Geoffrey's name, is Geoffrey: she has one
    if _name_given_as_theirs(name, sex_of(candidate), lowered):
        return candidate  # "Dad is 79 … his full name is Frank Baxter": Dad is Frank (he was made Mum: session 32)
    return _OTHER_OF_PAIR.get(candidate)


def _name_given_as_theirs(name: str, sex: str | None, lowered: str) -> bool:
    """Whether the only sentences that name the person give the name as "his name is …" ("her full name is …") of the
    sex the kin word says, and name no one else: the name of the one the story calls by the kin word, as a carer
    puts a name right at the read-back ("his full name is Frank Baxter, same as mine")."""
    pronoun = {"male": "his", "female": "her"}.get(sex or "")
    if pronoun is None:
        return False
    sentences = [s for s in re.split(r"[.!?\n]+", lowered) if re.search(rf"\b{re.escape(name)}\b", s)]
    given = re.compile(rf"\b{pronoun}\s+(?:full\s+|first\s+|real\s+|proper\s+)?name\s*(?:is|'s|’s|s|=|:)\s*{re.escape(name)}\b")
    # ("My brother helps out, his name is Frank": the brother's name, a second reader, session 32)
    return bool(sentences) and all(given.search(s) and not _SOMEONE_ELSE_NAMED.search(s) for s in sentences)


_SOMEONE_ELSE_NAMED = re.compile(r"\b(?:brother|sister|son|daughter|friend|mate|pal|neighbour|carer|husband|wife|partner|"
                                 r"nephew|niece|uncle|aunt|auntie|cousin|grandson|granddaughter|lodger|boyfriend|girlfriend)\b")
