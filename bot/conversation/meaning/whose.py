"""The person's name said in passing, with whose story it is or at another of the carer's questions:
"she is called doris", "its for my nan doris", "her name's Jean", "doris, im her granddaughter".
Only where the words can say nothing but a name: a name taken wrongly would go to every service."""
from __future__ import annotations

import functools
import re

from bot.conversation.meaning.carer import name_of, relationship_of

# The words a carer uses for the person, as in "my nan doris".
_KIN = (r"husband|wife|partner|hubby|mum|mam|mother|mom|dad|da|father|son|daughter|brother|sister|nan|nana|nanna|nain|"
        r"gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|taid|aunt|auntie|aunty|uncle|"
        r"cousin|niece|nephew|friend|neighbour|neighbor|client")
_CALLED = re.compile(r"(?i)\b(?:she|he|they|who)\s*(?:'\s*s|s|is|are)?\s+(?:called|named|known as)\s+(.+)$|"
                     r"\b(?:her|his|their)\s+(?:first\s+|full\s+)?name\s*(?:'\s*s|s|is|:)?\s+(.+)$")
# "my nan doris", "my dad, Ron": a word straight after the relation, at the end of what is said or
# before a comma, "and", "who", "she"...; typed in lower case only when it is no common word.
_MY_KIN_NAME = re.compile(rf"(?i)\bmy\s+(?:{_KIN})\s*,?\s+([^\W\d_][\w'-]*)(?=\s*$|\s*[,.;!?]|\s+(?:and|who|she|he|"
                          r"shes|hes|she's|he's|is|has|smith)\b)")
_NOT_A_NAME = frozenset("""today now again please thanks ta too also though really actually here there then
lately recently since still who and but she he they her his them it is has was had with who's whos yesterday love
x xx lol please pls plz thankyou instead aswell anyway innit""".split())
_OTHERS = re.compile(r"[,;.!?]+|\s+-+\s+|\s+(?:and|but)\s+")


def _plain_name(words: str) -> str | None:
    """`words` as a name, if they are one (one or two words, none of them a common word of a sentence)."""
    name = name_of(words)
    titled = name is not None and name.split()[0].lower().strip(".") in ("mr", "mrs", "ms", "miss", "dr")
    if not name or len(name.split()) > 2 + titled or any(w.lower() in _NOT_A_NAME for w in name.split()):
        return None
    return name


def name_said_with(text: str) -> str | None:
    """The person's name said with other words ("she is called doris", "for my nan Doris"); None when
    it is not said plainly."""
    text = text or ""
    called = _CALLED.search(text)
    if called:
        rest = re.split(r"[,;.!?]|\s+(?:and|but|who|she|he|i|im|i'm)\b", called.group(1) or called.group(2))[0]
        return _plain_name(rest)
    mine = _MY_KIN_NAME.search(text)
    if mine:
        word = mine.group(1)
        if word.lower() not in _NOT_A_NAME and (word[:1].isupper() or _uncommon(word)) and not _named_thing(word):
            return _plain_name(word)
    return None


_DAYS_AND_MONTHS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april june july august september october november december""".split())


def _named_thing(word: str) -> bool:
    """A word written with a capital that names no person: a day ("my mum, Sunday she fell"), letters
    ("my dad, NHS has let him down"), a condition ("its for my dad, Parkinsons has got worse")."""
    said = word.lower().replace("’", "'")
    return said in _DAYS_AND_MONTHS or (len(word) > 1 and word.isupper()) or said in _health_words() or \
        said.replace("'", "") in _health_words()


@functools.lru_cache(maxsize=1)
def _health_words() -> frozenset[str]:
    """The one-word conditions of the health lexicon (data/lexicons/health.txt), in lower case."""
    from bot.settings import PROJECT_ROOT

    lines = (PROJECT_ROOT / "data" / "lexicons" / "health.txt").read_text(encoding="utf-8").splitlines()
    terms = (line.split("=>")[0].strip().lower() for line in lines if not line.startswith("#"))
    return frozenset(term for term in terms if term and " " not in term)


def name_beside_relationship(text: str) -> str | None:
    """At the question "What is their name?", a name given with how the carer is related, on either
    side: "im her granddaughter, doris", "doris - i'm her grandaughter"."""
    if relationship_of(text) is None:
        return None
    names = [_plain_name(part) for part in _OTHERS.split(text or "")
             if part.strip() and relationship_of(part) is None]
    found = [name for name in names if name]
    return found[0] if len(found) == 1 else None


def _uncommon(word: str) -> bool:
    """Whether a word typed in lower case is rare enough in English to be taken as a name ("doris",
    "jean"), unlike "today" or "bill"."""
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(word, "en") < 5.0)
