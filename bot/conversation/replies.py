"""What a typed reply means at each question the assistant asks: one list of the words people use
for yes, no, done, stop, later, start again, help and "a real person", and one function,
`understand(context, text)`, that the custom actions and the benchmark both call.

Pure functions of text (no model, no I/O). Typing is made plain first: lower case, apostrophes and
curly quotes dropped ("thats", "dont"), text-speak spelt out ("pls", "u", "thx"), letters held
down squashed ("yesss", "noooo").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# The questions the assistant asks, by the name the corpus (data/replies/*.tsv) uses.
CONTEXTS = ("teller", "carer_name", "carer_relationship", "carer_basis", "carer_age", "carer_knows",
            "telling", "readback", "consent", "choose_service", "gap_phone", "gap_dob", "gap_address",
            "gap_yesno", "gap_text", "menu", "pin", "confirm")

# Meanings any question can get, besides its own answers.
GENERAL = ("stop", "later", "restart", "help", "human", "question", "skip", "invalid")


@dataclass(frozen=True)
class Meaning:
    kind: str          # "yes", "no", "done", "stop", "later", "restart", "help", "human", "question",
                       # "skip", "invalid", "story", "remove", "add", "correct", or "value"
    value: Any = None  # the answer itself (a name, a service id, a date…), or words that go with the kind

    @property
    def label(self) -> str:
        """What the corpus calls this meaning: the value for an answer, else the kind."""
        if self.kind == "value":
            return ",".join(self.value) if isinstance(self.value, (list, tuple)) else str(self.value)
        return self.kind


# --- typing made plain -------------------------------------------------------------------------

_SPOKEN = {"u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "plse": "please",
           "plez": "please", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thanks",
           "ta": "thanks", "tnx": "thanks", "cheers": "thanks", "thankyou": "thanks", "thank you": "thanks",
           "im": "i am", "ive": "i have", "id": "i would", "ill": "i will", "thatll": "that will", "itll": "it will", "youll": "you will", "theyll": "they will",
           "theyd": "they would", "youd": "you would", "thered": "there would", "whos": "who is",
           "theres": "there is", "heres": "here is", "cant": "cannot", "cnt": "cannot",
           "dont": "do not", "didnt": "did not", "doesnt": "does not", "isnt": "is not", "wasnt": "was not",
           "wont": "will not", "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
           "arent": "are not", "havent": "have not", "hasnt": "has not", "aint": "is not", "dnt": "do not",
           "thats": "that is", "its": "it is", "whats": "what is", "hes": "he is", "shes": "she is",
           "theyre": "they are", "were": "we are", "youre": "you are", "lets": "let us",
           "wat": "what", "wot": "what", "wht": "what", "wut": "what", "abt": "about", "b4": "before",
           "cud": "could", "wud": "would", "shud": "should", "gud": "good", "gd": "good", "nd": "and",
           "n": "n", "k": "ok", "kk": "ok", "okk": "ok", "okey": "ok", "okie": "ok", "okay": "ok",
           "oki": "ok", "okey-dokey": "ok", "alright": "ok", "allright": "ok", "aright": "ok", "thnk": "think",
           "msg": "message", "txt": "text", "ppl": "people", "tho": "though", "cos": "because",
           "coz": "because", "bc": "because", "gotta": "got to", "gonna": "going to", "wanna": "want to",
           "gtg": "got to go", "g2g": "got to go", "brb": "be right back", "idk": "i do not know",
           "dunno": "do not know", "dno": "do not know", "wtf": "what", "rn": "right now", "2day": "today",
           "2moro": "tomorrow", "tmrw": "tomorrow", "l8r": "later", "l8er": "later", "ltr": "later",
           "sry": "sorry", "soz": "sorry", "sorri": "sorry", "yh": "yes", "ys": "yes", "yss": "yes",
           "yess": "yes", "yesh": "yes", "yas": "yes", "yus": "yes", "yesz": "yes", "noo": "no", "nop": "no",
           "nopes": "no", "nah": "no", "naa": "no", "na": "no", "nae": "no", "nahh": "no", "naw": "no",
           "yeah": "yes", "yea": "yes", "yeh": "yes", "yep": "yes", "yup": "yes", "ya": "yes", "yah": "yes",
           "ye": "yes", "yeps": "yes", "yeap": "yes", "aye": "yes", "yessir": "yes", "yez": "yes", "y": "yes",
           "nope": "no", "thankss": "thanks", "everythin": "everything", "evrything": "everything",
           "evrythin": "everything", "finishd": "finished", "finsihed": "finished", "fnished": "finished",
           "finised": "finished", "finnished": "finished", "corect": "correct", "correckt": "correct",
           "corrrect": "correct", "rite": "right", "ryt": "right", "rigth": "right", "riht": "right",
           "thta": "that", "tht": "that", "taht": "that", "teh": "the", "al": "all", "awl": "all",
           "nuthin": "nothing", "nothin": "nothing", "nuffin": "nothing", "nthing": "nothing",
           "els": "else", "agian": "again", "agin": "again", "agen": "again", "strat": "start",
           "stat": "start", "statr": "start", "hlp": "help", "hepl": "help", "halp": "help",
           "persn": "person", "peson": "person", "humen": "human", "huma": "human", "stp": "stop",
           "canel": "cancel", "cancle": "cancel", "perfick": "perfect", "prefect": "perfect",
           "agre": "agree", "argee": "agree", "agreee": "agree", "shure": "sure", "shur": "sure",
           "offcourse": "of course", "ofcourse": "of course", "ofc": "of course", "def": "definitely",
           "defo": "definitely", "deffo": "definitely", "defos": "definitely", "yrs": "years",
           "yr": "year", "yo": "years old"}


def plain(text: str) -> str:
    """Lower case, apostrophes and curly quotes gone, text-speak spelt out, runs of a letter squashed."""
    lowered = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    lowered = re.sub(r"(\w)'(\w)", r"\1\2", lowered)  # "that's" -> "thats", "don't" -> "dont"
    lowered = lowered.replace("&", " and ")
    lowered = re.sub(r"([a-z])\1{2,}", r"\1\1", lowered)  # "yesss" -> "yess", "noooo" -> "noo"
    words = re.findall(r"[a-z0-9]+|\?", lowered)
    out = [_SPOKEN.get(word, word) for word in words]
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def _bare(plain_text: str) -> str:
    return plain_text.replace(" ?", "").replace("?", "").strip()


# --- the one list of words -----------------------------------------------------------------------

_POLITE = (r"(please|thanks|thank you|ok|mate|love|dear|sir|madam|now|then|so|really|i think|for now|"
           r"very much|a lot|much|for that|for asking|lol|x+|bye|just|yes|yep|well|oh|ah|um|erm|hmm|to me|as well|"
           r"totally|thats it|that is it|no worries|indeed|ta)")
_TAIL = rf"(\s+{_POLITE})*"

YES = (r"yes|ok|sure|correct|right|true|exactly|absolutely|of course|definitely|certainly|indeed|"
       r"fine|good|great|perfect|spot on|lovely|brilliant|yes please|please do|please|go ahead|go for it|"
       r"do it|share it|send it|agreed|i agree|agree|i do|i am happy|happy with (that|it|this)|"
       r"that is (right|correct|fine|good|true|ok|perfect|spot on|it)|it is (right|correct|fine|good|true|ok)|"
       r"is (right|correct|good|ok|true)|this is (right|correct|good|ok)|all (right|correct|good|fine)|"
       r"looks (right|good|fine|ok|correct|great)|sounds (right|good|fine|ok|great)|"
       r"(you are|you got it|you have got it|you have it) (right|correct)?|you got it|yes it is|"
       r"yes that is right|affirmative|si|oui|ja|da|tak|haan|ha|ji|confirm|confirmed|i confirm|"
       r"nothing (wrong|to change)|no changes?|all ok|alright|that will do|will do|yes that is all right|go on|"
       r"share|please share|share (them|this|that|it)|fine by me|(i am )?happy( with (that|it|this))?|"
       r"i agree to (share|that|this|it)|everything( is)? (correct|right|fine|ok)|(that is )?about right|"
       r"that is (him|her|them|me|us)|is ok|all (is )?(correct|right|good|fine)|yes that is all correct|"
       r"(that is |that is fine |fine )?by me|i am agree|i give (my )?(permission|consent)|you have my (permission|consent)|"
       r"i consent|consent|permission (given|granted)|well done|good job|then|that is fine by me|"
       r"(please )?go ahead and (share|send)( it)?|and share|and send")
NO = (r"no|not really|no thanks|no thank you|not at all|never|negative|nein|non|nie|nahi|"
      r"that is (wrong|not right|not correct|incorrect)|it is (wrong|not right|not correct|incorrect)|"
      r"is not (right|correct)|not (right|correct|true)|wrong|incorrect|i do not agree|i disagree|"
      r"do not|i do not|i do not want to|do not share|do not send|i would rather not|rather not|not now|"
      r"not quite|this is (wrong|not right|not correct)|that is not it|not that|i have changed my mind|"
      r"changed my mind|no way|definitely not|absolutely not|that is not true|not true|none of (that|it) is (right|true|correct)|"
      r"i do not consent|i do not give (my )?(permission|consent)")
DONE = (r"(that is|that was|thats|and that is|i think that is|i think that was|that is about) "
        r"(all|it|everything|everything i think|all i have|all i can think of|all for now|me done|my lot)|"
        r"(i am |we are |all |i have )?(done|finished|finished now|done now|all done|complete|through)|"
        r"nothing (else|more|further|to add|else to add|else to say|more to say|more to add)|"
        r"no more|no more to (say|add|tell)|the end|end|finish|finished|all done|thats all|that is all|"
        r"(no|nope)( that is| thats)? (all|it|everything)|no nothing( else| more)?|nothing|not really|"
        r"no that is all|i have nothing (else|more)( to (add|say))?|i have told you everything|"
        r"you have (it all|everything)|that is the lot|that is enough|enough|i am finished|that will be (all|it)|"
        r"that is (all|everything) i (want|wanted|have|need) to (say|tell you|add)|that is my story|"
        r"i have nothing (more|else) to (tell|say|add)( you)?|nothing (else|more) to tell( you)?")
STOP = (r"stop|cancel|quit|exit|stop please|please stop|stop it|stop this|stop now|end this|"
        r"i want to stop|i would like to stop|leave me alone|unsubscribe|forget it|never mind|nevermind|"
        r"stop the chat|stop talking|i do not want to do this|i do not want to carry on|i give up|"
        r"i do not want to (continue|go on)|end (the|this) (chat|conversation)|stop now please")
LATER = (r"\b(let me think( about it)?|think about it|(need|have|want) to (ask|check with|talk to|speak to) "
         r"(my|his|her|their|the) \w+( first)?|later|another time|another day|come back|some other time|tomorrow|not now|got to go|"
         r"have to go|need to go|must go|have to run|got to run|be right back|pause|hold on|in a bit|carry on later|"
         r"continue later|finish (it |this )?(later|another|tomorrow)|busy now|running out of time|"
         r"save (it|this|my progress)|i will be back)\b")
RESTART = (r"\b(start (again|over|afresh|fresh|from scratch|from the (beginning|start)|a new one|new)|fresh start|"
           r"restart|begin again|start it again|from the (beginning|start|top)|reset|redo|"
           r"do it again from|wipe it and start|scrap (that|it|this)( and start)?|clear (it|everything) and start|"
           r"go back to the (beginning|start))\b")
HUMAN = (r"\b((talk|speak|chat|speek|tlk) (to|with) (a |an |some |the )?(real |actual |live )?"
         r"(person|human|someone|somebody|people|man|woman|lady|agent|operator|staff|adviser|advisor|nurse)|"
         r"real (person|human|people)|(a|an) (human|person) please|human being|live (agent|person)|"
         r"(is there|can i have|i need|i want) (someone|somebody|a person) (i can|to) (talk|speak)|"
         r"(talk|speak) (to|with) (a |the )?(member of staff|doctor|gp|social worker)|(call|phone|ring) (someone|somebody)|"
         r"is (this|there) a (real )?(person|human)|are you (a )?(real|human|robot|bot|computer|person)|"
         r"can i (call|phone|ring) (someone|somebody|you)|operator|agent please|not a (bot|robot|computer))\b")
HELP = (r"help|help me|help please|please help|i need help|what do i do|what do i do now|what now|"
        r"what|what\?|\?|huh|eh|pardon|sorry|sorry what|what do you mean|what does that mean|"
        r"i do not understand|do not understand|i do not get it|do not get it|not sure what (you mean|to do)|"
        r"confused|i am confused|i am lost|lost|how does this work|how do i do this|what is this|"
        r"say (that|it) again|come again|what was the question|repeat( that| the question)?|"
        r"i do not know what to (say|do|put|write)|explain|what should i (say|do|put|write)|options|"
        r"what are the (choices|options)|which (one|service) should i (pick|choose|have)|i do not know which( one)?|which is best|"
        r"what does (each|every) (one|option) (do|mean)|what do (they|these|those) (do|mean)|what do i (need|have) to do|what am i (meant|supposed) to (do|say)|what are my options|what can i (say|do)|what can i do here|what do i say|instructions|info|information|menu")
SKIP = (r"skip|skip (it|this|that|this one|that one|this question|please)|pass|next|next question|"
        r"(i )?do not know( it| that| this| the number| their number)?|i am not sure|not sure|no idea|i have no idea|rather not say|i would rather not say|"
        r"prefer not to say|i prefer not to say|i would prefer not to say|leave it|leave it blank|"
        r"leave that|leave (it|that) for (them|the service)|let them ask|they can ask|not known|"
        r"cannot remember|i cannot remember|do not remember|i do not remember|"
        r"do not have one|i do not have one|we do not know")


def _whole(pattern: str) -> re.Pattern:
    return re.compile(rf"^(?:{pattern}){_TAIL}$")


_YES_WHOLE = _whole(rf"({YES})(\s+(yes|{YES}))*")
_NO_WHOLE = _whole(rf"({NO})(\s+(no|{NO}))*")
_DONE_WHOLE = _whole(rf"((no|ok|yes|right|well|um|so|and|i think|think)\s+)*({DONE})(\s+({DONE}))*")
_STOP_WHOLE = _whole(STOP)
_HELP_WHOLE = _whole(rf"((sorry|um|erm|but|so|ok|i am sorry)\s+)*({HELP})(\s*\?)*")
_SKIP_WHOLE = _whole(rf"((sorry|um|erm|no|oh|i am afraid)\s+)*({SKIP})")
_DOUBT = re.compile(r"\b(but|except|apart from|not|no|wrong|unless|maybe|however|change|remove|add|"
                    r"only|without|leave out|although|though)\b|\?")
_QUESTION_START = re.compile(r"^(what|who|why|how|when|where|which|will|would|can|could|do|does|did|is|are|"
                             r"should|shall|may|whats|whos|wot)\b")


def _is_yes(p: str) -> bool:
    return bool(_YES_WHOLE.match(_bare(p)))


def _yes_then(p: str) -> str | None:
    """"yes thats right, thanks" -> ""; "yes but not my medicines" -> None (not a plain yes);
    "no shes 84" is handled by _no_then."""
    match = re.match(rf"^({YES})\b(.*)$", _bare(p))
    if not match:
        return None
    rest = match.group(len(match.groups())).strip()
    return rest


def _no_then(p: str) -> str | None:
    """The words after a leading no ("no shes 84" -> "she is 84"), or None if it does not start with no."""
    match = re.match(r"^(no|not quite|not right|that is (wrong|not right)|wrong|incorrect)\b[\s,]*(.*)$", _bare(p))
    return match.group(3).strip() if match else None


def is_yes(text: str) -> bool:
    """A plainly worded yes: a decision (confirming, sharing) needs this or a Yes button."""
    p = plain(text)
    return _is_yes(p) and not _DOUBT.search(p.replace("no worries", "").replace("not a problem", ""))


def is_no(text: str) -> bool:
    return bool(_NO_WHOLE.match(_bare(plain(text))))


def is_done(text: str) -> bool:
    """"that's all", "nothing else thanks", "i think thats everything": the story is told."""
    p = _bare(plain(text))
    return bool(_DONE_WHOLE.match(p)) and len(p.split()) <= 10


def is_stop(text: str) -> bool:
    return bool(_STOP_WHOLE.match(_bare(plain(text))))


def is_later(text: str) -> bool:
    p = plain(text)
    if re.search(r"\bchange (my|our|your) minds?\b", p):  # "can i change my mind later?" is a question
        return False
    return bool(re.search(LATER, p)) and len(p.split()) <= 25 and not _is_story_like(p)


def is_restart(text: str) -> bool:
    p = plain(text)
    return bool(re.search(RESTART, p)) and len(p.split()) <= 15


def is_human(text: str) -> bool:
    p = plain(text)
    return bool(re.search(HUMAN, p)) and len(p.split()) <= 20


def is_help(text: str) -> bool:
    stripped = (text or "").strip()
    if stripped and set(stripped) <= set("?!. "):
        return "?" in stripped
    return bool(_HELP_WHOLE.match(_bare(plain(text))))


def is_skip(text: str) -> bool:
    return bool(_SKIP_WHOLE.match(_bare(plain(text))))


def is_question(text: str) -> bool:
    """A question back to us ("what will they do with it?"), not an answer."""
    p = plain(text)
    return ("?" in (text or "") and len(p.split()) >= 2) or bool(_QUESTION_START.match(p) and len(p.split()) >= 3)


def _is_story_like(p: str) -> bool:
    """A long message that mentions going later is story ("I have to go to hospital later")."""
    return len(p.split()) > 12 and not re.search(r"\b(finish|continue|carry on|come back|save)\b", p)


def general(text: str, skip: bool = False) -> Meaning | None:
    """The meanings any question can get: a real person, later, start again, stop, help, skip."""
    if is_human(text):
        return Meaning("human")
    if is_restart(text):
        return Meaning("restart")
    if is_later(text) and not is_no(text):
        return Meaning("later")
    if is_stop(text):
        return Meaning("stop")
    if is_help(text):
        return Meaning("help")
    if skip and is_skip(text):
        return Meaning("skip")
    return None


# --- a carer speaking for someone -------------------------------------------------------------------

_NAME_LEAD = re.compile(
    r"^\W*((well|ok|oh|so|yes|sure|hi|hello)[\s,]+)*((their|his|her|the)\s+(full\s+)?name\s+is|"
    r"(he|she|they)\s*(is|s|are)\s+called|(he|she|they)\s*'?\s*(is|s|are)|(it|its|it's|that)\s*'?\s*(is|s)?|"
    r"(my\s+name\s+is|i\s*am|i'm|im|call\s+me|this\s+is|name\s*:|called|name)|"
    r"(my|his|her|their)\s+(husband|wife|partner|mum|mother|mom|dad|father|son|daughter|brother|sister|nan|nanna|gran|"
    r"granny|grandma|grandad|grandpa|grandmother|grandfather|friend|neighbour|neighbor|aunt|auntie|uncle|"
    r"cousin|niece|nephew|hubby|missus|boy|girl|child|kid|client|fiance|fiancee))\b[\s,:]*",
    re.IGNORECASE)
_NOT_NAMES = {"his", "her", "their", "he", "she", "they", "hes", "shes", "he's", "she's", "it", "its", "my",
              "me", "i", "yes", "no", "ok", "the", "a", "is", "called", "name", "them", "him", "mr", "mrs",
              "ms", "miss", "dr", "and", "husband", "wife", "mum", "dad", "son", "daughter",
              "yeh", "yeah", "yep", "yup", "ye", "aye", "nah", "nope", "okay"}
_NAME_TAIL = re.compile(r"[\s,.;:!-]+((he|she|they|who|and|but|hes|shes|he's|she's|i|im|i'm|my|is|aged|age)\b.*)$",
                        re.IGNORECASE)


def name_of(text: str) -> str | None:
    """A person's name from "his name is dave", "he's Dave", "dave, he's my husband", "my husband dave"."""
    words = (text or "").strip().strip(" .!")
    words = _NAME_LEAD.sub("", words, count=1)
    words = _NAME_LEAD.sub("", words, count=1)  # "my husband, his name is dave"
    words = _NAME_TAIL.sub("", words).strip(" ,.!-'\"")
    kept = [w for w in re.findall(r"[^\W\d_][\w'-]*", words)]
    if len(kept) == 1 and re.fullmatch(r"(mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|"
                                       r"grandpa)", kept[0].lower()) and not re.search(r"\bmy\b", text or "", re.I):
        return kept[0][:1].upper() + kept[0][1:]  # a bare "Mum" names whose story it is
    if not kept or len(kept) > 4 or kept[0].lower() in _NOT_NAMES:
        return None
    if any(w.lower() in _NOT_NAMES - {"mr", "mrs", "ms", "miss", "dr"} for w in kept):
        kept = kept[:next(i for i, w in enumerate(kept) if w.lower() in _NOT_NAMES - {"mr", "mrs", "ms", "miss", "dr"})]
        if not kept:
            return None
    return " ".join(w if not w.islower() else w[:1].upper() + w[1:] for w in kept)


# (words for the person, as the carer says them) -> the carer's role: staff read "Told once by their <role>".
_PERSON_IS_MY = [
    (r"husband|wife|partner|hubby|missus|spouse|other half|fiance|fiancee|boyfriend|girlfriend", "partner"),
    (r"mum|mother|mom|mam|mummy|dad|father|daddy|papa|step ?(mum|dad|mother|father)|mother in law|"
     r"father in law", "son or daughter"),
    (r"son|daughter|child|kid|boy|girl|baby|little one|step ?(son|daughter)", "parent"),
    (r"nan|nanna|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather", "grandchild"),
    (r"grandson|granddaughter|grandchild", "grandparent"),
    (r"brother|sister|sibling|twin", "brother or sister"),
    (r"aunt|auntie|aunty|uncle|cousin|niece|nephew|relative|in law", "other family"),
    (r"friend|mate|pal|neighbour|neighbor", "friend or neighbour"),
    (r"client|service user|resident|patient", "paid carer or support worker"),
]
_I_AM_THEIR = [
    (r"husband|wife|partner|spouse|fiance|fiancee|boyfriend|girlfriend", None),
    (r"son|daughter|child|step ?(son|daughter)", None),
    (r"mum|mother|mom|dad|father|parent|step ?(mum|dad|mother|father)|guardian", None),
    (r"grandson|granddaughter|grandchild", None),
    (r"brother|sister|sibling|twin", None),
    (r"aunt|auntie|uncle|cousin|niece|nephew|daughter in law|son in law|relative", None),
    (r"friend|neighbour|neighbor", None),
    (r"paid carer|care worker|carer|support worker|key worker|personal assistant|nurse|social worker", None),
]


def relationship_of(text: str) -> str | None:
    """How the carer is related to the person, as the carer's role: "he's my husband" -> "partner",
    "i'm her daughter" -> "daughter", "my mum" -> "son or daughter"."""
    p = plain(text).replace("neighbor", "neighbour")
    mine = re.search(r"\bmy\s+(\w+(\s+in\s+law)?(\s+\w+)?)", p)
    said_theirs = re.search(r"\b(i am|me|i was|im)\s+(his|her|their|the)?\s*(\w+(\s+in\s+law)?(\s+worker)?)", p)
    if said_theirs and not mine:
        role = said_theirs.group(3)
        for pattern, _ in _I_AM_THEIR:
            found = re.match(rf"({pattern})\b", role)
            if found:
                return found.group(1).replace("neighbor", "neighbour")
    if mine:
        for pattern, role in _PERSON_IS_MY:
            if re.match(rf"({pattern})\b", mine.group(1)):
                return role
    for pattern, _ in _I_AM_THEIR:  # one word: "daughter", "neighbour", "paid carer"
        found = re.fullmatch(rf"(a |an |the |their |his |her )?({pattern})( of (his|hers|theirs))?", p)
        if found:
            return found.group(2)
    for pattern, role in _PERSON_IS_MY:
        if re.fullmatch(rf"(he is |she is |they are )?(my )?({pattern})", p):
            return role
    return None


_BASIS_WORDS = [
    ("parental_responsibility", r"\b(i am (his|her|their) (mum|mother|dad|father|parent)|parent|my (child|son|daughter|kid|boy|girl)|under 16|"
                                r"(he|she) is (my|a) (child|son|daughter|\d|[a-z]+ years? old)|i am the (mum|mother|dad|father))\b"),
    ("lpa_property_finance", r"\b(attorney|lpa|poa|power)\b.*\b(money|property|financ\w*|bank\w*)\b|"
                             r"\b(money|property|financ\w*)\b.*\b(attorney|lpa|poa|power)\b"),
    ("lpa_health_welfare", r"\b(attorney|lpa|poa|power of atto\w*)\b"),
    ("deputy_property_affairs", r"\bdeputy\b.*\b(money|property|affairs|financ\w*)\b|"
                                r"\b(money|property|affairs|financ\w*)\b.*\bdeputy\b"),
    ("deputy_personal_welfare", r"\b(deputy|court of protection|court appointed)\b"),
    ("own_agreement", r"\b(agree\w*|said (i|yes|it|its|that)|asked me|consent\w*|permission|(they|he|she) want\w* me|"
                      r"ok with|(is|are) (ok|happy|fine) (with|for)|happy for me|let me|(it|that) (was|is) (ok|fine|alright)|"
                      r"allowed me|gave me|told me to|knows? (and|i am)|wants me|(his|her|their) (say so|blessing|ok)|"
                      r"asked (me )?to)\b"),
]


def basis_of(text: str, choices: list[tuple[str, str]]) -> str | None:
    """On what basis a carer speaks for the person, by its number, its words, or in their own words."""
    p = _bare(plain(text))
    for number, (basis, label) in enumerate(choices, start=1):
        if p in (str(number), _bare(plain(label))):
            return basis
    for basis, pattern in _BASIS_WORDS:
        if re.search(pattern, p):
            return basis
    return None


_UNABLE = re.compile(
    r"\b(not able|unable|(can ?not|could not|would not|will not|does not|do not|wont|cant) (understand|take it in|"
    r"follow|grasp|remember|retain|comprehend)|lacks? (the )?capacity|no (mental )?capacity|"
    r"dementia|alzheimers?|alzheimer|too (young|little|ill|poorly|confused|unwell)|in a coma|coma|unconscious|"
    r"not (with it|all there)|confused|learning disabilit\w*|baby|toddler|sedated|end of life|"
    r"only ([1-3]|one|two|three)( years? old)?|only (a )?(baby|toddler|months old))\b")


def knows_of(text: str) -> str | None:
    """Does the person know? "yes", "no", or "unable" (not able to understand: "no she has dementia,
    she wouldnt understand it")."""
    p = _bare(plain(text))
    if _UNABLE.search(p):
        return "unable"
    says_no = re.match(r"^(no|not yet|(he|she|they) (does not|do not|dont|has not|have not|is not|are not)|"
                       r"not really|i have not told|i (have not|did not|do not)|nobody|not at all|never)\b", p)
    if re.match(r"^(yes|of course|definitely|absolutely|sure|ok)\b", p) or _is_yes(p):
        return "yes"
    if says_no:
        return "no"
    if re.match(r"^no idea\b|^(he|she|they) (has|have) no (idea|clue)\b|^(he|she|they) (has|have) not (a|got a) clue\b|"
                r"^(he|she|they) (is|are) not aware\b", p):
        return "no"
    if re.match(r"^((he|she|they) (does|do|knows?|is aware|are aware|asked|wanted|wants|told)|it was (his|her|their) idea|"
                r"fully|totally)\b", p):
        return "yes"
    return None


_NUMBER_WORDS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3,
                 "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def age_of(text: str) -> int | None:
    """An age in years: "9", "nine", "shes 14", "twelve years old", "8 and a half"."""
    p = plain(text)
    found = re.search(r"\b(\d{1,3})\b", p)
    if found:
        return int(found.group(1))
    words = [w for w in p.split() if w in _NUMBER_WORDS and w not in ("oh", "o", "nil", "nought")]
    if words:
        total = 0
        for w in words[:2]:
            total += _NUMBER_WORDS[w]
        return total
    return None


# --- the read-back, consent, services, the menu ---------------------------------------------------

_REMOVE = re.compile(r"^(please\s+)?(can you\s+|could you\s+)?(remove|delete|take out|take off|take away|get rid of|"
                     r"take (that|it|this)( bit| part| line)? (out|off|away)|"
                     r"drop|cross out|leave out|scrap|lose|bin)\s*(that|it|this|that one|this one|all that|the lot|"
                     r"that bit|this bit|that part|this part|that line)?(\s+(please|thanks|out|off))*$")
_REMOVE_WORDS = re.compile(r"^(please\s+)?(can you\s+|could you\s+)?(remove|delete|take out|take off|get rid of|drop|"
                           r"leave out|cross out)\s+(the\s+|my\s+|their\s+|his\s+|her\s+|about\s+|bit about\s+)?"
                           r"(?P<what>.+?)(\s+(please|thanks))?$")
_ADD = re.compile(r"^(please\s+)?(can you\s+|could you\s+)?(add|also|and also|put|include|put in)\s+"
                  r"(that\s+|in that\s+|in\s+)?(?P<what>.+)$")


# Words of replies, not of stories: a correction needs at least one word besides these.
_REPLY_WORDS = set(re.findall(r"[a-z]+", " ".join([YES, NO, DONE, STOP, HELP, _POLITE]))) | {
    "the", "a", "an", "is", "it", "that", "this", "i", "you", "we", "he", "she", "they", "me", "my", "its", "be",
    "was", "are", "so", "very", "quite", "sort", "kind", "of", "bit", "more", "less", "mostly", "almost", "nearly",
    "pretty", "much", "well", "think", "guess", "suppose", "hmm", "em", "er", "uh", "like", "kinda", "sorta",
    "maybe", "perhaps", "probably", "to", "and", "or", "but", "what", "there", "here", "all", "some", "part",
    "parts", "thing", "things", "one", "bits", "about"} - {"wrong", "incorrect"}


def read_back_meaning(text: str) -> Meaning:
    """A reply to "Is this right about …?": yes, no (with a correction, maybe), remove, add, correct."""
    p = _bare(plain(text))
    raw = (text or "").strip()
    if _is_yes(p) and not _DOUBT.search(plain(text).replace("nothing wrong", "").replace("no changes", "")
                                        .replace("no change", "")):
        return Meaning("yes")
    if _REMOVE.match(p):
        return Meaning("remove")
    if re.search(r"\b(remove|delete) (it|that|this)$", p) and len(p.split()) <= 8:
        return Meaning("remove")
    if re.match(r"^(that|this|it) (should not|does not need to|need not) (be there|be in|be in there|be included)|"
                r"^(do not|please do not) (include|put|put in|add) (that|it|this)|^leave (that|it|this) out", p):
        return Meaning("remove")
    missed = re.match(r"(?i)^\W*(you (missed|forgot|left out)|you have (missed|forgotten|left out))\s+(that\s+)?(.+)$", raw)
    if missed and len(missed.group(5).split()) >= 2:
        return Meaning("add", missed.group(5).strip())
    removing = _REMOVE_WORDS.match(p)
    if removing:
        raw_what = re.search(r"(?i)(remove|delete|take out|take off|get rid of|drop|leave out|cross out)\s+"
                             r"(the\s+|my\s+|their\s+|his\s+|her\s+|about\s+)?(.+?)\W*$", raw)
        return Meaning("remove", raw_what.group(3) if raw_what else removing.group("what"))
    adding = _ADD.match(p)
    if adding and len(adding.group("what").split()) >= 2:
        raw_what = re.search(r"(?i)^\W*(please\s+)?(can you\s+|could you\s+)?(add|also|and also|put in|put|include)\s+"
                             r"(that\s+|in that\s+|in\s+)?(.+)$", raw, re.DOTALL)
        return Meaning("add", (raw_what.group(5) if raw_what else adding.group("what")).strip())
    if _NO_WHOLE.match(p):
        return Meaning("no")
    after_no = _no_then(p)
    if after_no is not None and after_no:
        words = re.sub(r"(?i)^\W*(no+|nah+|nope|na|not quite|not right|that'?s (wrong|not right)|wrong|incorrect)"
                       r"\b[\s,.!-]*", "", raw)
        return Meaning("no", words.strip() or after_no)
    found = general(text)
    if found and found.kind in ("later", "restart") and _ABOUT_SOMEONE.search(p) and len(p.split()) > 3:
        found = None  # "she goes to the day centre later": a correction, not a wish to stop for now
    if found:
        return found
    if is_question(text):
        return Meaning("question")
    if p and set(p.split()) <= _REPLY_WORDS:  # "yes well sort of": no words to correct anything with
        return Meaning("invalid")
    return Meaning("correct", raw)


SECTION_WORDS = {
    "about_me": r"about me|about (him|her|them)|my name|(his|her|their) name|who i am|personal details|details",
    "what_matters": r"what matters",
    "goals": r"goals?|what i want|what (he|she|they) wants?",
    "health": r"health|conditions?|illness\w*|medical|diagnos\w*|diseases?",
    "medications": r"medicines?|medications?|meds|medecines?|medicins?|tablets|pills|drugs|prescriptions?|inhalers?",
    "allergies": r"allerg\w*",
    "daily_living": r"day[- ]to[- ]day|daily living|daily life|everyday",
    "home": r"home|house|flat|housing|address|where (i|he|she|they) lives?|living situation",
    "support_network": r"people who support|support(ers)?|family|friends|carers?",
    "services_involved": r"services involved|other services",
    "communication": r"communicat\w*|contact",
    "risks": r"risks?|safety",
    "work_money": r"work|money|benefits|job|finances?|income",
}


def sections_named(text: str, offered: list[str] | None = None) -> list[str]:
    p = plain(text)
    keys = offered if offered is not None else list(SECTION_WORDS)
    return [s for s in keys if re.search(rf"\b({SECTION_WORDS[s]})\b", p)]


def chosen_sections(text: str, offered: list[str]) -> list[str] | None:
    """The sections a reply to the consent question keeps: "only my health and medicines", "not my
    home", "leave out the money part". None if it names none of the offered sections."""
    p = plain(text)
    named = sections_named(text, offered)
    if not named:
        return None
    if re.search(r"\b(only|just)\b", p):
        return named
    if re.search(r"\b(not|without|except|leave out|leave off|no|do not|remove|but|apart from|minus|skip)\b", p):
        return [s for s in offered if s not in named]
    return named


def consent_meaning(text: str, offered: list[str] | None = None) -> Meaning:
    """A reply to "Do you agree to share this?": yes, no, some parts (value: the sections), or a question."""
    p = _bare(plain(text))
    if _is_yes(p) and not _DOUBT.search(plain(text)):
        return Meaning("yes")
    sections = chosen_sections(text, offered if offered is not None else list(SECTION_WORDS))
    if sections is not None and not (is_question(text) and not re.search(r"\b(only|just|not|without|except|"
                                                                              r"leave|put|add|include)\b", p)):
        return Meaning("value", sections)
    if _NO_WHOLE.match(p):
        return Meaning("no")
    found = general(text)
    if found:
        return found
    if is_question(text) or re.search(r"\b(who|what|why|how|where|when)\b.*\b(see|do|use|read|get|happen|"
                                      r"keep|store|share|safe|secure)\w*", p):
        return Meaning("question")
    if re.match(r"^(no|i do not|do not|not)\b", p):
        return Meaning("no")
    return Meaning("invalid")


SERVICE_WORDS = {
    "gp-practice": r"gp|gps|g p|doctor|doctors|docs?|surgery|family doctor|practice|medical centre|health centre|riverside",
    "community-nursing": r"nurses?|nursing|district|community nurs\w*|dressings?|wound|injections?|catheter",
    "housing-adaptations": r"adaptations?|adapt|rails?|grab rails?|ramps?|stair ?lifts?|walk in shower|bathroom|toilet|"
                           r"bath|shower|stairs|steps|"
                           r"wet room|occupational|ot|equipment|changes to (my|the|his|her|their) (home|house)|housing",
    "adult-social-care": r"social care|social services|social worker|care at home|home care|carers coming|"
                         r"care package|council care|care act|needs assessment|help at home|personal care|"
                         r"carers (to )?(come|coming|visit)|someone to (come|help) (in|at home)|washing and dressing",
    "carers-assessment": r"carers?s? assessment|carers?s? support|support for (me|carers?)|help for me|"
                         r"for me as (a|the|his|her|their) carer|as a carer|break for me|respite|"
                         r"(for|about) me.*\b(i am|im) (his|her|their) carer|i am (his|her|their) carer",
    "welfare-benefits": r"benefits?|welfare|money|pip|attendance allowance|universal credit|uc|pension credit|"
                        r"money advice|debts?|citizens advice|financial|income|grants?|bills?|rent arrears|arrears",
    "employment-support": r"jobs?|work|employment|job ?centre|back to work|career|employer|working",
}


def services_named(text: str, offered: list[str]) -> list[str]:
    """The offered services a reply names, by number or by any words of their title or meaning."""
    p = _bare(plain(text))
    numbers = re.findall(r"\b(\d{1,2})\b", p)
    chosen = [offered[int(n) - 1] for n in numbers if 1 <= int(n) <= len(offered) and len(p.split()) <= 6]
    ordinal = {"first": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4,
               "fifth": 5, "five": 5, "sixth": 6, "six": 6, "seventh": 7, "seven": 7, "last": len(offered)}
    for word, number in ordinal.items():
        said = (re.search(rf"\b(the )?{word}( one)?\b", p) if not word.isalpha() or word.endswith(("st", "nd", "rd", "th"))
                or word == "last" else re.fullmatch(rf"(number |option )?{word}( please)?", p))
        if said and len(p.split()) <= 5 and 1 <= number <= len(offered):
            chosen.append(offered[number - 1])
    for service in offered:
        if re.search(rf"\b({SERVICE_WORDS.get(service, re.escape(service))})\b", p) and service not in chosen:
            chosen.append(service)
    if "carers-assessment" in chosen and "adult-social-care" in chosen and not re.search(
            rf"\b({SERVICE_WORDS['adult-social-care']})\b", p.replace("carers assessment", "")):
        chosen.remove("adult-social-care")
    return list(dict.fromkeys(chosen))


_NONE_OF_THEM = re.compile(r"^(none|none of (them|those|these)|no|no one|nobody|neither|not (now|yet|today|any|at the moment)|"
                           r"i do not want to share( it)?( with anyone)?|"
                           r"no (thanks|thank you|none)|i do not want (any|to share)|not interested|nothing)\b")


def otherwise(text: str) -> Meaning:
    """What a reply means when it answers none of a question's choices: help, stop, later and the
    like; else a question of their own; else not understood."""
    found = general(text)
    if found:
        return found
    return Meaning("question") if is_question(text) else Meaning("invalid")


def service_meaning(text: str, offered: list[str]) -> Meaning:
    """A reply to "Which one would you like to share with?": the services named (value), or no."""
    p = _bare(plain(text))
    named = services_named(text, offered)
    if named and not re.match(r"^(what|who|why|how)\b.*\?", (text or "").lower().strip()):
        return Meaning("value", named)
    if _NONE_OF_THEM.match(p) or _NO_WHOLE.match(p):
        return Meaning("no")
    return otherwise(text)


MENU = [("who", "Who has my story?"), ("update", "Update my story"), ("stop", "Stop sharing"),
        ("download", "Download my story"), ("delete", "Delete everything"), ("finished", "Nothing else")]
_MENU_WORDS = [
    ("delete", r"\b(be forgotten|forget me|close my account|get rid of (all )?my|remove me)\b|\b(delete|erase|remove|forget|wipe|destroy)\b.*\b(everything|all|story|data|me|details|record|info)\b|"
               r"\bdelete\b|\berase\b"),
    ("stop", r"\b(stop|withdraw|no longer|do not want|cancel|end)\b.*\b(shar\w*|sending|consent|agreement|"
             r"them having|access|to have it|having it|anymore|any more|getting it)\b|\bwithdraw\b|"
             r"\b(do not|stop) (send|sending|give|giving)\b|\b(revoke|unshare|opt out)\b|"
             r"\btake (back|away)\b.*\b(consent|agreement|permission)\b"),
    ("who", r"\b(who|anyone|anybody)\b.*\b(has|have|got|seen|sees|see|shared|sent|gets|read|reads|give|gave|given)\b|"
            r"\bshared with\b|"
            r"\bw\w*ch services\b|"
            r"\bwhere\b.*\b(sent|gone|shared)\b|\bwhich services\b"),
    ("download", r"\b(download|copy|export|save a copy|see (all|everything)|see my (story|data|details)|"
                 r"what (do )?you (hold|have|keep)|show me (everything|all|what)|everything you have|"
                 r"(view|read|print|see) (my|the) (story|details|record)|what did i (tell|say|give)|(get|want|have|see) (all )?my (data|story|details|information|info))\b"),
    ("update", r"\b(update|change|changed|add|new|different|moved|correct|edit|amend|wrong|tell you more)\b"),
]


def menu_meaning(text: str) -> Meaning:
    """A returning person's choice: who has it, update, stop sharing, download, delete, or nothing else."""
    p = _bare(plain(text))
    for number, (key, label) in enumerate(MENU, start=1):
        if p in (str(number), key, _bare(plain(label))):
            return Meaning("value", key)
    if _DONE_WHOLE.match(p) or _NO_WHOLE.match(p) or re.match(
            r"^(no|nope|nothing|not)\b.*\b(else|more|thanks|now|today|all)\b", p) or re.match(
            r"^(bye|goodbye|see you|cheers|thanks|that is all|all good|i am (good|fine|ok|alright)|i am done|"
            r"no,? i am (ok|fine|good|alright)|log ?out|sign ?out|that will do)\b", p):
        return Meaning("value", "finished")
    for key, pattern in _MENU_WORDS:
        if re.search(pattern, p):
            return Meaning("value", key)
    return otherwise(text)


def menu_choice(text: str) -> str | None:
    meant = menu_meaning(text)
    return meant.value if meant.kind == "value" else None


def teller_meaning(text: str) -> Meaning:
    """Whose story: "self", "carer" (someone they care for), or "returning"."""
    p = _bare(plain(text))
    if re.search(r"\b(been (here )?before|came before|done (this|it) before|used (this|it) before|"
                 r"already (told|done|did)|returning|my pin|"
                 r"who has my story|come back)\b", p):
        return Meaning("value", "returning")
    if re.search(r"\b(someone|somebody|my (mum|mother|mom|dad|father|husband|wife|partner|son|daughter|child|"
                 r"nan|gran|brother|sister|friend|neighbour|aunt|uncle|client)|(for|about) (him|her|them)|"
                 r"care for|look after|carer|on behalf)\b", p):
        return Meaning("value", "carer")
    if re.search(r"\b(me|myself|mine|my own|i am|about me|for me|my story|my self|self)\b", p) or p in ("1", "me"):
        return Meaning("value", "self")
    found = general(text)
    return found or (Meaning("question") if is_question(text) else Meaning("invalid"))


_ABOUT_SOMEONE = re.compile(r"\b(he|she|they|his|her|their|him|them|my (mum|dad|husband|wife|son|daughter|carer))\b")
_MY_OWN_GOING = re.compile(r"\b(finish|continue|carry on|come back|do (this|it)|save|pause|bye|gtg|got to go|have to go|"
                           r"need to go|must go|have to run|got to run|another time|be right back)\b")


def telling_meaning(text: str) -> Meaning:
    """A message while the story is told: done, help, a real person, later, start again, stop, or story."""
    p = _bare(plain(text))
    if is_help(text) and not p:
        return Meaning("help")
    if not p:
        return Meaning("invalid")
    if is_done(text) or _NO_WHOLE.match(p):
        return Meaning("done")
    found = general(text)
    # Story first: "she goes to the day centre later", "he wants to start again at college" are told, not asked.
    if found and found.kind == "later" and (_ABOUT_SOMEONE.search(p) or not (
            _MY_OWN_GOING.search(p) or len(p.split()) <= 4)):
        return Meaning("story")
    if found and found.kind == "restart" and _ABOUT_SOMEONE.search(p) and len(p.split()) > 3:
        return Meaning("story")
    if found:
        return found
    return Meaning("story")


def pin_digits(text: str) -> str | None:
    """The digits of a PIN typed in figures or words ("2580", "25 80", "two five eight oh"), or None if
    anything else is in the reply ("2580a", "my pin")."""
    from bot.conversation.answers import DIGIT_WORDS, digits_of

    text = re.sub(r"(?i)^\s*((my |the )?pin( number)? is|it is|its|it's|pin:?)\s+(?=\S)", "", text or "")
    if re.fullmatch(r"\s*\d[\d ]{2,14}\d\s*", text):
        return re.sub(r"\s", "", text)
    words = re.findall(r"[a-z]+|\d+|\S", (text or "").lower())
    if not words or not all(w.isdigit() or w in DIGIT_WORDS or w in ("double", "triple") for w in words):
        return None
    digits = digits_of(text)
    return digits if 4 <= len(digits) <= 16 else None


def understand(context: str, text: str, *, offered: list[str] | None = None, today=None) -> Meaning:
    """What `text` means as a reply to the question named by `context` (one of CONTEXTS)."""
    from bot.conversation import answers  # checked answers: phone numbers, dates of birth, postcodes

    if not any(c.isalnum() for c in text or "") and not (text or "").strip().startswith("?"):
        return Meaning("invalid")
    if context == "telling":
        return telling_meaning(text)
    if context == "readback":
        return read_back_meaning(text)
    if context == "consent":
        return consent_meaning(text, offered)
    if context == "choose_service":
        return service_meaning(text, offered or list(SERVICE_WORDS))
    if context == "menu":
        return menu_meaning(text)
    if context == "teller":
        return teller_meaning(text)
    if context in ("confirm", "gap_yesno"):
        p = _bare(plain(text))
        if context == "gap_yesno" and is_skip(text) and not _is_yes(p):
            return Meaning("skip")
        if _is_yes(p) and not _DOUBT.search(plain(text)):
            return Meaning("yes")
        if _NO_WHOLE.match(p) or re.match(r"^(no|not)\b", p):
            return Meaning("no")
        if re.match(rf"^({YES})\b", p) and not re.search(r"\b(but|not|no)\b", p):
            return Meaning("yes")
        return general(text) or (Meaning("question") if is_question(text) else Meaning("invalid"))
    if context == "pin":
        digits = pin_digits(text)
        if digits and 4 <= len(digits) <= 8:
            return Meaning("value", digits)
        if re.search(r"\b(forgot|forgotten|lost|cannot remember|do not remember|do not have|never (had|set)|"
                     r"new|first time|not been)\b", plain(text)):
            return Meaning("help")
        return general(text) or Meaning("invalid")
    if context.startswith("gap_"):
        found = general(text, skip=True)
        if found and found.kind != "help":
            return found
        try:
            value = answers.check(context[4:], text, today=today)
        except answers.AnswerRefused:
            return found or Meaning("invalid")
        return Meaning("value", value)
    found = general(text)
    if context == "carer_name":
        name = name_of(text)
        return Meaning("value", name) if name and not found else found or Meaning("invalid")
    if context == "carer_relationship":
        relation = relationship_of(text)
        return Meaning("value", relation) if relation else found or Meaning("invalid")
    if context == "carer_basis":
        from bot.conversation.dialogue import BASIS_CHOICES

        basis = basis_of(text, BASIS_CHOICES)
        return Meaning("value", basis) if basis else found or (
            Meaning("question") if is_question(text) else Meaning("invalid"))
    if context == "carer_age":
        age = age_of(text)
        return Meaning("value", age) if age is not None else found or Meaning("invalid")
    if context == "carer_knows":
        knows = knows_of(text)
        return Meaning("value", knows) if knows else found or Meaning("invalid")
    raise ValueError(f"unknown context: {context}")
