"""Context: is a fact current, past, negated, about family, or hypothetical?

ConText-style rules of our own over the words around a fact in its clause. "I can't manage the
stairs" is a need, not a negation, so inability phrases are removed before negation cues are looked
for. A negation reaches forward only until a new verb starts ("doesn't speak much and uses Makaton").
"""
from __future__ import annotations

import re
from typing import Any

from wordfreq import zipf_frequency

from bot.sections import medicine_text
from bot.understanding.structuring.guarded import Guarded

CURRENT, PAST, NEGATED, FAMILY, HYPOTHETICAL = "current", "past", "negated", "family", "hypothetical"
# Words between "my" and a relation: "my little sister", "my eldest son"
ADJECTIVES = r"(?:little|small|big|baby|younger|older|elder|eldest|youngest|oldest|twin|late|lovely|poor|dear|elderly|grown up|only|birth|real|biological|natural|adoptive|adopted)"

# "stopped" however it is typed: "stoped", "stopd", "stoppd", "stopt" (not "stooped")
STOPPED = r"stop+(?:e?d|t)"
# (and a dash set apart by spaces: "diagnosed in 2023 - the memory clinic were clear it's not Alzheimer's - and type 2
# diabetes" made the diabetes past, a fresh forms set, session 28)
# (and what it is instead, said after a "not": "its not really depression its more stress", a stranger, session 34: the
# stress was read back "You do not have stress")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]+\s|\s(?:but|although|though|whereas|however)\s"
                           r"|\s(?:it['’]?s|it\s+is)\s+(?=(?:more|rather|actually|just)\b)", re.IGNORECASE)
_INABILITY = Guarded(re.compile(
    r"\b(can't|can’t|cant|cannot|can not|couldn't|couldn’t|couldnt|could not|unable to|not able to|not able for|struggle to|"
    r"struggles to|find it hard to|finds it hard to|won't be able to|won’t be able to|no longer able to)\b",
    re.IGNORECASE,
), "can|could|able|struggle|hard")
# Another of it kept off: "so I don't get another stroke", "to stop her having another fall", "to prevent another clot"
# (a stranger, session 26: read back "You do not have a stroke")
_ANOTHER_KEPT_OFF = re.compile(r"\b(?:(?:do|does|did)\s*(?:n['’]?t|not)|not|never|prevent|prevents|preventing|stop|stops|"
                               r"stopping|avoid|avoids|reduce|lower|less\s+likely\s+to|risk\s+of|chance\s+of|in\s+case)\b"
                               r"(?:\s+\w+){0,4}?\s+another\s+(?:big\s+|bad\s+|major\s+|mini\s+)?$", re.IGNORECASE)
# The last of something that comes and goes: "his last big seizure was in August" (the tenth fresh set, session 26)
_COMES_AND_GOES = frozenset({"seizures", "seizure", "fits", "fit", "falls", "fall", "panic attacks", "panic attack", "stroke",
                             "mini stroke", "heart attack", "asthma attack", "angina attack", "blackout", "blackouts"})
_THE_LAST_ONE = re.compile(r"\b(?:his|her|my|their|the)\s+last\s+(?:big\s+|major\s+|bad\s+|proper\s+|full\s+)?$", re.IGNORECASE)
# Caught, with when: "since I caught covid in November 2021"
_CAUGHT = re.compile(r"\b(?:caught|catched)\s+(?:the\s+)?$", re.IGNORECASE)
_WHEN_THEN = re.compile(r"^\s+(?:in|back\s+in|last|during|at)\s+(?:(?:the\s+)?(?:january|february|march|april|may|june|july|"
                        r"august|september|october|november|december|spring|summer|autumn|winter|christmas|\d{4}|year|month|"
                        r"first\s+wave|lockdown|pandemic))\b", re.IGNORECASE)
# Not begun yet, after what was offered or should start: "… but not started yet", "… but she hasn't yet"
_NOT_STARTED_YET = re.compile(r"[^.;!?]{0,40}?\b(?:but|and)\s+(?:(?:i|he|she|they|we)\s*(?:['’]ve|['’]s|ve)?\s+)?"
                              r"(?:(?:has|have|had)\s*n['’]?t|hasnt|havent|has\s+not|have\s+not|not|never)\s+"
                              # "but I never did start it" (the twenty-fourth fresh forms set, session 30)
                              r"(?:(?:(?:did|do|does|ever)\s+(?:start|begin|take|try|go\s+on)|started|begun|began|gone\s+on|took|taken|tried)"
                              # "but he hasn't started anything" (the twenty-fifth fresh forms set, session 31)
                              r"\s+(?:it|them|that|anything|any)?\s*(?:yet\b)?(?=\s*(?:$|[,.;!?]|"
                              r"yet\b|because|cos|as\b))|yet\b)", re.IGNORECASE)
# Only spoken of: "Doctor mentioned melatonin for his sleep but we've not started it"
_MENTIONED = re.compile(r"\b(?:mentioned|mentions|talked\s+about|spoke\s+about|said\s+about)\s+(?:(?:the|some|a|an)\s+)?$",
                        re.IGNORECASE)
# A result said, then what it is not: "echo was normal so not heart failure", "the test was clear, so it's not a uti"
_SO_NOT = re.compile(r"\b(?:so|which\s+means|meaning)\s+(?:it['’]?s\s+|its\s+|it\s+is\s+|it\s+was\s+|thats\s+|that['’]s\s+)?"
                     r"(?:not|no|n['’]?t)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(no|not|never|don't|don’t|dont|do not|doesn't|doesn’t|doesnt|dosnt|dosent|doesent|does not|haven't|haven’t|havent|"
    r"hasn't|hasn’t|hasnt|have not|has not|didn't|didn’t|didnt|did not|isn't|isn’t|isnt|is not|aren't|"
    r"aren’t|arent|i'm not|i’m not|ain't|ain’t|aint|"
    r"without|denies|free of|nor|none)\b(?!\s+(?:just|only|merely)\b)",  # "not just asthma" is asthma and more
    re.IGNORECASE,
)
# A negation stops at a new verb joined by "and" / "or": "doesn't speak much and uses Makaton".
_NEGATION_END = re.compile(
    r"\b(?:and|or)\s+(?:uses|use|has|have|takes|take|needs|need|goes|go|gets|get|is|are|was|lives|"
    r"live|likes|like|loves|love|can|will|does|do|helps|help|walks|walk|sees|see|works|work|the|my|his|"
    r"her|their|there|it)\b|\b(?:except|apart from|other than|only)\b"
    # a new subject with its own verb: "doesn't want his family to know he has HIV"
    r"|\b(?:he|she|they|i|we)\s+(?:has|have|had|is|was|gets|got|takes|uses|needs)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(us(?:e)?d (?:to|2|tae|ta)|no longer|not any ?more|gave up|given up|" + STOPPED + r"|quit|previously|in the past|years back|"
    r"discontinued|ceased|came of(?= (?:the|my|his|her|their|all)\b)|switched from|changed from|swapped from|"
    r"packed in|packed up|jacked in|knocked off|"  # "I packed in the ciggies in 2012"
    r"years ago|came off|come off|when i was|had had|"
    # "Before she take aspirin but they change to clopidogrel", as a second language says it
    # ("Before in Ukraine I take enalapril", "Before, in Poland, I take …": the thirteenth fresh set, session 29)
    # ("Before, in 2018, I have depression after my father die": the twenty-fourth fresh set, session 40)
    r"^\W*before(?:\s*,?\s+(?:in|at|back\s+in|back\s+home\s+in)\s+(?:[a-z]+|\d{4})|\s+that|\s+then)?\s*,?\s+(?:i|he|she|they|we)\s+"
    r"(?:also\s+|only\s+|always\s+)?(?:take|takes|took|taking|use|uses|used|was|were|have|has|had|get|got|"
    r"drink|drinks|smoke|smokes"
    # "Before they give me amitriptyline but I stop because I sleep all day" (the eleventh fresh structuring set)
    r"|give\s+me|gave\s+me|put\s+me\s+on)|"
    r"recovered from|was treated for|former|ex-|broke|"
    # "she stop metformin because it make her stomach upset", as a second language says it (the twenty-fourth fresh set,
    # session 40: sent as taken); not "if she stop it", "when i stop", "to stop"
    r"(?<!\bif )(?<!\bwhen )(?<!\bto )(?<!\bcan )(?<!\bwill )(?<!\bmust )\b(?:i|he|she|they|we)\s+stop(?=\s+(?:(?:the|my|his|her|"
    r"their)\s+)?$)|"
    r"fractured|injured|"
    # "off my" after a trigger is no stopping: "it sets off my asthma" (session 22)
    r"(?<!\bsets )(?<!\bset )(?<!\bsetting )(?<!\bkicks )(?<!\bkick )(?<!\bkicked )(?<!\bkicking )(?<!\btriggers )"
    r"(?<!\btrigger )(?<!\bsparks )off (?:the|my|his|her|their|all)|clear of|recovered|clean (?:off|from|of)|sober from|"
    r"(?<!have )(?<!'ve )(?<!’ve )(?<!has )worked|ex)\b|\boff\s+$",
    re.IGNORECASE,
)
# "Before I smoke, 20 per day, but I stop two years ago", as a second language says "I used to smoke" (the nineteenth
# fresh forms set); not "Before I smoke, I take my inhaler" (a second reader, session 25)
_BEFORE_I_THEN_STOPPED = re.compile(r"\W*before\s+(?:i|he|she|they|we)\s+(?:also\s+|only\s+|always\s+)?(?:smoke|smokes|drink|"
                                    r"drinks)\b[^.!?]*?\b(?:stop|stopped|quit|gave\s+up|give\s+up|packed\s+(?:it\s+)?in)\b"
                                    # (the habit stopped, not "… but I stopped the metformin": a third reader)
                                    r"(?!\s+(?:the|my|his|her|taking|using|going)\b)",
                                    re.IGNORECASE)


# A habit had, and not since: "She liked a glass of wine but she's no had a drink since the stroke" (Scots "no": the
# nineteenth fresh forms set sent her as drinking now)
_HABIT_NOT_SINCE = re.compile(r"[^.;!?]{0,30}?\bbut\s+(?:i|he|she|they|we)\s*(?:['’]s|['’]ve|\s+has|\s+have)?\s*(?:not|no|"
                              r"never|hasnae|havenae|hasn['’]?t|haven['’]?t)\s+(?:had|touched)\s+(?:a\s+)?(?:drop|drink|sip|"
                              r"one|fag|cigarette|smoke|it)\b[^.;!?]{0,10}?\bsince\b"
                              # then stopped, as a second language says it: "I smoke 30 years, but after the stroke I stop"
                              # (the twenty-first fresh forms set, session 27); not "… but I stop the metformin"
                              r"|[^.;!?]{0,30}?\bbut\s+(?:(?:after|since)\s+[^.;!?,]{1,30}?\s+)?(?:i|he|she|they|we)\s+"
                              r"(?:stop|stopped|quit|gave\s+up|give\s+up)(?:\s+(?:completely|totally|for\s+good|altogether))?"
                              r"(?=\s*(?:[,.;!?]|$|not\b|now\b))"  # not "… but I quit alcohol", "… but I stop when I am in hospital"
                              # "I don't drink much, I gave up 5 years ago" (a second reader, session 27)
                              r"|[^.;!?]{0,20}?,\s*(?:i|he|she|they|we)\s+(?:gave\s+up|stopped|quit)(?!\s+\w+ing\b)\s+(?:\w+\s+){0,2}?"
                              r"(?:years?|months?|weeks?)\s+ago\b",
                              re.IGNORECASE)

# What a "stopped" after a fact stopped, when it is something else: "ramipril and the doctor stopped my amlodipine"
_STOPPED_ANOTHER = re.compile(r"\s+(?:my|his|her|their|the|your|me)\s+(?!(?:tablets?|pills?|meds|medications?|medicines?|"
                              r"it|them|those|that)\b)\w", re.IGNORECASE)
_PAST_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(years ago|years back|any ?more|no more|in the past|before(?=\W*$)|ago|"
    r"in remission|all clear|clear now|gone now|cleared up|" + STOPPED + r"|discontinued|gave (?:it )?up|quit|came out|"
    # a service that has let them go: "CAMHS discharged me in the spring" (session 23)
    r"discharged (?:me|him|her|them|us)|"
    r"mended|healed|knitted|a while (?:back|ago)|some time (?:back|ago)|"  # "broke her wrist, now mended"
    r"(?:was|were) called|(?<!from )(?<!since )when (?:i|he|she|we|they) (?:was|were) (?:young|younger|little|small|at school|[1-9]|1[0-9]|"
    r"a (?:child|kid|boy|girl|lad|lass|teenager|baby))|as a (?:child|kid|teenager|baby|youngster|boy|girl|lad|lass)|"
    # second-language English drops the article: "asthma he have as child", "eczema when small"
    r"as (?:child|kid|teenager|baby|boy|girl)|when (?:small|little|young|a kid)|in (?:my|his|her|their) childhood)\b",
    re.IGNORECASE)
# The sentence ends by saying it has stopped: "before he smoke every day, now he stop", "asthma as child but now
# not", "i drink a lot before, now no more". Only a bare ending: "now i stop the inhaler" names what stopped.
_NOW_STOPPED = re.compile(r"\b(?:but\s+)?now\s+(?:(?:he|she|i|they|we)\s+)?(?:(?:has\s+|have\s+)?(?:stop|stops|" + STOPPED + r"|"
                          r"quit|quits|given up|gave up)|not|no more|no longer|not any ?more)\s*[.!]*\s*$", re.IGNORECASE)
# Said to have ended, after it: "she was on steroids, prednisolone, but that finished a month ago" (the ninth fresh
# structuring set, session 25: sent as taken now)
_THAT_ENDED = re.compile(r"[^.;!?]{0,50}?\b(?:but|and)\s+(?:(?:thank\s+god|thank\s+goodness|thankfully|luckily)\s*,?\s+)?"
                         r"(?:that|it|they|those|them)(?:['’]s|\s+(?:has|have|was|were))?\s+"
                         r"(?:finished|ended|stopped|came\s+to\s+an\s+end)\b(?!\s+(?:with|off|me|him|her|them|by|so|soon|before|"
                         r"my|his|their|up|in|working|helping|doing|that|(?:the|a|an|all|most|some|any|those|these|this)\s+"
                         r"(?!(?:month|week|year|day|fortnight|while|few|couple|summer|spring|winter|autumn)s?\b)))",
                         re.IGNORECASE)


# Thought to be, then tested and clear (a fresh forms set, session 27: a water infection ruled out by its tests was sent)
_THOUGHT_TO_BE = re.compile(r"\b(?:thought|thinking|think|thinks|suspected|wondered\s+if|wondered\s+about|queried|worried|"
                            r"assume|assumes|assumed)\s+"
                            # "Doctor think maybe I have problem with thyroid", "thought I'd had a wee stroke" (the
                            # twenty-fourth fresh forms set, session 30)
                            r"(?:(?:maybe|perhaps|possibly)\s+)?(?:(?:is|was)\s+|(?:it|she|he|they|i)\s+"
                            r"(?:was|were|had|have|has|is|might\s+have|might\s+be|could\s+be)\s+(?:had\s+|having\s+)?|(?:she|he|i|they)['’]?d\s+(?:had\s+)?"
                            r"|(?:she|he)['’]?s\s+)?"
                            r"(?:(?:a|an|some)\s+)?(?:(?:wee|little|small|mini|minor|slight|mild)\s+)?"
                            r"(?:(?:problem|problems|trouble|issue|issues)\s+(?:with|in)\s+(?:(?:my|his|her|their|the)\s+)?)?$",
                            re.IGNORECASE)  # (not "the": "they thought it was the COPD" is one she has)
_CAME_BACK_CLEAR = re.compile(r"[^.;!?]{0,60}?\bbut\s+(?:the\s+|his\s+|her\s+|my\s+|all\s+the\s+)?(?:\w+\s+)?"
                              # "but MRI show nothing", "but the camera showed nothing" (a stranger and the twenty-fourth
                              # fresh forms set, session 30)
                              r"(?:tests?|results?|scans?|bloods?|mri|ct|x-?rays?|camera|scope|endoscopy|colonoscopy|biopsy|"
                              r"ultrasound|echo|ecg)\s+(?:show|shows|showed|shown|found|find|finds)\s+nothing\b"
                              r"|[^.;!?]{0,60}?\bbut\s+(?:the\s+|his\s+|her\s+|my\s+|all\s+the\s+)?(?:\w+\s+)?"
                              r"(?:tests?|results?|scans?|bloods?|swabs?|x-?rays?|urine|samples?|eegs?|ecgs?|mri|ct|echo|"
                              r"ultrasound|biopsy|mammogram)\s+(?:\w+\s+)?"
                              r"(?:came\s+back|come\s+back|were|was|are|is)\s+(?:all\s+)?(?:clear|negative|normal|fine|ok|okay)\b"
                              # "they thought it was heart failure, but it come back fine" (the thirtieth fresh forms set,
                              # session 36: sent to the medical history as a condition)
                              r"|[^.;!?]{0,60}?\bbut\s+it\s+(?:came|come|has\s+come|come['’]?s)\s+back\s+(?:all\s+)?(?:clear|negative|"
                              r"normal|fine|ok|okay)\b"
                              # "… but the hospital did all the tests and said it wasn't my heart at all" (a fresh forms
                              # set, session 28: angina, thought of and ruled out, was sent as had)
                              # (only "wasn't my heart", "wasn't that", "wasn't at all": not "wasn't a massive one", "was
                              # not spread", "wasn't bad", a second reader, session 28)
                              r"|[^.;!?]{0,60}?\bbut\b[^.;!?]{0,60}?\b(?:said|told\s+(?:me|us|him|her|them))\s+(?:it|that)\s+"
                              r"(?:was\s*n['’]?t|was\s+not|is\s*n['’]?t|is\s+not|wasnt|isnt)\s+(?:(?:my|his|her|their|the)\s+"
                              r"(?:heart|lungs?|chest|brain|kidneys?|liver|stomach|bowel|bladder)|that|it|(?:anything|owt)\s+"
                              r"(?:serious|bad|sinister)|at\s+all)\b(?!\s+(?:bad|serious|advanced|spread|massive|big))"
                              # "but the tests said it wasn't, it's just me being unfit", "but the scan showed she hadn't"
                              # (the twenty-third fresh forms set, session 29: angina and a stroke, ruled out, were sent)
                              r"|[^.;!?]{0,60}?\bbut\b[^.;!?]{0,40}?\b(?:said|says|showed|shows|proved|found)\s+(?:that\s+)?"
                              r"(?:it|she|he|i|they)\s+(?:was\s*n['’]?t|was\s+not|wasnt|had\s*n['’]?t|had\s+not|hadnt|did\s*n['’]?t|"
                              r"did\s+not|didnt|has\s*n['’]?t|hasnt|has\s+not|have\s*n['’]?t|havent|is\s*n['’]?t|isnt)"
                              r"(?:\s+(?:had\s+(?:one|it|a\s+\w+)|got\s+it|it|one))?\s*(?=[,.;!?]|$|\s+(?:at\s+all|thank|thankfully))"
                              # "People assume he's autistic but he was assessed years ago and he isn't" (the fourteenth
                              # fresh structuring set, session 30)
                              r"|[^.;!?]{0,60}?\bbut\b[^.;!?]{0,50}?\b(?:he|she|i|they)\s+(?:is\s*n['’]?t|isnt|is\s+not|am\s+not|"
                              r"are\s*n['’]?t|arent|are\s+not)(?=\s*(?:[,.;!?]|$))"
                              # "people think i have ADHD but ive been assessed and i dont" (the fifteenth fresh structuring
                              # set, session 31)
                              r"|[^.;!?]{0,60}?\bbut\b[^.;!?]{0,50}?\b(?:assessed|tested|checked|seen)\b[^.;!?]{0,30}?\b(?:he|she|i|they)\s+"
                              r"(?:do\s*n['’]?t|dont|do\s+not|does\s*n['’]?t|doesnt|does\s+not)(?:\s+have(?:\s+(?:it|that))?)?"
                              r"(?=\s*(?:[,.;!?]|$))",
                              re.IGNORECASE)
# "the memory clinic were clear it's not Alzheimer's", "that's not dementia": said not to be
_IT_IS_NOT = re.compile(r"(?:\b(?:it['’]?s|its|it\s+is|it\s+was|that['’]?s|thats|that\s+is|that\s+was)\s+not|"
                        r"\b(?:it|that)\s+(?:was\s*n['’]?t|is\s*n['’]?t|wasnt|isnt))\s+(?:a\s+|an\s+|the\s+)?$",
                        re.IGNORECASE)


# A part of the body checked and found well: "Ma kidneys are gettin checked cos o the lithium, an the thyroid, so far
# they're fine" (the thirteenth fresh set, session 29: a thyroid condition was sent as had); the check said before the
# word, nothing that has it between ("they check my thyroid because I have an underactive thyroid, it's fine" keeps it)
_CHECKED_BEFORE = re.compile(r"\b(?:check(?:ed|ing|s)?|checkin|gettin\s+checked|test(?:ed|ing|s)?|monitor(?:ed|ing|s)?|"
                             r"scan(?:ned|ning|s)?|keep(?:ing)?\s+an\s+eye\s+on)\b(?![^.;!?]*\b(?:have|has|had|got|with|"
                             r"diagnosed|suffer|suffers)\b)[^.;!?]*$", re.IGNORECASE)
_FOUND_WELL_AFTER = re.compile(r"[^.;!?]{0,40}?\b(?:so\s+far\s+)?(?:they['’]?re|they\s+are|theyre|it['’]?s|its|it\s+is|both|all|"
                               r"everything['’]?s|everything\s+is)\s+(?:(?:been|are|is|was|were|came\s+back|come\s+back|"
                               r"looking|look)\s+)?(?:fine|ok|okay|normal|clear|good|grand|alright|all\s+right)\b", re.IGNORECASE)


def said_after(medications: list[dict[str, Any]], health: list[dict[str, Any]], sentence: str, base: int) -> None:
    """What the rest of a sentence (at `base` in the story) says of the medicines and habits told in it, past their own
    clause (the status of each was read from its clause alone): "…, prednisolone, but that finished a month ago" (past),
    "said sertraline might help and it has, I'm on 100mg" (taken), "won't give me HRT … so I buy it online" (taken),
    "she liked a glass of wine but she's no had a drink since the stroke" (given up)."""
    given_up = _BEFORE_I_THEN_STOPPED.match(sentence) is not None
    for found in health:  # "they thought a water infection was making her confused but the tests came back clear"
        start, end = (found.get("source") or {}).get("start"), (found.get("source") or {}).get("end")
        if found["status"] in (CURRENT, HYPOTHETICAL, PAST) and isinstance(start, int) and isinstance(end, int) \
                and 0 <= end - base <= len(sentence) and _THOUGHT_TO_BE.search(sentence[max(0, start - base - 50):start - base]) \
                and _CAME_BACK_CLEAR.match(sentence, end - base) \
                and sentence.lower().count(sentence[start - base:end - base].lower()) == 1:  # not "I have diabetes and they thought diabetes was"
            found["status"] = NEGATED
        elif found["status"] == CURRENT and isinstance(start, int) and isinstance(end, int) \
                and 0 <= start - base and end - base <= len(sentence) \
                and _CHECKED_BEFORE.search(sentence[max(0, start - base - 60):start - base]) \
                and _FOUND_WELL_AFTER.match(sentence, end - base) \
                and not any(other is not found and found["text"].lower() in other["text"].lower() for other in health):
            found["status"] = NEGATED
    for found, kind in [*((m, "medicine") for m in medications),
                        *((h, "habit" if h["text"] in _HABITS else "maybe") for h in health
                          if h["text"] in _HABITS or h["status"] == HYPOTHETICAL)]:
        source = found.get("source", {})
        start, end = source.get("start"), source.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= end - base <= len(sentence):
            continue
        start, end = start - base, end - base
        if kind == "habit":
            if found["status"] == CURRENT and (given_up or _HABIT_NOT_SINCE.match(sentence, end)
                                               or _CLEAN_SINCE.match(sentence[end:])):
                found["status"] = PAST
        elif kind == "maybe":  # a condition said as a maybe
            if taken_after_all(sentence, end):
                found["status"] = CURRENT
            elif ruled_out_after(sentence[end:]):
                found["status"] = NEGATED  # "the doctor said it might be gout at first but they ruled that out"
        elif found["status"] == CURRENT and (_THAT_ENDED.match(sentence, end) or _last_said(
                medications, found, base, end, _ENDED_NOW.match(sentence, end) or _NOT_TAKEN_NOW.match(sentence, end)
                or _SWAPPED_AFTER.match(sentence, end) or _changed_to_another(medications, sentence, base, end)
                or _WHICH_FINISHED.match(sentence, end))):
            found["status"] = PAST
        elif found["status"] in (CURRENT, HYPOTHETICAL) and _SAID_OF_BEFORE.search(sentence[max(0, start - 60):start]) \
                and _last_said(medications, found, base, end, _NEVER_HAPPENED.match(sentence, end)):
            found["status"] = NEGATED  # "They did mention warfarin at one stage but … so that never happened"
        elif found["status"] == CURRENT and _SAID_OF_BEFORE.search(sentence[max(0, start - 60):start]) \
                and _NOT_STARTED_YET.match(sentence, end):
            # "the heart doctor mentioned a new tablet, Entresto, but she hasn't started it" (the twenty-third fresh forms
            # set, session 29: sent as taken); only spoken of
            found["status"] = HYPOTHETICAL
        elif found["status"] == HYPOTHETICAL and taken_after_all(sentence, end):
            found["status"] = CURRENT
        elif found["status"] in (NEGATED, PAST) and _WONT_GIVE.search(sentence[:start]) \
                and _GOT_ELSEWHERE.search(sentence, end):
            found["status"] = CURRENT
        if kind == "medicine" and found.get("dose") and found["status"] == CURRENT \
                and _last_said(medications, found, base, end, changed := _DOSE_CHANGED.match(sentence, end)):
            _new_dose(found, changed)  # type: ignore[arg-type]
    _named_again(medications, sentence, base)


# A medicine named again at once, by another of its names: "She was on the steroids, the prednisolone, after her flare
# up but that's done now" (the thirteenth fresh set, session 29: the prednisolone was sent as taken now); what is said
# of the first is said of it, unless the words after it say now ("I stopped the warfarin, apixaban now")
_AGAIN_BETWEEN = re.compile(r"\s*[,(]\s*(?:the\s+|that['’]?s\s+|thats\s+|i\.?e\.?\s+|called\s+|or\s+)?$", re.IGNORECASE)
_NOT_THE_SAME_AFTER = re.compile(r"[^.;!?]{0,60}?(?:\b(?:instead|these\s+days|nowadays|still|currently|every\s+day|daily|"
                                 r"take|takes|taking|need|needs|on\s+it|on\s+them|continue|continues|carry\s+on)\b|"
                                 r"(?<!done )(?<!over )(?<!finished )(?<!stopped )(?<!not )\bnow\b)", re.IGNORECASE)
# ... and said bare, then a break or what it was for: "…, the prednisolone, after her flare up"
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)!?]|$|(?:after|for|when|during|in|last|from|until|till|but)\b)", re.IGNORECASE)


def _named_again(medications: list[dict[str, Any]], sentence: str, base: int) -> None:
    said = sorted((m for m in medications if isinstance((m.get("source") or {}).get("start"), int)
                   and isinstance((m.get("source") or {}).get("end"), int)
                   and 0 <= m["source"]["start"] - base and m["source"]["end"] - base <= len(sentence)),
                  key=lambda m: m["source"]["start"])
    for first, then in zip(said, said[1:], strict=False):
        between = sentence[first["source"]["end"] - base:then["source"]["start"] - base]
        if first["status"] == PAST and then["status"] == CURRENT and _AGAIN_BETWEEN.fullmatch(between) \
                and _BARE_AFTER.match(sentence, then["source"]["end"] - base) \
                and not _NOT_THE_SAME_AFTER.match(sentence, then["source"]["end"] - base):
            then["status"] = first["status"]


# A dose changed since, said past the medicine: "sertraline 50mg, no wait they put it up to 100 in sept", "levothyroxine
# 75 micrograms, well it were 75, they put it up to 100 in October" (the twenty-first fresh forms set, session 27: the
# old dose was sent)
_THE_DOSE = r"(?:it|them|the\s+dose|(?:his|her|my|their)\s+dose)"
# (what "went up" is not said: "amlodipine 5mg because the pressure, it went up to 180" is a reading, a second reader)
_DOSE_CHANGED = re.compile(r"[^.;!?]{0,60}?\b(?:(?:put|putting|puts|upped|ups|increased|increase|raised|bumped|doubled|moved|"
                           r"changed|lowered|reduced|dropped|cut)\s+" + _THE_DOSE + r"\s*(?:up|down)?|(?:the|his|her|my|their)\s+"
                           r"dose\s+(?:went|was\s+put|got\s+put|has\s+gone|['’]s\s+gone|s\s+gone|was\s+upped|was\s+increased|"
                           r"was\s+reduced|was\s+lowered)\s*(?:up|down)?)"
                           r"\s+to\s+(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>mg|milligrams?|micrograms?|mcg|units?|ml)?"
                           r"(?=\s*(?:$|[,.;!?)]|in\b|last\b|this\b|on\b|at\b|from\b|since\b|now\b|a\s+(?:month|week|day)\s+ago"
                           r"|and\b|but\b|so\b))", re.IGNORECASE)
_UNIT = re.compile(r"[a-z]+\s*$", re.IGNORECASE)


def _new_dose(found: dict[str, Any], changed: re.Match[str]) -> None:
    unit = changed.group("unit") or ((m.group(0).strip() if (m := _UNIT.search(str(found["dose"]))) else ""))
    found["dose"] = f"{changed.group('amount')}{unit}" if unit in ("mg", "ml", "mcg") else \
        f"{changed.group('amount')} {unit}".strip()
    found["text"] = medicine_text(found)


# What the tenth fresh structuring set (session 26) said past a medicine's clause, in general words: "…ticagrelor one year,
# now finish"; "diazepam from my cousin … but I don't take it now"; "First he give me naproxen but it make my stomach bad
# so now I take co-codamol"; "They did mention warfarin at one stage but … so that never happened"
_ENDED_NOW = re.compile(r"(?:(?!\band\b)[^.;!?,]){0,20}?,\s*(?:(?:it|that|this)\s+(?:is\s+|was\s+|['’]s\s+)?)?(?:now\s+)?"
                        r"(?:finish|finished|stop|stopped|over)(?:\s+now)?\s*(?=[,.;!]|$)", re.IGNORECASE)
_NOT_TAKEN_NOW = re.compile(r"[^.;!?]{0,60}?\bbut\s+(?:i|he|she|they)\s+(?:don['’]?t|dont|do\s+not|doesn['’]?t|doesnt|does\s+not|"
                            r"not)\s+(?:take|takes|use|uses|have)\s+(?:it|them)\s+(?:now|anymore|any\s+more|no\s+more)\b",
                            re.IGNORECASE)
_SWAPPED_AFTER = re.compile(r"[^.;!?]{0,60}?\bbut\s+(?:it|they)\s+(?:make|made|makes|gave|give|gives|upset|upsets|did\s+not|"
                            r"didn['’]?t)\b[^.;!?]{0,50}?\bso\s+now\s+(?:i|he|she|they)\s+(?:(?:only)\s+)?(?:take|takes|"
                            r"am\s+on|is\s+on|have|use|uses|went\s+on)\b(?!\s+(?:it|them|that|less|more)\b)", re.IGNORECASE)
# what was only spoken of before the medicine a "that never happened" is said of
_SAID_OF_BEFORE = re.compile(r"\b(?:mention|mentioned|mentions|talked\s+about|talk\s+about|suggested|suggest|offered|offer|"
                             r"thought\s+about|spoke\s+about|said\s+about|wanted\s+(?:(?:me|him|her|them|us)\s+)?to\s+(?:start|put|try|"
                             r"go\s+on))\b", re.IGNORECASE)


def _changed_to_another(medications: list[dict[str, Any]], sentence: str, base: int, end: int) -> re.Match[str] | None:
    """What is said past a medicine that changes it for another named straight after ("… so they change to pregabalin",
    "… but they moved her onto apixaban"); not for anything else ("but they moved me to a new flat")."""
    changed = _CHANGED_AFTER.match(sentence, end)
    if changed is None:
        return None
    word = re.match(r"\s+(?:(?:my|his|her|their|the|a)\s+)?([a-z-]+)", sentence[changed.end():], re.IGNORECASE)
    named = any(isinstance(s := m.get("source", {}).get("start"), int) and 0 <= s - base - changed.end() <= 30
                for m in medications)
    return changed if named or (word and zipf_frequency(word.group(1).lower(), "en") < 3.0) else None


def _last_said(medications: list[dict[str, Any]], found: dict[str, Any], base: int, end: int,
               said: re.Match[str] | None) -> bool:
    """Whether what is said past a medicine (`said`, matched from its end) is said of it: no other medicine is named
    between ("I'm on lansoprazole and I used to take ibuprofen but I don't take it now": the ibuprofen's)."""
    if said is None:
        return False
    return not any(other is not found and isinstance((s := other.get("source", {}).get("start")), int)
                   and base + end <= s < base + said.end() for other in medications)
_NEVER_HAPPENED = re.compile(r"[^.;!?]{0,90}?\b(?:so|but|and)\s+(?:that|it)\s+never\s+(?:happened|started(?!\s+working)|went\s+"
                             r"ahead|came\s+to\s+anything)\b"
                             # "they talked about warfarin but decided against it" (the twenty-fourth fresh forms set)
                             r"|[^.;!?]{0,60}?\bbut\s+(?:(?:they|we|he|she|i|the\s+\w+)\s+)?(?:decided|chose|went)\s+against\s+"
                             r"(?:it|them|that)\b", re.IGNORECASE)
_NOT_SINCE = re.compile(r"^[^.;]{0,30}?\bbut\s+(?:(?:i|he|she|they)\s+)?(?:haven't|haven’t|havent|hasn't|hasn’t|hasnt|"
                        r"have not|has not)\s+(?:done it\s+|had (?:it|one|any)\s+)?since\b", re.IGNORECASE)
# Simple past ("I had a stroke", "I was homeless"), unless it runs on to now ("since 2021").
# "Ive had", "hes had", "she's had" (typed without apostrophes, or "'s" for has) run on to now.
# "Already had diabetes" (before what the story tells of) runs on to now too.
_SIMPLE_PAST = re.compile(r"(?<!have )(?<!has )(?<!'ve )(?<!’ve )(?<!\bive )(?<!\bweve )(?<!\bhes )(?<!\bshes )(?<!already )"
                          r"(?<!\bhe's )(?<!\bshe's )(?<!\bhe’s )(?<!\bshe’s )\b(had|was|were)\b(?! diagnosed)"
                          # "had my son 6 weeks ago": a birth, no fact of the past
                          r"(?!\s+(?:my|our|a|the|her|his)\s+(?:(?:little|baby|first|second|third)\s+)?(?:son|daughter|baby|"
                          r"boy|girl|twins|little\s+one)\b)",
                          re.IGNORECASE)
# How long, said straight after and ending the clause, with no "ago": "i had the copd ten years", "had diabetes for 20 years"
_FOR_A_TIME = re.compile(r"^\W*(?:for\s+)?(?:the\s+(?:last|past)\s+|over\s+|about\s+|nearly\s+|almost\s+)?(?:a|an|one|two|three|"
                         r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|a couple of|"
                         r"several|many|\d+)\s+(?:years?|yrs?)(?:\s+now)?\W*$", re.IGNORECASE)
_ONGOING = re.compile(r"\b(since|for the last|still|now)\b", re.IGNORECASE)  # "was in a unit for 3 months" is past
_PAST_FORMS = frozenset({"drank", "smoked", "broke", "broken", "fractured", "amputated", "replaced", "worked"})
# Events and procedures happened once: "has had a heart attack" is history; "needs a knee replacement"
# is not yet.
EVENTS = frozenset({"heart attack", "stroke", "mini stroke", "hip fracture", "broken hip", "fractured hip",
                    "chest infection", "pneumonia", "urinary tract infection", "fracture", "covid-19",
                    # a clot happened once too: "switched to edoxaban after the clot" (session 23: read as one now)
                    "blood clot", "dvt", "pulmonary embolism"})
# Events whose effects last whatever "he's fine now" says of the day: a stroke, a heart attack
LASTING_EVENTS = frozenset({"stroke", "mini stroke", "heart attack"})
# An infection gets better in days or weeks: one had "in October" or "two months ago" is over; one this week, or said to
# go on, is now (a stranger, session 32: "He had a bad chest infection in October" was sent as a condition now)
ACUTE = frozenset({"chest infection", "pneumonia", "urinary tract infection", "covid-19"})
_ACUTE_NOW = re.compile(r"\b(still|yet|ongoing|keeps?|kept|again|on and off|this week|yesterday|last night|(?:a|one|two|three|"
                        r"four|five|few|couple of|\d) days ago|last week|since|has\s*n['’]?t|hasnt|has\s+not|have\s*n['’]?t|"
                        r"another|turned\s+into|coughing|(?:it['’]?s|its|it\s+is)\s+back|(?:on|taking)\s+(?:\w+\s+)?antibiotics|"
                        r"(?:is|are|['’]s|['’]m|am|now|still)\s+in\s+hospital|back\s+on)\b|\bnot (?:\w+ )?(?:better|cleared|gone|shifted|right)",
                        re.IGNORECASE)
PROCEDURES = re.compile(r"(replacement|amputation|transplant|operation|surgery|bypass)$")
# A stroke whose side is weak now ("two years ago, left side weak", "her right side is still weak") is part
# of now, however long ago it was; an arm weak since (no side said) leaves a stroke long ago past.
_SIDE_WEAK_NOW = re.compile(r"\b(?:left|right|one)\s+side(?:['’]s)?\s+(?:is\s+|['’]s\s+|s\s+|still\s+|remains\s+|has\s+|gone\s+|went\s+)*"
                            r"(?:weak|paralysed|paralyzed|numb|useless|no good)\b|\bweak\s+(?:down|on)\s+(?:the\s+|his\s+|"
                            r"her\s+|my\s+|their\s+)?(?:left|right|one)\s+side\b"
                            # "now his left arm dont work proper", "n now me right hand's no good" (session 20); not
                            # "my left arm is weak ever since" (a stroke long ago, with an arm weak since, stays past)
                            r"|\bnow\s+(?:his|her|my|me|their|the)\s+(?:left|right)\s+(?:arm|leg|hand|foot)(?:['’]s)?\s+"
                            r"(?:is\s+|s\s+|still\s+|has\s+|gone\s+)*(?:weak|paralysed|paralyzed|numb|useless|no\s+good|dead|"
                            r"(?:dont|don't|don’t|doesnt|doesn't|doesn’t|wont|won't|won’t|does\s+not|will\s+not)\s+work|"
                            r"not\s+working)\b", re.IGNORECASE)
# "a history of self-harm but nothing for a year now", "fits, none in two years": over for a while now
_NONE_FOR_A_WHILE = re.compile(r"^\W*(?:but\s+|and\s+)?(?:nothing|none|not|no\s+\w+)\s+(?:at all\s+)?(?:for|since|in)\s+"
                               r"(?:over\s+|more than\s+|the\s+(?:last|past)\s+)?(?:a|an|one|two|three|four|five|six|"
                               r"seven|eight|nine|ten|a few|a couple of|several|many|\d+)\s+(?:years?|months?)\b", re.IGNORECASE)
# A course of treatment finished ("finished chemo in May", "her radiotherapy finished in August",
# "done with the chemotherapy") is past; one going on ("having radiotherapy") is now.
TREATMENTS = frozenset({"chemotherapy", "radiotherapy", "immunotherapy", "dialysis", "physiotherapy"})
_FINISHED_BEFORE = re.compile(r"\b(?:finished|completed|ended|done with|through with|came to the end of|"
                              r"finished off|had (?:all )?(?:my|his|her|their|the) last)\b", re.IGNORECASE)
_FINISHED_AFTER = re.compile(r"^\W*(?:(?:has|have|had|is|was|were|got)\s+)?(?:all\s+|now\s+)?(?:finished|completed|"
                             r"ended|over|done)\b", re.IGNORECASE)
# Anything said, then (after what it was for) that it ended when: "The colchicine for the gout flare finished in
# August", "the steroids ended last month"; not "my inhaler finished, I need a new one" (run out, taken still)
# "steroids then, done now", "amoxicillin for that, all done now" (session 22): a course over, said after it
_DONE_NOW = re.compile(r"^\W*(?:(?:then|for\s+(?:that|it|a\s+while))\W+)?(?:(?:and|but)\s+)?(?:(?:all|now)\s+)?"
                       r"(?:done|finished|over)\s+now\b", re.IGNORECASE)
# A pregnancy begun, said as when something else was done (session 22: "stopped the hydroxyurea when I got pregnant.
# 20 weeks now" read the pregnancy as past); not "when I got pregnant with my son", a child since born
_GOT_PREGNANT = re.compile(r"\b(?:when|once|since|after|as\s+soon\s+as)\s+(?:i|she|we)\s+(?:got|became|fell)\s+$",
                           re.IGNORECASE)
_ENDED_THEN = re.compile(r"^\W*(?:(?:for|from)\s+(?:a|an|the|my|his|her|their)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:has|have|had|"
                         r"was|were)\s+)?(?:finished|ended|completed|came to an end|stopped)\s+(?:back\s+)?(?:in|on|last|"
                         r"at the end of|(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago|"
                         # "the clopidogrel finished after a year" (the eighth fresh structuring set, session 24)
                         r"after\s+(?:a|an|one|two|three|four|five|six|twelve|\d+)\s+(?:days?|weeks?|months?|years?|course))\b",
                         re.IGNORECASE)
_TO_COME_AFTER = re.compile(r"^\W*(?:(?:maybe|perhaps|possibly|probably)\s+)?(?:next|later this|in the new)\s+(?:year|month|"
                            r"week|spring|summer|autumn|winter)\b", re.IGNORECASE)
_COURSE_FINISHED = re.compile(r"\b(?:finished|completed|done|ended|came to the end of)\s+(?:a|the|my|his|her|their)\s+"
                              r"(?:\w+\s+)?course\s+of\s+$", re.IGNORECASE)
_SCANS_CLEAR = re.compile(r"^[^.;]{0,40}?\b(?:the\s+|(?:my|his|her|their)\s+)?(?:scans?|tests?|results?)\s+(?:are|is|were|was|"
                          r"came back|come back|have come back)\s+(?:all\s+)?clear\b"
                          # clear of something else: "She has breast cancer and the scan was clear of spread" (session 32)
                          r"(?!\s+(?:of|otherwise|elsewhere|apart|except|for\s+(?:spread|anything\s+else)))", re.IGNORECASE)
# Scans not clear, or not known to be yet: "waiting to hear if the scan is clear", "hoping the tests come back clear"
_NOT_YET_CLEAR = re.compile(r"\b(?:not|n.t|yet|if|whether|hope|hoping|hopefully|pray|praying|wait|waiting|awaiting|"
                            r"see|hear|know|find out|once|when|until|till|fingers crossed)\b", re.IGNORECASE)
# The illness a finished course was for: "finished a course of amoxicillin for a chest infection"
_COURSE_FOR = re.compile(r"\b(?:finished|completed|done|ended|came to the end of)\s+(?:a|the|my|his|her|their)\s+"
                         r"(?:\w+\s+)?course\s+of\s+(?:\S+\s+){1,3}?for\s+(?:a|an|the|my|his|her|their)\s+$", re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)
# "had" as the last past verb before the fact ("i had the copd ten years"), not "had anxiety and was on sertraline for
# a year" (the sertraline was then)
_HAD_LAST = re.compile(r"\bhad\b(?!.*\b(?:was|were)\b)", re.IGNORECASE)
# A test or a check for something, not yet known: "testing me for coeliac", "wants to check him for depression",
# "being assessed for autism", "referred for tests for MS" (session 21: each was read as had now)
_TESTING = (r"(?:\b(?:test|tests|tested|testing|check|checks|checked|checking|screen|screened|screening|"
            r"assess|assessed|assessing|investigate|investigated|investigating|scan|scanned|scanning)\s+"
            r"(?:(?:me|him|her|them|us)\s+)?(?:for|4|to\s+see\s+if\s+(?:i|he|she|they)\s+(?:have|has|had))\s+"
            # "docter sent us for a camera for bowel cancer, all clear" (the twenty-seventh fresh forms set, session 33)
            r"|\bsent\s+(?:me|him|her|them|us)\s+(?:for|to\s+have)\s+(?:a|an|some)\s+(?:\w+\s+){0,2}?(?:for|to\s+check\s+for|"
            r"to\s+rule\s+out)\s+)")
_TESTED_FOR = re.compile(_TESTING + r"(?:(?:a|an|the|possible|suspected)\s+)?$", re.IGNORECASE)
TESTED_FOR_IN = re.compile(_TESTING, re.IGNORECASE)  # a test for something, anywhere in a clause
# What the test found, said after: none ("and he hasn't got it", "came back negative", "was ruled out") or it
_TESTED_NOT = re.compile(r"^[^.;]{0,20}?\b(?:and|but)?\s*(?:(?:he|she|i|they|it)\s+)?(?:hasn't|hasn’t|hasnt|haven't|"
                         r"haven’t|havent|has not|have not|doesn't|doesn’t|doesnt|does not|don't|don’t|dont|was not|wasn't|"
                         r"wasn’t|wasnt|isn't|isn’t|isnt|came back (?:negative|clear|normal)|was ruled out|ruled (?:it )?out|"
                         r"(?:was|were|came back|came bk|come back) (?:negative|clear|normal|fine)|all clear)\b", re.IGNORECASE)


# A habit given up, said just after "I don't smoke": "I gave up in 1980", "stopped years ago", "quit 10 yrs ago"
GAVE_IT_UP = re.compile(r"(?:and\s+|but\s+)?(?:(?:i|he|she|they)\s+)?(?:gave\s+(?:it\s+)?up|given\s+(?:it\s+)?up|"
                         r"stopped|quit|packed\s+(?:it\s+)?in)\b(?!\s+(?:\w+\s+)?(?:work|working|job|driving|drinking|"
                         r"drink|smoking|smokes|vap\w*|alcohol|booze|fags|cigarettes|ciggies|taking|the\s+\w+))", re.IGNORECASE)


# ... or said in the next clause, with whom: "though she gave them up in 1990", "but he packed it in years ago"
GIVEN_UP_SINCE = re.compile(r"(?:though|but|although|tho)\s+(?:(?:i|he|she|they|we)\s+)?(?:has\s+|have\s+|had\s+)?"
                             r"(?:gave|given|packed)\s+(?:(?:it|them|those|the\s+(?:cigs|fags|ciggies|cigarettes|booze|drink|pipe))\s+)?"
                             r"(?:up|in)\b(?=\s*(?:$|[,.;!?]|in\s+(?:19|20)\d\d|(?:\w+\s+)?years?\b|when\b|after\b|last\b|since\b|"
                             r"ages\s+ago|a\s+long\s+time))", re.IGNORECASE)


# Ruled out by a doctor, said before it or after it: "the consultant ruled out MS", "cancer has been ruled out" is not
# had; "haven't ruled out cancer", "a scan to rule out a stroke" is not known yet (session 22: each ruled-out illness
# of a fresh held-out set was read as had now)
_RULED_OUT_BEFORE = re.compile(r"\b(?:ruled|rules|ruling|rule)\s+out\s+(?:(?:a|an|the|any)\s+)?$", re.IGNORECASE)
_RULED_OUT_AFTER = re.compile(r"^\s+(?:(?:has|have|had)(?:n['’]?t|\s+not)?\s+been\s+|(?:was|were|is|are)(?:n['’]?t|\s+not)?\s+|"
                              r"(?:been|got)\s+)(?:yet\s+)?ruled\s+out\b", re.IGNORECASE)
# A maybe said, then ruled out later in the sentence: "might be gout at first but they ruled that out"
_RULED_THAT_OUT = re.compile(r"^[^.;!?]{0,40}?\b(?:but|and|then|which)(\s+)(?:(?:the\s+|his\s+|her\s+|my\s+)?[a-z]+\s+){0,2}?"
                             r"(?:have\s+|has\s+|had\s+)?"
                             r"(?:ruled\s+(?:that|it)\s+out|(?:that|it)\s+(?:was|has\s+been|got)\s+ruled\s+out|ruled\s+out"
                             r"(?=\s*(?:$|[,.;!?]|and\b|but\b|so\b|now\b|too\b)))\b",
                             re.IGNORECASE)
_NOT_RULED_YET = re.compile(r"\b(?:not|yet|still|havent|hasnt|haven['’]t|hasn['’]t|cant|can['’]t|couldnt|couldn['’]t|didnt|"
                            r"didn['’]t|wont|won['’]t|need|needs|want|wants|to|trying|if|whether)\b", re.IGNORECASE)


def ruled_out_after(rest: str) -> bool:
    """Whether the words after a maybe say it was then ruled out ("… at first but they ruled that out"), not that it is
    still to be ("but they haven't ruled it out", "and they want to rule it out")."""
    said = _RULED_THAT_OUT.match(rest)
    return said is not None and not _NOT_RULED_YET.search(said.group(0)[said.start(1) if said.lastindex else 0:])


_NOT_YET_RULED = re.compile(r"(?:\b(?:not|never|yet|to|if|whether|want|wants|need|needs|trying|going|can|could|havent|"
                            r"hasnt|cant|didnt|dont|doesnt|wont|couldnt)|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def ruled_out(before: str, after: str) -> str | None:
    """NEGATED for an illness a doctor ruled out ("ruled out a stroke", "was ruled out"), HYPOTHETICAL for one not
    yet ("haven't ruled out cancer", "a scan to rule out a stroke"), or None when neither is said."""
    said = _RULED_OUT_BEFORE.search(before)
    if said:
        return HYPOTHETICAL if _NOT_YET_RULED.search(before[:said.start()]) else NEGATED
    said = _RULED_OUT_AFTER.match(after)
    if said:
        return HYPOTHETICAL if re.search(r"\b(?:not|yet|hasnt|havent|wasnt|isnt)\b|n['’]t\b", said.group(0),
                                         re.IGNORECASE) else NEGATED
    return None


def tested_for(before: str) -> bool:
    """Whether the words before a fact say it is tested for: "the GP is testing me for ", "checked him for "."""
    return _TESTED_FOR.search(before) is not None


def found_none_by_test(clause: str) -> bool:
    """Whether a clause after a test says it found nothing: "and he hasn't got it", "but it came back clear"."""
    return _TESTED_NOT.match(clause) is not None
_TESTED_YES = re.compile(r"^[^.;]{0,20}?(?:\b(?:and|but|n)\s+|,\s*)(?:(?:he|she|i|they|it)\s+)?(?:has|have|had|came back positive|"
                         r"was positive|confirmed|was diagnosed|got diagnosed)\b", re.IGNORECASE)
# A clause that only says the test before found it ("... and I have it", ", it came back positive"): one with the test
# (clauses.py), so the condition tested for is had, not "might have" (session 22)
FOUND_BY_TEST = re.compile(r"(?:(?:and|but|n)\s+)?(?:(?:i|he|she|they|we)\s+(?:(?:have|has|['’]ve|['’]s)\s+)?(?:got\s+)?"
                           r"(?:it|them|that)|(?:it|the\s+(?:tests?|results?|scans?|bloods?|blood\s+tests?))\s+"
                           r"(?:came\s+back|was|were|is|are)\s+positive|(?:it\s+)?(?:was\s+|got\s+)?confirmed)"
                           r"(?:\s+(?:last|this)\s+\w+|\s+(?:a|an|one|two|three|four|five|six|\d+)\s+\w+\s+ago|\s+now)?",
                           re.IGNORECASE)
# "maybe later", "possibly next year", said after it ("Insulin, the doctor said maybe later"): not had yet
_MAYBE_LATER = re.compile(r"\b(?:maybe|possibly|perhaps)\s+(?:later|next\s+(?:year|month|week|time)|in\s+(?:the\s+)?future|"
                          r"one\s+day|down\s+the\s+line|eventually|in\s+a\s+few\s+(?:years|months))\b", re.IGNORECASE)
# A procedure to come: "…operation next month", "surgery in a few weeks", "the op tomorrow"
_PROCEDURES = frozenset({"operation", "surgery", "hip replacement", "knee replacement", "transplant", "bypass",
                         "heart bypass", "cataract operation", "amputation", "hysterectomy", "mastectomy", "op"})
_COMING = re.compile(r"\s*(?:is\s+|will\s+be\s+)?(?:booked\s+|planned\s+|due\s+|scheduled\s+)?(?:for\s+)?(?:next\s+(?:week|month|"
                     r"year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter)|tomorrow|"
                     r"in\s+(?:a\s+)?(?:couple\s+of\s+|few\s+)?(?:weeks?|months?|fortnight))\b", re.IGNORECASE)
_DONE_BEFORE = re.compile(r"\b(?:had|have\s+had|did|got|was|were)\b", re.IGNORECASE)
# A job done until retiring: "…till he retired", "until I retired in 2010"
_TILL_RETIRED = re.compile(r"\b(?:till|until|til|untill|up\s+to\s+when)\s+(?:he|she|i|they|we)\s+(?:retired|finished\s+work|"
                           r"stopped\s+work(?:ing)?)\b", re.IGNORECASE)
# A medicine said first, then who had it in the past tense: "Amitriptyline I took for a while", "Co-codamol he tried"
_FRONTED_PAST = re.compile(r"^\s*,?\s*(?:i|he|she|they|we)\s+(?:(?:only|once|also)\s+)?(?:took|tried|used|had|was\s+on|"
                           # "Nah sorry, the bicalutamide I finished" (the fifteenth fresh structuring set, session 31)
                           r"were\s+on|finished|stopped|came\s+off|packed\s+in)\b(?!\s+to\b)", re.IGNORECASE)
_POSSESSED = re.compile(r"\b(?:with|of|from|for|about)\s+(?:my|his|her|their)\s+$", re.IGNORECASE)
_NEVER_HAD = re.compile(r"\b(?:never|not|didn't|didn’t|didnt|haven't|haven’t|havent|hasn't|hasn’t|hasnt|"
                        r"ain't|ain’t|aint|wasn't|wasn’t|wasnt|weren't|weren’t)\s+(?:ever\s+|really\s+|actually\s+)?(?:had|been|was|were)\s+"
                        # ("I never had the mini stroke, they ruled it out": a stranger's correction, session 33)
                        r"(?:a\s+|an\s+|any\s+|the\s+|that\s+)?$",
                        re.IGNORECASE)
# A stroke or fall this year, or with effects that last, is part of now ("had a stroke in March, his
# left side is still weak"); one long ago ("in 2009", "twenty years ago") is history.
_RECENT = Guarded(re.compile(
    r"\b(still|since|recently|lately|yesterday|last (?:week|month|night|weekend)|this (?:year|month|week)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|few|couple of|\d{1,2}) "
    r"(?:days?|weeks?|months?) ago|in (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?! \d)(?! last year)|(?:months?|weeks?|days?) ago|"
    # "end of June", "at the start of March": a month of this year (not "in October last year": the twenty-seventh fresh
    # forms set, session 33, where a wrist hurt then was sent as an injury now)
    r"(?:end|start|beginning|middle) of (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?! \d))\b",
    re.IGNORECASE),
    "still|since|recent|late|yesterday|last|this|ago|january|february|march|april|may|june|july|august|september|"
    "october|november|december")
def recent(text: str) -> bool:
    """Whether `text` says its event is of now or this year (_RECENT)."""
    return bool(_RECENT.search(text))


def long_ago(text: str) -> bool:
    """Whether `text` says its event was long ago (_LONG_AGO)."""
    return bool(_LONG_AGO.search(text))


# "two year back", "three year ago" (the plural dropped, as said in much of Britain) are years ago too
_LONG_AGO = re.compile(r"\b(years ago|years back|(?:january|february|march|april|may|june|july|august|september|october|"
                       r"november|december) last year|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
                       r"fifty|a few|several|many) year (?:ago|back)|in (?:19|20)\d\d|as a (?:child|teenager|baby)|"
                       # "I broke my hip two years since and I've not been right" (Yorkshire: ago; the fourteenth fresh
                       # structuring set, session 30); not "two years since the stroke"
                       r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a few|several|many) "
                       r"years? since(?=\s*(?:$|[,.;!?]|and\b|but\b|so\b))|"
                       r"when (?:i|he|she) was)\b", re.IGNORECASE)
# "packed it in after a bad chest infection": an event said as what something else came after is over
_AFTER_EVENT = re.compile(r"\bafter\s+(?:(?:a|an|the|that|his|her|my|their|ma|me)\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# "if she misses one she freezes up": an "if" that says when a complaint comes (its own subject and verb,
# then the complaint, with no "will", "would" or "might"), not one that may never happen
_WHENEVER_IF = re.compile(r"\bif\s+(?:i|he|she|they|we)\s+(?:\w+\s+){1,5}?(?:i|he|she|they|we)\s+$", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:will|would|might|could|may|going to|gonna|ll)\b|['’]ll\b", re.IGNORECASE)
# An event said with the year it happened, or as before now: "heart attack 2019", "previous stroke"
_DATED = re.compile(r"\b(?:(?:19|20)\d\d|previous|history of)\b", re.IGNORECASE)
# "has no mobility since the stroke", "she hasn't walked far since she had a stroke": what something came
# since, after or because of happened; the negation, maybe or past of the words before it is not its own
_ANCHORED = re.compile(r"\b(?:ever\s+)?(?:since|following|because of|due to)\s+(?:(?:i|he|she|they|we)\s+(?:had|has had|"
                       r"have had|got)\s+)?(?:(?:a|an|the|that|his|her|my|their|ma|me|this|last)\s+)?(?:\w+\s+)?$",
                       re.IGNORECASE)
_EVENT_WORDS = frozenset({"fall", "falls", "fell", "fallen", "fall over"})
_DIAGNOSED = re.compile(r"\bdiagnosed\b", re.IGNORECASE)
_LEFT_WITH = re.compile(r"\bleft\s+(?:(?:me|him|her|them|us)\s+)?with\s+(?:a\s+|an\s+|some\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_STILL_TO_COME = re.compile(r"\b(waiting for|wait for|need|needs|due|booked|going to have|will have|on the list)\b",
                            re.IGNORECASE)
_GETS_WORSE = re.compile(r"\bif\s+(?:my|his|her|their)\s+$", re.IGNORECASE)
_WORSE_AFTER = re.compile(r"^\s+(?:gets?|got|is getting)\s+(?:worse|bad)", re.IGNORECASE)
_HYPOTHETICAL = re.compile(
    # (not a wish said "better if": "Better if letters in Polish", a stranger, session 36: sent as a worry)
    r"\b((?<!\bbetter )(?<!\bbest )(?<!\beasier )(?<!\bbetter for me )(?<!\bprefer )(?<!\bprefer it )if(?!\s+you\b)|might|mite|worried|worry|worries|afraid|in case|what if|scared|could|would|risk of|"
    # "may", not the month ("in May", "since May", "May 2024")
    r"(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\blast )(?<!\bnext )(?<!\bby )(?<!\bearly )(?<!\blate )(?<!\bmid )"
    r"may(?!\s+\d)|"
    r"don't want to|don’t want to|do not want to|will|going to|might need|likely to|"
    r"terrified|frightened|paranoid about|nervous about|"
    # "someone said we should get attendance allowance": not had yet
    r"(?:i|we|he|she|they|you) should (?:get|apply for|claim|ask for|look into|be getting))\b",
    re.IGNORECASE,
)
# A maybe said of the thing itself, straight before it, by them or a doctor (the eighth fresh structuring set, session
# 24): "doctor say maybe I need insulin next year", "they said maybe ADHD but never got tested", "the neurologist has
# mentioned maybe adding clobazam"; and an allowance someone is urged to claim: "I keep telling him to claim Attendance
# Allowance". Not "maybe I should mention I have diabetes", "I think maybe my depression is getting worse", "the GP
# told me to get my insulin from the chemist" (a second reader, session 24)
_MAYBE_THIS = re.compile(
    r"\b(?:(?:maybe|perhaps|possibly)\s+(?:i|he|she|they|we)\s+(?:need|needs|will\s+need|might\s+need|could\s+need)\s+"
    r"(?:to\s+(?:go\s+on|start|take|have|try)\s+)?|"
    # "Doctor say maybe I must start insulin", "perhaps he has to go on a statin" (the nineteenth fresh set, session 35)
    r"(?:maybe|perhaps|possibly)\s+(?:i|he|she|they|we)\s+(?:must|have\s+to|has\s+to|should|will\s+have\s+to)\s+"
    r"(?:go\s+on(?:to)?|start|begin|take|have|try|be\s+put\s+on)\s+|(?:said|says|say|think|thinks|thought|reckon|reckons|reckoned|mentioned)\s+"
    r"(?:it\s+(?:is|was|could\s+be|might\s+be)\s+|it['’]?s\s+)?(?:maybe|possibly|perhaps)\s+"
    # "the GP said maybe I have diabetes", "doctor think maybe it is dementia", "they reckon maybe she has had a mini stroke"
    r"(?:(?:i|he|she|they|it|is|it\s+is|it['’]?s|i['’]?ve|he['’]?s|she['’]?s|they['’]?ve)\s+"
    r"(?:(?:have|has|had|is|am|was|might\s+have|may\s+have)\s+)?"
    r"(?:(?:got|had|been)\s+)?)?|"
    r"mentioned\s+(?:maybe\s+|possibly\s+|perhaps\s+)?(?:adding|starting|trying|putting)\s+(?:(?:him|her|me|them)\s+on\s+)?|"
    # "doc said we cud try elvanse" (a medicine that may be tried; the fourteenth fresh structuring set, session 30)
    r"(?:we|you|they|he|she|i)\s+(?:cud|could|coud|can)\s+(?:try|start|go\s+on)\s+(?:(?:him|her|me|them)\s+on\s+)?|"
    # a test for it, a guess of one's own: "the doctor's doing bloods for me thyroid", "My knees hurt, I think arthritis but
    # doctor not say yet" (the fourteenth fresh structuring set, session 30)
    r"(?:doing|did|done|having|sending|taking|booked|waiting\s+for|waiting\s+on)\s+(?:some\s+|the\s+|a\s+|an\s+)?(?:bloods|blood\s+tests?|"
    r"tests?|scans?|x-?rays?|mri)\s+(?:for|on|to\s+check|to\s+rule\s+out)\s+(?:me\s+)?|"
    r"\b(?:i|we)\s+think\s+(?:(?:it\s+is|it['’]?s|its|maybe)\s+)?(?!(?:the|a|an|some|for)\b)|"
    # a guess of one's own, and what a doctor put forward (the sixteenth fresh structuring set, session 32): "I reckon it's
    # dementia starting", "they suggested trying low-dose naltrexone", "The cardiologist has talked about a pacemaker"
    r"\b(?:i|we)\s+(?:reckon|suspect)\s+(?:(?:it\s+is|it['’]?s|its|(?:he|she)\s+(?:has|['’]?s)\s+(?:got\s+)?)\s+)?"
    r"(?:(?:a|an|some)\s+)?(?!the\b)|"  # (not "I reckon its the arthritis playing up": one known, a second reader)
    r"\b(?:suggested|suggests|suggest|recommended|recommends|proposed)\s+(?:(?:him|her|me|them|us)\s+)?(?:(?:trying|starting|"
    r"adding|taking|having|getting|going\s+on)\s+)?(?:(?:him|her|me|them)\s+on\s+)?(?:(?:a|an|some)\s+)?(?:low[\s-]dose\s+)?|"
    r"\b(?:talking|talks|talked|said|spoke)\s+about\s+(?:a|an|some|getting|having|fitting)\s+|"
    # "now the neuro is talking about maybe ocrelizumab" (the fourteenth fresh structuring set, session 30)
    r"(?:talking|talks|talked|talk)\s+about\s+(?:(?:maybe|possibly|perhaps)\s+(?:(?:adding|starting|trying|putting)\s+"
    r"(?:(?:him|her|me|them)\s+on\s+)?)?|(?:adding|starting|trying|putting)\s+(?:(?:him|her|me|them)\s+on\s+)?)|"
    # "my sugar test was high so maybe I have diabetes of pregnancy" (the ninth fresh structuring set)
    r"\b(?:so|and|then)\s+(?:maybe|perhaps|possibly)\s+(?:i|he|she|they|we)\s+(?:(?:might\s+|may\s+)?(?:have|has)|"
    r"['’]?ve\s+got|['’]?s\s+got|got)\s+(?:got\s+)?|"
    r"(?:tell|tells|telling|told|"
    r"nag|nags|nagging|on\s+at)\s+(?:him|her|them|me|dad|mum)\s+(?:to\s+)?(?:claim|apply\s+for|go\s+for)\s+|"
    # "They were on about a biologic injection, adalimumab, if the bloods don't settle" (the fifteenth fresh structuring set,
    # session 31); not "she keeps going on about her insulin"
    r"\b(?:were|was|are|is|been|they['’]re|theyre)\s+on\s+about\s+(?:a\s+|an\s+|some\s+|trying\s+|starting\s+|putting\s+|"
    r"giving\s+|adding\s+)(?:(?:him|her|me|them)\s+on\s+)?)"
    r"(?:(?:a|an|the|some|for)\s+)?$", re.IGNORECASE)
# A medicine a doctor may try later, said before it: "Doctor say maybe next month he try gabapentin if physio not help",
# "perhaps in the new year they'll start her on memantine" (the nineteenth fresh forms set, session 25: sent as taken)
_MAYBE_TRY = re.compile(r"\b(?:maybe|perhaps|possibly)\s+(?:(?:next|in\s+the|in\s+a|after|later|this|the|new|few|"
                        r"\w+)\s+){0,3}?(?:he|she|they|we|i|the\s+(?:doctor|gp|consultant|nurse))(?:['’]ll|\s+will|\s+would|"
                        r"\s+might|\s+could|\s+can)?\s+(?:try|tries|start|starts|give|gives|need|needs)\s+(?:also\s+|as\s+well\s+)?"
                        r"(?:(?:me|him|her|them|us)\s+)?(?:on\s+)?(?:(?:the|some|a|an)\s+)?$", re.IGNORECASE)
# Said by a doctor to be a thing that might help, after it: "Neuro mentioned Fampridine might help my walking but it's
# not funded" (the ninth fresh structuring set, session 25: sent as taken)
_MIGHT_HELP = re.compile(r"^\s+(?:might|may|could|would)\s+(?:help|be\s+(?:worth|an\s+option|good\s+for))\b", re.IGNORECASE)
# "The GP talked about maybe starting memantine later" (the twentieth fresh forms set, session 26)
_MAYBE_STARTING = re.compile(r"\b(?:maybe|perhaps|possibly)\s+(?:starting|trying|going\s+on|start|try|putting\s+(?:him|her|me|them)"
                             r"\s+on)\s+(?:(?:him|her|me|them)\s+on\s+)?(?:(?:the|some|a|an)\s+)?$", re.IGNORECASE)
_MAYBE_AFTER = re.compile(r"^\s+(?:maybe|perhaps|possibly)\s*(?=$|[,.;!?]|(?:but|if|later|next|one\s+day|some\s+time|soon|after)\b)",
                          re.IGNORECASE)  # "The doctor talk about pregabalin maybe"
_SAID_OF_IT = re.compile(r"\b(?:mentioned|mention|mentions|said|says|say|suggested|suggests|thinks|think|reckons|wondered|"
                         r"wonders|talked\s+about|talk\s+about|talks\s+about|spoke\s+about|speak\s+about)"

                         r"\s+(?:(?:that|about)\s+)?(?:(?:the|some|a|an|trying)\s+)?$", re.IGNORECASE)
# ... unless the sentence goes on to say it is taken: "The GP said sertraline might help and it has, I'm on 100mg now",
# "said amitriptyline might help with sleep so I've been taking it for a month" (a second reader, session 25)
_TAKEN_SINCE = re.compile(r"\b(?:and|so)\s+it\s+(?:has|did|does)\b|\b(?:i|he|she|they|we)\s*(?:['’]ve|\s+have|['’]s|\s+has)?\s+"
                          r"(?:been\s+(?:on|taking)|started|take|takes|taking)\s+(?:it|them)\b"
                          r"|\b(?:i|he|she)(?:['’]m|\s+am|['’]s|\s+is)\s+on\s+(?:it|them|\d)", re.IGNORECASE)


# A medicine the doctor will not give, got elsewhere: "The GP won't give me HRT … so I buy it online" (a third reader)
_GOT_ELSEWHERE = re.compile(r"\b(?:buy|buys|bought|get|gets|got|order|orders|ordered)\s+(?:it|them)\b", re.IGNORECASE)



def taken_after_all(sentence: str, at: int) -> bool:
    """Whether the sentence, from `at`, says the thing only hoped for is taken: "… might help and it has, I'm on 100mg"."""
    return _TAKEN_SINCE.search(sentence, at) is not None
# Not given by the doctor: "GP won't give me HRT because of my migraines" (the ninth fresh structuring set: taken)
_WONT_GIVE = re.compile(r"\b(?:gp|doctor|doc|dr|consultant|psychiatrist|specialist|they|he|she)\s+(?:won['’]?t|wont|will\s+not|wouldn['’]?t|wouldnt|would\s+not|refuses?\s+to|refused\s+to|"
                        r"can['’]?t|cant|cannot)\s+(?:give|prescribe|let\s+(?:me|him|her|them)\s+(?:have|take))\s+"
                        r"(?:(?:me|him|her|them|us)\s+)?(?P<more>any\s*more\s+|anymore\s+)?(?:(?:the|any|a|an)\s+)?$",
                        re.IGNORECASE)
# Clean of it since: "used heroin for years, clean 3 years now" (the ninth fresh structuring set: sent as current)
# ... or, after a "but", been so since: "been drinking since he were a teenager, but he's been dry eight months now" (the
# thirteenth fresh set, session 29: sent as drinking now); not "he had been dry a year" (then drank again)
_CLEAN_SINCE = re.compile(r"^(?:[^.;!?]{0,30}?(?<!was )(?<!were )(?<!been )|[^.;!?]{0,60}?\bbut\s+(?:he|she|i|they|we)\s*"
                          r"(?:['’]?s|\s+has|\s+have|['’]?ve)?\s+been\s+)\b(?:clean|sober|dry)\s+(?:(?:for|now|since)\s+)?(?:(?:\d+|a|an|one|two|three|"
                          r"four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple\s+of|nearly|almost|over)\s+)+"
                          r"(?:years?|yrs?|months?|weeks?)\b(?!\s+of\b)(?![^.;!?]{0,20}\bbut\s+not\b)", re.IGNORECASE)
# Offered and turned down: "The GP offered me mirtazapine but I said no", "suggested fluoxetine but I didn't want it"
# (the eighth fresh structuring set and a helper, session 24: both were kept as medicines taken now)
_OFFERED = re.compile(r"\b(?:offered|offers|offer|suggested|suggests|suggest|recommended|recommends|wanted\s+to\s+(?:put|start)|"
                      r"(?:must|should)\s+(?:start|go\s+on|begin)|"
                      r"tried\s+to\s+(?:put|get|start)|give|gave|gives|prescribed|prescribe|"
                      # "the nurse left morphine liquid for her breathing but she wont take it", "Doctor started her on
                      # water tablets but she wouldn't have 'em" (a fresh forms set, session 40: both sent as taken)
                      r"left|(?:started|put)\s+(?:me|him|her|them)\s+on|"
                      # "Doctor want her take alendronic acid weekly but she refuse" (the twenty-second fresh set)
                      r"want(?:s|ed)?\s+(?:(?:me|him|her|them|us)\s+)?(?:(?:to|tae)\s+)?(?:take|try|have|start|go\s+on|be\s+on|(?<=me\s|im\s|er\s)on)|"
                      # "Doctor say I need statin but I don't want, I refuse" (the twenty-third fresh set, session 39)
                      r"(?:say|says|said|told\s+(?:me|him|her|them))\s+(?:that\s+)?(?:i|he|she|they|we)\s+(?:need|needs|should\s+"
                      r"(?:take|have|go\s+on|be\s+on)|must\s+(?:take|have))|"
                      # … the doctor said first, in a clause before: "… and I need statin but I don't want, I refuse"
                      r"(?:^|(?<=\s))(?:i|he|she|they|we)\s+(?:need|needs)(?:\s+to\s+(?:take|have|start|go\s+on))?)\s+"
                      r"(?:(?:me|mi|him|her|them|us)\s+)?"
                      # "doc suggested i try propranolol" (a stranger, session 25)
                      r"(?:on\s+|to\s+(?:try|take|have)\s+|(?:i|he|she|we|they)\s+(?:try|take|have|start|go\s+on)\s+)?"
                      r"(?:(?:the|di|some|a|an)\s+)?$", re.IGNORECASE)
# ... or the medicine said first, then who offered it: "Amitriptyline the doctor want to try also for sleep but I say no"
_OFFERED_AFTER = re.compile(r"^\s*,?\s*(?:the\s+|my\s+)?(?:doctor|gp|doc|dr|consultant|nurse|psychiatrist|specialist|they)\s+"
                            r"(?:want|wants|wanted|suggest|suggests|suggested|offer|offers|offered|recommend|recommends|"
                            r"recommended|say|says|said)\b[^.;!?]{0,50}?(?=\b(?:but|so)\b)", re.IGNORECASE)
_TURNED_DOWN = re.compile(r"^[^.;!?]{0,40}?\b(?:but|and|so)\s+(?P<who>i|mi|a|ah|he|she|we|they|(?-i:[A-Z][a-z]+))\s+(?:said\s+no|say\s+no|"
                          # Scots: "but a telt him naw" (the thirty-fifth fresh forms set, session 41: sent as taken)
                          r"(?:telt|tellt|told)\s+(?:him|her|them|the\s+\w+)\s+(?:naw|no|nae|nah|where\s+to\s+go)|said\s+naw|"
                          r"seh\s+no|refused|refuse|"
                          r"refuses|declined|turned\s+"
                          r"(?:it|them)\s+down|didn['’]?t\s+want|did\s+not\s+want|don['’]?t\s+want|dont\s+want|"
                          r"wasn['’]?t\s+(?:keen|having)|didn['’]?t\s+fancy|said\s+not|"
                          # "The GP suggested morphine patches for his hips but he won't have them" (the twenty-third
                          # fresh forms set, session 29: sent as taken)
                          r"(?:won['’]?t|wont|will\s+not|wouldn['’]?t|wouldnt|would\s+not)\s+(?:have|take|use|touch|try|hear\s+of)\s+"
                          r"(?:it|them|that|those|any|['’]em)(?=\s*(?:[.;,!?]|$|(?:because|cos|coz|as|so|at\s+all)\b))|"
                          # "but i aint started it", "but I not take it, I refuse" (a stranger, session 25)
                          r"(?:ain['’]?t|aint|haven['’]?t|havent|have\s+not|hasn['’]?t|hasnt|has\s+not|not|never)\s+"
                          r"(?:started|tried|taken|took|take|touched)\s+(?:it|them|that|those|any)"
                          # (and there it ends, or says why: not "I haven't had any side effects", "I not take it with food",
                          # "I never take it more than twice a day": a second reader, session 25)
                          r"(?=\s*(?:[.;,!?]|$|(?:because|cos|coz|as|since|at\s+all|any\s*more|yet)\b)))\b", re.IGNORECASE)
# Prescribed, and not taken: "She's prescribed donepezil but she won't take it", "he's meant to take atorvastatin but he
# refuses it" (a stranger, session 24: both read back as taken); not "… but she doesn't take it every day"
_REFUSES_IT = re.compile(r"^(?:\s+(?:as\s+well|too|also|tablets?|pills?))?\s*[,;:–-]?\s*(?:but|and|so)\s+"
                         r"(?P<who>i|he|she|they|we)\s+(?:(?:won['’]?t|wont|will\s+not|doesn['’]?t|doesnt|does\s+not|"
                         r"don['’]?t|dont|do\s+not|never|not)\s+(?:take|takes|have|use)\s+(?:it|them|that|those|"
                         # "but I don't take this tablets, I am afraid of them" (the thirty-second fresh forms set)
                         r"(?:this|these|the)\s+(?:tablets?|pills?|medicines?|medication))|"
                         r"(?:refuses?|refused|refusing)\s+(?:to\s+take\s+)?(?:it|them|that))"
                         # and there it ends, or says why: not "… himself", "… very often", "… at first", "… some days"
                         # ("... but she wont take it, the gp offered her ...": a clause of its own after a comma)
                         r"\s*(?:[.;,!?]|$|\s(?:because|cos|coz|as|since|anymore|any\s+more|at\s+all)\b)", re.IGNORECASE)
# What says it is taken after all, or sometimes: "at first", "but now he takes it", "unless I put it in his yogurt"
_TAKEN_AFTER_ALL = re.compile(r"^[^.;!?]{0,80}?\b(?:at\s+first|now\s+(?:i|he|she|they)\s+(?:take|takes|am\s+on|is\s+on|use|"
                              # (not "but now stop": "iron tablets three months but now stop", the twenty-fifth
                              # fresh structuring set, session 41, was sent as taken)
                              r"uses)|but\s+now(?!\s+(?:i\s+|he\s+|she\s+|they\s+)?(?:stop|stopped|stops|finish|finished|done|"
                              r"over|not|no\s+more|came\s+off))|(?:take|takes)\s+it\s+(?:every|now|fine)|unless|without|only\s+from|"
                              r"except|some\s+days|sometimes|when\s+(?:he|she|i|they)|in\s+the\s+(?:evening|morning|"
                              r"night|day)|himself|herself|myself|very\s+often|much)\b", re.IGNORECASE)
# ... or said first: "she refuses the donepezil", "he won't take his statin" (a stranger, session 24: not understood as
# a correction at the read-back)
_REFUSES_BEFORE = re.compile(r"\b(?:refuses?|refused|refusing|won['’]?t\s+take|wont\s+take|will\s+not\s+take|"
                             r"refuses?\s+to\s+take|refused\s+to\s+take|won['’]?t\s+touch|wont\s+touch)\s+"
                             r"(?:(?:the|her|his|their|my|any|to\s+take)\s+)?$", re.IGNORECASE)
# A medicine said only as a maybe, alone in its clause: "something for her mood, maybe sertraline"
# ("… and maybe a stairlift or downstairs bathroom": a stranger, session 29, whose OT form said she used a stairlift)
_ONLY_MAYBE = re.compile(r"\W*(?:(?:or|and|but|so)\s+)?(?:maybe|perhaps|possibly)\s+(?:some\s+|a\s+|an\s+|the\s+)?", re.IGNORECASE)
# Said to have it, then flatly denied: "there's a rumour he's got cancer but he hasn't, the doctor checked"
_BUT_NOT = re.compile(r"^[\s,;:–-]*(?:but|and)\s+(?P<who>he|she|i|they|we)\s+(?:hasn['’]?t|has\s+not|haven['’]?t|have\s+not|"
                      r"doesn['’]?t|does\s+not|isn['’]?t|is\s+not|aren['’]?t|am\s+not|i['’]?m\s+not)"
                      r"(?:\s+(?:got\s+)?(?:it|that|one|any))?\s*(?:[.;!?]|$|,(?!\s*(?:you\s+know|like|really|not\s+really|"
                      r"i\s+mean|well|as\s+such|mind|exactly|always|much|yet)\b))", re.IGNORECASE)


# A new verb of the same person, joined by "and", starts what the past before it does not reach: "I had
# a hip replacement and use an inhaler", "the GP stopped my amlodipine and started me on ramipril".
# ("I had covid in 2022 and after that I have asthma": the twenty-fourth fresh set, session 40, had the asthma past)
_NEW_VERB = re.compile(r"\b(?:and|n|&|then)\s+(?:(?:after|since)\s+(?:that|this|then|it)\s*,?\s+(?:i|he|she|they|we)\s+)?"
                       r"(?:now\s+|also\s+|still\s+)?(?:use|uses|take|takes|have|has|need|"
                       r"needs|get|gets|started|starts|start|put (?:me|him|her|them) on|am|is|are"
                       # "had a stroke last year and cant walk far": what they cannot do is now (a stranger, session 19:
                       # adult social care was sent "cant walk far (in the past)")
                       r"|can't|can’t|cant|cannot|can not|struggles? to|can only)\b"
                       # "gave up the fags years ago an ah dinnae drink": a new subject's "not" is its own
                       r"|\b(?:and|an|n|&|then)\s+(?:i|ah|he|she|they|we)\s+(?=(?:do not|don't|don’t|dont|doesn't|"
                       r"doesn’t|doesnt|does not|never)\b)"
                       # "had a stroke in 2019 and her right side is weak": the fact has a subject of its own
                       r"|\b(?:and|n|&)\s+(?:my|his|her|their)\s+(?:(?:left|right|both|whole)\s+)?$", re.IGNORECASE)
_USED_TO = re.compile(r"\bus(?:e)?d (?:to|2|tae|ta)\b", re.IGNORECASE)  # Scots "used tae"; typed short "usd to"  # "I used to smoke and take drugs": both past
# "switched from warfarin to apixaban", "changed me onto insulin": what it was changed to is now
_CHANGED_TO = re.compile(r"\b(?:switched|changed|moved|swapped|put)\b.*\b(?:to|onto)\s+(?:(?:my|his|her|their|the|a)\s+)?$",
                         re.IGNORECASE)
# A condition operated on ("an operation for my hernia", "my hernia fixed", "a hernia repair") and then
# said to be over ("but now is fine", "its all sorted now", "no problems since") is past; a condition only
# said to be fine ("I have asthma but its fine now"), or treated and better ("treatment for my diabetes and
# it's better now": kept in hand, not gone), is still there.
_TREATED_BEFORE = re.compile(r"\b(?:operation|operated|op|surgery|repair|procedure)\s+"
                             r"(?:\w+\s+){0,2}?(?:for|on|to|fur)\s+(?:(?:my|his|her|their|the|a|an|ma|me|her)\s+)?"
                             r"(?:\w+\s+)?$", re.IGNORECASE)
# "the hernia was fixed", "my gallstones were removed": over, said so
_CURED_AFTER = re.compile(r"^\s+(?:was|were|got|has been|have been|had been|been|is|are)\s+(?:all\s+)?(?:fixed|repaired|"
                          r"removed|cured|sorted|taken out|cut out)\b", re.IGNORECASE)
# "hepatitis C (treated 2024, now clear)", "hep C treated in 2024, now clear": treated and gone. Not
# "diabetes (treated with insulin, ok now)": fine is not gone.
_TREATED_CLEAR = re.compile(r"^\s*\(?\s*(?:was\s+|been\s+|got\s+|successfully\s+)?treated\b[^.)]{0,40}?"
                            r"\b(?:now\s+)?(?:all\s+)?(?:clear|cured|gone|in remission)\b", re.IGNORECASE)
# The clause ends saying it is gone, as a note says it: "Breast cancer 2015, operation, treatment finish, clear
# now", "prostate 2018, all clear since". Only of a cancer or of what is said with its year: "asthma, diabetes,
# all clear now" does not say which.
_CLEAR_AT_END = re.compile(r",\s*(?:and\s+|but\s+)?(?:now\s+)?(?:(?:all|totally|completely)\s+)?(?:clear|in\s+remission)"
                           r"(?:\s+(?:now|since|ever\s+since|since\s+then))?\W*$", re.IGNORECASE)
_CANCER = re.compile(r"\b(?:cancer|tumou?r|lymphoma|leuka?emia|melanoma|sarcoma)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:in\s+)?(?:19|20)\d\d\b")
# "they changed my warfarin to apixaban": the warfarin is past
_CHANGED_FROM = re.compile(r"\b(?:switched|changed|swapped)\s+(?:(?:me|him|her|them)\s+)?(?:(?:my|his|her|their|the)\s+)?$",
                           re.IGNORECASE)
# What a medicine was changed to, when it is another medicine: not a dose, a time or how often ("changed my metformin
# to 1000mg", "to twice a day", "to the mornings": the same medicine, taken still)
_TO_ANOTHER = re.compile(r"\s+(?:to|for|with|onto)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                         r"fifty|hundred|half|twice|once|every|daily|weekly|nightly|a\s+(?:higher|lower|bigger|smaller|"
                         r"different|new)\s+(?:dose|strength|amount)|(?:the|a)\s+(?:higher|lower|bigger|smaller)\b|"
                         r"(?:the\s+)?(?:morning|night|evening|bedtime|teatime|lunchtime)s?\b))", re.IGNORECASE)
# Changed for another after it did harm, said after it: "Doctor give me amlodipine but my legs become very swollen, so in
# spring he change to lisinopril", "gabapentin but it make him like drunk, so they change to pregabalin" (the twenty-second
# fresh structuring set, session 38: each sent as taken now)
# (or straight after a "but": "shes on warfarin but they moved her onto apixaban last month", a stranger's try on the
# stack, session 38; only when another medicine is named straight after, see _changed_to_another)
_CHANGED_AFTER = re.compile(r"[^.;!?]{0,60}?\b(?:(?:but|because|cos|as)\b[^.;!?]{0,80}?\bso|but)\s+(?:[\w'’]+\s+){0,4}?"
                            r"(?:change|changed|changes|switch|switched|swap|swapped|move|moved)(?:\s+(?:me|him|her|them|it|us))?"
                            r"(?:\s+over)?" + _TO_ANOTHER.pattern, re.IGNORECASE)
# Finished, said straight after: "a course of prednisolone which he's finished now" (the same set)
_WHICH_FINISHED = re.compile(r"\s*,?\s*(?:which|that)\s+(?:he|she|i|they|we)(?:['’](?:s|ve|d)|\s+(?:has|have|had))?\s+"
                             r"(?:now\s+|all\s+)?(?:finished|completed|stopped|come\s+off|came\s+off)\b(?!\s+(?:with|by|early|"
                             r"the\s+first|taking\s+\w+\s+else))", re.IGNORECASE)
# A medicine started as another stopped: "…stopped the aspirin when they started the clopidogrel", "when she started me
# on losartan" (session 23: the clopidogrel was read as stopped too)
_STARTED_WHEN = re.compile(r"\b(?:when|once|as|after)\s+(?:they|he|she|i|we|the\s+(?:doctors?|gp|consultant|hospital|nurse))"
                           r"\s+(?:started|start|put)\s+(?:(?:me|him|her|them)\s+(?:on\s+)?)?(?:(?:my|his|her|their|the)\s+)?$",
                           re.IGNORECASE)
# A condition "done" (operated on), said straight after it: "Cataracts done in both eyes last year", "bunions removed";
# not one still to be done ("cataract done next month")
_DONE_AFTER = re.compile(r"^\s+(?:both\s+)?(?:done|removed|operated\s+on|taken\s+out|lasered)\b"
                         r"(?![^.;!?]*\b(?:next|soon|due|booked|waiting|will|gonna|going\s+to|tomorrow|hopefully)\b)",
                         re.IGNORECASE)
_TREATED_AFTER = re.compile(r"^\s*(?:op|operation|surgery|repair|removed|fixed|repaired|operated on|done|sorted|"
                            r"taken out|cut out)\b", re.IGNORECASE)
RESOLVED = re.compile(
    r"(?:\b(?:now\s+)?(?:it|its|it's|it’s|that|thats|that's|that’s|all|everything|i|im|i'm|i’m|he|hes|he's|he’s|she|"
    r"shes|she's|she’s|they|(?:my|his|her|their|ma)\s+\w+)\s+(?:is\s+|was\s+|am\s+|are\s+|been\s+|has been\s+|"
    r"have been\s+|'s\s+|’s\s+)?|\bnow\s+(?:is\s+|it is\s+|its\s+|it's\s+)?|\b(?:been|all)\s+)"
    r"(?:all\s+|now\s+|completely\s+|totally\s+|absolutely\s+)?(?:fine|ok|okay|grand|sorted|healed|cured|gone|"
    r"fixed|clear|all clear|all good|mended|knitted)\b|\bno (?:problems?|trouble|issues?) (?:since|now)\b",
    re.IGNORECASE)
# A clause or sentence that says only that: "but now is fine", "All sorted now."
ONLY_OVER = re.compile(r"\W*(?:but\s+|and\s+|so\s+)?(?:" + RESOLVED.pattern + r")(?:\s+(?:now|since|thanks?|thank you|"
                       r"thank god|touch wood|luckily|these days))*\W*", re.IGNORECASE)
_NOT_OVER = re.compile(r"\b(?:came back|come back|back again|returned|again|still|not (?:fine|ok|okay|sorted|better|"
                       r"gone)|at the moment|for now|most days|mostly|usually)\b", re.IGNORECASE)


def treated(sentence: str, start: int, end: int) -> bool:
    """Whether the condition at sentence[start:end] is said as treated: "an operation for my hernia",
    "I had my hernia fixed", "a hernia repair"."""
    return bool(_TREATED_BEFORE.search(sentence[max(0, start - 60):start]) or _TREATED_AFTER.match(sentence[end:]))


# An illness said to be over: "but thats cleared up", "he is fine from that now", "she's better now"; not
# "it hasn't cleared up yet", "no problems with my memory", "he's over 90", "getting better slowly"
_CLEARED = re.compile(r"\b(?:it|its|it's|it’s|that|thats|that's|that’s|he|hes|he's|he’s|she|shes|she's|she’s|i|im|i'm|"
                      r"i’m|they)\s+(?:is\s+|has\s+|have\s+|am\s+|are\s+|was\s+)?(?:all\s+|now\s+)?(?:cleared\s+up|gone|"
                      r"fine\s+(?:now|from\s+(?:that|it))|better\s+now|over\s+(?:it|that)|recovered)\b"
                      # "Last winter he have chest infection, now clear up already" (the twenty-fourth fresh set, session 40)
                      r"|[,;]\s*(?:and\s+|but\s+)?now\s+(?:is\s+|it\s+)?(?:clear\s+up|cleared|clear|finish|finished|gone|better)"
                      r"(?:\s+already|\s+now)?\b", re.IGNORECASE)
# A break or wound said to have mended: "broke her wrist, now mended", "it has healed"
_MENDED = re.compile(r"^[^.;!?]{0,30}?\b(?<!not )(?<!n't )(?:now|all|fully|since|has|have|it's|its|it has)\s+"
                     r"(?:mended|healed|knitted)\b", re.IGNORECASE)
_NOT_CLEARED = re.compile(r"\b(?:not|n't|’t|yet|still|again|back)\b", re.IGNORECASE)


# "but they came back last week", "then it started again", "now theyre back": what had stopped has come back
_CAME_BACK = re.compile(r"^\W*(?:but\s+|and\s+|then\s+|until\s+|till\s+)*(?:now\s+|recently\s+|lately\s+)?"
                        r"(?:they|it|these|those|them|the\s+\w+|(?:his|her|my|their)\s+\w+)?\s*"
                        r"(?:have\s+|has\s+|['’]ve\s+|ve\s+|are\s+|is\s+|['’]re\s+|re\s+|['’]s\s+)?(?:just\s+|now\s+)?"
                        r"(?:came back|come back|coming back|started (?:up )?again|starting (?:up )?again|returned|"
                        r"back(?: again)?\b)", re.IGNORECASE)


def came_back(clause: str) -> bool:
    """Whether a clause says what had stopped for a while has come back: "but they came back last week"."""
    return bool(_CAME_BACK.match(clause))


def none_for_a_while(clause: str) -> bool:
    """Whether a clause says only that the one before has not come for a while: "but nothing for a year now"."""
    return bool(_NONE_FOR_A_WHILE.match(clause))


def still_going(rest: str) -> bool:
    """Whether the words after an infection, to the end of their sentence, say it goes on ("… and it still hasnt
    cleared", "and he keeps getting them")."""
    return bool(_ACUTE_NOW.search(re.split(r"[.!?;]", rest, maxsplit=1)[0]))


def cleared(rest: str) -> bool:
    """Whether the words after an illness say it is over ("but thats cleared up with antibiotics")."""
    said = _CLEARED.search(rest)
    return said is not None and not _NOT_CLEARED.search(rest[:said.end()])


def over(rest: str) -> bool:
    """Whether the words after a treated condition say it is over: "but now is fine", "all sorted now"."""
    return bool(RESOLVED.search(rest)) and not _NOT_OVER.search(rest)


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """Start and end of the clause of `sentence` that holds character `position`."""
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


_HABITS = frozenset({"smoking", "drinking"})
# A habit answered straight after it is named, as on a form: "drink no", "alcohol - none", "drink not rly"
# (not "drink, not much": some; nor "not really, maybe at Christmas": a little, said after it)
_NO_SAID_AFTER = re.compile(r"\s*[,:\-–]?\s*(?:(?:no|nope|none|nil|never|not at all|not any ?more|no more)\s*(?:[,.;!?)]|$)|"
                            r"not (?:really|rly|realy|rlly)\s*(?:[.;!?)]|$))", re.IGNORECASE)


# A habit they cannot have, said straight before it: "I can't drink now", "I cannot smoke with my oxygen"
_CANNOT_HAVE = re.compile(r"\b(?:can't|can’t|cant|cannot|can not|can no longer)\s+(?:really\s+|even\s+)?$", re.IGNORECASE)


# A treatment they may no longer have, for an illness: the illness is theirs now, whatever stopped ("He ay allowed
# the anti-inflammatories for his gout no more cos of his kidneys" made the gout past, session 19)
_FORBIDDEN_FOR = re.compile(r"\b(?:allowed|let|permitted|supposed\s+to\s+(?:have|take)|(?:can't|can’t|cant|cannot|"
                            r"can\s+not|mustn't|mustn’t|mustnt|must\s+not)\s+(?:have|take|be\s+given))\b[^.;]{0,60}?"
                            r"\bfor\s+(?:his|her|my|their|the|me)\s+$", re.IGNORECASE)


# What someone did, said as the time something else happened: "when I lost weight", "after I stopped smoking" (not
# "nothing fits me since i lost weight": since runs on to now)
_DONE_THEN = re.compile(r"\b(?:when|after|once|because|cos|as)\s+(?:i|he|she|we|they)\s+(?:had\s+)?$", re.IGNORECASE)
_DONE_WORD = re.compile(r"(?:lost|gained|put\s+on|stopped|quit|gave\s+up)\b")


def lasting_now(health: list[dict[str, Any]], sentence: str, base: int) -> None:
    """A stroke the sentence's later clause says has left a side weak now ("he had a stroke in 2023 n now his right arm
    dont work proper") is part of now, however long ago (session 20: read as over, in its own clause)."""
    for fact in health:
        end = fact.get("source", {}).get("end")
        if fact["text"] in LASTING_EVENTS and fact["status"] == PAST and fact["about"] == "subject" \
                and isinstance(end, int) and 0 <= end - base <= len(sentence) \
                and (weak := _SIDE_WEAK_NOW.search(sentence, end - base)) \
                and not _NEGATION.search(_INABILITY.sub(" ", sentence[end - base:weak.start()])) \
                and not re.search(r"\b(?:before(?!\W+now\b)|until|till|then|used)\b", sentence[end - base:weak.start()],
                                  re.IGNORECASE):  # ("three years before, now her side is weak": "ago", session 22)
            fact["status"] = CURRENT


# Tried, and it did not help: "tried the pill, then the coil, neither helped" (the eighth fresh structuring set, session
# 24: the pill kept as taken now); not "tried sertraline and it's working"
_TRIED = re.compile(r"\b(?:tried|had\s+a\s+go\s+(?:on|with))\s+(?:(?:the|a|an|some|my)\s+)?$", re.IGNORECASE)
_DID_NOT_HELP = re.compile(r"^[^.;!?]{0,60}?\b(?:neither|none\s+of\s+(?:them|it|those)|nothing\s+(?:helped|worked)|"
                           r"(?:it|they|that|which)\s+(?:didn['’]?t|did\s+not|never)\s+(?:help|work|do\s+anything)|"
                           r"did\s+nothing|no\s+(?:good|use|help|difference)|made\s+no\s+difference)\b", re.IGNORECASE)


def tried_before(before: str, rest: str) -> bool:
    """Whether a thing was tried and said not to have helped (`rest`: the story after it): had before, not now."""
    return bool(_TRIED.search(before) and _DID_NOT_HELP.match(rest))


_AS_SUBJECT = {"me": "i", "him": "he", "them": "they"}
# Never begun, said flatly after it, and there it ends or says why ("but I never start it", "but she never took them, she
# hates tablets"); not "but I never take it with food", "but she didn't take it yesterday", nor not yet begun ("but she
# hasn't started it": only spoken of, HYPOTHETICAL)
_NEVER_BEGUN = re.compile(r"^[^.;!?]{0,30}?\bbut\s+(?P<who>i|he|she|they|we)\s+(?:never\s+(?:did\s+|ever\s+)?"
                          r"(?:start|started|begin|began|begun|take|took|taken|try|tried)|(?:did\s*n['’]?t|didnt|did\s+not)\s+"
                          r"(?:ever\s+)?(?:start|begin|try))\s+(?:it|them|that|those)\b"
                          r"(?=\s*(?:[.;,!?]|$|(?:because|cos|coz|as|since|at\s+all|yet)\b))", re.IGNORECASE)


# Not taken, said after it in the same sentence, by whoever speaks (the fifteenth fresh structuring set, session 31): "GP
# give him sertraline for his nerves but he never took one", "The doctor want to give him also memantine but we not start
# yet", "GP say HRT but I have fear …, so I not take", "talked bout sertraline but i aint started it", "zopiclone I think it
# was, but I said no"; not "… but I not take it with food", "… but I said no to the statin"
_NOT_TAKEN_SAID = re.compile(
    # (nothing else offered or spoken of between: "I take amlodipine, the GP offered ramipril too but I said no", a second
    # reader, session 31)
    r"^(?:(?!\b(?:offer\w*|want\w*|mention\w*|talk\w*|suggest\w*|switch\w*|ask\w*|gave|given|give|prescrib\w*|leaflet|"
    r"add\w*|too|also|counselling|test|instead)\b)[^.;!?]){0,70}?\b(?:but|so|and)\s+(?:i|he|she|we|they)\s+"
    r"(?:never\s+took\s+(?:one|any|it|them)(?=\s*(?:$|[,.;!?]|because|cos|as\b))|"
    # (not "but I didn't take it, I forgot": a dose missed, a second reader of session 30)
    r"(?:not|aint|ain['’]?t|never)\s+(?:yet\s+)?(?:take|took|start|started|begin|begun)"
    r"(?:\s+(?:it|them|one|any))?\s*(?:yet\b)?(?=\s*(?:$|[,.;!?]|because|cos|as\b|yet\b))|"
    # (not what was kept instead: "offered him a depot instead of the clozapine but he said no, … so he's staying on
    # clozapine", the ninth fresh structuring set)
    r"(?:said|say|says|sed)\s+no\b(?!\s+to\b)(?![^.;!?]*\b(?:staying|stays|stay|still|keeps?|keeping|carry|carries)\s+"
    r"(?:on|taking|with)\b))", re.IGNORECASE)
# Stopped, said after it: "Clexane, for six weeks, now finish", "mirtazapine, I take one week then stop because I sleep"
# (not a medicine taken as needed, a few days at a time: "co-codamol when the pain is bad, then stop", "take 5 days then
# stop", "then finish with insulin at night": a second reader, session 31)
_STOPPED_SAID = re.compile(r"^(?![^.;!?]*\b(?:when|whenever|if|every|each|flare\w*|needed|till|until|as\s+required|a\s+few)\b)"
                           r"(?:[^.;!?]{0,60}?\bnow\s+(?:finish|finished|stopped|stop|done|over)\b|"
                           # "now gliclazide is stop", "a patch, rotigotine, but they took her off it" (the sixteenth
                           # fresh structuring set, session 32)
                           r"\s*(?:is|was|has\s+been|got|been)\s+(?:stop|stopped|finish|finished)\b|"
                           r"[\s,;-]*(?:(?:but|and|so|then)\s+)?(?:(?:they|he|she|we|doctors?|gp|consultant|hospital|the\s+\w+)\s+)?"
                           r"(?:have\s+|had\s+)?(?:took|taken|take|takes)\s+(?:her|him|me|them|us)\s+off\s+(?:it|them|that|those)\b|"
                           r"[^.;!?]{0,60}?\b(?:one|two|three|four|a|\d+)\s+(?:weeks?|months?)\s+then\s+(?:i\s+|he\s+|she\s+)?"
                           r"(?:stop|stopped)\b|"
                           # "Clopidogrel I finish in June, doctor say stop" (a fresh forms set, session 40: sent as taken)
                           r"\s*,?\s*(?:(?:and|but|then)\s+)?(?:i|he|she|we|they)\s+(?:finish|finished|stop|stopped|came\s+off)"
                           r"(?:\s+(?:it|them|taking\s+(?:it|them)))?(?=\s*(?:[.;,!?]|$|(?:in|on|last|after|years?|months?|"
                           r"weeks?|ages)\b))|"
                           # "naproxen but it make my stomach bleed … they say never take again" (session 41)
                           r"[^.;!?]{0,80}?\b(?:never|not|dont|don['’]t)\s+(?:to\s+)?(?:take|have|use)\s+(?:it\s+|them\s+)?again\b|"
                           # "tramadol for the knee but it made me proper loopy so I've stopped it"; "the antibiotics
                           # finished Tuesday" (the thirty-fifth fresh forms set, session 41: both sent as taken)
                           r"(?:\s+for\s+[^.;!?,]{1,30}?)?\s*,?\s*but\s+(?:it|they)\s+(?:made|makes|make|gave|gives|give)\s+"
                           r"[^.;!?]{1,40}?\b(?:so|and)\s+(?:i|he|she|we|they)\s*(?:['’]ve|ve|have|has|had)?\s+(?:stopped|"
                           r"came\s+off|come\s+off|packed\s+in|given\s+up)\s+(?:it|them|taking\s+(?:it|them))\b|"
                           # (a box run out is no course over: "My inhaler finished yesterday, I need a new one")
                           r"\s+(?:finished|ended|stopped)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday|yesterday|last|the\s+other\s+day|a\s+(?:week|few\s+days)\s+ago|\d)"
                           r"(?![^.;!?]*\b(?:need|needs|new\s+one|more|refill|repeat|prescription|ordered|order)\b))", re.IGNORECASE)


# Talked of, in the sentence before a medicine, past a comma: "They were on about a biologic injection, adalimumab, …"
ON_ABOUT = re.compile(r"\b(?:were|was|are|is|been|they['’]re|theyre)\s+on\s+about\s+(?:a|an|some|trying|starting|putting|"
                      r"giving|adding)\b(?![^.;!?]*\b(?:still|takes|take|taking|on\s+it|use|uses)\b)", re.IGNORECASE)


def stopped_after(rest: str) -> bool:
    """Whether what follows a medicine in its sentence says it was stopped or finished (_STOPPED_SAID)."""
    return bool(_STOPPED_SAID.match(rest)) and not _TAKEN_AFTER_ALL.match(rest)


def denied_after(before: str, rest: str, medicine: bool = True) -> bool:
    """Whether what follows a fact, past its clause (`rest`: the story after it), takes it back: offered and turned
    down ("the GP offered me mirtazapine but I said no"), or said and flatly denied ("he's got cancer but he
    hasn't"). `before`: the fact's clause before it."""
    # (whom it was given to says who: "Doctor give me sleeping tablet, zopiclone, but I not take it", the eleventh fresh
    # structuring set, session 27)
    said = [_AS_SUBJECT.get(m.group(1).lower(), m.group(1).lower())
            for m in re.finditer(r"\b(i|he|she|they|we|me|him|them)(?=['’]|\s|$)", before, re.IGNORECASE)]

    def by_them(match: re.Match[str] | None) -> bool:
        # by the one said to have it: "I have diabetes but he doesn't" leaves it hers (session 21); or by "he", "she",
        # "they" after one said by name: "Nan is prescribed memantine but she won't take it"
        return bool(match) and (said[-1:] == [match.group("who").lower()] or (  # type: ignore[union-attr]
            not said and match.group("who").lower() in ("he", "she", "they")))  # type: ignore[union-attr]
    if _TAKEN_AFTER_ALL.match(rest):
        return False  # "refused the mirtazapine at first but now he takes it", "he won't take it unless I …"
    if not before.strip(" ,") and (offered := _OFFERED_AFTER.match(rest)) and _TURNED_DOWN.match(rest[offered.end():]):
        return medicine  # "Amitriptyline the doctor want to try also for sleep but I say no" (the thirteenth fresh set)
    # not begun yet: "maybe she should start insulin but not started yet" (a stranger, session 27: sent as taken); never
    # begun, whoever spoke of it: "Also I take naproxen but I never start it" (a stranger, session 30)
    return by_them(_BUT_NOT.match(rest)) or (medicine and by_them(_NEVER_BEGUN.match(rest))) or (medicine and bool(
        _NOT_TAKEN_SAID.match(rest))) or (medicine and (by_them(_REFUSES_IT.match(rest)) or bool(
        _OFFERED.search(before) and _TURNED_DOWN.match(rest)) or bool(
        (_OFFERED.search(before) or _MENTIONED.search(before)) and (_NOT_STARTED_YET.match(rest) or _NOT_ON_IT.match(rest)))))


# A worry about money as it is now: "worried about money", "worry about paying the bills", "worried sick about the rent"
_MONEY_WORRY = re.compile(r"(?:worried|worry|worries)\s+(?:sick\s+|so\s+much\s+|a\s+lot\s+|all\s+the\s+time\s+)?about\s+"
                          r"(?:the\s+|my\s+|our\s+|his\s+|her\s+|paying\s+(?:the\s+|my\s+|our\s+)?)?(?:money|bills?|debts?|rent|"
                          r"finances|gas|electric|electricity|heating|food|mortgage|arrears)\b"
                          # (not one to come: "worried about money if I have to give up work", a second reader)
                          r"(?![^.;!?]*\b(?:if|when|once|after|next|going\s+up|future|later|will|would|stops?)\b)",
                          re.IGNORECASE)


def not_begun_yet(rest: str) -> bool:
    """Whether the words after a medicine say only that it is not begun ("but he hasn't started it", "so she's not on
    it"), not that it was turned down."""
    return bool(_NOT_STARTED_YET.match(rest) or _NOT_ON_IT.match(rest) or _NEVER_BEGUN.match(rest)
                or _NOT_STARTED.match(rest))


_NOT_STARTED = re.compile(r"[^.;!?]{0,40}?\b(?:aint|ain['’]t|not|havent|haven['’]t|hasnt|hasn['’]t)\s+(?:\w+\s+)?"
                          r"(?:started|begun|began)\b", re.IGNORECASE)


# Talked of and not begun: "The memory clinic talked about memantine but said they'd wait and see, so she's not on it" (the
# twenty-sixth fresh forms set, session 32: the medical history listed it)
_NOT_ON_IT = re.compile(r"[^.;!?]{0,60}?\b(?:wait\s+and\s+see|(?:i|he|she|they|we)\s*(?:['’]s|['’]m|['’]re|\s+is|\s+are|\s+am|s|m)?"
                        r"\s+not\s+on\s+(?:it|them|that)\b)", re.IGNORECASE)


# A sentence opened by "Before," as a second language says "in the past" ("Before, in 2018, I have depression …, I take
# fluoxetine one year": the twenty-fourth fresh set, session 40, had both as now): what it tells until a "now" is then
_BEFORE_FRONTED = re.compile(r"\W*before\s*(?:,\s*(?:in|at|back\s+in|back\s+home\s+in)\s+(?:[a-z]+|\d{4}))?\s*,(?![^.!?]*\bnow\b)",
                             re.IGNORECASE)


def told_as_before(sentence_before: str) -> bool:
    """Whether the words of a sentence before a fact open with "Before," and say no "now" (`_BEFORE_FRONTED`)."""
    return bool(_BEFORE_FRONTED.match(sentence_before))


def fact_status(sentence: str, start: int, end: int, simple_past: bool = True,
                canonical: str | None = None) -> str:
    """Status of the fact at sentence[start:end], from the words of its clause.

    `simple_past`: whether "had"/"was" before the fact make it past (conditions, jobs, homes), as
    opposed to sections where an event that happened is a present concern (falls, scams).
    `canonical`: the lexicon's name for the fact, for events and procedures."""
    clause_start, clause_end = clause_bounds(sentence, start)
    before = sentence[clause_start:start]
    after = sentence[end:clause_end]
    term = sentence[start:end].lower()
    if _GETS_WORSE.search(before) and _WORSE_AFTER.match(after):
        return CURRENT  # "if my arthritis gets worse": the arthritis is there now
    if _DONE_THEN.search(before) and _DONE_WORD.match(term):
        return PAST  # "it came down when I lost weight": a thing done then, said as when (session 20)
    anchored = _ANCHORED.search(before)
    if anchored:
        before = before[anchored.start():]  # "no mobility since the stroke": the stroke happened
    if canonical == "pregnancy" and _GOT_PREGNANT.search(before) and not re.match(r"\s+with\b", after, re.IGNORECASE):
        return CURRENT  # "they stopped my lamotrigine when I got pregnant": what stopped is past, not the pregnancy
    whenever = _WHENEVER_IF.search(before)
    if whenever and not _MODAL.search(before[whenever.start():]):
        before = before[:whenever.start()]  # "if she misses one she freezes up": when it comes, not whether
    if (by_doctor := ruled_out(before, sentence[end:clause_end])) is not None:
        return by_doctor  # "the doctor ruled out lung cancer", "cancer has been ruled out"
    if (told := _told_around(sentence, start, end, before, canonical or term)) is not None:
        return told
    if _SO_NOT.search(before) or _IT_IS_NOT.search(before):
        # "echo was normal so not heart failure", "urine test was clear so not a uti" (a stranger, session 27); "the memory
        # clinic were clear it's not Alzheimer's" (a fresh forms set, session 28: read as past)
        return NEGATED
    if _ANOTHER_KEPT_OFF.search(before) and (canonical or term) in EVENTS | _COMES_AND_GOES \
            and not re.search(r"\bwithout\s+another\s+$", before, re.IGNORECASE):
        return PAST  # "I take my tablets so I don't get another stroke": had one, not "You do not have a stroke"
    if _THE_LAST_ONE.search(before) and (canonical or term) in _COMES_AND_GOES and re.match(
            r"\s+(?:was|were|happened)\s+(?:in|last|back|over|about|around|\d|a|an|two|three|four|five|six|months?|years?)\b",
            after, re.IGNORECASE):
        return PAST  # "His last big seizure was in August": that one is over (the epilepsy is not)
    if (canonical or term) in EVENTS and _CAUGHT.search(before) and _WHEN_THEN.match(after) \
            and not re.search(r"\b(?:still|has\s*n['’]?t|hasnt|has\s+not|not\s+cleared|ongoing)\b", sentence[end:], re.IGNORECASE):
        return PAST  # "long covid since I caught covid in November 2021": the catching is over, not the long covid
    if _REFUSES_BEFORE.search(before) and not _NOT_ALWAYS.search(sentence[clause_start:clause_end]) \
            and not _TAKEN_AFTER_ALL.match(sentence[end:]):
        return NEGATED  # "she refuses the donepezil" (not "sometimes she wont take her donepezil": taken, not always)
    taken_since = taken_after_all(sentence, end)
    if _HYPOTHETICAL.search(before) and all(_MONEY_WORRY.match(sentence, clause_start + m.start())
                                            for m in _HYPOTHETICAL.finditer(before)):
        return CURRENT  # "I am worry about money very much": a strain now, never "a worry, not confirmed" (session 32)
    if _HYPOTHETICAL.search(before) or _MAYBE_THIS.search(before) or _ONLY_MAYBE.fullmatch(before) \
            or (not taken_since and (_MAYBE_TRY.search(before) or _MAYBE_STARTING.search(before) or (_SAID_OF_IT.search(before) and (
                _MIGHT_HELP.match(after) or _MAYBE_AFTER.match(after))))):
        # "the doctor said it might be gout at first but they ruled that out": not had (a stranger, session 26)
        return NEGATED if ruled_out_after(sentence[end:]) else HYPOTHETICAL
    if (wont := _WONT_GIVE.search(before)) is not None and not taken_since \
            and not re.search(r"\b(?:take|takes|taking|buy|buys|get|gets)\s+(?:it|them)\b", sentence[end:], re.IGNORECASE):
        return PAST if wont.group("more") else NEGATED  # "won't give me any more diazepam": had before
    if _CLEAN_SINCE.match(sentence[end:]):
        return PAST
    if _TESTED_FOR.search(before):  # "the GP is testing me for coeliac disease": not known yet
        if _TESTED_NOT.match(sentence[end:]):
            return NEGATED  # "checked for diabetes and he hasn't got it"
        if not _TESTED_YES.match(sentence[end:]):
            return HYPOTHETICAL
        return CURRENT  # "she was tested for coeliac disease, it came back positive": had now, whatever "was" says
    if _MAYBE_LATER.search(after):
        return HYPOTHETICAL  # "Insulin the doctor said maybe later", "perhaps a hearing aid one day"
    if (canonical or term) in _PROCEDURES and _COMING.match(after) and not _DONE_BEFORE.search(before):
        return HYPOTHETICAL  # "cataract in left eye, they do operation next month" (the twelfth fresh set, session 28: "You
        # had an operation")
    if _TILL_RETIRED.search(sentence[clause_start:clause_end]):
        return PAST  # "He drove lorries for thirty years till he retired": a job over
    if _FRONTED_PAST.match(after):
        return PAST  # "Amitriptyline I took for a while but it did nothing": said first, had before
    if _FORBIDDEN_FOR.search(before):
        return CURRENT  # "He ay allowed the anti-inflammatories for his gout no more": the gout is there still
    if (treated(sentence, start, end) and over(sentence[end:])) or _CURED_AFTER.match(after) \
            or _TREATED_CLEAR.match(sentence[end:]):
        return PAST  # "I had an operation for my hernia but now is fine", "the hernia was fixed"
    if _CLEAR_AT_END.search(sentence[end:]) and (_CANCER.search(canonical or term) or _YEAR_AFTER.match(sentence[end:])):
        return PAST  # "Breast cancer 2015, operation, treatment finish, clear now": over, as a note says it
    if _CHANGED_FROM.search(before) and _TO_ANOTHER.match(after):
        return PAST  # "they changed my warfarin to apixaban"; not "changed my metformin to 1000mg" (a new dose)
    if _CHANGED_TO.search(before):
        return CURRENT  # "switched from warfarin to apixaban"
    if _STARTED_WHEN.search(before):
        return CURRENT  # "they stopped the aspirin when they started the clopidogrel": the clopidogrel is taken now
    if _DONE_AFTER.match(after) and not re.search(r"(?:\bhave|\bhas|['’]ve|\bive|['’]s)\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE):
        return PAST  # "Cataracts done in both eyes last year": operated on, over
    joined = [m.start() for m in _NEW_VERB.finditer(before)]
    if joined and not _USED_TO.search(before[:joined[-1]]):
        before = before[joined[-1]:]  # "I had a hip replacement and use an inhaler": the inhaler is now
    if canonical and PROCEDURES.search(canonical) and _STILL_TO_COME.search(before[-40:]) \
            and not re.search(r"\b(since|after)\b", before[-40:], re.IGNORECASE):
        return HYPOTHETICAL
    inability = _INABILITY.search(sentence[clause_start:end])
    after_past = _PAST_AFTER.search(after)
    if after_past and "more" in after_past.group(1).lower() and (
            inability or _NEGATION.search(after[:after_past.start(1)]) or re.search(r"\b(?:nae|no)\b", after[:after_past.start(1)])):
        after_past = None  # "she can't use the phone any more", "his eyes aren't good anymore": a need now
    if after_past and _STOPPED_ANOTHER.match(after, after_past.end(1)):
        after_past = None  # "I take ramipril and the doctor stopped my amlodipine": the amlodipine stopped
    event = canonical in EVENTS or term in _EVENT_WORDS
    if event and (canonical or term) not in LASTING_EVENTS and cleared(sentence[end:]):
        return PAST  # "she had a UTI in october … but thats cleared up", "pneumonia … he is fine from that now"
    if canonical in LASTING_EVENTS and _SIDE_WEAK_NOW.search(sentence[end:]) and not _NEVER_HAD.search(before) \
            and not _NEGATION.search(_INABILITY.sub(" ", before)):
        return CURRENT  # "had a stroke two years ago, left side weak": its effects are now
    if canonical in TREATMENTS and (_TO_COME_AFTER.match(after) or re.search(r"\b(?:is|are)\s+going\s+(?:to\s+)?$", before)) \
            and not _FINISHED_BEFORE.search(before):
        return HYPOTHETICAL  # "He is going dialysis maybe next year": not yet
    if _COURSE_FINISHED.search(before):
        return PAST  # "he finished a course of prednisolone last week": a course over
    if event and canonical not in LASTING_EVENTS and _COURSE_FOR.search(before):
        return PAST  # "just finished a course of amoxicillin for a chest infection": treated, over
    if (clear := _SCANS_CLEAR.search(sentence[end:])) and not _NOT_YET_CLEAR.search(clear.group(0)):
        return PAST  # "finished her chemo in August for bowel cancer and the scans are clear"
    if canonical in TREATMENTS and (_FINISHED_BEFORE.search(before) or _FINISHED_AFTER.match(after)):
        return PAST  # "finished chemo in May", "her radiotherapy finished in August"
    if _DONE_NOW.match(sentence[end:]):
        return PAST  # "steroids then, done now"
    if _ENDED_THEN.match(sentence[end:clause_end]):
        return PAST  # "The colchicine for the gout flare finished in August": it ended then
    if event and _MENDED.match(sentence[end:]):
        return PAST  # "broke her wrist in August, now mended": the break is over, however recent
    lasting = _RECENT.search(sentence) or (_INABILITY.search(sentence[end:]) and re.search(r"\blast year\b", sentence))
    if canonical in ACUTE and lasting and not _ACUTE_NOW.search(sentence):
        lasting = None  # "He had a bad chest infection in October and was in the Royal for a week": over (session 32)
    if event and not _PAST.search(before) and lasting and not _LONG_AGO.search(sentence):
        return CURRENT if not _NEGATION.search(_INABILITY.sub(" ", before)) else NEGATED
    if canonical in EVENTS and _AFTER_EVENT.search(before):
        return PAST
    if _LEFT_WITH.search(before) and not _NEVER_HAD.search(before):
        return CURRENT  # "had an accident in 2015 and was left with a brain injury": it lasts
    if _DIAGNOSED.search(before) and not _PAST.search(before) and not event:
        after_past = None  # "diagnosed with Alzheimer's three years ago": she has it now
        if not _NEGATION.search(before):
            return CURRENT
    if set(term.split()) & _PAST_FORMS and re.search(r"\b(never|not|n't|’t)\W+(?:\w+\W+)?(?:(?:smoked|drank|drunk|"
                                                      r"drink|smoke)\W+(?:or|nor|and)\W+)?$", before, re.IGNORECASE):
        return NEGATED  # "he's never smoked", "I haven't drunk since", "never smoked or drank"
    if _NEVER_HAD.search(before):
        return NEGATED  # "I've never had a stroke", "he wasn't ever homeless"
    tail = re.split(r"\b(?:which|cos|coz|because)\b", before, flags=re.IGNORECASE)[-1]
    if tail != before and _POSSESSED.search(tail) and not _PAST.search(tail) and not _NEGATION.search(tail) \
            and (_PAST.search(before) or _NEGATION.search(before)):
        return CURRENT  # "stopped it cos it made me not wanna eat which is bad with my diabetes": the diabetes is now
    if _PAST.search(before) or after_past or set(term.split()) & _PAST_FORMS or _USED_TO.match(term):
        return PAST
    if _NOT_SINCE.match(sentence[end:]):
        return PAST  # "i self harmed last yr but havent since summer"
    if _NOW_STOPPED.search(sentence[end:]) and not _ONGOING.search(sentence[clause_start:end]):
        return PAST
    if simple_past and _SIMPLE_PAST.search(before) and not _ONGOING.search(sentence[clause_start:clause_end]) \
            and not _POSSESSED.search(before) and not (canonical not in EVENTS and _HAD_LAST.search(before)
                                                          and _FOR_A_TIME.match(sentence[end:clause_end])):
        # ("I was in hospital with my asthma": the asthma is theirs now; "i had the copd ten years": had it all that time)
        return PAST
    if canonical in EVENTS and _HAD.search(before):
        return PAST
    if canonical in EVENTS and _DATED.search(sentence[clause_start:clause_end]):
        return PAST  # "Heart attack in 2019.", "Previous heart attack (2019)": it happened then
    if canonical in _HABITS and GAVE_IT_UP.match(sentence[clause_end:].lstrip(" ,;:-–")) \
            and not re.search(r"\bnever\b", before, re.IGNORECASE) and _NEGATION.search(before):
        return PAST  # "I dont smoke now, packed in years ago": an ex-smoker, not one who never smoked (session 22)
    if canonical in _HABITS and (GIVEN_UP_SINCE.match(sentence[clause_end:].lstrip(" ,;:-–"))
                                 or GIVEN_UP_SINCE.match(sentence[end:].lstrip(" ,;:-–"))):
        return PAST  # "COPD from the years of smoking, though she gave them up in 1990" (the fourteenth fresh set)
    if canonical in _HABITS and _NO_SAID_AFTER.match(sentence[end:]):
        return NEGATED  # "smoke yes, drink no", "drink not rly": answered as a form would ask it
    if canonical in _HABITS and _CANNOT_HAVE.search(before):
        return NEGATED  # "I can't drink now, it floors me": they do not (not "I can't stop drinking")
    negation_scope = _INABILITY.sub(" ", before)
    last_end = None
    for stop in _NEGATION_END.finditer(negation_scope):
        last_end = stop.end()
    if last_end is not None:
        negation_scope = negation_scope[last_end:]
    if _NEGATION.search(negation_scope):
        if _NOT_ALWAYS.search(sentence[clause_start:end]):
            return CURRENT  # "he doesnt always take his metformin", "some days I dont bother with the insulin"
        return NEGATED
    if canonical and PROCEDURES.search(canonical):
        return PAST  # "since my knee replacement"
    return CURRENT


# The seventeenth fresh structuring set (session 33): what is said around a fact that tells its status plainly
# tested and nothing there: "her b12 and thyroid came back fine"
_CAME_BACK_FINE = re.compile(r"^\s+(?:(?:and|n|&)\s+(?:her\s+|his\s+|my\s+)?(?!(?:the|scans?|tests?|results?|bloods?|x-?rays?|mri|"
                             r"ct|biopsy|swabs?|levels?)\b)[\w-]+\s+)?(?:all\s+)?(?:came|come|have\s+come|has\s+come)"
                             r"\s+(?:back|bk|bck)\s+(?:all\s+)?(?:fine|normal|clear|negative|ok|okay)\b", re.IGNORECASE)
# one medicine in another's place: "clopidogrel, which replaced the aspirin she used to be on"
_REPLACED = re.compile(r"\b(?:which|that|it|this)\s+(?:has\s+|have\s+|had\s+)?(?:replaced|replaces)\s+(?:the\s+|her\s+|his\s+|my\s+|"
                       r"their\s+)?$|\binstead\s+of\s+(?:the\s+|her\s+|his\s+|my\s+|their\s+)?$", re.IGNORECASE)
_USED_TO_BE_ON = re.compile(r"^\s+(?:that\s+)?(?:she|he|i|they|we)\s+used\s+to\s+(?:be\s+on|take|have)\b", re.IGNORECASE)
# put forward and not taken: "The consultant mentioned donepezil but said it doesn't help …, so she isn't on it"
_PUT_FORWARD = re.compile(r"\b(?:mentioned|suggested|offered|recommended|talked\s+about|said\s+about|spoke\s+about|"
                          r"(?:keeps?\s+|kept\s+)?push(?:ing|ed|es)?)\s+(?:(?:me|him|her|them|us)\s+)?"
                          r"(?:(?:a|an|the|some|trying|starting)\s+)?$", re.IGNORECASE)
# Session 36 (the twentieth fresh structuring set): "…, so that's a no", "but I've said no"; asked about a condition and
# said to be fine; a course said to be over after it
_A_NO_AFTER = re.compile(r"^[^.!?]{0,80}?\b(?:(?:so\s+)?that['’]?s\s+a\s+no|thats\s+a\s+no|(?:i|she|he|we)['’]?(?:ve|\s+have|"
                         r"\s+has)\s+said\s+no)\b(?![^.!?]*\b(?:but\s+now|started|changed\s+(?:my|his|her)\s+mind)\b)",
                         re.IGNORECASE)
_ASKED_ABOUT = re.compile(r"\b(?:ask|asks|asked|asking)\s+(?:me|him|her|them|us)\s+(?:about|if\s+(?:i|he|she)\s+(?:have|has|had)"
                          r"|whether\s+(?:i|he|she)\s+(?:have|has|had))\s+(?:any\s+)?$", re.IGNORECASE)
_SAID_FINE_AFTER = re.compile(r"^\s*[,;]?\s*(?:and\s+|but\s+)?(?:i|she|he)\s+(?:say|said|says|told\s+(?:him|her|them))\s+"
                              r"(?:i\s+am|i['’]?m|im|she['’]?s|he['’]?s|she\s+is|he\s+is)\s+(?:fine|ok|okay|alright|all\s+right)"
                              r"\b(?![^.!?]*\b(?:but\s+(?:i|she|he)\s+(?:am|is|'m)\s+not|lied|really\s+not)\b)", re.IGNORECASE)
_COURSE_OVER_AFTER = re.compile(r"^[^.!?]{0,40}?[,;]\s*(?:them['’]?s|they['’]?re|theyre|they\s+are|they\s+have|they['’]?ve|"
                             r"it['’]?s|its|it\s+is|that['’]?s|thats)\s+(?:all\s+)?(?:finished|done|over|stopped|ended)\b"
                             r"(?!.*\b(?:but|again|still|restart\w*|back\s+on)\b)", re.IGNORECASE | re.DOTALL)
_NOT_ON_IT_SO = re.compile(r"\b(?:so|and)\s+(?:she|he|i|they|we)\s*(?:is\s*n['’]?t|isnt|is\s+not|are\s*n['’]?t|arent|am\s+not|"
                           r"['’]s\s+not|s\s+not|['’]m\s+not|was\s*n['’]?t|wasnt|never\s+went)\s+on\s+(?:it|them)\b",
                           re.IGNORECASE)
# Session 34 (the eighteenth fresh structuring set), said plainly around a medicine or a condition:
# "They said donepezil wouldnt help with his type so hes not on it" (said, and not on it)
_SAID_ABOUT = re.compile(r"\b(?:said|says|say)\s+$", re.IGNORECASE)
# stopped, said with the medicine first as a second language says it: "so metformin they stop in spring"
_STOP_AFTER = re.compile(r"^\s+(?:they|the\s+doctors?|doctors?|the\s+gp|gp|the\s+consultant|consultant|the\s+hospital|hospital|"
                         r"he|she|i|we)\s+(?:stop|stopped|stopt|took\s+(?:me|her|him|them)\s+off)\b"
                         r"(?![^.!?]{0,30}\b(?:when|if|whenever|while|for\s+a\s+(?:day|few\s+days|week|bit)|before|till|until)\b)"
                         r"(?![^.!?]*\b(?:again|restart\w*|back\s+on|now\s+(?:i|she|he|they|we)\s+(?:take|takes|am|is|are)|"
                         r"started)\b)",
                         re.IGNORECASE)
# to be changed to, not yet: "the consultant want change her to Keppra but we not change yet"; "want him to do a detox with
# Librium on the ward but theres a waiting list"
_TO_BE_CHANGED_TO = re.compile(r"\b(?:want|wants|wanted|going|plan|plans|planning|thinking\s+of|talking\s+about|may|might)\s+"
                               r"(?:to\s+)?(?:change|changing|switch|switching|swap|swapping|move|moving|put|putting)\s+"
                               r"(?:her|him|me|them|us)\s+(?:on\s*)?(?:to|onto)\s+$"
                               r"|\b(?:want|wants|wanted)\s+(?:him|her|me|them|us)\s+to\s+(?:do|have|try|start|begin)\s+"
                               r"(?:\w+\s+){0,3}with\s+$",
                               re.IGNORECASE)
_BEGUN_SINCE = re.compile(r"\b(?:now\s+on|been\s+on|started|since|now\s+takes?|switched|taking\s+it|on\s+it\s+now|"
                          r"is\s+on\s+it|takes\s+it)\b", re.IGNORECASE)
# a guess said as "maybe it is": "The doctor say maybe it is Parkinson dementia, they will do memory test in January"
_MAYBE_IT_IS = re.compile(r"\b(?:maybe|perhaps|possibly|might\s+be|could\s+be)\s+(?:it['’]?s|its|it\s+is|it\s+was|(?:she|he)\s+"
                          r"(?:has|have))\s+(?:(?:a|an|some)\s+)?(?:(?!(?:her|his|my|their|the|your)\s)\w+\s+)?$",
                          re.IGNORECASE)
# the guess is of what causes something known, or it is known already: "maybe its the diabetes making her tired", "she has
# been diagnosed"
_KNOWN_ALREADY = re.compile(r"^\s*(?:again|making|causing|playing\s+up|flaring)\b|\b(?:diagnosed|confirmed)\b", re.IGNORECASE)
_TESTS_TO_COME = re.compile(r"\b(?:will|going\s+to|gonna|to)\s+(?:do|have|send|book|arrange|run)\s+(?:a\s+|the\s+|some\s+|more\s+|"
                            r"her\s+|his\s+)?(?:\w+\s+)?(?:tests?|scans?|assessment)\b", re.IGNORECASE)
# put forward and turned down: "The GP talked about morphine patches for the pain in her legs but Nan said no"
_TURNED_DOWN_AFTER = re.compile(r"^[^.!?]{0,60}?\bbut\s+(?:\w+\s+){0,2}?(?:said\s+no|refused|turned\s+(?:it|them)\s+"
                                r"down|did\s*n['’]?t\s+want|didnt\s+want|did\s+not\s+want|would\s*n['’]?t\s+have|wouldnt\s+have|"
                                r"would\s+not\s+have|won['’]?t\s+have|will\s+not\s+have)\b"
                                r"(?![^.!?]*\b(?:at\s+first|changed\s+(?:his|her|their|my)\s+mind|now\s+(?:she|he|they|i|we)\s+"
                                r"(?:has|have|is|are|takes?|uses?)|then\s+(?:she|he|they|i|we)\s+(?:started|had|agreed)|started|"
                                r"fitted)\b)", re.IGNORECASE)
# not begun yet, said of it after: "maybe injection for the bones, denosumab, but I am thinking, I don't start yet"
_NOT_BEGUN_YET = re.compile(r"^(?:(?!\b(?:about|mentioned|suggested|talked|offered|recommended|and|also|another)\b)[^.!?])"
                            r"{0,40}?\b(?:i|she|he|they|we)\s+(?:am\s+|is\s+)?(?:do\s*n['’]?t|dont|do\s+not|did\s+not|did\s*n['’]?t|"
                            r"didnt|not|have\s*n['’]?t|havent|have\s+not|has\s*n['’]?t|hasnt|has\s+not)\s+(?:\w+\s+)?"
                            r"(?:start|started|begin|begun)\s+(?:it\s+|them\s+)?yet\b", re.IGNORECASE)
# a habit stopped, said in the present, with how long since: "I stop smoking ten years already"
_STOP_BEFORE = re.compile(r"\b(?:i|he|she|they|we)\s+(?:stop|quit|give\s+up)\s+$", re.IGNORECASE)
_LONG_SINCE = re.compile(r"^\s+(?:for\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                         r"thirty|forty|fifty|many|long)\s+(?:years?|yrs?|months?|time)\b|^\s+(?:long\s+time\s+)?(?:already|ago)\b",
                         re.IGNORECASE)
# a habit given up long ago, as a second language says it: "I smoke bidi when I am young man, I stop 25 year"
_STOPPED_YEARS = re.compile(r"^[^.!?]{0,60}?\b(?:i|he|she|they|we)\s+(?:stop|stopped|quit|quitted|give\s+up|gave\s+up)\s+"
                            r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)\s+"
                            r"(?:year|years|yr|yrs)\b", re.IGNORECASE)
_WHEN_YOUNG = re.compile(r"^[^.!?]{0,20}?\bwhen\s+(?:i|he|she|we|they)\s+(?:am|was|is|were|are)\s+(?:a\s+)?(?:young|younger|"
                         r"a\s+lad|a\s+girl|a\s+boy|teenager|in\s+the\s+army)\b", re.IGNORECASE)
# a guess not confirmed: "the memory clinic think its prob alzhimers but they havent confirmed it yet"
_GUESSED = re.compile(r"\b(?:think|thinks|thought|reckon|reckons|say|says|said)\s+(?:it['’]?s|its|it\s+is|it\s+was|(?:she|he)"
                      r"\s+has|(?:she|he)['’]?s\s+got)\s+(?:prob|probably|likely|possibly|maybe)\s+(?:(?:a|an|some)\s+)?$",
                      re.IGNORECASE)
_NOT_CONFIRMED = re.compile(r"\b(?:not|n['’]?t|havent|hasnt|have\s+not|has\s+not|yet\s+to|nobody\s+has|no\s+one\s+has)\s+"
                            r"(?:been\s+|yet\s+|officially\s+)*(?:confirmed|diagnosed|sure|certain)\b|\bwaiting\s+(?:for|on)\s+"
                            r"(?:a\s+|the\s+|her\s+|his\s+|my\s+)?(?:scan|tests?|results?|diagnosis)\b|\b(?:got|having|has)\s+a\s+scan\b",
                            re.IGNORECASE)
# what a test may show: "donepezil if the scan shows alzhimers"
_IF_IT_SHOWS = re.compile(r"\bif\s+(?:the\s+|her\s+|his\s+|my\s+|their\s+)?(?:next\s+|new\s+)?(?:scan|tests?|bloods?|results?|mri|"
                          r"ct|biopsy)\s+(?:shows?|confirms?|finds?|says?|comes?\s+back)\s+(?:it['’]?s\s+|its\s+|it\s+is\s+)?"
                          r"(?:(?:a|an|some)\s+)?$", re.IGNORECASE)
_IF_AFTER = re.compile(r"^\s+(?:if|in\s+case)\b", re.IGNORECASE)  # "the consultant mentioned donepezil if the scan …"
# stopped by a doctor, said in the present as a second language says it: "Last year doctor stop the gliclazide"
_DOCTOR_STOP = re.compile(r"\b(?:doctors?|gp|consultant|nurse|hospital)\s+stop\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+)?$",
                          re.IGNORECASE)
_ONLY_FOR_A_WHILE = re.compile(r"\b(?:when|whenever|if|before|otherwise|then|until|till|restart\w*|again)\b", re.IGNORECASE)
# an event had and got over: "a mini stroke … back in 2022 but I've been right as rain since"
_WELL_SINCE = re.compile(r"^(?![^.;!?]*?(?:\bnot|n['’]t|nt|\bnever|\bnae)\s+(?:been|felt|was|were|is)\b)[^.;!?]*?\b(?:been|felt|was|were|is|has\s+been|have\s+been)\s+(?:absolutely\s+|perfectly\s+|totally\s+|"
                         r"fine\s+and\s+)?(?:fine|right\s+as\s+rain|grand|champion|ok|okay|alright|all\s+right|well|good|"
                         r"right)\s+(?:ever\s+)?since\b", re.IGNORECASE)
# the event since which something else is done: "she does the driving since I had the heart attack"
_SINCE_IT = re.compile(r"\b(?:since|after)\s+(?:i|he|she|they|we)\s+(?:had|has\s+had|have\s+had|['’]ve\s+had|['’]s\s+had)\s+"
                       r"(?:a|an|the|my|his|her|their|that)\s+(?:\w+\s+)?$", re.IGNORECASE)
# over now, said at the end: "she cough long time, they do test, no TB, it was just infection, finished"
_OVER_NOW = re.compile(r"^[^.!?]*\b(?:it\s+was\s+(?:just|only)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:infection|virus|bug|cold)\b[^.!?]*"
                       r"\b(?:finished|gone|over|cleared(?:\s+up)?|better)|(?:all\s+)?(?:finished|gone|over|cleared\s+up)\s+now|"
                       r"(?:now|all)\s+(?:finished|gone|over|cleared\s+up))\b", re.IGNORECASE)
# found clear after it was thought of: "but the angiogram was completely clear", "but it wasnt", "but the tests said no"
# (a known condition thought to cause something: "they thought diabetes was causing it but the bloods were normal")
_THE_CAUSE = re.compile(r"\s+(?:was|is|were|might\s+be|could\s+be)\s+(?:causing|the\s+cause|to\s+blame|behind)\b", re.IGNORECASE)
_MIGHT_HAVE = re.compile(r"\b(?:might|may|could)\s+(?:have|be)\s+(?:got\s+)?(?:a\s+|an\s+|some\s+)?$", re.IGNORECASE)
_FOUND_CLEAR = re.compile(r"^[^.!?]{0,60}?\bbut\s+(?:(?:it|that)\s+(?:was\s*n['’]?t|wasnt|was\s+not|is\s*n['’]?t|isnt|is\s+not)\b"
                          r"(?!\s+(?:bad|serious|that|too|as|so|very|a\s+big|severe|the\s+worst))|(?:the\s+|my\s+|her\s+|his\s+)?"
                          r"(?:\w+\s+){0,2}?(?:tests?|scans?|results?|bloods?|angiogram|echo|ecg|mri|ct|x-?rays?|biopsy|"
                          r"colonoscopy|endoscopy|camera)\s+(?:was|were|came\s+back|showed|said)\s+(?:completely\s+|totally\s+|"
                          r"all\s+|perfectly\s+)?(?:clear|normal|fine|negative|nothing|no)\b)", re.IGNORECASE)
# put forward by a doctor just after it, and not begun: "the dapagliflozin, the cardiologist suggested it but I have not
# started it yet" (a stranger, session 33: read back "You take dapagliflozin" and sent to two services)
_SUGGESTED_NOT_STARTED = re.compile(
    r"^\s*,\s*(?:the\s+|my\s+|her\s+|his\s+)?(?:\w+\s+){0,2}?(?:suggested|mentioned|recommended|offered|prescribed|"
    r"wants?\s+(?:me|her|him|them)\s+to\s+(?:try|start|take))\s+(?:it|them|that|this)\b[^.!?]{0,30}?\b(?:i|she|he|they|we)\s*"
    r"(?:have|has|['’]ve|['’]s)?\s*(?:not|n['’]?t|never)\s+(?:yet\s+)?(?:started|begun|tried|taken)\b", re.IGNORECASE)
# "operation and chemotherapy, now the doctor say no sign of cancer"
_NO_SIGN = re.compile(r"^[^.!?]*\b(?:no\s+(?:sign|signs|trace|evidence)\s+of\s+(?:the\s+|any\s+)?(?:cancer|it|tumou?rs?|disease)|"
                      r"all\s+clear|in\s+remission|cancer[\s-]free)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:last\s+(?:year|winter|summer|spring|autumn|month)|(?:a|one|two|three|four|five|six|\d+)\s+(?:weeks?|"
                   r"months?|years?)\s+ago|in\s+(?:19|20)\d\d)\b", re.IGNORECASE)
_SYMPTOMS_THAT_PASS = frozenset({"cough", "fever", "temperature", "sickness", "vomiting", "diarrhoea", "chest infection",
                                 "infection", "cold", "flu", "sore throat", "rash"})
# a service waited for: "Physio waiting list is 16 weeks", "the pain clinic's got a nine month wait"
_WAITED_FOR = re.compile(r"^(?:['’]s|\s+has|\s+have|\s+is)?\s*(?:got\s+)?(?:a\s+|the\s+)?(?:\w+\s+){0,2}?(?:waiting\s+list|"
                         r"wait(?:ing)?\s+time)\b|^(?:['’]s|\s+has|\s+have)\s+(?:got\s+)?(?:a|an)\s+(?:[\w-]+\s+){1,2}?wait\b",
                         re.IGNORECASE)
_A_SERVICE = re.compile(r"clinic|physio|therap|team|service|camhs|counsell|nurse|specialist|assessment|referral|\bot\b|"
                        r"occupational|appointment|hospital|social|care|surgery|consultant|doctor|gp", re.IGNORECASE)
_WAITING_FOR = re.compile(r"\b(?:on|joined|put\s+on|added\s+to)\s+(?:the|a)\s+(?:waiting\s+)?list\s+(?:for|to\s+see)\s+(?:the\s+|a\s+)?$",
                          re.IGNORECASE)


def _told_around(sentence: str, start: int, end: int, before: str, name: str) -> str | None:
    """The status said plainly around a fact in its clause (the seventeenth fresh structuring set, session 33), or None
    (told_after reads what the rest of its sentence says)."""
    return told_after(before, sentence[end:], name, sentence[:start])


def told_after(before: str, rest: str, name: str, earlier: str = "") -> str | None:
    """The status what follows a fact in its sentence gives it (`before`: its clause before it; `rest`: the words after
    it, to the sentence's end; `earlier`: the sentence before it), or None."""
    rest = re.split(r"(?<=[.!?])\s|\n", rest, maxsplit=1)[0]
    if _CAME_BACK_FINE.match(rest) or (_THOUGHT_TO_BE.search(before) or _MIGHT_HAVE.search(before)) and (
            ruled_out_after(rest) or _FOUND_CLEAR.match(rest)) and not _THE_CAUSE.match(rest) \
            or looked_for_not_there(before, rest):
        # ("At first they thought it was MS, but the MRI ruled that out", "they thought I had angina but the angiogram was
        # completely clear", "docs thought it was ibs at first but it wasnt": a stranger, session 33)
        return NEGATED
    if _SUGGESTED_NOT_STARTED.match(rest):
        return HYPOTHETICAL  # "the dapagliflozin, the cardiologist suggested it but I have not started it yet" (a stranger)
    if _REPLACED.search(before) or _USED_TO_BE_ON.match(rest):
        return PAST
    if (_PUT_FORWARD.search(before) or _SAID_ABOUT.search(before)) and _NOT_ON_IT_SO.search(rest):
        return NEGATED
    if name in _HABITS and (_STOPPED_YEARS.match(rest) or _WHEN_YOUNG.match(rest)) \
            and not re.search(r"\b(?:again|now\s+it|now\s+its|now\s+it['’]s|back\s+on|still|these\s+days)\b", rest, re.IGNORECASE):
        return PAST
    if _GUESSED.search(before) and _NOT_CONFIRMED.search(rest) or _IF_IT_SHOWS.search(before):
        return HYPOTHETICAL
    if (_SAID_OF_IT.search(before) or re.search(r"\bmentioned\s+$", before, re.IGNORECASE)) and _IF_AFTER.match(rest):
        return HYPOTHETICAL
    if _DOCTOR_STOP.search(before) and not _ONLY_FOR_A_WHILE.search(rest):
        return PAST
    if name in EVENTS and (_WELL_SINCE.match(rest) or name != "stroke" and _SINCE_IT.search(before)):
        return PAST  # (a stroke's effects go on: "since she had the stroke" is said of one that lasts)
    if name == "covid-19" and re.search(r"\blong\s+covid\b[^.!?]{0,25}\b(?:ever\s+)?since\b|\bsince\s+then\b[^.!?]{0,40}\blong\s+covid\b",
                                        rest, re.IGNORECASE) and not re.search(r"\blong\s+$", before, re.IGNORECASE):
        return PAST  # "I got covid in January 2021 … and I have long covid since then": the infection is over
    if name in _SYMPTOMS_THAT_PASS and _OVER_NOW.match(rest) and _THEN.search(earlier + before + rest) \
            and not re.search(r"\b(?:still|again|ongoing|keeps?)\b", rest, re.IGNORECASE):
        return PAST
    if name in TREATMENTS and ((clear := _SCANS_CLEAR.search(rest)) and not _NOT_YET_CLEAR.search(clear.group(0))
                               or _NO_SIGN.match(rest)) \
            and not re.search(r"\b(?:still|every|ongoing|continu\w*|aim|hope|hoping|until|till|by)\b", before + rest, re.IGNORECASE):
        return PAST  # "She had bowel cancer in 2020, surgery and chemotherapy, and now the scans are clear"
    if (_WAITED_FOR.match(rest) or _WAITING_FOR.search(before)) and _A_SERVICE.search(name):
        return HYPOTHETICAL
    return None


def told_after_in_full(before: str, rest: str, name: str) -> str | None:
    """What the rest of a fact's sentence says of it that only the whole sentence can say (session 34: "metformin they
    stop in spring" is over, but not "Ramipril they stop last year but now I take again"); None otherwise. Read by the
    filer once the fact is filed (fact_status reads a clause, which cannot see "but now I take again")."""
    rest = re.split(r"(?<=[.!?])\s|\n", rest, maxsplit=1)[0]
    if _PUT_FORWARD.search(before) and (_TURNED_DOWN_AFTER.match(rest) or _A_NO_AFTER.match(rest)):
        return NEGATED  # "talked about morphine patches … but Nan said no" (session 34); "My GP offered me HRT but you
        # can't really have it after breast cancer so that's a no" (the twentieth fresh set, session 36)
    if _ASKED_ABOUT.search(before) and _SAID_FINE_AFTER.match(rest):
        return NEGATED  # "Doctor ask me about depression, I say I am fine" (the twentieth fresh set, session 36)
    if _COURSE_OVER_AFTER.match(rest) and not _TAKEN_BEFORE.search(before):
        return PAST  # "Done the blood thinner injections, them's finished" (the twentieth fresh set, session 36)
    if _NOT_BEGUN_YET.match(rest):
        return HYPOTHETICAL  # "denosumab, but I am thinking, I don't start yet" (session 34)
    if _STOP_AFTER.match(rest):
        return PAST  # "so metformin they stop in spring" (session 34)
    if _TO_BE_CHANGED_TO.search(before) and not _BEGUN_SINCE.search(rest):
        return HYPOTHETICAL  # "want change her to Keppra but we not change yet" (session 34)
    if _MAYBE_IT_IS.search(before) and (_NOT_CONFIRMED.search(rest) or _TESTS_TO_COME.search(rest)) \
            and not _KNOWN_ALREADY.search(rest):
        return HYPOTHETICAL  # "maybe it is Parkinson dementia, they will do memory test in January" (session 34)
    if _REFUSED_AFTER.match(rest) and not _BEGUN_SINCE.search(rest) and not _TAKEN_BEFORE.search(before):
        return NEGATED  # "insulin is not worry, I say NO to nurse, I refuse it" (a stranger, session 36: a correction
        # at the read-back made it "You take insulin", and the GP was sent it as taken)
    if _ITS_TEST_CLEAR.match(rest):
        return NEGATED  # "sent me for a sleep apnoea test last year but it came back clear" (the twenty-ninth fresh forms
        # set, session 35: sent as sleep apnoea now)
    if (treated := _TREATED_AND_CLEARED.match(rest)) and not _NOT_CLEARED.search(rest[:treated.end()]):
        return PAST  # "got hep C from it, got treated and cleared in 2022" (the nineteenth fresh set, session 35)
    if _USED_BEFORE.search(before) and _FOR_YEARS_AFTER.match(rest) and not _STILL_AFTER.search(rest):
        return PAST  # "Used heroin for years and got hep C from it" (the nineteenth fresh set, session 35)
    if name in _HABITS and _STOP_BEFORE.search(before) and _LONG_SINCE.match(rest) \
            and not re.search(r"\b(?:again|started|start|back\s+on)\b", rest, re.IGNORECASE):
        return PAST  # "I stop smoking ten years already" (session 34)
    return _told_after_session37(before, rest, name)


# Session 37 (the twenty-first fresh structuring set; each was sent to a service as taken or had now):
# offered and answered with a bare no after a comma: "GP want to give him sertraline, he say no"
_WANTS_TO_GIVE = re.compile(r"\b(?:wants?|wanted|want\s+to|trying)\s+to\s+(?:give|put|start)\s+(?:me|him|her|them|us)\s+(?:on\s+)?"
                            r"(?:(?:a|an|the|some)\s+)?$|\b(?:offered|offers|offer)\s+(?:me|him|her|them|us)\s+$", re.IGNORECASE)
_NO_AFTER_A_COMMA = re.compile(r"^[^.!?]{0,30}?[,;]\s*(?:and\s+|but\s+)?(?:i|he|she|we|they)\s+(?:say|says|said)\s+no\b"
                               r"|^[^.!?]{0,40}?\bbut\s+(?:i|he|she|we|they)\s+(?:do\s*n['’]?t|dont|do\s+not|does\s*n['’]?t|doesnt|"
                               r"does\s+not)\s+want\s+(?:it|them|that)\b"
                               r"(?![^.!?]*\b(?:but\s+now|started|changed\s+(?:my|his|her)\s+mind|at\s+first)\b)", re.IGNORECASE)
_ON_IT_NOW = re.compile(r"\b(?:on\s+(?:it|them)|takes?\s+(?:it|them)|taking\s+(?:it|them)|changed\s+(?:his|her|my|their)\s+"
                        r"mind|agreed|now\s+(?:he|she|i|they|we)\s+(?:is|are|am|take|takes))\b", re.IGNORECASE)
# spoken of, and not yet: "The memory clinic talked about memantine later on, not yet"
_NOT_YET_AFTER = re.compile(r"^[^.!?]{0,40}?[,;-]\s*(?:but\s+)?not\s+(?:yet|for\s+now|at\s+the\s+moment|now)\b"
                            r"(?!\s+(?:but|and)\b)", re.IGNORECASE)
# not decided: "The team mentioned a PEG feeding tube for later but he hasn't decided"
_UNDECIDED = re.compile(r"^[^.!?]{0,40}?\b(?:but|and)\s+(?:i|he|she|we|they)(?:['’]?s|['’]?ve|\s+has|\s+have|\s+is|\s+am|\s+are|"
                        r"['’]?m|['’]?re)?(?:n['’]?t|\s+not|nt)\s+(?:yet\s+)?(?:decided|made\s+(?:up\s+)?(?:his|her|my|their|our)\s+mind|"
                        r"sure)\b", re.IGNORECASE)
# no longer allowed: "tried naproxen but it wrecked my stomach so im not allowed it now"
# (in its own clause, and not only with something: not "co-codamol when its bad, tried naproxen but … not allowed it", "I
# take co-codamol, I'm not allowed it with alcohol")
_NOT_ALLOWED_AFTER = re.compile(r"^[^.!?,;]{0,60}?\b(?:(?:i|he|she|we)\s*(?:['’]?m|am|is|['’]?s|are)\s+)?(?:not\s+allowed|no\s+longer\s+"
                                r"allowed|banned\s+from)\s+(?:it|them|that|those)\b"
                                r"(?!\s+(?:with|if|when|while|unless|before|after|on|during|and|in)\b)", re.IGNORECASE)
# stopped, said in the present with when or why: "we stop melatonin in summer because not working"
_STOPPED_WHEN = re.compile(r"^\s+(?:in|last|at\s+the\s+end\s+of|back\s+in)\s+(?:the\s+)?(?:summer|spring|autumn|winter|"
                           r"january|february|march|april|may|june|july|august|september|october|november|december|"
                           r"year|month|week|(?:19|20)\d\d)\b|^\s+(?:because|cos|coz|as)\s+(?:it\s+|they\s+)?(?:not|was\s+not|"
                           r"wasn['’]?t|didn['’]?t|did\s+not|no)\b", re.IGNORECASE)
# no longer taken, said after it: "the digoxin, I don't take that any more"
_NO_LONGER_AFTER = re.compile(r"^\s*[,;-]\s*(?:i|he|she|we|they)\s+(?:do\s*n['’]?t|dont|do\s+not|does\s*n['’]?t|doesnt|does\s+not)\s+"
                              r"(?:take|have|use|need)\s+(?:that|it|them|those)\s+(?:any\s*more|no\s+more|now)\b"
                              # (not how much: "I don't take that any more than once a day", a second reader)
                              r"(?!\s+(?:than|often|times|frequently|regularly))", re.IGNORECASE)
# a cancer over: "She's had breast cancer twice, the last time was 2010 and she's clear now"
_CLEAR_NOW = re.compile(r"\b(?:(?:she|he)(?:['’]s|s|\s+is|\s+has\s+been|['’]s\s+been)|i(?:['’]m|m|\s+am|\s+have\s+been|['’]ve\s+been))"
                        r"\s+(?:all\s+)?clear\b(?!\s+of\b)(?![^.!?]*\b(?:came\s+back|come\s+back|again|spread)\b)", re.IGNORECASE)
# an event with nothing left of it: "Three year ago small stroke, now OK, no problem left"
_NOTHING_LEFT = re.compile(r"\bno\s+(?:problems?|effects?|damage|weakness)\s+(?:left|after|since|from\s+it)\b|"
                           # "one of them mini strokes, TIA, back in 2016, no lasting damage" (session 38)
                           r"\bno\s+(?:lasting|long[\s-]term|permanent)\s+(?:damage|effects?|problems?|harm)\b|"
                           r"\b(?:fully|completely)\s+recovered\b|\bmade\s+a\s+full\s+recovery\b", re.IGNORECASE)
# dry since a year: "Im an alcoholic but dry since 2022"; "cirrhosis of the liver from the drink, … dry since 2022"
_DRY_SINCE = re.compile(r"\b(?:dry|sober|teetotal|off\s+the\s+drink|off\s+it)\s+(?:since|from)\s+(?:(?:19|20)\d\d|last\s+year|"
                        r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
                        r"(?![^.!?]*\b(?:but\s+now|again|relapsed|back\s+on)\b)", re.IGNORECASE)


# looked for, and nothing found yet: "the learning disability nurse is doing a baseline for dementia, nothing confirmed"
_LOOKED_FOR = re.compile(r"\b(?:baseline|assessment|assessing|assessed|tests?|testing|tested|screening|screened|checking|checked|"
                         r"referred|referral|investigat\w*|scan)\s+(?:(?:her|him|me|them)\s+)?for\s+(?:(?:a|an|possible|"
                         r"suspected)\s+)?$", re.IGNORECASE)
_NOT_CONFIRMED_AFTER = re.compile(r"^[^.!?]{0,30}?\b(?:nothing|not|no\s+diagnosis)\s+(?:yet\s+)?(?:confirmed|diagnosed|definite|"
                                  r"certain)\b|^[^.!?]{0,30}?\bno\s+diagnosis\s+yet\b", re.IGNORECASE)


def _told_after_session37(before: str, rest: str, name: str) -> str | None:
    if _LOOKED_FOR.search(before) and _NOT_CONFIRMED_AFTER.match(rest):
        return HYPOTHETICAL  # "doing a baseline for dementia, nothing confirmed"
    if (_WANTS_TO_GIVE.search(before) or _PUT_FORWARD.search(before) or _MENTIONED.search(before)) \
            and _NO_AFTER_A_COMMA.match(rest) and not _BEGUN_SINCE.search(rest) and not _ON_IT_NOW.search(rest):
        # "GP want to give him sertraline, he say no"; "offered us HRT an all but I divn't want it"; not "…, we said no,
        # but he's on it now since June" (a second reader)
        return NEGATED
    if (_PUT_FORWARD.search(before) or _MENTIONED.search(before)) and (_NOT_YET_AFTER.match(rest) or _UNDECIDED.match(rest)) \
            and not _BEGUN_SINCE.search(rest):
        return HYPOTHETICAL  # "talked about memantine later on, not yet"
    if _NOT_ALLOWED_AFTER.match(rest) and not _BEGUN_SINCE.search(rest):
        return PAST  # "tried naproxen but it wrecked my stomach so im not allowed it now"
    if _STOP_BEFORE.search(before) and _STOPPED_WHEN.match(rest) \
            and not re.search(r"\b(?:again|restart\w*|back\s+on|now\s+(?:i|he|she|we|they)\s+takes?)\b", rest, re.IGNORECASE):
        return PAST  # "we stop melatonin in summer because not working"
    if _NO_LONGER_AFTER.match(rest):
        return PAST  # "Sorry, I should say the digoxin, I don't take that any more"
    if name.endswith("cancer") and (clear := _CLEAR_NOW.search(rest)) and not _NOT_YET_CLEAR.search(rest[:clear.end()]):
        return PAST  # "She's had breast cancer twice, the last time was 2010 and she's clear now"
    if name in EVENTS and _NOTHING_LEFT.search(rest) and not re.search(
            r"\b(?:but|still|weak|cannot|can['’]?t|cant|not|never|yet|nt|ll|will|hope|hoping)\b|n['’]t\b|\b\w+nt\s+fully\b",
            rest, re.I):
        # (not "not fully recovered yet", "he'll never be fully recovered": a second reader)
        return PAST  # "Three year ago small stroke, now OK, no problem left"
    if name in _HABITS and _DRY_SINCE.search(rest):
        return PAST  # "cirrhosis of the liver from the drink, Im an alcoholic but dry since 2022"
    return _told_after_session38(before, rest, name)


# Session 38 (the twenty-second fresh structuring set, read): a habit stopped, said in a second language's present ("He
# stop drinking alcohol because of the tablets"); what was had "before" and is fine now ("Before I have knee pain from
# football, but now is ok, no problem"); what went after a time ("In pregnancy she have diabetes but after baby is gone").
_STOPPED_BECAUSE = re.compile(r"^\s+(?:\w+\s+)?(?:because|cos|coz|since|after|when|for)\b", re.IGNORECASE)
_STOPPED_HABIT = re.compile(r"\b(?:i|he|she|they|we)\s+(?:stop|quit|give\s+up)\s+(?:(?:the|drinking|smoking)\s+)?$", re.IGNORECASE)
_STOP_SAID_OF = re.compile(r"\b(?:if|when|whenever|unless|once|until|till|should|would|could|must|to|can|cannot|can['’]?t|"
                           r"won['’]?t|will|don['’]?t|dont|doesn['’]?t|doesnt|never)\s+(?:\w+\s+)?(?:stop|quit|give\s+up)\s+"
                           r"(?:(?:the|drinking|smoking)\s+)?$",
                           re.IGNORECASE)
_BEFORE_HAD = re.compile(r"^\W*before\s*,?\s+(?:i|he|she|they|we)\s+(?:have|has|had|got|get|gets)\s+(?:(?:a|an|some|the)\s+)?"
                         r"(?:\w+\s+)?$", re.IGNORECASE)
_BUT_NOW_FINE = re.compile(r"^[^.!?]{0,50}?\bbut\s+now\s+(?:(?:it|he|she|i|they)\s+)?(?:is\s+|it['’]?s\s+|its\s+|are\s+|am\s+|"
                           r"i['’]?m\s+)?(?:all\s+)?(?:ok|okay|fine|good|better|gone|no\s+problem|no\s+more|finish\w*|normal)\b",
                           re.IGNORECASE)
_GONE_AFTER = re.compile(r"^[^.!?]{0,30}?\bbut\s+(?:(?:after|since)\s+(?:the\s+)?[\w'’]+(?:\s+[\w'’]+){0,2}?\s*,?\s+)?"
                         r"(?:it\s+|it['’]?s\s+|its\s+|that\s+|that['’]?s\s+|thats\s+)?(?:is\s+|was\s+|has\s+|have\s+)?(?:now\s+)?"
                         r"(?:all\s+)?(?:gone|went\s+away|cleared\s+up|resolved|disappeared)\b"
                         r"(?!\s+(?:up|down|worse|on|into|to|off|quiet|back|through))", re.IGNORECASE)


# Looked for and not there: "They sent us for a scan in the summer for lung cancer cos of a shadow, but it was nowt",
# "they scanned his leg for a clot but there wasn't one" (the thirty-second fresh forms set: each sent as had now)
_SCANNED_FOR = re.compile(r"\b(?:scan(?:s|ned)?|tested|test(?:s)?|x-?ray(?:s|ed)?|checked|check|looked|investigated|"
                          r"camera|biopsy|swab(?:bed)?)\b[^.;!?]{0,40}?\bfor\s+(?:(?:a|an|possible|suspected|any)\s+)?$",
                          re.IGNORECASE)
_NOT_THERE_AFTER = re.compile(r"^[^.;!?]{0,50}?\bbut\s+(?:(?:it|that|they|the\s+\w+)\s+(?:was|were|is|came\s+back|come\s+back|"
                              r"turned\s+out(?:\s+to\s+be)?)\s+(?:all\s+)?(?:nowt|nothing|fine|clear|normal|negative|ok|okay)\b|"
                              r"there\s+(?:wasn['’]?t|wasnt|was\s+not|weren['’]?t|was\s+no|were\s+no|isn['’]?t|is\s+no)\s*"
                              r"(?:one|any|anything|nothing)?\b)", re.IGNORECASE)


# Given and not taken, said later in the sentence: "The GP give me sertraline because I cannot sleep and I cry much, my
# son is soldier in Ukraine, but I don't take this tablets" (the thirty-second fresh forms set: sent as taken)
_NOT_TAKEN_LATER = re.compile(r"^[^.;!?]{0,120}?\bbut\s+(?:i|he|she|they|we)\s+(?:don['’]?t|dont|do\s+not|doesn['’]?t|doesnt|"
                              r"does\s+not|didn['’]?t|didnt|did\s+not|never|not)\s+(?:take|took|use|used|have|had|start|started)\s+"
                              r"(?:it|them|this|these|that|those)(?:\s+(?:tablets?|pills?|medicines?|medication))?\b"
                              # and there it ends, or says why: not how ("but I not take it with food", session 25)
                              r"(?:\s+(?:at\s+all|ever))?\s*(?:[,.;!?]|$|(?:because|cos|coz|as|since|i\s+am|i['’]m|im)\b)",
                              re.IGNORECASE)


def looked_for_not_there(before: str, rest: str) -> bool:
    """ "a scan … for lung cancer cos of a shadow, but it was nowt", "scanned his leg for a clot but there wasn't one"."""
    return bool(_SCANNED_FOR.search(before) and _NOT_THERE_AFTER.match(rest)) and not re.search(
        r"\b(?:but\s+(?:it|they)\s+found|found\s+(?:it|one)|still)\b", rest, re.IGNORECASE)


def _told_after_session38(before: str, rest: str, name: str) -> str | None:
    if _OFFERED.search(before) and _NOT_TAKEN_LATER.match(rest):
        return NEGATED  # "The GP give me sertraline because …, but I don't take this tablets, I am afraid of them"
    if name in _HABITS and _STOPPED_HABIT.search(before) and not _STOP_SAID_OF.search(before) \
            and _STOPPED_BECAUSE.match(rest) and not re.search(r"\b(?:again|started|start|back\s+on)\b", rest, re.IGNORECASE):
        return PAST  # "He stop drinking alcohol because of the tablets"
    if _BEFORE_HAD.match(before) and _BUT_NOW_FINE.match(rest) and not re.search(r"\b(?:still|again|sometimes)\b", rest, re.I):
        return PAST  # "Before I have knee pain from football, but now is ok, no problem"
    if _GONE_AFTER.match(rest) and not re.search(r"\b(?:still|again|came\s+back|come\s+back)\b", rest, re.IGNORECASE):
        return PAST  # "In pregnancy she have diabetes but after baby is gone", "I had shingles but it's gone"
    return None


# Refused, said later in the sentence by its pronoun: "insulin is not worry, I say NO to nurse, I refuse it", "the
# statin, she won't take it"; not "refuse to" anything, nor "refused it at first"
_REFUSED_AFTER = re.compile(r"^(?![^.!?;]{0,60}?\b(?:has|have|had|takes?|taking|got|gets|on|uses?)\s+(?!(?:refuse|declin|said|"
                            r"always|never|just|not)\w*)\w)"  # (not another
                            # thing named between: "he has dementia and has donepezil but he refuses it", a second reader)
                            r"[^.!?;]{0,60}?\b(?:i|he|she|they|we|mum|dad|nan|grandad)\s+(?:(?:have|has|had)\s+)?"
                            r"(?:refuse[sd]?|declined?|won['’]?t\s+(?:take|have|use)|will\s+not\s+(?:take|have|use)|"
                            r"(?:do\s+not|don['’]?t|dont|not|did\s+not|didn['’]?t|didnt)\s+want)\s+(?:it|them|that|this)\b"
                            r"(?!\s+(?:at\s+first|before|then\s+but))(?![^.!?;]*\b(?:take|takes|taking|use|have)\s+(?:it|them)\b)",
                            re.IGNORECASE)
# (not "meant to be on", "supposed to take": "She is meant to be on insulin as well but she refuses it", the thirtieth
# fresh forms set, session 36)
_TAKEN_BEFORE = re.compile(r"(?<!meant to be )(?<!supposed to be )(?<!should be )(?<!meant to )(?<!supposed to )"
                           r"\b(?:take|takes|taking|took|on|use|uses|using)\s+(?:my\s+|his\s+|her\s+|the\s+)?$",
                           re.IGNORECASE)
# Over, said later in the sentence: "got hep C from it, got treated and cleared in 2022", "treated and cured"; not
# "treated but not cleared yet"
_TREATED_AND_CLEARED = re.compile(r"^(?:\s+from\s+(?:it|that|them|sharing|needles|\w+ing))?\s*,?\s*(?:and\s+|then\s+)?"
                                  r"(?:got\s+|was\s+|been\s+|had\s+it\s+)?treated\s+and\s+(?:it\s+)?(?:was\s+|got\s+)?"
                                  r"(?:cleared|cured)\b(?!\s+(?:my|his|her|their|the|of|up\s+my)\b)"
                                  r"(?![^.!?]*\b(?:back|again|flares?|reinfect\w*|returns?|still)\b)",
                                  re.IGNORECASE)
# A test for it, said straight after it, that found none: "a sleep apnoea test … but it came back clear" (not "came back
# positive", nor "clear of cancer but the diabetes…")
_ITS_TEST_CLEAR = re.compile(r"^\s+(?:test|tests|testing|scan|screening|study|check)\b[^.!?;]{0,60}?\b(?:came\s+back|was|were|"
                             r"is|showed|shows)\s+(?:all\s+)?(?:clear|normal|negative|fine|ok|okay)\b", re.IGNORECASE)
# A drug used for a time, said in the past: "Used heroin for years", "I used cannabis as a teenager" (not "I've used",
# "I use", nor "used it for years and still do")
_USED_BEFORE = re.compile(r"(?:^|\b(?:i|he|she|they|we)\s+)used\s+$", re.IGNORECASE)
_FOR_YEARS_AFTER = re.compile(r"^\s+(?:for\s+(?:years|ages|a\s+long\s+time|(?:\w+\s+)?(?:years|months))|as\s+a\s+(?:teenager|kid|"
                              r"young\s+\w+)|in\s+my\s+(?:teens|twenties|thirties|\w+ties|youth)|back\s+then|when\s+i\s+was)\b",
                              re.IGNORECASE)
_STILL_AFTER = re.compile(r"\b(?:still|again|now\s+and\s+then|every|daily|these\s+days|when\s+(?:i|he|she)\s+needs?|"
                          r"now\s+(?:i|he|she|we|they)\s+(?:use|uses|take|takes|only|just|am|is))\b", re.IGNORECASE)


# Taken, but not always (a stranger, session 22: "Some days I dont bother with the insulin" was read back "You do not
# take insulin" beside the two insulins taken; "he doesnt always take his metformin" as no metformin)
_NOT_ALWAYS = re.compile(r"\b(?:not|n't|n’t|nt|dont|doesnt|didnt|wont)\s+(?:always|every\s+(?:day|time|night|morning)|regularly|"
                         r"properly|reliably|all\s+the\s+time)\b|\b(?:some\s+days|sometimes|some\s+times|now\s+and\s+then|"
                         r"occasionally|half\s+the\s+time|at\s+times|some\s+nights|some\s+mornings)\b", re.IGNORECASE)


# Kin words typed the way people type them, not in the relatives lexicon: "my bro has epilepsy"
INFORMAL_KIN = {"bro": "brother", "bruv": "brother", "sis": "sister", "hubby": "husband", "hubbie": "husband",
                "missus": "wife", "grampa": "grandad", "gramps": "grandad", "granddad": "grandad",
                "granddaddy": "grandad", "grandaddy": "grandad", "grandmum": "grandma", "grandmom": "grandma", "nanna": "nana",
                "bf": "boyfriend", "gf": "girlfriend"}


# A partner said the way people say them: "ma man Alec" (Scots: her husband; the twenty-third fresh set had his
# dementia as hers), "my fella", "me bloke", "my other half"
_MY_MAN = re.compile(r"\b(?:my|me|ma|mah)\s+(man|fella|feller|bloke|other\s+half)\b")


# A relative's partner, said by the relative ("my mum's boyfriend", "me ma's fella"): no relative of the person
_PARTNER_OF = re.compile(r"(?:'s|’s|s)\s+(?:new\s+|current\s+)?(?:fella|feller|partner|boyfriend|girlfriend|bloke|man|"
                         r"husband|wife|fianc[eé]e?|other half)\b")
_PARENT_WORDS = frozenset({"ma", "mam", "maw", "da", "mum", "mom", "dad"})


# People who are not kin but whose conditions a story tells: "my friend has cancer", "my ex has bipolar"
# were read as the person's own and delivered to services as theirs (found by the second fresh held-out
# forms set and a stranger). Their facts are theirs, kept with whom they are about, never the person's.
OTHER_PEOPLE = frozenset({"friend", "neighbour", "neighbor", "ex", "colleague", "boss", "flatmate", "housemate",
                          "lodger", "landlord", "landlady", "mate", "pal", "bestie", "bff"})
# Friends said the ways people say them (session 19: a fresh held-out set gave the person a mate's diabetes):
# "my best friend", "me pal Dave", "a colleague of mine", "one of my friends", "a mate with parkinsons", "my work
# friend"; each word as the friend it is
_FRIEND_WORDS = {"friend": "friend", "mate": "mate", "pal": "pal", "colleague": "colleague", "neighbour": "neighbour",
                 "neighbor": "neighbour", "bestie": "friend", "bff": "friend", "buddy": "friend", "mucker": "friend",
                 "chum": "friend", "bezzie": "friend", "bezzy": "friend", "workmate": "colleague",
                 "coworker": "colleague", "co-worker": "colleague", "flatmate": "flatmate", "housemate": "housemate",
                 "classmate": "friend", "teammate": "friend", "boss": "boss", "lodger": "lodger"}
FRIEND_WORDS = "|".join(_FRIEND_WORDS)


def friend_word(word: str) -> str:
    """The friend a word names, as kept: "mucker" and "bestie" are a friend, "workmate" a colleague."""
    return _FRIEND_WORDS.get(word, word)


_FRIEND = re.compile(r"\b(?:(?:my|our|his|her|their|me)\s+|(?:a|an|one)\s+(?:of\s+(?:my|our|his|her)\s+)?)"
                     r"(?:(?:best|bestest|close|closest|good|old|oldest|dear|dearest|work|school|uni|college|childhood|"
                     r"lifelong|fellow|next\s+door|new)\s+)*(" + "|".join(_FRIEND_WORDS) + r")s?"
                     r"(?:\s+(?:of\s+(?:mine|ours)|from\s+(?:work|church|school|the\s+\w+)))?\b")
# what is said of the friend, straight after: "is diabetic", "Dave's got", "suffers with", "with", "who has"
# (not after a name: "I'm helping my friend Sue who has breast cancer" is a carer's, of the person)
_FRIEND_HAS_IT = re.compile(r"(?:(?:['’]s)?(?:\s*,)?\s+(?:who|that)\s+|(?:\s+\w+)?(?:['’]s)?(?:\s*,)?\s+)(?:also\s+)?"
                            r"(?:has\s+had|has\s+got|had\s+got|has|had|have|got|is|was|suffers?\s+(?:from|with)|"
                            r"suffered\s+(?:from|with)|(?:is|was|got|been)\s+diagnosed\s+with|died\s+(?:of|from)|"
                            r"passed\s+away\s+(?:from|with)|with|wiv|living\s+with|lives\s+with|battling|fighting|"
                            # "my mate takes sertraline", "my flatmate's on sertraline" (the person's, before: fresh17)
                            r"takes|took|uses|used|(?<=['’]s\s)(?:been\s+)?on)"
                            r"\s+(?:\S+\s+){0,2}$")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself|im|ive|i['’]m|i['’]ve|i['’]d|we|us|our)\b")


# Someone not kin, or a relative said by name, has the fact only when they are the one said to have it,
# the fact straight after: "my friend has cancer", "Albert had Parkinson's"; not "I told my boss about
# my epilepsy", "my mate says I have depression", "Mark thinks I have dementia".
# One of the children by their place among them: "the small one have autism", "my youngest one has asthma"
_ONE_OF_THE_CHILDREN = re.compile(r"\b(?:the|my|our)\s+(?:small|smallest|little|youngest|eldest|oldest|middle|baby)\s+one\s+"
                                  r"(?:have|has|had|got|has\s+got|with)\s+(?:\S+\s+){0,2}$")
# Someone else by their name, and what is said of them, before it: "my neighbour Mrs Khan who is 70 has …"
_NAMED_HAS_IT = re.compile(r"\s*,?\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[a-z'’-]+(?:\s+[a-z'’-]+)?\s*,?\s*(?:(?:who|whos|who['’]s)"
                           r"\s+(?:is\s+)?\w+(?:\s+\w+)?\s*,?\s*)?(?:has|had|has got|got|suffers from|takes|is on|was diagnosed "
                           r"with|is diagnosed with)\s+(?:\S+\s+){0,2}$")
_HAS_IT = re.compile(r"(?:'s|’s)?\s+(?:also\s+|\w+\s+)?(?:has|had|have|got|has got|is|was|suffers from|suffered from|"
                     r"was diagnosed with|is diagnosed with|died of|died from|passed away from|had a|has a|has got a|"
                     r"takes|took|uses|used|(?<=['’]s\s)(?:been\s+)?on|"
                     # "my neighbour's just been diagnosed with diabetes" (the fourteenth fresh structuring set)
                     r"(?:just\s+|recently\s+)?been\s+diagnosed\s+with)"
                     r"\s+(?:\S+\s+){0,2}$")


# "Lily is 8 years and has autism": the name opens the clause and has the fact, with nobody else between
_IS_AND_HAS = re.compile(r"(?:'s|’s)?\s+(?:is|was)\s+(?:(?!\b(?:i|me|my|he|she|they)\b)[^,;])*?\b(?:and|n|&)\s+"
                         r"(?:also\s+)?(?:has|had|has got|got|suffers from|is|was)\s+(?:\S+\s+){0,2}$")


# A relative by the word alone, in the middle of a clause, who had or died of the fact: "when Dad died of his heart
# attack", "since Grandad had his stroke"
_KIN_HAD_IT = re.compile(r"\b([a-z]+)\s+(?:has\s+had|had|has|died\s+(?:of|from|with)|passed\s+away\s+(?:from|with))\s+"
                         r"(?:(?:a|an|his|her|the|their)\s+)?(?:[a-z]+\s+)?$")
# A name's "'s" straight before the fact, a word between at most: "Cai's eczema", "Cai's bad eczema" (not an
# illness named after someone: "Crohn's disease")
_NAMES_IT = re.compile(r"\b([A-Z][a-z]+)['’]s\s+(?!(?:disease|syndrome)\b)(?:[a-z]+\s+)?$")
# Whose "'s" names an illness, not a person ("Alzheimer's dementia", "Parkinson's tremor")
_EPONYMS = frozenset("""addison alzheimer asperger athlete baker barrett behcet bell bowen charcot conn crohn cushing down
dupuytren erb ewing graves hashimoto heberden hirschsprung hodgkin huntington kaposi meniere morton paget parkinson
perthes peyronie pick prinzmetal raynaud reiter rett sjogren still sydenham todd tourette wernicke whipple""".split())


def a_name(word: str) -> bool:
    """Whether a capitalised word before "'s" may be someone's name: not an illness's ("Alzheimer's"), nor a word as
    common as "It's", "That's", "She's", "Doctor's"."""
    return word.lower() not in _EPONYMS | {"doctor", "nurse"} and zipf_frequency(word.lower(), "en") < 5.0


# (or "on my side": "Thyroid trouble runs on my side: my mum had an underactive thyroid", the thirty-second fresh forms set)
_RUNS_IN_THE_FAMILY = Guarded(re.compile(r"\b(runs? (in|on) (the|my|our|his|her|their) (family|side|(\w+['’]?s )?side)|"
                                         r"family history)\b", re.IGNORECASE),
                              "family|side")


# "theres addiction in my family", "there's a lot of heart disease on my dad's side": the family's, not the person's (the
# twelfth fresh set, session 28: addiction was the person's own)
_THERE_IS_BEFORE = re.compile(r"\b(?:there['’]?s|there\s+is|there\s+was|there\s+are|theres|lots\s+of|a\s+lot\s+of|"
                              r"plenty\s+of)\s+(?:\w+\s+){0,2}$")
_IN_THE_FAMILY_AFTER = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:in|on)\s+(?:my|the|our|his|her|their|me)\s+"
                                  r"(?:family|\w+['’]?s\s+(?:side|family))\b", re.IGNORECASE)  # not "a pain in my side"


# A pet said before an illness or a medicine, with no one else between: "my cat Sooty is on tablets for his
# thyroid", "me dog Bess, she's on Metacam for her hips" are the pet's (found by the ninth fresh forms set),
# not "I walk my dog despite my arthritis".
# (the pet the clause starts with, as who has it: "I look after my dog and have COPD" is the person's COPD)
_PET = re.compile(r"^\W*(?:(?:and|but|also|then)\s+)?(?:my|his|her|their|our|the|me)\s+(?:(?:old|young|little|new)\s+)?"
                  r"(dogs?|cats?|puppy|kitten|budgie|parrot|rabbit|hamster|horse|pony)\b(?P<after>[^.;!?]*)$")



# A clause that ends on a pet ("I've got me dog Bess", "we have a cat called Tilly now"), and the next that
# goes on about it ("she's on Metacam for her hips"): that clause's illness and medicine are the pet's
PET_SAID_LAST = re.compile(r"\b(?:my|his|her|their|our|the|a)\s+(?:(?:old|young|little|new)\s+)?(?:dogs?|cats?|puppy|"
                           r"kitten|budgie|parrot|rabbit|hamster|horse|pony)(?:\s+(?:called|named)\s+\w+|\s+\w+)?"
                           r"(?:\s+now)?\W*$", re.IGNORECASE)
PET_GOES_ON = re.compile(r"\W*(?:she|he|it)(?:'s|’s|\s+is|\s+has|\s+takes|\s+gets|\s+needs)\b", re.IGNORECASE)
_NOT_THE_PETS = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|im|ive|me|my|mine|we|our|us|him|them|mum|dad|"
                           r"husband|wife|son|daughter)\b")


# Someone the person calls "my" by their name, last before the fact: "my Edna had Alzheimer's"
_MY_NAMED = re.compile(r"\b(?i:my|our)\s+((?!(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|"
                       r"English|GP)\b)[A-Z][a-z]+)\b(?!.*\b(?i:my|our)\s+[A-Z])")


# "mums got lupus", "my dads had a stroke", "me nans on warfarin": a relative's "'s" (has, is) typed without its
# apostrophe (session 20: a young carer's mum's lupus and depression were given to him)
_HAS_AFTER_S = re.compile(r"\s+(?:got|gotten|has|had|gets|been|is|was|on|suffers|suffered|takes|took|always|also|"
                          r"never|now|just|recently|bin|bn)\b")


ONE_OF = frozenset({"mum", "mam", "mom", "ma", "maw", "mammy", "mummy", "mother", "dad", "da", "daddy", "father", "faither",
                     "nan", "nana",
                     "nanna", "gran", "granny", "grandad", "grandma", "grandpa", "grandmother", "grandfather", "wife",
                     "husband", "partner", "missus", "fiance", "fiancee", "boyfriend", "girlfriend", "stepdad", "stepmum"})


def _kin_without_apostrophe(word: str, after: str, relatives: frozenset[str], term_next: bool = False) -> str | None:
    """The relative `word` names with an "'s" typed as a bare "s" ("mums", "dads"), when what follows says they
    have or are something, or the term follows at once (`term_next`: "my dads diabetes is bad", "my mums diabetic");
    None otherwise."""
    if len(word) < 3 or not word.endswith("s") or not (_HAS_AFTER_S.match(after) or term_next):
        return None
    kin = word[:-1]
    kin = INFORMAL_KIN.get(kin, kin)
    # (only kin one has one of: "his brothers had diabetes" are brothers)
    return kin if kin in ONE_OF and (kin in relatives or kin in _PARENT_WORDS) else None


# The person's own having, said straight before the fact: "ive got", "I have", "I've been diagnosed with"
_I_HAVE_IT = re.compile(r"\b(?:i\s+(?:have|had|got|get|suffer\s+(?:with|from))|i['’]ve|ive|i\s+have\s+got)\s+"
                        r"(?:got\s+|had\s+|been\s+diagnosed\s+with\s+)?(?:a\s+|an\s+|bad\s+|severe\s+|mild\s+)?$")


# The words for one parent: "I'm writing about my father, Gurdev … Dad has Parkinson's" is one man (the twenty-fourth fresh
# forms set, session 30: Dad's Parkinson's was his father's, a family history)
_KIN_ALIASES = {"dad": "father", "da": "father", "daddy": "father", "pa": "father", "faither": "father", "mum": "mother",
                "mam": "mother", "mom": "mother", "mammy": "mother", "mummy": "mother", "ma": "mother", "mither": "mother",
                "maw": "mother"}


def same_kin(word: str | None, relation: str | None) -> bool:
    """Whether `word` names the same relative as `relation` ("dad" and "father"; never None)."""
    return word is not None and relation is not None and _KIN_ALIASES.get(word, word) == _KIN_ALIASES.get(relation, relation)


# One of others said just before, opening the clause: "One of them's on insulin and the other has epilepsy" (the residents a
# support worker helps; the fourteenth fresh structuring set, session 30: both were the person's)
ANOTHER_ONE = re.compile(r"\W*(?:and\s+|but\s+|while\s+)?(?:one\s+of\s+(?:them|the\s+(?:other\s+)?\w+)|the\s+other(?:\s+(?:one|lad|lass|"
                          r"resident|man|woman|girl|boy|fella|tenant))?|another\s+(?:one|lad|lass|resident|man|woman|tenant))"
                          r"(?:['’]s\s+(?:on|got|been|had|taking)|\s+(?:has|had|takes|uses|gets|is\s+on|was\s+on))\b", re.IGNORECASE)


# A relative named bare after a comma or "and", who has what follows ("…, son have asthma", "… and daughter has eczema")
_KIN_AFTER_A_COMMA = re.compile(r"(?:[,;]|\band)\s+([a-z]+)\s+(?:also\s+)?(?:have|has|had|got|get|gets)\s+"
                                r"(?:got\s+)?(?:a\s+|an\s+|the\s+|bad\s+)?$")


def family_member(sentence: str, start: int, relatives: frozenset[str], exclude: str | None,
                  named: dict[str, str] | None = None, subject_name: str | None = None) -> str | None:
    """The relative a fact is about ("my mother had …"), someone else said to have it (OTHER_PEOPLE:
    "my friend has cancer"; a relative by the name the story gave them: "Albert had Parkinson's"), or
    None if it is the subject's own."""
    before = sentence[:start].lower()
    if _RUNS_IN_THE_FAMILY.search(sentence) or (_THERE_IS_BEFORE.search(before)
                                                 and _IN_THE_FAMILY_AFTER.match(sentence, start)):
        return "family"
    pet = _PET.search(before)
    if pet and not _NOT_THE_PETS.search(pet.group("after")):
        return pet.group(1)
    if _ONE_OF_THE_CHILDREN.search(before):
        return "child"  # "I have five children, the small one have autism": the child's (the tenth fresh set, session 26)
    if _I_HAVE_IT.search(before):
        return None  # "had my son 6 weeks ago and the midwife thinks ive got postnatal depression": hers (session 21)
    if ANOTHER_ONE.match(before):
        return "someone"  # "two other lads. One of them's on insulin and the other has epilepsy": theirs
    found = None
    # "Dad has diabetes", "Mum's got dementia"; "Family: mother died of a stroke", under a heading of relatives
    # ("The wife Maureen does have the dementia now": his wife's, the fourteenth fresh structuring set, session 30)
    bare = re.match(r"\W*(?:(?:family|relatives|fh)\s*[:\-–]\s*)?(?:and\s+)?(?:the\s+(?=(?:wife|husband|missus|hubby|mrs)\b))?"
                    r"([a-z]+)(?:'s|’s)?\b", before)
    # (what follows runs into the term: "my mums got the sugar", "got the sugar" a term of its own)
    kin = _kin_without_apostrophe(bare.group(1), sentence[bare.end():].lower(), relatives,
                                  not before[bare.end():].strip()) if bare else None
    if kin and not same_kin(kin, exclude):
        found = kin  # "mums got lupus": her mum's
    elif bare and bare.group(1) in relatives and not same_kin(bare.group(1), exclude):
        found = bare.group(1)
    elif bare and named and bare.group(1) in named and named[bare.group(1)] != exclude \
            and (_HAS_IT.match(before[bare.end(1):]) or _IS_AND_HAS.match(before[bare.end(1):])):
        found = named[bare.group(1)]  # "Albert had Parkinson's", after "my husband Albert"
    elif bare and bare.group(1) in OTHER_PEOPLE and _HAS_IT.match(before[bare.end(1):]):
        found = bare.group(1)
    if found is None and (after_comma := _KIN_AFTER_A_COMMA.search(before)) and after_comma.group(1) in relatives \
            and not same_kin(after_comma.group(1), exclude):
        found = after_comma.group(1)  # "the flat have mould, son have asthma": the son's (a stranger, session 34)
    if found is None and (owner := _NAMES_IT.search(sentence[:start])) and a_name(owner.group(1)) \
            and (named or {}).get(owner.group(1).lower(), exclude or owner.group(1).lower()) != exclude:
        # "Osian's asthma is worse for the damp", in his mother's own story: her son's, known by name or not (in a
        # carer's story a name not known as a relative may be the person's own: "Des's COPD")
        found = (named or {}).get(owner.group(1).lower(), owner.group(1).lower())
    for match in re.finditer(r"\b(my|his|her|their|our)\s+(?:own\s+)?(?:(" + ADJECTIVES + r")\s+)?([a-z]+)", before):
        if re.match(r"\s+(?:[a-z]+\s+)?(?:has\s+|had\s+)?(?:died|passed(?:\s+away)?)\b(?!\s+(?:of|from|after|with)\b)",
                    before[match.end():]):  # "since her husband Pete died she's been drinking": hers
            continue  # "since my husband died I don't see anyone": the loneliness is the person's
        if re.search(r"\b(?:pregnant|expecting)\s+(?:with\s+)?$", before[:match.start()]):
            continue  # "when I was pregnant with my son I had diabetes": hers, in pregnancy
        in_law = re.match(r"(?:-| )in(?:-| )law\b", before[match.end():])
        ex = re.match(r"[- ]+([a-z]+)\b", before[match.end():]) if match.group(3) == "ex" else None
        if ex and ex.group(1) in relatives:
            found = f"ex-{ex.group(1)}"  # "my ex husband Piotr has diabetes": his, and no family of theirs
            break
        if (match.group(3) in relatives or match.group(3) in _PARENT_WORDS) \
                and _PARTNER_OF.match(before[match.end():]):
            found = f"{match.group(3)}'s partner"  # "me ma's fella has emphysema": no kin of theirs (session 19)
            break
        kin = _kin_without_apostrophe(match.group(3), sentence[match.end():].lower(), relatives,
                                      not before[match.end():].strip())
        if kin and kin != exclude:
            found = kin  # "my dads got diabetes": his
            break
        for word in (match.group(3), match.group(2)):  # "my little sister", "my eldest has"
            if in_law and word == match.group(3):
                word = f"{word}-in-law"  # "my mother in law has arthritis": not a mother
                if same_kin(word, exclude):
                    continue
                found = word
                break
            if word in INFORMAL_KIN and word != exclude and INFORMAL_KIN[word] != exclude:
                found = INFORMAL_KIN[word]
                break
            if word in relatives and not same_kin(word, exclude):
                found = word
                break
            if same_kin(word, exclude) and match.group(1) in ("his", "her") and word in relatives and _HAS_IT.match(
                    before[match.end():]):
                found = word  # "her own mum had dementia", told of Mum: her mother's, not hers
                break
            if word in OTHER_PEOPLE and word != exclude and (_HAS_IT.match(before[match.end():])
                                                             or _NAMED_HAS_IT.match(before[match.end():])):
                found = word  # "my neighbour Mrs Khan who is 70 has diabetes": hers (a stranger, session 26)
                break
    if found is None and (bare_kin := _KIN_HAD_IT.search(before)):
        kin = INFORMAL_KIN.get(bare_kin.group(1), bare_kin.group(1))
        said_whose = re.search(r"\b(?:my|me|ma|our|his|her|their|" + ADJECTIVES + r")\s+$", before[:bare_kin.start(1)])
        if kin in relatives and not same_kin(kin, exclude) and not same_kin(bare_kin.group(1), exclude) \
                and not said_whose:  # "my hubby has": above
            found = kin  # "gave up when Dad died of his heart attack", told of Mum: Dad's, said by the way
    if found is None and (partner := _MY_MAN.search(before)) and (
            _HAS_IT.match(before[partner.end():]) or _NAMED_HAS_IT.match(before[partner.end():])):
        kin = "husband" if partner.group(1) == "man" else "partner"
        found = kin if not same_kin(kin, exclude) else None  # "Ma man Alec has dementia an ah'm his carer": his
    if found is None:
        found = _friend_has_it(before, exclude)
    if found is None and (mine := _MY_NAMED.search(sentence[:start])) and _HAS_IT.match(before[mine.end():]) \
            and mine.group(1).lower() not in relatives:
        found = mine.group(1).lower()  # "I'm a widower, my Edna had Alzheimer's at the end": Edna's
    if (theirs := kin_of_kin(before, relatives, named, exclude)) and (
            found is not None or theirs[0] in relatives or theirs[1] in (named or {})):
        # "my dad's brother has epilepsy": the uncle's, never the dad's; "Steve's dad's got type 2 diabetes", Steve
        # the person's partner: his father's, the person's father-in-law (session 28: it was the person's own)
        return theirs[0]
    for said in _NAME_KIN.finditer(sentence[:start]):
        name, kin = said.group(1).lower(), INFORMAL_KIN.get(said.group(2).lower(), said.group(2).lower())
        own = (subject_name or "").split()[0].lower() if (subject_name or "").split() else None
        # (in the person's own story only: a carer names the person by their name, and by the one they go by, "Robert
        # Platt, known to everyone as Bob … Bob's sister Ann had MS", so a name's relative there may be theirs)
        if exclude is None and a_name(said.group(1)) and name not in (named or {}) and name != own \
                and (kin in relatives or kin in _MOTHERS | _FATHERS) and _HAS_IT.match(before[said.end(2):]):
            # "Steve's dad has diabetes", Steve no one the story has placed: the relative of someone else, never the
            # person's own relative nor the person (session 28)
            return f"{name}'s {kin}"
    return found


# A name's relative: "Steve's dad", "Janes mum"
_NAME_KIN = re.compile(r"\b([A-Z][a-z]+)(?:['’]s|s['’]?)\s+([a-z]+)\b")


_MOTHERS = frozenset({"mum", "mam", "mom", "ma", "maw", "mother", "mummy", "mammy", "mommy"})
_FATHERS = frozenset({"dad", "da", "father", "daddy", "pa"})
_SIBLINGS = frozenset({"brother", "sister"})
_CHILDREN = frozenset({"son", "daughter"})
_PARTNERS = frozenset({"husband", "wife", "partner"})
# A relative's relative, said with "'s" ("my dad's brother", "Mum's sister", "me mams sister", "Gareth's brother",
# Gareth his dad), as the relative they are to the one whose story it is; said of someone else ("my mum's friend",
# "my brother's girlfriend"), no relative of theirs ("dad's friend" is no family history)
_KIN_OF_KIN = re.compile(r"\b(?:(my|me|ma|his|her|their|our)\s+)?(?:" + ADJECTIVES + r"\s+)?([a-z]+?)(?:'s|’s|s)\s+(?:"
                         + ADJECTIVES + r"\s+)?([a-z]+)\b")


def _composed(first: str, second: str) -> str:
    if first in _MOTHERS | _FATHERS:
        return {"brother": "uncle", "sister": "aunt"}.get(second) or (
            "grandmother" if second in _MOTHERS else "grandfather" if second in _FATHERS else f"{first}'s {second}")
    if first in _SIBLINGS:
        return {"son": "nephew", "daughter": "niece"}.get(second, f"{first}'s {second}")
    if first in _CHILDREN:
        return {"son": "grandson", "daughter": "granddaughter"}.get(second, f"{first}'s {second}")
    if first in _PARTNERS:
        return ("mother-in-law" if second in _MOTHERS else "father-in-law" if second in _FATHERS else
                {"brother": "brother-in-law", "sister": "sister-in-law"}.get(second, f"{first}'s {second}"))
    return f"{first}'s {second}"


def kin_of_kin(before: str, relatives: frozenset[str], named: dict[str, str] | None = None,
               exclude: str | None = None) -> tuple[str, str] | None:
    """The relative a fact said just after "X's Y" is about, and whose relative X is said to be ("his", "my", or
    the name X's own relation), when X is a relative or a relative's name and Y someone of theirs."""
    found = None
    for match in _KIN_OF_KIN.finditer(before.lower()):
        first, second = match.group(2), INFORMAL_KIN.get(match.group(3), match.group(3))
        first = INFORMAL_KIN.get(first, first)
        if first in (named or {}) and first not in relatives:
            owner, first = first, (named or {})[first]  # "Gareth's brother", Gareth his dad
        elif first in relatives or first in _MOTHERS | _FATHERS:
            owner = match.group(1) or ""
        else:
            continue
        if (second in relatives or second in OTHER_PEOPLE or second in _MOTHERS | _FATHERS) \
                and _HAS_IT.match(before[match.end(3):]):
            # a carer's "Mum's brother", Mum whom the story is about: her brother
            found = (second if first == exclude else _composed(first, second), owner)
    return found


def _friend_has_it(before: str, exclude: str | None) -> str | None:
    """The friend, mate, colleague or neighbour said last before a fact, who has it ("my best friend has", "me pal
    Dave's got", "a colleague of mine has", "one of my friends is"), with nothing of the person's between."""
    last = max(_FRIEND.finditer(before), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    friend = _FRIEND_WORDS[last.group(1)]
    between = before[last.end():]
    if friend == exclude or last.group(1) == exclude or not _FRIEND_HAS_IT.match(between) \
            or _FIRST_PERSON.search(between):
        return None
    return friend


# "…in remission now", said in a sentence that names no illness, after a cancer told before: the cancer is over (session
# 23: "Had the operation and chemo and I'm in remission now" left a bowel cancer told a message before as current).
# Only a cancer: Crohn's or arthritis "in remission" is still had.
_REMISSION = re.compile(r"\bin\s+(?:full\s+|complete\s+|total\s+)?remission\b", re.IGNORECASE)
_NOT_REMISSION = re.compile(r"(?:\bnot|n['’]?t|\bnever|\bhope|\bhoping|\bif|\buntil|\btill|\bbefore|\bwhen)\W+(?:\w+\W+){0,3}$",
                            re.IGNORECASE)
_NOT_YET = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:yet|soon|hopefully)\b", re.IGNORECASE)


def in_remission(health: list[dict[str, Any]], story: str) -> None:
    """The subject's cancer, current, told before a sentence that says only that they are in remission now: past."""
    for said in _REMISSION.finditer(story):
        begun = max(story.rfind(mark, 0, said.start()) for mark in ".!?\n") + 1
        ended = min((i for i in (story.find(mark, said.end()) for mark in ".!?\n") if i >= 0), default=len(story))
        if _NOT_REMISSION.search(story[begun:said.start()]) or _NOT_YET.match(story[said.end():ended]):
            continue
        sentence = story[begun:ended]
        if any(begun <= i.get("source", {}).get("start", -1) < ended for i in health if _CANCER.search(i["text"])):
            continue  # the cancer is named in the same sentence: its own words say
        cancers = [i for i in health if i["about"] == "subject" and i["status"] == CURRENT and _CANCER.search(i["text"])
                   and i.get("source", {}).get("start", len(story)) < begun]
        if cancers and not _NOT_OVER.search(sentence):
            cancers[-1]["status"] = PAST
