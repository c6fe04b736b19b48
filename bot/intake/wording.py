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
# A follow-up asking for details of what the question before it asked ("Please tell us about it").
_DETAILS = r"please (?:tell us|give (?:us )?details|describe)(?: (?:about|of) (?:it|them|this|these|that))?|" \
           r"(?:please )?(?:give|more) details|details|tell us more"
_HEALTH_ASKED = r"\bhealth (?:conditions?|problems?)\b|\billness(?:es)?\b|\bdisabilit(?:y|ies)\b"
WORDINGS: list[tuple[str, str, tuple[str, ...]]] = [
    (r"(?:full |first |given )?name|name \(first and last\)", "about_me.where(kind='name').text", ()),
    (r"date of birth|birth ?date|dob|d\.o\.b|when were you born", "about_me.where(kind='date_of_birth').value", ()),
    (r"age(?: in years)?|how old are you", "about_me.where(kind='age').value", ()),
    (r"nhs (?:number|no)(?: \(?if known\)?)?", "about_me.where(kind='nhs_number').value", ()),
    (r"(?:home |street |postal |current |permanent |main )?address|where do you live", "home.where(kind='address').value", ()),
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
    (r"(?:housing )?tenure|do you (?:own or rent|rent or own)(?: your (?:home|property|accommodation))?", "fact:tenure", ()),
    (r"(?:which|what) floor (?:is (?:your|the) (?:home|flat|front door|property|accommodation|entrance) on|"
     r"do you live on|are you on)|floor level", "fact:floor", ()),
    (r"is there a lift(?: in (?:your|the) (?:building|block))?|does (?:your|the) (?:building|block|home) have a lift",
     "fact:has_lift", ()),
    (r"are there (?:any )?(?:stairs|steps)(?: or (?:stairs|steps))? (?:that )?you find (?:difficult|hard)|"
     r"do you (?:find|have) (?:it )?(?:difficult|hard|difficulty|trouble)(?: (?:using|with|climbing|managing))? "
     r"(?:the )?(?:stairs|steps)", "fact:stairs_difficult", ()),
    (r"(?:what is )?(?:your |the )?housing (?:status|situation)(?: (?:today|now|at the moment))?", "fact:housing", ()),
    (r"are you (?:worried about|at risk of|in danger of) losing your (?:home|housing|accommodation|tenancy)|"
     r"are you at risk of (?:becoming )?homeless(?:ness)?", "fact:housing_worry", ()),
    (r"are you (?:behind|in arrears) (?:with|on) your (?:rent|mortgage)(?: or (?:rent|mortgage))?(?: payments)?|"
     r"do you have (?:any )?(?:rent|mortgage) arrears", "fact:rent_arrears", ()),
    (r"(?:does your home need|do you need) (?:any )?(?:changes|adaptations|alterations)(?: (?:to|in) your home)?"
     r"(?: to meet your needs)?|(?:home )?adaptations needed", "fact:needs_home_changes", ()),
    (r"do you (?:get|receive|claim) (?:any )?(?:state )?benefits|are you (?:on|getting|receiving|claiming) "
     r"(?:any )?benefits", "fact:gets_benefits", ()),
    (r"which benefits do you (?:get|receive|claim)|benefits (?:received|you get)", "fact:benefits", ()),
    (r"are you (?:struggling|finding it hard) to pay (?:your |the )?bills|do you have (?:any )?money worries|"
     r"are you worried about money|do you have (?:difficulty|trouble) paying (?:your |the )?bills", "fact:money_worries", ()),
    (r"(?:current |regular )?(?:medications?|medicines?)(?: you take| you are taking)?|"
     r"what (?:medicines?|medications?|tablets) do you (?:take|use)|are you taking any (?:medicines?|medications?)",
     "medications.where(status='current')", ()),
    (r"(?:known )?allergies(?: or adverse reactions)?|are you allergic to anything|drug allergies|"
     r"do you have any allergies", "allergies", ()),
    (rf"(?:current |long[- ]term |medical |health )?conditions|medical history|health problems|diagnos[ei]s|"
     rf"do you have (?:any |a )?{_CONDITIONS}(?: or (?:a |any )?disabilit(?:y|ies))?|"
     rf"what (?:{_CONDITIONS}|illness(?:es)?|conditions?)(?: or disabilit(?:y|ies))? do you have",
     "health.where(status='current')", ()),
    (r"(?:who is your |who are your |name of )?(?:main |primary |unpaid )?carers?(?: details)?|"
     r"who (?:looks after|cares for|helps) you(?: and what do they do)?", "fact:carer_text", ()),
    (r"do you have (?:a |an unpaid |an )?carer|does (?:anyone|someone) (?:look after|care for|help) you"
     r"(?: at the moment| now)?|is there someone who (?:looks after|cares for|helps) you", "fact:has_carer", ()),
    (r"does (?:anyone|someone) (?:support|help or support|help and support) you(?: at the moment| now)?",
     "fact:has_support", ()),
    (r"do you have (?:a |an )?(?:support worker|social worker|key worker)(?: or (?:a |an )?(?:support worker|social "
     r"worker|key worker))?", "fact:has_support_worker", ()),
    (r"(?:your )?goals|what (?:would you like|do you want|do you hope) to achieve", "goals", ()),
    # Only the wishes that ask for help ("somebody to help me in and out of the bath"), not "to stay at home".
    (r"what (?:help|support|help or support|help and support) (?:do you think you need|do you need|would you like|"
     r"would help you)|what (?:help|support) is needed", "fact:help_wanted", ()),
    (r"(?:preferred|main|first) language|what language do you (?:prefer|speak)(?: at home)?|language(?: spoken)?",
     "fact:language", ()),
    (r"do you need an? (?:interpreter|translator)|(?:is an? )?interpreter (?:needed|required)|interpreter",
     "fact:needs_interpreter", ()),
    (r"what matters (?:most )?to you|what is important to you", "what_matters", ()),
    (r"(?:mobility|walking) aids?|equipment you use|aids and equipment", "fact:mobility_aids", ()),
    (r"do you (?:use|have) (?:any |a )?(?:mobility|walking) aids?", "fact:uses_mobility_aid", ()),
    # One aid named: answered only by that aid ("Do you use a wheelchair?" is not yes for a frame).
    (r"do you (?:use|have) (?:a |an |any )?(?:electric |powered )?wheelchairs?", "fact:mobility_aids", ("wheelchair",)),
    (r"do you (?:use|have) (?:a |any )?(?:walking )?sticks?", "fact:mobility_aids", ("stick", "sticks")),
    (r"do you (?:use|have) (?:a |any )?(?:walking |zimmer )?frames?", "fact:mobility_aids",
     ("frame", "zimmer", "rollator", "walker")),
    (r"(?:have you had )?(?:any )?falls(?: in the (?:last|past) (?:year|12 months))?|have you fallen recently|"
     r"have you (?:had (?:a|any) falls?|fallen)(?: in the (?:last|past) (?:year|12 months)| recently)?",
     "fact:falls", ()),
    (r"are you (?:afraid|scared|frightened|worried|fearful) (?:of|about) (?:falling|having a fall)|(?:do you have (?:a )?)?"
     r"fear of falling|do you (?:worry|fear) about falling", "fact:fears_falling", ()),
    (r"(?:smoking|tobacco)(?: status| use)?", "fact:smoking", ()),
    (r"do you (?:currently )?smoke|are you a smoker|do you use tobacco", "fact:smokes", ()),
    (r"have you (?:ever )?smoked(?: in the past)?|did you (?:ever|use to) smoke|have you ever been a smoker",
     "fact:smoked_ever", ()),
    (r"(?:about )?how many (?:cigarettes|cigs|roll[- ]?ups) (?:do you smoke )?(?:a|per|each) day", "fact:cigarettes_a_day", ()),
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
    (r"is there a lift", r"\bfloor\b", "fact:has_lift"),
    (r"(?:about )?how many(?: (?:cigarettes|cigs|roll[- ]?ups))?(?: do you smoke)?(?: a| per| each) day|how many",
     r"\bsmoke\b|\bsmoker\b|\bsmoking\b", "fact:cigarettes_a_day"),
    (r"(?:about )?how many hours(?: a| per| each) week", r"\bcarers?\b|look after|care for|\bhelps?\b",
     "fact:care_hours"),
    (_DETAILS + r"|which (?:ones?|conditions?)|what (?:are they|is it)", _HEALTH_ASKED, "health.where(status='current')"),
    (_DETAILS + r"|what is the reason|why|reason", r"losing (?:your|their|the) (?:home|housing|accommodation|tenancy)|"
     r"homeless", "fact:housing_worry_text"),
    (_DETAILS + r"|which(?: ones?| benefits?)?|what benefits(?: do you get)?", r"\bbenefits?\b|allowance|\bpip\b|"
     r"\bdla\b|universal credit", "fact:benefits"),
    (_DETAILS + r"|what (?:changes|adaptations|alterations)(?: are needed| do you need)?|which (?:changes|adaptations)",
     r"\b(?:changes|adaptations|alterations)\b", "fact:home_changes"),
]
# Each pattern is matched against the whole text, and against it without its lead ("What is your ",
# "Please give the "): the lead stripped once here, not compiled into every pattern (half the
# compiling a form's first reading pays for).
_COMPILED = [(re.compile(pattern), path, mentions) for pattern, path, mentions in WORDINGS]
_FOLLOWING = [(re.compile(own), re.compile(parent), path) for own, parent, path in FOLLOW_UPS]
_LEADS = (re.compile(r"^(?:what is |what's |please (?:give|enter|tell us) )"), re.compile(f"^{_LEAD}"))


def _without_lead(words: str) -> tuple[str, ...]:
    """The text as it is, and without each lead `_LEAD` allows (as if each pattern began with it)."""
    first = _LEADS[0].sub("", words, count=1)
    return tuple(dict.fromkeys((words, first, _LEADS[1].sub("", words, count=1), _LEADS[1].sub("", first, count=1))))
# ", such as family, friends or neighbours", "(for example a walking stick)": examples, not the question.
_EXAMPLES = re.compile(r",? ?(?:\(|\b)(?:such as|for example|for instance|e\.g\.?|eg)(?!\w).*$")


# "What type of accommodation do you live in now?": when, not what.
_NOW = re.compile(r" (?:now|at the moment|currently|at present|these days|today)$")
# Benefits a question may name ("Do you get Attendance Allowance, PIP or DLA?"), as `bot.intake.money_facts` names them.
_BENEFIT_NAMES = (r"universal credit|attendance allowance|pip|personal independence payment|dla|disability living "
                  r"allowance|esa|employment and support allowance|jsa|jobseeker'?s allowance|pension credit|"
                  r"carer'?s allowance|housing benefit|council tax (?:support|reduction)|income support|child benefit")
_NAMED_BENEFITS = re.compile(rf"^do you (?:get|receive|claim|have) ((?:{_BENEFIT_NAMES})(?:(?:,? or |,? and |, ?| )"
                             rf"(?:{_BENEFIT_NAMES}))*)$")


def normalise(text: str) -> str:
    lowered = _EXAMPLES.sub("", text.lower().replace("’", "'"))
    return _NOW.sub("", " ".join(re.sub(r"[?:.*!,]+", " ", lowered).split()))


def match_wording(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(profile path or fact, mentions) for an item's text, or None when the wording is not clear."""
    words = normalise(text)
    named = _NAMED_BENEFITS.match(" ".join(re.sub(r"[?:.!]+", " ", text.lower().replace("’", "'")).split()))
    if named:  # yes only for a benefit it names
        return "fact:benefits", tuple(re.findall(_BENEFIT_NAMES, named[1]))
    variants = _without_lead(words)
    return next(((path, mentions) for pattern, path, mentions in _COMPILED
                 if any(pattern.fullmatch(v) for v in variants)), None)


# A group about the person a carer looks after ("About the person you care for"): there "their" and
# "they" are the person whose story it is and "you" the carer filling the form in.
CARED_FOR_GROUP = re.compile(r"\bperson (?:you (?:care for|look after|support|are caring for|are looking after)|"
                             r"(?:being )?cared for)\b|\bcared[- ]for person\b|\bperson who needs care\b")
_CARER_VIEW = [(re.compile(f"^{pattern}$"), path) for pattern, path in (
    (r"do(?:es)? (?:they|the person|he or she) live with you", "fact:lives_with_teller"),
    (r"what (?:do you|things do you) (?:help|support) (?:them|him or her) with|what do you do for them|"
     r"what help do you give(?: them)?", "fact:help_with"),
    (r"(?:what is )?your relationship to (?:them|the person(?: you care for)?)|how are you related to them|"
     r"relationship to (?:them|the person(?: you care for)?)", "fact:teller_relationship"),
)]
# A group for whoever tells the story for the person ("About you, the carer", "If you are filling this
# in for someone else", "Your caring role"): its "you" is the carer telling it, and nothing of the
# person's fills it; only the teller's own name, relationship and hours of caring.
TELLER_GROUP = re.compile(r"for someone else|on (?:their|his|her|someone'?s|somebody'?s) behalf|behalf of|"
                          r"completing (?:this|the form) for|filling (?:this|it|the form) in for|\byou,? the carer\b|"
                          r"\byour caring\b|\bcaring role\b|\bcarer'?s? own\b|\babout the carer\b")
_TELLER_VIEW = [(re.compile(f"^{pattern}$"), path) for pattern, path in (
    (r"(?:your )?(?:full )?name|what is your name", "fact:teller_name"),
    (r"(?:your )?(?:(?:tele)?phone|mobile|contact)(?: number)?", "fact:teller_phone"),
    (r"(?:what is )?your relationship to (?:them|the person(?: you care for)?)|how are you related to them|"
     r"relationship to (?:them|the person(?: you care for)?)", "fact:teller_relationship"),
    (r"(?:about )?how many hours a week do you (?:spend )?(?:caring|care for them|look after them|spend looking after "
     r"them)|hours (?:of )?caring (?:a|per) week", "fact:teller_care_hours"),
    (r"what (?:do you|things do you|tasks do you) (?:help|support) (?:them|him or her) with|what do you do for them|"
     r"what help do you give(?: them)?", "fact:teller_tasks"),
    (r"do you have (?:any )?(?:health problems|health conditions|illnesses|a disability|disabilities)(?: or \w+)?"
     r"(?: of your own)?|(?:your own|are there any) health (?:problems|conditions|needs)", "fact:teller_health"),
    (r"are you in (?:paid )?(?:work|employment)|do you (?:have a paid job|work)|are you working", "fact:teller_works"),
    (r"how are you (?:managing|coping)(?: with (?:the )?caring| with your caring role)?", "fact:teller_coping"),
    (r"what would help you(?: most)?|what (?:help|support) would you like(?: for yourself)?", "fact:teller_help_wanted"),
    (r"(?:does|do) anyone else help(?: with (?:the )?caring| you care| look after them)?|is there anyone else who helps",
     "fact:others_help"),
)]


def match_teller(text: str) -> str | None:
    """In a group for the carer telling the story: their name, relationship or hours of caring, else None."""
    words = normalise(text)
    return next((path for pattern, path in _TELLER_VIEW if pattern.match(words)), None)


_THIRD_PERSON = {"their": "your", "they": "you", "them": "you", "theirs": "yours", "themselves": "yourself"}


def match_cared_for(text: str, follows: str | None = None) -> tuple[str, tuple[str, ...]] | None:
    """In a group about the person a carer looks after: an item asked from the carer's side ("Do
    they live with you?"), or one about the person in the third person ("Their full name",
    "What illnesses do they have?") read as if put to them. Anything else that says "you" is the
    carer's, and not matched."""
    words = normalise(text)
    for pattern, path in _CARER_VIEW:
        if pattern.match(words):
            return path, ()
    if re.search(r"\byou(?:r|rs|rself)?\b", words) or not re.search(r"\b(?:their|they|them)\b", words):
        return None
    as_put = " ".join(_THIRD_PERSON.get(w, w) for w in words.split())
    if follows:
        put_to_them = " ".join(_THIRD_PERSON.get(w, w) for w in normalise(follows).split())
        following = match_follow_up(as_put, put_to_them)
        if following:
            return following, follow_up_mentions(following, put_to_them)
    return match_wording(as_put)


def match_follow_up(text: str, follows: str) -> str | None:
    """The path or fact of a short question asked under the question `follows`, or None."""
    words, parent = normalise(text), normalise(follows)
    variants = _without_lead(words)
    return next((path for own, before, path in _FOLLOWING
                 if any(own.fullmatch(v) for v in variants) and before.search(parent)), None)


def follow_up_mentions(path: str, follows: str) -> tuple[str, ...]:
    """What a follow-up's answer may name: under "Do they get Attendance Allowance, PIP or DLA?", "Which one?" is one
    of those three, never Universal Credit beside them."""
    words = re.sub(r"[?:.!]+", " ", follows.lower().replace("’", "'")).split()
    named = _NAMED_BENEFITS.match(" ".join(_THIRD_PERSON.get(w, w) for w in words))  # "Do they get …", put to them
    return tuple(re.findall(_BENEFIT_NAMES, named[1])) if path == "fact:benefits" and named else ()
