"""The questions that ask whether a reply is one of the words people use for yes, no, done, stop, later,
start again, a real person, help and skip (the lists are in lexicon.py). Every question's reader (and the
actions, through `bot.conversation.meaning`) uses these, and no other list."""
from __future__ import annotations

import re

from bot.conversation.meaning.kinds import Meaning
from bot.conversation.meaning.lexicon import (
    DONE,
    HELP,
    HUMAN,
    LATER,
    NO,
    POLITE,
    RESTART,
    SKIP,
    STOP,
    TAIL,
    YES,
)
from bot.conversation.meaning.plain import bare, plain


def _whole(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:{pattern}){TAIL}$")


_YES_WHOLE = _whole(rf"((dear|love|hun|mate|sir|madam|darling|pet|duck)\s+)*({YES})((\s+{POLITE})*\s+(yes|{YES}))*")
NO_WHOLE = _whole(rf"((hmm+|um+|erm+|er|well|oh|ah|sorry)\s+)*({NO})(\s+(no|{NO}))*")
DONE_WHOLE = _whole(rf"((no|ok|okay|yes|yeah|aye|sure|right|well|um|so|and|i think|think|i reckon|reckon|i guess|i suppose|"
                    rf"i believe|thanks|thank you|cheers|ta|diolch|grand|lovely|great|(that is|it is) (grand|fine|great|lovely|ok))\s+)*"
                    rf"({DONE})(\s+({DONE}))*"
                    r"(\s+(what|so what|now what|what now) ?(happens )?(now|next)?|\s+what do i do now|\s+what is next)?")
_STOP_WHOLE = _whole(rf"({STOP})((\s+{POLITE})*\s+({STOP}))*")
_HELP_WHOLE = _whole(rf"((sorry|um|erm|but|so|ok|i am sorry|eh|huh|what|pardon|hmm|oh)\s+(\?\s+)?)*({HELP})(\s*\?)*"
                     rf"((\s+(here|now|next|in here|there|to (that|this|it)|sorry|again|\?))*(\s+({HELP}))?)*")
_SKIP_WHOLE = _whole(rf"((sorry|um|erm|no|oh|i am afraid)\s+)*({SKIP})((\s+({POLITE}|sorry))*\s+({SKIP}))*"
                     r"(\s+(sorry|i am afraid|i am sorry))*")
DOUBT = re.compile(r"\b(but|except|apart from|not|no|wrong|unless|maybe|however|change|remove|add|"
                    r"only|without|leave out|although|though)\b|\?")
_QUESTION_START = re.compile(r"^((wait|so|and|but|ok|oh|um|erm|hmm|sorry|hang on|hold on|just|well|right|hi|hello)\s+)*"
                             r"(what|who|why|how|when|where|which|will|would|can|could|do|does|did|is|are|"
                             r"should|shall|may|whats|whos|wot)\b(?! not\b)")


def plain_yes(p: str) -> bool:
    """Plain text (see `plain`) made only of the words of yes: "yes thats right thanks"."""
    return bool(_YES_WHOLE.match(bare(p)))


def no_then(p: str) -> str | None:
    """The words after a leading no ("no shes 84" -> "she is 84"), or None if it does not start with no."""
    match = re.match(r"^(no|not quite|not right|that is (wrong|not right)|wrong|incorrect)\b[\s,]*(.*)$", bare(p))
    return match.group(3).strip() if match else None


# Ways of saying yes that hold a word of doubt ("no", "not", "wrong", "change"): taken out before
# looking for doubt, so "no problem" and "nothing wrong" stay a yes.
_YES_DESPITE = re.compile(r"\b(no (worries|problems?|bother)( at all)?|not a problem|nothing (wrong|to change|to add|else to add)|"
                          r"no changes?( needed)?|not bad)\b")
# To "Is this right?" only, a no that says nothing is wrong: "no thats fine", "nope all good".
NOTHING_WRONG = re.compile(r"^(no|nope|nah)( (that is|it is|this is|it all|that all|all|everything|all of it|it)( is)?)?"
                           r"( all)? (fine|good|correct|right|ok|alright|accurate|spot on|perfect|grand)"
                           rf"{TAIL}$|^(no|nope|nah)? ?(no changes?( needed)?|nothing to change|nothing wrong|"
                           r"((i |we )?(do not|does not|dont) need to|no need to) (change|correct|alter) (anything|it|a thing)|"
                           r"(i have |we have )?nothing to (correct|change|add or change)|no corrections?( needed)?|"
                           r"nothing (needs|to be) (changing|changed|to change|correcting))"
                           rf"( (here|there|with it))?{TAIL}$")


def is_yes(text: str) -> bool:
    """A plainly worded yes: a decision (confirming, sharing) needs this or a Yes button."""
    p = plain(text)
    return plain_yes(p) and not DOUBT.search(_YES_DESPITE.sub("", p))


def is_nothing_wrong(text: str) -> bool:
    """A yes to "Is this right?": plainly worded, or a no to anything being wrong ("no thats fine")."""
    return is_yes(text) or bool(NOTHING_WRONG.match(bare(plain(text))))


def is_no(text: str) -> bool:
    return bool(NO_WHOLE.match(bare(plain(text))))


# A thumbs up, an OK hand or a tick (any skin tone), and nothing else.
_THUMBS_UP = re.compile("\\s*([\U0001F44D\U0001F44C\u2705\u2714][\U0001F3FB-\U0001F3FF\uFE0F]*\\s*)+")


def is_thumbs_up(text: str) -> bool:
    """"👍", "✅": a yes where little hangs on it (the read-back: "Is this right?"); never taken as
    agreement to share, nor to delete (those are asked in words)."""
    return bool(_THUMBS_UP.fullmatch(text or ""))


def is_done(text: str) -> bool:
    """"that's all", "nothing else thanks", "i think thats everything": the story is told."""
    p = bare(plain(text))
    # "i think that is all i have to say for now thank you": the thanks and "for now" are not more story
    counted = re.sub(r"\b(thank you( very much)?|thanks|cheers|ta|for now|for today)\b", " ", p)
    return bool(DONE_WHOLE.match(p)) and len(counted.split()) <= 10


def is_stop(text: str) -> bool:
    return bool(_STOP_WHOLE.match(bare(plain(text))))


# A wish to stop that asks for what was told to go too ("forget it, delete it all", "stop. delete what i said")
_DELETE = re.compile(r"\b(delete|deleted|wipe|erase|destroy|remove|clear|get rid of|scrap|bin)\b")


def wants_deleted(text: str) -> bool:
    return bool(_DELETE.search(plain(text)))


def is_later(text: str) -> bool:
    p = plain(text)
    if re.search(r"\bchange (my|our|your) minds?\b", p):  # "can i change my mind later?" is a question
        return False
    # "I want to come back to work": a goal, not leaving the chat (it got "That's fine ... when you come back"); the
    # words are set aside, and the rest may still say later ("got to get back to work, will finish this later")
    p = re.sub(r"\b(come|coming|get|getting|go|going) back (to (work|my job|a job|college|school|uni|university|"
               r"driving|my (job|work|course|studies|career|home|house|flat|country))|into work|home)\b", " ", p)
    if re.match(r"^(how|what|why|when|where|who|which)\b", p):  # "how do i change it later?": a question about later
        return False
    if re.match(r"^(can|could|will|would) (i|we|you|they) (be able to )?(take|stop(?! (there|here|now|for (now|today)))|"
                r"change|withdraw|cancel|undo|remove|delete|see|get|add)\b", p):  # "can i take it back later?": about later, not leaving now
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
    return bool(_HELP_WHOLE.match(bare(plain(text))))


def is_skip(text: str) -> bool:
    return bool(_SKIP_WHOLE.match(bare(plain(text))))


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


def otherwise(text: str) -> Meaning:
    """What a reply means when it answers none of a question's choices: help, stop, later and the
    like; else a question of their own; else not understood."""
    found = general(text)
    if found:
        return found
    if re.fullmatch(r"((i am |i am just |um |erm )?not sure|(i )?do not know|no idea|dunno|(i )?cannot decide)"
                    r"( (which|what)( one| service| ones| services)?( is| would be| to (pick|choose|go for|have))?"
                    r"( (best|right|the best|better|most useful|for the best))?( for (me|him|her|them|us|mum|dad))?)?"
                    r"( really| sorry| to be honest)*", bare(plain(text))):
        return Meaning("help")  # unsure which: the choices again, explained
    if re.fullmatch(r"(sorry )?(what (does|do) (this|it|that|these|they|each( one)?|the (options|choices|buttons)) (do|mean|say)|"
                    r"i (forgot|forget|have forgotten|do not know|am not sure) what (this|it|these|they|that|the (options|choices)) "
                    r"(does|do|is|are|means?))( again)?( sorry)?", bare(plain(text))):
        return Meaning("help")  # "what does this do", "i forgot what this does": the choices again, explained
    return Meaning("question") if is_question(text) else Meaning("invalid")


# Words about someone else: "she goes to the day centre later" is story, not a wish to stop for now.
ABOUT_SOMEONE = re.compile(r"\b(he|she|they|his|her|their|him|them|my (mum|dad|husband|wife|son|daughter|carer))\b")


# --- with the button pressed, if any ----------------------------------------------------------

def is_done_phrase(text: str, intent: str | None = None) -> bool:
    """Has the person said they have finished telling their story (in words, or the button)?"""
    if intent == "finish_story" and text.startswith("/"):
        return True  # a button press
    return is_done(text)


def is_clear_yes(text: str, intent: str | None = None) -> bool:
    """A decision (confirming, sharing) needs a Yes button or plainly worded agreement.

    The NLU model's guess alone is not enough: it once read an emoji as "yes"."""
    if text.startswith("/"):
        return intent == "affirm"
    return is_yes(text) and len(text.split()) <= 10


# --- a choice by its number in a list --------------------------------------------------------------

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def numbers_said(p: str, count: int) -> list[int]:
    """The numbers of a list of `count` a short plain reply names: "2", "1 and 3", "the second one",
    "number two", "the last one"; none in a longer message (a number there is part of a sentence)."""
    # the wish around a choice is no part of it: "i would like number 1 and number 2 please"
    p = re.sub(r"\s+(please|thanks|thank you|if (you|that) (can|is ok))$", "",
               re.sub(r"^(i would like|i want|i will have|i will take|can i have|could i have|i choose|i pick|"
                      r"let us do|lets do|(can|could) (you|we) do)\s+(?=(the |number |numbers |options? )?(\d|one|two|three|"
                      r"four|five|six|seven|eight|first|second|third|last)\b)", "", p))
    if re.fullmatch(r"\d{1,2}((\s*,\s*|\s+|\s*&\s*|\s+and\s+)\d{1,2})+", p):  # numbers alone, however many
        return [n for n in dict.fromkeys(int(n) for n in re.findall(r"\d+", p)) if 1 <= n <= count]
    if len(p.split()) > 6:
        # a number first, joined to more words: "2 and the carers one for me" (the 2 was dropped); and a
        # number said as one anywhere: "could i have number 3 please, the surgery, and number 2"
        first = re.match(r"^(?:number |option )?(\d{1,2})\s*(?:,|and|&|plus)\s", p)
        said = [int(first.group(1))] if first else []
        for marked in re.finditer(r"\b(?:number|option) (\d{1,2}|one|two|three|four|five|six|seven|eight)\b", p):
            said.append(int(marked.group(1)) if marked.group(1).isdigit() else _NUMBER_WORDS[marked.group(1)])
        return [n for n in dict.fromkeys(said) if 1 <= n <= count]
    some = re.search(r"\b(the )?(first|top|last) (two|three|four|2|3|4)( ones?| of them)?\b", p)  # "the first two"
    if some:
        many = _NUMBER_WORDS.get(some.group(3)) or int(some.group(3))
        return list(range(1, min(many, count) + 1)) if some.group(2) != "last" else \
            list(range(max(count - many + 1, 1), count + 1))
    # a number that counts things is part of a sentence ("3 things changed", "2 of them"), not a choice
    said = [int(n) for n in re.findall(r"\b(\d{1,2})\b(?!\s+(?!(?:thanks|plus|is|as|yes|this|us|pls|cheers|please|was)\b)"
                                        r"(?:[a-z]+s|of|more|new|other|different|extra|further)\b)", p)]
    for word, number in _ORDINALS.items():
        if re.search(rf"\b{word}\b", p):
            said.append(number)
    # "the 6th one", "2nd and 4th": an ordinal in figures, never a date ("the 6th of june")
    said += [int(n) for n in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", p)]
    # "the last one", not "since last time" nor "at last"
    if re.search(r"(?<!\bsince )(?<!\bat )\b(the )?last( one)?\b(?! (time|week|month|year|night|visit|go|bit))", p):
        said.append(count)
    for word, number in _NUMBER_WORDS.items():
        if re.fullmatch(rf"(the |number |option )?{word}( please| thanks)?", p):
            said.append(number)
    several = r"(the |number |numbers |options? )?(\w+)((,| and| &| plus)+ (the |number )?(\w+))+( please| thanks)*"
    if re.fullmatch(several, p):  # "one and two please", "numbers three and five"
        said += [_NUMBER_WORDS[w] for w in re.findall(r"\w+", p) if w in _NUMBER_WORDS]
    return [n for n in dict.fromkeys(said) if 1 <= n <= count]


# Markup or code typed or pasted ("<script>alert(1)</script>", "<b>hi</b>", "{{7*7}}"): no one's answer.
_MARKUP = re.compile(r"</?[a-z][\w-]*(\s[^<>]*)?/?>|\{\{.*\}\}|\$\{.*\}|javascript:", re.IGNORECASE)


def is_markup(text: str) -> bool:
    """Whether a message holds markup or code (a tag, a template), which says nothing as an answer."""
    return bool(_MARKUP.search(text or ""))


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


# Code typed where words are asked for ("'; DROP TABLE people; --", "<script>alert(1)</script>", "admin' OR '1'='1"):
# never a name (a stranger, session 24, was read back "Their name is Drop Table People")
_CODE = re.compile(r"(?i)(;\s*--|/\*|\*/|<\s*/?\s*(?:script|img|iframe|svg|a|b|i|div|span|body|html|style|link|meta|"
                   r"object|embed|form|input|button|p|h1|h2)\b[^>]*>|\{\{|\$\{|"
                   r"\b(drop|alter|truncate)\s+(table|database)\b|\bselect\s+[\w*,\s]+\s+from\b|"
                   r"\b(insert\s+into|delete\s+from|union\s+select)\b|'\s*or\s*'?\d+'?\s*=\s*'?\d|"
                   r"\b(alert|eval|exec)\s*\()")


def looks_like_code(text: str) -> bool:
    """SQL, markup or a template typed as an attack or a test, not words a person says."""
    return bool(_CODE.search(text or ""))


def is_keyboard_mash(text: str) -> bool:
    """Keys pressed at random ("hjkhjk", "asdfgh", "qwerty", "kdjfh"): letters from one row of the
    keyboard, or no vowel, in words no one writes; never a name, a correction or an answer."""
    from wordfreq import zipf_frequency  # loads only where it is needed

    words = re.findall(r"[a-z]+", (text or "").lower())
    if not words or re.search(r"\d", text or ""):
        return False
    for word in words:
        if len(word) < 4 or zipf_frequency(word, "en") >= 2.6:
            return False
        one_row = any(set(word) <= set(row) for row in _KEYBOARD_ROWS)
        # a name of one row has its vowels, as names do ("Piotr", "Hafsa", "Dasha", "Kaja"); keys run along
        # a row have few ("qwerty", "asdasd")
        if not (one_row and len(re.findall(r"[aeiouy]", word)) / len(word) < 0.4 or not re.search(r"[aeiouy]", word)):
            return False
    return True
