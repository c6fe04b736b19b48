"""Typing made plain before any reply is read: lower case, apostrophes and curly quotes dropped
("thats", "dont"), text-speak spelt out ("pls", "u", "thx"), letters held down squashed ("yesss")."""
from __future__ import annotations

import re

_SPOKEN = {"u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "plse": "please",
           "plez": "please", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thanks",
           "ta": "thanks", "tnx": "thanks", "cheers": "thanks", "thankyou": "thanks", "thank you": "thanks",
           "im": "i am", "ive": "i have", "youve": "you have", "weve": "we have", "theyve": "they have",
           "yse": "yes", "yws": "yes", "id": "i would", "ill": "i will", "thatll": "that will", "itll": "it will", "youll": "you will", "theyll": "they will",
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
           "yr": "year", "yo": "years old",
           # Scots and Northern English: "dinnae have a phone", "he canny get up", "shes ma wife", "aye hen"
           "dinnae": "do not", "didnae": "did not", "cannae": "cannot", "canny": "cannot", "wouldnae": "would not",
           "couldnae": "could not", "havenae": "have not", "hasnae": "has not", "isnae": "is not",
           "disnae": "does not", "wisnae": "was not", "willnae": "will not", "dinna": "do not", "ma": "my",
           "hen": "", "pet": "", "duck": "", "me duck": "",
           "nowt": "nothing", "owt": "anything", "summat": "something", "whit": "what", "dae": "do",
           "wean": "child", "anymore": "any more", "sumthing": "something", "somethin": "something",
           "smthing": "something", "sth": "something", "bcoz": "because", "bcz": "because", "becuz": "because",
           "dunt": "does not", "doesn": "does not", "wana": "want to",
           "tbh": "to be honest", "atm": "at the moment", "asap": "as soon as possible"}
# "dae ye mean", "thank ye": after a verb, "ye" is "you" (on its own it is "yes")
_YE_YOU = re.compile(r"\b(dae|do|did|does|can|could|will|would|are|have|thank|tell|see|told|gave|give|to|with|for|were) ye\b")


def plain(text: str) -> str:
    """Lower case, apostrophes and curly quotes gone, text-speak spelt out, runs of a letter squashed."""
    lowered = (text or "").lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    lowered = re.sub(r"(\w)'(\w)", r"\1\2", lowered)  # "that's" -> "thats", "don't" -> "dont"
    lowered = lowered.replace("&", " and ")
    lowered = re.sub(r"([a-z])\1{2,}", r"\1\1", lowered)  # "yesss" -> "yess", "noooo" -> "noo"
    lowered = _YE_YOU.sub(r"\1 you", lowered)
    words = re.findall(r"[a-z0-9]+|\?", lowered)
    out = [_SPOKEN.get(word, word) for word in words]
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def bare(plain_text: str) -> str:
    """Plain text without its question marks."""
    return plain_text.replace(" ?", "").replace("?", "").strip()

