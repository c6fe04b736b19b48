"""Who does what to whom: token patterns over lemmas (spaCy's Matcher), one list per concern.

A pattern is written as a line of tokens: a CAPITAL name is a word class below, `a|b` is one of those
lemmas, `~N` stands for up to N other words, and `x?` makes x optional. Patterns match the words of
typed.plain_words with each word's lemma, so "took", "takes" and "takin" all meet `take`.

A pattern marked negatable does not count when a negation comes just before it in the same clause
("I'm not suicidal", "nobody hurts me"): that is answered gently, not with an alarm. Patterns whose
meaning is a negation ("won't let me", "don't feel safe") are not negatable.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

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
    "CHILD": {"child", "kid", "baby", "toddler", "grandchild", "grandkid", "boy", "girl", "infant",
              "grandson", "granddaughter", "stepson", "stepdaughter", "teenager", "newborn"},
    "HARM": {"hit", "beat", "punch", "kick", "slap", "push", "shove", "strangle", "choke", "throttle", "hurt",
             "attack", "batter", "bite", "shake", "grab", "drag", "throw", "smack", "thump", "headbutt", "stab",
             "bruise", "assault", "whack", "strike", "spit", "pin", "burn", "scald", "belt", "wallop",
             "manhandle", "pinch", "twist", "restrain", "abuse", "beating", "hitting", "knock", "harm",
             "injure", "bully", "terrorise", "terrorize", "torment", "lamp", "clout", "hiding", "kik", "smash",
             "pinning", "thrash", "boot", "deck", "knife", "stamp"},
    "FEAR": {"scared", "afraid", "frightened", "terrified", "fear", "petrified", "scare", "frighten", "terrify"},
    "MONEY": {"money", "pension", "benefit", "card", "bank", "saving", "savings", "cash", "wage", "pip",
              "salary", "account", "purse", "wallet", "allowance", "credit", "pin", "payment", "attendance",
              "debit", "loan", "finance", "rent", "jewellery", "jewelry", "ring", "pound", "quid", "gold",
              "book", "inheritance", "universal", "dla", "esa", "wages", "valuable", "valuables"},
    "TAKE_MONEY": {"take", "steal", "empty", "drain", "withdraw", "nick", "pinch", "swipe", "rob",
                   "clean", "spend", "max", "control", "demand", "blow", "help", "keep", "cash", "sell"},
    "MEDS": {"tablet", "pill", "medication", "medicine", "paracetamol", "painkiller", "meds", "pills",
             "tablets", "sleeping", "insulin", "morphine", "codeine", "dose", "drug"},
    "BODY": {"arm", "wrist", "leg", "skin", "thigh", "stomach", "body"},
    "HOME": {"home", "house", "flat", "here", "place", "room", "bungalow"},
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
    ("suicidal", True, "ready|going ~2 die"),
    ("suicidal", True, "better off dead"),
    ("suicidal", True, "better off without me"),
    ("suicidal", True, "better off if i ~2 be ~1 gone|dead|here|around"),
    ("suicidal", True, "wish ~3 not wake ~1 up?"),
    ("suicidal", True, "wish i ~2 gone|dead"),
    ("suicidal", True, "wish i ~2 never ~1 born"),
    ("suicidal", False, "not want ~2 be ~1 here|alive|around"),
    ("suicidal", False, "not want ~2 live|exist|wake|go"),
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
    ("carer_breaking_point", False, "i ~2 might|could|will|going|gonna ~3 hurt|hit|harm|kill|slap|shake|strangle ~1 VICTIM"),
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
    ("financial_abuse", True, "OTHER ~3 make|force|pressure|push|bully|nag ~3 sign|change|give|hand|lend|transfer|withdraw|borrow"),
    ("financial_abuse", True, "OTHER ~3 take ~2 out ~2 loan|loans|credit"),
    ("financial_abuse", True, "money|pension|benefit|savings|cash ~3 go|gone|missing|disappear ~4 OTHER"),
    ("financial_abuse", True, "scammed|defrauded|fraud"),
    ("financial_abuse", True, "OTHER ~3 never pay ~1 back"),
    ("financial_abuse", True, "OTHER ~2 keep ~1 ask|asking|demand|demanding ~3 money|cash|loan"),
    ("financial_abuse", True, "financial|financially abuse|exploit"),
    # sexual abuse
    ("sexual_abuse", True, "rape|raped|molest|grope|sexually|indecent|indecently|sexual assault|abuse"),
    ("sexual_abuse", True, "touch ~3 VICTIM ~4 private|where|inappropriately|without|down|breast|chest|bottom"),
    ("sexual_abuse", True, "make|force ~2 VICTIM ~3 sex|sexual|things|touch|watch"),
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
    ("neglect", True, "nobody|noone ~2 feed|wash|come|check|help|visit|look"),
    ("neglect", True, "left ~2 alone ~3 all|day|days|night|hours"),
    ("neglect", True, "neglect|neglected|neglecting|squalor|filth|filthy|unliveable|uninhabitable"),
    ("neglect", True, "HOME ~3 full of|covered ~2 rubbish|mess|rats|mice|mould|excrement|faeces|urine"),
    ("neglect", True, "sit|sitting|lie|lying|left ~3 in ~2 own? urine|faeces|mess|wee|poo|soil|soiled|dirty"),
]

EXTRA_PATTERNS: list[tuple[str, bool, str]] = [
    ("suicidal", True, "sleep and not wake"),
    ("suicidal", True, "not see ~2 point ~3 live|living|go|on|anymore"),
    ("suicidal", True, "what be the point ~4 not ~2 be here|around"),
    ("suicidal", True, "not be ~1 here|around ~2 much|long|by|then|soon|next"),
    ("suicidal", True, "not plan on be here|around"),
    ("suicidal", True, "notice|miss|care if i ~2 not here|gone|dead"),
    ("suicidal", True, "burden ~4 soon|gone|not be"),
    ("suicidal", True, "way|ways|how ~2 to? die|kill"),
    ("suicidal", True, "how many ~3 MEDS|tablet|pill ~3 take|kill|it"),
    ("suicidal", True, "MEDS ~2 save|saved|stockpile|stockpiled|hidden|hide|hoard|count|counting"),
    ("suicidal", True, "hide|hidden ~2 her|his|my ~1 MEDS"),
    ("suicidal", True, "take all ~2 MEDS"),
    ("suicidal", True, "rope|noose ~5 for|shed|garage|loft|ready"),
    ("suicidal", True, "edge of ~3 roof|bridge|cliff|platform|building"),
    ("suicidal", True, "look|looking|stare ~2 at ~1 the ~1 bridge|river|railway|track|train"),
    ("suicidal", True, "say|saying ~2 goodbye|sorry ~2 to? ~2 people|friend|everyone|family|goodbye|sorry"),
    ("suicidal", True, "letter|letters|note ~6 after i ~1 be ~1 gone|go|dead"),
    ("suicidal", True, "write ~2 a? note|letter ~4 pillow|when|for|after|clear|find"),
    ("suicidal", True, "join ~2 dad|mum|husband|wife|him|her ~2 soon|heaven|now"),
    ("suicidal", True, "sort|sorting|put ~2 affairs ~6 when i go|gone|not wait|soon"),
    ("suicidal", True, "have|got ~2 the? means ~3 to? make|do|end|sure"),
    ("suicidal", True, "make|made ~1 a plan"),
    ("suicidal", True, "end|ending|finish ~1 it|things|everything ~1 tonight|like|today|now|soon"),
    ("suicidal", True, "thinking|think ~2 about? end|ending ~1 it|things|everything"),
    ("suicidal", True, "tired ~1 of ~1 life|living"),
    ("suicidal", True, "finish|stop|end ~1 my|everything ~1 life|everything"),
    ("suicidal", True, "six foot under"),
    ("suicidal", True, "have enough|had ~1 of ~1 everything|life|it all"),
    ("suicidal", True, "do not want to go on"),
    ("self_harm", True, "punch|hit|bang|cut|burn|scratch|pull ~3 wall|fist|face|head|arm|arms|hair ~4 till|until|purpose|again|bleed|break"),
    ("self_harm", True, "on purpose"),
    ("self_harm", True, "not to die ~2 just"),
    ("self_harm", True, "blade|blades|razor|razors|scissors|sissors|glass ~4 my ~1 arm|leg|wrist|thigh|skin|myself"),
    ("self_harm", True, "harm ~1 my self|myself"),
    ("self_harm", True, "scar|scars|wound|cut|cuts ~6 from me|myself|new one|new ones|adding"),
    ("self_harm", True, "burn|burning|cut|cutting|hurt|harm ~1 himself|herself|themself|themselves"),
    ("self_harm", True, "punish myself"),
    ("self_harm", True, "cut|cutting|harm ~3 again"),
    ("self_harm", True, "drink|drank ~1 bleach"),
    ("self_harm", True, "blood ~4 towel|towels|sheet|blade|blades"),
    ("self_harm", True, "sh ~2 again|would|deeper"),
    ("domestic_abuse", True, "OTHER ~4 say|said|threaten ~3 kill|hurt|finish|burn|find|stab|get ~1 VICTIM|you|us"),
    ("domestic_abuse", True, "hand|hands ~2 round|around ~2 my|her|his ~1 neck|throat"),
    ("domestic_abuse", True, "grab|grabbed|pull|pulled ~3 by? the? my|her|his ~1 throat|neck|hair|arm"),
    ("domestic_abuse", True, "OTHER ~4 smash|break|broke|throw|threw|kick ~3 window|door|thing|things|phone|mug|plate|me|her|wrist|arm|nose"),
    ("domestic_abuse", True, "finish me off"),
    ("domestic_abuse", True, "burn ~2 down ~3 me|us|in"),
    ("domestic_abuse", True, "i be next"),
    ("domestic_abuse", True, "knock|knocked ~1 about|around"),
    ("domestic_abuse", True, "give|gave ~1 me|her|him ~1 a hiding"),
    ("domestic_abuse", True, "OTHER ~3 start|started ~1 hit|hitting|beat|beating|hurt|hurting"),
    ("domestic_abuse", True, "OTHER ~3 pin|pins ~2 VICTIM|me ~3 wall|floor|bed"),
    ("coercive_control", True, "OTHER ~4 make|made ~2 VICTIM ~3 delete|hand|send|stop|show|ask|stay|wear"),
    ("coercive_control", True, "have to show|hand|ask|tell|give ~2 him|her|them ~3 every|everything|phone|receipt|money|where"),
    ("coercive_control", True, "OTHER ~4 tracker|cameras|camera|track|tracks|location|passwords|password"),
    ("coercive_control", True, "OTHER ~3 decide|decides|choose|choosing|tell|tells ~3 what i|who i|where i|what to|all for"),
    ("coercive_control", True, "OTHER ~2 lock ~2 door|doors ~6 can not|go|leave|out"),
    ("coercive_control", True, "OTHER ~3 check|checking|checks ~3 phone|mileage|message|messages|text|receipt|receipts"),
    ("coercive_control", True, "OTHER ~3 read|reads ~1 all? ~1 my ~1 message|messages|msgs|text|texts|letter|email"),
    ("coercive_control", True, "not ~2 allow|allowed ~1 money|out|it|to"),
    ("coercive_control", True, "cut|cuts ~1 me|her|him ~1 off"),
    ("coercive_control", True, "monitor|monitoring|moniter|monitering ~2 me|her|him"),
    ("coercive_control", True, "accuse ~2 me ~2 cheat|cheating ~3 punish"),
    ("coercive_control", True, "go|goes|went ~1 mad if i"),
    ("coercive_control", True, "OTHER ~4 give|gives ~1 me ~3 pound|pounds|quid ~2 a ~1 week|month"),
    ("coercive_control", True, "not ~2 see ~2 friend|friends|sister|family|mum|brother ~2 in ~1 year|years|month|months"),
    ("financial_abuse", True, "never see ~3 MONEY"),
    ("financial_abuse", True, "no|nothing|nowt ~1 money? ~1 left"),
    ("financial_abuse", True, "every penny"),
    ("financial_abuse", True, "open|opened|take ~3 card|cards|loan|loans|account|credit ~2 in my|her|his ~1 name"),
    ("financial_abuse", True, "in my|her|his name ~3 without"),
    ("financial_abuse", True, "keep|keeps ~1 ask|asking ~2 for ~1 more|money"),
    ("financial_abuse", True, "give|gave|given|hand|handed ~3 nearly? ~1 all ~2 MONEY"),
    ("financial_abuse", True, "shout|shouts ~3 until|till ~3 give"),
    ("financial_abuse", True, "sign ~3 house|home|flat|will|bungalow ~1 over"),
    ("financial_abuse", True, "change ~2 will ~4 not want"),
    ("financial_abuse", True, "borrow|borrowed|use|using ~2 my|her|his ~1 bank? card ~4 without|months|own|for"),
    ("financial_abuse", True, "without ~1 ask|asking ~3 card|money|pension"),
    ("financial_abuse", True, "at ~1 my|her|his|me ~1 purse|wallet|money|pension ~1 again"),
    ("financial_abuse", True, "OTHER ~4 keep|kept|keeps ~3 most|half|all ~2 of? ~1 MONEY|it"),
    ("financial_abuse", True, "pension|benefit|money ~3 off ~1 me|her|him"),
    ("financial_abuse", True, "will not give ~2 it|money|savings ~1 back"),
    ("financial_abuse", True, "ask|asking ~2 for ~1 my ~1 pin"),
    ("financial_abuse", True, "OTHER ~4 get|got ~2 her|him|me ~2 to? hand|sign|give ~2 over"),
    ("financial_abuse", True, "OTHER ~3 take|took|have|had ~2 me|my ~1 pension|benefit|money|savings ~2 off|again"),
    ("financial_abuse", True, "OTHER ~3 spend|spending|use|using ~2 my|her|his ~1 uc|pension|benefit|money|card|savings"),
    ("care_abuse", True, "CARE ~6 not|never ~2 turn|come|feed|wash|change|give|send|bother"),
    ("care_abuse", True, "CARE ~5 tie|tied|sedate|sedated|pinch|pinches|twist|twisted|pull|pulls|starve|starving|ignore|ignored|hitting"),
    ("care_abuse", True, "CARE ~5 leave|left ~4 hours|all day|chair|bed|mess|without"),
    ("care_abuse", True, "left ~2 for ~2 hours ~2 without"),
        ("care_abuse", True, "call bell ~3 out of reach"),
    ("care_abuse", True, "not be|been ~1 washed|changed|fed ~2 in|for"),
    ("care_abuse", True, "wrong person"),
    ("care_abuse", True, "CARE ~5 take|takes|taking ~2 my|her|his ~1 tablet|MEDS|food|blanket|blankets"),
    ("care_abuse", True, "CARE ~4 be ~1 rough|that rough"),
    ("care_abuse", True, "flinch|flinches|flinchs"),
    ("carer_breaking_point", True, "i ~3 hit|shake|shook|slap|grab|grabbed|shove|clout|clouted|smack|thump|punch|kick|pinch|strangle|choke|push|pushed ~1 VICTIM|her|him"),
    ("carer_breaking_point", False, "FEAR ~2 of ~1 what i ~3 do|might|will|could"),
    ("carer_breaking_point", False, "FEAR of ~1 me|myself"),
    ("carer_breaking_point", False, "or i ~2 would ~2 have? hit|hurt|harm"),
    ("carer_breaking_point", False, "before i ~2 do something|hurt|hit"),
    ("carer_breaking_point", False, "lose|lost ~2 rag|temper|control|controll ~2 with|and"),
    ("carer_breaking_point", False, "keep ~1 my ~1 hands ~1 off"),
    ("carer_breaking_point", False, "hand over ~2 mouth|face"),
    ("carer_breaking_point", False, "want|wanted ~1 to ~1 hurt|hit|harm ~1 him|her"),
    ("carer_breaking_point", False, "rough ~4 with ~1 him|her ~4 cope|can not"),
    ("carer_breaking_point", False, "extra ~2 MEDS ~4 leave|quiet|sleep"),
    ("carer_breaking_point", False, "do|doing ~1 things ~2 to ~1 him|her ~2 ashamed"),
    ("carer_breaking_point", False, "nearly|almost ~1 hit|hurt|slap"),
    ("carer_breaking_point", False, "stop|stopped ~1 give|giving ~2 her|him|mum|dad ~2 meal|meals|food|dinner|tablet|MEDS"),
    ("carer_breaking_point", False, "scream|screamed|shout|shouted ~2 in|at ~2 his|her|face ~3 push|pushed|until"),
    ("child_at_risk", True, "CHILD ~6 bruise|bruises|marks|hungry|crying|screaming|alone|own|nightie|midnight"),
    ("child_at_risk", True, "CHILD|old ~6 home alone"),
    ("child_at_risk", True, "home alone ~6 CHILD"),
    ("child_at_risk", True, "not ~1 be|been ~1 to ~1 school"),
    ("child_at_risk", True, "keep ~2 secret|secrets"),
    ("child_at_risk", True, "our ~1 secret"),
    ("child_at_risk", True, "older man|men|boy|boys|lad|lads ~6 girlfriend|meet|gift|gifts|secret|threaten|threatening|twice"),
    ("child_at_risk", True, "ask|asking ~2 to ~1 meet"),
    ("child_at_risk", True, "get|gets|come|comes ~1 into|in ~2 bed with"),
    ("child_at_risk", True, "offence|offences ~2 against ~1 child|children"),
    ("child_at_risk", True, "get|got ~1 took|taken ~1 away"),
    ("child_at_risk", True, "man|men ~3 online ~4 talk|talking|chat|meet"),
    ("child_at_risk", True, "i am ~1 1[0-5]"),
    ("child_at_risk", True, "carry|carrying ~2 a ~1 knife"),
    ("child_at_risk", True, "children|kids ~6 screaming|thud|thuds|never seen|never see"),
    ("child_at_risk", True, "forget|forgets ~2 about ~1 me ~6 not eat"),
    ("child_at_risk", True, "no food ~4 child|children|kids|bairns|sister|brother"),
    ("sexual_abuse", True, "hand|hands ~2 up ~1 my|her ~1 top|skirt|dress"),
    ("sexual_abuse", True, "put|putting ~2 hand|hands ~1 on ~1 me|her|him"),
    ("sexual_abuse", True, "take|took ~1 my|her|his|their ~1 clothes ~1 off"),
    ("sexual_abuse", True, "come|comes|came ~1 in|into ~2 my|me|her|his ~1 room|bed ~3 night|asleep|touch"),
    ("sexual_abuse", True, "make|made ~1 me|her ~1 do ~2 stuff|things ~4 not want"),
    ("sexual_abuse", True, "nudes|nude|naked|pics|pictures|photos ~6 share|sent|send|post|more|everyone"),
    ("sexual_abuse", True, "sex ~2 instead|for|or"),
    ("sexual_abuse", True, "sleep with ~1 him|men|them ~3 or|for"),
    ("sexual_abuse", True, "force ~1 himself|herself ~1 on"),
    ("sexual_abuse", True, "touch|touched|touches|touching ~1 me|her|him"),
    ("sexual_abuse", True, "rap|rapped|assulted|assaulted"),
    ("sexual_abuse", True, "hold|held ~1 me|her ~1 down"),
    ("sexual_abuse", True, "film|films|filmed ~2 me|her ~4 without|bedroom|threaten"),
    ("sexual_abuse", True, "do|doing ~1 it ~1 to ~1 me"),
    ("sexual_abuse", True, "kiss ~1 me ~3 tried|try|want"),
    ("sexual_abuse", True, "sexual ~1 comment|comments"),
    ("sexual_abuse", True, "when it start|started"),
    ("exploitation", True, "owe ~4 him|them|thousands|money ~6 work|run|running|deliver|pay|paid|keep"),
    ("exploitation", True, "not ~1 let ~1 me|him|her ~1 leave|say no"),
    ("exploitation", True, "force|forced ~1 to ~1 work"),
    ("exploitation", True, "without|no ~1 pay"),
    ("exploitation", True, "work ~3 for nothing"),
    ("exploitation", True, "OTHER ~4 take|keep|hold|have|took|got ~2 passport|papers|documents|id"),
    ("exploitation", True, "deal|dealing|sell|selling ~2 drug|drugs ~2 from|out"),
    ("exploitation", True, "deal|dealing ~1 out of|from"),
    ("exploitation", True, "use|using ~2 his|her|my|their|the ~1 flat|house|place|home ~2 to|for"),
    ("exploitation", True, "use|using ~1 my|his|her ~1 bank ~1 account ~3 move|money"),
    ("exploitation", True, "move|moved ~1 in|into ~2 will not leave"),
    ("exploitation", True, "run|running|carry|carrying|collect ~2 gear|drug|drugs|parcel|parcels|package|packages"),
    ("exploitation", True, "go|going ~1 missing ~6 cash|phone|older"),
    ("exploitation", True, "beg ~2 on ~2 street"),
    ("exploitation", True, "gang|lot|lads ~4 using|use|over|him|place"),
    ("exploitation", True, "take|taken|took ~2 over ~2 by"),
    ("exploitation", True, "only allowed in ~2 bedroom|room"),
    ("exploitation", True, "trap|trapped"),
    ("exploitation", True, "storing ~3 things|stuff|bags|packages ~3 my ~1 room|flat|house"),
    ("neglect", True, "no ~1 food|grub|heat|heating|electric|leccy|hot water ~1 in|or|no|and"),
    ("neglect", True, "cut off ~3 day|days|week|weeks|bed"),
    ("neglect", True, "same clothes ~2 for"),
    ("neglect", True, "wee|urine|poo|poop ~2 on ~1 the ~1 floor"),
    ("neglect", True, "bin bags|rubbish ~3 pile|piled|hall|ceiling"),
    ("neglect", True, "skin and bone"),
    ("neglect", True, "not ~1 have|had ~2 her|his|my ~1 insulin|MEDS|tablet|tablets|pad|meal|hot ~1 for|in|changed|since"),
    ("neglect", True, "in ~1 bed ~2 all? ~1 the? ~1 day|days"),
    ("neglect", True, "nothing to eat"),
    ("neglect", True, "without ~1 food|heating|medicine"),
    ("neglect", True, "let ~1 herself|himself|myself ~1 go"),
    ("neglect", True, "stop|stopped ~2 look|looking ~1 after ~1 myself|herself|himself"),
    ("neglect", True, "not ~1 be|been ~1 out|in ~2 in ~1 week|weeks|fortnight|month"),
    ("neglect", True, "house|flat|place ~3 smell|smells|mingin|minging|crawling|rotting|disgusting|discusting|dirty|freezing"),
    ("neglect", True, "rotting|rats|mould ~4 no ~1 food|heat|hot"),
    ("neglect", True, "live|lived|living ~1 on ~3 tin|tins|soup|biscuit|biscuits ~3 for"),
    ("neglect", True, "only ~1 fed ~1 when"),
    ("neglect", True, "sit|sits|sat ~2 in the ~1 dark|cold"),
    ("neglect", True, "left ~3 own ~3 dark|muck|mess"),
    ("neglect", True, "own muck|mess|filth"),
    ("neglect", True, "leave|leaves|left ~2 me|him|her ~2 for ~1 day|days"),
    ("neglect", True, "not ~1 eat|eating ~1 or|not ~1 wash|washing"),
    ("not_safe_at_home", False, "HOME ~3 be ~1 not ~2 safe"),
    ("not_safe_at_home", False, "not safe ~2 for ~1 me|her|him ~1 there|here|now|tonight"),
    ("not_safe_at_home", False, "not ~1 a ~1 safe place"),
    ("not_safe_at_home", False, "need ~1 a ~1 safe place"),
    ("not_safe_at_home", True, "FEAR|feared|frit|dread|dreaded|dare ~4 go|going|be|get ~1 back? ~1 home|house|flat|there|key"),
    ("not_safe_at_home", True, "FEAR|feared ~2 at ~1 home"),
    ("not_safe_at_home", True, "can not ~1 go ~1 home|back"),
    ("not_safe_at_home", True, "can not stay ~3 home|house|there|tonight"),
    ("not_safe_at_home", True, "rather ~6 than ~1 go ~1 home|back"),
    ("not_safe_at_home", True, "chair ~1 against ~2 door"),
    ("not_safe_at_home", True, "hide|hiding ~2 at|in ~3 mate|friend|car|library|toilet|bathroom"),
    ("not_safe_at_home", True, "dare not be at home"),
    ("not_safe_at_home", True, "FEAR ~2 of ~1 what ~2 happen|waiting ~3 home"),
    ("not_safe_at_home", True, "in my house|home ~2 i ~1 be ~1 always? ~1 FEAR"),
    ("not_safe_at_home", True, "safe place ~3 not ~2 any more|anymore"),
    ("not_safe_at_home", True, "need|have ~1 to ~1 leave ~1 quickly|urgently|now|tonight"),
    ("not_safe_at_home", True, "move|moved ~4 urgently ~3 not ~1 safe"),
]
PATTERNS += EXTRA_PATTERNS

VOCABULARY = frozenset(word for words in WORD_CLASSES.values() for word in words) | frozenset(
    word for _, _, line in PATTERNS for token in line.split() if not token.startswith("~")
    for word in token.rstrip("?").split("|") if word.islower())


@dataclass(frozen=True)
class Hit:
    category: str
    start: int   # word index in the message's plain words
    end: int
    negated: bool


def _token(spec: str) -> list[dict[str, Any]]:
    if spec.startswith("~"):
        return [{"OP": "?"}] * int(spec[1:])
    optional = spec.endswith("?")
    spec = spec.rstrip("?")
    words: set[str] = set()
    for part in spec.split("|"):
        words |= WORD_CLASSES[part] if part.isupper() else {part}
    token: dict[str, Any] = {"LEMMA": {"IN": sorted(words)}}
    if optional:
        token["OP"] = "?"
    return [token]


def _required(line: str) -> list[frozenset[str]]:
    """For each word of a pattern that is not optional, the lemmas that can stand there."""
    required = []
    for spec in line.split():
        if spec.startswith("~") or spec.endswith("?"):
            continue
        words: set[str] = set()
        for part in spec.split("|"):
            words |= WORD_CLASSES[part] if part.isupper() else {part}
        required.append(frozenset(words))
    return required


class Rules:
    """Each pattern has a matcher of its own, and only those whose every required word is in the
    sentence are run: spaCy's Matcher walks every pattern's optional gaps at every word, which cost
    about a millisecond a sentence for all of them at once. The same matches, a fraction of the time."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.patterns: list[tuple[list[frozenset[str]], Matcher, str, bool]] = []
        for category, negatable, line in PATTERNS:
            matcher = Matcher(vocab)
            matcher.add(category, [[piece for spec in line.split() for piece in _token(spec)]])
            literal = {w for spec in line.split() if not spec.startswith("~")
                       for w in spec.rstrip("?").split("|") if w.islower()}
            self.patterns.append((_required(line), matcher, category, negatable and not literal & NEGATIONS))

    def hits(self, doc: Doc, clause_starts: set[int]) -> list[Hit]:
        lemmas = {token.lemma_ for token in doc}
        found = []
        for required, matcher, category, negatable in self.patterns:
            if all(words & lemmas for words in required):
                for _, start, end in matcher(doc):
                    found.append(Hit(category, start, end, negatable and _negated(doc, start, end, clause_starts)))
        return found


SUBJECTS = {"i", "he", "she", "they", "we", "you", "it", "nobody", "noone", "everyone", "everybody"}
# A negation before one of these denies the telling, the believing or the helping, not the harm said
# after it ("nobody believes me that he hits me", "no one listens, my husband hits me").
REPORTING = {"believe", "listen", "know", "knows", "realise", "realize", "notice", "care", "help", "understand",
             "say", "tell", "ask", "hear", "see", "want", "think"}
# Words that start a clause of their own: a negation before them is not the clause's ("that he hits me").
_CLAUSE_OPENERS = {"but", "although", "though", "except", "and", "so", "that", "when", "because", "cos",
                   "coz", "if", "while", "whilst", "since"}


def _negated(doc: Doc, start: int, end: int, clause_starts: set[int]) -> bool:
    """A negation within the match ("he never hits me") or in the five words before it, not across a
    clause boundary, a "but", or the clause's subject ("I can't go on, I want to die")."""
    if any(doc[i].lemma_ in NEGATIONS for i in range(start, end)):
        return True
    for i in range(start - 1, max(-1, start - 6), -1):
        word = doc[i].lemma_
        if word in _CLAUSE_OPENERS or (i + 1) in clause_starts:
            return False
        if word in REPORTING and i < start - 1:
            return False
        if word in NEGATIONS:
            return True
        if word in SUBJECTS and i < start - 1:
            return False
    return False
