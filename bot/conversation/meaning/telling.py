"""What a message means before and while the story is told: whose story it is ("about me", "for my
mum", "I have been here before"), and, while it is told, more story or done, help, a real person,
later, start again or stop."""
from __future__ import annotations

import re

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.language import asks_for_another_language, in_another_language
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.returning import back_again
from bot.conversation.meaning.words import ABOUT_SOMEONE, NO_WHOLE, general, is_done, is_help, is_question
from bot.understanding.safeguarding.context import a_record_wish
from bot.understanding.safeguarding.typed import plain_words
from bot.understanding.structuring.dialect import normalise

# Not knowing what this is, said first: "not sure what this is", "what is this about", "no idea what this is".
_WHAT_IS_THIS = re.compile(r"^((um|erm|hi|hello|sorry)\s+)*(i am |i )?(not sure|unsure|no idea|confused|do not know|do not understand"
                           r"|what is|what) (about )?(what )?(this|it|this site|this chat) (is|is for|is about|does|means|all about|for|about)\b")


def teller_meaning(text: str) -> Meaning:
    """Whose story: "self", "carer" (someone they care for), or "returning"; "other_language" when not
    written in English."""
    if in_another_language(text):
        return Meaning("other_language")
    p = _me_as_my(bare(plain(text)))
    if back_again(text) or re.search(r"\b(been (here )?before|came before|done (this|it) before|used (this|it) before|"
                 r"(check|see|change|update|look at) my story|my story again|"
                 r"already (told|done|did)|(done|did|told) (this|it|you|my story) already|returning|my pin|got a pin|"
                 r"back again|(it is|its|tis) (only |just )?me again|^(hi |hello |hiya |hey )?(only |just )?me again|"
                 r"^(hi |hello |hiya |hey )?(i am|im) back( again| here)?$|(used|been on|been using) (this|it|you|the) (\w+ )?(before|previously)|"
                 r"started (this|it|my story|a story)( \w+)? (before|already|last \w+)|(have|got) (a|my) pin|"
                 r"(was|were|been) (on )?here (last|before|on|yesterday)|"
                 r"who has my story|come back|"
                 # "whos got my story", "who can see my details", "where are my referrals up to"
                 r"(who|whos|who s) (has |have |s |is )?(got|has|seen|sees|can see|is looking at|looked at|read) my "
                 r"(story|details|info|information|referrals?|forms?)|"
                 r"(where|how) (is|are|s) my (story|referrals?|forms?)|what (happened|has happened) (to|with) my (story|referrals?)|(came|coming) back( here| again)?( to (finish|continue|carry on|complete|update|change|check|add)|$)|"
                 # "i have a code from last time": the PIN, by the name people give it
                 r"(have|got|with) (a|my|the) (code|pin)( number)? (from|you gave|i was given|i got)|from (last time|before)|"
                 # "I did this a few weeks ago for my mum, want to carry on with that one"
                 r"(did|done|started|filled in|began) (this|it)( \w+){0,4} ago|"
                 r"(carry on|continue|pick up|go on) (with )?(that|the same|the old|my old|the last) (one|story))\b", p):
        return Meaning("value", "returning")
    if says_own_story(text) or _HARMED_ME.search(p) and not _FOR_SOMEONE.search(p):
        # "doing this for myself, my daughter set up the phone"; "my step dad hits me": the writer's own abuse
        return Meaning("value", "self")
    about = _KIN_AS_HELPER.sub(" ", p)  # "my granddaughter said i could use this" names no one cared for
    if about != p and re.search(r"\b(my name is|i am [a-z]+ (\d{1,3}|aged))\b", p) and not re.search(
            r"\b(care|caring|look|looking) (for|after)|on behalf\b", p):
        return Meaning("value", "self")  # "hello dear, my name is margaret and my granddaughter said i could use this"
    if re.search(r"\b(someone|somebody|my ((wee|little|old|eldest|youngest|oldest|younger|older|baby|big|step) )?(mum|mother|mom|dad|father|husband|wife|partner|son|daughter|child|"
                 r"nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|brother|sister|friend|"
                 r"neighbour|aunt|aunty|auntie|uncle|client|boy|girl|lad|lass|bairn|wean|kid|grandson|granddaughter|"
                 r"grandchild|grandkid|nephew|niece|cousin|stepdad|stepmum|stepson|stepdaughter|hubby|missus|fiance|fiancee|"
                 r"mam|mammy|da|papa|nanny)s?|(for|about) (him|her|them)|(his|her|their) \w+|(she|he) is my|"
                 r"(she|he|they) (is |are )?(called|named|known as)|"
                 r"care for|look after|carer|on behalf|hers|theirs|"
                 # paid carers: "care worker for the lady i visit", "i support a gentleman"
                 r"(care|support|home care) worker (for|to)|(i|we) (visit|support|work with) (a|an|the|this|my|our) \w+|"
                 r"(the|a|an|this) (old |elderly |older )?(lady|man|gentleman|gent|woman|person|client|resident|service user|"
                 r"patient)s? (i|we) (visit|support|look after|care for|help|work (with|for)|see))\b", about):
        if not _FOR_SOMEONE.search(p) and _harmed_the_writer(text):
            # "my son takes my pension and wont let me have my bank card": the relative named harms the writer
            return Meaning("value", "self")
        return Meaning("value", "carer")
    if _WHAT_IS_THIS.match(p) and not re.search(r"\b(about me|for me|myself|my (own )?story|my self|i (have|live|use|take|"
                                                 r"need|got|cannot|can not)|i am (\d|\w+ (years|year) old))\b", p):
        return Meaning("help")  # "not sure what this is, my social worker gave me the link": what this is, then asked
    if re.search(r"\b(me|myself|mine|my own|i am|about me|for me|my story|my self|self|ma ain|my ain)\b", p) or p in ("1", "me"):
        return Meaning("value", "self")
    if p in ("own", "my own", "own one", "own story"):
        return Meaning("value", "self")
    found = general(text)
    if found:
        return found
    # At the first question any question back ("whats this for?", "who are you") or "what now" is answered
    # with what this is (help), and the question again
    return Meaning("help") if is_question(text) or re.search(r"\bwhat (now|next|do i do( now)?|happens now)$", p) \
        else Meaning("invalid")


# Whose story said plainly as the teller's own, whoever else is named ("doing this for myself, my
# daughter set up the phone"; "no dear, I do not care for anybody" at a carer's question), unless it is
# also for someone ("for me and my mum", "about my dad").
_MY_OWN = re.compile(
    r"^(about me|about myself|just me|myself|(no |nah |nope )?(it is |its )?(just )?me( lol| haha| thanks)?)$|"
    r"\b((doing|telling|filling|writing|speaking|here|using) (this|it)?( in| out)? ?(for|about) (me|myself)|(for|about) myself|"
    r"(my|mi|ma) own (story|self)|(it is|its|this is) (just )?(for |about )?me\b(?! and)|(about|for) me not|just me|"
    r"i (do not|am not|have not) (care|caring|look|looking) (for|after) (anyone|anybody|someone|nobody|any one)|"
    r"(i am|im) not (a|the|anyones|anyone s|somebodys) carer|(there is|theres) no (one|carer) else)\b")
# "its me i look after my dad", "its me the carer": caring said with it is a carer's story
_FOR_SOMEONE = re.compile(r"\b(for|about|on behalf of) (him|her|them|my (?!own|self)\w+)|me and my\b|(he|she) is my\b|"
                          r"\b(his|her|their) story\b|\b(he|she) is the one (with|who)\b|"
                          r"\b(look|looking|care|caring) (after|for) (him|her|them|my)\b|\b(the|his|her|their) carer\b")
# Harm done to the writer ("hi my step dad hits me wen hes drunk"): the story of the one harmed, not of a relative cared for.
_HARMED_ME = re.compile(r"\b(hits?|hitting|beats?|beating|hurts?|hurting|kicks?|kicking|punch(es)?|punching|slaps?|"
                        r"slapping|abuses?|abusing|touches|touching) me\b")
# A relative named as who helps with the chat or as someone in the teller's own story, not as whose it is:
# "my granddaughter said i could use this", "got kicked out by my mum".
_KIN_AS_HELPER = re.compile(r"\b(by|from|with) my \w+|\bmy \w+ (said|told me|set|helped|helps me|showed|suggested|gave me|"
                            r"is typing|typed|put me|sent me|is helping)\b")


def _harmed_the_writer(text: str) -> bool:
    """Whether the safeguarding rules hear someone harm the writer ("he wont let me see my friends or family",
    "my husband makes me feel worthless"): the words of the safeguarding check, not a list of their own here."""
    from bot.understanding.safeguarding import harmed_the_writer  # loads the detector only where it is needed

    return harmed_the_writer(text)


def says_own_story(text: str) -> bool:
    """Whether the words say the story is the teller's own ("its just me", "i dont care for anybody",
    "doing this for myself, my daughter set up the phone"), and not also someone else's."""
    p = _me_as_my(bare(plain(text)))
    return bool(_MY_OWN.search(p)) and not _FOR_SOMEONE.search(p)


def _me_as_my(p: str) -> str:
    """"me mum", "me nan", "me da" as people type "my" ("its bout me mum": a young carer, session 35, whose mother's
    story was kept as his own), read as the structurer reads them (dialect.normalise)."""
    return normalise(p)


_MY_OWN_GOING = re.compile(r"\b(finish|continue|carry on|resume|come back|do (this|it)|save|pause|bye|gtg|have to run|got to run|"
                           r"another (time|day|evening)|be right back|(take|have) a (break|rest|breather)|"
                           r"back in a (bit|minute|min|while|mo|sec)|back soon|the rest|hang on|hold on|at the door|door ?bell|"
                           r"(got to|have to|need to|must) go(?! (to|and|for|in|into|back to|up|down|through)\b))\b")
# Talking to people as part of the story: "she cant talk to people on the phone", "i find it hard to talk to people".
_CANNOT_TALK = re.compile(r"\b(cannot|can not|could not|does not|do not|never|hard to|struggles? to|unable to|not able to|"
                          r"afraid to|scared to|nervous to|(?<!would )(?<!should )likes? to|(?<!would )(?<!should )loves? to|used to)\b.*\b(talk|speak|chat)\b")
# Advice told as part of the story: "the nurse said we should talk to a social worker about it".
_ADVISED = re.compile(r"\b(said|told|suggested|advised|recommended|should(?! like)|ought to|might|were told|was told|going to)\b.*"
                      r"\b(talk|speak|chat|ring|phone|call)\b")
# Someone to talk to as a need of the story, not a wish to talk to a person now.
_A_NEED = re.compile(r"\b(sometimes|lonely|isolated|on my own|at night|every (day|week)|when|because|would (be|help)|"
                     r"nice|i get|company)\b")


# A question only a service can answer, asked while the story is told: what it costs, how long it takes,
# what they will do ("does she have to pay for carers?", "will the council charge us for any of this?").
_FOR_THE_SERVICE = re.compile(r"\b(pay|paying|charge|charged|charges|cost|costs|afford|free|fees?|how long|waiting list|"
                              r"when will|will (they|the council|the nurses?|the gp|the doctor|someone|anyone|social services) "
                              r"(come|visit|ring|call|help|do|charge|know|see|send))\b")


# A short question about the chat itself ("can i stop here?", "do you need anything else?", "are you still
# there?"): help, which names what can be said, rather than a part of the story.
_ABOUT_THE_CHAT = re.compile(
    r"^(can|could|may|shall|should|do|does|am|is it ok|is it alright|how (do|can|long|much|many)|what (do|should|happens|now|next)|"
    r"(are|were|will|would) you|is (this|anyone|there|it)|hello|hi|anyone|what else|why (should|must|do|would) (i|we))"
    r"\b.*\b(stop|pause|finish|end|quit|save|continue|carry on|come back|go back|talk|speak|phone|ring|call|human|"
    r"person|someone|somebody|this chat|the rest|here|there|type|write|say|tell you|next|now|(this|it) take|"
    r"you (still )?there|(this|it) (work|works|for)|(do|does) you (need|want)|go on|with (this|it))\b")


_NOT_FOR_ME = re.compile(r"((no|nah|nope)( thanks| thank you)? )?(it is |this is |that is |this |it )?(not for me|not my thing|"
                         r"not really for me)( (thanks|thank you|sorry))*")


# A reply that only acknowledges, typed while the story is told: "ok", "yes", "ok thanks", "yep ok".
_ACKNOWLEDGED = re.compile(r"((ok|okay|okey|okie|k|kk|yes|yeah|yea|yeh|yep|yup|aye|sure|alright|all right|fine|cool|right|"
                           r"great|grand|lovely|good|mhm|thanks|thank you|thankyou|ta|cheers|thx|ty|please)( |$)){1,4}")


def leaves_out(text: str) -> bool:
    """ "dont put anything about liam in it", "keep my sister out of it": only a wish to leave someone or something out
    (the safeguarding check's words for it, bot/understanding/safeguarding/context.py, so that the two agree)."""
    return a_record_wish(" ".join(plain_words(text)))


def telling_meaning(text: str) -> Meaning:
    """A message while the story is told: done, help, a real person, later, start again, stop, or story;
    "other_language" when not written in English (never kept as story: structuring reads English) or
    asking for another language."""
    if in_another_language(text) or asks_for_another_language(text):
        return Meaning("other_language")
    p = bare(plain(text))
    if is_help(text) and not p:
        return Meaning("help")
    if not p:
        return Meaning("invalid")
    if _NOT_FOR_ME.fullmatch(p):  # "no thanks not for me": no wish to tell a story here, never kept as one
        return Meaning("stop")
    if is_done(text) or NO_WHOLE.match(p):
        return Meaning("done")
    if _ACKNOWLEDGED.fullmatch(p):  # "ok", "yes" after "Tell me more …": nothing more (it was kept, in a loop)
        return Meaning("done")
    found = general(text)
    # Story first: "she goes to the day centre later", "he wants to start again at college" are told, not asked.
    if found and found.kind == "later" and not (_MY_OWN_GOING.search(p) and re.search(r"\b(i|we|me)\b", p)) and (
            ABOUT_SOMEONE.search(p) or not (_MY_OWN_GOING.search(p) or len(p.split()) <= 4)):
        return Meaning("story")
    if found and found.kind == "restart" and ABOUT_SOMEONE.search(p) and len(p.split()) > 3:
        return Meaning("story")
    asks_why_not = bool(re.match(r"^(why|how come) ((can not|cannot|will you not|do you not|does no one|wont you)|(i|we) (can not|cannot))\b", p))
    if found and found.kind == "human" and not asks_why_not and ((_A_NEED.search(p) and len(p.split()) > 5)
                                                                 or _CANNOT_TALK.search(p)
                                             or (_ADVISED.search(p) and len(p.split()) > 5)
                                             or (ABOUT_SOMEONE.search(p) and len(p.split()) > 4)):
        return Meaning("story")
    if found:
        return found
    if (len(p.split()) <= 8 and is_question(text) and _ABOUT_THE_CHAT.match(p) and not ABOUT_SOMEONE.search(p)
            and not re.search(r"\b(you know|thank you)\b", p)):
        return Meaning("help")
    if is_question(text) and _FOR_THE_SERVICE.search(p):
        return Meaning("question")  # "will the council charge us for any of this?": kept, and said who can answer
    return Meaning("story")


# A request for one of a returning person's rights, typed while a story is told ("who has my story?",
# "download my story", "update my story", "stop sharing"): the whole message is the request, so a story
# sentence with the same words in it ("my son helps me update my story on the laptop") is still story.
_WHOSE = r"(my|his|her|their|our|the|mums?|dads?|nans?)"
_RECORD = r"(story|details|data|info|information|record|referrals?|forms?)"
_RIGHTS_WISHES = (
    ("who", rf"(who|who is|who s|whos)( (has|have|is|s))?( (got|seen|sees|can see|read|looked at|looking at))? {_WHOSE} {_RECORD}"
            rf"|(who|which services?) (has|have|got)( it| {_WHOSE} {_RECORD})( now| so far)?"),
    ("download", rf"(download|dwnload|downlaod|export|print|print out|save) {_WHOSE} {_RECORD}"
                 rf"|(get|have|send me) a copy( of {_WHOSE} {_RECORD}| of it)?"),
    ("update", rf"(update|change|edit|amend) {_WHOSE} {_RECORD}"),
    ("stop", rf"(stop|no more) (sharing|sending)( it| {_WHOSE} {_RECORD})?( with (the )?\w+( \w+)?)?"
             r"|withdraw (my |the )?(consent|agreement)|take (my |the )?(consent|agreement) (back|away)"),
)
_ASKING = r"((hi|hello|hiya|ok|okay|so|and|but|please|pls|can i|could i|can you|could you|i want to|i wanna|i would like to|" \
          r"i need to|how do i|how can i|let me|i want|id like to|i d like to|now) )*"
_RIGHTS_MID_STORY = [(key, re.compile(rf"{_ASKING}({pattern})( (please|pls|now|thanks|thank you))*")) for key, pattern in _RIGHTS_WISHES]


def rights_wish(text: str) -> str | None:
    """The right a whole message asks for while a story is told ("who has my story?": "who", "download my
    story": "download", "update my story": "update", "stop sharing": "stop"), or None: never kept as story."""
    if text.startswith("/"):
        return None
    p = bare(plain(text)).strip(" .!,")
    for key, pattern in _RIGHTS_MID_STORY:
        if pattern.fullmatch(p):
            return key
    return None
