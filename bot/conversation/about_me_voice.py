"""The About Me's sentences in one voice (issue 21, review): a person's own story in the first person
("I have asthma."), a carer's about the person in the third ("He has dementia.", "He lives with
Jean."), never a mix; and a form's answers written as sentences that say what they are about
("I have not been in hospital in the last 3 months.", "Allergies: none known."), not bare values.

`Voice` says who the story is about and who told it; `sentence` turns one read-back line (with the
profile item it says) into the About Me's words. Nothing here reads the store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# A form's answer to a story section, labelled in plain words when it is not a sentence of its own.
SECTION_LABELS = {"allergies": "Allergies", "medications": "Medicines", "health": "Health conditions",
                  "work_money": "Benefits", "services_involved": "Services involved",
                  "support_network": "People who help"}
_YES_NO = re.compile(r"^(?P<aux>have|has|are|is|do|does|did|can|could|would|will|were|was)\s+"
                     r"(?P<subject>you|they|the carer|anyone|anybody)\s+(?P<rest>[^?]+)\?$", re.I)
_WHAT = re.compile(r"^what\s+(?:do|would)\s+(?P<subject>you|they)\s+(?P<rest>[^?]+)\?$", re.I)
_DESCRIBES = re.compile(r"^which of these (?:best )?describes?\s+(?P<rest>[^?]+)\?$", re.I)
_NOT = {"can": "cannot", "could": "could not", "will": "will not", "would": "would not"}
_PERSON_WORDS = {"he": ("he", "him", "his"), "she": ("she", "her", "her"), "they": ("they", "them", "their")}
_HE = re.compile(r"\b(he|him|his|himself)\b", re.I)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.I)
_MODALS = {"can", "could", "will", "would", "should", "must", "might", "may", "did", "had", "was", "used", "cannot",
           "can't", "couldn't", "won't", "wouldn't", "shouldn't", "didn't", "wasn't", "also", "just", "always",
           "never", "often", "sometimes", "usually", "still", "really", "only"}
_I_VERBS = {"am": "is", "'m": "is", "’m": "is", "have": "has", "'ve": "has", "’ve": "has", "do": "does",
            "don't": "doesn't", "don’t": "doesn’t", "haven't": "hasn't", "haven’t": "hasn’t", "'d": "would",
            "’d": "would", "'ll": "will", "’ll": "will", "go": "goes", "was": "was", "were": "was"}
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|['’][a-z]+")


@dataclass(frozen=True)
class Voice:
    own: bool                 # told by the person themselves: first person
    name: str | None = None   # the person's name, as the story gives it
    pronoun: str = "they"     # he, she or they: as the carer's story speaks of them
    carer: str = "the person who wrote this"  # who "I" is in a carer's words ("Jean", "his partner")

    @property
    def subject(self) -> str:
        return _PERSON_WORDS[self.pronoun][0]

    @property
    def object(self) -> str:
        return _PERSON_WORDS[self.pronoun][1]

    @property
    def possessive(self) -> str:
        return _PERSON_WORDS[self.pronoun][2]

    @property
    def called(self) -> str:
        """How a heading names the person: "Dave", else "them"."""
        return self.name or "them"


def pronoun_of(items: list[dict[str, Any]]) -> str:
    """"he", "she" or "they", as the carer's own words speak of the person (their stated pronouns first)."""
    for item in items:
        if item.get("kind") == "pronouns":
            said = str(item.get("text", "")).lower()
            return "he" if said.startswith("he") else "she" if said.startswith("she") else "they"
    words = " ".join(str(i.get("text", "")) for i in items if i.get("about", "subject") == "subject"
                     and not i.get("term") and "source" in i and "answered" not in i["source"])
    he, she = len(_HE.findall(words)), len(_SHE.findall(words))
    return "he" if he > she else "she" if she > he else "they"


def headings(voice: Voice, titles: tuple[str, ...]) -> dict[str, str]:
    """The About Me's headings for this voice: "What is most important to Dave" for a carer's story."""
    if voice.own:
        return {t: t for t in titles}
    who, obj = voice.called, voice.object if voice.name else "them"
    possessive = f"{voice.name}'s" if voice.name else "Their"
    plain = {"What is most important to me": f"What is most important to {who}",
             "People who are important to me": f"People who are important to {who}",
             "How I communicate and how to communicate with me":
                 f"How {voice.name} communicates and how to communicate with {obj}" if voice.name
                 else "How they communicate and how to communicate with them",
             "My wellness": f"{possessive} wellness",
             "How and when to support me": f"How and when to support {who}",
             "Also worth knowing about me": f"Also worth knowing about {who}"}
    return {t: plain.get(t, t) for t in titles}


def _third(verb: str) -> str:
    lower = verb.lower()
    if lower in _I_VERBS:
        return _I_VERBS[lower]
    if lower in _MODALS or not lower.isalpha():
        return verb
    if re.search(r"(s|sh|ch|x|z|o)$", lower):
        return verb + "es"
    if re.search(r"[^aeiou]y$", lower):
        return verb[:-1] + "ies"
    return verb + "s"


def carer_words(text: str, voice: Voice) -> str:
    """A carer's own words with "I", "me", "my" said as whom they mean: "He lives with me" -> "He
    lives with Jean."."""
    tokens = _WORD.split(text)
    words = _WORD.findall(text)
    out: list[str] = [tokens[0]]
    after_i = False
    for word, gap in zip(words, tokens[1:], strict=False):
        lower = word.lower().replace("’", "'")
        if after_i and (gap.strip() == "" or lower.startswith("'")):
            said = _third(word)
            after_i = False
        elif lower in ("i", "i'm", "i've", "i'd", "i'll"):
            said = voice.carer + ("" if lower == "i" else " " + _I_VERBS[lower[1:]])
            after_i = lower == "i"
        elif lower in ("me", "myself"):
            said = voice.carer
        elif lower in ("my", "mine"):
            said = voice.carer + "'s"
        elif lower in ("we", "us"):
            said = f"{voice.carer} and {voice.name or voice.object}"
        elif lower == "our":
            said = f"{voice.carer}'s and {voice.name + chr(39) + 's' if voice.name else voice.possessive}"
        else:
            said = word
        out.append(said + gap)
    joined = "".join(out).strip()
    joined = joined[:1].upper() + joined[1:]
    return joined if joined.endswith((".", "!", "?", "…")) else joined + "."


def in_their_voice(line: str, voice: Voice, narrator: bool = False) -> str:
    """A read-back line of a carer's story ("They have dementia.", "Their name is Dave.") in the
    person's pronoun ("He has dementia."); a line about the carer ("You ...") names them."""
    if narrator:
        line = re.sub(r"^You are\b", f"{voice.carer} is", line)
        line = re.sub(r"^You have\b", f"{voice.carer} has", line)
        line = re.sub(r"^You do\b", f"{voice.carer} does", line)
        line = re.sub(r"^Your\b", f"{voice.carer}'s", line)
        return re.sub(r"^You\b", voice.carer, line)
    if voice.pronoun == "they":
        return line
    subject, obj, possessive = voice.subject.capitalize(), voice.object, voice.possessive
    line = re.sub(r"^They (are|have|do|use|take|speak|smoke|drink)\b",
                  lambda m: f"{subject} {_third(m.group(1)) if m.group(1) != 'are' else 'is'}", line)
    line = re.sub(r"^They\b", subject, line)
    line = re.sub(r"^Their\b", possessive.capitalize(), line)
    line = re.sub(r"\btheir\b", possessive, line)
    return re.sub(r"\bthem\b", obj, line)


def _value(item: dict[str, Any]) -> str:
    text = str(item.get("text", ""))
    if item.get("kind") == "answer" and ": " in text:
        text = text.split(": ", 1)[1]
    return text.strip().rstrip(".")


def _lower(value: str) -> str:
    return value[:1].lower() + value[1:] if value[:2] != value[:2].upper() else value


def form_answer(item: dict[str, Any], section: str, question: str | None) -> str | None:
    """A form's answer as a sentence in the second person ("You have not been in hospital in the last
    3 months."), or labelled with what it is about ("Allergies: none known."); None when it is a
    story sentence of its own (the read-back says it as it is)."""
    value, asked = item.get("value"), (question or "").strip()
    found = _YES_NO.match(asked) if isinstance(value, bool) else None
    if found:
        aux, subject, rest = found.group("aux").lower(), found.group("subject"), found.group("rest").strip()
        if subject.lower() in ("anyone", "anybody"):
            return f"{'Someone' if value else 'No one'} {aux} {rest}."
        subject = subject[:1].upper() + subject[1:]
        return f"{subject} {aux if value else _NOT.get(aux, aux + ' not')} {rest}."
    if isinstance(value, bool):
        label = str(item.get("text", "")).split(": ", 1)[0].rstrip("?")
        return f"{label}: {'yes' if value else 'no'}."
    if (found := _WHAT.match(asked)) is not None:
        return f"What {found.group('subject')} {found.group('rest')}: {_lower(_value(item))}."
    if (found := _DESCRIBES.match(asked)) is not None:
        rest = found.group("rest")
        return f"{rest[:1].upper()}{rest[1:]}: {_lower(_value(item))}."
    if item.get("kind") == "answer":
        label = str(item.get("text", "")).split(": ", 1)[0].rstrip("?")
        return f"{label}: {_lower(_value(item))}."
    if section in SECTION_LABELS and not item.get("term"):
        return f"{SECTION_LABELS[section]}: {_lower(_value(item))}."
    return None


def repeats(line: str, others: list[str]) -> bool:
    """Whether a labelled answer ("Medicines: an inhaler.") only repeats a line the story already says
    ("I use an inhaler for asthma.")."""
    if ": " not in line:
        return False
    said = re.sub(r"^(an?|the)\s+", "", line.split(": ", 1)[1].rstrip(".").lower())
    return bool(said) and any(re.search(rf"\b{re.escape(said)}\b", other.lower()) for other in others if other != line)


def you_to_them(sentence: str, voice: Voice) -> str:
    """A form's answer said to the person ("You have not been in hospital ...", "What you need the
    nurses' help with: ...") said of them in a carer's About Me ("He has not been in hospital ...");
    "the carer" is the carer, named."""
    sentence = re.sub(r"\bthe carer\b", voice.carer, re.sub(r"^The carer\b", voice.carer, sentence))
    subject, obj, possessive = voice.subject, voice.object, voice.possessive
    plural = voice.pronoun == "they"

    def subject_verb(match: re.Match[str]) -> str:
        who = subject.capitalize() if match.group(1)[0] == "Y" else subject
        verb = match.group(2)
        said = verb if plural else ("is" if verb == "are" else _third(verb))
        return f"{who} {said}"

    sentence = re.sub(r"^(You)\s+([a-z]+)\b", subject_verb, sentence)
    sentence = re.sub(r"(?:(?<=What )|(?<=Which )|(?<=when )|(?<=that )|(?<=if ))(you)\s+([a-z]+)\b", subject_verb, sentence)
    sentence = re.sub(r"\bYour\b", possessive.capitalize(), sentence)
    sentence = re.sub(r"\byour\b", possessive, sentence)
    sentence = re.sub(r"\byourself\b", obj + "self" if obj != "them" else "themselves", sentence)
    return re.sub(r"\byou\b", obj, sentence)


_YOUR = re.compile(r"\b([Yy])our (?!PIN\b)")


def about_them(text: str, person: str | None) -> str:
    """Words said to the person ("has your referral", "your story", "about you") said to their carer
    about them ("has Dave's referral", "Dave's story", "about Dave"); unchanged when `person` is None.
    The carer keeps their own PIN and their own part ("You are still sharing")."""
    if person is None:
        return text
    whose = f"{person}'s" if person != "them" else "their"
    text = _YOUR.sub(lambda m: (whose[:1].upper() + whose[1:] if m.group(1) == "Y" else whose) + " ", text)
    text = re.sub(r"\b([Aa]bout|with|to|for|support) you\b", rf"\1 {person}", text)
    return re.sub(r"\bthe help you need\b", f"the help {person} needs", text)
