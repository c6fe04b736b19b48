"""Text as people type it, made plain for the rules and the classifier.

Lower case; curly quotes straightened; contractions expanded with or without their apostrophe
("dont", "don't" -> "do not"; "hes" -> "he is"); common text-speak ("u", "wont", "coz", "kms");
dropped g's restored where that makes an English word ("takin" -> "taking"); misspellings of the
words the rules look for corrected by the bounded edit-distance lookup structuring already uses
(bot/understanding/structuring/fuzzy.py: never a real English word, never a guess between two meanings); and each
word's lemma ("took" -> "take", "hitting" -> "hit"), so one rule hears every tense.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.understanding.structuring.fuzzy import FuzzyIndex, edit_distance, english_words, is_english

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})
_APOSTROPHE_FORMS = [
    (re.compile(r"\bcan'?t\b"), "can not"), (re.compile(r"\bwon'?t\b"), "will not"),
    (re.compile(r"\bain'?t\b"), "is not"), (re.compile(r"\bshan'?t\b"), "shall not"),
    (re.compile(r"n't\b"), " not"), (re.compile(r"'ll\b"), " will"), (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'re\b"), " are"), (re.compile(r"\bi'm\b"), "i am"), (re.compile(r"'d\b"), " would"),
    (re.compile(r"\b(he|she|it|that|there|what|who|where|here)'s\b"), r"\1 is"),
    (re.compile(r"'s\b"), ""), (re.compile(r"'"), ""),
    # "no one", "no-one's", "no ones", "no1", "noones": "nobody", so that a rule can hear who is denied, and the
    # rules and the classifier read every way of typing it alike ("no one helps me" got the neglect help at 0.07,
    # "nobody helps me" none at 0.03: the classifier had learnt the two words apart)
    (re.compile(r"\bno ?(one|1)s?\b"), "nobody"),
]
# Words typed without their apostrophe, and text-speak: one word -> what it stands for.
SHORT_FORMS: dict[str, str] = {
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not", "cannot": "can not",
    "wont": "will not", "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not", "havent": "have not",
    "hasnt": "has not", "hadnt": "had not", "aint": "is not", "mustnt": "must not", "im": "i am",
    "ive": "i have", "hes": "he is", "shes": "she is", "theyre": "they are", "youre": "you are",
    "thats": "that is", "theres": "there is", "whats": "what is", "itll": "it will", "ill": "ill",
    "u": "you", "ur": "your", "yr": "your", "r": "are", "n": "and", "wiv": "with", "wid": "with",
    "wif": "with", "w": "with", "coz": "because", "cos": "because", "cuz": "because", "bc": "because",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "dunno": "do not know", "idk": "i do not know",
    "pls": "please", "plz": "please", "ppl": "people", "bf": "boyfriend", "gf": "girlfriend",
    "hubby": "husband", "hubbie": "husband", "mam": "mum", "mom": "mum", "mommy": "mum", "mummy": "mum",
    "ma": "mum", "bro": "brother", "sis": "sister", "m8": "mate", "b4": "before", "luv": "love",
    "every1": "everyone", "evry1": "everyone", "sum1": "someone", "some1": "someone", "any1": "anyone", "no1": "nobody",
    "nothin": "nothing", "sumthin": "something", "summat": "something", "wot": "what", "wat": "what",
    "kms": "kill myself", "kys": "kill yourself", "unalive": "kill", "selfharm": "self harm",
    "selfharming": "self harming", "sh": "sh", "tho": "though", "thru": "through", "nite": "night",
    "2nite": "tonight", "2day": "today", "tmrw": "tomorrow", "ya": "you", "yh": "yeah", "nd": "and",
    "ima": "i am going to", "imma": "i am going to", "lemme": "let me", "gimme": "give me",
    "meself": "myself", "mysef": "myself", "myslef": "myself", "mysefl": "myself", "me self": "myself",
    "nabour": "neighbour", "naybor": "neighbour", "neighbor": "neighbour", "nieghbour": "neighbour",
    "neighbors": "neighbours", "naybour": "neighbour", "kil": "kill", "kiling": "killing",
    "killin": "killing", "hurtin": "hurting", "cuttin": "cutting", "takin": "taking", "hitin": "hitting",
    "pention": "pension", "penshun": "pension", "pensoin": "pension", "munny": "money", "mony": "money",
    "benifits": "benefits", "benafits": "benefits", "tablts": "tablets", "pils": "pills",
    "grandaughter": "granddaughter", "grandsun": "grandson", "dauter": "daughter", "doughter": "daughter",
    "husbend": "husband", "husbnd": "husband", "boyfreind": "boyfriend", "freind": "friend",
    "freinds": "friends", "frend": "friend", "frends": "friends",
    # found in a batch of short messages (tuning_short.tsv): "cnt do this", "dosent feed me", "better off
    # deid", "i slef harm", "the nures slapped my gran", "my powr of attorney"
    "cnt": "can not", "cudnt": "could not", "dosent": "does not", "doesent": "does not", "dnt": "do not",
    "deid": "dead", "slef": "self", "nures": "nurse", "powr": "power",
    # the eighteenth fresh set (session 33): "lad frm grindr wudnt stop wen i said no"
    "wudnt": "would not", "wouldn": "would not", "askd": "asked",
    # Scots, as a stranger typed it (session 39: "tae stay at hame wi me" got the Domestic Abuse Helpline, "he takes it at
    # nicht" the elder abuse line; the same words in English alarm nothing)
    "tae": "to", "hame": "home", "nicht": "night", "wi": "with", "dae": "do", "oot": "out", "hoose": "house",
    "aboot": "about", "cannae": "can not", "canna": "can not", "didnae": "did not", "doesnae": "does not",
    "dinnae": "do not", "isnae": "is not", "wisnae": "was not", "wouldnae": "would not", "couldnae": "could not",
    "ain": "own", "fae": "from",
}
# "want 2 die", "the urge 2 cut": "2" is "to" after these
_TWO_IS_TO = frozenset({"want", "wanted", "wants", "going", "got", "have", "has", "need", "needs", "urge", "like",
                        "trying", "try", "tried", "used", "able", "scared", "afraid", "ready", "how", "way", "ways"})
# Irregular forms -> lemma; regular ones are found by taking off a suffix (lemma()).
IRREGULAR: dict[str, str] = {
    # the word list's stems that are no English root: "calle", "doe", "twiste"
    "called": "call", "calling": "call", "doing": "do", "twisted": "twist", "twisting": "twist",
    "took": "take", "taken": "take", "stole": "steal", "stolen": "steal", "beat": "beat",
    "beaten": "beat", "struck": "strike", "threw": "throw", "thrown": "throw", "kept": "keep",
    "made": "make", "felt": "feel", "got": "get", "gotten": "get", "gave": "give", "given": "give",
    "told": "tell", "said": "say", "says": "say", "went": "go", "gone": "go", "fought": "fight",
    "bit": "bite", "bitten": "bite", "shook": "shake", "shaken": "shake", "spent": "spend",
    "sold": "sell", "bought": "buy", "held": "hold", "hid": "hide", "hidden": "hide", "locked": "lock",
    "left": "leave", "was": "be", "were": "be", "is": "be", "are": "be", "am": "be", "been": "be",
    "has": "have", "had": "have", "did": "do", "does": "do", "done": "do", "wrote": "write",
    "written": "write", "thought": "think", "woke": "wake", "broke": "break", "broken": "break",
    "slept": "sleep", "swore": "swear", "sworn": "swear", "drove": "drive", "ran": "run", "lost": "lose",
    "forced": "force", "used": "use", "uses": "use", "saved": "save", "saving": "save", "lives": "live",
    "children": "child", "being": "be", "seeing": "see", "kids": "kid", "people": "people", "men": "man", "women": "woman",
    "wishes": "wish", "dying": "die", "died": "die", "lying": "lie", "bled": "bleed", "fed": "feed",
    "burnt": "burn", "hit": "hit", "hitting": "hit", "cut": "cut", "cutting": "cut", "cuts": "cut",
    "shut": "shut", "put": "put", "let": "let", "lets": "let", "letting": "let", "sent": "send",
    "meant": "mean", "paid": "pay", "owed": "owe", "brought": "bring", "caught": "catch", "sat": "sit",
    "tablets": "tablet", "pills": "pill", "wrists": "wrist", "arms": "arm", "legs": "leg",
}
_WORDS = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _risk_spellings() -> FuzzyIndex:
    from bot.understanding.safeguarding.context import ABOUT_THE_SUBJECT
    from bot.understanding.safeguarding.rules import VOCABULARY

    # the words that say a subject is talked about are read too ("documntary"): a rule's word beside them is no
    # disclosure (context.about_the_subject)
    return FuzzyIndex({word: word for word in VOCABULARY | ABOUT_THE_SUBJECT}, english_words())


def plain_words(text: str) -> list[str]:
    """The words of `text` as the rules read them (before lemmas): see the module's docstring."""
    lowered = text.lower().translate(_QUOTES)
    lowered = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", lowered)  # self-harm, son-in-law
    for pattern, replacement in _APOSTROPHE_FORMS:
        lowered = pattern.sub(replacement, lowered)
    words: list[str] = []
    for word in _WORDS.findall(lowered):
        word = SHORT_FORMS.get(word, word)
        if " " in word:
            words.extend(word.split())
            continue
        if word == "2" and words and words[-1] in _TWO_IS_TO:
            word = "to"
        words.append(_spelled(word))
    return words


@lru_cache(maxsize=65536)  # the same words come in every message: a look-up, not the fuzzy search again
def _spelled(word: str) -> str:
    if not word.isalpha() or len(word) < 4:
        return word
    if word.endswith("in") and is_english(word + "g") and not _common(word) and _g_dropped(word):
        # "checkin" -> "checking" (never a word written often: "again" was read "againg", of "aga" + "ing"; "brain"
        # "braing"; nor one written as often as its "g" form: "warfarin" was "warfaring", "aspirin" "aspiring")
        return word + "g"
    if word in english_words():
        return word
    risk = _risk_spellings().lookup(word)
    if risk and edit_distance(word, risk, _NEAREST) > 1:
        # nearer an everyday word than the rules' one: "documentry" was read "documents" (two edits), so a documentary
        # about suicide was no longer a documentary and a rule raised it (session 20); it is "documentary" (one edit)
        return _one_edit_from_an_everyday_word(word) or risk
    return risk or word


_NEAREST = 2
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_EVERYDAY = 3.0  # wordfreq's zipf: a word written at least once in a million words


def _one_edit_from_an_everyday_word(word: str) -> str | None:
    """The most written English word one edit (a letter left out, one too many, one wrong, two swapped) from `word`."""
    from wordfreq import zipf_frequency

    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1} \
        | {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS}
    known = [(zipf_frequency(edit, "en"), edit) for edit in edits if edit in english_words()]
    best = max(known, default=(0.0, ""))
    return best[1] if best[0] >= _EVERYDAY else None


# Words that only look inflected, left as they are: "his" was read "hi" (so no rule with "his" matched),
# "feed" "fee", "need" "nee", "thing" "the"; "he is controlling" is no "control" of the heating. Whole words
# only ("pushed" ends as "shed" does and is "push"); any word ending in "ss" too ("miss" is no "mis").
_NOT_INFLECTED = frozenset("""his this hers ours yours theirs its us yes as thus less unless plus always perhaps
across bus gas news lens whereas controlling feed need bleed breed seed weed greed speed heed deed reed creed steed
tweed proceed succeed exceed indeed thing nothing something anything everything ceiling shed naked wedding sibling
duckling""".split())


def _g_dropped(word: str) -> bool:
    """Whether `word` + "g" is written clearly more than `word` ("takin" 3.2, "taking" 5.4 on wordfreq's scale): a "g"
    dropped, not a word of its own ("warfarin" 2.6, "warfaring" never; "aspirin" 3.3, "aspiring" 3.6)."""
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(word + "g", "en") >= zipf_frequency(word, "en") + 1.0)


def _common(word: str) -> bool:
    """A word written often in English ("again", "brain", "within"), not a g dropped ("takin", "checkin")."""
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(word, "en") >= 4.0)


# "a bit", "a little bit", "bit of a": the noun, not "bite" ("the carer is a bit sharp with me", "the agency lass is a bit
# rough and ready" were a care worker biting; session 18). "he bit me", "the dog bit her" keep "bite".
_A_BIT_BEFORE = frozenset({"a", "abit", "little", "tiny", "wee", "quite", "this", "that", "every", "each", "one"})
_A_BIT_AFTER = frozenset({"of", "more", "less", "better", "worse", "much", "too", "late", "early"})


def lemmas(words: list[str]) -> list[str]:
    """Each word's lemma (`lemma`), reading the words beside it where one word is two: "bit" is "bite" unless it is
    the noun ("a bit", "bit of")."""
    found = [lemma(word) for word in words]
    for i, word in enumerate(words):
        if word == "bit" and ((i and words[i - 1] in _A_BIT_BEFORE) or (i + 1 < len(words) and words[i + 1] in _A_BIT_AFTER)):
            found[i] = "bit"
    return found


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in _NOT_INFLECTED or word.endswith("ss"):
        return word
    known = english_words()
    if word.endswith(("ing", "ed")):  # "putting" is "put", not "putt"; "stabbed" is "stab" (never "falling" "fal")
        stem = word[: -3] if word.endswith("ing") else word[: -2]
        if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "lsfz" and stem[:-1] in known:
            return stem[:-1]
    if word.endswith(("ched", "shed", "ches", "shes")) and len(word) >= 6 and word[:-2] in known:
        return word[:-2]  # "pinched" is "pinch", never "pinche" (a word of its own to the list): "washes", "pushed"
    for suffix, endings in (("ies", ("y",)), ("ied", ("y",)), ("ing", ("e", "")), ("ed", ("e", "")),
                            ("es", ("e", "")), ("s", ("",))):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            found = [stem + ending for ending in endings if stem + ending in known and (stem + ending) != word]
            if found:  # the first: "hoped" is "hope", "breathing" "breathe", "bites" "bite" (never "bit")
                return found[0]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:  # slapped -> slap
                return stem[:-1]
    return word
