"""The patterns and small readers behind `read_back_meaning` (read_back.py): the words for taking a
part out, adding to it, correcting it, a pause, a remark or a doubt, and what only confirms."""
from __future__ import annotations

import re

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.lexicon import DONE, HELP, NO, POLITE, STOP, YES
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.words import (
    general,
    plain_yes,
)

_REMOVE = re.compile(r"^(please\s+)?(can you\s+|could you\s+)?(remove|delete|take out|take off|take away|get rid of|"
                     r"take (that|it|this)( bit| part| line)? (out|off|away)|"
                     r"drop|cross out|cross off|leave out|scrap|lose|bin|ditch)\s*(that|it|this|that one|this one|all that|the lot|"
                     r"that bit|this bit|that part|this part|that line)?(\s+(please|thanks|out|off))*$")
_REMOVE_WORDS = re.compile(r"^(please\s+|just\s+)*(can you\s+|could you\s+)?(remove|delete|take out|take off|get rid of|drop|"
                           r"leave out|cross out|cross off|scrap|strike out|strike|rub out|erase|cut out|cut|bin|lose|ditch)\s+(the\s+|my\s+|their\s+|his\s+|her\s+|about\s+|bit about\s+)?"
                           r"(?P<what>.+?)(\s+(please|thanks))?$")
_ADD = re.compile(r"^((and|oh and|plus)\s+)?(please\s+)?(can you\s+|could you\s+)?(add|also|and also|put|include|put in)\s+"
                  r"(that\s+|in that\s+|in\s+)?(?P<what>.+)$")


# "take the bit about the dog off", "please take the drinking off, that was years ago": take X off/out/away.
_TAKE_OFF = re.compile(r"(?i)^\W*((please|can you|could you|would you|will you|just|ok|oh|and)[\s,]+)*"
                       r"(take|get|leave|cross|rub|strike|knock|scrub|pull) (?P<what>.+?) (off|out|away)"
                       r"(\s+(please|thanks|thank you|of (it|there|that|this)|of the (list|story)))*\s*([,.;:!-].*)?"
                       # the reason, told without a comma: "take salbutamol out he stopped it"
                       r"(\s+(because|as|since|cos|coz|he|she|they|i|we|it|its|it's|that|thats|that's|not)\b.*)?$")
# "I'd rather that part wasn't in there", "i dont want the bit about my ex in there": not wanted in.
_NOT_WANTED_IN = re.compile(r"^(i would rather|i would prefer|i prefer) (that|this|it)( bit| part| line| one)? "
                            r"(was not|were not|is not|did not go|did not stay|was not put|was left|be left|stayed) "
                            r"(in|there|in there|included|on there|on it|on|out|off)\b|"
                            r"^(i|we) (do not|would not|would rather not|really do not) (want|like|need)( to have| to see)? "
                            r"(?P<what>.+?) (in|in there|on there|on it|included|mentioned|put in|in it|on the list|shared)"
                            r"( please| thanks| at all)*$|"
                            # "dont put my weight in", "please do not mention the drinking"
                            r"^(please )?(do not|dont) (put|include|mention|write|add) (?P<what2>(?!(that|this|it)\b).+?)"
                            r"( (in|in there|on there|on it|down|on the list))?( please| thanks| at all)*$")
_WHAT_LEAD = re.compile(r"(?i)^((the )?(bit|part|line|stuff) (about|on|with)|that (bit|part) (about|on)|anything about|"
                        r"the (bit|part)|about)\s+")
# "i want to add something", "can i add a bit more", "theres something else as well": to add, not yet said what.
_ADD_WISH = re.compile(r"^((um|oh|ok|yes|and|also|sorry|well|actually|hold on|hang on|wait|oh wait|just a minute|please|"
                       r"one minute|one second|just a second)\s+)*("
                       r"(i (also )?(want|would like|need|wish|have got|have|would love|forgot) to|(i )?(want|need|wish)( to)?|can i( also)?|could i( also)?|"
                       r"may i|let me|i would also like to|is it ok (if|to)( i)?|i should)? ?(add|say|mention|tell you|put( in| down)?|"
                       r"include)( (something|some more|a bit more|a bit|more|one more thing|another thing|a few (more )?things|"
                       r"something else|one thing|a couple of things|some things|things|stuff|another bit|summat|sumthin|somethin|smth|sth|"
                       r"a few bits|a bit more info))?|(i have|i have got|there is|there are) (an addition|additions|a few additions|"
                       r"something to add|more to add|things to add|a bit to add)( to make)?|"
                       r"(there is|there are|i have|i have got|i forgot|you (missed|forgot|left out)|you have (missed|forgotten|left out)|"
                       r"i think you (missed|forgot|left out)) (something|one thing|another thing|more|a bit more|some more|"
                       r"something else|a few (more )?things|some things|a couple of things|a bit|to (say|mention|add) something)"
                       r"( else)?( to (add|say|mention|tell you)| (i|we) (want|would like|need|wish|have) to (add|say|mention|tell you))?|"
                       r"one more thing|another thing|one other thing|"
                       r"(there is|there are|there is still) (a bit|something|some things|things|stuff|one thing|a few things|"
                       r"a part|more) (missing|left out|not (there|in|on it))|(something|a bit|a part|one thing) is (missing|left out)|"
                       r"(i )?forgot (something|to (say|mention|add) something))"
                       r"(\s+(else|more|too|as well|also|please|thanks|if (that is|it is) (ok|okay|alright|all right|fine)|"
                       r"if i (may|can)|actually|sorry|now|first|before (that|i forget)))*$")
# "i also want to say she gets anxious", "one more thing, he has a pacemaker", "dont forget he has a dog":
# the words after such a lead are the thing to add.
_ADD_LEAD = re.compile(r"(?i)^\W*((um|oh|ok|yes|and|sorry|well|actually|oh and|and also|hold on|hang on|wait|oh wait)[\s,]+)*("
                       r"i('?d| would)? (also )?(want|would like|like|need|wish|have) to (add|say|mention|tell you|put in|include)|"
                       r"i('?d| would) also like to (add|say|mention)|can (i|we) (also )?(add|say|mention|put in)|"
                       r"can you (also )?(add|put( down| in)?|write( down)?|note( down)?|mention|include)|"
                       r"(please )?(don'?t|do not|dont) forget|((you|ye|u) )?(have )?(forgot|missed( out)?|left out|omitted|didn'?t (put|say|mention|include))"
                       r"( to (say|mention|put|add))?|i forgot to (say|mention|tell you|add)|i should (also )?(say|mention|add)|"
                       r"(one|just one) more( (thing|item|medicine|medication|tablet|drug|condition|bit))?|another thing|one other thing|something else|there'?s also|there is also|"
                       r"(one |another |the )?(thing|bit) (that )?you('ve| have)? (missed|forgot|forgotten|left out)( is| was)?|"
                       r"plus|also|and also|and another thing|oh and)( about| that| is)?[\s,:;.-]+((add|put in|include)\s+(that\s+)?)?"
                       r"(?P<what>\S.*)$", re.DOTALL)  # "oh and add my neighbour checks on me": what is added
_NOTHING_SAID = re.compile(r"^(something|more|a bit|some|it|that|this|things|stuff|else)$")
# After a yes, words that confirm ("yes that is what happened", "ok yes thats him to a tee", "fine by me, carry
# on"), unless they add, change or doubt something.
_NOT_CONFIRMING = re.compile(r"\b(also|and|add|another|more|missed|forgot|as well|plus|only|just|except|apart|change|"
                             r"should|actually|now|any more|since|stopped|started|moved|instead|too|remove|take|delete|"
                             r"but|not|no|wrong|though|although|however|except|different|else|new|"
                             r"sort of|kind of|kinda|sorta|mostly|partly|almost|nearly|maybe|perhaps|suppose|guess|ish|"
                             r"probably|bits?|parts?|some|half)\b")


# Words of replies, not of stories: a correction needs at least one word besides these.
_REPLY_WORDS = set(re.findall(r"[a-z]+", " ".join([YES, NO, DONE, STOP, HELP, POLITE]))) | {
    "the", "a", "an", "is", "it", "that", "this", "i", "you", "we", "he", "she", "they", "me", "my", "its", "be",
    "was", "are", "so", "very", "quite", "sort", "kind", "of", "bit", "more", "less", "mostly", "almost", "nearly",
    "pretty", "much", "well", "think", "guess", "suppose", "hmm", "em", "er", "uh", "like", "kinda", "sorta",
    "maybe", "perhaps", "probably", "to", "and", "or", "but", "what", "there", "here", "all", "some", "part", "meh",
    "whatever", "ish", "dunno", "hmmm", "mmm", "ah", "oh", "ooh", "eh", "huh", "hm", "jeez", "god", "gosh",
    "parts", "thing", "things", "one", "bits", "about", "too", "also", "again", "same"} - {"wrong", "incorrect"}


# What a correction says: a fact, worded so ("it is", "she has", "not", "instead", a number).
_FACT = re.compile(r"\d|\b(instead|should (be|say|read)|wrong|incorrect|mistake|mg|daily|weekly|once|twice|ago)\b|"
                   r"\b(i|she|he|they|it|we|that|my \w+|her \w+|his \w+|their \w+) (am|is|was|are|were|has|have|had|takes?|"
                   r"took|lives?|lived|uses?|goes|went|gets?|got|needs?|does|did|sees?|saw|never|only|still|does not|do not)\b")
# A wish or request about the read-back itself, not a fact: "i want to do this differently", "please just
# send it", "can we skip this bit": never applied to the story as a correction.
_WISH = re.compile(r"^((i|we) (want|would like|need|wish|would prefer|would rather|do not want|am going to|have to|must|"
                   r"would love)|(please|just|let me|let us|lets)|(can|could|would|will|may|shall) (i|we|you|someone|somebody))\b")
_TO_US = re.compile(r"\b(you|your|this chat|this conversation|the bot|this thing|the computer|the app|the website|this form)\b")
_SAYS_THAT = re.compile(r"(?i)^\W*(i (want|would like|need)|i'?d like|please (make|have|let)|can you (make|have|let)) "
                        r"(it|this|that|this bit|this part|that bit|that part) (to )?(say|read|show|be changed to) "
                        r"(that )?(?P<what>\S.*)$")


# The person's own pause, whatever else the words name: "hang on let me ask him", "sorry he's waking up, back in
# a bit", "my son come later, he do it", "no more today", "i will consult my notes and revert to you".
_OWN_PAUSE = re.compile(r"^(i will|i need to|i am going to|let me|i have to|i want to|i would like to|can i) (have a |take a )?"
                        # "ill look at this tomorrow when my daughter is here": a pause, not a change
                        r"(look|read|check|go|read through|look through|look over|go through|go over)( (at|over|through))? "
                        r"(this|it|that|them|all this|all of (it|this))( (again|properly|all|more))? "
                        r"(later|tomorrow|tonight|another time|another day|in the morning|next week|at the weekend|(when|once|after) \w+)|"
                        r"\b(hang on|hold on|let me (just )?(ask|check with|check|speak to|talk to) (him|her|them|my \w+)|"
                        r"((i|we) (need|have|want|will have|would like|ought|must|got) to|(can|could|may|shall) (i|we)( just)?|"
                        r"i will|i must|i should|i better|i had better) (first )?(ask|check with|check it with|speak to|talk to|"
                        r"run it by|go over it with|show it to) (him|her|them|my \w+|the \w+)( first| and (come back|get back))?$|"
                        r"((i will|i need to|i have to|i must|i will have to|i will need to|let me|i am going to|i should) (go and |just |first )?"
                        r"(check|look at|get|find|fetch|look for|dig out|go through) (his|her|their|my|the|our) (tablets|medicines?|medication|"
                        r"meds|pills|box|medicine box|blister packs?|dosette( box)?|notes|letters|papers|prescriptions?|list|inhalers?)"
                        r"( box| list| first| and (come back|get back))?$)|"
                        r"(my \w+|he|she|they) (knows?|would know|will know) (better|more|best)|"
                        r"back in a (bit|minute|min|mo|sec|second|while)|back (soon|shortly)|no more (for )?(today|tonight)|"
                        r"(revert|get back|come back) to you|(consult|check|look at) my (notes|papers|letters)|"
                        r"later\b.*\b(he|she|they) (will |can |could )?(do|does|finish|fill in|answer) (it|this)|"
                        r"(he|she|they|my \w+) (will |can |could )?(do|does|finish|fill in|answer) (it|this)\b.*\blater)\b")
# "more. knee bad", "Addendum: I also take losartan", "addition - he has a stick": a word for more, then the thing.
_MORE_COLON = re.compile(r"(?i)^\W*(more|addendum|addition|in addition|additionally|add|also|plus|extra)\s*[:.;,-]\s*"
                         r"(?P<what>\S.*)$", re.DOTALL)
_SUBJECT_VERB = re.compile(r"^\W*(that )?(i|he|she|they|we|my \w+|his \w+|her \w+|their \w+) (am |is |are |also |now |still )?"
                           r"(have|has|had|take|takes|use|uses|need|needs|live|lives|see|sees|go|goes|get|gets|"
                           r"am|is|are|was|were|can not|cannot|do not|does not)\b")
# What a correction says firmly, even among doubts: a number, "not X", "instead", "actually", "stopped".
_STRONG_FACT = re.compile(r"\d|\b(not|never|no longer|any more|instead|actually|stopped|started|should (be|say|read)|"
                          r"once|twice|(one|two|three|four) times|mg|ml|puffs?|daily|weekly|nightly|every (day|night|morning)|"
                          r"rather than|wrong|incorrect)\b")
# Doubts and half-answers: with them, a reply must still say something firm to be a correction.
_HEDGE = re.compile(r"\b(not (really |quite |entirely |totally |100 per ?cent )?(sure|certain)|unsure|i think so|i believe so|"
                    r"i guess|i suppose|maybe|perhaps|probably|sort of|kind of|mostly|largely|broadly|partly|partially|"
                    r"more or less|ish|caveat|complicated|depends|hard to say|difficult to say|who knows|"
                    r"as far as i know|i (do not|dont) know|no idea|half|little bit|some (of it )?(is )?right)\b")
# Words that say nothing about the person's health or life: a reply made only of them is a remark, a
# wish or a doubt, never a correction ("he will not like that", "its a bit complicated", "words hard").
_REMARK_WORDS = {
    "will", "would", "wont", "not", "like", "likes", "mind", "minds", "happy", "pleased", "upset", "cross", "angry",
    "complicated", "difficult", "hard", "tricky", "easy", "simple", "confusing", "sure", "certain", "know", "knows",
    "idea", "words", "word", "lol", "tbh", "idk", "really", "caveat", "with", "largely", "broadly", "accurate",
    "half", "little", "same", "any", "him", "her", "them", "us", "his", "their", "ask", "say", "said", "saying",
    "need", "needs", "do", "does", "did", "have", "has", "had", "can", "could", "should", "just", "get", "got",
    "stuff", "right", "true", "exactly", "either", "neither", "for", "in", "on", "at", "as", "if", "how", "why",
    "who", "when", "then", "tell", "told", "mean", "means", "read", "reading", "seems", "seem", "looks", "look",
    "suppose", "believe", "reckon", "feel", "feels", "funny", "odd", "strange", "weird", "interesting", "hmm",
    "honest", "honestly", "truth", "awkward", "tough", "going", "gonna", "want", "wants", "anyway", "though",
    "tho", "ye", "yeah", "course", "am", "been", "being", "lot", "lots", "fair", "enough", "says", "because",
    "cause", "cos", "about", "from", "everything", "anything", "something", "nothing", "bad", "good", "great",
    "no", "yes", "so", "of", "by", "sometimes", "occasionally", "usually", "often", "rarely", "generally", "normally"}


def _content_words(p: str) -> list[str]:
    """The words of `p` that could say something about the person: not reply words, not remark words."""
    return [w for w in re.findall(r"[a-z0-9]+", p) if w not in _REPLY_WORDS and w not in _REMARK_WORDS]


def _states_something(p: str) -> bool:
    """Whether a reply says a fact or names an item firmly enough to be kept as a correction: "he stopped the
    tablets last month" does; "i think so but not sure about the tablets", "he wont like that" do not."""
    if _HEDGE.search(p) and not _STRONG_FACT.search(_HEDGE.sub(" ", p)):
        return False
    return bool(_content_words(p))


# "it is correct only" (Indian English): only correct, nothing to change.
_CORRECT_ONLY = re.compile(r"(yes )?(it|that|this|all|everything|all this) is (correct|right|fine|ok|true|accurate) only( thanks| thank you)?")
# Partly right, then what is so: "half right, she has asthma but uses seretide".
_PARTLY = re.compile(r"^(half|partly|partially|mostly|largely|some of it is|it is half|that is half|it is partly|that is partly)"
                     r"( right| correct| true)? (?P<rest>\S.*)$")
# More, asked to be written: "write that he is deaf", "note that she lives alone", "you could add that she is blind".
_NOTE_THAT = re.compile(r"^(please )?((can you |could you )?(write|note|put down|record|jot down|write down|note down)( down)? that|"
                        r"(you could|you can|you might|you may want to|it might be worth|might be worth|worth) (add|adding|mention|"
                        r"mentioning|noting|putting)( in)?( that)?) (?P<what>\S.*)$")
# "and her hearing aids", "and the walking stick": one more thing, named.
_AND_THING = re.compile(r"^(and|and also|oh and|plus) (?P<what>(the|her|his|their|my) [a-z0-9 ]{2,40}|"
                        r"(?!(so|that|then|yes|no|ok|thanks|thank|all|more|stuff|things|that is|this|it)\b)[a-z][a-z0-9]{3,}( [a-z0-9]{3,})?)$")
# A change asked for in one breath: "remove the salbutamol and add that she has a nebuliser", "take out X, put
# in Y"; "can you change it to 20mg", "please change asthma to copd", "should say 20mg". Kept whole as a correction.
_MIXED = re.compile(r"\b(remove|delete|take out|take off|get rid of|drop|cross out|cross off|leave out|take (\w+ ){1,3}(out|off))\b"
                    r".*\b(and|then|but)\s+(please\s+)?(add|put in|put|include|replace (it|that|them) with|swap (it|that) for|write)\b")
_CHANGE_TO = re.compile(r"^((yes|ok|no|please|so|but|and)\s+)*((can|could|would|will) you (please )?|please |"
                        r"i (want|would like|need)( you)? to |(can|could) (we|i) |just )?(change|swap|switch|update|alter|"
                        r"amend|replace) (?P<what>.+?) (to|into|for|with|as) (?P<new>\S.*)$|"
                        r"^((yes|ok|no|but)\s+)*((it|that|this)( one| bit| part| line)? )?(should|ought to|needs to) (say|read) \S|"
                        r"^((no|but)\s+)*(half|double|twice|treble|triple) (that|the|this|his|her|their) (dose|amount)|"
                        r"^((yes|ok|no|please|so|but|and)\s+)*((can|could|would|will) you (please )?|please )?(correct|amend) "
                        r"(it|that|this|the [a-z]+( [a-z]+)?) (to|as|so (it|that) (says|reads)) \S|"
                        r"^((yes|ok|no|but)\s+)*((it|that|this)( one| bit| part| line)? )?(should|ought to|needs to) be "
                        r"(?!(fine|ok|okay|alright|all right|right|correct|good|about right|it)\b)\S")
# All right, then a change after "but" or "apart from": "thats right but i forgot to say she had a stroke",
# "its all fine apart from i dont want the bit about the police in there" (read on the raw words).
_RIGHT_BUT = re.compile(r"(?i)^\W*((yes|yeah|yep|ok)[\s,]+)?(that'?s|that is|it'?s|it is|this is|all|everything( is)?)( all)? "
                        r"(right|correct|fine|ok|okay|good|accurate|true)[\s,;.-]*(but|apart from|except( for| that)?|although|"
                        r"though|only)\s+(?P<rest>\S.*)$")
# A part named to come out, then asked to take "that" out: "i dont want the bit about x in there, can that come out".
_THAT_OUT = re.compile(r"(?i)[\s,;.]+(so |and )?(can|could|would|will|please can|please could) (that|it|this)( bit| part| line| one)? "
                       r"(be )?(come out|go|removed|taken out|come off|deleted|left out|taken off)( please)?\W*$")
# Something said to be left out of what was read back: "you havent got my knee in there", "you didnt put her fall in".
_NOT_PUT_IN = re.compile(r"^((but|and|oh|only|just) )?(you|u) (have not|did not|have|did) (got|put|included|mentioned|written|put down|"
                         r"added|said|listed)( in| down)? (?P<what>(my|his|her|their|the|about|anything about) [a-z0-9 ]{2,40}?) "
                         r"(in|on|down|anywhere)\b( (there|it|here|the list))?\b")
# A no taken back: "no no thats right, sorry i read it wrong first time".
_TAKEN_BACK = re.compile(r"^(?P<said>((no|nope|nah) )+.+?) (sorry|my mistake|my bad|my fault|ignore (me|that))\b(?P<why>.*)$")


_YES_THEN_ADD = re.compile(r"^(yes|yeah|yep|correct|right|ok|that is right|that is correct|all correct|all good)"
                           r"( (and|but|also|and also|though))? (?P<rest>(please )?(add|also|(can|could|would) you (please )?(add|put|include|note|mention|write)|put in|include|"
                           r"(you|u) (have )?(missed|forgot|forgotten|left out)|(i|he|she|they|we) (also|as well|too) \w+)\b.*)$")
# A yes, then a fact joined on with "and": "yes and she is on warfarin" adds it (with "but" it may change something)
# Asked to be taken off, by name: "can the asthma be taken off", "could the bit about the dog be removed".
_ASKED_OFF = re.compile(r"^(please )?(can|could|would|will) (the |his |her |their |my )?(?P<what>[a-z0-9 ]{2,40}?) (be )?(taken (out|off|away)|"
                        r"removed|deleted|left out|crossed (out|off)|dropped)( please| thanks| now)*$")
# Wanted off, by name: "i want the salbutamol removed", "no need for the salbutamol bit".
_WANTED_OFF = re.compile(r"^(i|we|he|she|they) (want|wants|would like|need|needs) (the |that |this |his |her |their |my )?"
                         r"(?P<what>[a-z0-9 ]{2,40}?) (removed|deleted|taken (off|out)|left out|crossed (out|off)|gone)( please| thanks)*$|"
                         r"^(there is )?no need for (the |that |this |his |her |their |my )?(?P<what2>(?!(it|that|this|anything|changes?|"
                         r"more|that bit)$)[a-z0-9 ]{2,40}?)( bit| part| line)$")
# Named as missing: "her insulin is missing", "missing: metformin", "what about her insulin" (a thing, no question words).
_MISSING = re.compile(r"^(and )?(?P<what>(his|her|their|my|the) [a-z0-9 ]{2,30}?) (is|are) (missing|not (there|on (it|there|the list)|"
                      r"listed|mentioned|included))$|^(also )?missing (?P<what2>[a-z0-9].{1,40})$|"
                      r"^(and )?what about (?P<what3>(his|her|their|my) (?!(own|way|side)\b)[a-z0-9]+( [a-z0-9]+)?)$|"
                      # "theres nothing about my depression", "ur missing the bit about my carer": what is not there
                      r"^(but )?there is nothing (about|on|for) (?P<what4>(his|her|their|my|the) [a-z0-9 ]{2,30})$|"
                      r"^(but )?(you are|your|you have been) missing (out )?(the (bit|part) (about|on) )?"
                      r"(?P<what5>(his|her|their|my|the) [a-z0-9 ]{2,30})$")
_YES_AND_FACT = re.compile(r"^(yes|yeah|yep|correct|right|that is right|that is correct|all correct)( and| and also| plus)"
                           r" (?P<rest>(he|she|they|i|we|my \w+|mum|dad|nan) \S.*)$")
# "there is one more medicine, amlodipine", "there are other tablets too": more to add, said as there being more.
_THERE_IS_MORE = re.compile(r"^(but |and |also )?(there is|there are|there is also|there are also) (also )?(one more|another|more|other|"
                            r"an extra|a further|a few more|two more|some more)\b\s*\S")
_ALSO_HAS = re.compile(r"^((and |oh and )?(he|she|they|i|we|my \w+|mum|dad|nan)( is| has)? also |"
                       r"(in addition|additionally|as well as that|on top of that|besides that|furthermore) "
                       r"(he|she|they|i|we|my \w+|mum|dad|nan)( is| has)? (also )?)"
                       r"(has|have|has got|takes?|uses?|sees?|on|gets?|needs?|goes to|is on|suffers? (from|with)|had|is|wears?|"
                       r"lives? with) \S")
# "salbutamol please remove", "the bit about the dog delete it": the thing named, then the word to remove.
_NAMED_THEN_REMOVE = re.compile(r"^(?P<what>(?!(can|could|please|i|you|we)\b)[a-z0-9' -]{2,40}?),? (please )?(remove|delete|"
                                r"take out|take off|cross out|leave out)( it| that| this| them)?( please| thanks| now)*$")
# More of the story joined on: "and he has copd as well", "also she sees a physio", "she has eczema too".
_AND_MORE = re.compile(r"(?i)^\W*(?:(oh )?(and|also|plus|and also|oh and)[\s,]+(?P<what>.+?)(\s+(as well|too|also))?|"
                       r"(?P<what2>.+?)\s+(as well|too))[\s.!]*$")
# The read-back said to be muddled as a whole: "you got it all mixed up", "its all back to front". A no, so
# asked what is wrong: never a yes ("you got it" is one) nor a correction that says nothing.
_MUDDLED = re.compile(r"^((no|nope|nah|oh|um|sorry|well|but|hmm)\s+)*((you|u) (have |has )?(got|get|made|make|written|put|"
                      r"put down|wrote|read) (it|that|this|everything|things|them|it all|all of it|the lot|all this|a lot of it|"
                      r"me|us)|(it|that|this|everything|all this|all of it|it all|the lot)( is| has been| got| has got| seems| looks)?)"
                      r"( all| completely| totally| a bit| really| very| so| rather| quite)* (mixed up|muddled( up)?|messed up|"
                      r"jumbled( up)?|garbled|back to front|(the )?wrong way (round|around)|all over the place|confused|"
                      r"(in )?a (mess|muddle|jumble)|wrong)( (sorry|i am afraid|i think|again))*$")
# Words that change what was said rather than adding to it: such a reply is a correction.
_CHANGES = re.compile(r"\b(not|no|never|no longer|any more|instead|wrong|incorrect|stopped|stop|changed?|changing|rather than|"
                      r"but|except|only|actually|remove|delete)\b")
# A wish said last, after a complaint: "this is useless, i am done with it", "forget this, get me a person".
_COMPLAINT = re.compile(r"^(this|that|it|you|the \w+)( is| are|re|s)? (\w+ )?(useless|rubbish|pointless|a joke|stupid|"
                        r"ridiculous|hopeless|not working|no good|wasting my time|a waste of time)$|^(forget (it|this)|"
                        r"oh (god|for goodness sake)|honestly|seriously|sorry|ugh|god|for goodness sake|right|ok|enough)$")


def _last_clause_wish(raw: str) -> Meaning | None:
    """A wish (stop, a real person, start again, later) said in the last clause after words that only
    complain: "This is useless, I'm done with it" is stop, whatever the complaint's words."""
    clauses = [c.strip() for c in re.split(r"[,.;!?]+|\s+-\s+", raw) if c.strip()]
    if len(clauses) < 2:
        return None
    wish = general(clauses[-1]) or (Meaning("stop") if re.fullmatch(
        r"(i am|i have|we are) (done|finished|had enough)( with (it|this|all this))?", bare(plain(clauses[-1]))) else None)
    if wish is None or wish.kind not in ("stop", "human", "restart", "later"):
        return None
    if all(_COMPLAINT.match(bare(plain(c))) for c in clauses[:-1]):
        return wish
    return None


def _what(words: str) -> str:
    """The thing itself: "the part about the debts" is "debts"."""
    while True:
        shorter = _WHAT_LEAD.sub("", words)
        if shorter == words:
            return re.sub(r"(?i)^(the|that)\s+", "", words)
        words = shorter


_LONGEST_YES = 14  # words: "i am happy for them to share it with them" and the like


def _confirmed(p: str) -> bool:
    """A yes followed by words that only confirm: "yes that is what happened", "yeah thats about the size
    of it", "fine by me carry on"; not "yes but…", "yes and also…", "yes she is 84 now"."""
    words = p.split()
    # a yes is a few words: the longest of them first, never a prefix of a long message (that made a reply
    # of 100,000 characters take a minute: every prefix was joined and read)
    for cut in range(min(len(words) - 1, _LONGEST_YES), 0, -1):
        if plain_yes(" ".join(words[:cut])) and not (words[0] == "please" and cut == 1):
            rest = re.sub(r"\b((can|could|shall|may) (we|i|you) (please )?)?(next|carry on|go on|continue|move on|keep going)"
                          r"( (bit|one|part|section|question|now|then))?( please| thanks)*$", "", " ".join(words[cut:])).strip()  # "thats right, next bit please"
            if not rest:
                return True
            return not _NOT_CONFIRMING.search(rest) and not re.match(
                r"^(what|who|why|how|when|where|which|will|would|can|could|do|does|is|are)\b", rest)
    return False
