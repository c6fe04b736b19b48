"""Typing made plain before any reply is read: lower case, apostrophes and curly quotes dropped
("thats", "dont"), text-speak spelt out ("pls", "u", "thx"), letters held down squashed ("yesss")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

_SPOKEN = {"u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "plse": "please",
           "plez": "please", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thanks",
           "ta": "thanks", "tnx": "thanks", "cheers": "thanks", "thankyou": "thanks", "thank you": "thanks",
           "im": "i am", "ive": "i have", "youve": "you have", "weve": "we have", "theyve": "they have",
           "yse": "yes", "yws": "yes", "id": "i would", "ill": "i will", "thatll": "that will", "itll": "it will", "youll": "you will", "theyll": "they will",
           "theyd": "they would", "youd": "you would", "thered": "there would", "whos": "who is",
           "theres": "there is", "heres": "here is", "cant": "cannot", "cnt": "cannot",
           "dont": "do not", "didnt": "did not", "doesnt": "does not", "isnt": "is not", "wasnt": "was not",
           "wont": "will not", "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
           "arent": "are not", "havent": "have not", "hasnt": "has not", "aint": "is not", "dnt": "do not",
           "thats": "that is", "its": "it is", "whats": "what is", "hes": "he is", "shes": "she is",
           "theyre": "they are", "were": "we are", "youre": "you are", "lets": "let us",
           "wat": "what", "wot": "what", "wht": "what", "wut": "what", "abt": "about", "b4": "before",
           "cud": "could", "wud": "would", "shud": "should", "gud": "good", "gd": "good", "nd": "and",
           "n": "n", "k": "ok", "kk": "ok", "okk": "ok", "okey": "ok", "okie": "ok", "okay": "ok",
           "oki": "ok", "okey-dokey": "ok", "alright": "ok", "allright": "ok", "aright": "ok", "thnk": "think",
           "msg": "message", "txt": "text", "ppl": "people", "tho": "though", "cos": "because",
           "coz": "because", "bc": "because", "gotta": "got to", "gonna": "going to", "wanna": "want to",
           "gtg": "got to go", "g2g": "got to go", "brb": "be right back", "idk": "i do not know",
           "dunno": "do not know", "dno": "do not know", "wtf": "what", "rn": "right now", "2day": "today",
           "2moro": "tomorrow", "tmrw": "tomorrow", "l8r": "later", "l8er": "later", "ltr": "later",
           "sry": "sorry", "soz": "sorry", "sorri": "sorry", "yh": "yes", "ys": "yes", "yss": "yes",
           "yess": "yes", "yesh": "yes", "yas": "yes", "yus": "yes", "yesz": "yes", "noo": "no", "nop": "no",
           "nopes": "no", "nah": "no", "naa": "no", "na": "no", "nae": "no", "nahh": "no", "naw": "no",
           "yeah": "yes", "yea": "yes", "yeh": "yes", "yep": "yes", "yup": "yes", "ya": "yes", "yah": "yes",
           "ye": "yes", "yeps": "yes", "yeap": "yes", "aye": "yes", "yessir": "yes", "yez": "yes", "y": "yes",
           "nope": "no", "thankss": "thanks", "everythin": "everything", "evrything": "everything",
           "evrythin": "everything", "finishd": "finished", "finsihed": "finished", "fnished": "finished",
           "finised": "finished", "finnished": "finished", "corect": "correct", "correckt": "correct",
           "corrrect": "correct", "rite": "right", "ryt": "right", "rigth": "right", "riht": "right",
           "thta": "that", "tht": "that", "taht": "that", "teh": "the", "al": "all", "awl": "all",
           "nuthin": "nothing", "nothin": "nothing", "nuffin": "nothing", "nthing": "nothing",
           "els": "else", "agian": "again", "agin": "again", "agen": "again", "strat": "start",
           "stat": "start", "statr": "start", "hlp": "help", "hepl": "help", "halp": "help",
           "persn": "person", "peson": "person", "humen": "human", "huma": "human", "stp": "stop",
           "canel": "cancel", "cancle": "cancel", "perfick": "perfect", "prefect": "perfect",
           "agre": "agree", "argee": "agree", "agreee": "agree", "shure": "sure", "shur": "sure",
           "offcourse": "of course", "ofcourse": "of course", "ofc": "of course", "def": "definitely",
           "defo": "definitely", "deffo": "definitely", "defos": "definitely", "yrs": "years",
           "yr": "year", "yo": "years old",
           # Scots and Northern English: "dinnae have a phone", "he canny get up", "shes ma wife", "aye hen"
           "dinnae": "do not", "didnae": "did not", "cannae": "cannot", "canny": "cannot", "wouldnae": "would not",
           "couldnae": "could not", "havenae": "have not", "hasnae": "has not", "isnae": "is not",
           "disnae": "does not", "wisnae": "was not", "willnae": "will not", "dinna": "do not", "ma": "my",
           "hen": "", "pet": "", "duck": "", "me duck": "",
           "nowt": "nothing", "owt": "anything", "summat": "something", "whit": "what", "dae": "do",
           "wean": "child", "anymore": "any more", "sumthing": "something", "somethin": "something",
           "smthing": "something", "sth": "something", "bcoz": "because", "bcz": "because", "becuz": "because",
           "dunt": "does not", "doesn": "does not", "wana": "want to",
           "tbh": "to be honest", "atm": "at the moment", "asap": "as soon as possible",
           # Scots: "ah'm", "ah'll", "tae", "the morra", "aboot", "oot", "aw", "yin", "nane", "mair", "maw"
           "ahm": "i am", "ahll": "i will", "ahve": "i have", "ahd": "i would", "tae": "to", "morra": "tomorrow",
           "aboot": "about", "oot": "out", "aw": "all", "yin": "one", "nane": "none", "mair": "more", "maw": "mum",
           "wats": "what is", "whits": "what is", "wots": "what is", "some1": "someone", "any1": "anyone",
           "sory": "sorry", "rong": "wrong", "latter": "later", "stopp": "stop"}
# "dae ye mean", "thank ye": after a verb, "ye" is "you" (on its own it is "yes")
_YE_YOU = re.compile(r"\b(dae|do|did|does|can|could|will|would|are|have|thank|tell|see|told|gave|give|to|with|for|were) ye\b")


# Punctuation said aloud to a dictating phone: "that is everything full stop", "no comma it is ventolin".
_SPOKEN_MARKS = re.compile(r"\b(full stop|period|comma|new line|new paragraph|exclamation mark|colon|semicolon)\b")
# Words read by the words around them (no list of single words can): a Scots "no" after a verb is "not",
# "noo" after the first word "now"; "o the" is "of the"; "2" after a verb of talking is "to"; "ad that"
# is "add that"; "grand daughter" is one word; "dont no what" is "know"; "to rite" is "to write".
_Rewrite = tuple[re.Pattern[str], "str | Callable[[re.Match[str]], str]"]
_IN_CONTEXT: list[_Rewrite] = [
    (re.compile(r"\b(i am|is|are|was|were|it is|that is) no (\w+ing|\w+in|goin|daein)\b"), r"\1 not \2"),
    (re.compile(r"\b(rid|all|none|some|one|out|both) o (?=the|ma|my|his|her|it|that|them|those|these|em)"), r"\1 of "),
    (re.compile(r"\b(of|all) em\b"), r"\1 them"),
    (re.compile(r"\b(talk|speak|chat|go|want|need|back|listen|send|tell|say|write|get|talking|speaking) 2\b"), r"\1 to"),
    (re.compile(r"^ad (?=that|in|on|to|my|his|her|she|he|they|i)\b"), "add "),
    (re.compile(r"\bgrand (daughter|son|child|children|mother|father|ma|pa|dad|mum)\b"), r"grand\1"),
    (re.compile(r"\b(do not|dont|did not|didnt) no\b(?= (what|which|how|who|where|if|whether|why))"), r"\1 know"),
    (re.compile(r"\bdaein\b"), "doing"),
    (re.compile(r"^kindly (?=(remove|delete|add|change|correct|amend|update|take|put|include|leave|drop|send|share|"
                r"stop|let|give|tell|help|call|ring)\b)"), "please "),  # "kindly remove asthma": a polite please
    (re.compile(r"\b(non) of\b"), "none of"),
    (re.compile(r"^(can|could|may|shall) a (?=\w+ (to|tae|with|a|the|this|that|it)\b)"), r"\1 i "),
]
# Second-language English: "i not understand", "i want stop", "what i must write": a verb without its helper.
_HELPER_LEFT_OUT: list[_Rewrite] = [
    (re.compile(r"\b(i|we|he|she|they) (not|no) (understand|know|want|like|need|have|agree|remember)\b"),
     lambda m: f"{m.group(1)} {'does' if m.group(1) in ('he', 'she') else 'do'} not {m.group(3)}"),
    (re.compile(r"\b(want|need|wish|like|would like|try) (stop|talk|speak|finish|continue|add|remove|change|start|go|say|"
                r"write|tell|share|choose|pick|come back|cancel|quit|end|delete)\b"), r"\1 to \2"),
    (re.compile(r"^what (i|we) (must|should|can|need to|have to) "), r"what \2 \1 "),
]


def plain(text: str) -> str:
    """Lower case, apostrophes and curly quotes gone, text-speak spelt out, runs of a letter squashed."""
    lowered = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    lowered = re.sub(r"(\w)'(\w)", r"\1\2", lowered)  # "that's" -> "thats", "don't" -> "dont"
    lowered = lowered.replace("&", " and ")
    lowered = re.sub(r"([a-z])\1{2,}", r"\1\1", lowered)  # "yesss" -> "yess", "noooo" -> "noo"
    lowered = _YE_YOU.sub(r"\1 you", lowered)
    # "i dont no its the council": "know" misspelt, with more said after it, read before the marks go ("i dont,
    # no", "i dont no, we rent" and a bare "we dont no" are a no)
    lowered = re.sub(r"\bi (dont|do not|didnt|did not) no(?= (?!(more|longer|one|way)\b)[a-z])", r"i \1 know", lowered)
    # "y do u need to know": text-speak "why" before a question's verb and who it asks about, not "yes"
    lowered = re.sub(r"^\W*y (?=(do|does|did|are|r|is|would|should|cant|can|dont|not|wont|must) (u|you|i|we|they|he|she|it)\b)",
                     "why ", lowered)
    lowered = _SPOKEN_MARKS.sub(" ", lowered.replace("question mark", "?"))
    lowered = re.sub(r"(?<=\w) noo\b", " now", re.sub(r"\bto rite\b", "to write", lowered))
    words = re.findall(r"[a-z0-9]+|\?", lowered)
    out = [_SPOKEN.get(word, mend(word)) for word in words]
    said = re.sub(r"\s+", " ", " ".join(out)).strip()
    for pattern, put in _IN_CONTEXT + _HELPER_LEFT_OUT:
        said = pattern.sub(put, said)
    return said


def bare(plain_text: str) -> str:
    """Plain text without its question marks."""
    return plain_text.replace(" ?", "").replace("?", "").strip()



# The words a reply is read by (what the readers in this package look for), which a misspelling of is
# mended: "tallk to a persen", "remuve", "benifits", "socail care", "nieghbour", "daugther". Only a word
# that is not English (not in the word lists, not written often: bot.understanding.structuring.fuzzy) is
# mended, to the one reply word nearest it with the same first letter; two as near are left alone.
_REPLY_VOCABULARY = frozenset("""stop stopping later person people human talk speak someone somebody remove delete
understand again start restart finish finished everything nothing correct right wrong sorry please thanks agree
benefits welfare assessment adaptations adaptation social nursing nurse nurses employment support practice doctor
doctors carer carers community neighbour daughter granddaughter grandson grandmother grandfather partner husband
brother sister father mother friend cousin nephew niece adult service services question options explain anything
something forgot missed change include tomorrow minute pause continue cancel begin beginning money housing shower
stairs surgery district allowance advice real actually already another different instead""".split())


def mend(word: str) -> str:
    """A misspelt reply word mended ("persen" -> "person"); any other word as it is."""
    if len(word) < 5 or not word.isalpha() or word in _REPLY_VOCABULARY:
        return word
    if word.endswith("in") and word + "g" in _REPLY_VOCABULARY:  # "stoppin"
        return word + "g"
    return _mended(word)


_ORDINARY = 2.0  # Zipf frequency from which a word is written often enough to be English (as fuzzy.py)


@lru_cache(maxsize=4096)
def _mended(word: str) -> str:
    from english_words import get_english_words_set  # loaded once, on the first word not known
    from wordfreq import zipf_frequency

    def limit(known: str) -> int:  # one edit, two in a long word ("asesment" for "assessment")
        return 1 if max(len(word), len(known)) <= 8 else 2

    near = [(_distance(word, known), known) for known in _REPLY_VOCABULARY
            if known[0] == word[0] and abs(len(known) - len(word)) <= limit(known)]
    near = [(d, known) for d, known in near if d <= limit(known)]
    if not near:
        return word
    best = min(d for d, _ in near)
    nearest = [known for d, known in near if d == best]
    if len(nearest) != 1 or zipf_frequency(word, "en") >= _ORDINARY or word in _english(get_english_words_set):
        return word
    return nearest[0]


@lru_cache(maxsize=1)
def _english(load: Callable[..., set[str]]) -> frozenset[str]:
    return frozenset(load(["web2", "gcide"], lower=True, alpha=True))


def _distance(a: str, b: str) -> int:
    """Edits (a letter added, dropped, changed, or two swapped) from `a` to `b`."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        now = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            now[j] = min(row[j] + 1, now[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                now[j] = min(now[j], before[j - 2] + 1)
        before, row = row, now
    return row[-1]
