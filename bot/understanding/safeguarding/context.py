"""What around a rule's words changes what they mean: the subject talked about rather than lived, a
danger long past, an everyday mishap or a sensible limit, and a message that reassures.

None of these silences a concern outright: each hands the decision to the classifier, or asks it to
be surer (policy.py), because "he's fine with it" can be said of something that is not fine.
"""
from __future__ import annotations

import re

from bot.sections import ROUTES

# A sentence about the subject rather than the person ("a documentary about suicide", "I'm a domestic
# abuse support worker"): the rules' word alone does not decide; the classifier, which has seen such
# sentences, does.
ABOUT_THE_SUBJECT = {"documentary", "documentry", "programme", "program", "film", "drama", "novel", "book",
                     "course", "training", "talk", "awareness", "charity", "volunteer", "leaflet", "article",
                     "news", "telly", "tv", "series", "class", "lecture", "podcast", "counsellor", "prevention", "volunteering",
                     "survivor", "survivors", "worker", "job", "work", "study", "studying", "essay",
                     "storyline", "soap", "episode", "eastenders", "hollyoaks", "emmerdale", "corrie", "panorama",
                     "project", "stigma", "topic", "sources", "bereavement"}
# "work" after these is a time or a journey, not a subject ("he gets back from work", "before work"): the rules
# read "i need to get out before he comes back from work" and "he comes home from work and hits me" as said.
_WORK_AS_A_TIME = {"from", "after", "before", "to"}
_WORK_AS_EFFORT = {"less", "more", "extra", "hard"}  # "so she's less work": no job (the sixteenth fresh set, session 31)
_PAID_FOR = {"cheque", "cheques", "paid", "pay", "paying", "money", "cash"}  # "cheques for work … never done": no job
# A job or work lost or lacked is what happened to the person, not a subject: "i wanted to kill myself after i lost
# my job" had its rule set aside as about the subject (a reader of session 21)
_WORK_LOST = {"lost", "lose", "losing", "loses", "quit", "sacked", "fired", "redundant"}
# The carers' own record is no book about the subject: "she was left on the commode for hours and the log book says
# they came" (the ninth fresh held-out set, read in session 24)
_RECORD_KEPT = {"log", "care", "visit", "visits", "record", "records", "communication", "signing", "rota", "daily"}


def about_the_subject(words: list[str]) -> bool:
    """Whether the plain words name the subject talked about rather than lived (ABOUT_THE_SUBJECT)."""
    return any(w in ABOUT_THE_SUBJECT and not (w == "work" and i and words[i - 1] in _WORK_AS_A_TIME | _WORK_AS_EFFORT)
               and not (w == "work" and i > 1 and words[i - 1] == "for" and words[i - 2] in _PAID_FOR)
               and not (w in ("job", "work") and _WORK_LOST & set(words[max(0, i - 3):i]))
               and not (w == "book" and i and words[i - 1] in _RECORD_KEPT)
               # ending up in the news is no programme watched ("how mothers end up in the news": session 34)
               and not (w == "news" and "end up in the" in " ".join(words[max(0, i - 5):i]))
               and not (w in _SET_IN_A_ROOM and i > 1 and words[i - 1] in ("the", "our", "my", "his", "her")
                        and words[i - 2] in _BESIDE)
               for i, w in enumerate(words))


# A television as a thing in a room, not a programme ("leaves it by the telly, and … my four year old got hold of the
# bag": session 32); "on the telly" is still what was seen on it
_SET_IN_A_ROOM = frozenset({"telly", "tv"})
_BESIDE = frozenset({"by", "near", "under", "behind", "beside", "to", "of", "from", "round", "around"})

# Health, mobility and the state of a house: the reasons for a limit or a fear that are not a person
# ("I'm not allowed to lift anything after my op", "I don't feel safe on the stairs since my fall").
_HEALTH_AND_HOUSE = {"fall", "falls", "fell", "falling", "balance", "dizzy", "stroke", "dementia", "epilepsy",
                     "seizure", "seizures", "fit", "fits", "heart", "ward", "op", "operation", "surgery",
                     "doctor", "doctors", "gp", "physio", "ot", "eyes", "eyesight", "cataract", "cataracts",
                     "dvla", "hip", "knee", "knees", "legs", "arthritis", "wheelchair", "frame", "stick",
                     "oxygen", "copd", "asthma", "diabetes", "insulin", "colonoscopy", "test", "scan", "diet",
                     "salt", "sugar", "exercises", "stairs", "stair", "stairlift", "steps", "lift", "rail",
                     "alarm", "pendant", "flood", "boiler", "ceiling", "mould", "damp", "landlord", "repair",
                     "repairs", "electrics", "wiring", "burglary", "ice", "icy", "snow", "dark", "chemo",
                     "chemotherapy", "homework", "exams", "curfew", "ladder", "ironing"}

# Words that make a rule's hit an everyday mishap or a sensible limit ("I burnt my hand on the
# kettle"): the classifier decides those too.
EVERYDAY: dict[str, set[str]] = {
    "self_harm": {"kettle", "oven", "cooking", "cook", "shaving", "shave", "accident", "accidentally", "plaster",
                  "iron", "hob", "pan", "stove", "slip", "slipped", "dog", "cat", "garden", "gardening", "paper",
                  "box", "work", "tin", "fell", "fall", "eczema", "itch", "itchy", "injection", "injections",
                  "razor", "kitten", "knife", "gym", "tattoo",
                  # the kitchen (session 27: "I cut myself peeling potatoes, nothing serious" alarmed)
                  "peeling", "chopping", "potatoes", "potato", "veg", "vegetables", "onion",
                  "onions"},
    "coercive_control": {"heavy", "carry", "fusspot", "telly", "tv", "lol", "bedtime", "settings", "agreed", "hospital",
                         "discharge", "discharged",
                         "asked", "share", "both"} | _HEALTH_AND_HOUSE,
    "financial_abuse": {"receipt", "receipts", "spreadsheet", "refunded", "scam", "fraud"},
    # a medicine the doctor prescribed for distress (session 28: "a sleeping tablet when she is shouting at night, the
    # doctor prescribed it for her agitation")
    "care_abuse": {"prescribed", "agitation", "agitated", "vet", "dog", "cat", "fireworks"},
    "not_safe_at_home": {"using", "hob", "gas", "bath", "shower", "driving", "walking", "cooker", "kettle",
                         "roof", "leak", "hospital", "hotel", "mobility"} | _HEALTH_AND_HOUSE,
}

_PAIN = {"pain", "painful", "ache", "aching", "achy", "sore", "hip", "knee", "knees", "back", "feet", "foot",
         "leg", "legs", "migraine", "headache", "arthritis", "sciatica", "neck", "shoulder", "joints", "teeth"}
_BLEEDING_AND_BRUISING = {"warfarin", "thinner", "thinners", "anticoagulant", "apixaban", "rivaroxaban", "edoxaban",
                          "clopidogrel", "aspirin", "fall", "falls", "fell", "falling", "tripped", "trip", "slipped",
                          "bumped", "knocked", "bike", "trampoline", "park", "football", "frame", "bed", "rails",
                          "skin", "thin", "diabetes", "diabetic", "blood", "haematologist", "eczema"}
_HELP_GIVEN = {"attorney", "appointee", "deputy", "receipt", "receipts", "statement", "statements", "asked",
               "agreed", "trust", "translate", "explain", "explains", "spreadsheet", "scam", "fraud", "blocked",
               "refunded", "mistake", "overpayment", "tight", "brassic", "choice"}
_CARE_GIVEN = {"gentle", "gently", "patient", "kind", "lovely", "respectful", "towel", "hoist", "rota", "male",
               "female", "prefer", "commode", "catheter", "cream", "stockings", "apologised", "smashing"}
_CONTROLLED_MEDICINES = {"pharmacy", "pharmacist", "chemist", "prescription", "prescribed", "repeat", "dosette",
                         "blister", "patch", "patches", "locked", "tin", "gp", "doctor", "hospice", "palliative",
                         "nurse", "nurses", "district", "headaches", "headache", "pain", "cupboard", "fridge"}

# Reasons, for each kind, that make the classifier's guess at that kind likely a near miss when no rule
# heard anyone do anything ("i dont feel safe on the stairs", "the pain is killing me", "my son does
# my banking because I can't see the screen", "the carer helps me shower"). They raise the
# probability the classifier alone needs for that kind (policy.reason_from), chosen on the tuning corpus
# kind by kind (a kind whose recall would fall keeps its usual threshold); they never
# touch what a rule heard, and a message can carry a reason and a disclosure both, so it is a higher
# bar, not silence.
REASONS: dict[str, set[str]] = {
    "not_safe_at_home": _HEALTH_AND_HOUSE | _PAIN | {"cooker", "gas", "bath", "shower", "wandering", "wanders",
                                                    "wander", "cold", "heating", "adaptations", "adaptation",
                                                    "grab", "rails", "telecare", "sensor", "safely", "ot"},
    "suicidal": _PAIN | _CONTROLLED_MEDICINES,
    "self_harm": _BLEEDING_AND_BRUISING | {"roses", "rose", "thorn", "kettle", "shaving", "razor", "knife",
                                           "straighteners", "oven", "burnt", "scald", "parkinsons",
                                           # everyday knocks and care (session 13)
                                           "hammer", "brambles", "cannula", "mole", "moles", "blister", "shoes",
                                           "cupboard", "table", "spade", "bread", "insulin", "neuropathy", "gym",
                                           "cat", "fringe", "nails", "tin", "glass", "dishes", "butcher"},
    "domestic_abuse": _BLEEDING_AND_BRUISING | {"deaf", "hearing", "dementia", "delirious", "sundowning",
                                                "xbox", "lol", "joke"},
    # and one's own money troubles, a scam seen off (session 13): "overdraft maxed out n rent due", "I hung up"
    "financial_abuse": _HELP_GIVEN | {"arrears", "overdraft", "hardship",
                                      "entitled", "appeal", "appealed", "apealed", "reviewed", "bailiffs", "hung",
                                      "7726", "solicitor", "adviser", "funding", "fees"},
    "care_abuse": _CARE_GIVEN,
    "coercive_control": _HEALTH_AND_HOUSE | {"worrier", "inhaler", "hypo", "seizure", "sight", "stammer",
                                             "peace", "agreement"},
    "carer_breaking_point": {"respite", "assessment", "sitting", "council", "pharmacy", "form", "forms",
                             "printer"},
    "neglect": _HEALTH_AND_HOUSE | _PAIN | {"chemo", "dialysis", "stroke", "swallow", "toenails", "podiatry",
                                            "bills", "purpose"},
}


# Stronger: the fear is of a place where one falls, said as such ("i dont feel safe on the stairs",
# "not safe getting in the bath", "feared of them steps"): `kind + STRONG` in `reasons`, with its own
# threshold (policy.reason_from(kind + STRONG)).
STRONG = "!"
STRONGER = "!!"  # a second, stronger reason of the same kind, with its own threshold (STRONGER_REASONS)
_FALLS = re.compile(
    r"\b(safe|unsafe|steady|unsteady|scared|frightened|afraid|nervous|worried|feared|feart|confident)\b"
    r"(\s+\w+){0,4}\s+(stairs|stair|steps|step|bath|shower|feet|legs|frame|ladder|floor|ice|icy|kerb|falling"
    r"|fall|slipping|toilet|bed|hoist|stairlift)\b")
# Someone else "killing" the writer, or the writer "dying" for something, as a figure of speech ("my boss is
# going to kill me", "the traffic is killing him", "dying for a cuppa", "dead on my feet"): no wish to die. Not
# "someone", "anyone" or "somebody" ("i wish someone would kill me"), nor "i" or "myself".
_KILLED_BY = r"(?:boss|manager|supervisor|teacher|teachers|coach|mum|mam|mom|mother|dad|father|wife|mrs|missus|" \
             r"husband|hubby|partner|gf|bf|girlfriend|boyfriend|sister|sis|brother|bro|nan|gran|grandma|family|kids|" \
             r"daughter|son|maths|exam|exams|job|work|traffic|heat|commute|shift|shifts|this|that|it|which)"
_IDIOMS = re.compile(
    r"\b" + _KILLED_BY + r" (?:is |s |are |will |ll |would |d |is going to |s going to |is gonna |s gonna |gonna |going to |"
    r"has been |have been |been )(?:literally |actually |absolutely |so |going to |gonna )?(?:kill|murder|killing|murdering)"
    r" (?:me|us|him|her)\b"
    r"|\b(?:dying|dyin|dieing|desperate) (?:for|to|2) (?:a|an|some|my|the|see|c|go|get|meet|try|know|hear|tell|visit)\b"
    r"|\b(?:dead|deid) (?:on (?:my|me|ma) feet|beat|tired)\b"
    # the writer stopping for now ("I have to go, can I carry on later?", "someone is at the door i have to go")
    r"|\b(?<!never )(?<!not )(?:come back (?:to (?:this|it)|and finish|later)|carry on later|finish (?:it )?(?:later|"
    r"another day|tomorrow)|another day|leave it there|stop (?:now|here) and|at the door)\b"
    # a night off, or an outing to somewhere ordinary ("night off from caring tonight, going to bingo with my sister",
    # session 17: 0.41 and 0.71 suicidal, the classifier having read "going" and "tonight" beside plans to die). Not
    # a bridge, the sea or a station: the places of plans to die are not here
    r"|\b(?:night|day|evening|afternoon) off\b|\bnight out\b"
    r"|\b(?:going|go|goes|off|heading|went) (?:out )?(?:to )?(?:the |a |my |our )?(?:bingo|pictures|cinema|pub|quiz|bowls|"
    r"theatre|panto|football|gym|pool|swimming|shops|market|club|social|disco|party|concert|chapel|church|mosque|temple|"
    r"cafe|caff|restaurant|garden centre|lunch club|day centre|hairdressers|bowling)\b"
    # waking in the night, early or in pain, not waking at all ("so i dont wake up at 3am", "so i dont wake up in
    # agony", "i hope i dont wake the baby"): sleep, which the classifier has read beside hopes not to wake. Not waking
    # at all, hoped for or made sure of, is overdose.not_to_wake's, which no reason touches
    r"|\b(?:not|never) wake (?:up )?(?:at \d|at (?:night|midnight|dawn)|in (?:pain|agony|the night|a sweat|a panic)"
    r"|(?:too |so |really )?early|with (?:a |the )?(?:headache|cramp|cramps|pain|migraine)|during|every|as (?:much|often)"
    r"|so (?:much|often)|hungry|cold|thirsty|sore|stiff|the (?:baby|kids|children|house|neighbours|whole)"
    r"|(?:him|her|them|everyone|anyone|my|his|our|mum|dad)\b)"
    # someone else not waking ("i hope the baby doesnt wake up": a tired parent; a second reader, session 18)
    r"|\b(?:baby|kids|children|little one|dad|mum|he|she|they|husband|wife|partner|son|daughter)\s+(?:does not|do not|will not"
    r"|would not|did not)\s+wake\b"
    )
# The writer telling the care they give ("I do all her shopping and cleaning", "I have to settle him", "we take
# her to her appointments"): a carer's ordinary day, which the classifier has read beside control, money
# taken and neglect. Not a carer at breaking point, who says the same words with "I can't cope".
# The tasks only: not "I look after her", "I help my aunt", how a carer begins to tell what someone else does.
_CARE_VERBS = r"(?:do|does|did|doing|settle|settling|wash|washing|dress|dressing|cook|cooking|clean|cleaning|shower|" \
              r"showering|bath|bathing|feed|feeding|sort|sorting|prompt|prompting|remind|reminding|shop|shopping|" \
              r"collect|collecting|reassure|calm|lift|turn|change|changing|sit with|sit in with)"
_I_CARE = re.compile(r"\b(?:i|we)(?: (?:have to|has to|had to|try to|tend to|get to|go and|also|always|usually|"
                     r"normally|often|now|still|then|just|mostly|do|can|will|ll|am|m|are))*" r" " + _CARE_VERBS + r"(?: (?:all|most|some|of|the|up|for|with)){0,2} (?:her|his|him|them|mum|mums|dad|dads|"
                     r"mam|mams|nan|nans|gran|grandad|husband|husbands|wife|wifes)\b")
# A carer saying who they are to the person ("I am Roy, her husband", "im his daughter", "writing this for my
# wife"): a carer's opening, which the classifier has read beside abuse by a partner ("her husband")
_CARER_SAYS_WHO = re.compile(r"\b(?:i am|im|i m)(?: [a-z]+)?,? (?:her|his|their) (?:husband|wife|partner|son|daughter|"
                             r"grandson|granddaughter|carer|brother|sister|neighbour|friend)\b"
                             r"|\b(?:writing|typing|doing) (?:this )?(?:for|on behalf of) (?:my|her|his) [a-z]+\b")
# A fall told as the writer's own, with what they hit or hurt as they fell ("i fell over last week and hit my head", "slipped
# in the bath and banged my arm", "he fell again tuesday, hurt his wrist": session 17, 0.67 from the classifier alone): a
# knock, which the classifier has read beside being hit. A fall someone caused is a rule's hit ("he pushed me and i fell
# and hurt my wrist"), which no reason touches
_FELL_AND_HIT = re.compile(r"\b(?:i|he|she|mum|dad|nan)\s+(?:\w+\s+)?(?:fell|fall|tripped|slipped|collapsed|went over|keeled over)\b"
                           r"(?:\s+\w+){0,6}?\s+(?:and\s+)?(?:hit|banged|bumped|knocked|cracked|bashed|smacked|hurt|bruised|"
                           r"sprained|twisted|broke|grazed|cut|split)\s+"
                           r"(?:my|his|her|their)\s+(?:head|face|arm|leg|knee|hip|back|side|elbow|shoulder|wrist|nose|eye|ankle|"
                           r"foot|hand|ribs?|shin|chin|lip|forehead)\b")
# The writer saying they manage on their own ("i do it all myself, nobody helps me", "i cope fine on my own", "i
# manage by myself"): independence, which the classifier alone read as neglect (session 17: 0.37 after a refit). Not
# "i can not manage", nor "i manage to eat once a day": the words after say how, not what.
_I_MANAGE = re.compile(r"\bi (?:do (?:it all|everything)(?: (?:myself|meself|on my own|by myself))?|(?:manage|cope|get by)"
                       r" (?:fine|ok|okay|alright|well|myself|on my own|by myself))\b")
# Who lives in the home, listed ("I told already, wife and 2 kids", "me my partner and our three children"): a household,
# which the classifier alone read as a child at risk (a stranger, session 18, at "Who lives with you?": 0.61)
_HOUSEHOLD = re.compile(r"^(?:\w+\s+){0,4}?(?:me|myself|wife|husband|partner|hubby|missus|mum|dad|mam|girlfriend|boyfriend)"
                        r"(?:\s*,\s*|\s+and\s+|\s+)(?:(?:my|our|the|me|and)\s+){0,3}(?:partner\s+and\s+(?:our\s+)?)?"
                        r"(?:\d+|two|three|four|five|six|a|one)?\s*(?:kids|children|boys|girls|sons|daughters|little ones)$")
STRONG_REASONS: dict[str, re.Pattern[str]] = {"not_safe_at_home": _FALLS, "suicidal": _IDIOMS, "child_at_risk": _HOUSEHOLD,
                                              "domestic_abuse": _CARER_SAYS_WHO,
                                              **dict.fromkeys(("financial_abuse", "coercive_control", "care_abuse"),
                                                              _I_CARE),
                                              "neglect": re.compile(f"{_I_CARE.pattern}|{_I_MANAGE.pattern}")}


# An allergy or a reaction to a medicine or food, or a limb taken off in an operation, told as such ("Latex makes her
# come up in hives", "Trimethoprim makes his face swell", "I cant eat peanuts", "they took my leg off"): ordinary
# health facts of a story, which the classifier alone read as abuse, neglect or a carer at breaking point
_HEALTH_FACT = re.compile(
    r"\b(?:allergic|allergy|allergies|intolerant|intolerance|reacts? badly to|reacted badly to|anaphylaxis)\b"
    r"|\b(?:makes?|made|gives?|gave|brings?|brought)\s+(?:me|him|her|them|us)\s+(?:(?:come|came|out|up)\s+)*(?:in|with|out in)?\s*"
    r"(?:an?\s+)?(?:itchy\s+|blistering\s+|bad\s+|red\s+|nasty\s+|awful\s+)?(?:rash|hives|blisters|itch|itching|swell|"
    r"swelling)\b"
    r"|\b(?:makes?|made)\s+(?:my|his|her|their)\s+(?:face|lips|tongue|throat|skin|eyes|mouth)\s+(?:\w+\s+)?(?:swell|itch|blister|burn)"
    r"|\bcome up in (?:hives|a rash|blisters|lumps)\b"
    # ("i cant have anything with codeine in, it makes me sick": a fresh forms set, session 24, got coercive control)
    r"|\b(?:cant|can not|cannot|dont|do not)\s+(?:eat|have|take)\s+(?:any\s+|anything\s+(?:with|containing)\s+)?(?:peanuts|nuts|gluten|dairy|milk|eggs?|shellfish|"
    r"fish|wheat|soya|penicillin|codeine|aspirin|ibuprofen|latex|plasters)\b"
    # a tremor ("I don't trust my hands with the kettle since the tremor got worse": session 36, self-harm by the classifier)
    r"|\b(?:tremor|tremors|shaky hands|(?:my|his|her) hands (?:shake|tremble))\b"
    r"|\b(?:took|taken|take|cut)\s+(?:my|his|her|their|the)\s+(?:leg|foot|arm|toes?|fingers?)\s+off\b|\bamputat"
    )
# A symptom in a part of the body, pressure sores, a part that hurts, or a medicine a doctor stopped or started (session
# 19: "I have weakness in my left arm." got the Samaritans, "they stopped his metformin" Modern Slavery): a health fact
# only when it is (nearly) all the message says; beside more words ("her hips are sore and nobody has helped her out of
# bed for three days") the classifier reads it as ever (a second reader, session 19).
_SYMPTOM_SAID = re.compile(
    # a symptom in a part of the body, pressure sores
    r"\b(?:weakness|numbness|tingling|stiffness|pins and needles|cramps?|aching|sores?|ulcers?)\s+(?:in|on)\s+"
    r"(?:my|his|her|their|both)\s+(?:left\s+|right\s+)?(?:arms?|legs?|hands?|feet|foot|heels?|knees?|hips?|back|"
    r"shoulders?|side|face|fingers?|toes?)\b|\bpressure (?:sores?|ulcers?|damage)\b"
    r"|\b(?:my|his|her|their)\s+(?:back|knees?|hips?|legs?|feet|arms?|shoulders?|neck|head|stomach|joints?|hands?)\s+"
    r"(?:hurts?|aches?|aching|is sore|are sore|is bad|are bad|is painful|are painful|is stiff|are stiff|plays? (?:me|him|"
    r"her|them) up)\b"
    # a medicine a doctor stopped, started or changed ("they stopped his metformin", "the gp took him off it")
    r"|\b(?:gp|doctor|doctors|consultant|nurse|hospital|pharmacist|they)\s+(?:has\s+|have\s+)?(?:stopped|started|increased|"
    r"reduced|changed|upped|lowered|switched|doubled|halved|took\s+(?:him|her|me|them)\s+off|put\s+(?:him|her|me|them)\s+on)\b")
_MOST_BESIDE_A_SYMPTOM = 7  # words besides it


def just_a_symptom(plain: str) -> bool:
    """Whether the plain words are a symptom, a sore part, a medicine changed by a doctor, or one's own medicine taken
    with when and how much, and little else."""
    match = _SYMPTOM_SAID.search(plain) or _a_medicine_taken(plain)
    return match is not None and len((plain[:match.start()] + " " + plain[match.end():]).split()) <= _MOST_BESIDE_A_SYMPTOM


# One's own medicine taken or started: "he takes salbutamol", "I take ramipril one point two five mg" (a stranger, session
# 22: each got the help for financial abuse or the Samaritans). Not a medicine stopped ("i stopped my insulin" may be
# neglect), nor another's ("he takes her oramorph"): a second reader found the first form silencing both.
_TAKES = re.compile(r"\b(?:(?P<me>i|im)|(?P<he>he)|(?P<she>she)|they|we)\s+"
                    r"(?:take|takes|taking|started|use|uses|using|am on|is on|are on|m on|s on|been on)\s+"
                    r"(?:(?P<own>my|his|her|their|the)\s+)?(?P<name>[a-z]+(?: [a-z]+)?)")


def _a_medicine_taken(plain: str) -> re.Match[str] | None:
    from bot.understanding.safeguarding.overdose import medicine_words

    names = medicine_words()
    for match in _TAKES.finditer(plain):
        own = match.group("own")
        mine = {"my"} if match.group("me") else {"his"} if match.group("he") else {"her"} if match.group("she") else {"their"}
        if own not in (None, "the") and own not in mine:
            continue  # "he takes my tablets", "he takes her oramorph": someone else's (a second reader, session 22)
        name = match.group("name")
        if name.split()[0] in ROUTES and len(name.split()) > 1:
            name = name.split()[1]  # "he takes buccal midazolam for emergencies only": the midazolam
        if name.split()[0] in ("it", "them", "those", "that") and (rest := (plain[:match.start()] + " " + plain[
                match.end():]).split()) and all(w in _SAID_WITH_A_MEDICINE or w.isdigit() for w in rest) \
                and set(rest) & _WHEN_TAKEN:
            return match  # "he takes it at night", an answer to when he takes it (a stranger, session 39: sexual abuse)
        if name in names or name.split()[0] in names or name.split()[0].rstrip("s") in names:
            rest = (plain[:match.start()] + " " + plain[match.end():]).split()
            if all(w in _SAID_WITH_A_MEDICINE or w.isdigit() for w in rest):
                return match  # only when, how much or how often besides ("i take my tablets so i can die" is more)
    return None


_SAID_WITH_A_MEDICINE = frozenset({
    "mg", "mcg", "ml", "g", "units", "unit", "puffs", "puff", "point", "and", "a", "half", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred", "nought", "zero", "days", "day", "daily", "twice",
    "times", "morning", "night", "evening", "bedtime", "every", "each", "in", "the", "with", "meals", "breakfast", "tea",
    "dinner", "lunch", "when", "needed", "as", "required", "inhaler", "spray", "patch", "cream", "drops", "now", "still",
    # kept for an emergency, and how often said short ("he takes midazolam for emergencies only": financial abuse, a
    # try on the stack in session 39; "2x a day")
    "for", "emergencies", "emergency", "only", "buccal", "rescue", "if", "fits", "fit", "seizure", "seizures", "x", "1x",
    "2x", "3x", "4x"})
# (not "at once", "again", "too", "for the week", "all": how an overdose is told, a second reader of session 22)
_WHEN_TAKEN = frozenset({"night", "morning", "evening", "bedtime", "daily", "twice", "meals", "breakfast", "dinner", "lunch",
                         "tea"})


# a fall and what was hurt in it: for a carer at breaking point and self-harm too (session 36: "he fell over again
# yesterday and hurt his wrist" scored 0.75 as a carer at breaking point by the classifier trained on the read sets)
_FALL_OR_HEALTH = re.compile(f"{_FELL_AND_HIT.pattern}|{_HEALTH_FACT.pattern}")
# One's own medicines forgotten ("its my nan, shes 91 n she keeps forgettin her tablets": financial abuse at 0.29, a try on
# the stack, session 39): a reason for every kind but neglect, abuse by carers and a carer at breaking point, and only with
# no carer or staff in it
# ("the carers keep forgetting her tablets" is theirs to give)
_OWN_MEDICINE_FORGOTTEN = (r"^(?!.*\b(carers?|staff|agency|nurses?|home|nobody|no one|noone|never|deliberately|on purpose|"
                           r"hides?|hid|hidden|takes|took|withh\w*|refus\w*)\b).*\b(i|he|she|they|mum|mam|mom|dad|nan|nana|"
                           r"gran|grandma|grandad|granny|wife|husband)( (keeps?|always|often|sometimes|kept))? "
                           r"(forget\w*|forgot\w*) (to take )?(my|his|her|their) (tablets|meds|medication|medicines?|pills|"
                           r"inhalers?|insulin|eye drops|drops|patches)\b")
_FALL_OR_HEALTH_OR_FORGOTTEN = re.compile(f"{_FALL_OR_HEALTH.pattern}|{_OWN_MEDICINE_FORGOTTEN}")
STRONGER_REASONS: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(("suicidal", "child_at_risk", "sexual_abuse", "not_safe_at_home", "coercive_control", "exploitation",
                     "financial_abuse"), re.compile(f"{_HEALTH_FACT.pattern}|{_OWN_MEDICINE_FORGOTTEN}")),
    **dict.fromkeys(("care_abuse", "neglect"), _HEALTH_FACT),
    # (a carer at breaking point tells of tablets forgotten: "he keeps forgetting his tablets and I can't do this anymore")
    **dict.fromkeys(("domestic_abuse", "self_harm"), _FALL_OR_HEALTH_OR_FORGOTTEN),
    "carer_breaking_point": _FALL_OR_HEALTH}


# Told as over, or about the subject rather than lived: a harm long past ("my ex used to hit me but he's in
# prison now", "clean from self harm for one thousand days"), one put right ("a carer was rough with me once but
# she was sacked and im fine now"), or a volunteer's or a friend's concern ("volunteering for Rape Crisis", "my
# friend said she felt suicidal and i told her teacher"). For every kind, what the classifier alone heard in such
# words needs policy.told_as_over_from (OVER in `reasons`); a rule's hit said as still going on is heard as ever.
OVER = "over"
_RESOLVED = re.compile(
    r"\b(?:am|m|are|re|is|s|all) (?:fine|ok|okay|happy|"
    r"sound|alright|better|safe|sorted|healed|settled|at peace)(?: now| these days)\b"
    r"|\b(?:stopped completely|(?:was|got|been) sacked|(?:is|s|in|went to|sent to) prison|dealt with (?:him|her|it)"
    r"|at peace with it|saved my life|(?:days|weeks|months|years) (?:free|clean)|(?:free|clean) (?:of|from) (?:him|her|it"
    r"|self harm|thoughts)|life (?:feels )?worth living|glad to be alive|wake up glad)\b")
_SUBJECT = {"volunteering", "volunteer", "volunteers", "fundraise", "fundraising", "training", "course", "leaflet",
            "awareness", "documentary", "session", "assembly"}
_SUBJECT_SAID = re.compile(r"\b(?:how (?:do|can|should) i|asking for|running a|teaching|tips)\b")


def told_as_over(words: set[str], plain: str) -> bool:
    """Whether the plain words tell a harm as over, put right, or about the subject (OVER)."""
    return (bool(_OVER_PAST.search(plain) or _RESOLVED.search(plain) or _SUBJECT & words and _SUBJECT_SAID.search(plain))
            and not _STILL.search(plain) and not _NOT_OVER.search(plain)) or put_right_since(plain, plain) is not None


_CLAUSE = re.compile(r"\s*(?:[,;.!?]|\b(?:and|but|just|so|though|although|then|now that)\b)\s*")


def not_over(plain: str) -> str:
    """The plain words without the clauses that tell something as over or put right (OVER): what the message
    says besides ("my wife died years ago and i dont see the point" -> "i dont see the point"); after words of
    recovery (`put_right_since`), what is said after them ("... but i am much better now, i walk every day")."""
    recovered = put_right_since(plain, plain)
    if recovered is not None:
        return _RECOVERED.sub(" ", plain[recovered:]).strip()
    return " ".join(_after_resolved(clause) for clause in _CLAUSE.split(plain)
                    if clause and not _OVER_PAST.search(clause)).strip()


def _after_resolved(clause: str) -> str:
    """A clause without what it tells as put right and what comes before (`_RESOLVED`): the plain words have no
    commas, so "i am fine now my husband hits me though" is one clause, and what follows the words of
    recovery is said now (a reader of session 21: the whole clause was dropped, and the hitting with it)."""
    found = list(_RESOLVED.finditer(clause))
    return _NOW_LEFT.sub("", clause[found[-1].end():]).strip() if found else clause


_NOW_LEFT = re.compile(r"^\s*(?:now|these days|nowadays|anyway)\b")


# Narrower than _LONG_PAST: not "no longer" nor "used to", which tell a change, often for the worse ("she no
# longer gets her meals", "he used to be kind"), nor how long a lack has lasted ("I've not seen a friend in five
# years", "five years since she died")
_OVER_PAST = re.compile(r"\b(?:years ago|decades ago|(?<!not )long ago|(?<!not )a long time ago|when i was (?:a |little|young"
                        r"|at school|\d+|\w+teen)|as a (?:teen|teenager|kid|child)|in my (?:teens|twenties|youth)"
                        r"|in (?:19|20)\d\d|behind me|long over|long gone|(?:that|this) part of my life)\b")
_NOT_OVER = re.compile(r"\b(?:relapsed?|relapsing|started again|back to)\b")


# The reasons a "not" before them undoes ("not refunded", "no choice", "not agreed"); not a word of another sense ("can't
# trust my memory" says nothing of a trust, and the reason it gave stays)
# (a carer "not gentle with me", "never kind": no care well given, the seventeenth fresh set, session 32)
_UNDONE_BY_NOT = frozenset({"refunded", "agreed", "asked", "choice", "prescribed", "explained", "blocked", "explain",
                            "gentle", "gently", "patient", "kind", "lovely", "respectful"})
_DENIED_WORD = re.compile(r"\b(?:not|never|no)\s+(?:(?:been|yet|even|ever|very|always|that|so|too|particularly)\s+){0,2}(\w+)")


def reasons(words: set[str], plain: str = "") -> frozenset[str]:
    """The kinds for which these words give an ordinary reason (REASONS), and `kind + STRONG` for
    those the plain text gives a strong one (STRONG_REASONS); OVER when it tells a harm as over."""
    said: dict[re.Pattern[str], bool] = {}  # a pattern many kinds share (_HEALTH_FACT: eleven) is searched once

    def heard(pattern: re.Pattern[str]) -> bool:
        if pattern not in said:
            said[pattern] = bool(pattern.search(plain))
        return said[pattern]

    if plain and (denied := {m.group(1) for m in _DENIED_WORD.finditer(plain)} & _UNDONE_BY_NOT):
        # a reason said not to be ("the bank has not refunded it", "i had no choice"): none (the thirteenth fresh set,
        # session 28: "my carer took £200 from my purse and the bank has not refunded it" was quiet)
        words = words - denied
    return frozenset([kind for kind, reason in REASONS.items() if reason & words]
                     + [kind + STRONG for kind, pattern in STRONG_REASONS.items() if heard(pattern)]
                     + [kind + STRONGER for kind, pattern in STRONGER_REASONS.items() if heard(pattern)]
                     # a symptom, a sore part or a medicine a doctor changed, and little else (session 19)
                     + ([kind + STRONGER for kind in STRONGER_REASONS] if just_a_symptom(plain) else [])
                     # a natural death planned for ("she is ready to go when her time comes"), as a figure of speech
                     + (["suicidal" + STRONG] if EVERYDAY_SAID["suicidal"].search(plain) else [])
                     # a saying that uses a harm's words for something else ("i kicked myself over that one"):
                     # what the classifier alone hears in it needs 0.9, as a rule's hit in it is left to the classifier
                     + ([kind + STRONGER for kind in sorted(_SAYING_KINDS)] if heard(_SAYINGS) else [])
                     # put out of a home, sex as a form records it: what the classifier alone hears in them needs 0.9
                     # a parent's limit or a thing the writer takes when they like: the same (session 28)
                     + [kind + STRONGER for kind in ("domestic_abuse", "sexual_abuse", "coercive_control", "exploitation",
                                                     "not_safe_at_home", "child_at_risk")
                        if EVERYDAY_SAID[kind].search(plain)]
                     # someone else put out of a home ("since his mum kicked him out"): no child at risk either,
                     # unless the classifier is sure; "my stepdad kicked me out, im 15" is the writer's own
                     + (["child_at_risk" + STRONGER] if _PUT_OUT_SOMEONE.search(plain) else [])
                     # what sets a rule's hit aside as everyday (session 34) makes the classifier alone need 0.9 too
                     + [kind + STRONGER for kind, pattern in _EVERYDAY_ALSO.items() if heard(pattern)]
                     + ([OVER] if told_as_over(words, plain) else []))


_YEARS = r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|many|a few)"
_LONG_PAST = re.compile(r"\b(years ago|years back|used to|when i was|in the past|behind me|no longer|as a (teen|teenager|kid|child)"
                        r"|in (19|20)\d\d|in my (teens|twenties|thirties|forties|fifties|youth)"
                        r"|" + _YEARS + r" (years|year) (now|since|clean|free)|(years|months) since i"
                        r"|not (\w+ ){0,3}(for|in) " + _YEARS + r" (years|year)|clean (from|for)|free (of|from) (it|them|him|her)"
                        r"|long over|long gone|(that|this) part of my life"
                        # another's, long over: "old self harm scars from when she was a teenager", "years before i met
                        # her" (the fifteenth fresh set, session 30)
                        r"|when (he|she|they) (was|were) (a teen|a teenager|a kid|a child|little|young|at school|\w+teen)"
                        r"|(years|long) before (i|we|she|he) (met|knew)"
                        # "decades ago", "a long time ago" (not "not long ago", which is recent)
                        r"|decades ago|(?<!not )(?<!not that )(?<!not so )\b(a )?long time ago)\b")
# What says it is happening now. A bare "now" is not: "I haven't for four years now", "I'm in a good
# place now" close a past told as over.
_STILL = re.compile(r"\b(again|still|right now|just now|now (he|she|they|it)|lately|recently|started|these days"
                    r"|this week|today|tonight)\b")

# A message that says in its own words that a matter is settled: agreed, asked for, a doctor's order,
# money given back ("we agreed it together", "the bank refunded it", "doctor's orders"). Such a message
# needs the classifier surer before it alarms (policy.reassured_from), never silence. Words that a
# person who is harmed also says to play it down ("he means well", "he's lovely really") are not here.
_SETTLED = re.compile(
    r"\b(fair enough|fair play|fair shout|(which|that|it) is fair|only fair"
    # (not a doubt about oneself: "says i'm nowt without him and happen he's right", the tenth fresh set, session 25;
    # nor what another says was agreed: "four thousand has gone and he says i agreed to it", the twelfth, session 27)
    r"|(?<!happen )(?<!maybe )(?<!mebbe )(?<!perhaps )(he|she|they) (is|are|was|were) (probably |probly |quite )?right|(?<!says )(?<!said )(?<!claims )(?<!reckons )(?<!insists )(we|i) (both )?agreed|we (both )?chose"
    r"|agreed( to it| to that)? and i did|we (decide|decided) (it )?together|i asked (him|her|them) to|(my|our) idea|nothing sinister"
    # (never money not given back: "took my bank card … and never gave it back", the thirteenth fresh set, session 28)
    r"|(?<!never )(?<!not )(?<!not been )(?<!yet to be )(?:refunded|gave it (all )?back|got it (all )?back)"
    r"|doctors? orders|all above board)\b")
# Lighter words: a laugh, a kind word, safety affirmed ("lol", "bless him", "its cute", "brilliant",
# "I feel safe at home"). They calm only
# what the classifier alone heard, never what a rule heard someone do ("he hit me again lol"), nor
# suicide or self-harm, where young people joke to say it.
_LAUGHS = r"lol|lool|lols|lolz|haha+|hehe+|lmao|rofl"
_LIGHT = re.compile(
    r"(?<!not )\b(" + _LAUGHS + r"|only joking|just joking|bless (him|her|them)"
    r"|(it is|its|that is|thats|so|really) (sweet|cute|lovely|nice)|lovely|brilliant|marvellous|smashing"
    r"|fantastic|had a laugh|laugh about it|we laughed|spoils? me|(a|such a) (gem|star)"
    # safety said in so many words ("I feel safe at home", "my home is a safe place for me")
    r"|(i|we|he|she|they|mum|dad) (feel|feels|felt|am|is|are|have been|has been) (very |quite |perfectly |totally |completely )?"
    r"safe( and settled)?(?! (on|in the|getting|using|with the|to))|(?<!used to )(is|be) (a |my )?safe place)\b")
NOT_CALMED_BY_LIGHT_WORDS = frozenset({"suicidal", "self_harm"})
SETTLED = "settled"
LIGHT = "light"
# A laugh and nothing else that calms ("lol", "haha", "lmao"): young people put it after what frightens them ("my
# boyfriend makes me share my location 24/7 and screenshots it lol"), so it asks less of the classifier than kind
# words or safety said (policy.laughed_from, not reassured_from): a reader of session 21 put "lol" after the tuning
# corpus's disclosures and 80 of 300 went unheard
LAUGH = "laugh"
_LAUGH = re.compile(_LAUGHS)


# Words that make a rule's hit for a kind an ordinary thing said in ordinary words, as phrases: a death
# planned for and natural ("she wants to die in her own bed when the time comes", "end of life care",
# "a DNR"), not a wish to end a life.
# The change and the receipt brought back ("my carer takes my card to the shop and brings back the change and the
# receipt every time": both a carer's and money's rules, the twelfth fresh set, session 27)
_CHANGE_BROUGHT = (r"\b(give|gives|gave|bring|brings|brought|hand|hands|handed) (back )?(me|us|her|him|them)? ?(back )?"
                   r"(the|my|all the|all my|her|his)? ?(change|rest|receipt|receipts)\b")
# A thing kept safe for the writer, which they take when they like ("my husband keeps my passport in the safe … I can
# take it when I want": the thirteenth fresh set, session 28)
_MINE_WHEN_I_WANT = r"\bi (can|could) (take|get|have|use) (it|them|mine) (whenever|when|any ?time) i (want|like|need|wish)\b" \
    r"|\b(hands|gives|give|hand) (it|them) (straight )?back (when|whenever|if|as soon as) i ask\b"  # (the fifteenth fresh set)
# A concern as a topic of study or of work, and nothing of the writer's own said with it: "a lesson on self harm in PSHE",
# "my coursework is on suicide rates", "a modern slavery lead for the council", "a mental health ward … we see a lot of
# self harm" (the fourteenth fresh set, session 29); not "… and it made me realise I do it too"
# Words of a danger said beside an everyday reading, which keep the rule's hit (a second reader, session 29: "i dont want to
# live in this flat any more, i want to end it" and "my partner hit the wall, then me" were quiet)
_DANGER_BESIDE = (r"(?!.*\b(end it|end my life|end things|ending it|dead|die|dying|kill (myself|me|him|her)|suicid\w*|"
                  r"(not|dont|do not) (want|wanna) to (live|be here|exist)( at all| any ?more| anymore)?$|at all|rather be dead|"
                  r"no point|started doing it|doing it too|do it too|i do it|been (self )?harming|happening (at home|to me|"
                  r"to us)|being made to|made to work|for no pay|no wages|passport|then (hit )?(me|him|her|us|mum|dad)|"
                  r"(and|then) (hit|hits|hitting|punched|slapped|kicked|pushed|grabbed) |and me|then me)\b)")
_A_TOPIC = (r"^" + _DANGER_BESIDE + r"(?!.*\b(i|im|me|myself) (do|did|have(?! to)|had(?! to)|cut|cutting|been|want|feel|felt|think|thought|"
            r"tried|am (cutting|harming|thinking|feeling|suicidal|scared|being))\b)(?!.*\bive (started|been|done|tried)\b)(?!.*\b(my|our) (son|daughter|friend|mum|dad|child|kid|partner|husband|wife) (is|was|has(?! to)|had(?! to)|does|did)\b)"
            r".*(\b(lesson|lessons|coursework|essay|assignment|project|poster|training|course|module|dissertation|research|"
            r"presentation|lecture|leaflet|leaflets|talk|stats|statistics) (is |was )?(on|about|into) (\w+ ){0,2}?(self harm|"
            r"suicide|suicides|modern slavery|exploitation|county lines|domestic abuse|abuse)\b"
            r"|\b(modern slavery|safeguarding|exploitation|suicide prevention|self harm) (lead|officer|champion|team|"
            r"coordinator|co ordinator|worker|trainer|nurse|practitioner|manager)\b"
            r"|\bwe (see|get|deal with|treat|support) (a lot of|lots of|loads of|plenty of|a fair bit of) (self harm|"
            r"suicide attempts|overdoses|exploitation)\b)")
# Cases worked on, disclosures heard at work: "I am working as interpreter for police in sexual assault cases", "worked on
# modern slavery cases before I retired", "disclosures about sexual abuse and online grooming" (a teacher; the fifteenth
# fresh set, session 30)
_CASES = (r"^" + _DANGER_BESIDE + r"(?!.*\b(my (son|daughter|child|kid|kids|husband|wife|partner|landlord|boss|ex|dad|mum|"
          r"stepdad|neighbour|brother|sister)|raped me|to me|touched me|hurt me|i think|last night|at home)\b)"
          r".*(\b(work|works|working|worked|interpreter|interpreting|officer|detective|solicitor|"
          r"lawyer|barrister|investigator|police) (\w+ ){0,6}(on|in|with) (\w+ ){0,2}(sexual assault|sexual abuse|rape|"
          r"modern slavery|slavery|trafficking|exploitation|domestic abuse|child protection|grooming) cases\b"
          r"|\b(disclosures|referrals) (about|of|on|around) (\w+ ){0,2}(sexual abuse|abuse|grooming|exploitation)\b)")
# A parent's limit on a trifle: "my mum is sooo controlling she wont let me get my nose pierced til im 16" (the fifteenth
# fresh set, session 30); nothing more said of it
_PARENTS_LIMIT = (r"^(?:\S+ ){0,4}(my )?(mum|mam|mom|dad|parents|mother|father|stepdad|stepmum) (\w+ ){0,6}(will not|wont|"
                  r"does not|do not|never) let me (get|have|go|dye|wear|do) (my |a )?(nose |ears? |belly |tongue |eyebrow |"
                  r"lip )?(pierced|piercing|piercings|tattoo|tattoos|hair dyed|makeup|make up|crop top|tiktok|snapchat|"
                  r"instagram)\b(?!.*\b(hit|hits|hurt|hurts|lock|locks|locked|scared|afraid|beat|beats)\b)")
# Pulled out of danger: "he bolted into the road yesterday, thankfully I grabbed him" (the fifteenth fresh set, session 30)
_PULLED_TO_SAFETY = (r"^(?!.*\b(threw|thrown|throws|slapped|slaps|punched|pushed|shoved|dragged|drags|kicked|hit|hits|"
                     r"hair|collar|wall|floor|door|leave|leaving)\b)(?:.*\b(thankfully|luckily|just in time) (i )?(grabbed|"
                     r"caught|pulled) (him|her|them)\b|.*\b(grabbed|caught|pulled) (him|her|them) (back )?(just in time|in time|"
                     r"out of the road|from the road|back from the road|back from the edge|off the road)\b)")
# What others must think, said of a bruise that has a reason: "people must think I'm beating him!" (the fifteenth fresh set)
_OTHERS_MUST_THINK = (r"\b(must|will|would|might|probably|gonna|going to) think (i am|i m|im) (beating|hitting|abusing|"
                      r"battering|hurting) (him|her|them)\b")
# The writer's own wish or plan said beside another's death or readiness for it ("… and I've started stockpiling my
# tablets", "… and I think about following him", "… honestly I'm ready to go with him": a second reader, session 30)
_NOT_MINE_TOO = (r"(?!.*\b(stockpil\w*|saving (my|up my|all my)|rope|noose|same way|do the same|the same as (him|her)|follow\w* "
                 r"(him|her|them)|join (him|her|them)|be with (him|her|them)|plan\w*|want to die|wanna die|end it|end my|kill "
                 r"myself|so am i|me too|i am ready|im ready|i m ready|feel the same|go with (him|her|them)|without (him|her|them)|"
                 r"looking up|look up)\b)")
EVERYDAY_SAID: dict[str, re.Pattern[str]] = {
    "suicidal": re.compile(_A_TOPIC + r"|"
        # a supplement taken beyond the dose, a doctor's word for it ("Doctor say I take overdose of vitamin D"): the
        # fourteenth fresh set, session 29
        r"^" + _DANGER_BESIDE + r"(?!.*\b(and|with|plus|also) (her |his |my |some |the )?(sleeping|paracetamol|antidepressants?|"
        r"tablets|pills|meds|painkillers|sedatives|co codamol|codeine|tramadol|insulin|other)\b)"
        r".*\b(overdose|overdosed|od) (of|on) (vitamin|vitamins|iron|calcium|folic|supplements?|b12|d3|fish oil|zinc)\b|"
        r"\bwhen (the|her|his|my|their|our) (time|day) (comes|come|has come)\b|\bend of (her |his |their )?life"
        r"|\b(dnr|do not resuscitate|resuscitation|advance care plan|advance decision)\b"
        r"|\bdie (at home|in (her|his|my|their) own bed|peacefully|in (her|his|my|their) sleep)\b"
        # where a natural death is wished for ("he want to die in his own country", "to die back home in Jamaica")
        r"|\bdie (in (her|his|my|their) own (home|house|country|land|village)|back home|in (her|his|my|their) "
        r"(home|homeland|country|village))\b"
        # a danger of a job done badly ("he'll kill himself on that ladder", "kill herself doing the gutters")
        r"|\bkill (himself|herself|themselves|hisself) (on|doing) (that|the|those|his|her)\b"
        # the overdoses a paramedic's or a nurse's shift sees ("I work as a paramedic … last night we had a stabbing
        # and two overdoses": a stranger, session 28, got the Samaritans)
        r"|^(?=.*\b(paramedic|nurse|shift|shifts|ward|a and e|a e|ambulance|crew|patients|on call|the job)\b)"
        # (not the writer's own thoughts beside them, nor a relative's: "… and I envied them", "… from him")
        r"(?!.*\b(thinking about|think about|thought about|envied|envy|envious|myself|want to|wish i|from (him|her|my|our|"
        r"them)|in the family|at home|my own)\b)"
        r".*\bwe (had|get|got|see|saw|deal with|dealt with|attended|went to) (\w+ ){0,6}?(overdoses|ods)\b"
        r"(?! (from|of|in) (him|her|them|my|our|the family))"
        # a home, not a life: "i dont want to live in this flat anymore, the stairs are to much" (the fourteenth fresh
        # set, session 29); not "i dont want to live like this", "… in this world", "… with this pain"
        r"|^" + _DANGER_BESIDE + r".*\b(want|wanna) to live (in|at|on|near|round|around) (this|that|the|a|my|our|here|there) ?(flat|house|home|"
        r"bungalow|place|area|street|estate|road|town|city|village|block|building|room|bedsit|hostel|country|tower|"
        r"high rise|tower block|care home|nursing home)\b"
        r"|^" + _DANGER_BESIDE + r".*\b(want|wanna) to live (here|there) (any ?more|now|no more)\b"
        # another's death by suicide long ago, grieved ("My brother took his own life in 1978 and I still think of him");
        # one dying who is ready for it ("he have cancer and doctor say few weeks. He say he is ready to die": the fifteenth
        # fresh set, session 30), nothing of tablets or of help to die said
        r"|^" + _DANGER_BESIDE + _NOT_MINE_TOO + r".*\b(brother|sister|son|daughter|dad|father|mum|mam|mother|husband|wife|partner|friend|"
        r"uncle|aunt|auntie|cousin|grandad|grandfather|nan|gran|grandmother) (took|had taken) (his|her|their) own life "
        r"(in (19|20)\d\d|(\w+ )?years ago|decades ago|when i was)\b"
        r"|^" + _NOT_MINE_TOO + r"(?!.*\b(tablets|pills|save|saved|saving|stockpil\w*|end it|kill|overdose|myself|help (him|her|them) (die|go)|"
        r"assisted|dignitas|bridges?|with (him|her|them)|go with)\b)(?=.*\b(cancer|hospice|palliative|terminal|terminally|end of life|few weeks|weeks left|days left|"
        r"months left|motor neurone|mnd)\b).*\b(he|she|dad|mum|mam|father|mother|nan|gran|grandad|husband|wife) (\w+ ){0,3}"
        r"ready to (die|go)\b"
        ),
    # a brother or sister and a trifle: "my little brother is so annoying i could kill him, he ate my leftover pizza" (the
    # fourteenth fresh set, session 29: the help for a carer at breaking point); the trifle said, no one cared for harmed
    "carer_breaking_point": re.compile(
        r"^(?=.*\b(brother|sister|bro|sis|siblings?)\b)(?=.*\b(ate|eaten|eats|nicked|pinched|borrowed|took|takes|broke|used)"
        r" (my|all my|the last|the last of( my| the)?) (\w+ )?(pizza|chips|chocolate|sweets|food|leftovers|leftover \w+|charger|clothes|top|hoodie|"
        r"phone|game|controller|remote|makeup|stuff|crisps|biscuits|cake)\b)(?!.*\b(hurt|hit|hurting|bruise|bruises|scared)\b)"
        r".*\bcould (kill|murder|strangle|throttle) (him|her|them)\b"
        r"|" + _PULLED_TO_SAFETY + r"|" + _OTHERS_MUST_THINK +
        # a temper lost and taken outside ("i lose my temper and go out in the garden to scream at the sky lol, it works":
        # the fifteenth fresh set), nothing done to the one cared for
        r"|\blose my temper (and|so) (i )?(go|walk|step|take myself) (out|outside|away|into|in to)\b(?!.*\b(hit|hurt|"
        r"shake|shook|push|pushed|grab|grabbed|slap|slapped)\b)"),
    # the change and the receipt brought back by a carer, and nothing missing said
    "care_abuse": re.compile(_CHANGE_BROUGHT + r"(?!.*\b(missing|short|kept|keeps|never|not|but)\b)"),
    # hair, nails or a lawn cut, a habit cut back: "i still cut my own hair", "the urge to cut back on sugar" (the
    # rules "i ~1 still ~1 cut", "urge ~3 cut" heard self-harm in them)
    "self_harm": re.compile(_A_TOPIC + r"|"
        # burns in the kitchen ("my daughter is burning herself in the kitchen when she cook": the fourteenth fresh set)
        r"\b(burn|burns|burned|burnt|burning) (myself|herself|himself|themselves) (on|with|in|at) (the|a) (oven|hob|stove|"
        r"kettle|iron|pan|kitchen|cooker|grill|toaster|bbq|barbecue)\b(?!.*\b(on purpose|deliberately|lighter|cigarette)\b)|"
        r"\bcut(s|ting)? (back|down) on\b"
        # a food or a habit cut out ("I've tried cutting out caffeine": the fifteenth fresh set, session 30)
        r"|\bcut(s|ting)? out (the )?(caffeine|coffee|tea|sugar|alcohol|booze|drink|drinking|carbs|bread|dairy|meat|gluten|"
        r"chocolate|takeaways|crisps|salt|fizzy|sweets|smoking|cigarettes|fags|junk|snacks|fat|red meat)\b"
        r"|\bcut(s|ting)? (my |his |her |their |the |our )?(own )?(hair|fringe|nails|toenails|grass|lawn|hedges?)\b"),
    # put out of a home, not a blow: "since his mum kicked him out" (a stranger's grandson who came to stay got the
    # Domestic Abuse Helpline, and the line went to a service as a fall); the classifier still judges the words
    # and bruises of a blood thinner ("i bruise so easily on warfarin i have to explain the bruises"): the classifier
    # judges those words alone
    "domestic_abuse": re.compile(r"\b(kick|kicks|kicked|kicking|chuck|chucks|chucked|chucking|throw|throws|threw|thrown|"
                                 r"throwing) (him|her|them|me|us|my \w+|our \w+|his \w+) out\b"
                                 r"|\b(warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|blood thinners?|anticoagulants?)\b"
                                 r".*\bbruis|\bbruis\w* .*\b(warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|"
                                 r"blood thinners?|anticoagulants?)\b"
                                 # a game lost, a fight in play ("he beats me at crib every single time", "my bf whacked
                                 # me w a pillow in a pillow fight": the eleventh fresh set, session 26)
                                 r"|\b(beat|beats|beaten|beating|thrashed|thrashes|whups?) (me|him|her|us|them) (at|in) "
                                 r"(crib|cribbage|cards|chess|draughts|checkers|scrabble|darts|pool|snooker|dominoes|"
                                 r"bingo|golf|tennis|badminton|bowls|monopoly|rummy|whist|the quiz|quizzes|sudoku|"
                                 r"wordle|fifa|mario ?kart|a game|every game|games)\b"
                                 r"|\b(pillow|play|water|snowball|food|nerf) ?fights?\b|\bplay ?fighting\b"
                                 # a thing hit, not a person: "my husband hit the car in the parking" (the fourteenth
                                 # fresh set, session 29)
                                 r"|^" + _DANGER_BESIDE + r"(?!.*\b(hit|hits|hitting|punch\w*|slap\w*|kick\w*|push\w*|grab\w*)\b.*"
                                 r"\b(me|him|her|us|mum|mam|dad|nan|gran|sister|brother|girlfriend|boyfriend|wife|husband|kids?|"
                                 r"children|baby)\b)"
                                 r".*\b(hit|hits|hitting|bumped|bumps|crashed|reversed) (into )?(the|a|our|his|her|my|another|"
                                 r"someone s|someones) (car|van|wall|kerb|curb|post|bollard|gate|fence|bin|lamp ?post|"
                                 r"pothole|tree|barrier|deer|bus|lorry|parked car|garage door)\b"
                                 # the writer's own hand on the one they care for, no one else's said ("I grabbed his arm
                                 # too hard and left a bruise": a carer at breaking point, a stranger, session 29)
                                 r"|^(?!.*\b(he|she|they|husband|wife|partner|son|daughter|dad|mum|brother|sister|boyfriend|"
                                 r"girlfriend) (\w+ )?(hit|hits|grab\w*|push\w*|kick\w*|slap\w*|punch\w*|hurt\w*|beat\w*|"
                                 r"threaten\w*|strangl\w*|chok\w*) (me|us|my|the kids|our)\b).*\bi (\w+ )?(grabbed|grab|pushed|"
                                 r"shoved|shook|slapped|pinched|squeezed) (his|her|their|him|them|mums|dads)\b"
                                 # others thinking it, a knock explained by who saw it ("people must think I'm beating him!",
                                 # "she'd knocked it on the bed rail, they did an incident form"), pulled out of danger, a
                                 # parent's limit on a trifle (the fifteenth fresh set, session 30)
                                 r"|" + _OTHERS_MUST_THINK +
                                 r"|^(?!.*\b(says|said|claims|claimed|told me|apparently|supposedly|at least|fingermarks|"
                                 r"finger marks|look like|looks like|rough)\b).*\b(knocked|banged|bumped|caught|scraped) (it|her arm|his arm|her leg|his leg|her hand|"
                                 r"his hand|her head|his head|herself|himself) (on|against) (the|a|her|his) (bed rail|bed rails|"
                                 r"bedrail|door|door frame|table|chair|wheelchair|frame|walking frame|zimmer|bath|sink|cupboard|"
                                 r"radiator|commode|hoist|bed)\b(?!.*\b(says|said|claims|claimed|apparently|supposedly|story)\b)"

                                 r"|" + _PULLED_TO_SAFETY + r"|" + _PARENTS_LIMIT +
                                 # burns at the cooker (the fourteenth fresh set: "burning herself in the kitchen")
                                 r"|\b(burn|burns|burned|burnt|burning) (myself|herself|himself|themselves) (on|with|in|at) "
                                 r"(the|a) (oven|hob|stove|kettle|iron|pan|kitchen|cooker|grill|toaster|bbq|barbecue)\b"),
    # cash drawn for the person and the rest handed back ("takes out more than i need and gives me the change back"):
    # no money kept, whatever "takes out more than" says
    "financial_abuse": re.compile(_CHANGE_BROUGHT +
                                  # every penny shown ("she's pure honest wi it, shows me every penny": the twelfth
                                  # fresh set, session 27)
                                  r"|\b(shows?|showed|show|accounts? for|accounted for) (me )?every penny\b(?!.*\b(then|but|and|"
                                  r"takes?|took|keeps?|kept)\b)"
                                  # the money kept for its owner ("every penny goes into his own account"), control
                                  # given by the writer ("gave my wife control of the credit cards at my own request")
                                  r"|\bevery penny (goes|go|going|went|is|gets|is put|is paid) (straight )?(in|into|to|on) "
                                  r"(his|her|their|my) own\b"
                                  r"|\bi (gave|give|handed) (my \w+ |him |her |them )?control of\b|\bat my (own )?request\b(?!.*\bbut\b)"
                                  # given freely: "… with my savings, I gave it to her as a gift"
                                  r"|\bas a (gift|present)\b|\bwith my blessing\b"
                                  # a scam that did not happen ("ever since I was nearly scammed out of five thousand pounds")
                                  r"|\b(i|we|she|he|mum|dad) (was|were|got) (nearly|almost) (scammed|conned|defrauded)\b"
                                  # a caller pretending to be the bank, put down (the thirteenth fresh set, session 28)
                                  r"|\bpretend(ing|ed|s)? to be (from )?(my|the|a) (bank|police|hmrc|council|dwp|post office)\b"
                                  # an errand run with it ("my son takes my pension to the post office for me every
                                  # thursday": a stranger, session 27); not with more said ("... and keeps it")
                                  r"|\b(take|takes|took|taking|collect|collects|collected|collecting|draw|draws|drew) (out )?"
                                  r"(my|her|his|mums|dads|nans) (pension|benefits|money|cash|pip|allowance) (out )?(to|from|at) "
                                  r"the (post office|bank|shop|shops|cash point|cashpoint) for (me|her|him|them|us)\b"
                                  r"(?!.*\b(keep|keeps|kept|spend|spends|spent|never|without|not|and|but|then)\b)"),
    # a phone taken from a child by a parent, as parents do ("my mum took my phone for a week cos i was on it at 2am":
    # the eleventh fresh set, session 26); not a phone kept from an adult, nor with more said of it
    "coercive_control": re.compile(r"^(?:\S+ ){0,6}(my )?(mum|mam|mom|dad|parents|mother|father|stepdad|stepmum) (took|takes|"
                                   r"confiscated|confiscates|has taken|had taken) my (phone|xbox|switch|laptop|tablet|ipad|"
                                   r"console|playstation|ps5)( off me)? (for (a|the|one|two|3|three) (week|night|day|weekend|"
                                   r"days|weeks) )?(cos|coz|because|as|cause) i (was|were|got|stayed) (on it|up|out|late|"
                                   r"rude|cheeky|caught)\b"
                                   # a parent's limit said with the writer's age ("my mum won't let me go to a festival
                                   # cos i'm only 15"), nothing more said of it; a thing kept safe that the writer takes
                                   # when they like ("keep my passport in the safe … I can take it when I want": the
                                   # thirteenth fresh set, session 28)
                                   r"|^(?:\S+ ){0,4}(my )?(mum|mam|mom|dad|parents|mother|father) (will not|wont|does not|"
                                   r"do not) let me (?!(?:\w+ ){0,3}(?:eat|food|breakfast|dinner|tea|lunch|drink|sleep|toilet|shower|wash|school|doctor|doctors|"
                                   r"gp|friends|outside|out)\b)[a-z ]{0,40}(cos|coz|cause|because|as|since) (i am|im) (only |just )?"
                                   r"1[0-7]\b(?!.*\b(hit|hits|hurt|hurts|lock|locks|locked|scared|afraid|beat|beats)\b)"
                                   r"|" + _MINE_WHEN_I_WANT + r"|" + _PARENTS_LIMIT +
                                   # work not yet allowed by law ("I am asylum seeker and I am not allowed to work yet")
                                   r"|\b(asylum|visa|home office|immigration|refugee status)\b.*\bnot allowed to work\b"
                                   r"|\bnot allowed to work\b.*\b(asylum|visa|home office|immigration)\b"),
    "exploitation": re.compile(_MINE_WHEN_I_WANT + "|" + _A_TOPIC + "|" + _CASES),
    # a child's phase, in a professional's word, and nothing more said of it ("the toddler screams the place down at
    # bedtime, the health visitor says its a phase"); not "… says its a phase but his dad shakes him" (a second reader)
    "child_at_risk": re.compile(_CASES + r"|\b(health visitor|gp|doctor|midwife|nurse|paediatrician) (says|said) (it s|its|it is|this is) "
                                r"(just |only )?(a phase|normal)\b(?!.*\b(but|hit|hits|shake|shakes|hurt|hurts|bruis\w*|scared|"
                                r"afraid|dad|mum|stepdad|boyfriend)\b)"),
    # sex as what a form records ("her sex is female not male", "sex: male"), not a sexual act
    "sexual_abuse": re.compile(r"\b(her|his|their|my|your|the) (sex|gender) (is|was|should be|=|:)? ?(female|male|f|m|"
                               r"wrong|woman|man)\b|\bsex (female|male|f|m)\b|\b(female|male) not (male|female)\b|" + _CASES),
    # somewhere trifling dreaded, a film, a chore forgotten ("i'd rather die than go back to that dentist", "watched a horror
    # film … scared to be home alone lmao", "scared 2 go home cos i forgot 2 put the bins out": the fifteenth fresh set)
    "not_safe_at_home": re.compile(
        r"\brather (die|be dead) than go back (to|in|into) (that|the) (dentist|dentists|gym|hairdresser|hairdressers|barber|"
        r"barbers|restaurant|pub|shop|salon|cafe|hotel|optician|opticians|class|course|club|job|office)\b"
        r"|^(?!.*\b(he|she|they|someone|somebody|husband|partner|boyfriend|dad|stepdad) (hit|hits|threaten\w*|follow\w*|"
        r"broke|break\w*|hurt\w*)\b).*\b(horror|scary) (film|films|movie|movies|programme|show|game|story)\b"
        r"|\bscared to go home (because|cos|as) (i|i have|i ve) (forgot|forgotten|lost|broke|broken|failed|missed|spent|"
        r"been late)\b(?!.*\b(hit|hits|beat|beats|hurt|hurts|belt|lock|locks|go mad|go mental|go spare|go ballistic|lose it|"
        r"kick off|he will|he ll|she will|she ll|batter|leather)\b)"),
}


# The sixteenth fresh set's false alarms a rule raised (session 31), in general words: help asked for and given with a
# reason ("my son takes my pension out of the bank for me … because I can't walk that far", "i gave him the pasword myself",
# "keep my passport in the safe at his house because I lose things"), a thing kept in a safe, a question about the signs
# of a harm, a scratch on a rose bush, a temper lost with the council (not with Dad), another's child lost to suicide.
_ASKED_FOR = (r"\b(to help (me|us)|helps? me (with|to)|i (asked|ask) (him|her|them)|i gave (him|her|them) (the|my) (password|"
              r"pasword|pin|login|details|code)|because i (lose|lost|forget|forgot|keep losing|kept losing|mislay)|for safe ?keeping"
              # kept for a trip, the writer holding a key too ("keep our passports in the safe box at home because we
              # travel soon, I have the key also": the seventeenth fresh set, session 32)
              r"|because (we|i) (travel|are travelling|are traveling|are going (away|abroad)|go (away|abroad))"
              r"|i (have|ve got|got|also have|have also) (the|a|my own|a spare) key)\b")
_NOTHING_WRONG_SAID = (r"(?!.*\b(never see|never get|keeps? it|kept it|wont give|will not give|doesnt give|does not give|but|"
                       r"checks|reads|tells me who|wont let|will not let|doesnt let|does not let|controls|stops me|not allowed|"
                       r"send me back|employer|boss|only key|has the key|cant leave|can not leave|cannot leave)\b)")
_PETS_FED = (r"\bfeed (the |her |his |my |their )?(fish|dog|dogs|cat|cats|birds?|rabbits?|hamsters?|pets?|goldfish|tortoise|"
             r"chickens?|guinea pigs?)\b")  # "mum forgets to feed her fish"
_MORE_EVERYDAY_SAID: dict[str, str] = {
    # a second pint or another biscuit not allowed for one's health ("Me wife won't let us have a second pint, reckons I'm
    # daft wi' me cholesterol": the eighteenth fresh set, session 33)
    "coercive_control": r"\b(will not|would not|does not|do not) let (me|us|him|her) have (a |an )?(second|another|third|"
                        r"extra|more|any more) (pint|beer|biscuit|cake|slice of cake|chocolate|helping|portion|"
                        r"pudding|dessert|sweets?|crisps|takeaway)s?\b"
                        r"(?=.*\b(cholesterol|diabetes|sugar|sugars|weight|heart|health|blood pressure|liver|gout|diet)\b)"
                        r"(?!.*\b(lock\w*|hit\w*|money|phone|friends|out|hurt\w*|scared|afraid|frightened|until|till|unless)\b)|"
                        r"^" + _NOTHING_WRONG_SAID + r".*" + _ASKED_FOR
                        # a carer keeping someone who wanders safe: "washing him, his tablets, meals, stopping him going
                        # out at night" (a stranger, session 31, at "What care do you give?": the Domestic Abuse Helpline)
                        + r"|^(?=.*\b(wash\w*|tablets|meds|medication|meals|dementia|alzheimer\w*|wander\w*|confused|"
                        r"memory|gets lost|got lost)\b)(?!.*\b(me|my)\b(?!.*\b(i|im|i m) (do|dont|do not|cant|am)\b)).*"
                        r"\b(stop|stopping|stops|keep|keeping) (him|her|them|mum|dad|mam) (from )?(going out|wandering|getting "
                        r"out|leaving|going off|walking off)\b"
                        # someone who checks on the person, by phone ("My sister Julie checks on me by phone": a support
                        # filed under risks beside a partner who keeps her bank card, a stranger, session 32)
                        # (the whole sentence a check-in, by one who is no partner: "my husband checks on me by phone 20 times
                        # a day and I'm not allowed to see my family" is heard, a second reader, session 32)
                        r"|^(my |our |the )?(?!.*\b(husband|wife|partner|boyfriend|girlfriend|fella|bf|gf|ex|hubby)\b)(\w+ ){0,3}"
                        r"(check|checks|checking|checked) (up )?on (me|him|her|them|us|mum|dad|mam|nan|gran)( (by phone|on the "
                        r"phone|by text|every day|every morning|every evening|most days|daily|regularly|each day|twice a week|"
                        r"once a week|at weekends|at the weekend|for me|when i m at work|when im at work|when shes at work|when "
                        r"hes at work))*$",
    # a boss called a slave driver, with nothing of documents, pay or being kept said (the eighteenth fresh set)
    "exploitation": r"^" + _NOTHING_WRONG_SAID + r".*" + _ASKED_FOR + r"|\bslave ?drivers?\b"
                    r"(?=.*\b(lol|lmao|haha|ha|pays? (double|well|good)|good money|money is good|fair enough|only joking)\b)"
                    r"(?!.*\b(passport|passports|documents|papers|id|not paid|no pay|unpaid|never paid|does not pay|doesnt pay|"
                    r"owe|owes|debt|locked|lock|locks|sleep|leave|threat\w*|keeps|kept|takes|took|phone|cards?|caravan|"
                    r"no days off|can not go|cannot go|without him|without her)\b)",
    "not_safe_at_home": r"\bin (the|a|his|her|my|their) safe\b(?! (place|environment|home|space|house|area|hands))"
                        r"(?!.*\b(not|never|dont|do not) (feel )?safe\b)",
    # help with the banking or the bills ("My son helps with my banking because my eyes are bad": the eighteenth fresh
    # set, session 33), not where anything is taken, kept or spent
    "financial_abuse": r"\b(helps?|helping|helped) (me |us |mum |dad )?(with|sort|do|out with) (my|the|our|his|her|mums?|dads?) "
                       r"(online )?(banking|bank|finances|bills|paperwork|accounts?|statements|money)\b"
                       # (with the reason said: eyes, hands, a stroke, being no good with computers; a second reader, session
                       # 33: "… and has changed all the passwords so I can't get in", "… and uses my money for drugs")
                       r"(?=.*\b(eyes|eyesight|sight|hands|stroke|memory|computers?|online|internet|apps?|letters|numbers|"
                       r"i (still )?(decide|check|sign|see|choose|approve)\w*)\b)"
                       r"(?!.*\b(takes?|took|taking|keeps?|kept|spends?|spent|uses?|used|using|without|never|steal\w*|stole|"
                       r"nick\w*|owe\w*|missing|gone|emptie\w*|empty|himself|herself|themselves|borrow\w*|lend|lent|transfer\w*|"
                       r"withdr\w*|passwords?|pin|changed|locked|lock|can not|cannot|wont|will not|drugs|drink|gambl\w*|"
                       r"bets?|betting)\b)|"
                       # help with the money wished for ("she wants to stay in her own home and have a nurse for the leg, and
                       # help with the money": a rule read the nurse as taking her money; a stranger, session 40)
                       r"\b(wants?|would like|like|needs?|hoping for|asking for|get|getting|and)\b(?:(?!\b(takes?|took|keeps?|"
                       r"kept|spends?|spent|steal\w*|stole|nick\w*|missing|gone|card|pin|passwords?|drugs|scared|afraid)\b).)*"
                       r"\bhelp with (the|her|his|my|our) (money|bills|finances|benefits|forms|paperwork)\W*$|"
                       r"\b(always|he|she|they|and) (pays?|paid|gives?|gave) (me )?(it |them )?back\b(?!.*\b(never|not|doesnt|"
                       r"does not|wont|will not)\b)|"  # "my grandson pinched forty quid off me for the bus, he always pays me back"
                       r"^" + _NOTHING_WRONG_SAID + r".*\b(takes?|took|draws?|drew|collects?|gets?|fetches?) (out )?my "
                       r"(pension|money|cash|benefits?)( out)?( of the (bank|post office|cash machine))? for me\b"
                       # one's own use of another's money for them: "i use dads money to pay for his own carers"
                       r"|\bi (use|used|spend|spent) (\w+ )?money to pay( for)? (his|her|their) own\b",
    "neglect": r"^(what are|what s|whats|how do you|how can i|how would i|how do i)( the)? (signs|symptoms) of\b" + r"|" + _PETS_FED,
    "self_harm": r"^(?!.*\b(purpose|deliberately|again|to feel|i do it|myself|meant to|wanted to)\b).*"
                 r"\b(scratched|scratch|cut|caught|grazed|nicked|snagged) (my|his|her) \w+ on (a|the|some) (rose|roses|bush|"
                 r"bramble|brambles|thorn|thorns|nail|fence|wire|branch|tree|hedge|door|corner|table|edge|tin|can|glass)\b",
    "carer_breaking_point": r"\blost my temper with (the|a|an) (council|phone|bank|dwp|computer|call centre|gp|receptionist|"
                            r"surgery|hospital|system|printer|machine|energy company|insurance)\b(?!.*\b(then|and) (with )?"
                            r"(mum|dad|mam|him|her|them)\b)(?!.*\b(hit|hits|shook|shake|slap\w*|kick\w*|push\w*|scream\w*|"
                            r"shout\w*|took it out|take it out|hurt|grab\w*|pinch\w*|threw|throw)\b)"
                            # going too far with something, not with someone ("scared i will go too far with the
                            # cleaning", session 32)
                            # (a thing, never a person nor a harm: "scared ill go too far with my son" is heard, a second reader)
                        r"|\bgo (too far|further) (with|on) (the |my |his |her )?(\w+ )?(cleaning|diet|dieting|exercise|exercises|"
                        r"gardening|walking|housework|decorating|diy|physio|training|running|gym|shopping|spending|tidying|"
                        r"hoovering|ironing|baking|cooking|presents|decorations|budget|joke|jokes|banter)\b"
                        r"|\bgo further (downhill|down hill)\b",
    # another's relative lost to suicide, the writer asking how to help them, with nothing of despair said
    "suicidal": r"^" + _NOT_MINE_TOO + r"(?!.*\b(want|wants|wanted|wanna) to (die|end|go|be with)|.*\b(ending it|end it|end (his|her|"
                r"my) life|cant go on|can ?not go on|no point|whats the point|what is the point|point in anything|myself|herself|"
                r"himself|themselves|same way|join (him|her|them)|kill)\b)"
                r"(?=.*\b(support|help|say to|what to say|anniversary|funeral|comfort|be there for|look after)\b).*\b"
                r"(friend|neighbour|cousin|colleague|mate|sister|brother|aunt|auntie|uncle|niece|nephew|she|he) (lost|has lost|"
                r"had lost) (his|her|their|a) (\w+ ){0,2}to suicide\b"
                r"|\blike ending it (there|here|now if|with)\b|\bending it with (him|her|my|the)\b",
    "child_at_risk": _PETS_FED,
    # "a slap up meal for the residents at christmas", "a fruit punch for the residents' party" (a second reader, session 33)
    "care_abuse": r"\bslap[\s-]?up\b|\b(fruit|rum|party|christmas) punch\b|\bpunch (bowl|line|card)\b",

}
# Session 34 (the nineteenth fresh set's rule-raised false alarms), each with its cue and what would undo it:
_SESSION34_EVERYDAY: dict[str, str] = {
    "self_harm": r"\bcut (myself|meself|my \w+) on (a|the|some) (\w+ )?(gate|fence|nail|wire|glass|tin|can|saw|tile|hedge|"
                 r"thorn|bramble|rose|tool|mower|strimmer|shed|rake|spade)\b(?=.*\b(tetanus|jab|plaster|stitches|minor injuries|"
                 r"first aid|antiseptic|steri)\b)(?!.*\b(on purpose|deliberately|again and again|to feel|wanted to|meant to)\b)"
                 r"|\bscratch(ed|ing|es)? (my|his|her) \w+\b(?=.*\b(eczema|exma|eczma|itch|itchy|itching|psoriasis|dermatitis|"
                 r"hives|rash|chickenpox|chicken pox|in (my|his|her) sleep)\b)(?!.*\b(on purpose|deliberately|to feel|wanted to|"
                 r"meant to|punish\w*|blade|razor|upset|angry|hate|hated|stress\w*|cope|coping|its not|it is not|isnt|is not|"
                 r"not eczema|bleed\w*|blood|raw|told (them|school|mum|everyone)|says its|say its|thinks its)\b)"
                 r"|\b(henna|mehndi)\b(?!.*\b(cut|cuts|cutting|burn|burns|burning|on purpose|deliberately|blade|razor)\b)",
    "domestic_abuse": r"\b(hit|knocked) (me|us|him|her) for six\b(?=.*\b(told|news|announced|engaged|married|pregnant|"
                      r"retir\w*|results?|bill)\b)(?!.*\b(hospital|a and e|ae|bruise\w*|hurt|punch\w*|kick\w*|black eye|"
                      r"police|said no|again|always)\b)",
    # (a "safe account" asked for and refused is a scam not fallen for)
    "financial_abuse": r"\b(takes?|took|brings?|brought) my (pension|money|cash|benefits?) (to|from) the (post office|bank|"
                       r"building society) for me\b(?=.*\b(every penny|receipt|receipts|brings? (it )?(all )?back|gives? (it )?"
                       r"(all )?back)\b)(?!.*\b(keeps?|kept|spends?|spent|short|missing|never|not|wont|will not|makes? me|"
                       r"pay (him|her|them)|half|some of it|then|but)\b)"
                       r"|\bhelp(s|ed)? me (to )?(open|set up|setting up|opening) (a |an |my )?(\w+ )?(account|banking)\b"
                       r"(?!.*\b(takes?|took|taken|keeps?|kept|uses?|used|spends?|spent|passwords?|pin|card|cards|without|owe\w*|"
                       r"loan|borrow\w*|empt\w*|drain\w*|cleared|then|but)\b)"
                       r"|\bsafe account\b(?=.*\b(hung up|put the phone down|ignored (it|them|him)|blocked|reported (it|"
                       r"them|him)|know better|did not|didnt|never did)\b)(?!.*\b(all gone|lost|took|taken|moved (it|them|"
                       r"my|all)|transferred)\b)",
    "care_abuse": r"\b(shout|shouted|shouts|shouting) (at|to) (him|her|them|mum|dad|me)\b(?=.*\b((could not|couldnt|cant|"
                  r"cannot|can not|can t) hear|deaf|hearing aids?|hard of hearing)\b)(?!.*\b(hit\w*|slap\w*|rough\w*|push\w*|"
                  r"grab\w*|swear\w*|scream\w*|names|threat\w*|scared|afraid|frightened)\b)"
                  r"|\b(pinch|pinches|nick|nicks) (\w+ )?(biscuit|biscuits|sweets|chocolates?|cake)\b(?=.*\b(insists?|offers?|lol|"
                  r"apparently|only because|joke|joking|with him|with her)\b)(?!.*\b(rings?|jewellery|money|purse|wallet|"
                  r"missing|gone|stolen|lost|cash)\b)",
    "neglect": r"\b(ramadan|fasting)\b(?!.*\b(no food|nothing to eat|afford|starv\w*|hungry|locked|not fed|forget\w*|"
               r"forgot)\b)"
               # layers and bed for comfort, the heating on
               r"|\b(jumpers?|cardigans?|coats?|layers?|bed)\b(?=.*\b(cosy|like it|heating (is|s) on|hot water "
               r"bottle|electric blanket|sniffle|flu|retired|no rush|sundays?|weekends?|lie in)\b)"
               r"(?!.*\b(no heating|heating (is )?off|cannot afford|cant afford|can not afford|broke|broken|(not|wont|never|"
               r"refuses?|doesnt|does not|will not|would not|cannot|cant)( \w+){0,3} heating)\b)",
    "carer_breaking_point": r"\bend up in the (papers?|news) for (winning|being|raising|their|an?|doing)\b"
                            r"|\bcapable of\b(?=.*\b(haha|lol|lmao|only joking|eating|cake|chocolate)\b)",
    "sexual_abuse": r"\b(explained|asked|checked) (\w+ ){0,3}before (she|he|they) (touched|examined|touches|examines)\b"
                    r"(?!.*\b(without|did not ask|didnt ask|never asked|no consent|uncomfortable|wrong|again|but|later|then|"
                    r"came back|at night|alone|no one|nobody)\b)",
    "child_at_risk": r"\b(son|daughter|lad|boy|girl|kid|child|grandson|granddaughter) (hit|punched|kicked|pushed|bit|thumped) "
                     r"(another|a|the other) (boy|girl|kid|child|lad|classmate|pupil)\b(?!.*\b(hits? (him|her)|at home|dad|"
                     r"stepdad|bruises|scared)\b)"
                     r"|\b(bruise|bruised|bruises|graze|grazed|black eye) (\w+ ){0,4}(at|playing|from|in) (football|rugby|pe|"
                     r"netball|hockey|cricket|training|judo|karate|boxing|trampolining)\b(?!.*\b(hit|hits|beat|punch\w*|slap\w*|"
                     r"grab\w*|throw\w*|threw|stepdad|boyfriend|scared)\b)"
                     r"|\b(smack\w*|slapp?\w*) (\w+ ){0,4}(legs?|bottoms?|hands?)\b.*\b(everybody|everyone) did\b",
    "exploitation": r"\bcame up in (our|the|an?) (assembly|lesson|class|tutor time|pshe|training|meeting|talk)\b"
                    r"(?!.*\b((makes?|made|forced?|forcing|gets?|got) (me|us)|my (cousin|brother|sister|mate|friend|"
                    r"uncle|dad|boyfriend)s?|(that is|thats|that s) what (i|we)|i (do|did|am doing) (it|that|this))\b)"
                    r"|\bdeath ?traps?\b"
                    # a crowd of new friends from somewhere ordinary, for a while
                    r"|\bnew friends?\b.*\b(from (church|uni|university|college|school|work|the club)|for the weekend|"
                    r"holiday|caravan|party|sleepover)\b",
    "suicidal": r"(?:\boverdose (was|is|by) (a |an )?(mistake|accident|accidental)|\baccidental overdose\b|\boverdose by "
                r"(mistake|accident)\b|\bbecause i (forget|forgot) i (had )?already (take|took|taken)\b)"
                r"(?!.*\b(on purpose|wanted|meant|die|dead|end it|kill|they think|but i)\b)"
                # pets looked after while one is away
                r"|\bwho (gets|takes|will (look after|have)|looks after|has) (the|my) (cat|dog|cats|dogs|pets?|budgie|rabbit)\b"
                r"(?=.*\b((while|when|whilst) (i|we|im|i am|we are)|holiday|hospital|respite|away)\b)",
}
# The writer's own job named as what their days are spent among ("I work as a nurse on an acute mental health ward so my
# whole day is suicide risk assessments …", "I work in a sexual assault referral centre, so I'm around rape, abuse …",
# "I'm a housing officer so I deal every day with people who aren't safe at home": the nineteenth fresh set, session
# 34), with nothing of the writer's own or their family's in the sentence: for every kind
_MY_JOB_IS_AMONG_IT = (r"^(\w+ ){0,4}i (work|am|m|have worked|volunteer)\b( \w+){0,10} (so|and) (my whole day is|my (whole )?job "
                       r"is|i am around|i m around|im around|i deal (every day |all day |daily )?with|i see (a lot of|lots of)|"
                       r"i spend (my days|all day))\b(?!.*\b(me|my|mine|myself|us|our|ours|i|he|she|him|her|they|them|"
                       r"husband|wife|partner|son|daughter|mum|dad|boyfriend|girlfriend|ex)\b)")
# (apart from EVERYDAY_SAID, which also takes a natural death planned for out of the words the classifier reads: these
# only set a rule's hit aside)
# Session 36: ordinary words the classifier, trained on the read sets too, heard alone as a concern (tests of sessions 17
# to 19 held them quiet): an aid hoped not to be needed by then; a date night; the gas on for tea; a household listed; a
# physio who kept going on a sore knee; a carer's own back; staying away from a damp home till it is sorted
# a carer at breaking point: not a carer's own back, nor their own pain and sleep (session 36)
_SESSION36_EVERYDAY_CARE = (r"\bbefore something (happens|goes) (to|with) my (back|knees?|shoulders?|hips?|health)\b"
                            # one's own pain and sleep, with no one else in it ("my back hurts every day and i cant
                            # sleep", said again and again: 0.86 by the read-set classifier, a test of a long message)
                            r"|^(?!.*\b(him|her|them|he|she|they|mum|dad|mam|husband|wife|partner|son|daughter|nan|gran|"
                            r"grandad|care|caring|carer|look after|looking after|hurt (him|her|them)|hit|shake|shook|scream\w*|"
                            r"shout\w*|cope|coping|snap\w*|lose it|losing it|kill\w*|harm\w*|end it|die|dying)\b).*\b(my "
                            r"(back|knees?|hips?|neck|legs?|arms?|head|feet|shoulders?|chest|stomach) (hurts?|aches?|is killing "
                            r"me|is bad|kills)|i (cant|can t|cannot|can not) sleep)\b")
_SESSION36_EVERYDAY: dict[str, str] = {
    "suicidal": r"\b(wont|will not|won t) (be )?need(ing)? (the|my|his|her|a) (wheelchair|frame|walker|stick|crutches|sling|"
                r"cast|boot|zimmer|commode|hoist)\b(?=.*\b(hopefully|hope|better|mended|healed|recovered|physio)\b)"
                r"|^(?!.*\b(die|dead|dying|end (it|things|my life|everything|it all)|ending|kill\w*|suicid\w*|tablets|pills|"
                r"overdose|goodbye|not wake|not be here|rope|jump)\b).*\bdate night\b"
                r"|\bgas on for (the two of us|us|me|him|her) (to have |for )?(tea|dinner|supper|a brew|a cuppa)\b"
                # a home up the stairs and a medicine taken as needed ("I have asthma and I take salbutamol when needed. I
                # live on the third floor and there is no lift": 0.39 by the classifier trained on the read sets)
                r"|^(?!.*\b(jump\w*|end (it|things|my life)|kill\w*|die|dying|edge|balcony|ledge|window|overdose|all of them|"
                r"the lot|goodbye)\b).*(?:\b(live|living|lives) on the (\w+ )?(floor|storey)\b|\b(take|takes|use|uses) \w+ "
                r"(when|as|if) (needed|required|i need it|i need to)\b)"
                r"|" + _HOUSEHOLD.pattern,
    "sexual_abuse": r"^(?!.*\b(touch\w*|private|breasts?|groin|undress\w*|inappropriat\w*|lower|down there|between|"
                    r"bottom|bum|chest|under|inside|hands? (up|down|on|in)|said no)\b).*\b(physio|physiotherapist|"
                    r"massage|masseuse|osteopath|chiropractor)\b.*\b(kept going|carried on|did not stop|didnt stop)\b"
                    r"(?=.*\b(knee|back|shoulder|hip|neck|agony|pain|sore)\b)"
                    # memory going, told by a carer ("I've told him but he won't remember", "he puts his clothes on
                    # inside out": a stranger, session 36, got the sexual abuse help); never with a word of touching,
                    # undressing or washing
                    # (only told as that: a reply told and not remembered, clothes put on wrong; "my mum has dementia and
                    # forgets, the man from the day centre puts his hands up her skirt" is heard: a second reader)
                    r"|^(?:i (?:ve |have )?(?:told|tell) (?:him|her|them)(?: \w+){0,3} but (?:he|she|they) (?:wont|will not|won t|"
                    r"doesnt|does not|cant|cannot|can not|never|dont|do not) remember(?: (?:it|that|anything|a thing|much))?"
                    r"(?:,? (?:he|she|they) (?:has|have|s) (?:got )?(?:dementia|alzheimers|memory problems|vascular dementia))?)$"
                    r"|^(?!.*\b(touch\w*|sex\w*|private|undress\w*|naked|rape\w*|grope\w*|kiss\w*|skirt|knickers|pants|"
                    r"bottom|hands? (up|on|down|in)|abus\w*|assault\w*|molest\w*|forc\w*|hurt\w*)\b).*\bputs? (?:his|her|their) "
                    r"clothes on (?:inside out|back to front)\b",
    # the care a carer gives, told with no strain or fear in it ("shes got dementia n cant do stairs no more, i do her
    # tea most nites": Carers UK and the Samaritans at the stack, session 36)
    "carer_breaking_point": _SESSION36_EVERYDAY_CARE + r"|^(?!.*\b(cope|coping|snap\w*|lose it|losing it|shake|shook|hurt\w*|hit\w*|scream\w*|shout\w*|"
                             r"breaking|exhausted|knackered|end it|kill\w*|scared|afraid|frightened|cant (go on|do this|take)|"
                             r"at the end of my|had enough|tether)\b).*(?:" + _I_CARE.pattern + r")",
    # a hearing aid, glasses or teeth not worn: the person's own choice
    "coercive_control": r"^(?!.*\b(hit\w*|hurt\w*|scared|afraid|lock\w*|won t let|wont let|will not let|takes?|took|hides?|hid)\b)"
                        r".*\b(wont|will not|won t|doesnt|does not|refuses to|never) (wear|use|put in|keep in) (her|his|their|my) "
                        r"(hearing aids?|glasses|specs|teeth|dentures|pads?|splint|stockings)\b",
    # children who stay with their other parent ("the kids stay with their dad at weekends": a second reader, session 36,
    # got the NSPCC from the classifier alone)
    "child_at_risk": r"^(?!.*\b(hit\w*|hurt\w*|scared|afraid|drunk|drugs?|bruis\w*|lock\w*|leave|left alone|touch\w*|"
                     r"not fed|starv\w*)\b).*\b(kids|children|boys|girls|son|daughter|little ones?) (stay|stays|go|goes|are) "
                     r"(with|to|at) (their|his|her) (dad|mum|mam|father|mother|nan|gran|grandparents)(s)? (at|on|every|for) "
                     r"(the )?(weekends?|holidays?|half term|week)\b",
    "not_safe_at_home": r"\b(cant|can t|cannot|can not) stay (at|in) my (flat|house|home|place) (till|until)\b(?=.*\b(damp|"
                        r"mould|mold|repairs?|boiler|heating|leak|flood\w*)\b)(?!.*\b(he|she|they|him|scared|afraid|"
                        r"frightened)\b)",
}
# Session 37, a stranger's eight people on the stack (seven got a helpline for ordinary words, two had an answer refused
# for the form): each only as that, with no word of harm in it
_NO_HARM = (r"^(?!.*\b(hit\w*|hurt\w*|kill\w*|die|dead|dying|end (it|things|my life|it all)|suicid\w*|scared|afraid|frightened|"
            r"unsafe|abus\w*|rough|bruis\w*|threat\w*|shout\w*|scream\w*|snap\w*|cope|coping|touch\w*|took|takes|taken|"
            r"stole|steal\w*|control\w*|reads?|checks?|wont let|won t let|no point|overdose|tablets|pills|harm\w*)\b)")
_SESSION37_EVERYDAY: dict[str, str] = {
    # a wish to go on living at home ("help to get in and out of the bath safely and keep living here": the Samaritans);
    # food put in front of someone who forgets it; "i dont have stomach problem now", put right at the read-back
    "suicidal": _NO_HARM + r".*(\b(keep|keeps|carry on|go on|stay) (living|live) (here|at home|in (my|her|his|their) (own )?"
                r"(home|house|flat|bungalow))\b|\bforgets? to (eat|drink)\b.*\b(unless|if) (i|we|you|someone) (put|puts|give|"
                r"gives|remind|reminds)\b|\bi (dont|don t|do not) have (\w+ )?(\w+ )?problems? (now|any more|anymore)\b)",
    # a sitter wished for ("someone to sit with mum one night a week": the Domestic Abuse Helpline, and refused for the form)
    "not_safe_at_home": _NO_HARM + r".*\bsomeone to (sit|stay) with (mum|mam|mom|dad|him|her|them|my \w+)\b",
    # how to be rung ("phone me (Graham) instead, give her time to answer face to face"); friends from a group
    "domestic_abuse": _NO_HARM + r".*(\b(phone|ring|call|text|contact) me\b( \(?\w+\)?)? instead\b|\bfriends from the (\w+ )?"
                      r"(group|club|church|centre|center|chapel|mosque|temple)\b)",
    # an adult's age ("she s 68 and she goes by Pat": the NSPCC) with no child in it
    "child_at_risk": _NO_HARM + r"(?!.*\b(kids?|child\w*|son|daughter|baby|babies|little|boys?|girls?|school|teen\w*|"
                     r"grandchild\w*|grandson|granddaughter|step\w*)\b).*\b(she s|shes|she is|he s|hes|he is|i am|im|i m|"
                     r"aged?) (1[89]|[2-9]\d|1[01]\d)\b",
    # a medicine come off ("the hallucinations stopped when she came off the ropinirole": Hourglass)
    "care_abuse": _NO_HARM + r"(?!.*\b(left|leaves?|leaving|ignor\w*|neglect\w*|carers? (didnt|did not|never))\b).*\b(came|come|coming) off "
                  r"(the|her|his|my) \w+",
    # the parts to share, said at the consent question ("all of it including work and money": Hourglass)
    "financial_abuse": _NO_HARM + r"(?!.*\b(spent|spends|owe\w*|borrow\w*|pin|card|his|he|she|they|them)\b).*\b(all of it|"
                       r"everything|the lot|share (it )?all) (including|incl|with|and|plus) (the |my )?(work|money|benefits)\b",
    # one's own dressing ("I can't do my bra or put my socks on, I can't bend": Carers UK)
    "carer_breaking_point": _NO_HARM + r"(?!.*\b(him|her|them|he|she|they|care|caring|carer|look after|looking after|"
                            r"exhausted|breaking|end of my)\b).*\bi (cant|can t|cannot|can not) (do|do up|fasten|put on|reach|"
                            r"get on) my (bra|socks|shoes|buttons|laces|stockings|tights|zip|coat|cardigan)\b",
}
# Session 38: what a medicine did, told of the medicine ("The only thing I cannot have is tramadol, it made me see things":
# a sexual abuse rule, and the classifier as self-harm at 0.93): each only as that, with no word of harm in it
_SIDE_EFFECT = _NO_HARM.replace("|tablets|pills", "") + (r"(?!.*\b(he|she|they|him|them|uncle|dad|father|stepdad|brother|man|men|boy|someone|somebody)\b.*"
                                                          r"\b(made|makes|gave|gives|was making)\b)"
                           r".*(\b(it|that|they|tablets?|pills?|medicine|medication|drugs?|\w+(ine|ol|am|an|ide|one|pam|done|"
                           r"pine|mab|tin|lol|ole|pril|sartan|azole|mycin|cillin))\b,? (made|makes|gave|gives|was making) (me|him|her|them|us) "
                           r"(see|hear|seeing|hearing) things\b|\bhallucinat\w*)")
_SESSION38_EVERYDAY: dict[str, str] = {kind: _SIDE_EFFECT for kind in ("suicidal", "self_harm", "sexual_abuse",
                                                                          "child_at_risk", "domestic_abuse")}
# Session 39: someone's illness named, and little else ("the man next door has parkinsons": not safe at home at 0.62; "the
# man next door has dementia": sexual abuse at 0.80); an allergy with a warning not to give the medicine ("hes allergic to
# penicillin dont let anyone give him that": neglect, a stranger in session 38)
_ILLNESS_NAMED = (_NO_HARM + r"^(\w+ ){1,6}(has|had|s got|has got|got|is living with|lives with|was diagnosed with|has been "
                  r"diagnosed with) (\w+ )?(dementia|alzheimers|parkinsons|cancer|copd|asthma|diabetes|arthritis|ms|epilepsy|"
                  r"angina|emphysema|a stroke|heart failure|motor neurone disease|mnd|lupus|psoriasis|glaucoma|cataracts)"
                  r"( (too|as well|and all|bless (him|her)|now))?$")
_DONT_GIVE_IT = (r"^(?!.*\b(hit\w*|hurt\w*|kill\w*|die|dead|scared|afraid|abus\w*|rough|bruis\w*|threat\w*|shout\w*|steal\w*|"
                 r"stole|overdose|harm\w*|on purpose|deliberately|keeps|still)\b).*\b(allergic|allergy|anaphyla\w*|reaction)\b.*"
                 r"\b(dont|don t|do not|never) (let (anyone|anybody|them|the \w+) )?give (him|her|me|them) (that|it|any)\b")
_SESSION39_EVERYDAY: dict[str, str] = {kind: f"{_ILLNESS_NAMED}|{_DONT_GIVE_IT}" for kind in (
    "suicidal", "self_harm", "domestic_abuse", "coercive_control", "financial_abuse", "care_abuse", "neglect", "sexual_abuse",
    "child_at_risk", "carer_breaking_point", "not_safe_at_home", "exploitation")}
# an age and the name gone by, the whole message ("he's 74 and he goes by Bert": 0.73 as coercive control)
_AGE_AND_NAME = (r"^(\w+ ){0,2}(she s|shes|she is|he s|hes|he is|i am|im|i m|they re|theyre|they are) \d{1,3}( years old)?,? "
                 r"(and )?(she|he|i|they) (goes by|go by|is called|s called|am called|likes to be called|prefers) \w+( \w+)?$")
_EVERYDAY_ALSO = {_kind: re.compile("|".join(p for p in (_SESSION34_EVERYDAY.get(_kind), _SESSION36_EVERYDAY.get(_kind),
                                                           _SESSION37_EVERYDAY.get(_kind), _SESSION38_EVERYDAY.get(_kind),
                                                           _SESSION39_EVERYDAY.get(_kind),
                                                           _AGE_AND_NAME,
                                                           _MY_JOB_IS_AMONG_IT) if p))
                  for _kind in ("suicidal", "self_harm", "domestic_abuse", "coercive_control", "financial_abuse",
                                "care_abuse", "neglect", "sexual_abuse", "child_at_risk", "carer_breaking_point",
                                "not_safe_at_home", "exploitation")}
for _kind, _said in _MORE_EVERYDAY_SAID.items():
    EVERYDAY_SAID[_kind] = re.compile(f"(?:{EVERYDAY_SAID[_kind].pattern})|(?:{_said})" if _kind in EVERYDAY_SAID else _said)


# Sayings that use a harm's words for something else ("i nearly died of embarrassment", "hurt myself laughing",
# "i'm kicking myself for missing it", "i neglect my emails"): a rule's hit of these kinds in such words is left
# to the classifier. Not "die of shame", nor kicking oneself in the head.
_SAYINGS = re.compile(
    r"\b(die|died|dying) (of|from) (embarrassment|laughing|laughter|boredom)\b"
    r"|\b(hurt|hurting|killed|killing|wet|wetting) (myself|meself|himself|herself) (laughing|laffin|laughin)\b"
    r"|\b(kick|kicking|kicked) (myself|meself) (for|over|about|that|i|because|now)\b|\bcould (have )?kick(ed)? (myself|meself)\b"
    r"|\bneglect(s|ing|ed)? (my|his|her|the|our) (emails?|inbox|teeth|garden|plants|housework|hobbies|studies|car|"
    r"schoolwork|homework|coursework|revision|friends|friendships)\b"
    # guilt for time not given ("I feel like I'm neglecting my other kids because all my time goes on my disabled son":
    # the fifteenth fresh set, session 30)
    r"|\b(feel|felt|feeling) (like |as if |as though |that )?(i am|i have|i ve|i m|im) (been )?neglect\w* (my|the) (other )?"
    r"(kids|children|family|husband|wife|partner)\b"
    # a carer's own check-ups let slip ("I've been neglecting my own health, I missed my smear test"): no danger said
    r"|\bneglect(s|ing|ed)? (my|his|her|their) own (health|needs|appointments|check ?ups)\b"
    # a delight hard to believe ("I pinched myself when I saw the new bathroom": "pinched" was read as "pinche" before
    # session 32, and the saying never met a rule)
    # (only a delight or a dream: "I pinch myself because I deserve it", "… when I want to cut" are heard: a second reader)
    r"|\b((had|have|has) to|keep having to|i|i still) pinch(ed)? (myself|meself) (to (see|check|make sure|believe)|when i (saw|see|"
    r"walked|walk|opened|open|got|get|heard|look)|every time i (see|walk|look|open))\b(?=.*\b(dream\w*|real|believe|lucky|"
    r"wonderful|amazing|lovely|gorgeous|beautiful|brilliant|new|keys|view|garden|bathroom|kitchen|bungalow|grandchild\w*|baby|"
    r"happy|proud|results|news|excited|smile)\b)"
    r"(?!.*\b(bleed|bruis|hurt|pain|punish|deserve|hate|cut|feel something|low|scream|cope)\w*)")
_SAYING_KINDS = frozenset({"suicidal", "self_harm", "carer_breaking_point", "neglect"})


# A screening question asked and answered no: "the docter asked me the question do i ever have thoughts of ending my life
# and i said no, which is true", "the GP asked the standard question about whether anyone had ever touched me without my
# consent and I said no", "she said no concerns about self harm or suicide" (the tenth fresh set, session 25: alarms);
# not where the no is then taken back ("i said no but i lied", "... but honestly i do")
# (the concern's words must be the question's, between the asking and the "no": "the nurse asked if I wanted a cup of tea
# and I said no, I want to kill myself" is heard, and so is "… asked if things are better and we said no, he still hits
# her": a second reader, session 25)
_ASKING = re.compile(r"\b(?:asked|asks|ask|question|questions|questionnaire|screening|phq ?9?)\b")
# (or the no said straight after the question: "the form askd if my partner hits me, no he doesnt, hes lovley": the
# eighteenth fresh set, session 33)
_ANSWERED_NO = re.compile(r"^(?:(?:\S+ ){0,14}?i (?:said|answered|put|ticked|told (?:her|him|them)) no|(?:(?:me|him|her|them|us) )?no (?:he|she|they|it) "
                          r"(?:does not|do not|did not|never|is not|has not|was not|will not))\b(?P<rest>(?: \S+){0,12})")
# (nor a "no" said with why it was said: "… I said no cos I didnt want them to section me": a third reader)
_TAKEN_BACK = re.compile(r"\b(?:but|lied|lie|lying|not true|wasn t true|honestly|really|actually|though|cos|coz|because|"
                         r"didn t want|did not want|scared|afraid|frightened|worried|section|sectioned|in case|so they|"
                         r"so she|so he)\b")
_INSTEAD = re.compile(r"\b(?:just|only|except|apart|instead|else|other)\b")  # (never "me": "hes lovely to me")
_NO_CONCERNS = re.compile(r"\b(?:said|says) no concerns? (?:about|re|regarding|around)(?: \S+){0,3}$")
_SCREENED_KINDS = frozenset({"suicidal", "self_harm", "sexual_abuse", "domestic_abuse", "coercive_control"})


def screened_no(category: str, words: list[str], start: int, end: int) -> bool:
    """Whether a rule's hit for `category` (words[start:end]) is asked in a screening question the writer answered no
    (or said to raise no concern): a denial, answered gently."""
    if category not in _SCREENED_KINDS:
        return False
    before, after = " ".join(words[max(0, start - 20):start]), " ".join(words[end:end + 30])
    no = _ANSWERED_NO.match(after)
    # (a "no" said straight after, with what is done instead: "no he doesnt hurt me, he just locks me in", "no he doesnt,
    # only me": a second reader, session 33)
    at_once = no is not None and no.group(0).lstrip().startswith(("no ", "me no", "him no", "her no", "them no", "us no"))
    return bool(_ASKING.search(before) and no and not _TAKEN_BACK.search(no.group("rest"))
                and not (at_once and _INSTEAD.search(no.group("rest")))) \
        or _NO_CONCERNS.search(before) is not None


# A harm kept from being seen, or explained away to others: "I tell people it's from cooking but I do them with the iron",
# "I just don't want anyone at the gym noticing the new lines on my arms" (the fifteenth fresh set, session 30: "cooking",
# "iron" and "gym", each an everyday word of self-harm, kept the rule's hit quiet); the everyday words then say nothing
# A harm said to be meant, which no bad knee or fall beside it makes everyday: a threat "or else", a walking aid put out
# of reach, someone who "just watched" (session 36: the classifier, trained on the read sets too, no longer heard them
# alone beside "my knees are bad" or "i fell")
_ON_PURPOSE = re.compile(r"\bor else\b|\bout of (?:my |her |his |their )?reach\b|\bjust (?:watched|stood there|laughed|left me)\b")
_KEPT_HIDDEN = re.compile(r"\b(tell|told|telling|say|said|saying) (people|everyone|everybody|them|the school|school|work|"
                          r"my \w+|the \w+) (that )?(it is|its|it was|they are|they were|i|it s) (from|an accident|just|"
                          r"the|because|cos|fell|did)\b"
                          r"|\b(do not|dont|don t|did not|didnt) want (anyone|anybody|people|them|him|her|my \w+) (\w+ ){0,3}"
                          r"(to )?(see|seeing|notice|noticing|know|knowing|find out|finding out|spot|spotting|ask|asking)\b"
                          r"|\b(hide|hiding|hid|cover|covering|covered) (them|it|the \w+|my \w+) (up )?(with|under|from)\b"
                          # or watched: "he put an app on my phone so he sees evry msg lol" (the sixteenth fresh set, session
                          # 31: "lol" calmed it)
                          r"|\b(app|tracker|tracking|spyware) on my (phone|laptop|car)\b.*\b(he|she|they) (see|sees|read|reads|"
                          r"check|checks|know|knows|track|tracks)\b")


# A scam or fraud that took the money is no near miss: "i moved all my savings to a safe account he gave me, now the bank
# says it was a scam and its all gone" (the nineteenth fresh set, session 34) had "scam" make it everyday ("i nearly fell
# for a scam but the bank blocked it" is)
_LOST_ANYWAY = {"financial_abuse": re.compile(r"\b(?:(?:it is|its|it s|money is|savings are|everything is) all gone|"
                                              r"lost (?:all|everything|my (?:life )?savings|my pension|thousands)|"
                                              r"(?:wiped|cleaned|cleared) (?:me |us |her |him )?out)\b")}


def everyday(category: str, words: set[str], plain: str) -> bool:
    """Whether the words make a rule's hit for `category` an everyday thing (EVERYDAY, EVERYDAY_SAID, _SAYINGS); the
    everyday words alone say nothing where the harm is said to be kept hidden (_KEPT_HIDDEN)."""
    said = EVERYDAY_SAID.get(category)
    lost = _LOST_ANYWAY.get(category)
    also = _EVERYDAY_ALSO.get(category)
    return bool(EVERYDAY.get(category, set()) & words and not _KEPT_HIDDEN.search(plain) and not _ON_PURPOSE.search(plain)
                and not (lost and lost.search(plain))) or bool(also and also.search(plain)) \
        or bool(said and said.search(plain)) or bool(category in _SAYING_KINDS and _SAYINGS.search(plain))


_PUT_OUT_SOMEONE = re.compile(r"\b(kick|kicks|kicked|kicking|chuck|chucks|chucked|chucking|throw|throws|threw|thrown|"
                              r"throwing) (him|her|them) out\b")


# Children as the ones a harm is done to or who go without: "noone feeds the kids next door, the little one is always
# crying and has bruises" got only the help for adults (a stranger, session 17)
CHILDREN = re.compile(r"\b(kids|children|child|baby|babies|toddlers?|little ones?|infants?|newborn|bairns?|weans?|"
                      r"the little (boy|girl|lad|lass)"
                      # a child by the age said of them: "he hits her 2 n shes only 9", "our grandson Leo is 6 … burn marks
                      # … daddy did it" (a stranger, session 24: the Domestic Abuse Helpline, and no NSPCC)
                      # (said of someone: "she is only 9", "leo is 6", "aged 7", "6 years old"; not "married just 2 years",
                      # "its just one of those things", "our flat is 2 bedroom": a second reader, session 24)
                      r"|(?:(?:\b(?!(?:it|that|this|there|which|what|flat|house|home|room|rent|bill|time|age|marriage|"
                      r"married|it s|who s)\b)[a-z]+ (?:is|s) (?:only |just )?)|aged )(?:[1-9]|1[0-5]|one|two|three|four|five|"
                      r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?: years? old| yrs? old| year old)?"
                      r"(?! (?:years?|times|foot|feet|ft|stone|st|kg|miles|weeks|months|days|hours|minutes|mins|pm|am|"
                      r"o clock|percent|pounds|quid|grand|and a half|inch|inches|bed|bedroom|bedrooms|storey|floors?|"
                      r"doors?|of|or|more|less|minutes?|weeks?)\b)"
                      r"|(?:[1-9]|1[0-5]) (?:years?|yrs?) old)\b")
CHILD_KINDS = frozenset({"neglect", "domestic_abuse", "sexual_abuse"})


def long_past(plain: str) -> bool:
    return bool(_LONG_PAST.search(plain)) and not _STILL.search(plain)


# A harm long ago told now for the first time ("I'm 76 and I've never told a soul until now", "who'd have believed me"):
# a disclosure however long ago it was (the eighth fresh held-out set, read in session 23: childhood sexual abuse
# missed, as long past)
_TOLD_AT_LAST = re.compile(r"\b(?:never (?:told|telt|said|spoken|spoke) (?:\w+ ){0,2}?(?:anyone|anybody|a soul|a living soul|"
                           r"nobody|no one|noone|a word)|first time (?:i have |i )?(?:told|said|spoken|spoke)|"
                           r"(?:who|nobody|no one|noone) would (?:have |of )?(?:believed|believe) me|"
                           r"kept it (?:to myself|secret|a secret|quiet)|too (?:ashamed|scared|frightened|afraid) to "
                           r"(?:tell|say)|"
                           # never reported, understood only later, the one who did it still with children (the
                           # nineteenth fresh set, session 34: a PE teacher "twenty years ago", "special games")
                           r"never (?:reported|reporting) (?:it|him|her|them)|"
                           r"(?:did not|didnt) (?:understand|realise|realize|know) (?:\w+ ){0,3}?until i was (?:\w+ )?older|"
                           r"(?:he|she) is still (?:teaching|coaching|working with (?:kids|children)|around (?:kids|children)))\b")


def told_at_last(plain: str) -> bool:
    """Whether the words say a harm is told now for the first time, or was kept quiet for fear of not being
    believed: what is long past is then still heard."""
    return bool(_TOLD_AT_LAST.search(plain))


# Put right since, in so many words: "but i am much better now", "now he is better", "i am loving being a mum now",
# "back to his old self". A harm told as past, and long enough ago ("after my divorce", "two years before", "last
# year"), before such words is over (as `long_past`): "i wanted to die after my divorce but i am much better now"
# (the tuning files' false alarms, session 21). Not "ok", "fine", "alright" or "safe", which say one survived it, not
# that it is over ("i tried to kill myself on sat but im ok now"), nor anything recent, nor a recovery of someone else
# (a second reader of session 21).
_WHO_IS = r"(?P<{}>i am|he is|she is|they are|we are|(?:mum|mam|mom|dad|nan|gran|grandad) is)"
_RECOVERED = re.compile(
    r"\b" + _WHO_IS.format("who") + r" (?:(?:so|much|loads|lots|a lot|heaps|way|far|miles|really) )?(?:better|happy|thriving|"
    r"doing (?:well|great|grate|brilliant|really well))(?: now| these days| nowadays)\b"
    r"|\bnow (?:and )?" + _WHO_IS.format("who_now") + r" (?:(?:so|much|loads|a lot|really) )?(?:better|happy|thriving|"
    r"doing (?:well|great|grate|brilliant|really well))\b"
    r"|\b(?P<me>i am) (?:loving|enjoying) (?:life|being a \w+|my \w+)(?: \w+)? (?:now|these days)\b"
    r"|\bback to (?P<whose>my|his|her|their) (?:old )?self\b"
    # discharged from the team that helped ("CAMHS helped him stop hurting himself last year and he's been discharged":
    # the fifteenth fresh set, session 30)
    r"|\b(?P<out>he is|she is|i am|they are|he has|she has|i have|they have) been discharged\b")
_SAME_PERSON = {"i am": {"i", "me", "my", "myself"}, "my": {"i", "me", "my", "myself"},
                "he is": {"he", "him", "his", "himself"}, "his": {"he", "him", "his", "himself"},
                "she is": {"she", "her", "herself"}, "her": {"she", "her", "herself"},
                "they are": {"they", "them", "their", "themselves"}, "their": {"they", "them", "their", "themselves"},
                "we are": {"we", "us", "our"}, "he has": {"he", "him", "his", "himself"},
                "she has": {"she", "her", "herself"}, "i have": {"i", "me", "my", "myself"},
                "they have": {"they", "them", "their", "themselves"}}
# what tells the harm itself as past and long enough ago: its own sentence says so
_LONG_ENOUGH_AGO = re.compile(
    r"\b(?:(?:\w+ )?(?:years?|months) (?:ago|before|back)|last year|a year ago|in (?:19|20)\d\d|"
    r"after (?:my|his|her|the|our|their) (?:divorce|redundancy|separation|break ?up|split|operation|op|stroke|accident|"
    r"bereavement|loss|diagnosis|breakdown)|after i lost my (?:job|husband|wife|son|daughter|mum|dad|baby)|"
    r"after (?:my |our |his |her )?(?:mum|mam|dad|husband|wife|son|daughter|baby) (?:died|passed|went)|"
    r"when (?:the|my|our) (?:twins|baby|kids|children|son|daughter|boy|girl) (?:was|were) (?:born|little|small)|"
    r"post ?natal|during (?:my|the|her|his) (?:divorce|pregnancy|chemo|treatment|depression|breakdown)|"
    r"when i was (?:younger|at school|at uni|a student))\b")
_RECENT = re.compile(r"\b(?:yesterday|last (?:night|nite|week|wk|weekend|month)|this (?:morning|week|weekend|month)|"
                     r"today|tonight|(?:days|weeks|wks) ago|on (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|"
                     r"recently|earlier|just now|the other (?:day|night))\b")
# what says it is not over after all: after the words of recovery, or anywhere
_BUT_NOW = re.compile(r"\b(?:but|though|although|except|apart from|still|again|sometimes|creeping|coming back|"
                      r"come back|comes back|returning)\b")


def put_right_since(sentence: str, message: str, start: int | None = None) -> int | None:
    """Where in `message` (plain words) the words say a harm is put right now, when `sentence` (plain words, at
    `start` in it, or where it is first found) tells a harm as past and long enough ago, of the same person, and
    nothing recent or after those words says otherwise (`_RECOVERED`, `_LONG_ENOUGH_AGO`); else None. What is told
    before that place is over; what after, not."""
    start = message.find(sentence) if start is None else start
    found = list(_RECOVERED.finditer(message, max(0, start)))
    if start < 0 or not found or not _LONG_ENOUGH_AGO.search(sentence) or _RECENT.search(message):
        return None
    last = found[-1]
    who = last.group("who") or last.group("who_now") or last.group("me") or last.group("whose") or last.group("out")
    if who in _SAME_PERSON and not _SAME_PERSON[who] & set(sentence.split()):
        return None
    rest = message[:last.start()] + " " + message[last.end():]
    if _BUT_NOW.search(message, last.end()) or _STILL.search(rest) or _NOT_OVER.search(message):
        return None
    return last.start()


def reassured(plain: str) -> str | None:
    """SETTLED if the message (its plain words) says a matter is settled, LAUGH if it only laughs, LIGHT if it
    speaks kindly, else None."""
    if _SETTLED.search(plain):
        return SETTLED
    light = [m.group(0) for m in _LIGHT.finditer(plain)]
    if light:
        return LAUGH if all(_LAUGH.fullmatch(said) for said in light) else LIGHT
    return None


# What a person or carer wants, said as a goal: to stay, remain or keep living at home, in their own
# flat or bungalow; to be safe, happy or independent at home; to stay out of a care home ("for her to
# stay living in her own home", "keep him at home", "so she can remain in her bungalow", "not go into a
# home"). Such words are the product's commonest answer, and a classifier that has read "home" beside
# disclosures hears danger in them: the classifier reads the message without them (`without_goals`),
# so a risk said with the goal ("she wants to stay at home but he hits her") is still heard, and the
# rules read every word as before. A goal said after a negation or a fear ("i am scared to stay at
# home", "she can not stay at home") is not a goal and is left for the classifier to read.
_PLACE = r"(?:home|house|flat|bungalow|place|room|street|village|area)"
_WHO = r"(?:(?:my|his|her|their|our|the|a|own|mum|mom|dad|nan|gran|grandad|him|her|them|me|us|husband|wife" \
       r"|partner|mother|father|together|with|and|me|i|he|she|they|we|so|can|to|for|be|able|as|long|possible)\s+)"
_GOALS = re.compile(
    r"\b(?:(?:stay|stays|staying|stayed|stop|stops|stopping|remain|remains|remaining|keep|keeps|keeping|carry on"
    r"|carrying on|continue|continues|continuing|live|lives|living|be|being|go on)\s+)"
    r"(?:(?:living|live|to|on|at|in|safe|safely|happy|happily|independent|independently|well|comfortable|settled"
    r"|there|here|together|with|and|for|as|long|possible|help|support|carers?|a|bit|more|him|her|them|me|us"
    r"|mum|dad|nan|gran)\s+){0,6}"
    r"(?:at|in|inside)\s+" + _WHO + r"{0,3}" + _PLACE + r"s?\b"
    r"|\b(?:stay|stays|staying|keep|keeps|keeping|kept|keep \w+|stay \w+)\s+out\s+of\s+(?:a\s+|the\s+|any\s+)?"
    r"(?:care\s+|nursing\s+|residential\s+)?(?:home|homes|hospital)\b"
    r"|\b(?:not|never)\s+(?:(?:want|wants|wanting|like|wish)\s+to\s+)?(?:go|going|be|being|have to go|moved?|put)\s+"
    r"(?:\w+\s+){0,2}(?:in|into|to|in 2|in2)\s+"
    r"(?:a|an|the)\s+(?:care\s+|nursing\s+|residential\s+)?home\b"
    r"|\b(?:keep|keeps|keeping)\s+(?:\w+\s+){1,2}(?:at|in)\s+" + _WHO + r"{0,3}" + _PLACE + r"\b"
    # something the person wants to go on doing: "she wants to keep going to her lunch club", "he wants to
    # carry on driving" (the classifier heard "keep going" as a wish to die: 0.71)
    r"|\b(?:keep|keeps|keeping|carry on|carrying on|continue|continues|continuing)\s+(?:(?:going|doing|"
    r"attending|seeing|playing|working|visiting|getting)\s+(?:to|out|with|at|her|his|my|the|a|round)\b"
    r"|(?:driving|walking|swimming|singing|dancing|gardening|volunteering|knitting|fishing|cycling)\b)(?:\s+(?!but|and|because|though|although|so|if|when|while)\w+){0,4}")
_NOT_A_GOAL = re.compile(r"\b(not|never|no|scared|afraid|frightened|terrified|petrified|dread|dare|unsafe|can not|"
                         r"frit|feared|rather)\s+(\w+\s+){0,3}$")


def without_goals(plain: str, training: bool = False) -> str:
    """The plain words with any goal to live at home, and any wish for a natural death planned for
    ("to die in his own bed when the time comes", EVERYDAY_SAID), taken out, for the classifier to read; in a message
    judged (not `training`), without the words that only carry the talk along and when it began, said first."""
    plain = EVERYDAY_SAID["suicidal"].sub(" ", plain)
    kept: list[str] = []
    at = 0
    for match in _GOALS.finditer(plain):
        if match.group(0).startswith(("not ", "never ")) or not _NOT_A_GOAL.search(plain[:match.start()]):
            kept.append(plain[at:match.start()])
            at = match.end()
    kept.append(plain[at:])
    plain = _PLAYED_DOWN.sub("", " ".join(" ".join(kept).split()))
    if training:
        return plain
    plain = _FILLER_AFTER.sub("", _FILLER_BEFORE.sub("", plain))
    occasion = _OCCASION_FIRST.match(plain)
    return plain[occasion.end():] if occasion and len(plain[occasion.end():].split()) >= 3 else plain


# When it began, said first ("since i was made redundant ...", "since my divorce ...", "since mum died ..."): what
# follows is what the classifier judges. Said before ordinary story messages not trained on, "since i was made
# redundant" made 126 of 950 alarm (session 22); a disclosure after it ("... i just want to die") is judged as said.
_OCCASION_FIRST = re.compile(r"^(?:ever )?since (?:(?:i|he|she|we|they|my|his|her|our|the|me|mum|dad|mam) )(?:\w+ ){0,4}?"
                             r"(?:redundant|redundancy|laid off|sacked|fired|divorce|divorced|split up|separated|retired|"
                             r"retirement|died|passed|passed away|diagnosis|diagnosed|stroke|op|operation|accident|covid|"
                             r"lockdown|moved|born|funeral|bereavement|job)(?: in| out| away| here| house| up)?(?: \w+ (?:ago|back))? ")


# Words that only carry the talk along, said first or last ("oh and ...", "... sorry to go on", "... anyway", "... dunno",
# "... if that makes sense"): no concern and no reassurance, so the classifier does not read them in a message it judges
# (its training is unchanged). It had read them beside hesitant disclosures: put after ordinary story messages not trained
# on, "sorry to go on" made 70 of 922 alarm, "dunno" 60, "anyway" 40, "oh and" 30 (session 22).
_FILLER_BEFORE = re.compile(r"^(?:(?:oh|ok|okay|right|so|well|and|also|anyway|anyways|um+|erm+|er|hi|hiya|hello|hey|"
                            r"tbh|to be honest|honestly|ngl|sorry to bother you|sorry)\s+)+(?=\w)")
_FILLER_AFTER = re.compile(r"(?:\s+(?:sorry(?: to go on| for going on| for rambling| its so long| it s so long| for the "
                           r"(?:long message|essay|rant))?|anyway|anyways|dunno|idk|(?<!\bi )do not know|tbh|to be honest|honestly|ngl|if that makes sense|if you "
                           r"know what i mean|or something|thanks|thank you|cheers|ta|x+|xo+))+$")


# Played down at the end ("... he just stood there laughing but im fine", "... its nothing really"): a person harmed
# says it to make light of it, so the classifier reads the words without it (a reader of session 21: "but im fine"
# after the held-out disclosures left 92 of 1,685 unheard)
_PLAYED_DOWN = re.compile(r"\s*\b(?:but |and |tho |though )?(?:(?:i am|i m|im|i feel) (?:fine|ok|okay|alright|all right)"
                          r"|(?:it is|its|it s) (?:fine|ok|okay|nothing|not a big deal|whatever)|dont worry(?: about it"
                          r"| about me)?|do not worry(?: about it| about me)?|no big deal|whatever)"
                          r"(?: really| honestly| though| tho| now| mostly| i guess| i suppose)?\s*$")


# An answer to the name, relationship, age or who-lives-there question ("her names doreen", "i am her
# son", "me and my brother", "she is 92", "just me and him"): the words of names, people, ages and
# living, and at most two words no rule knows (a name). Such a message tells no concern on its own, so
# the classifier alone does not judge it (it has read kin words beside disclosures and hears danger in
# "my brother"); the rules still read it ("her names doreen, her son hits her" is no answer).
_ANSWER_WORDS = {
    "i", "me", "my", "mine", "myself", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us",
    "our", "you", "your", "it", "its", "is", "am", "are", "was", "be", "been", "a", "an", "the", "and", "or", "but",
    "of", "for", "to", "with", "at", "in", "on", "just", "only", "also", "too", "yes", "no", "not", "yeah", "ok",
    "name", "names", "named", "call", "called", "calls", "know", "known", "as", "first", "surname", "last", "full",
    "mr", "mrs", "ms", "miss", "dr", "age", "aged", "old", "year", "years", "yrs", "month", "next", "nearly",
    "almost", "about", "born", "live", "lives", "living", "together", "alone", "own", "home", "house",
    "flat", "here", "there", "main", "carer", "this", "that", "who", "short", "everyone", "everybody", "law",
    "step", "great", "half", "dog", "cat", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "grandfather", "grandmother", "grandpa", "granny", "nana", "nanna", "nanny", "aunty", "grandparent",
    "grandparents", "parent", "parents", "sons", "daughters", "brothers", "sisters", "friends", "neighbours",
    "fella", "missus", "lass", "love", "dear", "well", "please", "thanks", "thank", "sure",
    # not knowing the answer: "cant remember to be honest", "no idea", "not certain, id have to check"
    "remember", "recall", "honest", "honestly", "unsure", "idea", "dunno", "certain", "check",
    # a guess at the answer: "74 i think" at the carer's name question got the Samaritans in full (a stranger,
    # session 19: the classifier alone, 0.34 suicidal, and thoughts of suicide are never quietened at an answer)
    "think", "guess", "reckon", "believe", "maybe", "probably", "roughly", "around", "approximately", "approx", "ish"}
_MOST_WORDS_OF_AN_ANSWER = 10
# "can" is an answer's word only before not knowing ("cant remember"): "i cant be here", "i cant be in the
# house with him" are all answer words else, and the classifier must hear them.
_NOT_KNOWING = {"remember", "recall", "check"}


# An address with its postcode and nothing said of anyone ("Flat 9, Peel House, Eccles M30 0AB" got the help for not
# being safe at home, from the classifier alone, a stranger typing it at a service's address question)
_POSTCODE = re.compile(r"^[a-z]{1,2}\d[a-z\d]?$|^\d[a-z]{2}$")
_ADDRESS_WORDS = frozenset("""flat house street st road rd lane ln close cl avenue ave drive dr court ct way crescent place
terrace gardens grove park view hill green row walk apartment apt unit block floor estate cottage farm lodge mews square
the of and at in on no number""".split())


def only_an_address(words: list[str], vocabulary: frozenset[str]) -> bool:
    """Whether these plain words are an address with its postcode and nothing more: every other word a number, an
    address word or one the detector has no use for (a place's name); "12 Rose St M30 0AB, husband hitting, send
    help" says more, and is judged as ever (a second reader)."""
    if not 0 < len(words) <= 14 or not any(_POSTCODE.match(w) for w in words[-2:]):
        return False
    return all(w.isdigit() or _POSTCODE.match(w) or w in _ADDRESS_WORDS or w not in vocabulary for w in words)


def just_an_answer(words: list[str], lemmas: list[str], people: set[str], vocabulary: frozenset[str]) -> bool:
    """Whether these plain words (and their lemmas) are only an answer about who (see _ANSWER_WORDS)."""
    if not words or len(words) > _MOST_WORDS_OF_AN_ANSWER:
        return False
    other = [(w, lemma) for i, (w, lemma) in enumerate(zip(words, lemmas, strict=True))
             if w not in _ANSWER_WORDS and lemma not in people and not w.isdigit()
             and not (w == "can" and _NOT_KNOWING & set(words[i + 1:i + 3]))]
    return len(other) <= 2 and not any(w in vocabulary or lemma in vocabulary for w, lemma in other)


# Who to phone, with an everyday reason ("ring me not him he wont answer", "call me not my husband, he never picks up",
# "text me rather than her, shes deaf"): an answer about how to get in touch, which the classifier alone read as
# coercive control (a stranger, session 18: 0.96). Only when the whole message is the wish and such a reason; the wish
# said because someone reads the phone, or is feared, is heard as ever.
_PERSON = r"(?:him|her|them|my \w+|\w+)"
_QUIET_TAIL = r"(?: (?:the|a|his|her|their|phone|phones|mobile|calls|all|day|days|at|on|in|it|much|well|any|more|anymore|" \
              r"nowadays|these|mostly|usually|ever|properly|very|really|most|of|time))*"
_EVERYDAY_WHY = (r"(?:as |because |cos |coz |since )?(?:he|she|they|my \w+|\w+)(?: is| are)? "
                 r"(?:(?:will not|never|does not|do not|can not|cannot|hardly ever|rarely) (?:answer|answers|pick up|picks up|"
                 r"hear|hears|use a phone|have a (?:phone|mobile))|never (?:answers|picks up)|(?:is|are) (?:deaf|hard of hearing|"
                 r"at work|working|away|out)|(?:deaf|hard of hearing|at work|working|away)|gets? confused|works? (?:nights|"
                 r"away|long hours|all day|shifts)|(?:phone|mobile) is (?:always )?(?:off|broken|dead))")
_CONTACT_WISH = re.compile(rf"^(?:please |pls |can you |could you |just |only )?(?:ring|call|phone|text|contact|message) me"
                           rf"(?: on [\w ]+?)? (?:not|rather than|instead of|and not) {_PERSON} {_EVERYDAY_WHY}{_QUIET_TAIL}$")


# How to be reached, not who by ("phone me please not text i cant read them": a stranger, session 36, got the Domestic
# Abuse Helpline at "How would you like services to contact you?")
_CHANNEL_WISH = re.compile(r"^(?:please |pls |can you |could you |just |only )?(?:ring|call|phone|email|write to|text) me"
                           r"(?: please| pls)?,? (?:not|rather than|instead of|dont|do not|no) (?:text|texts|texting|email|"
                           r"emails|letters?|calls?|ring|phone)(?: me)?(?: please| pls)?,?(?: (?:as |because |cos |coz )?i "
                           r"(?:cant|can not|cannot|do not|dont|struggle to|find it hard to) (?:read|see|hear|use|work|do) "
                           r"(?:them|it|well|texts|emails|small print|the phone|my phone)(?: very well| well| properly)?)?"
                           # (and the number: "phone me please not text i cant read them. 01942 123456", a stranger)
                           r"(?:,? (?:on |at )?\d[\d ]{5,})?$")


def a_contact_wish(plain: str) -> bool:
    """Whether the plain words are only who to phone, with an everyday reason (_CONTACT_WISH), or how (_CHANNEL_WISH)."""
    return bool(_CONTACT_WISH.match(plain) or _CHANNEL_WISH.match(plain))


# What to leave out of the story or the forms ("dont put anything about liam in it", "leave out the bit about my
# sister", "keep liam out of it pls"): a wish about the record, which the classifier alone read as suicidal (0.73) or
# financial abuse (session 28). Only when the whole message is the wish; judged by the rules only, like an answer.
_LEFT_OUT = r"(?:anything|everything|nothing|stuff|any of (?:that|this|it)|that|this|the (?:bit|part|stuff|things?|info)|" \
            r"what i (?:said|told you|wrote|put))"
_WHAT_OF = r"(?: (?:about|on|to do with|of|re|regarding) (?:my |our |the )?\w+(?: \w+)?)?"
_PUT_IN = r"(?: (?:in|on|into|to|with|from) (?:it|there|that|this|them|anyone|the (?:forms?|gp|story|services?|council|" \
          r"referral|record|report|notes)|my (?:story|forms?|record|profile|notes)))?"
_RECORD_WISH = re.compile(
    rf"^(?:please |can you |could you |just |and |but )*(?:(?:do not|never) (?:put|include|mention|write|add|send|share|"
    rf"tell (?:them|anyone|the \w+))|leave out|leave off|take out|miss out) (?:{_LEFT_OUT}{_WHAT_OF}|(?:my |our )?\w+)"
    rf"{_PUT_IN}(?: please| thanks| thank you| ok)?$"
    r"|^(?:please |can you |could you |just )*(?:keep|leave) (?:my |our |the )?\w+(?: \w+)? out of (?:it|this|that|there|"
    r"the \w+|my \w+)(?: please| thanks| thank you| ok)?$"
    # what was or was not put in, said back to the assistant ("u didnt put her birthday", "I said not to put Gary in, take
    # him out", "take mum off"), a complaint about its questions ("why are you asking me about riverside, I said not
    # them"), a yes with "if I'm allowed" (a stranger on the stack, session 28: each got a helpline)
    r"|^(?:you )?(?:did not|have not|never|forgot to) put (?:in )?(?:his|her|my|their|the) (?:birthday|date of birth|dob|"
    r"name|address|age|number|phone|postcode|meds|medicines|tablets|allergies)(?: in)?$"
    r"|^(?:i said )?(?:not to|do not|never) put \w+ in(?: it| there)?(?: take (?:him|her|them|it|\w+) (?:out|off))?$"
    r"|^(?:please |can you |just )*take (?:him|her|them|it|my \w+|\w+) (?:out|off)(?: of (?:it|there|that|the \w+))?"
    r"(?: please| thanks)?$"
    r"|^why (?:are|did|do) you (?:keep )?(?:asking|ask|asked) (?:me )?(?:about )?(?:\w+ ){0,3}?i said (?:not|no)\b(?: \w+){0,3}$"
    r"|^(?:oh |ooh |well |ok |okay )*(?:yes|yeah|ok|okay|go on then)(?: then)? if i am allowed$"
    # a feeling left out at the consent question: "yes but dont tell them im lonely" (a stranger, session 34: the
    # Samaritans' line)
    r"|^(?:(?:yes|yeah|ok|okay|fine|please|just|but|and) )*(?:do not|dont|never) (?:tell|say to|mention to) (?:them|anyone|"
    r"the \w+|\w+) (?:that )?i am (?:a bit |very |so |really )?(?:lonely|on my own|low|down|sad|anxious|tired|exhausted)"
    r"(?: sometimes| a lot| at times)?(?: please| thanks| ok)?$")


# The same wish said in passing, in plain words ("our son paul lives near but leave paul out of it please, hes got enough
# on"): the classifier reads the sentence without it (session 28: a stranger got Hourglass's line for it); the rules read
# all of it
_LEAVE_OUT = re.compile(
    r"\b(?:please )?(?:(?:leave|keep) (?:my |our )?\w+ out of (?:it|this|that|there|the \w+|my \w+|any of (?:this|it|that))"
    r"|(?:do not|never) (?:put|include|mention|write|add) (?:my |our )?(?:\w+|anything about \w+)(?: in(?: any of)? "
    r"(?:it|this|that|there))?|leave (?:out|off) (?:him|her|them|anything about \w+|everything about \w+|the (?:bit|part) "
    r"about \w+))(?: please| mind)?\b")


# Words of a harm, said beside such a wish ("dont mention her she'd kill me if she knew", "dont put anything about the
# bruises in it"): then the wish is read whole, as any message (a second reader, session 28)
_HARM_WORDS = re.compile(r"\b(?:kill|killed|hurt|hurts|hurting|hit|hits|hitting|scared|afraid|frightened|bruise|bruises|"
                         r"bruised|marks|injury|injuries|cuts|cutting|burns|die|dead|rape|raped|touch|touched|touches|"
                         r"abuse|abused|money|pension|took|takes|taking|drinking|drugs|overdose|beat|beats|beaten|threat|"
                         r"threatens|threatened|safe|unsafe|police)\b")


def without_leave_out(plain: str) -> str:
    """The plain words without a wish to leave someone out (_LEAVE_OUT), when nothing of a harm is said with it."""
    if not (" out" in plain or "not " in plain) or _HARM_WORDS.search(plain):
        return plain
    return _LEAVE_OUT.sub(" ", plain)


def a_record_wish(plain: str) -> bool:
    """Whether the plain words are only a wish to leave someone or something out of the story (_RECORD_WISH), with no
    word of a harm in it ("please dont put anything about the bruises in it" is read as any message)."""
    return bool(_RECORD_WISH.match(plain)) and not _HARM_WORDS.search(plain)


# A question about what the person told us and where it went ("who got my stuff", "where did my details
# go", "can i see my story"): asked at the returning menu and after sharing, and judged by the rules only,
# like an answer about who (a classifier that has read "got my" beside money taken hears theft in it).
# Money named in it ("who has got my pension card") is not such a question.
_DATA_QUESTION = re.compile(
    # (after a hello: "hello its arthur again, who has got my stuff" got the Modern Slavery Helpline, a stranger, session 34)
    r"^(?:(?:hi|hello|hiya|hey|morning|afternoon|evening)(?: \w+){0,4}? )?"
    r"(who|where|what|which|can|could|did|does|has|have|how|is|are|will|would)\b.*?\bmy (stuff|details|info"
    r"|information|data|story|answers|form|forms|record|records|notes|profile)\b"
    # what has gone where, and a wish to have one's data wiped or given (a stranger, session 22: "what has been shared"
    # got the help for financial abuse, "please erase all my data, under GDPR" the Samaritans)
    r"|^(?:what|who|has|have|is|was|did|where|which)\b(?: (?!me\b|us\b|video|photo|pic|picture|image|nude|film)\w+){0,4}? "
    r"(?:been |be )?(?:shared|sent|passed on|seen)\b"
    r"|^(?:(?:please|pls|can you|could you|i want you to|i want to|i would like to|id like to) )*(?:erase|delete|remove|"
    r"wipe|download|forget|see|show me|send me)\b.*?\bmy (?:data|story|details|info|information|record|records|notes|"
    r"profile|answers)\b")
_MONEY = {"money", "pension", "card", "cards", "bank", "benefit", "benefits", "savings", "cash", "account", "pin"}
_MOST_WORDS_OF_A_QUESTION = 12  # (10 until session 36: "can you go through my messages and delete my details please")
_FIRST_PERSON = {"i", "me", "my", "myself", "mine"}
# After the question's data, the person as the subject or object of what follows is something told, not
# asked ("can i see my notes i was raped last night"): the classifier reads it.
_SAID_OF_ME = {"i", "me", "myself"}


# Choosing among what was offered ("all of them", "none of them", "yes all of them", "any of them, i dont mind"): the
# commonest answer at the services on offer got the Samaritans from the classifier alone (0.31 suicidal), "none of them"
# the help for abuse by carers (session 33). Only words of choosing: "took all of them", "none of them feed me" are read.
_CHOOSING = frozenset("""all none any every each both either neither one ones of them those these em the above lot
yes yeah yep no nope please pls plz thanks thank you ta i think do not mind really ok okay just""".split())
_CHOSEN = frozenset({"all", "none", "any", "every", "each", "both", "either", "neither"})


def a_choice_among_them(words: list[str]) -> bool:
    """Whether these plain words are only a choice among what was offered (_CHOOSING)."""
    return bool(words) and len(words) <= _MOST_WORDS_OF_AN_ANSWER and bool(_CHOSEN & set(words)) \
        and all(word in _CHOOSING for word in words)


def about_my_data(words: list[str], lemmas: list[str], people: set[str]) -> bool:
    """Whether these plain words are only a question about the person's own data (_DATA_QUESTION), with
    no one else in it ("what if he finds my notes he will kill me", "has my carer been taking my stuff"
    are heard in full), and nothing said of the person after it ("can i see my notes i was raped last
    night", "will my notes say i was raped" are heard in full)."""
    plain = " ".join(words)
    question = _DATA_QUESTION.search(plain)
    if len(words) > _MOST_WORDS_OF_A_QUESTION or _MONEY & set(words) or not question:
        return False
    if _SAID_OF_ME & set(plain[question.end():].split()):
        return False
    return not any((w in people or lemma in people) and w not in _FIRST_PERSON
                   for w, lemma in zip(words, lemmas, strict=True))


# The writer saying they are a child: "im 12", "i'm only 14", "i am fifteen", "12 years old", "im a 14 year
# old girl", "15 yr old here", "i am aged 13". Not "I'm 5'4", "im one of five", "im 2 scared" (too), "I'm 17
# years married": a bare number is an age from 6 (no younger child writes), and never before a foot mark, "of",
# or "years" that are not "years old".
_NOT_AN_AGE_AFTER = (r"(?!\s*(?:stone|st\b|kg|foot|feet|ft|weeks|months|%|mins?|minutes|hours|percent|x\b|times|days|"
                     r"miles|pounds|quid|of\b|['’\"]|years?\b(?!\s+old)|yrs?\b(?!\s+old)))")
_CHILD_AGE = re.compile(
    r"\b(?:i'?m|i’m|im|i am|am)\s+(?:only\s+|just\s+|aged\s+)?([6-9]|1\d|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b" + _NOT_AN_AGE_AFTER +
    r"|\b(?:i'?m|i’m|im|i am)\s+(?:only\s+|just\s+)?(?:a\s+)?(\d{1,2})\s*(?:-\s*)?(?:years?[\s-]+old|yrs?[\s-]+old|yo\b|y/o)"
    # "15 yr old here", "14yo girl": an age, with "old" ("16 years and he still hits me" is how long)
    r"|^\W*(\d{1,2})\s*(?:(?:years?|yrs?)[\s-]+old|yo\b|y/o)\s*(?:here|girl|boy|and|,)"
    # a name, then the age: "im jayden 17 n i live w my nan" (a stranger, session 26: the adults' helpline)
    r"|\b(?:i'?m|i’m|im|i am)\s+(?!(?:on|in|at|about|nearly|almost|like|taking|up|down|off|out|due|waiting|going|doing|"
    r"only|just|aged|a|the|now|over|under|around|roughly|turning|married|sober|clean|disabled|widowed|divorced|separated|"
    r"single|retired|diabetic|pregnant|homeless|unemployed|alone|here|back|home|ok|okay|fine|well|ill|sick|scared|living|"
    r"staying|together|with|been|still|free|off|deaf|blind|registered|housebound|stuck|trapped)\b)[a-z]+,?\s+"
    r"(1[0-7]|seventeen|sixteen|fifteen|fourteen|thirteen|twelve|eleven|ten)\b(?=\s*(?:,|\.|!|$|n\b|and\b|&|from\b|yo\b))",
    re.IGNORECASE)
_WORD_AGES = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen "
                                          "fourteen fifteen sixteen seventeen".split(), start=1)}


def a_child_writing(text: str) -> bool:
    """Whether the writer says they are under 18."""
    return childs_age(text) is not None


def childs_age(text: str) -> int | None:
    """The age under 18 the writer says they are, or None."""
    for match in _CHILD_AGE.finditer(text):
        said = (match.group(1) or match.group(2) or match.group(3) or match.group(4)).lower()
        age = int(said) if said.isdigit() else _WORD_AGES.get(said, 99)
        if 1 <= age < 18:
            return age
    return None


# The writer saying they are an adult under 60 ("im 22", "I am 45 years old", "i'm twenty three"): Hourglass, the helpline
# for abuse of older people, is not theirs (a stranger, session 17: "im 19 and my dad takes my universal credit" was
# given it)
_ADULTS_AGE = re.compile(r"\b(?:i'?m|i’m|im|i am)\s+(?:only\s+|just\s+|aged\s+)?(\d{2}|(?:eighteen|nineteen|twenty|thirty"
                         r"|forty|fifty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\b" + _NOT_AN_AGE_AFTER,
                         re.IGNORECASE)
_UNITS_OF_AGE = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


# Someone else harmed, by the words: "her carer takes her money", "my mum is 85": the writer's own age is not theirs (a
# second reader, session 18: "my mum is 85 and im 50, her carer takes her money" lost Hourglass)
_ANOTHER_HARMED = re.compile(r"\b(?:her|his|their|mums?|mum's|dads?|dad's|nans?|nan's|grans?|gran's|mother's|father's)\s+"
                             r"(?:money|pension|card|bank|purse|wallet|benefits?|savings|account|carers?|pin)\b"
                             r"|\b(?:mum|mam|dad|nan|nana|gran|granny|grandma|grandad|mother|father|aunt|auntie|uncle)"
                             r"(?:\s+is|'s|\s+s)\s+(?:\d{2}|eighty|ninety|seventy|sixty)", re.IGNORECASE)


def another_harmed(text: str) -> bool:
    """Whether the words say someone else is the one harmed, or give an older relative's age."""
    return bool(_ANOTHER_HARMED.search(text))


# The age said after the writer's own name: "I'm Sarah Mitchell, 52." (a stranger, session 32: given Hourglass, the helpline
# for older people, at the next message)
_NAMED_AGE = re.compile(r"\b(?:[Ii]'?m|I’m|im|Im|[Ii] am|[Mm]y name is|[Mm]y names|[Tt]his is)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                        r"\s*,\s*(?:aged\s+|age\s+)?(\d{2}|(?:eighteen|nineteen|twenty|thirty|forty|fifty)(?:[\s-]+(?:one|two|"
                        r"three|four|five|six|seven|eight|nine))?)\b" + _NOT_AN_AGE_AFTER
                        # a house number, not an age: "I'm Maureen Clarke, 42 Station Road" (a second reader, session 32)
                        + r"(?!\s+[A-Z]|\s+\w+\s+(?:[Rr]oad|[Ss]treet|[Ll]ane|[Aa]venue|[Cc]lose|[Dd]rive|[Ww]ay|[Cc]ourt|[Cc]rescent|"
                          r"[Tt]errace|[Pp]lace|[Gg]ardens|[Gg]rove|[Rr]d|[Ss]t)\b)")


def an_adult_under_60(text: str) -> bool:
    """Whether the writer says they are 18 to 59."""
    for match in [*_ADULTS_AGE.finditer(text), *_NAMED_AGE.finditer(text)]:
        said = re.split(r"[\s-]+", match.group(1).lower())
        age = int(said[0]) if said[0].isdigit() else _TENS[said[0]] + sum(_UNITS_OF_AGE.get(w, 0) for w in said[1:])
        if 18 <= age < 60:
            return True
    return False


_TENS = {"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_ADULT_AGE = r"(\d{2}|(?:eighteen|nineteen|twenty|thirty|forty|fifty|sixty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)"
# "my boyfriend is 28", "my bf's twenty eight", "seeing a guy who is 30", "my girlfriend, 24,"
_PARTNER_AGE = re.compile(
    r"\b(?:boyfriend|girlfriend|bf|gf|partner|fella|fiance|fiancee|(?:older\s+)?(?:man|guy|bloke|woman|lad|boy|girl)\s+(?:who|that))"
    r"(?:\s*'?\s*s|\s+is|\s+who\s+is|\s+whos|\s+aged|,)?\s+(?:only\s+|just\s+)?" + _ADULT_AGE + r"\b", re.IGNORECASE)


def _adult_age(said: str) -> int:
    words = said.lower().replace("-", " ").split()
    if words[0].isdigit():
        return int(words[0])
    return _TENS[words[0]] + (_WORD_AGES.get(words[1], 0) if len(words) > 1 else 0)


def an_adult_with_a_child(text: str) -> bool:
    """Whether a writer under 18 says their boyfriend or girlfriend is an adult, far older: under 16 with
    someone 18 or over, or 16 or 17 with someone five years older or more ("im fifteen and my boyfriend is
    twenty eight"): a child at risk of sexual exploitation, whatever else the words say."""
    age = childs_age(text)
    if age is None:
        return False
    for match in _PARTNER_AGE.finditer(text):
        other = _adult_age(match.group(1))
        if other >= 18 and (age < 16 or other - age >= 5):
            return True
    return False
