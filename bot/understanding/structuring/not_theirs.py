"""Conditions and medicines a clause names that are nobody's in the story: an animal's ("my dog Bramble is on
Metacam", "the old cat has thyroid tablets"), other people's the person handles at work or for a neighbour ("I hand
out other peoples insulin", "I pick up Mrs Khans warfarin", "I give residents their tablets"), or a name that is
a condition's too ("Mrs Parkinson next door", "Crohn Street").

Each is an invented fact if filed as the person's (issue 18; a fresh batch, v16, was read so on its first run).
What the person says of themselves in the same clause stays theirs: the words between the animal or the other
people and the term must not bring the person in ("my dog has arthritis like me and I take naproxen").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from wordfreq import zipf_frequency

from bot.understanding.structuring.terms import Term

_ANIMALS = (r"dogs?|pupp(?:y|ies)|pup|cats?|kittens?|kitty|pon(?:y|ies)|horses?|budgies?|parrots?|rabbits?|"
            r"hamsters?|guinea\s+pigs?|tortoises?|ferrets?|pets?|birds?|sheep|ewes?|cows?|lambs?|goats?|chickens?|"
            r"hens?|ducks?|lurcher|labrador|spaniel|terrier|collie|greyhound|staffie|moggy|"
            # a dog or cat said by its breed (session 20: "the old Jack Russell has epilepsy" was its owner's)
            r"jack\s+russells?|(?:springer|cocker|king\s+charles)\s+spaniels?|spaniels|labradors|terriers|collies|"
            r"greyhounds|whippets?|lurchers|staffys?|westies?|yorkies?|poodles?|cockapoos?|cavapoos?|labradoodles?|pugs?|"
            r"dachshunds?|sausage\s+dogs?|alsatians?|german\s+shepherds?|(?:golden\s+)?retrievers?|beagles?|huskies|"
            r"husky|chihuahuas?|shih\s+tzus?|bichons?|schnauzers?|rottweilers?|tabby|tabbies|moggie")
# An animal as the clause's subject, at its start ("my dog Bramble is on Metacam", "and the old cat has thyroid
# tablets"): an animal the person has, walks or was bitten by ("I look after my dog and have COPD") is no subject
# (or a friend's: "kais dog rocky is on prednisolone", "my mate's dog", session 19)
_ANIMAL = re.compile(rf"^\W*(?:(?:and|but|also|then|plus|oh|while)\s+)?(?:my|our|the|his|her|their|me|"
                     r"(?:(?:my|me|our|his|her|their)\s+)?[a-z]+(?:'s|’s|s'|s’|s))\s+"
                     rf"(?:(?:old|little|young|new|big|poor)\s+)?(?:{_ANIMALS})\b(?:\s*,?\s+(?:called\s+|named\s+)?"
                     r"(?-i:[A-Z][a-z]+)\b)?(?:\s*,)?", re.IGNORECASE)
# "my dog Bramble", "our cat, Tilly": the animal's name (with its capital), for a later clause it starts
_ANIMAL_NAMED = re.compile(rf"\b(?:my|our|the|his|her|their)\s+(?:(?:old|little|young|new|big)\s+)?(?:{_ANIMALS})"
                           r"\s*,?\s+(?:called\s+|named\s+)?((?-i:[A-Z][a-z]+))\b", re.IGNORECASE)
# Words with a capital at a sentence's start that are no animal's name ("…the dog but it is hard. But arthritis…")
_NO_NAME = frozenset("""but so then and the a an he she it they we i is was has had have with when if as at in on
for to of this that there these those my our his her their also just now still yet or nor not no yes""".split())
# People the person handles medicines for, not relatives: "other peoples", "residents their", "customers'",
# "Mrs Khans" (a title and a name, a possessive with or without its apostrophe)
_OTHERS = re.compile(
    r"\bother\s+(?:people|folk|folks|peoples|patients)(?:'s|’s|s'|s’|'|’)?"
    r"|\b(?:residents|patients|customers|clients|service\s+users|tenants|pupils|kids\s+at\s+school)(?:'|’|\s+their\b)"
    r"|\b(?:residents|patients|customers|clients)\s+(?:their|with\s+their)\b"
    # the people the person looks after at work, with what they have or take: "most of the patients have
    # Alzheimer's", "half the residents are on warfarin" (session 21)
    r"|\b(?:residents|patients|customers|clients|service\s+users)\s+(?:(?:all|mostly|often|usually|also)\s+)?"
    r"(?:have|has|had|are|were|get|take|need|with)\b"
    # the others in supported living or a shared house: "Other tenants in the house are on clozapine and insulin, I give
    # those too, but that's them not Danny" (the thirteenth fresh set, session 29: both were sent as Danny's)
    r"|\bother\s+(?:tenants|residents|housemates|lads|girls|people|service\s+users)(?:\s+(?:in|at)\s+(?:the|his|her|my)\s+"
    r"(?:house|home|flat|unit|bungalow|place))?\s+(?:(?:all|mostly|often|usually|also)\s+)?"
    r"(?:have|has|had|are|were|get|take|need|with)\b"
    # what comes in to a paramedic's or a nurse's shift: "last night we had a stabbing and two overdoses", "we get lots of
    # overdoses" (a stranger, session 28: read back "You had overdose in the past")
    # (overdoses and stabbings only, counted, never "from him", "in the family": "we get seizures most nights" is theirs)
    # someone outside the person's life, as the subject of what they have: "one of the characters got told she's got
    # early onset Alzheimer's", "that singer on the news who's got Parkinson's", "a woman in the queue at the chemist was
    # telling everyone about her gallstones" (the twenty-second fresh set, session 38: each filed as the person's); not
    # said of someone ("Mum is a lovely woman with dementia": a word before, see _STRANGER_SAID_OF)
    r"|\b(?:a|an|the|that|this|some|one\s+of\s+the|one\s+of\s+them)\s+(?:[a-z]+\s+){0,2}?(?:woman|women|man|men|lady|ladies|"
    r"bloke|blokes|fella|fellas|guy|guys|chap|geezer|girl|lad|character|characters|singer|actor|actress|presenter|"
    r"footballer|celebrity|celeb|stranger|strangers|contestant|comedian|politician)\b(?=[^.;!?]*?\b(?:who['’]?s|who\s+has|"
    r"who\s+had|got|has|had|with|about|told|is|was)\b)"
    r"|\bwe\s+(?:had|get|got|see|saw|deal\s+with|dealt\s+with|attend|attended|went\s+to)\b(?=(?:\s+[\w'’]+){0,4}?\s+"
    r"(?:two|three|four|five|six|several|lots\s+of|loads\s+of|a\s+lot\s+of|many|\d+)\s+(?:overdoses|stabbings|"
    r"cardiac\s+arrests|ods)\b(?!\s+(?:from|of|in)\s+(?:him|her|them|my|our|the\s+family)))"
    # the old people a care worker visits: "I go in houses of old people and I give them tablets, morphine patches,
    # insulin" (the twelfth fresh set, session 28: the morphine and the insulin were filed as hers)
    r"|\b(?:houses|homes|flats)\s+of\s+(?:old|elderly|older|the\s+old|the\s+elderly)\s+(?:people|folk|ladies|men)\b"
    # the medicines a care worker gives out at work, named after them: "I give the medication to the residents, morphine,
    # insulin, warfarin, everything" (the thirteenth fresh set, session 29: all three were filed as hers)
    r"|\b(?:give|gives|gave|giving|hand|hands|handing|do|does|doing|administer|administers|administering)\s+(?:out\s+)?"
    r"(?:the\s+|all\s+the\s+)?(?:medication|medications|medicines|meds|tablets|drugs)\s+(?:out\s+)?(?:to|for)\s+"
    r"(?:the\s+|our\s+|my\s+|all\s+the\s+)?(?:residents|patients|clients|service\s+users|customers|old\s+people|elderly)\b"
    r"|\b(?:old|elderly|older)\s+(?:people|folk|ladies|gents|men|women|clients)\s+(?:i|we)\s+(?:visit|see|care\s+for|"
    r"look\s+after|go\s+to|support)\b", re.IGNORECASE)
# The medicines given out at work named before the people given them: "At work I give morphine and insulin to patients
# all day" (the seventeenth fresh set, session 33: both were filed as the nurse's own); they are theirs from the giving
_GIVEN_TO_OTHERS = re.compile(
    r"\b(?:give|gives|gave|giving|administer|administers|administering)\s+(?:[\w'’-]+,?\s+){1,6}?(?:to|for)\s+"
    r"(?:the\s+|our\s+|my\s+|all\s+the\s+|all\s+my\s+)?(?:residents|patients|clients|service\s+users|customers|"
    r"old\s+people|elderly)\b(?![^.!?]*\b(?:included|including|as\s+well|too)\b)", re.IGNORECASE)
# What the person gives those people, after they are named: "…and I give them their oxycodone", "i do them their
# insulin": what follows is theirs, though "I" is said
_GIVEN_THEM = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:give|gives|gave|giving|hand|hands|handed|handing|do|does|did|"
                         r"administer|administers|sort|sorts|put|puts)\s+(?:out\s+)?(?:them|their|each)\b",
                         re.IGNORECASE)
# What the person gives the animal the clause started with, or the one before spoke of: "my cat is diabetic and I give
# him insulin", "…, I inject her with insulin" (session 22: a cat's insulin was filed as its owner's)
_GIVEN_IT = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:give|gives|gave|giving|inject|injects|injected|injecting|put|puts|"
                       r"pop|pops|dose|doses)\s+(?:him|her|it)\b", re.IGNORECASE)


def gives_it(clause: str) -> bool:
    """Whether a clause opens on the person giving "him", "her" or "it" something ("I give her levothyroxine")."""
    return re.match(r"\W*(?:(?:and|so|then|but)\s+)?" + _GIVEN_IT.pattern[2:], clause, re.IGNORECASE) is not None


# "Mrs Khans warfarin and her inhalers": a title and a name, owning what follows at once (with or without the
# apostrophe); "Mrs Jones has dementia", in a daughter's story of her mum, is not this
_TITLED_OWNER = re.compile(r"\b(?:Mrs|Mr|Ms|Miss)\.?\s+[A-Z][a-z]+(?:'s|’s|s'|s’|s)\b")
_OWNED_AT_ONCE = re.compile(r"[\s,]*(?:[A-Za-z-]+(?:\s+[A-Za-z-]+)?[\s,]+(?:and|&|n)\s+(?:her|his|their)\s+)?",
                            re.IGNORECASE)
# A condition's name as a person's or a street's: "Mrs Parkinson", "Dr Alzheimer", "Addison Road"
_TITLE_BEFORE = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Dr|Doctor|Nurse|Sister)\.?\s+$")
_STREET_AFTER = re.compile(r"^\s+(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Place|Court|"
                           r"Gardens|Grove|Terrace|Walk)\b")  # not "the Stroke Unit", "the Stroke Ward": a stroke
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|im|ive|id|ill|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll)\b",
                           re.IGNORECASE)
_HEALTH_OR_MEDICINE = ("health", "medications")
# A medicine the person hands out as a job, to nobody named: "dishing out methadone every morning", "I dispense
# insulin" (session 22: a pharmacy worker's "handing out methadone" was filed as hers); not "…to me", "…for me"
# (or an amount of it, boasting of the job: "I gave out more morphine than you've had hot dinners", "doled out loads of
# codeine": session 23, a retired nurse's morphine was filed as hers)
_AMOUNT = (r"(?:the\s+|(?:more|so\s+much|loads\s+of|lots\s+of|plenty\s+of|tons\s+of|a\s+lot\s+of|buckets\s+of)\s+"
           # "I must give out a hundred doses of prednisolone a week" (a nurse: the twenty-second fresh set, session 38)
           r"|(?:(?:a|one|two|three|four|five|six|\d+)\s+)?(?:hundreds?|thousands?|dozens?|\d+)\s+(?:of\s+)?"
           r"(?:(?:doses|boxes|packs|tablets|injections|lots)\s+of\s+)?|(?:doses|boxes|packs)\s+of\s+)?")
# ... each of a list so handed out: "handing out statins and inhalers" (the nineteenth fresh set, session 35)
_LISTED = r"(?:[\w-]+\s*(?:,|and|&|n)\s*){0,3}"
_HANDED_OUT = re.compile(r"\b(?:(?:hand|dish|give|dole|pass)(?:s|ed|ing)?|gave|giving|doled|doling)\s+out\s+" + _AMOUNT
                         + _LISTED + "$" r"|\bdispens(?:e|es|ed|ing)\s+" + _AMOUNT + _LISTED + "$", re.IGNORECASE)
_TO_THE_PERSON = re.compile(r"^[\w\s]{0,30}?\b(?:to|for)\s+(?:me|us)\b", re.IGNORECASE)


def animals_named(story: str) -> frozenset[str]:
    """The names the story gives animals ("my dog Bramble": "bramble"), lower case."""
    if not _might_name_animals(story):
        return frozenset()
    return frozenset(m.group(1).lower() for m in _ANIMAL_NAMED.finditer(story) if m.group(1).lower() not in _NO_NAME)


def _might_name_animals(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in ("dog", "cat", "pup", "pon", "horse", "budgie", "parrot", "rabbit",
                                            "hamster", "pig", "tortoise", "ferret", "pet", "bird", "sheep", "ewe",
                                            "cow", "lamb", "goat", "chicken", "hen", "duck", "lurcher", "labrador",
                                            "spaniel", "terrier", "collie", "greyhound", "staff", "mogg", "vet",
                                            "russell", "whippet", "westie", "yorkie", "poo", "pug", "dachshund",
                                            "alsatian", "shepherd", "retriever", "beagle", "husk", "chihuahua",
                                            "tzu", "bichon", "schnauzer", "rottweiler", "tabb"))


# What a vet says of "him", "her" or "it", at a clause's start: an animal's illness ("the vet says he's got a bit of
# dementia", the twelfth fresh set, session 28)
_THE_VET_SAYS = re.compile(r"\W*(?:(?:and|but|also|then|now|so)\s+)?(?:the\s+|our\s+|my\s+)?vets?\s+(?:says?|said|thinks?|"
                           r"thought|reckons?|told\s+(?:me|us)|found)\s+(?:that\s+)?(?:he|she|it|they)\b", re.IGNORECASE)
# Words before an animal that starts what is said of it: "I just wanted to say my dog Biscuit has been on Vetmedin"
_SAY_THAT = re.compile(r"\b(?:i\s+)?(?:just\s+)?(?:wanted|want|wanna|need|"
                       r"thought\s+i\s+(?:would|should|d)|thought\s+i['’]d)\s+(?:to\s+)?(?:say|tell\s+you|mention|let\s+you\s+know)"
                       r"\s+(?:that\s+)?", re.IGNORECASE)


def an_animals(clause: str, pets: Iterable[str] = ()) -> int | None:
    """Where the words for an animal that starts the clause end (what follows is said of it), or None."""
    found = _ANIMAL.match(clause) if _might_name_animals(clause) else None
    if found is None and _might_name_animals(clause) and (lead := _SAY_THAT.search(clause)) \
            and (after := _ANIMAL.match(clause[lead.end():])):
        return lead.end() + after.end()  # "Not really about me, I just wanted to say my dog Biscuit has …"
    if found:
        return found.end()
    for name in pets:  # "Max has arthritis": the animal named before, starting the clause with its capital
        named = re.match(rf"\W*(?:(?:and|but|also|then)\s+)?({re.escape(name)})(?:'s|’s)?\b", clause, re.IGNORECASE)
        if named and named.group(1)[0].isupper():
            return named.end()
    return None


# What says a stranger's words are said of someone in the story: "Mum is a lovely woman", "he was a quiet man"
# (or of the person: "I'm a widowed lady with COPD", "I am a retired man with angina")
_STRANGER_SAID_OF = re.compile(r"(?:\b(?:is|was|are|were|be|been|as|like|being|am|im)|['’](?:s|re|m))\s+$", re.IGNORECASE)


def _someone_elses_from(clause: str) -> int | None:
    """Where other people whose medicines the person handles are named in the clause, or None."""
    found, given = _OTHERS.search(clause), _GIVEN_TO_OTHERS.search(clause)
    if found and _STRANGER_SAID_OF.search(clause[:found.start()]) and not found.group(0).lower().startswith(("other", "we")):
        found = None
    starts = [found.end()] if found else []
    return min(starts + [given.start()]) if given else (starts[0] if starts else None)


def _titled_owner(clause: str, term: Term, subject_name: str | None) -> bool:
    """"I collect Mrs Khans warfarin": someone else's; not when the titled name is the person's own (a carer's
    "Mrs Khan's dementia is getting worse", Mrs Khan being whom the story is about)."""
    own = {w.lower().rstrip("s") for w in (subject_name or "").split()}
    return any(found.end() <= term.start and _OWNED_AT_ONCE.fullmatch(clause[found.end():term.start])
               and found.group(0).split()[-1].lower().rstrip("'’s") not in own
               for found in _TITLED_OWNER.finditer(clause))


def names_others(text: str) -> bool:
    """Whether `text` names other people the person looks after at work ("the residents have", "patients their")."""
    return _OTHERS.search(text) is not None


def not_theirs(terms: list[Term], clause: str, pets: Iterable[str] = (), animal_before: bool = False,
               subject_name: str | None = None, others_before: bool = False) -> tuple[list[Term], bool]:
    """The clause's terms without the conditions and medicines that are an animal's or other people's, or a
    name's; and whether the clause spoke of an animal (for a clause after it whose subject is left out: "our dog
    Max has epilepsy and is on phenobarbital"). `animal_before`: the clause before it did, and this one leaves its
    subject out. `subject_name`: the person's name, for a carer's story (it brings the person in, as "I" does).
    `others_before`: the sentence named such people before this clause, which gives them something ("and I hand
    them their inhalers")."""
    animal = 0 if animal_before else an_animals(clause, pets)
    if animal is None and (vet := _THE_VET_SAYS.match(clause)) and _might_name_animals(" ".join(pets) + clause
                                                                                        + (" vet" if pets else "")):
        animal = vet.end()  # "and the vet says he's got a bit of dementia too": the animal's (session 28)
    others = _someone_elses_from(clause)
    if others is None and others_before:
        given = _GIVEN_THEM.search(clause)
        others = given.start() if given else None
    kept = []
    for term in terms:
        if term.section in _HEALTH_OR_MEDICINE and (_a_name(clause, term) or _titled_owner(clause, term, subject_name)
                                                    or _handed_out(clause, term) or _named_has(clause, term, subject_name)):
            continue
        if term.section in _HEALTH_OR_MEDICINE and any(
                start is not None and start <= term.start and not _brings_in_the_person(
                    clause[start:term.start], subject_name, start is animal) for start in (animal, others)):
            continue
        kept.append(term)
    return kept, animal is not None


def _handed_out(clause: str, term: Term) -> bool:
    """"dishing out methadone every morning": a medicine the person gives out, not one they take."""
    handed = _HANDED_OUT.search(clause[:term.start]) if term.section == "medications" else None
    return (handed is not None and not _TO_THE_PERSON.match(clause[term.end:])
            # one of a list ("handing out statins and inhalers") only when nothing after says it is theirs ("I hand
            # out leaflets, insulin keeps me going": a second reader, session 35)
            and not (_FIRST_PERSON.search(clause[handed.end():]) and re.search(r"[,&]|\b(?:and|n)\b", handed.group(0))))


def _a_name(clause: str, term: Term) -> bool:
    """"Mrs Parkinson next door", "Addison Road": the condition's word as a person's or a place's name."""
    return term.surface[:1].isupper() and "'" not in term.surface and "’" not in term.surface and bool(
        _TITLE_BEFORE.search(clause[:term.start]) or _STREET_AFTER.match(clause[term.end:]))


_KIN_WORDS = ("mum", "mam", "mom", "mother", "mammy", "mummy", "dad", "da", "father", "daddy", "nan", "nana", "nanna", "nanny",
              "gran", "granny", "grandma", "grandad", "granda", "grandpa", "grandmother", "grandfather", "auntie", "aunt",
              "uncle", "sister", "brother", "son", "daughter", "husband", "wife", "partner", "doctor", "nurse", "god", "he",
              "she", "it", "they", "who", "everyone", "nobody", "someone", "mother-in-law", "father-in-law")
# A name just before what they have, mid-clause: "I stop smoking in 2016 when we find out Olek has asthma"
# (after what starts a clause of its own, "find out", "that", "when": not after whose they are, "my dad Bob has angina",
# "my neighbour Mrs Khan has diabetes", which say it themselves)
_A_NAME_HAS = re.compile(r"\b(?:out|that|when|and|but|because|cos|since|learned|learnt|know|knew|found|heard|realised|realized|"
                         r"discovered|said|says|told\s+(?:me|us))\s+([A-Z][a-z]+)\s+(?:has|had|have|got|gets|is\s+on|was\s+on|"
                         r"takes|took)\s+(?:got\s+)?(?:(?:a|an|the|bad|severe|mild)\s+)?$")


def _named_has(clause: str, term: Term, subject_name: str | None) -> bool:
    """ "… when we find out Olek has asthma", Olek his son: someone else's, named mid-clause, not the person whose story it
    is (the thirty-first fresh forms set, session 37: sent to four services as his asthma). A name at the clause's start
    is read as whom the clause is about elsewhere."""
    has = _A_NAME_HAS.search(clause[:term.start])
    first = subject_name.split()[0].lower() if subject_name and subject_name.split() else ""
    return has is not None and has.group(1).lower() not in (first, *_KIN_WORDS) \
        and zipf_frequency(has.group(1).lower(), "en") < 5.0


def _brings_in_the_person(between: str, subject_name: str | None, from_animal: bool = False) -> bool:
    between = _GIVEN_THEM.sub(" ", between)  # "I hand them their inhalers": theirs, though "I" said it
    if from_animal:
        between = _GIVEN_IT.sub(" ", between)  # "my cat is diabetic and I give him insulin": the cat's
    if _FIRST_PERSON.search(between):
        return True
    first = subject_name.split()[0] if subject_name and subject_name.split() else ""
    return bool(first) and re.search(rf"\b{re.escape(first)}\b", between, re.IGNORECASE) is not None
