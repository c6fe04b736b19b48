"""Whose a phone number told in the story is.

A story gives numbers for many people: "my son is my next of kin 07700 900333", "Contact: Mrs Joan
Smith (friend) 07700 900999", "If I dont answer try my husband Bill on …". A service that rings the
number it was sent as the person's must reach the person, so a number is theirs only when the words
before it say so, or say nothing of anyone else.

The words since the identifier before the number (or since the sentence began) are read for who is
named, in order; the last one named owns the number:
- the person: "me", "I'm on", "my mobile", "best number" (a carer's "me" and "my number" are the carer's),
  and the home's phone said with no owner ("House phone …", "landline"), in a carer's story too;
- someone else: a relative or friend ("my daughter", "jan next door", "my sons"), anyone who works with
  the person ("support worker", "the surgery", "my carer from the agency"), a next of kin or emergency
  contact, a relative named before ("Bill"), and, to someone telling their own story, "he", "she", "her";
- to a carer, "he", "she" and "his" are the person they care for, unless a relative was named before.
A worker the teller says they are ("I'm a retired nurse") names nobody else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from . import context

SUBJECT, NARRATOR, OTHER = "subject", "narrator", "other"

# "my number", and as texted: "ma numba", "mah nummer"
_MY_NUMBER = (r"(?:mine|(?:my|ma|mah)\s+(?:own\s+|home\s+|main\s+|best\s+|contact\s+|usual\s+)?(?:mobile\s+|phone\s+|"
              r"telephone\s+|landline\s+|house\s+)?(?:number|numba|numbr|nummer|phone|mobile|landline|telephone|tel|no|"
              r"num|mob|digits|e-?mail))")
_ME = r"(?:i|me|i'm|im|i’m|i am|myself|we|us|our)"
_BEST = (r"(?:best\s+(?:number|phone|contact|way\s+to\s+(?:reach|contact|get)|to\s+(?:call|ring|text))|"
         r"(?:contact|phone|mobile|telephone|tel)\s+(?:number|no)|mobile\s+(?:phone|number))")
# A field's label said just before the number, with no owner in it: "mobile is", "home is", "tel:"
_LABEL = re.compile(r"\b(?:mobile|mob|home|landline|tel|phone)(?:\s+(?:no|number|phone))?\s*(?:is|:|-)?\s*$", re.IGNORECASE)
# The home's phone, said with no owner ("House phone 0117 …", "landline is …"): the home is the person's
_HOME = r"(?:(?:home|house)\s+(?:phone|number|landline|tel|telephone)|landline)"
_THIRD = r"(?:he|she|him|his|her|hers|they|them|their|hes|shes|he's|she's|he’s|she’s|theyre|they're)"
_WORKER = (r"(?:(?:support|social|key|care|case|housing|link|family|youth)\s?workers?|nurses?|gp|doctor|dr|surgery|"
           r"practice|hostel|office|team|co-?ordinator|pharmacy|pharmacist|clinic|advis[oe]r|officer|manager|"
           r"receptionist|carers?|agency|physio|therapist|consultant|warden|befriender|landlord|landlady|"
           r"next\s+door|next\s+of\s+kin|nok|emergency\s+contact|key\s?holder|referral\s+from|referred\s+by|"
           # "my niece … would be my contact: 07700 …": whom to contact, not the person's own number
           r"my\s+(?:main\s+|first\s+)?contact(?!\s*(?:number|no\b|details|phone|mobile|tel)))")
# The teller saying they are one ("I'm a retired nurse", "I am a carer for my husband"), just before the word
_I_AM_ONE = re.compile(r"\b(?:i'?m|i’m|im|i am|i was|i worked as|i work as|i used to be)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}$",
                       re.IGNORECASE)
_CARES_FOR = re.compile(r"\b(?:carer|caring|care|cares|look|looking|looks|looked)\s+(?:for|after)\s+(?:my\s+|our\s+)?$",
                        re.IGNORECASE)
# A relative who then does something, the clause closed before the number: "husband died 2019, tel …", "my
# husband who has dementia, 07700 … is best" (not "Next of kin: my son David, 07700 …", the number his)
# (not one who lives nearby, helps or visits: "my son Dan lives nearby, mobile 07700 …" is Dan's, whom a service
# would reach instead of the person; a second reader, session 14)
_TOLD_OF = re.compile(r"\b(?:died|dies|passed|has|had|have|who|is\s+\w+ing)\b[^,;.]*[,;.]", re.IGNORECASE)


# Whose, said straight after the number: "07700 900519 is his number", ", that's my son's mobile", "(her number)"
_OWNER_AFTER = r"(my|mine|his|her|hers|their|[a-z]+(?:'s|’s))"
_WHAT_AFTER = r"(?:\s+(?:own\s+|main\s+|home\s+|work\s+)?(?:mobile|phone|number|no|num|landline|mob|tel|e-?mail)\b)"
# (not ", my mobile 07700 …", which says whose the next number is)
_SAID_AFTER = re.compile(rf"\s*(?:\(\s*{_OWNER_AFTER}{_WHAT_AFTER}?\s*\)|,?\s*(?:(?:that|which|this)\s*(?:'s|’s|s|is)|is|was)\s+"
                         rf"{_OWNER_AFTER}{_WHAT_AFTER}(?!\s*(?:is\s+|:\s*)?\+?\d))", re.IGNORECASE)


@dataclass(frozen=True)
class Speakers:
    """What the teller has said about the people in the story."""
    teller: str  # "self" or "carer"
    subject_relation: str | None  # a carer's "dad": the person is their dad
    subject_name: str | None
    named: dict[str, str]  # "bill" -> "husband": relatives named so far


class PhoneOwner:
    def __init__(self, relatives: frozenset[str]) -> None:
        kin = sorted({*relatives, *context.OTHER_PEOPLE, *context.INFORMAL_KIN}, key=len, reverse=True)
        self._cues = re.compile(
            rf"(?P<my>\b{_MY_NUMBER}\b)|(?P<best>\b{_BEST}\b)|(?P<home>\b{_HOME}\b)|(?P<worker>\b{_WORKER}\b)|"
            rf"(?P<kin>\b(?:{'|'.join(re.escape(k) for k in kin)})(?:s|'s|’s)?\b)|(?P<third>\b{_THIRD}(?![\w'’]))|"
            rf"(?P<me>\b{_ME}(?![\w'’]))|(?P<owned>\b[a-z]+(?:'s|’s|s)\s+(?:own\s+)?(?:number|mobile|phone|landline|tel|e-?mail)\b)|"
            r"(?P<name>\b[a-z]+\b)",
            re.IGNORECASE)

    def owner(self, before: str, who: Speakers, previous: str | None = None) -> str | None:
        """Who owns the number told after `before` (the words since the identifier before it): SUBJECT,
        NARRATOR (a carer's own), OTHER, or `previous` (the owner of the number before, in the same
        sentence) when the words name nobody; None when nothing says."""
        carer = who.teller == "carer"
        if (ring := _RING_SOMEONE.search(before)) and not (
                who.subject_name and ring.group(1).lower() == who.subject_name.split()[0].lower()) \
                and ring.group(1).lower() not in _NOT_SOMEONE \
                and not re.search(rf"\b(?:my\s+name\s+is|my\s+names|i\s+am|i['’]m|im|it['’]s|its)\s+{ring.group(1)}\b", before,
                                  re.IGNORECASE):
            return OTHER  # "If anything happens, ring Graham on 07700 900318": Graham's (a fresh forms set, session 28)
        last: str | None = None
        told_of = 0  # where the last relative was named: what follows may only tell of them
        referent: str | None = None  # whom a carer's "he" or "she" is: the person, unless kin was named
        for cue in self._cues.finditer(before):
            kind, word = cue.lastgroup, cue.group(0).lower()
            if kind == "my":
                last = NARRATOR if carer else SUBJECT
            elif kind == "me":
                if word == "our" or (carer and word in ("we", "us")):
                    continue  # "our son", "ring us": names nobody on its own
                last = NARRATOR if carer else SUBJECT
            elif kind == "best":
                last = SUBJECT if not carer else last
            elif kind == "home":
                last = SUBJECT  # a carer's "House phone …" too: the person's home, whoever else lives there
            elif kind == "worker":
                if _I_AM_ONE.search(before[:cue.start()]):
                    last = NARRATOR if carer else SUBJECT  # "I'm a retired nurse, 07812 … is the best number"
                else:
                    last = OTHER
            elif kind == "kin":
                if _CARES_FOR.search(before[:cue.start()]):
                    continue  # "I'm a carer for my husband, 07700 …": whom the teller cares for owns nothing here
                last = referent = self._kin(word, who)
                told_of = cue.end()
            elif kind == "third":
                last = (referent or SUBJECT) if carer else OTHER
            elif kind == "owned":  # "pats number is …": Pat's, unless Pat is the person
                owner = re.sub(r"(?:'s|’s|s)$", "", word.split()[0])
                subject = (who.subject_name or "").split()[0].lower() if who.subject_name else None
                last = SUBJECT if owner == subject else OTHER
            elif kind == "name":
                relation = who.named.get(word)
                if who.subject_name and word == who.subject_name.split()[0].lower():
                    last = referent = SUBJECT
                elif relation is not None:
                    last = referent = self._kin(relation, who)
                    told_of = cue.end()
            if kind not in ("kin", "name"):
                told_of = 0
        if told_of and last == OTHER and _TOLD_OF.search(before[told_of:]):
            return previous  # "Widowed, husband died 2019, tel 07700 …": the person's, as nobody else is said
        if not carer and (label := _LABEL.search(before)) and self._starts_afresh(before[:label.start()], who):
            return SUBJECT  # "…my brother dai is still going hes got the copd too mobile is zero seven…": a new field
        return last or previous

    def said_after(self, after: str, who: Speakers) -> str | None:
        """Whose the number is by the words straight after it: "07700 900519 is his number", "…, that's my
        son's mobile", "(her number)". To someone telling their own story "his" or "her" is someone else's (a
        grandson's number had gone to services as the person's own); a carer's "his" may be the person's, so
        it says nothing. None when the words after say nothing of whose it is."""
        said = _SAID_AFTER.match(after)
        if not said:
            return None
        owner = (said.group(1) or said.group(2)).lower().replace("’", "'")
        if owner in ("my", "mine", "me"):
            return NARRATOR if who.teller == "carer" else SUBJECT
        if owner in ("his", "her", "their", "hers"):
            return OTHER if who.teller == "self" else None
        word = re.sub(r"(?:'s|s)$", "", owner)
        if who.subject_name and word == who.subject_name.split()[0].lower():
            return SUBJECT
        if word in who.named:
            return self._kin(who.named[word], who)
        kin = self._cues.fullmatch(owner)
        return self._kin(owner, who) if kin and kin.lastgroup == "kin" else None

    def _starts_afresh(self, before: str, who: Speakers) -> bool:
        """Whether a bare label ("mobile is") follows an ordinary word, not someone it could belong to
        ("Tom, mobile …", "her mobile", "dads mobile")."""
        if not before.strip() or re.search(r"[,:(]\s*$", before):
            return False  # "…, home is …" after a number: whoever's the number before was
        words = re.findall(r"[\w'’]+", before)
        word = words[-1]
        lowered = word.lower()
        owner_said = any(cue.lastgroup != "name" for cue in self._cues.finditer(" ".join(words[-3:])))
        return not (word[:1].isupper() or owner_said or lowered in who.named
                    or lowered.rstrip("s") in who.named or re.search(r"['’]s$", lowered)) \
            and zipf_frequency(lowered, "en") >= 5.0

    @staticmethod
    def _kin(word: str, who: Speakers) -> str:
        word = re.sub(r"(?:'s|’s)$", "", word)
        if who.teller == "carer":
            relation = context.INFORMAL_KIN.get(word, word)
            if relation in (who.subject_relation, f"{who.subject_relation}s"):
                return SUBJECT  # a carer's "my dad's number", about Dad
        return OTHER


# Someone by name to ring, straight before the number: "ring Graham on", "call Sue at"
_RING_SOMEONE = re.compile(r"\b(?:ring|call|phone|text|contact|try)\s+((?-i:[A-Z][a-z]+))\s+(?:on|at)\s*:?\s*$", re.IGNORECASE)
_NOT_SOMEONE = frozenset({"me", "us", "mum", "mam", "dad", "him", "her", "them", "home", "the", "my", "our", "anytime",
                          "after", "before", "between", "mornings", "evenings", "monday", "tuesday", "wednesday",
                          "thursday", "friday", "saturday", "sunday", "weekdays", "weekends"})
