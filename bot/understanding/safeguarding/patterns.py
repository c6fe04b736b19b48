"""The rules' patterns, one list per concern, and the word classes they are written with.

A pattern is written as a line of tokens: a CAPITAL name is a word class below, `a|b` is one of those
lemmas, `~N` stands for up to N other words, and `x?` makes x optional. Patterns match the words of
typed.plain_words with each word's lemma, so "took", "takes" and "takin" all meet `take`.

A pattern marked negatable does not count when a negation comes just before it in the same clause
("I'm not suicidal", "nobody hurts me"): that is answered gently, not with an alarm. Patterns whose
meaning is a negation ("won't let me", "don't feel safe") are not negatable.
The patterns added later, for the ways of saying each concern that these missed, are in
patterns_extra.py; PATTERNS holds both.
"""
from __future__ import annotations

from bot.understanding.safeguarding.patterns_extra import EXTRA_PATTERNS, SURE_PATTERNS

WORD_CLASSES: dict[str, set[str]] = {
    "SELF": {"i", "me", "myself", "my"},
    "CARE": {"carer", "staff", "nurse", "agency", "worker", "aide", "caregiver", "home", "manager"},
    "OTHER": {"he", "she", "they", "son", "daughter", "husband", "wife", "partner", "boyfriend",
              "girlfriend", "ex", "fiance", "fiancee", "brother", "sister", "mum", "dad", "mother", "father",
              "stepdad", "stepfather", "stepmum", "stepmother", "grandson", "granddaughter", "nephew", "niece",
              "uncle", "aunt", "auntie", "cousin", "neighbour", "lodger", "friend", "mate", "carer", "staff",
              "nurse", "worker", "landlord", "someone", "somebody", "people", "family", "man", "woman", "guy",
              "lad", "gang", "law", "stepson", "stepdaughter", "relative", "boss", "employer", "dealer",
              "flatmate", "housemate", "grandchild", "grandkid", "kid", "agency", "aide", "caregiver", "him",
              "her", "them", "nan", "gran", "grandad", "grandma", "granddad", "child", "tenant", "visitor",
              # nobody does it: the hit is heard, and heard as a denial ("nobody has ever hit me")
              "nobody", "noone"},
    "VICTIM": {"me", "mum", "dad", "her", "him", "us", "child", "kid", "son", "daughter", "nan", "gran",
               "grandmother", "grandfather", "wife", "husband", "them", "baby", "grandson", "granddaughter",
               "mother", "father", "myself", "toddler", "boy", "girl", "partner", "grandma", "grandad"},
    # whom a carer at breaking point fears hurting: never themselves ("im going to kill myself tonight" is suicidal, and
    # got Carers UK's "make sure they are safe": a stranger, session 17)
    "HARMED": {"mum", "dad", "her", "him", "child", "kid", "son", "daughter", "nan", "gran", "grandmother",
               "grandfather", "wife", "husband", "them", "baby", "grandson", "granddaughter", "mother", "father",
               "toddler", "boy", "girl", "partner", "grandma", "grandad"},
    "CHILD": {"child", "kid", "baby", "toddler", "grandchild", "grandkid", "boy", "girl", "infant",
              "grandson", "granddaughter", "stepson", "stepdaughter", "teenager", "newborn"},
    "HARM": {"hit", "beat", "punch", "kick", "slap", "push", "shove", "strangle", "choke", "throttle", "hurt",
             "attack", "batter", "bite", "shake", "grab", "drag", "throw", "smack", "thump", "headbutt", "stab",
             "bruise", "assault", "whack", "strike", "spit", "pin", "burn", "scald", "belt", "wallop",
             "manhandle", "pinch", "twist", "restrain", "abuse", "beating", "hitting", "knock", "harm",
             "injure", "bully", "terrorise", "terrorize", "torment", "lamp", "clout", "hiding", "kik", "smash",
             "pinning", "thrash", "boot", "deck", "knife", "stamp", "leather"},
    "FEAR": {"scared", "afraid", "frightened", "terrified", "fear", "petrified", "scare", "frighten", "terrify"},
    "MONEY": {"money", "pension", "benefit", "card", "bank", "saving", "savings", "cash", "wage", "pip",
              "salary", "account", "purse", "wallet", "allowance", "credit", "pin", "payment", "attendance",
              "debit", "loan", "finance", "rent", "jewellery", "jewelry", "ring", "pound", "quid", "gold",
              "book", "inheritance", "universal", "dla", "esa", "wages", "valuable", "valuables"},
    "TAKE_MONEY": {"take", "steal", "empty", "drain", "withdraw", "nick", "pinch", "swipe", "rob",
                   "clean", "spend", "max", "control", "demand", "blow", "help", "keep", "cash", "sell"},
    # enough tablets at once to be an overdose: "took thirty paracetamol", "swallowed 20 pills"
    "MANY": {"ten", "twelve", "fifteen", "sixteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen",
             "handful", "packet", "box", "bottle", "lot", "load", "whole", *map(str, range(10, 101))},
    "MEDS": {"tablet", "pill", "medication", "medicine", "paracetamol", "painkiller", "meds", "pills",
             "tablets", "sleeping", "insulin", "morphine", "codeine", "dose", "drug"},
    "BODY": {"arm", "wrist", "leg", "skin", "thigh", "stomach", "body"},
    "HOME": {"home", "house", "flat", "here", "place", "room", "bungalow"},
    # street drugs, not medicines, coke (a drink), weed (a garden's) or needles (sewing)
    "DRUGS": {"cocaine", "crack", "heroin", "cannabis", "methadone", "ketamine", "drug", "drugs", "mdma", "ecstasy", "skunk",
              "spliff", "benzos"},
}
NEGATIONS = {"not", "never", "no", "nobody", "noone", "nothing", "none", "without", "neither", "nor"}

# (category, negatable, pattern)
PATTERNS: list[tuple[str, bool, str]] = [
    # thoughts of suicide
    ("suicidal", True, "kill|end|top ~2 myself"),
    ("suicidal", True, "end|take ~2 life"),
    ("suicidal", True, "end|finish it ~1 all"),
    ("suicidal", True, "end it|things ~1 now|soon|tonight"),
    ("suicidal", True, "want|wish|wanna|like ~3 die|dead"),
    ("suicidal", True, "ready ~2 die"),
    # dying as what something is done for: "i stopped my insulin so i can die" (session 22: no rule heard it)
    ("suicidal", True, "so i can die"),  # not "so i could die at any time", "so i will die soon" (a second reader)
    ("suicidal", True, "better off dead"),
    ("suicidal", True, "better off without me"),
    ("suicidal", True, "better off if i ~2 be ~1 gone|dead|here|around"),
    ("suicidal", True, "wish ~3 not wake ~1 up?"),
    ("suicidal", True, "wish i ~2 gone|dead"),
    ("suicidal", True, "wish i ~2 never ~1 born"),
    ("suicidal", False, "not want ~2 be ~1 here|alive|around"),
    ("suicidal", False, "not want ~2 live|exist|wake"),
    ("suicidal", False, "not want ~2 go ~1 on|anymore"),
    ("suicidal", False, "no|nothing point|reason|left ~3 live|living|on|anymore|for"),
    ("suicidal", False, "nothing ~1 live ~1 for"),
    ("suicidal", False, "can not go on"),
    ("suicidal", True, "suicide|suicidal|overdose|od"),
    ("suicidal", True, "save|stockpile|hoard|collect|stash|store|keep|put ~3 MEDS ~3 aside|up|away|case|enough|back"),
    ("suicidal", True, "enough MEDS ~3 end|do|kill|finish"),
    ("suicidal", True, "save|stockpile|hoard|stash|collect|saving ~2 up? my? MEDS"),
    ("suicidal", True, "goodbye|suicide letter|letters|note|notes"),
    ("suicidal", True, "write|leave ~3 letter|letters|note|notes ~3 goodbye|kid|family|children|daughter|son"),
    ("suicidal", True, "hang|drown|shoot|gas|throw|jump ~2 myself"),
    ("suicidal", True, "jump off|in|from ~2 bridge|front|building|roof|cliff|train"),
    ("suicidal", True, "step in front of ~2 train|bus|car|lorry"),
    ("suicidal", True, "give up on life|living"),
    ("suicidal", True, "do not ~2 be around ~2 much longer"),
    # self-harm
    ("self_harm", True, "cut|burn|hurt|harm|scratch|hit|punch|bang|starve|injure|bite|stab|scar ~1 myself"),
    ("self_harm", True, "cut|burn|scratch|slash ~1 my BODY"),
    ("self_harm", True, "self harm|harming|injury|injure"),
    ("self_harm", True, "cut ~2 again"),
    # carers at breaking point (before abuse: "I hit him" from a carer)
    ("carer_breaking_point", False, "FEAR ~3 i ~3 hurt|hit|harm|kill|shake|slap|lose"),
    ("carer_breaking_point", False, "i ~2 might|could|will|going|gonna ~3 hurt|hit|harm|kill|slap|shake|strangle ~1 HARMED"),
    ("carer_breaking_point", False, "i ~2 shake|slap|hit|push|grab|smack|shove|shout|scream ~1 at? VICTIM ~2 hard|again|today|yesterday|because|when"),
    ("carer_breaking_point", False, "breaking point|end of ~1 tether"),
    ("carer_breaking_point", False, "lose it|control|temper with VICTIM"),
    ("carer_breaking_point", False, "do something ~2 regret"),
    # paid carers and care homes
    ("care_abuse", True, "CARE ~4 HARM|shout|swear|rough|steal|scream|tease|mock|ignore|neglect"),
    ("care_abuse", True, "CARE ~4 leave ~3 wet|soil|soiled|dirty|alone|hours|dark|floor|cold|hungry|without"),
    ("care_abuse", True, "CARE ~4 not ~3 give|feed|change|wash|turn|come|bring ~3 MEDS|food|drink|water|her|him|me|pad|tablet"),
    ("care_abuse", True, "CARE ~3 be ~2 rough|cruel|nasty|horrible|abusive|aggressive|violent"),
    ("care_abuse", True, "CARE ~3 take ~2 MONEY"),
    ("care_abuse", True, "money|cash|jewellery|ring|valuables ~3 go|disappear|missing ~3 since ~3 CARE"),
    # domestic abuse and threats
    ("domestic_abuse", True, "OTHER ~3 HARM ~3 VICTIM"),
    ("domestic_abuse", True, "OTHER ~3 threaten ~4"),
    ("domestic_abuse", True, "OTHER ~4 say|tell|swear ~3 kill|hurt|harm|stab ~1 VICTIM"),
    ("domestic_abuse", True, "OTHER ~3 be ~2 violent|abusive|aggressive|controlling"),
    ("domestic_abuse", True, "domestic violence|abuse"),
    ("domestic_abuse", True, "FEAR of ~2 OTHER"),
    ("domestic_abuse", True, "SELF ~2 be|get ~1 HARM ~1 up? by"),
    ("domestic_abuse", True, "abuse|abusive|violent|violence|beaten|battered ~3 OTHER|relationship|marriage|home"),
    ("domestic_abuse", True, "i be abuse"),
    ("domestic_abuse", True, "OTHER ~3 abuse|abuses"),
    ("domestic_abuse", True, "black eye|bruises|bruise ~4 OTHER|him|her|because"),
    ("domestic_abuse", True, "OTHER ~3 lay|laid|put|raise|raised|lift|lifted ~1 a|his|her|their ~1 finger|hand ~1 on|to|against ~1 VICTIM"),
    # coercive control
    ("coercive_control", False, "OTHER ~4 not|never let|allow ~2 VICTIM"),
    ("coercive_control", False, "not allow|let ~1 to ~3 go|see|have|leave|out|work|speak|talk|phone|use"),
    ("coercive_control", False, "not be allow ~1 to"),
    ("coercive_control", True, "OTHER ~3 control|check|monitor|track|read|go ~2 my|her|his ~2 phone|money|message|where|everything|what|email|text"),
    ("coercive_control", True, "OTHER ~3 control|controls|controlling ~2 everything|money|me|her|him"),
    ("coercive_control", True, "OTHER ~3 take|keep|hide|lock ~2 phone|key|keys|passport|car"),
    ("coercive_control", True, "lock ~1 VICTIM in|out"),
    ("coercive_control", True, "have to ask ~3 permission|money|before"),
    ("coercive_control", True, "isolate ~1 VICTIM"),
    ("coercive_control", True, "cut ~2 off from ~2 friend|family|everyone"),
    ("coercive_control", True, "OTHER ~3 stop ~2 VICTIM ~3 see|go|seeing|going|working|talking|having"),
    ("coercive_control", True, "coercive|coercion|controlling"),
    # money
    ("financial_abuse", True, "OTHER ~4 TAKE_MONEY ~2 MONEY"),
    ("financial_abuse", True, "OTHER ~3 steal ~2"),
    ("financial_abuse", True, "OTHER ~4 help himself|herself|themselves|themself|hisself ~1 to ~3 MONEY"),
    ("financial_abuse", True, "OTHER ~3 make|force|pressure|push|bully|nag ~3 sign|change|give|hand|lend|transfer|withdraw|borrow"),
    ("financial_abuse", True, "OTHER ~3 take ~2 out ~2 loan|loans|credit"),
    ("financial_abuse", True, "money|pension|benefit|savings|cash ~3 go|gone|missing|disappear ~4 OTHER"),
    ("financial_abuse", True, "scammed|defrauded|fraud"),
    ("financial_abuse", True, "OTHER ~3 never pay ~1 back"),
    ("financial_abuse", True, "OTHER ~2 keep ~1 ask|asking|demand|demanding ~3 money|cash|loan"),
    ("financial_abuse", True, "financial|financially abuse|exploit"),
    # sexual abuse
    ("sexual_abuse", True, "rape|raped|molest|grope|sexually|indecent|indecently|sexual assault|abuse"),
    ("sexual_abuse", True, "touch ~3 VICTIM ~4 private|where|inappropriately|down|breast|chest|bottom"),
    # "without" apart: a negation word in a pattern makes it never negatable, and "nobody has ever touched her
    # inappropriately" is a denial
    ("sexual_abuse", True, "touch ~3 VICTIM ~4 without"),
    ("sexual_abuse", True, "make|force my|his|her|our|the|little? VICTIM ~3 sex|sexual|things|touch|watch"),
    ("sexual_abuse", True, "OTHER ~3 touch ~1 me|her|him ~1 inappropriately|up"),
    ("sexual_abuse", True, "sex ~3 not want|without"),
    # children
    ("child_at_risk", True, "OTHER ~3 HARM ~3 CHILD"),
    ("child_at_risk", True, "leave ~3 CHILD ~3 alone|own|unsupervised"),
    ("child_at_risk", True, "CHILD ~3 left ~3 alone|own"),
    ("child_at_risk", True, "not feed|wash|clothe ~2 CHILD"),
    ("child_at_risk", True, "groom|grooming|groomed"),
    ("child_at_risk", True, "CHILD ~4 bruise|bruises|burn|burns|mark|marks|hungry|starve|scared"),
    ("child_at_risk", True, "CHILD ~4 see|watch|hear ~3 HARM|fight|violence|hit"),
    # not safe at home
    ("not_safe_at_home", False, "not ~2 feel ~1 safe"),
    ("not_safe_at_home", False, "not safe|unsafe ~2 at|in|with|around ~3 HOME|him|her|them|OTHER"),
    ("not_safe_at_home", False, "feel unsafe"),
    ("not_safe_at_home", False, "not want ~2 go back? home|there"),
    ("not_safe_at_home", True, "FEAR ~3 go|going|be|stay ~1 back? ~1 home|house|there"),
    ("not_safe_at_home", True, "FEAR ~2 in ~2 own? HOME"),
    ("not_safe_at_home", True, "FEAR for ~1 my|our ~1 safety|life"),
    # exploitation
    ("exploitation", True, "cuckoo|cuckooing|cuckooed|slavery|slave|trafficked|trafficking|traffick"),
    ("exploitation", True, "take|took over ~2 my|her|his|the ~1 flat|house|home|place"),
    ("exploitation", True, "dealer|dealers|drug|drugs ~4 flat|house|home|place|staying"),
    ("exploitation", True, "county lines"),
    ("exploitation", True, "make|force ~3 VICTIM ~3 work|sell|carry|deliver|deal|steal"),
        ("exploitation", True, "work ~4 not|never ~2 pay|paid"),
    ("exploitation", True, "owe ~4 work|pay ~2 off"),
    # neglect and self-neglect
    ("neglect", True, "no|not food|heating|heat|electric|electricity|gas|water ~3 day|days|week|weeks|for|since"),
    ("neglect", True, "not eat|eaten|wash|washed|bath|bathed|change|changed ~3 day|days|week|weeks|month|months"),
    # nobody feeds or washes them; that nobody comes, helps or visits is said alone by the lonely and by those who
    # cope ("no one helps me" got the neglect help): the classifier alone hears it with going without
    ("neglect", True, "nobody|noone ~2 feed|wash"),
    ("neglect", True, "left ~2 alone ~3 all|day|days|night|hours"),
    ("neglect", True, "neglect|neglected|neglecting|squalor|filth|filthy|unliveable|uninhabitable"),
    ("neglect", True, "HOME ~3 full of|covered ~2 rubbish|mess|rats|mice|mould|excrement|faeces|urine"),
    ("neglect", True, "sit|sitting|lie|lying|left ~3 in ~2 own? urine|faeces|mess|wee|poo|soil|soiled|dirty"),
]
PATTERNS += EXTRA_PATTERNS
__all__ = ["NEGATIONS", "PATTERNS", "SURE_PATTERNS", "WORD_CLASSES"]
