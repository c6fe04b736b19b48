"""The words and phrases structuring listens for: goals, what matters, ages (in figures and in words),
doses and how often, needs, a carer's role, who is speaking, body parts and injuries, bereavement."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.sections import ROUTES
from bot.understanding.structuring.guarded import Guarded

TAKING = re.compile(r"\b(take|takes|taking|took|tried|trying|switched|prescribed|started|" + "|".join(ROUTES) + r"|injects?|injecting|injected|uses?|using|stop+(?:e?d|t)|discontinued|came off|tablets?|pills?|"
                    r"capsules?|mg|mcg|injections?|inhalers?|medication|medicines?|meds|dose|puffs?|"
                    r"patch|cream|drops)\b", re.IGNORECASE)

GOAL = Guarded(re.compile(
    r"\b(i|we|he|she|they)\s*(?:just\s+|really\s+|only\s+|so\s+|desperately\s+|do\s+|still\s+)?(want|wants|'d like|’d like|would like|would really like|'d love|’d love|"
    r"would love|hope|hopes|wish|wishes|am hoping|'m hoping|’m hoping|are hoping|is hoping|"
    r"need to get back|need a break|needs a break|need somewhere|needs somewhere|need a (?:new |bigger |safe )?(?:home|place|flat|house))\b"
    r"|\bmy goal\b|\b(i|we)\s+(really\s+)?want\b|\bi'd like\b|\bi’d like\b"
    # "My aspirations are to…", "just want 2 feel normal", "I'm wanting to", "desperate to get home",
    # "my heart's set on", "I should like to", "all I want is", "Aw a want is tae" (Scots)
    r"|\b(?:my|his|her|their) (?:aspirations?|ambitions?|dreams?) (?:are|is)\b|^\W*(?:just\s+|really\s+)?wants? (?:to|2)\b"
    r"|\b(?:i'm|i’m|im|i am|he's|she's|he is|she is) wanting (?:to|2)\b|\bdesperate (?:to|2) (?:get|go|be|stay)\b"
    r"|\bheart['’]?s (?:is )?set on\b|\b(?:i|we) should (?:like|love) to\b|\ba want is\b"
    # typed without the apostrophe: "Id like to be able to get upstairs to my own bed again" (a stranger of 84)
    # and in Scots: "Ah'd like tae come aff the quetiapine" (the thirteenth fresh set, session 29: stopped, it was read)
    r"|\b(?:i|we|he|she)d (?:really )?(?:like|love) (?:to|2|tae|ta|some|a|more|help)\b|\bah['’]?d (?:really )?(?:like|love)\b",
    re.IGNORECASE,
), "want|like|love|hop|wish|need|goal|aspiration|ambition|dream|desperate|heart|should")
# A carer's wish for care, said without naming the person ("I'd like someone to come in at lunchtime",
# "I would really like some help at lunchtime"): a goal for the person, not the carer's own fact; but
# "someone to help me with the paperwork for myself" and "I need a break" are the carer's.
WISH_FOR_CARE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|carers?|care workers?|a care package|(?:some|more|extra|a bit of)\s+"
    r"(?:help|support)|visits?|(?:to\s+)?(?:come|pop|call)\s+in|check\s+(?:on|in))\b"
    r"(?![^.;]*\b(?:me|myself|a break|respite|to talk to)\b)",
    re.IGNORECASE,
)
# A carer's wish for themselves: a break, a rest, time for themselves ("I want a break from him", "I could do
# with a rest from looking after my husband"); not "I want him to stay at home", the person's goal.
CARERS_OWN_WISH = re.compile(
    r"\W*(?:(?:and|but|so|honestly|tbh|really|just|to be honest)\W+)*(?:(?:i|i'm|im|i’m|i am|i'd|i’d|id)\s+"
    r"(?:\w+\s+){0,2}?(?:want|need|like|love|could do with|could use|am desperate for|'m desperate for|desperate for|"
    r"long for|crave|wish for|wish i had|would like|would love)"
    # "What would help me is a break, even one day a week"
    r"|what (?:would|will|'d|’d) help (?:me|us)(?: most)? (?:is|would be))\s+(?:a\s+|an\s+|some\s+|more\s+)?"
    r"(?:proper\s+|little\s+|bit of\s+|real\s+|decent\s+|good\s+|few\s+)?(?:break|rest|respite|breather|holiday|"
    r"time (?:off|out|away|to myself|for myself|for me)|me time|night off|nights off|day off|days off|"
    r"night'?s sleep|sleep|life of my own)\b")
MATTERS = Guarded(re.compile(
    r"\b(matters? (most )?to (me|him|her|them|us)|important to (me|him|her|them|us)|"
    # "he still loves fixing clocks", "She was a seamstress and still loves to feel nice fabrics"
    r"(i|he|she|they|we|and|but) (?:really |still |just |absolutely ){0,2}(love|loves|enjoy|enjoys|like|likes)\b|"
    r"my favourite|"
    r"makes (me|him|her|them) happy|means a lot|upsets? (me|him|her|them)|what matters|(?:are|is) everything|"
    r"means? the world|my world|"
    # "her cat Tibbles is her whole world", "that matters a great deal to me", "my allotment is the only
    # place I get any peace"
    r"(?:is|are) (?:his|her|their|my) (?:whole )?world|matters? (?:a great deal|so much|a lot) to|"
    r"only (?:place|thing|time) (?:i|he|she|they) (?:get|gets|feel|feels) (?:any )?(?:peace|happy|relaxed|calm))",
    re.IGNORECASE,
), "matter|important|love|enjoy|like|favourite|happy|mean|upset|everything|world|only")
EXPLICITLY_MATTERS = re.compile(r"\b(matters?|important|means a lot)\b", re.IGNORECASE)
THAT_MATTERS = re.compile(r"^(that|this|it|which)\b.*\b(matters|important|means a lot)", re.IGNORECASE)
# "Money is tight but we manage": the managing belongs with what it is said of, kept in one clause
BUT_WE_MANAGE = re.compile(r"^(?:but\s+)?(?:we|i|he|she|they)\s+(?:still\s+|just\s+)?(?:manage|cope|get by|make do)"
                           r"(?:\s+(?:ok|okay|alright|fine|somehow|just about))?\W*$", re.IGNORECASE)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
# An age in words ("eighty one", "seventy-six", "a hundred and one"); a lone unit ("is one of") only
# with "years old".
_IN_WORDS = (rf"(?:(?:a|one) hundred(?: and (?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|"
             rf"{'|'.join(_TEENS)}|{'|'.join(_UNITS)}))?"
             rf"|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)})")
AGE_IN_WORDS = _IN_WORDS
# Whose age a carer may say with it, "Dad's 71", typed "mums 84" too (a stranger, session 38: no age was kept)
AGE_KIN = r"mum|mam|mammy|maw|mom|dad|da|nan|nana|gran|granny|grandad|granda|grandma|grandpa|husband|hubby|wife|" \
          r"missus|son|daughter|lad|lass|partner|brother|sister|uncle|aunt|auntie|niece|nephew|grandson|granddaughter|" \
          r"stepdad|stepmum"
AGE = Guarded(re.compile(
    r"\b(?:i'm|i’m|im|i am|he's|he’s|hes|she's|she’s|shes|he is|she is|they're|they are|who is|who's|is|"
    rf"aged|(?:{AGE_KIN})(?:['’]s|s))\s+(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?"
    rf"(\d{{1,3}}|{_IN_WORDS})\b(?!\s*(?:%|kg|st\b|stone|foot|feet|cm|mg|times|days|weeks|months|minutes|"
    r"hours|pounds|quid|percent|miles|years ago|o'clock|pm|am\b|p\.m|a\.m|of|per|quid|grand|thousand|"
    r"hundred|minutes?|mins?|more|less|or so))(?![./-]\d)(?![- ]years? ago)"  # "Her DOB is 02/09/39": a date, no age
    # "Hes sixty-something, he wont tell me exactly", "sixty odd", "70 plus": no age to write down (a fresh forms set,
    # session 40: 60 went to the carer's assessment)
    r"(?![- ]?(?:something|summat|odd|ish|plus|or so|or more|or over)\b)(?!\s*\+)"
    # "Address is 44 Cedar Street": a house, no age (a fresh forms set, session 24: a carer's story made him 44)
    # (the street's own name between: not "I'm 16 and the way my mum treats me", "I'm 58 in a flat", "I'm 34 way behind
    # on my rent": a second reader)
    r"(?![a-z]?,?\s+(?!(?:and|in|my|the|a|an|with|on|at|of|but|so|n|i|im|me|his|her|our|their|its|is|was|no)\b)"
    r"(?:[a-z'’-]+\s+){1,2}(?:street|st|road|rd|lane|ln|avenue|ave|close|crescent|terrace|gardens|grove|drive|mews)\b)"
    rf"|\b(\d{{1,3}}|{_IN_WORDS}|{'|'.join(_UNITS)})[- ]years?[- ](?:old|young)\b"
    # "I have 58 years" (second-language English)
    rf"|\b(?:i|he|she) (?:have|has) (\d{{1,3}}|{_IN_WORDS}) years?(?=\s*(?:[.,;!]|$|and\b))",
    re.IGNORECASE,
), "|".join(["year", "hundred", *_TENS, *_TEENS]), digits=True)  # a number, in figures or words
PRONOUNS = re.compile(r"\bmy pronouns are\s+([a-z]+/[a-z]+(?:/[a-z]+)?)|\(\s*((?:she|he|they|ze|xe)/[a-z]+(?:/[a-z]+)?)\s*\)",
                      re.IGNORECASE)
# Languages a person may want to be spoken to in, however typed ("arabic", "Urdu")
LANGUAGE_NAMES = ("arabic|urdu|punjabi|bengali|bangla|sylheti|gujarati|hindi|mirpuri|pahari|polish|romanian|lithuanian|"
                   "portuguese|spanish|italian|french|german|russian|ukrainian|turkish|kurdish|farsi|persian|dari|pashto|"
                   "somali|tigrinya|amharic|cantonese|mandarin|chinese|vietnamese|tamil|malayalam|czech|slovak|hungarian|"
                   "bulgarian|albanian|latvian|welsh|gaelic|greek|swahili|yoruba|igbo|twi|nepali|thai|tagalog|hebrew")
LANGUAGE = Guarded(re.compile(r"\b(?:i speak|speaks?|first language is|language is)\s+(?:only\s+|mostly\s+|mainly\s+)?([A-Z][A-Za-z]+)"
                              r"|\b([A-Z][a-z]+) is (?:my|his|her|their|our) (?:first |main |only |own )?language\b"
                              # "I prefer arabic for doctor", "id rather have urdu", "speak in Polish", "a Somali interpreter"
                              r"|\b(?i:prefers?|preferred|preferably|rather(?: have)?|speaks?|speaking|talk|written in|letters in)\s+"
                              r"(?i:(?:to|to speak|to talk|to use|speak|talk|use|someone|somebody)\s+)?(?i:in\s+)?"
                              rf"((?i:{LANGUAGE_NAMES}))\b(?!\s+(?i:food|takeaways?|restaurants?|cooking|dishes|meals?|people|"
                              r"friends?|church|mosque|temple|community|shops?|market|tv|telly|films?|music|news|class|classes|"
                              r"lessons?|family|neighbours?|heritage|descent|background|origin|women|woman|men|man|ladies|lady|"
                              r"girls?|boys?|lads?|folk|elders?|mums?|mothers?|fathers?|dads?|kids|children|groups?|"
                              r"students?|families|couples?|guys?|blokes?|doctors?|nurses?)\b)"
                              rf"|\b((?i:{LANGUAGE_NAMES}))\s+(?i:interpreter|translator|speaker|speaking)\b"), "speak|language|prefer|rather|talk|written|letters|interpreter|translator")


def language_named(match: re.Match[str]) -> str:
    """The language a LANGUAGE match names, as written when capitalised ("Polish"), else capitalised ("arabic")."""
    said = next(g for g in match.groups() if g)
    return said if said[:1].isupper() else said.capitalize()
# the allergen ends at a reaction said after it too: "penicillin (rash)", "aspirin - it brings on my asthma",
# "nuts which cause anaphylaxis"
_ALLERGEN_END = (r'(?=[,.;!?"”]' r"|\s*[(\[]|\s+[-–—]|\s+and\b|\s+but\b|\s+so\b|"
                 r"\s+(?:which|that|as|because|cos|coz)\b|"
                 r"\s+(?:it|they)\s+(?:makes?|made|gives?|gave|brings?|brought|causes?|caused|sets?|triggers?)\b|"
                 r"\s+(?:makes?|made|gives?|gave|brings?|brought|causes?|caused|sets?|triggers?)\s+(?:me|him|her|them|us|"
                 r"my|his|their|on)\b|$)")
# words that say what the person is or does, never an allergen of a list ("allergic to nuts, diabetic and asthmatic")
_NOT_LISTED_ALLERGENS = (r"diabetic|asthmatic|epileptic|registered|widowed|married|divorced|single|retired|blind|deaf|"
                         r"disabled|housebound|live|lives|living|alone|unemployed|pregnant|vegetarian|vegan|partially|"
                         r"hard|aged|age|born|currently|recently|sometimes|usually|always|never|carries|carry|carrying|"
                         r"keeps|keep|wears|wear|must|has to|have to")
# "allergic to nuts", "an allergy to nuts", "nut allergy"; the word before "allergy" is no allergen
# when it is a word any sentence has ("I have allergy to nuts" is not an allergy to "have").
_NOT_ALLERGENS = (r"a|an|the|have|has|had|got|get|my|his|her|their|our|your|its|this|that|no|any|some|known|"
                  r"severe|serious|bad|terrible|mild|slight|real|big|bit|of|with|and|is|was|an?|i|me|he|she|they|"
                  r"also|only|just|very|really|possible|suspected|seasonal|"
                  # "I am allergy for aspirin", "I'm allergy to codeine" (English a second language): no allergen
                  r"am|are|were|be|been|being|m|s|re|im|not")
ALLERGY = Guarded(re.compile(
    # ("not allergic to anything else", "allergic to nothing": no allergen, session 22)
    # (nor "Nowt I am allergic to as far as I know": "You are allergic to as far", a fresh forms set, session 40)
    rf"\ball?ergic (?:to|2|for|on|from|with)\s+(?!(?:anything|nothing|owt|nowt|as\s+far|as\s+i\s+know|that\s+i\s+know)\b)"
    rf"([a-z][a-z \-]*?){_ALLERGEN_END}"
    rf"|\ball?erg(?:y|ies) (?:to|2|for|on|from|with)\s+(?!(?:anything|nothing|owt|nowt|as\s+far|as\s+i\s+know|that\s+i\s+know)\b)"
    rf"([a-z][a-z \-]*?){_ALLERGEN_END}"
    rf"|\b(?!(?:{_NOT_ALLERGENS})\s)([a-z\-]+)\s+all?ergy\b"
    # as a heading: "Allergies: nuts, eggs, penicillin", "allergies - penicillin" (not "Allergies: none")
    rf"|\ball?erg(?:y|ies)\s*[:=–-]\s*(?!(?:none|nil|nkda|nka|no|not|n/a|na|nothing|unknown|free)\b)([a-z][a-z \-]*?){_ALLERGEN_END}"
    # the allergy first, who has it after, as a second language says it: "Allergy I have for aspirin, my face swell up"
    # (the twenty-eighth fresh forms set, session 34: the aspirin was sent as a medicine taken)
    rf"|^\W*all?erg(?:y|ies)\s+(?:i|he|she|they|we)\s+(?:have|has|got|am|is|are)\s+(?:got\s+)?(?:for|to|2|with|on|from)\s+"
    rf"(?!(?:anything|nothing|owt|nowt|none|long|a\s+long|years|ages|a\s+while|many|some\s+time|since)\b)"
    rf"([a-z][a-z \-]*?){_ALLERGEN_END}"
    # said with "is": "Allergy is aspirin, I get problem with breathing" (a fresh forms set, session 24: a medicine taken);
    # not "my allergy is bad this year", "allergies are worse in spring"
    rf"|^\W*(?:(?:my|his|her|their|the|only)\s+)?all?erg(?:y|ies)\s+(?:is|are)\s+(?:to\s+)?(?!(?:none|nil|no|not|nothing|"
    rf"unknown|{_NOT_ALLERGENS}|worse|better|getting|playing|terrible|awful|fine|ok|okay|under|quite|pretty|so|too|back|"
    rf"gone|listed|anaphylactic|anaphylaxis|seasonal|flaring|flared|mostly|mainly|hay|below|above|attached|written|"
    rf"there|here|on|in|at|from|because|due|caused|triggered|what|why|something|really|still|now|bad|good|awful)\b)"
    rf"([a-z][a-z\-]*)(?=\s*[,.;!?]|\s*$|\s+and\b)"
    # as a heading without its colon, one word alone: "Allergy penicillin, face swell up" (not "allergy clinic on Monday")
    rf"|^\W*all?erg(?:y|ies)\s+(?!(?:none|nil|nkda|nka|no|not|n/a|na|nothing|unknown|free|{_NOT_ALLERGENS}|to|for|on|"
    r"from|clinic|test|tests|testing|nurse|team|service|tablets?|medicines?|medications?|season|symptoms|"
    r"injections?|pens?|bands?|are|were|cards?)\b)([a-z][a-z\-]*)(?=\s*[,.;!?]|\s*$)"
    # said first, as a second language says it: "Penicillin I am allergic, my face is swelling" (the twenty-first fresh
    # forms set, session 27: the penicillin was sent as a medicine taken)
    rf"|^\W*(?!(?:{_NOT_ALLERGENS}|i|he|she|they|we|it|that|this|so|and|but|also|yes|no|\w+ly|think|thinks|thought|guess|"
    rf"maybe|perhaps|now|well|mum|mam|mom|dad|nan|gran|son|daughter|husband|wife|partner|apparently|obviously|sadly|"
    rf"unfortunately)\b)([a-z][a-z\-]*)\s+(?:i\s+am|i['’]?m|im|"
    r"he\s+is|she\s+is|he['’]?s|she['’]?s|hes|shes|they\s+are)\s+(?:very\s+|badly\s+|really\s+|also\s+)?all?ergic\b"
    r"(?!\s+(?:to|2|for|on|from|with)\b)"
    # said first with "I have allergy": "But peanut I have allergy, my throat is closing" (the twenty-seventh fresh forms
    # set, session 33: not heard, and "Medicine allergy, no" before it was sent as an allergy to medicines)
    # (a thing one is allergic to, never "Well I have allergy to cats", "Now I have allergy": a second reader)
    r"|^\W*(?:(?:but|and|also)\s+)?(peanuts?|nuts?|eggs?|milk|dairy|fish|shellfish|prawns?|wheat|gluten|sesame|latex|"
    r"plasters?|penicillin|aspirin|ibuprofen|codeine|morphine|cats?|dogs?|horses?|pollen|bees?|wasps?|strawberr(?:y|ies)|"
    r"kiwis?|soya?|mushrooms?|bananas?)\s+(?:i|he|she|they|we)\s+(?:have|has|got|get)\s+(?:an?\s+)?(?:bad\s+|severe\s+|big\s+)?"
    r"all?ergy\b",
    re.IGNORECASE,
), "erg")
# "allergic to penicillin and them sticking plasters": the next allergen of a list (not "and I have asthma")
AND_ALLERGEN = re.compile(r"\s+(?:and|&|n|or)\s+(?:them\s+|those\s+|the\s+|to\s+|also\s+)?"
                          r"(?!(?:i|he|she|they|we|it|my|his|her|their|our|have|has|had|get|gets|got|is|was|am|"
                          r"take|takes|taking|use|uses|using|need|needs|can|cant|can't|no|not|on|for|with|when|"
                          rf"in|at|also|still|just|{_NOT_LISTED_ALLERGENS})\b)([a-z][a-z\-]*(?:\s+[a-z\-]+){{0,2}}?)"
                          + _ALLERGEN_END, re.IGNORECASE)
# "allergic to nuts, eggs and penicillin": the next allergen of a list after a comma. It ends at the list's
# next comma or "and", or the clause's end ("allergic to penicillin, I take metformin" names one allergen, and
# "allergic to penicillin, bad rash" says what it does).
COMMA_ALLERGEN = re.compile(r"\s*,\s*(?:(?:and|&|or)\s+)?(?:to\s+)?"
                            r"(?!(?:i|he|she|they|we|it|you|my|his|her|their|our|have|has|had|get|gets|got|is|was|am|"
                            r"take|takes|taking|use|uses|using|need|needs|can|cant|can't|no|not|on|for|with|when|in|at|"
                            r"also|still|just|but|so|which|that|as|because|cos|since|especially|mainly|mostly|even|wait|sorry|hang|hold|"
                            r"probably|maybe|apparently|rash|rashes|hives|swelling|swells|itchy|itching|sick|vomiting|"
                            r"bad|badly|severe|severely|mild|very|really|anaphylaxis|anaphylactic|all|both|etc|too|"
                            rf"thanks|thank|please|lol|tbh|{_NOT_LISTED_ALLERGENS})\b)([a-z][a-z\-]*(?:\s+[a-z\-]+)?)"
                            r"(?=\s*(?:,|&|\band\b|\bor\b|[.;!?]|[(\[]|$))", re.IGNORECASE)  # "codeine (vomiting)"
# "no known allergies", as typed ("no alergys", "no known alergies") and as the NHS writes it ("NKDA", "NKA",
# "Allergies: none", "allergies - nil"); not "not allergic to anything else", said after allergies named (session 22)
_ALLERGIES_TYPED = r"al+er+g(?:ies|ys|eys|is)"
NO_ALLERGIES = Guarded(re.compile(r"\b(no (known )?(?:drug |medicine )?" + _ALLERGIES_TYPED + r"|not allergic to anything(?!\s+else)|nkda|nka|nkfa|"
                                  # "Nowt I am allergic to as far as I know", "nothing shes allergic to" (a fresh forms
                                  # set, session 40)
                                  r"\b(?:nowt|nothing|none)\s+(?:that\s+)?(?:i\s+am|i['’]?m|im|he\s+is|she\s+is|he['’]?s|she['’]?s|"
                                  r"hes|shes|they\s+are|they['’]?re|theyre)\s+(?:\w+\s+)?al+ergic\s+(?:to|2)\b|"
                                  # "No allergy." said alone (but "no allergy for medicine" is about medicines only)
                                  r"^\W*no (?:known )?al+er+gy(?=\W*$)|"
                                  # "Medicine allergy, no." (the twenty-seventh fresh forms set, session 33)
                                  r"\b(?:drug|medicine|medication|tablet)s? al+er+g(?:y|ies)\s*[,:=-]?\s*(?:no|none|nil)\b(?!\s+(?:to|except))|"
                                  r"" + _ALLERGIES_TYPED + r"\s*[:=-]\s*(?:none(?: known)?|nil|nkda|nka|no)(?!\s+(?:to|except))|"
                                  r"(don't|don’t|dont|do not|doesn't|doesn’t|doesnt|does not) have any allergies)\b",
                                  re.IGNORECASE), "ler|nk")
# "I'm not on any tablets", "no regular medicines", "he doesn't take any medication"
NO_MEDICINES = re.compile(r"\b(?:no|not on any|not taking any|(?:don't|don’t|dont|do not|doesn't|doesn’t|doesnt|"
                          r"does not) take any|none)\b", re.IGNORECASE)
# The side of a condition: "left hip", "both knees"; not "both" said of the people ("both had dementia").
SITE_BEFORE = re.compile(r"\b(left|right|both)\s+(?:(?:hip|knee|leg|arm|side|eye|ear|hand|foot|feet|shoulder|"
                         r"ankle|wrist|breast|lung|kidney|elbow|big toe)s?\s+)?$", re.IGNORECASE)
# Where numbness or weakness is, said after it: "numb feet", "weakness on my right side", "weak down his left side".
SYMPTOM_PART_AFTER = re.compile(r"^\s+(?:(?:in|on|down)\s+(?:(?:my|his|her|their|the|me|one|both)\s+)*)?(?:(left|right)\s+)?"
                                r"(side|feet|foot|hands?|legs?|arms?|toes|fingers|face)\b", re.IGNORECASE)
SIDED_BEFORE = re.compile(r"\b(left|right)[- ]?sided\s+$", re.IGNORECASE)  # "right-sided weakness"
# A dose in digits or words ("500mg", "five mg", "1 gram", "one puff", "20 units"), or a bare number said
# straight after the medicine's name ("metformin 500 twice a day": see BARE_DOSE).
_DIGIT_WORDS = rf"(?:{'|'.join(_UNITS)}|zero|nought|oh)"
# "two point five", "one point two five", "nought point five", "two and a half" (a stranger, session 22: "bisoprolol two
# point five mg" was read back as "bisoprolol five mg", twice the dose; "ramipril one point two five mg" as "five mg")
_SAID_FRACTION = rf"(?:{_DIGIT_WORDS}|\d+)\s+point(?:\s+(?:{_DIGIT_WORDS}|\d+))+|(?:{_DIGIT_WORDS}|\d+)\s+and\s+a\s+half"
# "one hundred twenty-five micrograms", "two hundred and fifty mg" (the thirteenth fresh set, session 29: "one hundred
# twenty-five micrograms" of levothyroxine was read back as twenty-five, a fifth of the dose)
_HUNDREDS = rf"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?(?:(?:{'|'.join(_TENS)})" \
            rf"(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|{'|'.join(_UNITS)}))?"
_DOSE_AMOUNT = rf"(?:{_SAID_FRACTION}|\d+(?:\.\d+)?|{_HUNDREDS}|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|" \
               rf"{'|'.join(_TEENS)}|{'|'.join(_UNITS)})"
DOSE_AMOUNT = _DOSE_AMOUNT  # also for a dose a correction gives (corrections.py)
DOSE = re.compile(rf"\b{_DOSE_AMOUNT}\s?(?:mg|mcg|micrograms?|milligrams?|grams?|g|ml|units?|puffs?|tablets?)\b",
                  re.IGNORECASE)
# ("aspirin 75 one time every day", second-language English: a fresh forms set, session 40)
_TIMES_A = r"(?:\d|one|two|three|four|five|six) times? (?:a |per |each |every |in (?:a |the )?)?(?:day|daily|week|weekly)|" \
    r"(?:[1-6]\s?x|x\s?[1-6])\s?(?:a |per |each |every )?(?:day|daily|week|weekly)"  # "2x a day", "x2 daily" (a stranger, session 38)
_HOW_OFTEN = (
    rf"{_TIMES_A}|(?:once|twice|three times|four times) (?:a|per|each) (?:day|week)|(?:once|twice) (?:daily|weekly)|"
    r"daily|weekly|every (?:morning|night|evening|day|week)|"
    # "lantus 18 units at nite": typed as it sounds
    r"every (?:\d+|two|three|four|six|eight|twelve) (?:hours|days|weeks|months)|at (?:night|nite|nyt)|in (?:the )?(?:morning|evening)|"
    r"of an? (?:morning|night|evening)|at bedtime|as needed|as required|when (?:needed|required)|if needed|"
    r"when (?:i|he|she|they) needs? (?:it|them)|with (?:my |his |her |their |the )?(?:evening |morning )?meals?|"
    # kept for an emergency, not taken every day: "buccal midazolam for emergencies only", "if he fits" (a stranger,
    # session 38: sent to the GP as a regular medicine); typed "emergancies" too (a try on the stack, session 39)
    r"(?:only )?(?:for|in) (?:an? )?emerg[ae]nc(?:y|ies)(?: only)?|(?:just )?in case\b(?! of)|(?:if|when) (?:i|he|she|they) (?:fits?|(?:has|have|gets?) "
    r"an? (?:fit|seizure|bad attack|attack))")
FREQUENCY = re.compile(rf"\b(?:{_HOW_OFTEN})\b", re.IGNORECASE)
# "metformin 500 twice a day": a bare number just after the name, before how often or at the clause's end
BARE_DOSE = re.compile(rf"^\s(\d{{2,4}})(?=\s+(?:{_HOW_OFTEN})\b|\s*(?:[,;.]|and\b|$))", re.IGNORECASE)
# In daily living, naming an activity is a need only with one of these ("I can cook" is not).
NEED = re.compile(
    r"\b(can't|can’t|cant|cannot|unable|help|helps|helping|struggle|struggles|hard|difficult|need|needs|won't|"
    r"won’t|wont|refuses|refuse|doesn't|doesn’t|doesnt|hasn't|hasn’t|hasnt|haven't|haven’t|havent|prompting|"
    r"prompt|reminding|"
    r"manage|assist|assistance|does (?:my|his|her|the)|do (?:my|his|her|the)|forget|forgets|forgetting|isn't|"
    r"not|no longer|lost|unsteady|support|hardest|breathless|pain|painful|tired|exhausted|only eats?|will only|fussy)\b",
    re.IGNORECASE,
)
# What a carer may be to the person, said as "I'm his …" or "I'm Frank's …"
_CARER_IS = (r"daughter-in-law|son-in-law|stepdaughter|stepson|stepmum|stepmom|stepmother|stepdad|stepfather|aunt|auntie|"
             r"uncle|neighbour|neighbor|friend|mate|pal|daughter|son|"
             r"wife|husband|partner|sister|brother|niece|nephew|granddaughter|grandson|cousin|carer|support worker|"
             r"care worker|key worker")
CARER_ROLE = re.compile(
    r"\b((?:i'm|i’m|im|i am) (?:a |her |his |their )?(?:friend|neighbour|neighbor) of|look after|looks after|looking after|care for|caring for|(?:his|her|their|full[- ]time|main|"
    r"unpaid) carer|power of attorney|attorney|deputy|deputyship|parental responsibility|appointee|"
    r"next of kin|foster carer|foster parent|kinship carer|special guardian|"
    # "I'm his neighbour", "im her daughter", "Im Louise her daughter": who the carer is to them
    rf"(?:i'm|i’m|im|i am) (?:(?-i:[A-Z][a-z]+),? )?(?:his|her|their) (?:\w+ )?(?:{_CARER_IS}|mum|mother|dad|father)"
    # "I'm only the neighbour like, Siobhan": who the carer is, then their name
    r"|(?:i'm|i’m|im|i am) (?:only |just )?(?:the|a) (?:next door |old |good )?(?:neighbour|neighbor|friend)(?: like)?,\s*(?-i:[A-Z][a-z]+)\b"
    # "I'm Sarah Kirkham, Dennis's daughter-in-law", "I'm Nicola Morgan, mum to Ellie": who the carer is, by name
    rf"|(?:i'm|i’m|im|i am) (?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?,? (?:(?:his|her|their|(?-i:[A-Z][a-z]+)['’]s) "
    rf"(?:\w+ )?(?:{_CARER_IS}|mum|mother|dad|father)\b|(?:{_CARER_IS}|mum|mam|mom|mother|dad|father) (?:to|of) )"
    # "I'm Albert's next door neighbour", "im pats friend": who the carer is to them, by the person's name
    rf"|(?:i'm|i’m|im|i am) (?-i:[A-Z][a-z]+)(?:['’]s|s) (?:next door |old |best |close |good )?(?:{_CARER_IS})\b"
    # "I am daughter", "I am the son" (second-language English): who the carer is to them
    r"|(?:i'm|i’m|im|i am) (?:the |a )?(?:daughter|son|wife|husband|niece|nephew|granddaughter|grandson|"
    r"daughter-in-law|son-in-law)(?= *(?:[.,;!]|$| of| and| to))"
    # "I do most of the caring", "i help my grandad": the carer's part
    r"|(?:i|we) (?:do|share) (?:most of |all of |some of |a lot of )?(?:the |his |her |their )?caring"
    r"|(?:i|we) help (?:my|our) (?:nan|nana|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad|mother|father)"
    # "I'm a carer from the agency", "im a young carer": the carer's part
    r"|(?:i'm|i’m|im|i am) (?:a |the |their |his |her )?(?:young |paid |agency |sole |family |home )?carer"
    # "I do his shopping", "I ring him most nights", "I pop in after college", "so I do all that": the help
    # the carer gives, theirs (what the person needs is read from it too)
    r"|(?:i|we) (?:do|sort|sorts) (?:all |most of |most |some of )?(?:his|her|their|the) (?:shopping|cooking|cleaning|"
    r"washing|meals|tablets|medication|medicines|meds|pills|injections|insulin|money|bills|paperwork|letters|ironing|"
    r"housework|garden)"
    r"|(?:i|we) (?:do|put out|take out|bring in|put|take) (?:all |most of |most |some of )?(?:his|her|their|the) bins"
    r"|(?:i|we) (?:sort|sorts) out (?:all |most of |most |some of )?(?:his|her|their|the) (?:tablets|medication|medicines|"
    r"meds|money|bills|paperwork|letters|shopping)"
    # "I struggle to lift him", "we can't manage her on our own": the carer's own strain
    # "I can no longer lift her", "im not able to get him up", "i carnt lift her no more"
    r"|(?:i|we|i'm|i’m|im|i am|we're|we’re|we are) (?:really |just |now |also )?(?:struggle|struggling|"
    r"find it (?:too |very |really )?hard|can't|can’t|cant|carnt|cannot|can not|can no longer|(?:not|no longer|un) ?able) "
    r"(?:to )?(?:lift|move|manage|cope with|handle|turn|shower|bath|wash|get) (?:him|her|them)"
    # "honestly im not coping", "I can't cope any more", "I'm at the end of my tether": how the carer manages
    r"|(?:i'm|i’m|im|i am|i've been|i’ve been|ive been) (?:really |just |honestly |barely |not really )?(?:not coping|"
    r"struggling(?! (?:with|to) (?:my own|me)\b)|at (?:breaking point|the end of my tether)|burnt out|burned out)"
    r"|(?:i|we) (?:can't|can’t|cant|cannot|can not) cope\b"
    r"|(?:i'm|i’m|im|i am) minding (?:my|our) "
    r"|(?:i|we) (?:check on|look in on|keep an eye on|check in on) (?:him|her|them)"
    # "I'm Pat, next door neighbour to Mr Evans", "I am Jean, the neighbour of Tariq": who the carer is
    r"|(?:i'm|i’m|im|i am) (?-i:[A-Z][a-z]+),? (?:the |a |his |her |their )?(?:next door |old |best |close |good )?"
    r"(?:neighbour|neighbor|friend)\b"
    r"|(?:i|we) do (?:all that|all of that|everything|it all|all of it)"
    r"|(?:i|we) (?:ring|call|phone|visit) (?:him|her|them)"
    # "i live 40 mins away and visit twice a week", "I visit every day": how near the carer is and how often
    r"|(?:i|we) (?:only |also |still )?live (?:about |around |over |nearly |just |only )?(?:\d+|an?|one|two|three|four|five|"
    r"ten|twenty|thirty|forty|fifty|half an?|a few|few|several|an? couple of|couple of)\s*(?:mins?|minutes?|hours?|hrs?|miles?|"
    r"km)(?: \w+)? away"
    r"|^(?:and |but |so )?(?:i|we) (?:visit|see (?:him|her|them)|pop round|go round|come round)"
    r"(?= (?:every|twice|once|three times|most|on|at|daily|weekly|each|a few|when|after|before))"
    r"|(?:i|we) (?:pop|go|nip) (?:in|round|over)(?! (?:to )?(?:hospital|work|school|college))"
    # "I'm Betty's neighbour", "Jim is my best mate": who the carer is to them, by name
    rf"|(?:i'm|i’m|im|i am) (?-i:[A-Z][a-z]+)['’]s (?:\w+ )?(?:{_CARER_IS})"
    r"|(?-i:[A-Z][a-z]+) is (?:my|a) (?:\w+ )?(?:neighbour|neighbor|friend|mate|pal)"
    # "Tony's a mate of mine", "Kath's my neighbour", "I live next door to Kathleen"
    r"|(?-i:[A-Z][a-z]+)['’]s (?:a|an|my) (?:\w+ )?(?:neighbour|neighbor|friend|mate|pal)"
    r"|(?:i|we) live next door (?:to|from) (?:him|her|them|(?-i:[A-Z][a-z]+)))\b",
    re.IGNORECASE,
)
# A carer introducing themselves by name and what they are to the person, who is named or "his"/"her": "I'm
# Sarah Kirkham, Dennis's daughter-in-law", "I'm Nicola Morgan, mum to Ellie Grace Morgan" (or "mum to our Bethany"),
# "I am Roy, her husband"
_PARENT = r"mum|mam|mom|mother|dad|father"
_CAP_WORD = r"(?-i:[A-Z][a-z]+)"
CARER_INTRO = re.compile(
    rf"\b(?:i'm|i’m|im|i am) (?P<own>{_CAP_WORD}(?: {_CAP_WORD})?),? (?:(?:his |her |their |(?P<owner>{_CAP_WORD})['’]s )"
    rf"(?:\w+ )?(?:next door |old |best |close |good )?(?P<is>{_CARER_IS}|{_PARENT})\b"
    rf"|(?:the |a )?(?:next door |old |best |close |good )?(?P<rel>{_CARER_IS}|{_PARENT}) (?:to|of) "
    rf"(?:(?i:our|my) )?(?P<to>{_CAP_WORD}(?: {_CAP_WORD}){{0,2}})?)",
    re.IGNORECASE)
# "I'm only the neighbour like, Siobhan": who the carer is, then their name
CARER_THEN_NAME = re.compile(r"\b(?:i'm|i’m|im|i am) (?:only |just )?(?:the|a|his|her|their) (?:next door |old |good )?"
                             rf"(neighbour|neighbor|friend)(?: like)?,\s*({_CAP_WORD})\b", re.IGNORECASE)
# "I'm Grace and I'm writing about my father": the carer's name, and whose story they tell
CARER_NAME_WRITING = re.compile(
    rf"\b(?:i'm|i’m|im|i am) ({_CAP_WORD}(?: {_CAP_WORD})?),? (?:and )?(?:i'm |i’m |im |i am )?(?:writing|calling|"
    r"messaging|filling this in|asking|here) (?:about|for|on behalf of) (?:my|our) (?:\w+ )?(\w+)", re.IGNORECASE)
# What the carer is to the person, from whom they say they write about ("my father": a son or daughter)
CARER_BY_PERSON = {"son or daughter": frozenset({"mum", "mam", "mom", "mother", "dad", "da", "father"}),
                   "partner": frozenset({"husband", "wife", "partner", "hubby"}),
                   "grandchild": frozenset({"nan", "nana", "gran", "granny", "grandma", "grandmother", "grandad",
                                            "grandpa", "grandfather"}),
                   "parent": frozenset({"son", "daughter", "child", "boy", "girl"}),
                   "brother or sister": frozenset({"brother", "sister"})}
# The carer's own name and what they are to the person, said together: "I'm Pat, next door neighbour to Mr Evans"
CARER_IS_NAMED = re.compile(r"\b(?:i'm|i’m|im|i am) ((?-i:[A-Z][a-z]+)),? (?:the |a |his |her |their )?(?:\w+ )?"
                            rf"(?:next door |old |best |close |good )?({_CARER_IS})\b", re.IGNORECASE)
# The person telling their own story cares for someone: "I look after my mum", "I'm a young carer for
# my mum who has MS", "I've been looking after my dad since his stroke" (not "my daughter looks after me").
I_CARE = Guarded(re.compile(
    r"\b(?:i|i'm|i’m|im|i am|i've|i’ve|ive|we|we're|we’re)\s+(?:\w+\s+){0,3}?(?:look(?:s|ing)? (?:after|afta)|"
    r"tak(?:e|es|ing) care of|"
    r"car(?:e|ing) for|(?:a\s+|the\s+)?(?:young\s+|main\s+|full[- ]time\s+|unpaid\s+|sole\s+)?carer\b)"
    r"(?!\s+(?:for\s+|to\s+)?(?:me|myself)\b)"
    r"|\b(?:i'm|i’m|im|i am)\s+(?:my|his|her|their)\s+(?:\w+['’]s\s+)?(?:main\s+|full[- ]time\s+|unpaid\s+)?carer\b",
    re.IGNORECASE), "look|car")
FIRST_PERSON = {"i", "me", "my", "myself", "mine", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "im", "ive"}
THIRD_PERSON = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us", "our",
                "he's", "she's", "he’s", "she’s", "himself", "herself", "who", "we'd", "we’d", "we're",
                "we’re", "we've", "we’ve"}
BODY_PARTS = frozenset({"hip", "knee", "back", "shoulder", "leg", "arm", "wrist", "ankle", "eyes", "heart",
                        "blood pressure", "cholesterol"}) | frozenset({"hands", "feet", "liver", "kidneys", "neck", "stomach", "hearing"})
# Parts that are a fact only said with a problem ("her hands are really bad"), never with a side alone
# ("I can't use my left hand" is a need, not a condition of the hand)
PARTS_WITH_A_PROBLEM = frozenset({"hands", "feet", "liver", "kidneys", "neck", "stomach", "hearing"})
# "tablets for my blood pressure", "two for the heart": the part a medicine is for has a problem.
FOR_PART = re.compile(r"\bfor\s+(?:my|the|his|her|their|me)\s+$", re.IGNORECASE)
# (with or without "my": "arthritis in both knees", "in both of my knees", "pain in my right knee"; "pain in
# back", as a second language says it, session 22)
WHERE = re.compile(r"\s+in\s+(?:(?:my|his|her|their|the|me)\s+(?:(left|right|both)\s+)?|(both)\s+(?:of\s+)?"
                   r"(?:(?:my|his|her|their|the|me)\s+)?|)"
                   r"(hips?|knees?|back|shoulders?|legs?|arms?|hands?|feet|foot|ankles?|wrists?|neck|chest)\b",
                   re.IGNORECASE)
INJURY = Guarded(re.compile(
    r"\b(broke|broken|fractured|sprained|hurt|injured|damaged)\s+(?:my|his|her|their|me)\s+(?:(left|right)\s+)?"
    r"(wrist|arm|leg|ankle|hip|shoulder|elbow|collarbone|knee|foot|hand|finger|toe|ribs?|nose|pelvis|neck|back|"
    r"spine|jaw|skull|heel)\b",
    re.IGNORECASE), "broke|fractured|sprained|hurt|injured|damaged")
PART_BEFORE = re.compile(r"\b(?:my|his|her|their|me)\s+(back|neck|knees?|hips?|legs?|shoulders?|feet|arms?|"
                         r"hands?|chest|stomach|head|wrists?|ankles?)\b(?!.*\b(?:my|his|her|their)\b)",
                         re.IGNORECASE)
ALLERGEN = re.compile(r"\b(?:all?erg(?:ic|y|ies)|intolerant|intolerance|sensitive|sensitivity|reacts?|reacted|reaction)"
                     r"\s+(?:badly\s+|really\s+badly\s+)?(?:to|of|with|for|on|from)\s+(?:(?:any|all|some)\s+)?$",
                     re.IGNORECASE)  # "allergic for ibuprofen", as a second language says it
# A medicine the person cannot take is an intolerance, kept with allergies, not a medicine they take:
# "I react badly to codeine", "I'm intolerant to ibuprofen", "morphine makes me sick", "I can't take
# aspirin, it upsets my stomach".
INTOLERANT_BEFORE = re.compile(
    r"\b(?:react(?:s|ed)?\s+(?:really\s+|very\s+)?badly\s+to|(?:bad|nasty|allergic|severe)\s+reaction\s+(?:to|with)|"
    r"intoleran(?:t|ce)\s+(?:to|of)|sensitive\s+to)\s+(?:any\s+)?$", re.IGNORECASE)
# What an allergy or a medicine they cannot take does to the person is its reaction, not a condition of
# theirs: "allergic for ibuprofen, it give me attack of asthma", "aspirin gives me asthma attacks",
# "allergic to ibuprofen (asthma)". "it brings on my asthma" says they have asthma.
REACTION_BEFORE = re.compile(
    r"(?:\b(?:it|they|that|which|this|these)\s+(?:\w+\s+)?(?:gives?|gave|giving|makes?|made|causes?|caused|brings?\s+on|"
    r"brought\s+on|triggers?|triggered|sets?\s+off|set\s+off)\s+(?:(?:me|him|her|them)\s+)?"
    r"(?:an?\s+|bad\s+|severe\s+|really\s+bad\s+|terrible\s+)?(?:(?:an?\s+)?attacks?\s+of\s+)?|"
    # "allergic to penicillin (rash and swelling)": each reaction in the brackets
    r"\(\s*(?:[\w-]+\s*(?:,|and|&|or)\s*){0,3})$",
    re.IGNORECASE)
# "allergic for aspirin, I get asthma attack": the next clause's attack, said straight after an allergy
GETS_ATTACK = re.compile(r"^\W*(?:and\s+)?(?:i|he|she|they|we)\s+(?:get|gets|got|gets\s+an?|get\s+an?|got\s+an?)\s+$",
                         re.IGNORECASE)
# "ibuprofen gives me asthma attacks": right after a medicine they cannot take
REACTION_AFTER_MEDICINE = re.compile(
    r"^\s+(?:gives?|gave|makes?|made|causes?|caused|brings?\s+on|brought\s+on|triggers?|triggered)\s+(?:me|him|her|them)\s+"
    r"(?:an?\s+|bad\s+|severe\s+)?(?:(?:an?\s+)?attacks?\s+of\s+)?$", re.IGNORECASE)
# What an allergy does to the body ("brings me out in hives", "him skin blister up", "she vomits"): its reaction
ALLERGIC_REACTION = re.compile(r"\b(?:hives|rash\w*|blister\w*|swell\w*|swollen|itch\w*|welts?|urticaria|anaphyla\w*|"
                               r"wheez\w*|vomit\w*|throws? up|sick|puff\w* up|lumps)\b", re.IGNORECASE)
# Of those, what only an allergy does: a medicine that "brings me out in hives" is an allergy, not an intolerance
ALLERGIC_ONLY = re.compile(r"\b(?:hives|rash\w*|blister\w*|swell\w*|swollen|itch\w*|welts?|urticaria|anaphyla\w*|"
                           r"puff\w* up|lumps)\b", re.IGNORECASE)
# What is often an allergen besides a medicine: dressings, latex, metals, foods and stings
_ALLERGENS = (r"sticking plasters?|plasters?|elastoplast|latex|nickel|peanuts?|(?:tree\s+)?nuts|shellfish|wasp stings?|"
              r"bee stings?|adhesive dressings?|strawberr(?:y|ies)|tomato(?:e?s)?|eggs?|milk|dairy|fish|prawns?|crabs?|"
              r"lobsters?|mussels|seafood|sesame(?:\s+seeds?)?|wheat|gluten|kiwis?(?:\s+fruit)?|soya?|celery|mustard|"
              r"almonds?|cashews?|walnuts?|hazelnuts?|brazil nuts?|pistachios?|bananas?|oranges?|citrus(?:\s+fruits?)?|"
              r"peach(?:es)?|pineapples?|mangos?|mangoes|cherries|apples?|chocolate|peanut butter|washing powder|hair dye|"
              r"perfumes?")
_SKIN_REACTION = r"(?:hives|rash\w*|blister\w*|swell\w*|swollen|itch\w*|welts?|lumps)"
# "Plasters give me a blistering rash", "latex brings him out in hives": an allergen said by what it does
REACTS_TO = re.compile(rf"\b({_ALLERGENS})\s+(?:\w+\s+)?(?:gives?|gave|brings?|brought|makes?|made|causes?|"
                       rf"caused|leaves?|left)\s+(me|him|her|them)\s+((?:out\s+in\s+)?(?:\w+\s+){{0,3}}?"
                       rf"{_SKIN_REACTION}\b(?:\s+(?:rash|hives|spots|lumps))?)",
                       re.IGNORECASE)
# "Strawberries make mi lips swell up", "eggs make her mouth itch": by what it does to a part of the body
# where an allergy shows (not "the heat makes my ankles swell")
REACTS_IN = re.compile(rf"\b({_ALLERGENS})\s+(?:\w+\s+)?(?:makes?|made)\s+(my|mi|me|his|her|their)\s+"
                       r"((?:lips?|mouth|face|tongue|throat|eyes?|skin)\s+(?:\w+\s+)?"
                       r"(?:swell\w*(?:\s+up)?|puff\w*\s+up|itch\w*|tingl\w*|blister\w*|come\s+up))\b", re.IGNORECASE)
# "I come up in hives with strawberries", "she comes out in a rash if she eats eggs": the reaction said first
REACTS_FROM = re.compile(rf"\b(i|he|she|they)\s+(?:always\s+|just\s+)?(?:come|comes|came|break|breaks|broke)\s+"
                         rf"((?:out|up)\s+in\s+(?:a\s+|an\s+)?(?:\w+\s+)?{_SKIN_REACTION})\s+"
                         r"(?:with|from|after|(?:if|when|whenever)\s+(?:i|he|she|they)\s+(?:eat|eats|ate|have|has|had|"
                         r"touch|touches|touched|use|uses|used|wear|wears))\s+(?:any\s+|the\s+|a\s+|an\s+|some\s+)?"
                         rf"({_ALLERGENS})\b", re.IGNORECASE)
# kept away from for what it does: "i cant go near horses, streaming eyes the lot" (the twenty-seventh fresh forms set,
# session 33: a form was told "No known allergies")
REACTS_NEAR = re.compile(r"\b(i|he|she|they)\s+(?:can['’]?t|cannot|can\s+not|cant|could\s*n['’]?t|couldnt)\s+(?:go|get|be)\s+near\s+"
                         r"(?:a\s+|any\s+)?(cats?|dogs?|horses?|rabbits?|guinea\s+pigs?|hamsters?|birds?|feathers|pollen|grass|"
                         r"hay|dust|nuts?|peanuts?|shellfish|latex|wasps?|bees?)\b\W{1,3}(?:(?:it|they|them)\s+(?:gives?|makes?|"
                         r"sets?\s+off)\s+(?:me|him|her|them|my|his)\s+)?((?:(?:streaming|watery|itchy|puffy|swollen|running)\s+)?"
                         r"(?:eyes|nose)(?:\s+(?:stream|streaming|run|running|water|watering|swell|swelling))?|sneez\w*|wheez\w*|"
                         r"hives|rash\w*|itch\w*|swell\w*|swollen|streaming\s+eyes|can['’]?t\s+breathe)", re.IGNORECASE)
ALLERGY_SAID = re.compile(r"\b(?:all?erg\w*|intoleran\w*|react\w*|sensitiv\w*|can'?t\s+take|cannot\s+take)\b",
                          re.IGNORECASE)
# What a medicine relieves, said right after it ("topiramate gives me less headaches", "duloxetine helps a
# lot", "amlodipine keeps my blood pressure down"): a medicine taken now, not one they cannot take.
RELIEF_AFTER = re.compile(
    r"^\W*(?:(?:has|have|had|is|was|really|definitely|certainly|does|did|seems?\s+to|seemed\s+to|also|both)\s+){0,3}"
    r"(?:(?:gives?|gave|given)\s+(?:me|him|her|them)\s+(?:\w+\s+)?(?:less|fewer|no\s+more|relief)\b"
    r"|(?:helps?|helped|helping|works?|worked|working|stops?|stopped|prevents?|prevented|controls?|controlled|"
    r"eases?|eased|relieves?|relieved|keeps?|kept|brought|brings?|settled|calms?|calmed)\b"
    r"(?!\s+(?:working|helping|taking)\b))",
    re.IGNORECASE,
)
# "since the amlodipine my blood pressure is better", "my headaches are better since starting topiramate"
SINCE_STARTING = re.compile(r"\b(?:since|after)\s+(?:(?:starting|taking|being\s+on|going\s+on|i\s+started(?:\s+on)?|"
                            r"i\s+went\s+on|i've\s+been\s+on|ive\s+been\s+on|i\s+began)\s+)?"
                            r"(?:the\s+|my\s+|this\s+|that\s+)?$", re.IGNORECASE)
BETTER = re.compile(r"\b(?:better|improved|improving|easier|under control|fewer|less|lower|down|settled|calmer|"
                    r"helped|helps|eased)\b", re.IGNORECASE)
# "she mustn't have ibuprofen", "he's not allowed aspirin": told not to take it, no medicine they take
CANT_TAKE = re.compile(r"\b(?:(?:can't|can’t|cant|cannot|can not|couldn't|couldnt|mustn't|mustn’t|mustnt|must not|must never|"
                       r"shouldn't|shouldn’t|shouldnt|should not|should never)\s+(?:take|tolerate|have|be given)"
                       # "The only thing I can't have is codeine, it gave me terrible hallucinations" (session 38)
                       r"(?:\s+(?:is|are|was))?|"
                       r"(?:not|never) (?:be )?allowed(?: to (?:take|have))?)\s+(?:any\s+|"
                       # "I can't have anything with codeine in, it makes me sick" (a fresh forms set, session 24)
                       r"(?:anything|owt|nothing)\s+(?:with|that\s+has|containing)\s+(?:any\s+)?)?"
                       # each of a list: "i cant have aspirin or naproxen they upset my stomach" (a stranger, session 38:
                       # the naproxen was sent to the GP as taken)
                       r"(?:[\w-]+\s*(?:,|\bor\b|\band\b|&|\bnor\b)\s*){0,3}$",
                       re.IGNORECASE)
# Said after it: "and ibuprofen, she cant have that either", "trimethoprim, i cant have that, i come up in hives"
CANT_HAVE_IT_AFTER = re.compile(r"\W*(?:(?:i|he|she|they|we|mum|dad)\s+)?(?:can't|can’t|cant|cannot|can\s+not|mustn't|mustnt|"
                                r"must\s+not|shouldn't|shouldnt|should\s+not)\s+(?:have|take|tolerate)(?:\s+(?:that|it|them|those)\b"
                                # the thing said first: "Codeine I cannot take, it make me vomit" (the twenty-fifth fresh
                                # structuring set, session 41: kept as a medicine taken)
                                r"|(?=\s*(?:[,.;!]|$)))"
                                # and there it ends, or says why ("… on an empty stomach" is how, not whether)
                                r"(?:\s+(?:either|too|as\s+well|at\s+all|any\s*more))?\s*(?:[,.;!?]|$|(?:because|cos|coz|as|since)\b)",
                                re.IGNORECASE)
INTOLERANT_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:makes?|made|gives?|gave|leaves?|left)\s+(?:me|him|her|them)\s+"
    # not what it relieves: "gives me quick asthma relief", "gives me fewer migraines"
    r"(?!(?:\w+\s+)?(?:\w+\s+)?(?:relief|control)\b)(?:(?!less|fewer|no|better|fewer)\w+\s+)?"
    r"(?:sick|ill|vomit|throw up|poorly|dizzy|rash|itchy|hallucinat\w*|confused|a rash|really ill|"
    r"(?:an?\s+)?attacks?|hives|swell\w*|wheez\w*|breathless|a reaction|asthma|(?:bad\s+)?(?:migraines?|headaches?)|"
    r"a (?:bad\s+)?headache|diarrh(?:o)?ea|stomach (?:ache|pains?|cramps?)|palpitations|nose ?bleeds?|ulcers?|"
    # "Codeine makes me dreadfully constipated" (listed as a medicine taken now, session 19)
    r"constipated|bunged up|nauseous|queasy|feel sick|feel ill|feel rough)"
    r"|^\W*(?:\w+\W+){0,3}?(?:disagrees with|doesn't agree with|doesnt agree with|upsets (?:my|his|her) stomach)"
    # "Trimethoprim makes his face swell", "brings me out in hives": a reaction of the body said after it
    r"|^\W*(?:\w+\W+){0,2}?(?:makes?|made) (?:my|his|her|their) (?:\w+\s+){1,2}?(?:swell\w*|puff\w* up|itch\w*|come up)\b"
    # ("… out in a dreadful rash", "… in awful red blisters": a word or two of how bad, session 21)
    r"|^\W*(?:\w+\W+){0,2}?(?:brings?|brought) (?:me|him|her|them) (?:out )?in (?:a\s+)?(?:(?!and\b|but\b)\w+\s+){0,2}?"
    r"(?:rash|hives|spots|blisters|lumps)\b"
    # "ibuprofen makes my asthma worse": a medicine that worsens a condition is not one taken
    r"|^\W*(?:\w+\W+){0,2}?(?:makes?|made) (?:my|his|her|their) (?:\w+\s+){1,2}?worse\b",
    re.IGNORECASE)
# Help with medicines ("she does my tablets", "reminds him to take his meds") is daily living.
HELP_WITH = re.compile(r"\b(does|do|help|helps|helping|remind|reminds|reminding|sorts|prompt|"
                       r"prompts|manage|manages|give|gives|gives me|put out|puts out)\b", re.IGNORECASE)
# "…but I stopped taking it": the medicine said just before is past.
STOPPED_IT = Guarded(re.compile(r"\b(?:stop+(?:e?d|t)?|quit|came off|come off|came of|gave up|given up|discontinued)\s+"
                                r"(?:takin[g']?\s+|usin[g']?\s+)?"
                                r"(?:it|them|those|that)\b"
                                # "so I packed it in", "jacked them in", "knocked it on the head" (session 20)
                                r"|\b(?:packed|jacked|knocked)\s+(?:it|them|those|that)\s+(?:in|on\s+the\s+head)\b"
                                # "but that was stopped", "it got stopped cos of my kidneys", "they were discontinued"
                                r"|\b(?:it|them|those|that|they)\s+(?:was|were|got|has\s+been|have\s+been|had\s+been)\s+"
                                r"(?:stop+(?:e?d|t)|discontinued)\b"
                                # "First they give me pregabalin but I stop because I was like drunk all the day", as a
                                # second language says it (the thirteenth fresh set, session 29: sent as taken); the stop
                                # and then only why: not "but I stop the metformin", "… when I am in hospital"
                                r"|(?:\bbut|^\W*(?:but\s+)?(?=[a-z]))\s*(?:i|he|she|they|we)\s+(?:stop+(?:e?d|t)?|quit)\s*(?=[,.;!]|$|(?:because|cos|coz|as|"
                                r"after)\b)", re.IGNORECASE),
                     "stop|quit|came of|come off|gave up|given up|discontinued|packed|jacked|knocked")
# What matters is said with a liking, a habit or a loss: "she loves her music", "I still go to the
# allotment", "he misses his reading"; a garden that "is a state" is not what matters.
# A liking that is a drink of alcohol ("he likes a drop of rum of a Friday", "she enjoys a small sherry"): a habit a
# form asks of as drinking, not what matters to them (it answered "What matters to you?", session 19)
LIKES_A_DRINK = re.compile(
    r"\b(?:like|likes|liked|love|loves|enjoy|enjoys|fond\s+of)\s+(?:a|an|his|her|their|my|me|the|some)?\s*"
    r"(?:(?:little|small|wee|large|big|nice|cold|quick|cheeky|few)\s+)?(?:(?:drop|glass|glasses|tot|nip|pint|pints|bottle|"
    r"can|cans|measure|shot|splash|dram)\s+(?:of\s+)?)?(?:(?:the|his|her|their|my|me)\s+)?(?:rum|whisky|whiskey|sherry|wine|"
    r"beer|beers|lager|lagers|pint|pints|gin|vodka|brandy|cider|bitter|ale|stout|guinness|drink|drinks|drop|tipple|"
    r"tot|nip|snifter|bevvy|bevvies|scotch|port|dram|bourbon|prosecco|bubbly|booze)\b(?!\s+(?:of\s+)?(?:tea|water|"
    r"milk|coffee|juice|squash|pop)\b)", re.IGNORECASE)
ENJOYS = re.compile(
    r"\b(go|goes|going|went(?!\s+(?:over|down|flying|headfirst|head\s+first)\b(?!\s+to\b))|play|plays|playing|played|love|loves|loved|enjoy|enjoys|enjoyed|like|likes|"
    r"liked|miss|misses|missed|used to|keen|into|member|attend|attends|watch|watches|watching|watched|listen|"
    r"listens|listening|sing|sings|singing|still|every|favourite|passion|hobby|hobbies|interest|interests|fan|"
    r"support|supports|follow|follows|proud|do|does|doing|visit|visits|see|sees|happy|happiest|means|meant|"
    # "keeps him going", not "keeps trying to take them" (something done again and again)
    r"matters|important|keeps(?!\s+(?:on\s+)?[a-z]+ing\b)|joy|pleasure|spend|spends|time with|always|habit|routine)\b",
    re.IGNORECASE)
EDUCATION = re.compile(r"\b(School|College|University|Academy)$")
# Someone who has died is never a support or a household member: "Mum died two years ago", "my late
# husband", "I lost my wife in 2019" are a bereavement, said back under about me.
# ("He lives with me … since his father passed, bless him": the twenty-fourth fresh set, session 40, kept the father as a
# support)
DIED = Guarded(re.compile(r"\b(died|dies|passed away|passed on|passed last|passed in|passed recently|passed suddenly|"
                          r"(?:(?<=father )|(?<=mother )|(?<=\bdad )|(?<=\bmum )|(?<=\bmam )|(?<=husband )|(?<=\bwife )|"
                          r"(?<=partner )|(?<=\bson )|(?<=daughter )|(?<=brother )|(?<=sister ))passed"
                          r"(?=\s*(?:[,.;!?]|$|\s+(?:bless|god|rip|and|so|away|on)\b))|"
                          r"passed (?:\w+ )?(?:years?|months?|weeks?) (?:ago|since|back)|"
                          # Jamaican "Mi husband Winston pass two year now" (the nineteenth fresh set, session 35)
                          r"pass (?:\w+ )?(?:years?|months?) (?:now|ago|since|back)|late (?:husband|wife|partner|mum|mother|"
                          r"dad|father|son|daughter|brother|sister)|god rest (?:her|him|his|their)(?: soul)?|"
                          # "Wife's been gone six year now"
                          r"(?:'s|’s|s|has|have) been gone (?:\w+ ){0,2}years?(?!\s+(?:\w+\s+)?(?:in|to|at|on|away)\b)|"
                          r"lost (?:my|his|her|their|our) (?:husband|wife|"
                          r"partner|mum|mother|dad|father|son|daughter|brother|sister)|bereaved|widowed|widow|widower|"
                          # second-language English: "she come to live with me after my father die" (session 20)
                          r"(?:after|since|when)\s+(?:my|his|her|their|our)\s+(?:husband|wife|partner|mum|mother|dad|father|"
                          r"son|daughter|brother|sister)\s+die)\b",
                          re.IGNORECASE), "die|pass|late|rest|gone|lost|bereaved|widow")

# "His mother had it too", "my dad has the same"
# "His mother had it too", "so does my dad", "Her mum and her aunt both had it too", "Mum died of the same
# thing": the condition said just before, of each relative named (group 5: a second one)
HAD_IT_TOO = Guarded(re.compile(r"\b(?:(?:my|his|her|their|our)\s+|^\W*)([a-z]+)(?:\s+(?:and|&)\s+(?:(?:my|his|her|their|our)\s+)?"
                                r"([a-z]+))?\s+(?:both\s+|also\s+)?(had|has|has got|got|does|did|died of|died from|passed with|"
                                r"passed away with)\s+(?:it|that|the same(?: thing| illness| disease)?|too)"
                                r"(?:\s+too|\s+as well|\s+also)?\b"
                                r"|\bso\s+(does|did|has|had)\s+(?:my|his|her|their|our)\s+([a-z]+)\b", re.IGNORECASE), "had|has|got|does|did|died|passed")
# "I don't need any help with washing": no need, said plainly.
DONT_NEED = re.compile(r"\b(?:don't|don’t|dont|do not|doesn't|doesn’t|doesnt|does not)\s+(?:really\s+)?need\s+"
                       r"(?:any\s+)?help\b|\bno help\b|\bmanages? (?:fine|ok|okay|well)\b", re.IGNORECASE)
# A question to us ("Could you tell me, will the council charge us for any of this", "Is there a waiting list?") is
# never a fact about the person; only a condition or a medicine it names is heard (bot/understanding/structuring/__init__.py)
QUESTION_TO_US = re.compile(
    r"^\W*(?:(?:hi|hello|sorry|also|and|so|but|ok|okay|please)\W+)*(?:"
    r"(?:could|can|would|will|do|does|did|is|are|am|should|shall|may|has|have)(?!['’]?t\b)(?!n['’]?t\b)\s+"
    r"(?:you|i|we|they|the|there|it|anyone|someone|somebody|he|she|my|our|his|her|this|that)\b"
    r"|(?:what|how|who|why|which|where|when)\s+(?:is|are|do|does|did|will|would|can|could|should|happens|much|long|many|"
    r"pays)\b(?=.*\?\s*$))",
    re.IGNORECASE)


# A message that is only an answer to "What would you like to achieve?" ("to get back to work") or to
# "What matters most to you?" ("my grandkids", "being independent", "family and my faith").
GOAL_ANSWER = re.compile(r"^\W*(?:i'?d like |i’d like |i would like |i want |just |mainly |mostly )?to\s+"
                         r"(?!be honest|be fair|me\b|tell you)[a-z]+\b(?!.*\b(?:i|i'm|im|i’m|i've|ive|i’ve)\b).{0,80}$",
                         re.IGNORECASE)
_MATTERS_WORDS = (r"(?:grandkids|grandchildren|great grandchildren|kids|children|family|friends|dog|dogs|cat|cats|pets?|"
                  r"faith|church|chapel|mosque|temple|god|garden|gardening|allotment|home|house|independence|music|"
                  r"books|reading|football|walks|routine|neighbours|community|freedom|privacy|dignity|health|"
                  r"getting out|going out|company|people|peace and quiet|staying at home|being at home)")
# ... and the people and pastimes such an answer names: "his computer games and his little sister"
_MATTERS_KIN = (r"(?:(?:little|big|baby|younger|older|new|old|two|three|lovely)\s+)?(?:sister|brother|sisters|brothers|mum|mam|"
                r"dad|nan|nana|gran|grandad|grandma|grandpa|wife|husband|partner|son|daughter|sons|daughters|grandson|"
                r"granddaughter|grandsons|granddaughters|nephews?|nieces?)")
# a relative alone ("my mum") is the start of a story, not an answer
_KIN_ALONE = re.compile(rf"^\W*(?:(?:my|our|his|her|their|the|me|ma)\s+)?{_MATTERS_KIN}(?:\s+[A-Z][a-z]+)?\W*$", re.IGNORECASE)
_MATTERS_MORE = (_MATTERS_KIN[:-1] + r"|mates|pals|dog|cat|budgie|horses?|"
                 r"(?:computer |video )?games|gaming|xbox|playstation|telly|tv|films|fishing|cooking|baking|knitting|"
                 r"swimming|dancing|drawing|art|lego|trains|cars|bowls|golf|darts|crosswords|puzzles|bingo|singing|choir|"
                 r"quizzes|snooker|pigeons|birds|flowers|greenhouse|shed|pub|club|radio|youtube|phone|ipad|tablet)")
_MATTERS_ITEM = (rf"(?:(?:my|our|his|her|their|the|me|ma)\s+)?(?:{_MATTERS_WORDS}(?:\s+[A-Z][a-z]+)?|{_MATTERS_MORE}(?:\s+[A-Z][a-z]+)?|"
                 r"being\s+[a-z]+(?:\s+[a-z]+)?)")
MATTERS_ANSWER = re.compile(
    rf"^\W*{_MATTERS_ITEM}(?:\s*(?:,|and|&|\+|\bn\b|\ban\b|\bor\b)\s*(?:and\s+)?{_MATTERS_ITEM})*\W*$",
    re.IGNORECASE)
# ... or what they want to happen, said without "to": "stop him fallin", "keep her safe at home", "stay in his own home"
GOAL_ANSWER_BARE = re.compile(
    r"^\W*(?:just\s+|mainly\s+|mostly\s+)?(?:stop|keep|help|get|make|stay|remain|be able to|feel|prevent|go back|move|"
    r"find|learn)\s+(?:him|her|them|in|at|safe|well|independent|back|out|better|on|a|an|some|more|his|her|their|the|"
    r"living|going|walking|active|happy|help)\b(?!.*\b(?:i|i'm|im|i’m|i've|ive|i’ve)\b).{0,80}$",
    re.IGNORECASE)
_VERBS = re.compile(r"\b(is|are|was|were|has|have|had|helps?|lives?|comes?|does|do|goes|takes?|uses?|can|can't|"
                    r"cant|won't|will|died|passed|needs?|gets?|got|works?|said|says)\b", re.IGNORECASE)


# An answer to a follow-up question that gives none: "not sure", "dunno", "none"
SAYS_NOTHING = re.compile(r"\W*(?:(?:i'?m\s+|im\s+)?not\s+sure|dunno|i\s+(?:don'?t|do\s+not|dont)\s+know|no\s+idea|"
                          r"none|n/?a|nothing(?:\s+really)?|not\s+really|no|nope|can'?t\s+think)\W*", re.IGNORECASE)
ANSWER_WORDS = 30  # an answer longer than this is read as story, as any message is


def answer_to(message: str) -> str | None:
    """ "goals" or "what_matters" when a whole message is only such an answer, else None."""
    words = message.split()
    if not words or len(words) > 12:
        return None
    if GOAL_ANSWER.match(message) or GOAL_ANSWER_BARE.match(message):
        return "goals"
    if len(words) <= 8 and MATTERS_ANSWER.match(message) and not _VERBS.search(message) and not _KIN_ALONE.match(message):
        return "what_matters"
    return None


# "smoked salmon", "I drink diet coke all day": a food or a soft drink, not smoking or drinking.
NOT_HABIT_AFTER = re.compile(
    r"^\s+(?:(?:is|are|was|were)\s+(?:just\s+|only\s+|mainly\s+|mostly\s+)?)?"  # "all I drink is tea"
    r"(?:of\s+)?"  # "drinks a lot" + " of pop"
    r"(?:(?:a|lots of|plenty of|loads of|diet|fizzy|some|more|hot|cold|the|sugar free|full fat|cans of|"
    r"cups of|cup of|glass of|glasses of|bottles of|pints of water)\s+)*"
    r"(?:water|tea|teas|coffee|coffees|coke|cola|pop|juice|squash|milk|fluids?|lemonade|pepsi|fanta|irn bru|"
    r"hot chocolate|ovaltine|horlicks|smoothies?|salmon|haddock|fish|mackerel|kippers?|bacon|ham|cheese|meat|"
    r"sausages?|turkey|chicken|paprika|alcohol[- ]free|non[- ]alcoholic|low[- ]alcohol|zero[- ]alcohol)\b", re.IGNORECASE)
# A service for alcohol, not drinking: "the drug and alcohol team", "an alcohol nurse", "the alcohol service" (session
# 22: a husband sober since August, seen by "the community drug and alcohol team", was read as drinking now)
ALCOHOL_SERVICE_AFTER = re.compile(r"^\s+(?:(?:and|&)\s+drugs?\s+)?(?:teams?|services?|workers?|nurses?|liaison|clinics?|"
                                   r"units?|counsell?ors?|counsell?ing|support\s+(?:team|worker|group|service)|recovery\s+"
                                   r"(?:team|service|worker)|key\s*workers?|charity|project)\b", re.IGNORECASE)
# "when I'm tired", "whenever he gets anxious": a state said as when something else happens
ONLY_WHEN = re.compile(r"\b(?:when|whenever|if)\s+(?:i|he|she|they|you|we)(?:['’]m|['’]s|['’]re|m|s| am| is| are| get| gets|"
                       r" feel| feels| got)?\s+(?:(?:really|very|a bit|too|over|so)\s+)?$", re.IGNORECASE)
HABITS = frozenset({"smoking", "drinking"})
# How much: "20 cigarettes a day", "forty a day", "30 units a week", "a bottle of wine a night", "10 roll-ups"
HABIT_AMOUNT = re.compile(
    rf"\b(?:about\s+|around\s+|roughly\s+|over\s+|up to\s+)?(?:\d{{1,3}}(?:\s*-\s*\d{{1,3}})?|{_IN_WORDS}|{'|'.join(_UNITS)}|a|an|half a)"
    r"\s+(?:(?:cigarettes?|cigs?|ciggies|fags?|roll[- ]?ups?|rollies|cigars?|units?|pints?|cans?|bottles?|glasses|glass|"
    r"shots?|drinks?|vodkas?|whiske?ys?|whiskies|gins?|rums?|brandys?|brandies|beers?|lagers?|ciders?|wines?|"
    r"spritzers?|jars|bevvies)(?:\s+of\s+\w+)?"
    r"(?:\s+(?:a|per|every|each|once\s+a|twice\s+a)\s+(?:day|week|night|evening|weekend|month|fortnight))?|"
    r"(?:a|per)\s+(?:day|week|night))\b",
    re.IGNORECASE)
# Drinks said with what makes them no alcohol: "build-up drinks", "protein drinks", "energy drinks" (session 21)
NOT_HABIT_BEFORE = re.compile(r"\b(?:supplement|supplementary|build[- ]?up|protein|energy|fizzy|soft|sugary|nutritional|"
                              r"nutrition|meal[- ]replacement|sports?|hot|cold|milky|thickened|high[- ]calorie|"
                              r"high[- ]energy|fortified|complan|ensure|fortisip|diet|"
                              # drinks choked on or thickened ("she chokes on thin drinks", "thickener in drinks": read
                              # as her drinking, a stranger, session 34)
                              r"thin|thick|runny|(?:chok\w*|cough\w*|splutter\w*)\s+on|"
                              r"thickener\s+(?:in|for)(?:\s+(?:her|his|my|their|all)){0,2})\s+$",
                              re.IGNORECASE)
# One drink a year is no habit (data/structuring/README.md): "the only drink she has is a port at Christmas" (but
# "Drink: not really, maybe a glass at Christmas", answered as on a form, is a little, and some)
ONLY_BEFORE = re.compile(r"\bonly\s+(?:\w+\s+)?$", re.IGNORECASE)
ONCE_A_YEAR = re.compile(r"\b(?:at|on|over|for)\s+(?:christmas|xmas|new\s+year(?:['’]s\s+eve)?|hogmanay|easter|"
                         r"boxing\s+day|(?:my|his|her|their|a)\s+birthday|birthdays|weddings|special\s+occasions)\b"
                         r"|\bonce\s+a\s+year\b", re.IGNORECASE)
REGULARLY = re.compile(r"\b(?:a|per|every|each|most|at\s+the)\s+(?:day|week|night|nights|evening|evenings|weekend|"
                       r"weekends|days)\b|\b(?:daily|nightly|always|heavily|too\s+much|a\s+lot)\b", re.IGNORECASE)
# "The drink left me with cirrhosis", "smoking gave him COPD": what a habit caused says nothing of it now
HABIT_AS_CAUSE = re.compile(r"^(?:['’]s)?\s+(?:has\s+|had\s+|have\s+)?(?:left|gave|given|caused|wrecked|ruined)\s+"
                            r"(?:me|him|her|them|us)?\b", re.IGNORECASE)
# A habit said only as the time something else happens ("two falls when he's been drinking", "he falls
# when he's had a drink") says nothing new about the habit itself.
HABIT_OCCASION = re.compile(r"\b(?:when|whenever|after|once|if)\s+(?:i|he|she|they|we)(?:['’](?:s|m|ve|re|d)|s|m)?"
                            r"(?:\s+(?:had|been|has|have|was|were|is|are|gets|get|got))*\s+(?:a\s+)?(?:few\s+)?$",
                            re.IGNORECASE)

PART_DONE = re.compile(r"\s+(?:done|operated on|sorted|fixed|seen to|replaced|operation)\b", re.IGNORECASE)
_PROBLEMS = (r"bad|painful|pain|sore|shot|gone|gubbed|goosed|banjaxed|buggered|knackered|still swollen|swollen|swollen|swells?|stiff|weak|problems?|trouble|playing up|aches?|aching|"
             r"achy|hurts?|hurting|injured|knackered|worn out|giving (?:me|him|her) gyp|dodgy|dislocated|locks?|"
             r"gives way|give way|keeps going|not good|no good|terrible|awful|"
             r"(?:aren't|arent|aren’t|isn't|isnt|isn’t|are not|is not|not|no|nae) (?:very |so |that |too )?(?:good|great|right|working)|killing (?:me|him|her)|"
             r"(?:aren't|arent|isn't|isnt|are not|is not|not) what (?:they|it) (?:were|was|used to be)")
# A problem said right after a body part ("my knees are very bad", "hip is killing me") or right before it ("bad hip").
# A carer's own body said to be bad ("my back is bad", "me knees r shot", "my heart isnt good", "my shoulders are
# very bad now"): the carer's own, kept though no condition is named.
OWN_BODY_BAD = re.compile(
    r"\b(?:my|me) (?:own )?(?:back|knees?|hips?|heart|legs?|shoulders?|arms?|hands?|wrists?|neck|chest|breathing|"
    r"eyes|eyesight|nerves|health|mental health)(?:'s|’s|s)?\s+(?:(?:is|are|r|has been|have been|keeps|is getting|"
    r"are getting|getting|was|were|been)\s+)?(?:(?:really|very|so|proper|that|pretty|getting|too)\s+)?(?:bad|shot|gone|"
    r"playing up|killing me|poor|worse|agony|sore|painful|weak|knackered|wrecked|terrible|awful|giving out|failing|"
    r"not (?:good|great|right|well))\b|"
    r"\b(?:my|me) (?:own )?(?:back|knees?|hips?|heart|legs?|shoulders?|arms?|hands?|neck|chest|breathing|eyes|eyesight|"
    r"nerves|health|mental health)\s+(?:isnt|isn't|isn’t|aint|ain't|arent|aren't|is not|are not)\s+(?:(?:very|that|too|so)\s+)?"
    r"(?:good|great|right|well)\b", re.IGNORECASE)
PART_PROBLEM = re.compile(rf"^\W*(?:\w+\W+){{0,3}}?(?:{_PROBLEMS})\b", re.IGNORECASE)
PROBLEM_BEFORE = re.compile(rf"\b(?:{_PROBLEMS})\s+(?:\w+\s+)?$", re.IGNORECASE)
# "I've the sugar, type 2, and the blood pressure", "she has the blood pressure": the blood pressure had,
# as a condition is had (high blood pressure); not "I have to check the blood pressure" nor "… checked".
HAS_THE_PART = re.compile(r"(?:\bhave|['’]ve|\bhas|\bgot)\s+(?:(?!to\b|check|take|measure|monitor|do\b|does\b|did\b|for\b|"
                          r"on\b|with\b|about\b)[\w,'’-]+\s+)*?the\s+$", re.IGNORECASE)
HAD_PART_ENDS = re.compile(r"\s*(?:[,.;!]|and\b|too\b|as well\b|$)", re.IGNORECASE)
PART_AS_PLACE = re.compile(r"\b(?:in|on|below|above|under|of|to)\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|both\s+)*$",
                           re.IGNORECASE)
LIVES_OR_HELPS = re.compile(r"\b(live with|lives with|living with|married to|helps|help me|cares for me|looks after me|"
                            r"care for|caring for|look after|looking after)\b",
                            re.IGNORECASE)
# "I'm a staff nurse", "She was a nurse for thirty years": the person's job, not a service they have
OWN_JOB = re.compile(r"^(?:(?:and|but|so)\s+)?(?:i'm|i’m|im|i am|i was|i've been|ive been|i’ve been|i work as|i worked as|"
                     r"i used to be|she is|she's|she’s|shes|she was|he is|he's|he’s|hes|he was|she worked as|he worked as|"
                     r"she used to be|he used to be)\s+an?\s+(?:\w+\s+)?$", re.IGNORECASE)
# (a job someone hopes for is no service either: "aspiring to be a paramedic", "wants to be a nurse", session 22)
IS_A = re.compile(r"\b(?:is|was|works as|worked as|trained as|training to be|used to be|(?:training|studying|aspiring|aspires|"
                  r"hoping|hopes|wants?|wanting|planning|plans|going)\s+to\s+(?:be|become)|(?:would|wou?ld)\s+(?:like|love)\s+"
                  r"to\s+(?:be|become)|dreams?\s+of\s+(?:being|becoming))\s+an?\s+(?:\w+\s+)?$", re.IGNORECASE)
# "…but she died in 2020": the clause before it names someone who has died.
THEN_DIED = re.compile(r"(?:he|she|they)\s+(?:has\s+|have\s+|had\s+|sadly\s+)?(?:died|passed away|passed on|"
                       # a bare "passed" only with nothing passed after it: "she passed in 2019", never "she passed her
                       # driving test" (a second reader, session 20: the granddaughter who helps was filed as a death)
                       r"passed(?=\s*(?:$|[,.;!]|(?:away|on|last|in|at|recently|suddenly|peacefully|sadly|a|two|three|"
                       r"four|five|six|\d+|years?|months?|weeks?)\b)))\b"
                       # "…, went four year ago": gone, as said in Yorkshire (session 20), with no place gone to
                       r"|\W*(?:and\s+)?(?:(?:he|she)\s+)?went\s+(?:\w+\s+)?(?:years?|months?|weeks?)\s+(?:ago|back)\b"
                       r"(?!\s+(?:to|on|into|in|abroad|away|off|out|back|home|over|up|down|for)\b)",
                       re.IGNORECASE)


def number(text: str) -> int:
    """'81', 'eighty one', 'seventy-six', 'a hundred and one' -> the number."""
    if text.isdigit():
        return int(text)
    total = 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "hundred":
            total = max(total, 1) * 100  # "a hundred", "one hundred", "two hundred and fifty"
        else:
            total += _TENS.get(word, 0) + _UNITS.get(word, 0) + _TEENS.get(word, 0)
    return total


def first_verb(text: str) -> int:
    """Where a clause's fact starts: after the subject's opening words."""
    match = re.search(r"\b(have|has|had|take|takes|need|needs|can|can't|cannot|live|lives|am|is|"
                      r"are|was|were|use|uses|get|gets|go|goes|see|sees|work|works|love|loves|like|likes|"
                      r"enjoy|enjoys)\b", text, re.IGNORECASE)
    return match.end() if match else len(text)


def mentions_first_person(clause: str) -> bool:
    return bool(_words(clause) & FIRST_PERSON)


def mentions_someone(clause: str, people: frozenset[str] = frozenset()) -> bool:
    """ "the cancer of the ovaries it was" names no one; "I have diabetes", "she has dementia", "Mum has
    angina" (one of `people`: kin words, names) do."""
    return bool(_words(clause) & (FIRST_PERSON | THIRD_PERSON | people))


@lru_cache(maxsize=4096)  # a clause is asked about more than once
def _words(clause: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z'’]+", clause.lower()))


# Who helps, from batch v12 (bot/understanding/structuring/filing.py: support_network)
USED_TO_HELP = re.compile(r"\s+(?:\w+\s+)?used (?:to|2)\b", re.IGNORECASE)
WOULD_HELP = re.compile(r"\s+(?:\w+\s+)?(?:would|wd|could)\s+(?:normally\s+|usually\s+|gladly\s+)?(?:be\s+|help|do|come|"
                        r"pop|go|look|take)", re.IGNORECASE)
# "my son doesnt help", "my brother never helps", "my daughter cant help as she works": no help had
NO_HELP = re.compile(r"\s+(?:\w+\s+)?(?:doesn't|doesn’t|doesnt|does not|never|won't|won’t|wont|will not|can't|can’t|cant|"
                     r"cannot|can not|don't|don’t|dont|do not|is not able to|isnt able to|isn't able to)\s+(?:really\s+|ever\s+|"
                     r"even\s+|bother to\s+)?(?:help|helps|help out|support|supports|do anything|do owt|lift a finger|want to know|"
                     r"come round|comes round|visit|visits|bother|care)\b(?!\s+it\b)"
                     # the verb left unsaid, the clause ended: "my son helps but my daughter doesnt", "… and dad never does"
                     r"|\s+(?:\w+\s+)?(?:doesn't|doesn’t|doesnt|dosnt|does not|won't|won’t|wont|will not|never does|never did|don't|"
                     r"don’t|dont|do not)\s*(?:at all|either|neither)?\s*[.!?,;]*\s*$", re.IGNORECASE)
# "our Mavis is round the corner", "our Sandra fetches me bits": Northern English for one of the family
OUR_NAME = re.compile(r"\b(?i:our)\s+([A-Z][a-z]{2,})\b(?=\s+(?:is|was|has|comes|fetches|helps|does|lives|pops|"
                      r"visits|rings|takes|brings|gets|does|sorts|will|can)\b)")
NOT_WELL = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:is|isn't|isnt|is not|has been|hasn't been|been)\s+(?:also\s+)?"
                      r"(?:not\s+)?(?:well|unwell|poorly|ill|in hospital)\b", re.IGNORECASE)
# "I get carer's allowance for mum": something done for them, not help from them
FOR_THEM = re.compile(r"\bfor\s+(?:my\s+|our\s+|me\s+)?$", re.IGNORECASE)


# Days, months and feasts: capitalised, and never a name, a town or an organisation ("from Monday", "in March")
CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter""".split())


# Someone or something the teller asks to be left out, said in a story message: "our son Paul lives near but leave Paul
# out of it please", "dont put him in any of this mind", "dont mention her". The sentence that says it is not filed (a
# stranger, session 28: it was read back under risks and people who support, and sent so to two services); the person
# is told it was left out (bot/conversation/steps/telling.py).
LEAVE_OUT = re.compile(
    r"\b(?:leave|keep)\s+(?:him|her|them|(?-i:[A-Z][a-z]+)|my\s+\w+|our\s+\w+)\s+out\s+of\s+(?:it|this|that|there|"
    r"the\s+(?:story|forms?|records?)|my\s+(?:story|forms?|records?)|any\s+of\s+(?:this|it|that))\b"
    # (what follows the one named ends the wish: "dont put Mum in a home", "dont mention her drinking", "I never write them
    # down" are no such wish, a second reader, session 28)
    r"|\b(?:do\s+not|don['’]?t|dont|please\s+don['’]?t)\s+(?:put|include|mention|add)\s+"
    r"(?:him|her|them|(?-i:[A-Z][a-z]+)|my\s+(?:son|daughter|husband|wife|partner|brother|sister|mum|dad|friend|"
    r"neighbour)|anything\s+about\s+\w+)(?:\s+in(?:\s+any\s+of)?\s+(?:it|this|that|there))?"
    r"(?=\s*(?:[,.;!?]|$|please|pls|mind|at\s+all|thanks|to\s+(?:anyone|them|the\s+\w+)|we\s|she\s|he\s|they\s))"
    r"|\bleave\s+(?:out|off)\s+(?:him|her|them|(?-i:[A-Z][a-z]+)|anything\s+about|everything\s+about|the\s+(?:bit|part)\s+about)\b",
    re.IGNORECASE)

