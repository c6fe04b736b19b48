"""What a returning person's replies mean: their PIN (in figures or words), and their choice from
the menu (who has my story, update, stop sharing, download, delete, nothing else)."""
from __future__ import annotations

import re

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.services import SERVICE_WORDS
from bot.conversation.meaning.words import DONE_WHOLE, NO_WHOLE, numbers_said, otherwise
from bot.conversation.questions import MENU

_MENU_WORDS = [
    ("delete", r"\btake (my story|my data|my details|it|everything|me|it all) off (your|the|this) (system|records?|computer|database|files?)\b|"
               r"\b(be forgotten|forget me|close my account|get rid of (all )?(of )?(my|it|everything|the lot)|remove me)\b|"
               r"^(please )?(wipe|bin|scrap|destroy|erase) (it|the lot|it all|everything)( please)?$|\b(delete|erase|remove|forget|wipe|destroy)\b.*\b(everything|all|story|data|me|details|record|info)\b|"
               r"\bdelete\b|\berase\b|\b(my|the|all) (data|story|details|record|info\w*) (deleted|erased|removed|wiped)\b|"
               r"\b(everything|all|it all) (deleted|erased|removed|wiped)\b"),
    ("stop", r"\b(stop|withdraw|no longer|do not want|cancel|end)\b.*\b(shar\w*|sending|consent|agreement|"
             r"them having|access|to have it|having it|anymore|any more|getting it)\b|\bwithdraw\b|"
             r"\b(do not|stop) (send|sending|give|giving)\b|\bstop letting (the |my )?\w+( \w+)? (see|have|read|get|look at)\b|\bstop (the |my )?\w+( \w+)? (from )?(seeing|having|getting|reading|accessing)\b|\b(revoke|unshare|opt out)\b|"
             r"\btake (back|away)\b.*\b(consent|agreement|permission)\b|\btake (it|my story|everything|them|my details) (back|away) from\b|"
             r"\btake (my |the |our )?(consent|agreement|permission) (back|away)\b|"
             r"\btake (it|my story|them|my details|that)( back)? (off|from|away from) (the|my|our) (?!(system|records?|computer|database|files?)\b)\w+|"
             r"\b(do not|never) (share|sharing|send)\b.*\b(anymore|any more|again|now)\b|\bno more (sharing|sending)\b"),
    ("who", r"\b(who|anyone|anybody)\b.*\b(has|have|got|seen|sees|see|shared|share|sent|send|gets|read|reads|give|gave|holds?|keeps?|"
            r"given|knows?|access)\b|"
            r"^(did|has|have|do|does)\b.*\b(get|got|received?|have|has|seen)\b.*\b(it|my story|my details|them)\b|"
            r"^(has|have|did|was)\b.*\b(sent|shared|gone|been sent)\b|"
            r"\bshared with\b|^(is|has) (it|my story)( been)? (with|at|sent to|gone to|shared with|given to) \w+|"
            r"\bw\w*ch services\b|\bw\w*ch (places|people|organisations|organizations|teams|ones|services)\b.*\b(have|has|got|see|seen)\b|"
            r"^(please )?(list|show|tell)( me)? (the|all the|my|which) (services|places|people|organisations)\b|"
            r"\bwhere\b.*\b(sent|gone|shared|go|went|is it)\b|\bwhich services\b"),
    # "share it with the nurses too", "send my story to another service", "i want the council to have it as well"
    # (never "dont share it with the council", "did you send it to the gp", "send it to me" (a download), "send the
    # changes to my gp" or "i have moved to a new place" (an update): a second reader, session 16)
    ("share", r"^(?!.*\b(not|never)\b)(?!\W*(did|why|has|have|was|were|is|when)\b)(?!.*\bto (me|myself)\b)"
              r"(?!.*\b(change|changes|changed|address|moved|update)\b).*("
              r"\b(share|send|give)\b.*\b(with|to)\b.*\b(another|other|new|more|different|a|the|my)\b|"
              r"\b(another|other|new|more|a different) (service|services|team)\b|"
              r"\b(share|send) (it|my story|the story|my details)\b|^(share|send)$)"),
    ("download", r"\b(download|dwnload|downlaod|donwload|copy|pdf|export|save a copy|save (it|my story|everything|the story) (to|on|onto) (my|the) \w+|print|printout|print out|"
                 r"(have|get) (it|my story|everything|a copy) (sent|emailed|posted) to me|(send|email|post) (it|everything) (to )?me|see (all|everything)|see my (story|data|details)|"
                 r"what (do )?you (hold|have|keep)|show me (everything|all|what)|everything you have|"
                 r"show me (my|the) (story|data|details|information|info|record)|"
                 r"send me (my|a copy|the|everything|all)|"
                 r"what (have you got|do you (have|know|hold|keep)) (on|about) me|"
                 r"what (\w+ )?(do )?you (have|hold|keep|know) (on|about) me|"
                 r"(view|read|print|see) (my|the) (story|details|record)|see what (i|we) (said|told you|wrote|gave|put)|(can i|let me|i want to|i would like to) (read|see|view|look at) (it|my story|the story)$|what did i (tell|say|give)|(get|want|have|see) (all )?my (data|story|details|information|info))\b"),
    ("update", r"\b(update|updating|change|changes|changed|changing|add|adding|amending|editing|new|different|moved|correct|edit|amend|wrong|tell you more)\b|"
               r"\b(put|add|include) (that|this|it|something|some more) (in|on)\b|"
               r"^(i|my|mum|dad|mums|dads|nan|nans|he|she|they|we)\b.*\b(been|now|since|started|stopped|got|had|died|passed away|"
               r"moved|in hospital|care home)\b"),
]


# "I have been here before" says who they are, not what they want: it is no wish to update
_BEEN_BEFORE = re.compile(
    r"\b(i|we) (have|had|was|were|am|are)? ?(been|come|used (this|it|you)|spoken to you|done this|told (you|my story))"
    r"( (here|on here|this|it|you))? (before|already|previously)\b|\bi am back\b|\bback again\b|\breturning\b")


def _besides_been_before(p: str) -> str:
    """The plain words without "I have been here before" (or `p` itself when it does not say so)."""
    return bare(_BEEN_BEFORE.sub(" ", p)).strip(" ,.;:-")


def only_been_before(text: str) -> bool:
    """Whether a reply says only that they have been here before ("i have been here before", "im back"):
    who they are, which the menu already knows, and no choice."""
    p = bare(plain(text))
    rest = _besides_been_before(p)
    return rest != p and not re.search(r"[a-z0-9]", rest)


# Said around "I have been here before" and no more: "hi, i have been here before", "sorry, im back";
# "i have been here before for my dad": whose story too, which the PIN will tell.
_FILLER = r"((hi|hello|hiya|hey|sorry|actually|oh|oops|wait|yes|yeah|no|but|so|and|um|erm|i think|already|ok|okay)\W*)*"
_ONLY_FILLERS = re.compile(rf"{_FILLER}((for|about|with|re) (my|his|her|their|our) \w+( \w+)?\W*)?{_FILLER}")
# "hi its mark again", "Its Mark again, about my dad": someone back, by their name (said with hello, or with a
# capital): never "its bad again" or "its her again, she fell" (a story)
_NAMED_AGAIN = re.compile(r"^\W*(?P<hello>((hi|hello|hiya|hey|morning|afternoon|evening)\W+)+)?(it is|its|it's|it s|this is)\s+"
                          r"(?P<who>[^\W\d_]+)( [^\W\d_]+)? again\b", re.I)
_NOT_SOMEONE = frozenset("""bad worse better back happening started starting getting going raining hard sore painful
playing flaring off on him her them that this the my his their our it all same mum mam mother dad father nan gran
husband wife son daughter brother sister""".split())


def back_again(text: str) -> bool:
    """Whether a reply at a question for someone new says they have been here before ("/returning", "I have
    been here before", "hi its mark again, about my dad frank"): the PIN first, not a new story's questions."""
    if text.strip() == "/returning":
        return True
    p = bare(plain(text))
    rest = _besides_been_before(p)
    if rest != p and _ONLY_FILLERS.fullmatch(rest):
        return True
    named = _NAMED_AGAIN.match(text)
    return named is not None and named.group("who").lower() not in _NOT_SOMEONE and (
        named.group("hello") is not None or named.group("who")[:1].isupper() or named.group("who").lower() == "me")


# A question about the choices themselves: "whats the difference between stop sharing and delete", "what
# does stop sharing mean", "what happens if i delete it".
_ABOUT_THE_CHOICES = re.compile(r"^(what is|whats|what are|tell me|explain|i do not (know|understand)) (the )?differences? between\b|"
                                r"^what (does|do|would|will) (the )?(stop sharing|stopping|delete|deleting|update|updating|"
                                r"download|downloading)( \w+)? (mean|do)\b|^what happens (if|when) (i|we) (stop|delete|update)\b")


# "I want to stop the employment one", "stop the GP please": a service named to stop (the whole wish, said first)
_STOP_A_SERVICE = re.compile(
    r"^((i )?(want|would like|wanna|need|d like) (you )?to |please |(can|could) (you|u|i|we) (please )?|pls |plz )?(stop|cancel|end) "
    # "stop sharing with", "stop sendin my stuff 2 the job ppl" (a stranger, session 41, was offered to share with them)
    r"((sharing|sharin|sending|sendin|giving|givin) ((it|my stuff|stuff|my story|my details|my info|everything|it all|"
    r"things) )?(with|to|2) )?(the|my|that|our) ((\w+ ){0,2}(" + "|".join(SERVICE_WORDS.values()) +
    r"))( (one|service|team|people|ppl|peeps|folk|lot|lady|man|person))?( (please|pls|plz|now|thanks|thank you|ta))*$")


def menu_meaning(text: str) -> Meaning:
    """A returning person's choice: who has it, update, stop sharing, download, delete, or nothing else."""
    p = re.sub(r"^((ah|oh|well|sure|ok|okay|right|so|um|erm|aye|ach)\s+)+(?=\S)", "", bare(plain(text)))  # "ah sure nothing else"
    rest = _besides_been_before(p)
    if rest != p:
        if not re.search(r"[a-z0-9]", rest):
            return otherwise(text)
        p = re.sub(r"^(and|but|so|now)\b\s*", "", rest)
    for number, (key, label) in enumerate(MENU, start=1):
        if p in (str(number), key, bare(plain(label))):
            return Meaning("value", key)
    if _ABOUT_THE_CHOICES.match(p):  # "whats the difference between stop sharing and delete": never a choice
        return Meaning("help")
    said = numbers_said(p, len(MENU))
    if len(said) == 1:
        return Meaning("value", MENU[said[0] - 1][0])
    if re.search(r"\b(shar\w*|sending|consent)\b", p) and re.search(_MENU_WORDS[1][1], p):
        return Meaning("value", "stop")  # "no more sharing": not a "no more" that ends the chat
    if DONE_WHOLE.match(p) or NO_WHOLE.match(p) or re.match(
            r"^(no|nope|nothing|not)\b.*\b(else|more|thanks|now|today|all)\b", p) or re.match(
            r"^(no|nope|nah)\b.*\b(fine|good|ok|okay|alright|all right|grand)$", p) or re.match(
            r"^(bye|goodbye|see you|cheers|thanks|thank you|that is all|all good|i am (good|fine|ok|alright)|i am done|"
            r"(no |ok )?(i was |i am |i was only |i am only )?(just )?(checking|looking|having a look|a look)\b|"
            r"(i )?(just|only) wanted to (check|look|have a look|see|check in)( in| how it is)?$|"
            r"no,? i am (ok|fine|good|alright)|log ?out|sign ?out|that will do|"
            r"(i am |we are )?(all )?sorted( now| out| thanks)*$|(i am |we are )?all (set|fine|ok|okay)( now| thanks)*$)\b", p):  # "all sorted ta"
        return Meaning("value", "finished")
    if _STOP_A_SERVICE.match(p) or any(_STOP_A_SERVICE.match(bare(plain(piece))) for piece in re.split(r"[.,;!?]+", text or "")):
        # ("Sorry I change my mind. Please stop the job one, my husband will find out if they write letter": a stranger,
        # session 29, was read as an update, and nothing was stopped)
        return Meaning("value", "stop")
    for key, pattern in _MENU_WORDS:
        if re.search(pattern, p):
            return Meaning("value", key)
    return otherwise(text)


def stops_a_service(text: str) -> bool:
    """Whether the words, or one piece of them, ask to stop sharing with a service they name ("i want to stop the
    carers assessment one, my daughter is going to help more now", "stop sendin my stuff 2 the job ppl")."""
    return any(_STOP_A_SERVICE.match(bare(plain(piece))) for piece in re.split(r"[.,;!?]+", text or "") if piece.strip())


def menu_choice(text: str) -> str | None:
    meant = menu_meaning(text)
    return meant.value if meant.kind == "value" else None


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


def looks_like_pin(text: str) -> bool:
    """Digits only, in figures or words ("2580", "two five eight oh")."""
    return pin_digits(text) is not None


def pin_of(text: str) -> str:
    return pin_digits(text) or ""


# "Are you sure?" before everything is deleted (or "Shall I clear everything?"): the buttons' own titles typed ("Yes, delete everything", "No,
# keep it"), a yes with the wish said again ("yes delete", "yes im sure", "delete it all"), or a plain no
_ERASE_YES = re.compile(
    r"^((yes|yeah|yep|yup|aye|ok|okay|sure|right|definitely|absolutely|certainly|of course|please|go ahead|"
    r"do it|go on|i am|i am (really |very |completely |totally |absolutely |quite |100 percent |100 )?(sure|certain)|"
    r"(i am )?positive|(i am )?certain|delete|erase|wipe|remove|clear|(delete|erase|wipe|remove|clear) (it|them|everything|it all|"
    r"all( of it)?|the lot|my (story|data|details|record|information)|all my (story|data|details|information))|"
    r"everything|thanks|thank you)\W*)+$")
_ERASE_NO = re.compile(
    r"^((no|nope|nah|not now|no thanks|no thank you|keep|keep it|keep everything|keep my story|do not|dont|"
    r"do not (delete|erase|wipe|remove|clear)( (it|anything|everything|my story))?|changed my mind|i have changed my mind|"
    r"cancel|leave it|please|thanks|thank you|sorry)\W*)+$")


def erase_answer(text: str) -> str | None:
    """A reply to "Are you sure?" before everything is deleted, or to "Shall I clear everything?":
    "yes", "no", or None when it is no plain answer (asked again, never taken as a no)."""
    p = bare(plain(text))
    if "?" in (text or "") or not re.sub(r"\b(please|thanks|thank you|sorry)\b|\W", "", p):
        return None  # "please", "thanks": no answer
    if _ERASE_NO.match(p) or NO_WHOLE.match(p):
        return "no"
    if _ERASE_YES.match(p) and not re.search(r"\b(not|no|but|wait|keep|unless|maybe)\b", p):
        return "yes"
    from bot.conversation.meaning.words import is_yes  # (words imports nothing of this module)

    return "yes" if is_yes(text) else None
