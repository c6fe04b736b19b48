"""An uncoded item matched to a profile field or a fact by its wording, when the match is clear.

Precision first: a pattern must match the item's whole text (lower case, punctuation, a leading
"your"/"patient's" and a trailing example such as ", such as family or friends" set aside), so
"Name" and "Full name" match but "Name of your GP" does not. When unsure the item stays empty, to be
asked. Each entry: pattern, profile path or `fact:<name>` (`bot.intake.facts`), and for a path over
free text the words an answer must mention (as in a service's mapping).

A short question under another ("How many times?" under "Have you fallen in the last year?",
"Which aids?" under "Do you use any mobility aids?") is matched only together with the question it
follows (`FOLLOW_UPS`): the pattern for its own text and one for its parent's.
"""
from __future__ import annotations

import re

_LEAD = r"(?:(?:what is |what's |please (?:give|enter|tell us) )?(?:your |the |patient'?s? |client'?s? |person'?s? )?)"
_CONDITIONS = r"(?:health|medical|long[- ]term|physical or mental health) (?:conditions?|problems?|illness(?:es)?)"
WORDINGS: list[tuple[str, str, tuple[str, ...]]] = [
    (r"(?:full |first |given )?name|name \(first and last\)", "about_me.where(kind='name').text", ()),
    (r"date of birth|birth ?date|dob|d\.o\.b|when were you born", "about_me.where(kind='date_of_birth').value", ()),
    (r"age(?: in years)?|how old are you", "about_me.where(kind='age').value", ()),
    (r"nhs (?:number|no)(?: \(?if known\)?)?", "about_me.where(kind='nhs_number').value", ()),
    (r"(?:home |street |postal )?address|where do you live", "home.where(kind='address').value", ()),
    (r"post ?code", "fact:postcode", ()),
    (r"town|city|town or city|town/city", "fact:town", ()),
    (r"(?:home |mobile |contact |tele)?(?:phone|telephone)(?: number)?|mobile(?: number)?",
     "communication.where(kind='phone').value", ()),
    (r"who do you live with|living situation|household( members)?|who lives with you", "fact:lives_with", ()),
    (r"do you live (?:alone|on your own|by yourself)|(?:does the person|do they) live alone", "fact:lives_alone", ()),
    (r"do you live with (?:anyone|anybody|someone|other people)(?: else)?|does anyone (?:else )?live with you",
     "fact:lives_with_anyone", ()),
    (r"(?:how many people(?: including you(?:rself)?)? live (?:in your home|with you|in your household|at your "
     r"address)(?: including you(?:rself)?)?|number of people (?:living )?in (?:the|your) (?:home|household)"
     r"(?: including you(?:rself)?)?|household size)", "fact:household_size", ()),
    (r"(?:what )?(?:type|kind) of (?:home|property|accommodation|housing)(?: do you live in)?|"
     r"what (?:type|kind) of (?:home|property|accommodation|housing) do you live in", "fact:home_type", ()),
    (r"(?:housing )?tenure|do you own or rent(?: your home)?", "fact:tenure", ()),
    (r"(?:what is )?(?:your |the )?housing (?:status|situation)(?: (?:today|now|at the moment))?", "fact:housing", ()),
    (r"are you worried about losing your (?:home|housing)", "fact:housing_worry", ()),
    (r"(?:current |regular )?(?:medications?|medicines?)(?: you take| you are taking)?|"
     r"what (?:medicines?|medications?|tablets) do you (?:take|use)|are you taking any (?:medicines?|medications?)",
     "medications.where(status='current')", ()),
    (r"(?:known )?allergies(?: or adverse reactions)?|are you allergic to anything|drug allergies|"
     r"do you have any allergies", "allergies", ()),
    (rf"(?:current |long[- ]term |medical |health )?conditions|medical history|health problems|diagnos[ei]s|"
     rf"do you have (?:any )?{_CONDITIONS}(?: or (?:a )?disabilit(?:y|ies))?", "health.where(status='current')", ()),
    (r"(?:who is your |who are your |name of )?(?:main |primary |unpaid )?carers?(?: details)?|"
     r"who (?:looks after|cares for|helps) you(?: and what do they do)?", "fact:carer_text", ()),
    (r"do you have (?:a |an unpaid |an )?carer|does (?:anyone|someone) (?:look after|care for|help) you"
     r"(?: at the moment| now)?|is there someone who (?:looks after|cares for|helps) you", "fact:has_carer", ()),
    (r"(?:your )?goals|what (?:would you like|do you want|do you hope) to achieve", "goals", ()),
    (r"what matters (?:most )?to you|what is important to you", "what_matters", ()),
    (r"(?:mobility|walking) aids?|equipment you use|aids and equipment", "fact:mobility_aids", ()),
    (r"do you (?:use|have) (?:any |a )?(?:mobility|walking) aids?|do you use (?:a |any )?(?:walking stick|"
     r"walking frame|frame|wheelchair)s?", "fact:uses_mobility_aid", ()),
    (r"(?:have you had )?(?:any )?falls(?: in the (?:last|past) (?:year|12 months))?|have you fallen recently|"
     r"have you (?:had (?:a|any) falls?|fallen)(?: in the (?:last|past) (?:year|12 months)| recently)?",
     "fact:falls", ()),
    (r"(?:smoking|tobacco)(?: status| use)?", "fact:smoking", ()),
    (r"do you (?:currently )?smoke|are you a smoker|do you use tobacco", "fact:smokes", ()),
    (r"have you (?:ever )?smoked(?: in the past)?|did you (?:ever|use to) smoke|have you ever been a smoker",
     "fact:smoked_ever", ()),
    (r"do you drink(?: any)?(?: alcohol)?", "fact:drinks", ()),
    (r"(?:what is )?(?:your )?(?:current )?(?:employment|work) (?:status|situation)(?: (?:at the moment|now))?",
     "fact:employment", ()),
    (r"are you (?:working|in work|employed)(?: at the moment| now| currently)?|do you (?:currently )?work",
     "fact:working", ()),
    (r"(?:which of these|what) do you need help with|(?:do you need )?help with daily (?:living|tasks)",
     "fact:help_with", ()),
]
# (follow-up's own text, the question it follows, path or fact)
FOLLOW_UPS: list[tuple[str, str, str]] = [
    (r"how many(?: times)?|number of falls", r"\bfall(s|en)?\b|\bfell\b", "fact:falls_count"),
    (r"which(?: ones?| aids?| walking aids?)?|what (?:aids?|kind|type)(?: do you use)?", r"\baids?\b|walking",
     "fact:mobility_aids"),
    (r"who(?: is it| are they)?|who do you live with", r"\blive with\b", "fact:lives_with"),
    (r"who(?: is it| is that)?|who (?:looks after|helps|cares for) you(?: and what do they do)?|"
     r"who helps you and what do they do", r"\bcarer\b|look after|care for|\bhelp", "fact:carer_text"),
    (r"(?:carer'?s? )?name|their name|name of (?:your |the )?carer", r"\bcarers?\b|look after|care for", "fact:carer_name"),
    (r"(?:carer'?s? )?relationship(?: to you)?|how are they related to you", r"\bcarers?\b|look after|care for",
     "fact:carer_relationship"),
]
_COMPILED = [(re.compile(f"^{_LEAD}(?:{pattern})$"), path, mentions) for pattern, path, mentions in WORDINGS]
_FOLLOWING = [(re.compile(f"^{_LEAD}(?:{own})$"), re.compile(parent), path) for own, parent, path in FOLLOW_UPS]
# ", such as family, friends or neighbours", "(for example a walking stick)": examples, not the question.
_EXAMPLES = re.compile(r",? ?(?:\(|\b)(?:such as|for example|for instance|e\.g\.?|eg)(?!\w).*$")


def normalise(text: str) -> str:
    lowered = _EXAMPLES.sub("", text.lower().replace("’", "'"))
    return " ".join(re.sub(r"[?:.*!,]+", " ", lowered).split())


def match_wording(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(profile path or fact, mentions) for an item's text, or None when the wording is not clear."""
    words = normalise(text)
    return next(((path, mentions) for pattern, path, mentions in _COMPILED if pattern.match(words)), None)


def match_follow_up(text: str, follows: str) -> str | None:
    """The path or fact of a short question asked under the question `follows`, or None."""
    words, parent = normalise(text), normalise(follows)
    return next((path for own, before, path in _FOLLOWING if own.match(words) and before.search(parent)), None)
