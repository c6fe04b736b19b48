"""What a reply to the read-back means ("Is this right about your health?"): yes, no (with the right
words, maybe), take this out, add something, or a correction in the person's own words."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.plain import bare, plain
from bot.conversation.meaning.read_back_rules import (
    _ADD,
    _ADD_LEAD,
    _ADD_WISH,
    _ALSO_HAS,
    _AND_MORE,
    _AND_THING,
    _ASKED_OFF,
    _CHANGE_TO,
    _CHANGES,
    _CORRECT_ONLY,
    _FACT,
    _MISSING,
    _MIXED,
    _MORE_COLON,
    _MUDDLED,
    _NAMED_THEN_REMOVE,
    _NOT_PUT_IN,
    _NOT_WANTED_IN,
    _NOTE_THAT,
    _NOTHING_SAID,
    _OWN_PAUSE,
    _PARTLY,
    _REMOVE,
    _REMOVE_WORDS,
    _REPLY_WORDS,
    _RIGHT_BUT,
    _SAYS_THAT,
    _STRONG_FACT,
    _SUBJECT_VERB,
    _TAKE_OFF,
    _TAKEN_BACK,
    _THAT_OUT,
    _THERE_IS_MORE,
    _TO_US,
    _WANTED_OFF,
    _WISH,
    _YES_AND_FACT,
    _YES_THEN_ADD,
    _confirmed,
    _content_words,
    _last_clause_wish,
    _states_something,
    _what,
)
from bot.conversation.meaning.words import (
    ABOUT_SOMEONE,
    NO_WHOLE,
    general,
    is_done,
    is_help,
    is_keyboard_mash,
    is_nothing_wrong,
    is_question,
    is_thumbs_up,
    no_then,
    plain_yes,
)

# a removal called off: "no dont remove it", "dont take anything out", "please dont delete my diabetes" ("dont add
# that", "dont put my drinking in" ask for something to be left out, and are read so)
_NOT_TO_CHANGE = re.compile(r"^(?:(?:actually|no|oh|wait|sorry|please|pls|plz|ok|okay|oops|hang on)\s+)*(?:do not|dont|never)"
                            r"\s+(?:remove|delete|take|change|drop|cut|bother)\b")


# A yes, then more of the person's own details: "ya her surname is Hollis", "yes his date of birth is 3/4/41"
_YES_THEN_THEIR = re.compile(r"^(?:yes|ya|yeah|yea|yep|yup|aye|correct|right|ok|okay)\s+(?:and\s+|but\s+|just\s+|also\s+)?"
                             r"(?P<rest>(?:her|his|my|their) (?:surname|last name|second name|family name|full name|middle name|"
                             r"first name|date of birth|dob|birthday|address|postcode|phone number|phone|mobile|number|nhs "
                             r"number) (?:is|s|was) \S.*)$")


def read_back_meaning(text: str) -> Meaning:
    """A reply to "Is this right about …?": yes, no (with a correction, maybe), remove, add, correct."""
    p = bare(plain(text))
    raw = (text or "").strip()
    if is_keyboard_mash(raw):  # "hjkhjk" was kept as a correction
        return Meaning("invalid")
    if is_thumbs_up(raw):  # "👍": all right
        return Meaning("yes")
    also_named = _YES_THEN_THEIR.match(p)
    if also_named:  # "ya her surname is Hollis": right, and more told (a stranger, session 29: taken as a yes, the surname lost)
        told = re.search(r"\b(?:her|his|my|their|the)\s.*$", raw, re.IGNORECASE)
        return Meaning("add", told.group(0).strip(" .!") if told else also_named.group("rest"))
    if _NOT_TO_CHANGE.match(p):
        # "no dont remove it": a removal called off is no change (it removed what was to be kept: a second reader,
        # session 20); asked what is wrong
        return Meaning("no")
    said_last = [said for said in re.split(r"(?<=[.!?])\s+", raw) if said.strip()]
    if len(said_last) > 1:
        # what to take out, said last after why ("thats wrong, those are Daniels not mine. remove the cerebral palsy and
        # the epilepsy"): the instruction (read whole, the words to take out were structured as the carer's own and
        # added: a stranger, session 31)
        instruction = read_back_meaning(said_last[-1])
        if instruction.kind == "remove" and instruction.value:
            return instruction
    led = _INSTRUCTION_LEAD.match(raw)
    if led and led.end() < len(raw):  # "oops add that …", "thats wrong, delete the second one": the instruction
        # read alone ("oops add that i need help with cooking" was kept whole, its "oops add that" sent as the need)
        instruction = read_back_meaning(raw[led.end():])
        if instruction.kind == "remove" or (instruction.kind == "add" and instruction.value):
            return instruction
    if is_nothing_wrong(text) or _CORRECT_ONLY.fullmatch(p) or re.fullmatch(r"\s*100\s*(%|percent|per ?cent)[\s!.]*(right|correct|accurate|yes)?[\s!.]*",
                                              (text or "").lower()):
        return Meaning("yes")  # "100%": all right
    said_done = re.sub(r"^((yes|yeah|yep|yup|aye) )+|( (yes|yeah|yep|yup|aye))+$", "", p)
    if said_done != p and is_done(said_done):  # "thats everything yes": all there, and a yes said
        return Meaning("yes")
    if _MUDDLED.match(p):  # "you got it all mixed up": wrong, asked what (never the yes "you got it")
        return Meaning("no")
    said_no = re.sub(r"^((no|nope|nah) )+", "no ", p)  # "no no thats right"
    taken_back = _TAKEN_BACK.match(said_no)
    if (said_no != p and is_nothing_wrong(said_no)) or (taken_back and is_nothing_wrong(taken_back.group("said")) and not re.search(
            r"\b(but|except|apart|only|add|remove|missing|forgot|left out)\b", taken_back.group("why"))):
        return Meaning("yes")  # "no no thats right, sorry i read it wrong first time": the no taken back
    right_but = _RIGHT_BUT.match(raw)
    if right_but:  # "thats right but i forgot to say ...": the change after the "but" is the answer
        rest = read_back_meaning(right_but.group("rest"))
        if rest.kind in ("add", "remove"):
            return rest
    that_out = _THAT_OUT.search(raw)
    if that_out and that_out.start() > 0:  # "i dont want the bit about the police in there, can that come out"
        named = read_back_meaning(raw[:that_out.start()])
        if named.kind == "remove":
            return named
    not_put_in = _NOT_PUT_IN.match(p)
    if not_put_in:  # "you havent got my knee in there, thats the main thing"
        return Meaning("add", not_put_in.group("what"))
    if _OWN_PAUSE.search(p) and not re.search(r"\b(forgot|forgotten|add|missed|mention|left out)\b", p):
        # "hang on let me ask him", "my son come later, he do it": later, never a change ("hold on i forgot
        # something" is more to add)
        return Meaning("later")
    told_more = _MORE_COLON.match(raw)
    if told_more and _content_words(plain(told_more.group("what"))):  # "more. knee bad", "Addendum: I also take …"
        return Meaning("add", told_more.group("what").strip())
    wish = general(text)
    if wish and wish.kind in ("human", "restart") and not (ABOUT_SOMEONE.search(p) and len(p.split()) > 3) and not (
            wish.kind == "restart" and _REMOVE.match(p)):  # "scrap that" here takes the part out
        return wish  # "put me through to a person", "scrap all this and start over": never a change to the story
    last = _last_clause_wish(raw)
    if last:
        return last
    if _MIXED.search(p) or _CHANGE_TO.match(p):  # "remove X and add Y", "can you change it to 20mg": kept whole
        return Meaning("correct", raw)
    confirmed_then = _YES_THEN_ADD.match(p)
    if confirmed_then:  # "correct and add that she is allergic to penicillin": the yes is the rest's
        rest = read_back_meaning(confirmed_then.group("rest"))
        if rest.kind == "add":
            return rest
        asked = re.match(r"(please )?(can|could|would) you (please )?(put|add|include|note|mention|write)( in| down| on)?"
                         r"( that)? (?P<what>.+)$", confirmed_then.group("rest"))
        if asked:  # "thats right but can you put that i need an interpreter"
            return Meaning("add", asked.group("what"))
    yes_and = _YES_AND_FACT.match(p)
    if yes_and and not _CHANGES.search(yes_and.group("rest")) and not is_question(text):
        return Meaning("add", yes_and.group("rest"))  # "yes and she is on warfarin"
    if _THERE_IS_MORE.match(p) and not is_question(text):
        return Meaning("add", raw.strip(" ,.;"))
    if _REMOVE.match(p):
        return Meaning("remove")
    it_out = re.search(r"\b((remove|delete|scrap) (it|that|this)|take (it|that|this)( bit| part| line)? (out|off)|"
                       r"get rid of (it|that|this))( please| thanks)*$", p)
    if it_out and len(p.split()) <= 14:
        # "the last one is rubbish, take it out" names the line: only it (its whole section went, a stranger)
        line_named = _NAMED_AS_WRONG.match(p[:it_out.start()])
        what = line_named.group("what") if line_named else ""
        return Meaning("remove", what if what and not re.fullmatch(r"(that|this|it|all|all of it|everything)( one| bit)?",
                                                                   what) else None)
    if re.match(r"^(can|could|would|will) (that|this|it)( bit| part| line| one)? (be )?(taken (out|off)|removed|deleted|"
                r"left out|go|come out|come off)\b", p):
        return Meaning("remove")
    asked_off = _ASKED_OFF.match(p)
    if asked_off:  # "can the asthma be taken off", "could the bit about the dog be removed"
        what = _what(asked_off.group("what"))
        return Meaning("remove", None if re.fullmatch(r"(that|this|it)( one| bit| part| line)?", what) else what)
    wanted_off = _WANTED_OFF.match(p)
    if wanted_off:  # "i want the salbutamol removed", "no need for the salbutamol bit"
        what = _what(wanted_off.group("what") or wanted_off.group("what2"))
        return Meaning("remove", None if re.fullmatch(r"(that|this|it)( one| bit| part| line)?", what) else what)
    asked_where = _WHERE_IS.match(bare(plain(raw.split("?")[0]))) if "?" in raw or p.startswith("where") else None
    if asked_where:  # "wheres the novorapid?? i take that 2 wiv meals": it is missing, and more said of it (a stranger,
        # session 31: "Sorry, I could not work out how to change that", and the mealtime insulin would have gone unsent)
        said_after = raw.split("?")[-1].strip(" ?.!,") if "?" in raw else ""
        return Meaning("add", f"{asked_where.group('what')}. {said_after}" if said_after else asked_where.group("what"))
    missing = _MISSING.match(p)
    if missing:  # "her insulin is missing", "missing: metformin", "what about her insulin"
        return Meaning("add", next(found for found in missing.group("what", "what2", "what3", "what4", "what5") if found).strip())
    subject_goes = re.match(r"^(the )?(?P<what>[a-z0-9 ]{2,30}?)( bit| part| line)? ((can|could|should|must|needs to) (go|come out|"
                            r"come off|be removed|be taken (out|off)|be deleted|be left out)|needs (removing|deleting|taking (out|off)|"
                            r"crossing (out|off)|to be (removed|deleted|taken (out|off))))( please| now)*$", p)
    if subject_goes and not re.match(r"(he|she|they|i|we|you)\b", subject_goes.group("what")):
        what = subject_goes.group("what")  # "the salbutamol part can be deleted"
        return Meaning("remove", None if re.fullmatch(r"(that|this|it)( one)?", what) else what)
    if re.match(r"^(that|this|it)( bit| part| line| one)? (can|could|should|must|needs to) (go|come out|come off|be removed|"
                r"be taken (out|off)|be deleted|be left out)\b|^(that|this|it)( bit| part)? is not needed\b|"
                r"^(that|this|it) (should not|does not need to|need not) (be there|be in|be in there|be included)|"
                r"^(do not|please do not) (include|put|put in|add) (that|it|this)|^(please )?leave (that|it|this)( bit| part)? out|"
                r"^i do not want (that|this|it)( bit| part)? (in|included|in there|on there|on it|there|put in)\b", p):
        return Meaning("remove")
    taken = _TAKE_OFF.match(raw) if not re.search(r"\b(take|get) (a|some|the) (break|rest|breather|minute)\b", p) else None
    if taken and len(taken.group("what").split()) <= 8:
        what = _what(taken.group("what").strip())
        return Meaning("remove", None if re.fullmatch(r"(that|it|this|that one|this one|all that|the lot)( bit| part)?",
                                                      what.lower()) else what)
    unwanted = _NOT_WANTED_IN.match(p)
    if unwanted:
        unwanted_what = _what(unwanted.group("what") or unwanted.group("what2") or "")
        return Meaning("remove", unwanted_what if unwanted_what and not re.fullmatch(
            r"(that|it|this)( bit| part| line)?", unwanted_what) else None)
    if _ADD_WISH.match(p):
        return Meaning("add")  # asked what to add
    lead = _ADD_LEAD.match(raw.replace("\u2019", "'"))
    if lead and (not is_question(text) or _SUBJECT_VERB.match(plain(lead.group("what")))):
        what = lead.group("what").strip().rstrip("?").strip()
        if _NOTHING_SAID.match(bare(plain(what))):
            return Meaning("add")
        return Meaning("add", what)
    missed = re.match(r"(?i)^\W*((you|ye|u) (missed|forgot|left out|omitted)|(you|ye|u) have (missed|forgotten|left out|omitted))"
                      r"\s+(that\s+)?(?P<what>.+)$", raw)
    if missed and len(missed.group("what").split()) >= 2:
        return Meaning("add", missed.group("what").strip(" ."))
    named_first = _NAMED_THEN_REMOVE.match(p)
    if named_first and not ABOUT_SOMEONE.search(named_first.group("what")):
        return Meaning("remove", named_first.group("what"))
    removing = _REMOVE_WORDS.match(p)
    if removing:
        raw_what = re.search(r"(?i)(remove|delete|take out|take off|get rid of|drop|leave out|cross out|cross off|scrap|strike out|ditch|cut|"
                             r"rub out|strike|erase|cut out|bin|lose)\s+"
                             r"(the\s+|my\s+|their\s+|his\s+|her\s+|about\s+)?(.+?)\W*$", raw)
        what = _what(raw_what.group(3)) if raw_what else removing.group("what")
        return Meaning("remove", _POLITE_END.sub("", what) or what)
    adding = _ADD.match(p)
    if adding and (len(adding.group("what").split()) >= 2 or not _NOTHING_SAID.match(adding.group("what"))):
        raw_what = re.search(r"(?i)^\W*(please\s+)?(can you\s+|could you\s+)?(add|also|and also|put in|put|include)\s+"
                             r"(that\s+|in that\s+|in\s+)?(.+)$", raw, re.DOTALL)
        return Meaning("add", (raw_what.group(5) if raw_what else adding.group("what")).strip())
    if re.fullmatch(r"(no time|not)( right)? now( sorry)?( (later|another time|after))?|no time( now)?( sorry)? (later|another time)", p):
        return Meaning("later")  # "not now", "no time now, later": a pause, not that the read-back is wrong
    if is_help(text):  # "no idea how to answer that": the step asks what is wrong (steps/read_back.py), never a correction
        return Meaning("help")
    if NO_WHOLE.match(p):
        return Meaning("no")
    after_no = no_then(p)
    wish_after_no = general(after_no) if after_no else None
    if wish_after_no and wish_after_no.kind in ("stop", "restart", "human"):
        return wish_after_no  # "no stop this", "no, get me a person": the wish, never kept as a correction
    if after_no is not None and after_no:
        words = re.sub(r"(?i)^\W*(no+|nah+|nope|na|not quite|not right|that'?s (wrong|not right)|wrong|incorrect)"
                       r"\b[\s,.!-]*", "", raw)
        return Meaning("no", words.strip() or after_no)
    found = general(text)
    if found and found.kind in ("later", "restart") and ABOUT_SOMEONE.search(p) and len(p.split()) > 3:
        found = None  # "she goes to the day centre later": a correction, not a wish to stop for now
    if found:
        return found
    confirmed = _confirmed(p)
    if confirmed and "?" not in raw:
        return Meaning("yes")
    if "?" in raw and p and set(p.split()) <= _REPLY_WORDS and len(p.split()) <= 2:
        return Meaning("help")  # "?? ok", "what?": puzzled, so the choices again
    after_question = raw.rsplit("?", 1)[1].strip() if "?" in raw else ""
    if after_question and not is_question(after_question) and _STRONG_FACT.search(plain(after_question)):
        return Meaning("correct", raw)
    if re.search(r"\bwho knows\b", p) and "?" not in raw:
        return Meaning("invalid")  # "well who knows really": no answer, asked again with the choices
    if re.match(r"^(is not|was not|should not) (it|that|the dose|the (\w+ )?dose)( be)? \w*\d", p):
        return Meaning("correct", raw)  # "isnt it 20mg?": a correction put as a question
    if is_question(text):
        return Meaning("question")
    if re.fullmatch(r"(no )?(that|it|this) is not the right (\w+)( (at all|sorry))?", p):
        return Meaning("no")  # "thats not the right medicine": asked what is wrong
    if re.fullmatch(r"(it is |that is |its |only |just )?(as and when|as needed|when needed|when required|if needed|prn)"
                    r"( (only|really|mostly))?", p):
        return Meaning("correct", raw)  # "its as and when": how often, corrected
    partly = _PARTLY.match(p)
    if partly and (_SUBJECT_VERB.match(partly.group("rest")) or _STRONG_FACT.search(partly.group("rest"))):
        return Meaning("correct", raw)  # "half right, she has asthma but uses seretide"
    if re.fullmatch(r"(not any ?more|no longer|(he|she|they|i|we) (did|used to|was|were|had)( \w+)? but (not|no longer)( now| any ?more)?)"
                    r"( (sadly|though|thanks))?", p):
        return Meaning("correct", raw)  # "not any more", "he did but not now": what was said is no longer so
    noted = _NOTE_THAT.match(p)
    if noted and not _CHANGES.search(noted.group("what")):
        return Meaning("add", noted.group("what"))  # "note that she lives alone", "might be worth adding he has epilepsy"
    joined = _AND_THING.match(p)
    if joined and not _CHANGES.search(joined.group("what")):
        return Meaning("add", joined.group("what"))  # "and her hearing aids"
    also = _ALSO_HAS.match(p)
    if also and not _CHANGES.search(p):  # "he also has diabetes", "she also takes metformin": more, the rest kept
        return Meaning("add", raw.strip(" ,.;"))
    more = _AND_MORE.match(raw.replace("\u2019", "'"))
    if more and not _CHANGES.search(p):
        more_said: str = more.group("what") or more.group("what2") or ""
        if (more_said and len(more_said.split()) >= 2 and _FACT.search(plain(more_said))  # a fact: "he has copd", not "thank you"
                and not plain_yes(plain(more_said)) and not is_done(more_said)):  # "and thats it" adds nothing
            return Meaning("add", more_said.strip(" ,.;"))  # "and he has copd as well": added, the rest kept
    if p and set(p.split()) <= _REPLY_WORDS:  # "yes well sort of": no words to correct anything with
        return Meaning("invalid")
    says = _SAYS_THAT.match(raw.replace("\u2019", "'"))
    if says:  # "i want it to say she is 84"
        return Meaning("correct", says.group("what").strip())
    if _WISH.match(p) or (_TO_US.search(re.sub(r"\b(you know|you see|thank you|if you like|mind you)\b", "", p))
                          and not _FACT.search(p)):
        return Meaning("invalid")  # a wish about the read-back, not a correction: asked again with the choices
    if not _states_something(p):  # "its a bit complicated", "he wont like that", "i think so but not sure about …"
        return Meaning("invalid")
    return Meaning("correct", raw)


# Asked where something is: "wheres the novorapid", "where is his stick gone", "where's the bit about my knee"
_WHERE_IS = re.compile(r"^(and |but |so )?(where is|wheres|where s|where are|where has|where have)( gone)? (the (bit|part) (about|on) )?"
                       r"(?P<what>(his|her|their|my|the) (?!(own|way|side|rest|story|form|pin)\b)[a-z0-9 ]{2,30}?)( bit| part| gone| went)?$")


# What goes before an instruction and is no part of it: "oops", "sorry", "no", "thats wrong", "btw"
_INSTRUCTION_LEAD = re.compile(r"(?i)^\W*((?:o+ps+(?:ie|y)?|whoo?ps+|woops+|o+h*|ah+|um+|erm+|sorry|soz|no+|nope|nah|btw|wait|"
                               r"hang on|hold on|actually|oh wait|"
                               r"(?:that'?s|thats|that’s|that is|its|it'?s|it is)\s+(?:wrong|not right)|wrong|not right)"
                               r"\b[\s,.!:;-]*)+")
# Politeness said after the line to take out: "remove the second one thx", "remove it all pls"
_POLITE_END = re.compile(r"(?i)(?:\s+(?:please|pls|plz|thanks|thx|ta|thank you|ty|now))+\W*$")


@dataclass(frozen=True)
class ReadBackReply:
    kind: str          # "right", "remove", "add", "correct", "wrong", or a general meaning
    text: str = ""     # what to add, what the correction says, or which words to remove


# The words before "take it out" that name the line meant: "the last one is rubbish", "the fall bit isnt right,"
_NAMED_AS_WRONG = re.compile(r"^\W*(the |that |this )?(?P<what>[a-z0-9' ]+?) (is|s|isnt|is not|are|arent|are not|was) "
                             r"(rubbish|wrong|not right|not true|incorrect|nonsense|not me|not mine|made up|a mistake|"
                             r"not correct|old|out of date)\W*(so |and |please |just )*$")
_KINDS = {"yes": "right", "remove": "remove", "add": "add", "correct": "correct"}


def read_back_reply(text: str) -> ReadBackReply:
    """What a reply to "Is this right about …?" asks for: "right", "remove", "add", "correct", "wrong",
    or one of the general meanings ("later", "restart", "human", "help", "stop", "question")."""
    meant = read_back_meaning(text)
    if meant.kind == "no":
        return ReadBackReply("correct", meant.value) if meant.value else ReadBackReply("wrong")
    if meant.kind == "add" and not meant.value:  # "i want to add something": asked what, nothing kept yet
        return ReadBackReply("wrong")
    if meant.kind == "add":  # "plz put that i need help with cooking thx": the thanks is no part of what is added
        return ReadBackReply("add", _POLITE_END.sub("", meant.value or "").strip() or meant.value or "")
    return ReadBackReply(_KINDS.get(meant.kind, meant.kind), meant.value or "")
