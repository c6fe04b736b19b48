"""Gap questions: what the chosen services' forms need and the story did not say, asked once.

Every required item nothing fills is asked; so, when the conversation wants them, are the items a
form does not require that the person is the right one to answer (`bot.intake.asking`), up to the
limit each service sets. The same question on several forms has the same key (`FormItem.key`), so
it is asked once and its answer is kept as an item in the profile, where every form that needs it
finds it again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Collection, Iterable

from bot.intake.asking import carers_own, for_the_person, in_context, worth_asking
from bot.intake.errors import AnswerNotUnderstood, PathNotSupported
from bot.intake.facts import FACTS
from bot.intake.fill import answer_index, fill, option_code, option_label
from bot.intake.forms import Form, FormItem
from bot.intake.frequency import on_the_scale, scale_of
from bot.intake.paths import parse_path
from bot.intake.phrasing import first_name, for_the_teller, from_label
from bot.intake.scope import NONE_KNOWN
from bot.intake.untrusted import safe_text

if TYPE_CHECKING:
    from bot.intake.services import Service

MAX_ANSWER_CHARS = 2000
_YES = {"yes", "y", "yeah", "yep", "yes please", "correct", "true", "i do", "they do", "it is", "we do"}
_NO = {"no", "n", "nope", "not really", "false", "i don't", "they don't", "no thanks", "we don't"}
# Only a word that is itself a yes or a no, typed as people type it: "fine" or "all ok" is no answer to
# "Is anyone at risk at home?", and "not sure" is not a no (a second read found both taken so).
_TYPED_YES = {"aye", "ye", "yh", "yeh", "yea", "yep", "yup", "ya", "yah", "yas", "yess", "yesss", "yeah", "yes"}
_UNSURE = re.compile(r"(no (idea|clue)|not (sure|certain)|(i )?(don'?t|do not|dont) know|dunno|unsure|maybe)\b")
_TYPED_NO = {"nah", "naw", "nae", "nope", "nay", "no", "na"}
_NONE = {"none", "no", "nothing", "n/a", "none known", "no none", "nope"}
_MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for name in names}



@dataclass(frozen=True)
class Gap:
    key: str
    section: str
    type: str
    label: str  # the form's own words for it, e.g. "Date of birth"
    question: str  # plain English, to the person or the carer
    options: tuple[tuple[str, str], ...]  # (code, label) for a choice
    open: bool  # an open choice also takes words of the person's own
    services: tuple[str, ...]  # every chosen service whose form needs it
    urgent_if_yes: bool = False  # "Is anyone in danger?": a yes gets urgent help at once
    required: bool = True  # False: a question the form does not require, asked because the person can answer it
    # the mapping's own words for each option, (code, words): "daughter" is the option "parent" where the form asks the
    # person's relation to the carer and the carer answers theirs (session 19: "Son or daughter" was sent)
    said_as: tuple[tuple[str, tuple[str, ...]], ...] = ()


def _question(item: FormItem, form: Form, teller: str, wording: dict[str, Any], name: str | None) -> str:
    """Our plain question for the item's key, or the form's own; to a carer, about the person by
    name (`bot.intake.phrasing`), unless the form asks the carer about themselves."""
    words = wording.get(item.key)
    if words:
        # Our words for a carer are in the carer's voice already ("you" is the carer, "them" the person):
        # "How many hours a week do you spend caring?" was put as "does Jean spend caring?".
        return for_the_teller(str(words["carer" if teller == "carer" else "self"]), teller, name, carers_own=True)
    return from_label(item.text, item.type, teller, name, carers_own(item, form))


def _person_named(sections: dict[str, Any]) -> str | None:
    names = [i.get("text") for i in sections.get("about_me", []) if isinstance(i, dict) and i.get("kind") == "name"]
    return first_name(str(names[0])) if len(set(names)) == 1 else None


def _gap(item: FormItem, service: Service, teller: str, wording: dict[str, Any], required: bool,
         name: str | None = None) -> Gap:
    # A question the form does not require is put with its group's words when its own need them.
    question = _question(item, service.form, teller, wording, name)
    if not required and item.key not in wording:
        question = in_context(item, service.form, teller, name) or question
    return Gap(key=item.key, section=item.section, type=item.type, label=item.text.strip().rstrip(":?"),
               question=question,
               options=tuple((option_code(o), option_label(o)) for o in item.options),
               open=item.type == "open-choice", services=(service.id,),
               urgent_if_yes=bool(wording.get(item.key, {}).get("urgent_if_yes")), required=required,
               said_as=tuple((code, tuple(words)) for code, words in item.rule.options.items())
               if item.rule and item.rule.options else ())


def gaps_for(services: Iterable[Service], sections: dict[str, Any], teller: str, wording: dict[str, Any], *,
             optional: bool = False, skipped: Collection[str] = (), relation: str | None = None) -> list[Gap]:
    """The questions the chosen services' forms cannot fill from `sections`, each once: first every
    required one, in the order the first form asks them; with `optional`, then the items a form does
    not require that the person is the right one to answer (`bot.intake.asking`), up to each
    service's `ask_limit`. What was asked before counts towards that limit: an answer kept in the
    profile (its `question_key`) or a key in `skipped` (asked, and left for the service); a skipped
    question is not given again. `relation`: a carer's to the person, as the carer questions kept it ("daughter"),
    which fills a form's relation of the carer to them, so it is not asked again."""
    chosen = list(services)
    merged: dict[str, Gap] = {}
    name = _person_named(sections) if teller == "carer" else None

    def note(item: FormItem, service: Service, required: bool) -> None:
        if item.key in merged:
            gap = merged[item.key]
            if service.id not in gap.services:
                merged[item.key] = replace(gap, services=gap.services + (service.id,))
        else:
            merged[item.key] = _gap(item, service, teller, wording, required, name)

    filled = [(service, fill(service.form, sections, relation=relation)) for service in chosen]
    for service, found in filled:
        for item in found.unanswered:
            note(item, service, True)
    if not optional:
        return list(merged.values())
    given = answer_index(sections)
    for service, found in filled:
        asked = {item.key for item in service.form.walk() if not item.required
                 and (item.key in given or item.key in skipped) and for_the_person(item, service.form, teller=teller)}
        room = service.ask_limit - len(asked)
        for item in worth_asking(service.form, list(found.optional), teller):
            if item.key in skipped:
                continue
            if item.key in merged:  # asked for another form already: once is enough, and free
                note(item, service, False)
            elif room > 0:
                note(item, service, False)
                room -= 1
    return list(merged.values())


def _parse_date(text: str) -> date:
    cleaned = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", text.lower().replace(",", " "))
    for pattern, order in ((r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"), (r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", "dmy")):
        match = re.search(pattern, cleaned)
        if match:
            parts = dict(zip(order, map(int, match.groups()), strict=True))
            return date(parts["y"], parts["m"], parts["d"])
    words = re.findall(r"[a-z]+|\d+", cleaned)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    years = [n for n in numbers if n > 999]
    days = [n for n in numbers if n <= 31]
    if months and years and days:
        return date(years[0], months[0], days[0])
    raise ValueError("no date")


_ALL_THE_TIME = re.compile(r"\b24\s*/\s*7\b|\b24\s*-?\s*7\b|\btwenty[ -]?four[ -]?seven\b|\bround the clock\b|"
                           r"\b(?:day and night|night and day)\b")
_A_DAY = re.compile(r"\b(\d{1,2}|[a-z]+(?:[ -][a-z]+)?) hours? (?:a|per|each|every) day\b")
_DAYS_NOT_HOURS = re.compile(r"\bdays? (?:a|per|each) week\b|\b(?:a|per|each|every) day\b|\bevery day\b|\bdaily\b|"
                             r"\b(?:and|&) a half\b")


_SO_MANY_HOURS = re.compile(r"\b(\d{1,3})\s*(?:hrs?|hours?|h)\b(?!\s*(?:a|per|each|every)\s+day)")
# "2" and "4" typed for "to" and "for" ("part time 2 start", "lookin 4 work"): no number, where another is said
_TO_FOR = re.compile(r"\b[24]\s+(?=(?:start|go|get|be|do|work|help|see|pay|me|u|you|him|her|them|the|a|my|his|her)\b)")


def _hours_a_week(said: str) -> int | None:
    """Hours a week from a reply to an hours question that says them another way: day and night (168),
    so many hours a day (times 7). AnswerNotUnderstood when it counts days, not hours ("seven days a
    week", "every day": 7 was kept as the hours)."""
    from bot.conversation.answers import cardinal_in_words

    if _ALL_THE_TIME.search(said):
        return 168
    daily = _A_DAY.search(said)
    if daily:
        count = int(daily.group(1)) if daily.group(1).isdigit() else cardinal_in_words(daily.group(1))
        if count is not None and 0 < count <= 24:
            return count * 7
    hours = _SO_MANY_HOURS.search(said)
    if hours:  # "part time 2 start, 16 hrs?": the hours said as hours (a stranger, session 41: 2 went to the form)
        return int(hours.group(1))
    if _DAYS_NOT_HOURS.search(said):
        raise AnswerNotUnderstood("Please answer with a number of hours a week, for example 20. If you care day and "
                                  "night, say \"day and night\".")
    return None


# The mapping's words read a reply only when it is short and plain: not a denial ("not a wound, it is her catheter"), not
# the person named by the carer's word for them ("hes my dad": "dad" names the person, where the mapping's words name the
# carer), not a life before ("i used to work full time"); then the reply goes to the labels, or is kept as typed
_FEW_WORDS = 4
_NOT_PLAIN = re.compile(r"\b(?:not|no|never|dont|don't|isnt|isn't|wasnt|used to|my|me|mine|our)\b|n't\b")


_NOT_WORDS = frozenset("""the and for you your with from yes but its it's that this what who how are was were has have had
got get just only all any some one our his her their them they she him mine own""".split()) - {"own"}
_SAID_NOT = re.compile(r"\b(?:not|no|never|dont|don't|doesnt|doesn't|isnt|isn't|cant|can't|wont|won't|nor)\b|n't\b")


# what may follow a word's start for it to be the same word ("own": "owner"; "rent": "rented"); never any letters
# ("ever" is no start of "every": "hardly ever" was read as "Nearly every day", session 36)
_ENDINGS = frozenset({"", "s", "es", "d", "ed", "r", "er", "ers", "ing", "ly"})


def _same_word(said: str, theirs: str) -> bool:
    shorter, longer = sorted((said, theirs), key=len)
    return longer.startswith(shorter) and longer[len(shorter):] in _ENDINGS


def _by_its_words(said: str, options: tuple[tuple[str, str], ...]) -> str | None:
    """The one option a short reply names by its words, a word's start for a whole one ("i own it": "Owner occupier";
    "we rent from the council": "Rent from the council" over "Rent privately"; a stranger, session 35, was asked the
    list twice); None when two are as likely, the reply says "not", or says more than a few words."""
    words = [w for w in re.findall(r"[a-z]+", said) if len(w) >= 3 and w not in _NOT_WORDS]
    if not words or len(words) > 4 or _SAID_NOT.search(said):
        return None
    scores = []
    for code, label in options:
        theirs = [w for w in re.findall(r"[a-z]+", label.lower()) if len(w) >= 3 and w not in _NOT_WORDS]
        scores.append((sum(any(_same_word(w, t) for t in theirs) for w in words), code))
    scores.sort(reverse=True)
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1]
    return None


# A question back about the question: "what does owner occupier mean", "why do you need that?", "who will see this?"
_ASKED_BACK = re.compile(r"^(?:sorry,? |um+,? |erm+,? |but )?(?:what (?:does|do|is|s)\b.*\bmean|what do you mean|whats? that|"
                         r"what is that|why (?:do|does|would|are) (?:you|they|u)\b|who (?:will|can|would|gets to) (?:see|read|"
                         r"know)|(?:i )?(?:dont|don't|do not) understand(?: the question| that| what you mean)?$|"
                         r"what does that mean|meaning\?*$)")


def _explained(gap: Gap) -> str:
    """A plain word on why a form's question is asked and who sees the answer, then the question again."""
    who = "the service" if len(gap.services) == 1 else "the services"
    choices = "; ".join(f"{n} for {label}" for n, (_, label) in enumerate(gap.options, start=1)) if gap.options else ""
    return (f"It is a question on the form {who} you chose will read, so they do not have to ask you again. Only "
            f"{who} you agreed to share with will see your answer. " + gap.question
            + (f" Please reply with one of these: {choices}." if choices else "")
            + " You can also say \"skip\" to leave it for them to ask.")


def parse_answer(gap: Gap, text: str, today: date) -> bool | int | float | str:
    """The typed value of a reply, or AnswerNotUnderstood saying what to send instead."""
    reply = safe_text(text)
    if not reply:
        raise AnswerNotUnderstood("I didn't get an answer there. " + gap.question)
    if len(reply) > MAX_ANSWER_CHARS:
        raise AnswerNotUnderstood(f"That's longer than I can keep for one answer "
                                  f"({MAX_ANSWER_CHARS:,} characters). Please send a shorter one.")
    from bot.conversation.answers import AnswerRefused, checked_answer  # phone numbers, dates, postcodes

    try:
        checked = checked_answer(gap, reply, today)
    except AnswerRefused as refused:
        raise AnswerNotUnderstood(str(refused)) from None
    if checked is not None:
        return checked
    lowered = reply.lower().strip(" .!")
    if _ASKED_BACK.match(lowered):
        # "what does owner occupier mean" was kept as "Owner occupier" and delivered (a stranger, session 36): a question
        # back is no answer; it is answered in plain words and the question asked again
        raise AnswerNotUnderstood(_explained(gap))
    if gap.type == "boolean":
        if _UNSURE.match(lowered):  # "no idea" is not a no
            raise AnswerNotUnderstood("Please answer yes or no, or say \"skip\" if you are not sure.")
        if lowered in _YES or lowered.startswith("yes"):
            return True
        if lowered in _NO or lowered.startswith("no ") or lowered.startswith("no,"):
            return False
        first = re.match(r"[a-z]+", lowered)  # "nah", "aye", "nah hes 84", "yh": a yes or no as typed, first
        if first and first.group() in _TYPED_YES:
            return True
        if first and first.group() in _TYPED_NO:
            return False
        raise AnswerNotUnderstood("Please answer yes or no.")
    if gap.type in ("integer", "decimal"):
        from bot.conversation.answers import cardinal_in_words

        if re.search(r"\bhours?\b", f"{gap.question} {gap.label}", re.I) and (hours := _hours_a_week(reply.lower())) is not None:
            return hours
        said = cardinal_in_words(reply) if not re.search(r"\d", reply) else None
        if said is not None:  # "about twenty", "twenty odd": the number (a stranger's was refused)
            return said
        numbers = re.findall(r"-?\d+(?:\.\d+)?", reply)
        match = re.search(r"-?\d+(?:\.\d+)?", _TO_FOR.sub(" ", reply) if len(numbers) > 1 else reply)
        if not match or (gap.type == "integer" and "." in match.group()):
            raise AnswerNotUnderstood("Please answer with a number, for example 20.")
        number = float(match.group()) if gap.type == "decimal" else int(match.group())
        if not 0 <= number <= 100_000:
            raise AnswerNotUnderstood("That number doesn't look right. Please check it and send it again.")
        return number
    if gap.type == "date":
        try:
            when = _parse_date(reply)
        except ValueError:
            raise AnswerNotUnderstood("Please give a date like 3 March 1950, or 03/03/1950.") from None
        if not date(1900, 1, 1) <= when <= today.replace(year=today.year + 5):
            raise AnswerNotUnderstood("That date doesn't look right. Please check it and send it again.")
        return when.isoformat()
    if gap.type in ("choice", "open-choice"):
        if lowered.isdecimal() and 1 <= int(lowered) <= len(gap.options):
            return gap.options[int(lowered) - 1][0]
        for code, label in gap.options:  # a button's label, or its code
            if lowered in (code.lower(), label.lower()):
                return code
        if (place := on_the_scale(lowered, gap.options)) is not None:  # "no never", "a few days", "every nite tbh"
            return place
        said_as = [code for code, words in gap.said_as  # the mapping's own words: "daughter" is the carer's "Parent"
                   if any(re.search(rf"\b{re.escape(word.lower())}\b", lowered) for word in words if word)]
        if len(said_as) == 1 and len(lowered.split()) <= _FEW_WORDS and not _NOT_PLAIN.search(lowered):
            return said_as[0]
        for code, label in gap.options:
            if len(lowered) > 2 and lowered in label.lower():
                return code
        if scale_of(gap.options) is None and (by_words := _by_its_words(lowered, gap.options)) is not None:
            return by_words
        if gap.open:
            return reply
        listed = "; ".join(f"{n} for {label}" for n, (_, label) in enumerate(gap.options, start=1))
        raise AnswerNotUnderstood(f"Please reply with one of these: {listed}.")
    if lowered in _NONE:
        return NONE_KNOWN
    return reply


def answer_item(gap: Gap, value: Any, teller: str, now: datetime, said: str = "") -> tuple[str, dict[str, Any]]:
    """The section and profile item that keep an answer, found again by every form that asks. `said`: the reply as
    typed, which says whose a number is ("ring me …", given by a carer where the person's number is asked)."""
    display = dict(gap.options).get(value, value) if gap.options else value
    if isinstance(value, bool):
        display = "yes" if value else "no"
    elif gap.type == "date":
        display = date.fromisoformat(value).strftime("%-d %B %Y")
    item: dict[str, Any] | None = None
    try:
        path = parse_path(gap.key)
        if path.storable:
            text = str(display) if path.field in (None, "text") else f"{gap.label}: {display}"
            item = path.item_for(value, text)
    except PathNotSupported:
        pass
    if item is None:
        fact = FACTS.get(gap.key.removeprefix("fact:").split("[")[0]) if gap.key.startswith("fact:") else None
        item = {"text": f"{gap.label}: {display}", "status": "current", "about": fact.about if fact else "subject",
                "kind": "answer"}
    item.update(question_key=gap.key, value=value, told_by=teller,
                source={"answered": now.isoformat(timespec="seconds")})
    from bot.conversation.answers import RINGS_THE_CARER, THE_PERSONS_NUMBER, kind_of

    if teller == "carer" and gap.section == "communication" and isinstance(value, str) and said \
            and kind_of(gap.key, gap.label, gap.question, gap.type) == "phone" and RINGS_THE_CARER.search(said) \
            and not THE_PERSONS_NUMBER.search(said):
        # the carer's own number, given where the person's was asked: said as the carer's on every form, never the
        # person's own in their record (a stranger, session 37)
        noted = f"{value} (the carer's number: ring the carer instead)"
        item.update(text=noted, value=noted, whose="carer")
    return gap.section, item
