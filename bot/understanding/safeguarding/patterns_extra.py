"""The patterns added after the first lists of patterns.py, for the ways of saying each concern those
missed (indirect words for suicide, grooming, cuckooing, self-neglect, fear of going home): the same
syntax, the same word classes (patterns.py reads this list into PATTERNS).
"""
from __future__ import annotations

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
    # letters to everyone "just in case", a will sorted and letters written (a stranger, session 19: missed)
    ("suicidal", True, "write|leave ~2 letter|letters|note|notes ~1 to|for ~2 everyone|everybody|people|ppl|family|kid|"
                       "kids|friend|friends|child|children ~4 in case"),
    ("suicidal", True, "sort|make|write|do|finish|update ~2 my|a|the ~1 will ~4 write|leave ~2 letter|letters|note|notes"),
    ("suicidal", True, "join ~2 dad|mum|husband|wife|him|her ~2 soon|heaven|now"),
    ("suicidal", True, "sort|sorting|put ~2 affairs ~6 when i go|gone|not wait|soon"),
    ("suicidal", True, "have|got ~2 the? means ~3 to? make|do|end|sure"),
    ("suicidal", True, "make|made ~1 a plan"),
    ("suicidal", True, "have|got ~1 a plan ~2 to? end|kill|die|do"),  # "i have a plan to end it"
    # someone else's attempt or wish, told by a carer ("she tried to kill herself", "he keeps talking about ending
    # himself"): the first person's "kill|end|top ~2 myself" had no third; the classifier alone gave "she tried to
    # kill herself last year" 0.14 (a reader of session 21). Not "going to kill himself on that ladder"
    ("suicidal", True, "try|attempt|want|wanna|threaten|talk|say|mention|plan ~3 kill|end|top|drown|harm|"
                       "gas ~1 himself|herself|themselves|themself|hisself"),
    # would anyone miss me, everything to stop, a knife to the throat (a second reader of session 21: missed before)
    ("suicidal", True, "anyone|anybody|anyone|people|they ~1 would|will|gonna|even ~1 miss|notice me"),
    ("suicidal", True, "want|wish|need ~2 everything ~1 to? stop|end"),
    ("suicidal", True, "want|wish|need ~1 it all|everything ~1 to? stop|end"),
    # hanging oneself said with nothing between ("she wants to hang them herself" is curtains)
    ("suicidal", True, "try|attempt|want|wanna|threaten|talk|say|mention|plan ~3 hang himself|herself|themselves|"
                       "themself|hisself"),
    ("suicidal", True, "nobody|noone|one ~2 would|will|gonna ~1 mis|miss me"),  # "nobody would miss me"
    ("suicidal", False, "have ~1 enough of ~1 everything|life|living|all"),  # "ive had enough of everything"
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
    # a partner and the violence, said without whom it is done to ("12 Rose St M30 0AB. husband hitting. send help"):
    # session 17, a refit left it to the classifier alone (0.28, under domestic abuse's 0.3)
    ("domestic_abuse", True, "husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee hit|hitting|beat|beating|punch"
                             "|punching|slap|slapping|strangle|choke|batter|battering|assault|attack|attacking"),
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
    # "no money left", "nothing left" (not "no its his left side": a side said at a correction got the help)
    ("financial_abuse", True, "no|nothing|nowt ~1 money ~1 left"),
    ("financial_abuse", True, "nothing|nowt left"),
    ("financial_abuse", True, "every penny"),
    # "her grandson Dean comes round on pension day and goes off with her bank card" (a stranger, session 40: heard by the
    # classifier alone, so who does it was never kept, and he was sent to three services as a help)
    ("financial_abuse", True, "OTHER ~8 go|walk|run|make ~1 off with ~2 MONEY"),
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
    # "i cant do it any more", "can not cope with this any more" (only "anymore" in one word was heard)
    ("carer_breaking_point", False, "can not ~2 do|cope|take|manage|handle|face ~2 it|this ~2 anymore|more"),
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
    # (on their own, never "kids of his own": the eighteenth fresh set, session 33)
    ("child_at_risk", True, "CHILD ~6 bruise|bruises|marks|hungry|crying|screaming|alone|nightie|midnight"),
    ("child_at_risk", True, "CHILD ~5 on ~1 own"),
    ("child_at_risk", True, "CHILD|old ~6 home alone"),
    # voices that tell a parent to harm their child ("been hearing voices telling me to hurt my baby" got the Domestic
    # Abuse Helpline: a stranger, session 17); voices telling them to harm themselves are thoughts of suicide
    ("child_at_risk", False, "voice|voices ~4 hurt|harm|kill|drown|smother|shake ~2 CHILD"),
    ("suicidal", False, "voice|voices ~4 hurt|harm|kill|end ~1 myself|me|it"),
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
    ("child_at_risk", True, "carry|carrying ~2 a ~1 knife"),
    ("child_at_risk", True, "children|kids ~6 screaming|thud|thuds|never seen|never see"),
    ("child_at_risk", True, "forget|forgets ~2 about ~1 me ~6 not eat"),
    ("child_at_risk", True, "no food ~4 child|children|kids|bairns|sister|brother"),
    ("sexual_abuse", True, "hand|hands ~2 up ~1 my|her ~1 top|skirt|dress"),
    ("sexual_abuse", True, "put|putting ~2 hand|hands ~1 on ~1 me|her|him"),
    ("sexual_abuse", True, "take|took ~1 my|her|his|their ~1 clothes ~1 off"),
    ("sexual_abuse", True, "come|comes|came ~1 in|into ~2 my|me|her|his ~1 room|bedroom|bed ~3 night|asleep|touch"),
    ("sexual_abuse", True, "make|made ~1 me|her ~1 do ~2 stuff|things ~4 not want"),
    ("sexual_abuse", True, "nudes|nude|naked|pics|pictures|photos ~6 share|sent|send|post|more|everyone"),
    ("sexual_abuse", True, "sex ~2 instead|for|or"),
    ("sexual_abuse", True, "sleep with ~1 him|men|them ~3 or|for"),
    ("sexual_abuse", True, "force ~1 himself|herself ~1 on"),
    ("sexual_abuse", True, "touch|touched|touches|touching ~1 me|her|him"),
    ("sexual_abuse", True, "rap|rapped|assulted|assaulted"),
    # the word alone, as patterns.py's "rape|raped|molest|grope|sexually|…|sexual assault|abuse" meant it (the
    # space there makes it two words: "sexual assault", never "raped"): "i was raped", "i got raped"
    ("sexual_abuse", True, "rape|raped|molest|molested|grope|groped"),
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
    ("exploitation", True, "gang|lads ~4 using|use|over|him|place"),
    # "that lot", never "a lot" ("my joints dislocate a lot and i use a wheelchair": the twelfth fresh set, session 27)
    ("exploitation", True, "that|this|them|these|those lot ~4 using|use|over|him|place"),
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
    # self-neglect that is dangerous: "i left the gas on again yesterday and the fire brigade came"
    ("neglect", True, "fire brigade|engine ~4 come|came|call|called|out|round|here"),
    ("neglect", True, "fireman|firemen ~4 come|came|call|called|out|round|here"),
    ("neglect", True, "without ~1 food|heating|medicine"),
    ("neglect", True, "let ~1 herself|himself|myself ~1 go"),
    ("neglect", True, "stop|stopped ~2 look|looking ~1 after ~1 myself|herself|himself"),
    ("neglect", True, "not ~1 be|been ~1 out|in ~2 in ~1 week|weeks|fortnight|month"),
    ("neglect", True, "house|flat|place ~3 smell|smells|mingin|minging|crawling|rotting|disgusting|discusting|dirty|freezing"),
    ("neglect", True, "rotting|rats|mould ~4 no ~1 food|heat|hot"),
    ("neglect", True, "live|lived|living ~1 on ~3 tin|tins|soup|biscuit|biscuits ~3 for"),
    ("neglect", True, "only ~1 fed ~1 when"),
    ("neglect", False, "he|she|VICTIM ~2 never|not|hardly|barely ~1 get|be ~1 feed"),  # "he never gets fed"
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
    # the one feared coming back, or getting out before they do ("im scared hes coming back", "i need to get out
    # today before he comes back from work")
    ("not_safe_at_home", True, "FEAR ~1 he|she|they ~2 come ~1 back"),
    ("not_safe_at_home", True, "get out ~3 before ~1 he|she|they ~2 come|get ~1 back|home"),
    # a wish to go in somewhere and never come out ("i want to get in the bath and never get out again")
    ("suicidal", True, "want|wish|wanna ~6 and ~1 never ~1 get|come|wake ~1 out|up ~1 again"),
    # Short, plain messages (a tuning batch of them, tuning_short.tsv): "whats the point anymore", "i want it
    # all to stop for good", "the urge 2 cut", "i walk on eggshells", "our kid's bled me dry", "the carers
    # laugh at me", "a pillow over his face", "i could do him harm", "about to break", "promised a job, now
    # im trapped"
    ("suicidal", False, "what be the point ~1 anymore"),
    ("suicidal", False, "what be the point of|in ~1 anything|live|life|go|carry|try|exist"),
    ("suicidal", False, "what be the point of|in it all"),
    ("suicidal", True, "better ~1 i ~1 be ~1 dead"),
    ("suicidal", True, "want|wish ~3 it|everything|all ~2 stop ~1 for good"),
    ("suicidal", True, "want|wish ~3 it|everything|all ~2 stop ~1 forever|permanently"),  # one word: no "for"
    ("suicidal", True, "want|wish ~2 to? be ~1 gone"),
    ("self_harm", True, "urge ~3 cut|harm|hurt|burn|scratch"),
    ("self_harm", True, "i ~1 still ~1 cut"),
    ("self_harm", True, "i ~1 still ~1 self harm"),
    ("coercive_control", True, "walk|walking on eggshell|eggshells"),
    ("coercive_control", True, "OTHER ~2 ring|text|call|phone ~4 time|times ~2 a|every ~1 day|hour ~4 check|where"),
    ("financial_abuse", True, "bleed|bled ~2 VICTIM ~1 dry"),
    ("financial_abuse", True, "use ~3 power of attorney ~2 for ~1 himself|herself|themselves|own"),
    ("care_abuse", True, "CARE ~3 laugh|laughing|mock|sneer ~2 at ~1 VICTIM"),
    ("carer_breaking_point", True, "pillow over ~2 his|her|their face"),
    ("carer_breaking_point", True, "could ~2 do ~1 him|her|them ~1 harm"),
    ("carer_breaking_point", True, "about ~1 to ~1 break|snap|crack|lose it"),
    ("carer_breaking_point", True, "crack|cracking up ~3 look after|caring"),
    ("carer_breaking_point", True, "swear ~3 lose it"),
    ("carer_breaking_point", False, "can not ~1 look after|cope with|care for ~2 him|her|them ~1 no more|anymore|any more"),
    ("not_safe_at_home", True, "OTHER be ~1 outside ~2 house|door|window|flat ~1 again|now"),
    ("not_safe_at_home", True, "at risk ~2 live|living|stay|staying with"),
    ("neglect", True, "OTHER ~3 not|never|hardly|barely ~1 feed ~1 VICTIM"),  # "she never feeds him"
    ("care_abuse", True, "tie|tied|strap|strapped|sedate|sedated ~3 into|to|in ~2 chair|bed"),  # "tied into his chair"
    ("exploitation", True, "promise|promised ~3 job ~6 trap|trapped|stuck|can not leave"),
    # Giving up on everything, on life, on it all, on oneself, or feeling like giving up said alone ("i feel like
    # giving up on everything" scored 0.14); not a thing given up ("giving up smoking", "gave up work": rules.py
    # drops a "give up" with a thing after it), nor giving up on a diet or a crossword.
    ("suicidal", True, "give up on everything|life|living|myself|anything"),
    ("suicidal", True, "give up on it all"),
    ("suicidal", True, "feel|felt|feeling like ~1 give up"),
    # Fear of the one who harms finding, seeing or knowing what is told ("please delete everything, i dont want
    # him finding it" got the Samaritans): not safe at home, said with fear or with what is told being hidden.
    ("not_safe_at_home", True, "FEAR ~3 he|she|they|OTHER ~3 find|see|read|catch|know ~1 out|this|it|these|that|me|what"),
    ("not_safe_at_home", False, "delete|hide|wipe|clear ~4 not want ~1 OTHER ~1 to? find|see|read|know"),
    ("not_safe_at_home", False, "not want ~1 OTHER ~1 to? find|see|read|know ~6 delete|hide|wipe"),
    # Made to feel worthless, told nobody would believe them: abuse by the one who says it
    ("domestic_abuse", True, "OTHER ~3 make ~1 me|her|him ~1 feel ~2 worthless|small|nothing|dirt|rubbish|scared|afraid"
     "|frightened|terrified|crazy|pathetic|ugly"),
    ("coercive_control", False, "OTHER ~3 say|tell ~2 nobody|noone|no ~1 one? ~3 believe"),
    # The ninth fresh held-out set, read in session 24: a cut deeper than meant, a compass or a sharpener's blade used
    # when it gets bad, arms or legs "a mess again"; a person left on a commode for hours; a room gone rank, with flies
    # (a cut that "went" deeper: not "my leg ulcer is deeper than usual and very sore", a second reader)
    ("self_harm", True, "go|went|cut|did ~1 deep|deeper ~1 than ~1 usual|normal|before|ever ~6 sore|gape|gapey|gaping|stitch|"
                        "stitches|steri|bleed|bleeding|glue"),
    ("self_harm", True, "go|went|cut|do|did ~1 deep|deeper ~1 than ~1 i ~1 mean|meant|plan|planned|want|wanted"),
    ("self_harm", True, "compass|sharpener|blade|razor ~5 when ~2 it|thing|things|stuff ~1 get ~1 bad|too|worse|much"),
    # (and what was done to them: not "my legs are a mess again, the cellulitis is back")
    ("self_harm", True, "arm|arms|leg|legs|wrist|wrists|thigh|thighs ~6 mess ~1 again ~6 do|did|done|cut|myself|em|them|"
                        "knife|blade|razor"),
    ("care_abuse", True, "leave|left|lft ~3 on|in ~2 commode|toilet|loo ~3 2|3|4|5|6|7|8|two|three|four|five|six|"
                          "several|ages|all"),
    # (for hours; not "left on the loo for half an hour on his own, he likes his privacy": a second reader)
    ("care_abuse", True, "leave|left|lft ~3 on|in ~2 commode|toilet|loo ~1 for hours"),
    ("neglect", True, "room|house|flat|kitchen|place ~3 rank|stink|stinking|filthy|minging|mingin ~5 fly|flies|maggot|"
                      "maggots"),
    # The tenth fresh held-out set, read in session 25: a visit not needed "by then" (with who gets the cat); the door
    # walked into that was someone; told they are nothing without him, kept on a short lead; the history on the laptop
    # checked; a carer who goes out "when he starts" and does not trust their hands; someone trying the door at night,
    # a poker across the knees
    ("suicidal", True, "not be ~1 need|needing ~1 it|them ~1 by ~1 then"),
    ("domestic_abuse", True, "black ~1 eye|eyes ~8 if ~1 anyone|anybody ~1 ask|asks"),
    ("domestic_abuse", True, "walk|walked|bump|bumped ~1 into ~2 something|door|wall|cupboard ~4 someone|somebody"),
    ("coercive_control", True, "say|says|tell|tells ~3 nothing|nowt|worthless|useless|nobody ~1 without ~1 him|her|them"),
    ("coercive_control", True, "on|keep|keeps ~2 a? ~1 short ~1 lead|leash"),
    # (ending past "hands": a match that ends "my hands" is a hand held, rules._not_what_it_seems)
    ("carer_breaking_point", True, "when ~1 he|she|mum|dad ~1 start|starts|kick|kicks ~10 not ~1 trust ~1 my ~1 "
                                   "hands|temper ~1 any|anymore|around|with|near|now|more"),
    # (a partner's checking, not a son's "… my search history on the iPad to make sure I'm not getting scammed")
    ("coercive_control", True, "he|she|husband|partner|boyfriend|girlfriend|wife|fella ~1 check|checks|go|goes ~2 through? ~1 "
                               "the|my ~1 history|browser ~3 laptop|computer|phone|ipad|tablet"),
    ("carer_breaking_point", True, "not ~1 trust ~1 myself ~2 with|around|near ~1 him|her|them|mum|dad"),
    ("not_safe_at_home", True, "someone|somebody|people|they ~3 try|trying|tried ~2 my|the ~1 door|doors|window|windows|"
                               "handle|lock ~4 night|nights|again|times"),
    ("not_safe_at_home", True, "poker|knife|bat|hammer ~3 across|on|by|under|beside|next ~2 my|the|me ~1 lap|bed|pillow|side"),
    # the eleventh fresh set's misses (session 26), in general words: savings spent on themselves by another ("shes
    # bought herself a car with my savings"); anger when the writer asks about their own money ("he gets very nasty if
    # I ask to see the statements"); a child told to delete an adult's messages; a carer who fears becoming one who
    # kills ("the husband who finally snaps and kills her ... before I'm one of them")
    ("financial_abuse", True, "herself|himself|themselves|themself ~4 with ~1 my|our ~1 savings|money|pension|card|"
                              "benefits|inheritance|pip"),
    ("financial_abuse", False, "nasty|angry|aggressive|cross|furious|violent|funny|kick|shout|shouts|shouting ~3 if|when|"
                               "whenever ~1 i ~2 ask|asked|mention|query|question ~4 statement|statements|MONEY|account|"
                               "accounts|spending"),
    ("child_at_risk", True, "tell|tells|told|ask|asks|asked|make|makes|made ~1 her|him|them|my ~1 child|son|daughter|kid? "
                            "~1 to ~1 delete|hide|wipe ~2 chat|chats|message|messages|texts|conversation|conversations|"
                            "photos|pictures|pics|snaps"),
    ("carer_breaking_point", False, "before i ~2 be|become|turn ~1 into? one ~1 of ~1 them|those"),
    ("carer_breaking_point", False, "snap|snaps|snapped ~4 kill|kills|killed|hurt|hurts|strangle|smother|smothers"),
    # the twelfth fresh set's misses and a stranger's (session 27), in general words: savings another spends on themselves, "out of the person's savings"; emergency contraception
    # after what "wasn't my choice"; struck "round the head"
    ("financial_abuse", True, "herself|himself|themselves|themself ~4 out ~1 of ~2 my|our|person|persons|mum|mums|dad|dads|"
                              "nan|nans|gran|grans ~2 savings|money|pension|inheritance"),
    ("sexual_abuse", True, "morning|emergency ~1 after? ~1 pill|contraception|contraceptive ~12 not ~1 my ~1 choice|idea"),
    ("domestic_abuse", True, "OTHER ~2 crack|clip|clout ~1 VICTIM ~1 round|across|over|upside ~2 head|face|ear|jaw|mouth|lug"),
    # the fifteenth fresh set's misses (session 30), in general words: new lines on one's arms kept from being noticed;
    # burns done "with the iron"; bruises explained away ("walking into doors", if you know what I mean), and the one
    # who is "always sorry afterwards"; cover worn even in summer; not really allowed to make one's own appointments,
    # and a call asked for when he is out; a night carer "not very gentle", the buzzer not pressed for fear; the heating
    # off all winter and cardigans indoors; a massage nowhere near the part treated, behind curtains
    ("self_harm", True, "notice|noticing|see|seeing|spot|hide|hiding|cover|covering ~4 line|lines|cut|cuts ~2 on ~1 my ~1 "
                        "BODY"),
    ("self_harm", True, "notice|noticing|see|seeing|spot|hide|hiding|cover|covering ~3 new ~1 mark|marks|scar|scars ~2 on ~1 "
                        "my ~1 BODY"),
    ("self_harm", True, "i ~1 do|did|make|made ~1 them|these|those ~2 with ~2 the|a|my ~1 iron|lighter|cigarette|"
                        "cigarettes|kettle|straighteners|candle|match|matches|blade|razor|compass|scissors"),
    ("domestic_abuse", True, "walk|walked|walking ~1 into ~2 door|doors ~4 if ~1 you ~1 know ~1 what ~1 i ~1 mean"),
    ("domestic_abuse", True, "he|she|husband|partner|boyfriend|wife|girlfriend ~2 always|be ~2 so|very|really ~1 sorry ~1 "
                             "afterwards|afterward"),
    ("domestic_abuse", True, "wear|wearing ~8 scarf|scarves|polo|sleeves|makeup|foundation|concealer|sunglasses ~2 even ~2 in "
                             "~1 july|june|august|summer|heat|heatwave|sunshine"),
    ("coercive_control", False, "be ~1 not ~1 really|exactly|always|even ~1 allow|allowed ~1 to"),
    ("coercive_control", True, "ring|call|phone|text|contact ~6 when|while ~1 he|she|husband|partner|wife|boyfriend ~1 be "
                               "~1 at ~1 the? ~1 work|gym|pub|football|match|shop|shops|church|mosque|club"),
    ("domestic_abuse", False, "be ~1 not ~1 very|always|exactly|particularly|that|too ~1 gentle|careful ~1 with ~1 me|him|her|"
                              "mum|dad|them|mam"),
    ("care_abuse", True, "learn|learned|learnt|know|dare ~3 not ~1 to? ~1 press|ring|call ~2 buzzer|bell"),
    ("neglect", True, "heating ~3 off|broken ~4 two|three|all|last|whole|both ~1 winter|winters"),
    ("neglect", True, "wear|wearing ~2 three|four|five|six|several ~1 cardigan|cardigans|jumper|jumpers|coat|coats ~2 "
                      "indoor|indoors|inside|house"),
    ("sexual_abuse", True, "massage|touch|touches|touching|rub|rubs|rubbing|hands ~6 not|nowhere ~1 anywhere ~1 near ~1 my "
                           "~1 back|knee|shoulder|neck|leg|ankle|foot|hip|arm|wrist|shoulders|knees"),
    ("sexual_abuse", True, "shut|shuts|close|closes|draw|draws|pull|pulls ~2 curtain|curtains|door|blind|blinds ~6 extra|"
                           "special ~1 massage|attention|touching"),
    # the sixteenth fresh set (session 31): its misses, in general words
    # "like ending it", the whole of an answer to "How are you feeling?"
    ("suicidal", True, "feel|feeling|felt|like ~1 like? ~1 ending ~1 it"),
    # an app, a tracker put on the phone, every message seen: "he put an app on my phone so he sees evry msg"
    ("coercive_control", True, "OTHER ~3 see|sees|read|reads|check|checks|go|goes ~2 through? ~1 every|all ~1 my? ~1 msg|"
                               "msgs|message|messages|text|texts|email|emails|call|calls"),
    # another's money for one's own ends: "using Dad's money to pay his own mortgage"
    ("financial_abuse", True, "use|using|used|spend|spending|spent ~3 MONEY|savings ~4 pay|for|on ~2 his|her|their ~1 own"),
    # the pension collected and never seen: "My nephew collects my pension for me but I never see any of it"
    ("financial_abuse", False, "MONEY ~10 i ~1 never ~1 see ~1 any|none|penny|much ~1 of? ~1 it"),
    # paid for work never done: "keeps gettin her 2 sign cheques 4 'jobs' on the roof that never get done"
    ("financial_abuse", False, "cheque|cheques ~8 job|jobs|work|roof|drive|driveway|"
                               "gutter|gutters ~4 never ~2 do|done|finish|finished|start|started"),
    # bruises the shape of a hand: "a bruise shaped like fingers on his upper arm"
    ("care_abuse", True, "CARE ~25 bruise|bruises|bruising|mark|marks ~3 shape|shaped|like ~1 like? ~1 finger|fingers|"
                         "fingertips|hand|handprint"),
    ("domestic_abuse", True, "bruise|bruises|bruising|mark|marks ~3 shape|shaped ~1 like ~1 finger|fingers|fingertips|hand|"
                             "handprint"),
    ("domestic_abuse", True, "finger|fingertip|fingermark|fingertip ~1 shaped|shape|mark|marks|tip ~1 bruise|bruises|bruising"),
    # food locked away, a punishment: "The staff lock his food cupboard for punishment"
    ("care_abuse", True, "CARE ~4 lock|locks|locked|locking ~4 food|fridge|cupboard"),
    ("care_abuse", True, "CARE ~10 as|for ~1 a? ~1 punishment"),
    # sedated for the carer's ease: "a carer … giving my wife extra sleeping tablets so she's 'less work'"
    ("care_abuse", True, "CARE ~6 give|giving|gave|given ~4 extra|more|double ~2 sleeping|sleep|sedative|sedatives|night ~1 "
                         "tablet|tablets|pill|pills|meds|medicine|medication"),
    # a child not fed: "my mum forgets to feed him when shes high"
    ("child_at_risk", True, "forget|forgets|forgot|forgetting ~1 to ~1 feed ~2 baby|brother|sister|us|me|kid|kids|child|"
                            "children|toddler"),
    # and someone else not fed, whoever they are ("my mum forgets to feed him when shes high", of a brother of 2; "the
    # carer forgot to feed her all day"): neglect, the help for a child added where a child is said (CHILDREN)
    ("neglect", True, "forget|forgets|forgot|forgetting ~1 to ~1 feed ~1 him|her|them"),
    # a carer who would leave the person and not come back: "if I just left my mum at A&E and didn't come back"
    ("carer_breaking_point", True, "leave|left|leaving|dump|dumped|drop|dropped ~2 HARMED|them ~4 e|hospital|ae|casualty|"
                                   "emergency ~4 not|never ~1 come ~1 back"),
    # the seventeenth fresh set's misses (session 32), in general words: dragged across a floor; a "friend"
    # who keeps getting someone to draw out cash; a person dropped by a carer and not reported; a carer afraid they will
    # go further
    ("domestic_abuse", True, "drag|dragged ~1 VICTIM ~1 across|along|down|through ~3 floor|stairs|hall|landing|street|road|"
                             "kitchen|bedroom|garden|yard"),
    ("financial_abuse", True, "keep ~1 get|make|pressure|push|persuade|talk ~1 VICTIM ~2 to ~1 draw|withdraw|take|get ~1 "
                              "out ~3 MONEY|hundred|hundreds|thousand|thousands|grand"),
    ("care_abuse", True, "CARE ~8 drop|dropped ~1 VICTIM|them ~4 not|never ~2 report|reported|record|recorded|log|logged"),
    ("care_abuse", True, "drop|dropped ~1 VICTIM|them and do? not|never report|reported|record|recorded|log|logged"),
    ("carer_breaking_point", True, "FEAR ~5 i ~1 will|would|might|could|may|ll ~1 go ~1 further|too far"),
    # session 33 (the eighteenth fresh set): "lad frm grindr wudnt stop wen i said no"; a care worker who saw the team
    # leader slap a resident; "he goes through my history after, so I'll delete this"
    # (a man, a partner, someone: never a toddler, a salesman or the kids at screen time, a second reader)
    ("sexual_abuse", False, "he|guy|man|lad|bloke|boyfriend|girlfriend|husband|wife|partner|someone|somebody|date|fella "
                            "~4 not stop when|wen|after|though|even ~1 i ~1 say|tell|beg|scream|shout ~1 no"),
    ("care_abuse", True, "slap|smack|thump|punch|kick|shove|pinch|manhandle|drag|grab|shake ~3 resident|residents|patient|"
                         "patients|client|clients"),
    # session 34 (the nineteenth fresh set's misses), in general words: a pull to stop on a level crossing or the tracks
    # and wait; pets given away with the loose ends tied up; a door slammed with the writer's fingers in it; money sent to
    # someone met online for their fees, or moved to a "safe account"; sleeping in coats, staying in bed to keep warm;
    # "special games"; afraid of what they are capable of; the gas left on for both of them; how carers end up in the
    # papers; a crowd of new "friends" staying over
    ("suicidal", False, "crossing|track|tracks|railway|line ~25 want|wants|tempt|tempted|urge ~4 stop|wait|stay|park|sit|stand "
                       "~2 on|there|in"),
    ("suicidal", True, "sort|sorted|arrange|arranged|decide|decided|work|worked ~2 out? ~1 who ~1 get|gets|have|has|take|"
                       "takes|look|looks ~2 after? ~1 the|my ~1 cat|dog|cats|dogs|pet|pets|budgie|rabbit"),
    ("financial_abuse", True, "meet|met ~4 online|computer|internet|facebook|app|website|instagram|tiktok ~25 send|sent|"
                              "transfer|transferred|wire|wired|lend|lent ~2 him|her|them ~3 thousand|thousands|grand|savings"),
    ("financial_abuse", True, "send|sent|transfer|transferred|wire|wired ~2 him|her|them ~5 for ~2 his|her|their ~1 customs|"
                              "visa|release|inheritance|bail|taxes"),
    ("neglect", True, "stay|staying|stop|stopping ~1 in ~1 bed ~6 warm|warmth|heat|heating"),
    ("sexual_abuse", True, "play|played|playing ~2 special|secret|naughty ~1 game|games ~1 with ~1 me|her|him|us"),
    ("carer_breaking_point", True, "FEAR ~2 of ~1 what ~1 i ~1 be|am|m ~1 capable"),
    ("carer_breaking_point", True, "think|thought|thinking|tempt|tempted|wonder|wondered|imagine ~4 gas|oven ~1 on ~2 for ~1 "
                                   "both|the ~1 of? ~1 us|two"),
    ("suicidal", True, "think|thought|thinking|tempt|tempted|wonder|wondered|imagine ~4 gas|oven ~1 on ~2 for ~1 both|the ~1 "
                       "of? ~1 us|two"),
    ("carer_breaking_point", True, "how|why ~2 carer|carers|people|mum|mums|mother|mothers|husband|husbands|wife|wives ~1 "
                                   "end ~1 up ~2 in ~1 the ~1 paper|papers|news"),
    # someone who uses the writer's card, and the money never lasts ("He does my shopping with my bank card and I never
    # seem to have any money left": a stranger, session 34, had the grandson read back as a support)
    ("financial_abuse", True, "OTHER ~6 my ~1 bank? ~1 card|cards ~15 never|not|no|nothing ~4 money|cash ~3 left"),
    ("exploitation", True, "lot|lots|load|loads|bunch|group|crowd ~2 of ~1 new ~1 friend|friends ~3 stay|staying|sleep|"
                           "sleeping|hang|hanging|live|living|move|moved"),
    # Session 36: said in words the classifier, trained on the read sets too, no longer carried alone. Nobody minding
    # whether one lives or dies; a threat "or else"; beaten or hurt, said of oneself; a walking aid put out of reach;
    # giving someone "the lot" so it ends
    ("suicidal", False, "nobody|noone|none|one|anyone|anybody ~4 care|bother|mind ~1 if|whether i ~1 live|die ~1 or ~1 "
                        "die|live"),
    ("coercive_control", False, "make|makes|made|making ~1 me ~6 or else"),
    ("domestic_abuse", True, "i ~1 be|get|keep ~1 get? ~1 beat|batter|attack|assault|thump|punch ~2 last|yesterday|"
                             "again|up|night|tonight|today|by|every|all"),
    ("domestic_abuse", True, "move|take|hide|put ~2 my|her|his ~2 frame|stick|zimmer|walker|wheelchair ~2 out of ~1 reach"),
    ("domestic_abuse", True, "kick|kicked|knock|knocked|throw|threw|snatch|snatched ~2 my|her|his ~2 frame|stick|zimmer|walker|"
                             "crutches|wheelchair ~1 away|over|out"),
    ("domestic_abuse", True, "i keep ~1 get|getting|being ~1 hurt|beat|batter|hit|attack"),
    ("carer_breaking_point", True, "give ~1 him|her|them ~1 the ~1 lot|whole ~3 so ~2 end|ends|over|stop|stops"),
    # a threat to kill if something is found out ("if he finds out hell kill me"); the way someone treats the writer
    # making them ill or afraid; a question whether a video or picture of the writer has been shared
    ("domestic_abuse", False, "if|when|once ~1 OTHER ~1 find|know|see|hear ~4 OTHER|hell|shell ~1 will|would|gonna|going? "
                              "~1 to? ~1 kill|murder|batter ~1 me"),
    ("domestic_abuse", True, "the way OTHER treat|talk|speak ~2 me ~3 make ~1 me ~3 sick|ill|scared|shake|cry|frightened|"
                             "afraid|terrified"),
    ("sexual_abuse", True, "has|have ~2 video|videos|photo|photos|picture|pictures|pic|pics|nudes|image|images|clip ~1 "
                           "of me ~1 be|get ~1 share|post|send|spread|leak|upload"),
    # pictures of the writer naked shared or shown (a second reader, session 36: "he shared pictures of me naked with his
    # mates" went unheard)
    ("sexual_abuse", True, "video|videos|photo|photos|picture|pictures|pic|pics|image|images|clip ~1 of me ~1 naked|nude|"
                           "undressed|topless"),
    ("sexual_abuse", True, "share|send|post|show|spread|leak ~3 my ~1 nudes"),
    # money of theirs paid to someone else's account, and never seen ("child benefit but it go to his account, i dont see
    # it": 0.34 by the classifier before, 0.25 by the one trained on the read sets, under financial abuse's 0.25)
    ("financial_abuse", False, "go|goes|gone|paid|pay|going|went ~2 into? ~1 his|her|their ~1 account|bank ~6 never|not|dont|"
                               "cannot|cant ~2 see|get|touch ~2 it|any|penny|none|a"),
    # thinking of jumping from a height ("some days I think about jumping" after "I live on the third floor": missed by
    # old and new alike, found while setting aside a home up the stairs as no danger, session 36)
    ("suicidal", True, "think|thinking|thought|wonder|wondering|tempt|tempted ~2 about|of ~1 jump|jumping ~3 off|from|out|"
                       "in ~3 window|bridge|roof|balcony|building|cliff|car|platform|train|flats|top|front"),
    ("suicidal", True, "floor|storey|balcony|flats|bridge|roof ~10 think|thinking|thought|tempt|tempted ~2 about|of ~1 "
                       "jump|jumping"),
]

# Said so plainly that they alarm whatever the classifier makes of the words around them: abuse, assault,
# battering, strangling named as done to the person ("my husband abuses me", "he assaulted me", "i am being
# abused", "someone is abusing me" went unheard: on a short message the classifier gave them 0.02 to 0.17,
# under domestic abuse's 0.2 for a rule's hit). Still negatable: "he has never abused me" is answered gently.
SURE_PATTERNS: list[tuple[str, bool, str]] = [
    # what is read after, so the message is deleted ("He goes through my history after, so I'll delete this": the
    # eighteenth fresh set, session 33; the classifier made 0.15 of it)
    # (by someone, never the writer's own tidying: "I go through my emails and delete the junk", "can you go through my
    # messages and delete my details": a second reader, session 33)
    ("coercive_control", True, "he|she|husband|wife|partner|boyfriend|girlfriend|fella ~1 go|goes|check|checks|read|reads ~1 "
                               "through ~1 my ~1 history|messages|texts|phone|emails ~6 i ~2 delete|deleting ~1 this|these|"
                               "it|chat|conversation|messages|everything"),
    # an overdose taken, and a person thrown: said this plainly, no ordinary story word may calm them
    ("suicidal", True, "take|took|swallow ~2 MANY ~2 of? ~1 my? ~1 MEDS ~2 just|now|tonight|today|purpose|earlier"),
    ("domestic_abuse", True, "OTHER ~2 throw|threw|push|pushed|shove|kick|kicked ~1 VICTIM ~1 down|across|into|against"),
    # dragged by the hair or the throat, whoever is said to do it ("My ex broke into the house … and dragged me across the
    # kitchen floor by my hair": the seventeenth fresh set, session 32, the classifier 0.18 beside "the fourth time")
    ("domestic_abuse", True, "drag|dragged ~1 VICTIM ~6 by ~1 the? ~1 my|her|his|their|the ~1 hair|throat|neck|collar"),
    # a child who got hold of street drugs left out, or found them ("My partner uses cocaine most weekends and leaves it out
    # … and last week my three year old got hold of the bag": the seventeenth fresh set, session 32, 0.02 in a long story)
    ("child_at_risk", True, "DRUGS ~20 old|CHILD ~2 get|got ~1 hold ~1 of"),
    ("child_at_risk", True, "old|CHILD ~2 get|got|find|found|eat|ate|swallow|swallowed ~1 hold? ~1 of? ~2 DRUGS"),
    ("domestic_abuse", True, "OTHER ~3 abuse|assault|batter|strangle|choke|throttle|punch ~2 VICTIM"),
    # a door slammed with the writer's fingers in it ("Doors get slammed, sometimes with my fingers in them. I'm fine":
    # the nineteenth fresh set, session 34, the classifier 0.06): no accident says it so
    ("domestic_abuse", True, "get|gets|got|keep|keeps|be ~1 slam|slammed|shut ~4 with ~1 my ~1 finger|fingers|hand|hands|arm|"
                             "head|foot ~1 in|between"),
    ("domestic_abuse", True, "OTHER ~1 slam|slams|slammed|shut|shuts ~3 door|doors ~4 with ~1 my ~1 finger|fingers|hand|hands|"
                             "arm|head|foot ~1 in|between"),
    # money moved to a "safe account" a caller gave (a scam said as done, "now the bank says it was a scam and its all
    # gone": the nineteenth fresh set, session 34, where "scam" made it everyday); sleeping in layers of coats (the boiler
    # broken three months, "Eighty-six, and I've had a chest infection twice": the classifier 0.04)
    ("financial_abuse", True, "i|we|she|he|mum|dad|nan|gran|mam ~2 move|moved|transfer|transferred|put|send|sent|pay|paid "
                              "~5 to|into ~1 a|the ~1 safe ~1 account"),
    ("neglect", True, "sleep|sleeping|slept|sit|sitting|sat|live|living ~2 in ~1 two|three|four|five|several ~1 "
                      "cardigan|cardigans|jumper|jumpers|coat|coats|layer|layers"),
    # an adult trusted with a child who abused them ("my PE teacher abused me for about two years": the nineteenth fresh
    # set, session 34; the classifier made 0.08 of it)
    ("sexual_abuse", True, "teacher|coach|priest|vicar|uncle|grandad|grandpa|grandfather|cousin|stepdad|stepfather|neighbour|"
                           "babysitter|scoutmaster|leader|instructor|tutor|choirmaster ~3 abuse|abused|molest|molested|"
                           "interfere|interfered ~2 with? ~1 me|her|him"),
    # a knife to the throat (a second reader of session 21: "he had a knife to my throat, i am okay now" got nothing)
    ("domestic_abuse", True, "knife|blade|gun|scissors ~2 to|at|against ~1 my|her|his|mum|dad ~1 throat|neck|head|face"),
    ("domestic_abuse", True, "OTHER ~3 be ~1 abuse|abusing|assault|assaulting|batter|battering ~1 VICTIM"),
    ("domestic_abuse", True, "SELF ~2 be|get|being ~2 abuse|abused|assault|assaulted|batter|battered|strangle|strangled"),
    # said of them in one word: "my partner is abusive", "I live with an abusive partner" (a second reader, session
    # 16: the classifier made 0.07 of it, and no help came)
    ("domestic_abuse", True, "OTHER ~1 be ~2 abusive|violent ~1 to? ~1 VICTIM?"),
    # a person who trips another: "i fell because he tripped me" got nothing (a stranger; the classifier gave 0.29, and
    # a fall is a reason it must be surer); tripped over someone, or by accident (rules.py), is not
    ("domestic_abuse", True, "OTHER ~2 trip|tripped|tripping VICTIM"),
    ("domestic_abuse", True, "live|living|stay|staying|stuck|trapped ~2 with ~2 abusive|violent ~1 OTHER"),
    # abuse told by what it leaves (the eighth fresh held-out set, read in session 23): bruises explained away, cover-up
    # worn after ("i end up needing the concealer"); money taken out beyond what was asked
    ("domestic_abuse", True, "explain|explaining|excuse|excuses|story|stories|lie|lies ~4 bruise|bruises|"
                             "mark|marks|shiner"),
    ("domestic_abuse", True, "end ~1 up ~2 need|needing|wear|wearing|use|using|in ~2 concealer|sunglasses|polo|scarf|"
                             "scarves|sleeves|makeup|foundation"),
    ("financial_abuse", True, "OTHER ~3 take|draw|withdraw|get ~1 out ~3 more than"),
    # a partner and the violence with a plea ("4 Kings Road M30 0AB. wife attacking. send help"): the classifier gave
    # it 0.02 beside the address, under a rule's 0.25 for domestic abuse
    # a partner who bites ("my husband bit me on the arm": a rule heard it, and the classifier's 0.05 kept it quiet:
    # the safeguarding helper, session 18)
    ("domestic_abuse", True, "husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee ~1 bit|bite|bites|biting|bitten ~1 "
                             "me"),  # me only: "my wife bites her lip when she is nervous" (a second reader)
    ("domestic_abuse", True, "husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee hit|hitting|beat|beating|punch"
                             "|punching|slap|slapping|strangle|choke|batter|battering|assault|attack|attacking ~4 help"),
    # the eleventh fresh set's misses (session 26), in general words: a ligature tried on ("stood on the chair with the
    # dressing gown cord round my neck ... just to see what it feels like"); a person who has put the writer in hospital
    ("suicidal", True, "with|put|tied|tie|tying|wrapped|wrap|wrapping|pulled|tightened|tighten ~3 cord|rope|belt|flex|cable|"
                       "ligature|noose|wire ~3 round|around ~1 my ~1 neck"),
    ("domestic_abuse", True, "OTHER ~2 put|putting|landed ~1 VICTIM ~1 in ~1 hospital|a&e|casualty|intensive"),
    # money gone and "he says I agreed to it" (the twelfth fresh set, session 27: "agreed" calmed the rule that heard it);
    # a plan, and things that "won't matter soon" (a stranger, session 27: after "nah its fine", and with "lol", nothing)
    ("financial_abuse", True, "MONEY|thousand|hundred|grand|pounds ~3 gone|missing|disappeared|vanished ~8 OTHER ~1 say|says|"
                              "claim|claims|reckon|reckons ~1 i ~1 agree|agreed|said|let|gave"),
    ("suicidal", True, "not|nothing ~1 matter ~1 soon ~2 anyway? ~6 plan|plans ~2 for ~1 the? ~1 weekend|tonight|tomorrow|"
                       "friday|saturday|sunday|monday|tuesday|wednesday|thursday"),
    # the thirteenth fresh set's misses (session 28), in general words: marks photographed for the police; allowed only
    # after the change is counted; visits signed for and not made; a sleeping medicine to keep residents quiet; going on
    # when told to stop; someone to take Mum "before something happens"; a key someone else has, before tonight
    ("domestic_abuse", True, "photo|photos|picture|pictures|pic|pics ~6 of the|my|her|his|those mark|marks|bruise|bruises|"
                             "injury|injuries ~10 police|court|solicitor|evidence"),
    ("coercive_control", False, "before i ~1 be ~1 allow|allowed"),
    ("care_abuse", True, "once ~8 sign|signs|signed ~3 book|log|sheet|folder|record|records ~2 for ~1 all|every|each"),
    ("care_abuse", True, "sign|signs|signed ~4 for ~1 visit|visits|call|calls ~2 they|she|he ~1 not|never"),
    ("care_abuse", True, "give|gives|giving|gave|given ~4 sleeping|sedative|sedatives|calming|sleepy|knockout ~2 MEDS|"
                         "medicine|medication|tablet|tablets|pill|pills|stuff ~8 quiet|quieter|shout|shouts|shouting"),
    ("sexual_abuse", True, "he|him|ex|boyfriend|partner|husband|fiance|date ~3 keep|kept go|going even? when|after|though|"
                           "tho ~1 i ~1 say|said|tell|told|beg|begged|ask|asked ~2 stop|no"),
    ("carer_breaking_point", True, "have|take|find|mind|respite|place|somewhere ~4 HARMED ~1 before ~1 something ~1 "
                                   "happen|happens ~3 i ~1 mean ~1 it|that"),
    ("not_safe_at_home", True, "someone|somebody|ex ~2 have|has|got ~2 key ~10 tonight|scared|afraid|frightened"),
    # the fourteenth fresh set's misses (session 29), in general words: residents locked in their rooms; someone left
    # on the floor, or on the commode, for hours, by a carer; a carer who cannot promise "it" will not happen again
    ("care_abuse", True, "lock|locks|locked|locking ~2 resident|residents|patient|patients|her|him|them|mum|dad|mam ~2 in "
                         "~2 room|rooms|bedroom|bedrooms ~6 night|laugh|laughs|laughed|hours|day"),
    ("care_abuse", True, "CARE|girl|lady|woman|man|lad|staff|they ~14 leave|leaves|left|leaving ~3 on ~1 the ~1 floor|commode|"
                         "toilet|loo ~3 for ~1 hour|hours|ages|an"),
    ("carer_breaking_point", True, "i ~2 not|cannot|cant ~1 promise ~3 not|wont|never ~1 happen ~1 again"),
    # a carer's own hand on the one they look after ("I grabbed his arm too hard and left a bruise": a stranger, session
    # 29, got the Domestic Abuse Helpline, the help for the one harmed)
    ("carer_breaking_point", False, "i ~1 grab|grabbed|push|pushed|shove|shoved|shake|shook|pinch|pinched|squeeze|squeezed|"
                                    "slap|slapped ~1 his|her|their|him|them|mum|dad|mam ~1 arm|arms|wrist|wrists|hand|hands|"
                                    "face|leg|legs|shoulder|shoulders"),
    # a phone watched by an app put on it, what it shows said: "he put an app on my phone so he sees evry msg lol"
    # (the sixteenth fresh set, session 31: the classifier gave 0.14, with a laugh)
    ("coercive_control", True, "app|tracker|tracking|spyware ~3 on ~1 my ~1 phone|laptop|car ~4 he|she|they|OTHER ~1 can? ~1 "
                               "see|read|track|check|know|watch|follow"),
]
