""""Is this still true?" in the returning form (issue 21): once the story is due for a check
(bot/conversation/journey/reviews.py), after the PIN each part of the saved story that might have
changed (`might_change`: not a name, date of birth, NHS number or what was told as past) is read back
with "Is this still true?". "Yes" goes on to the next part; what has changed, said in the person's own
words, is kept in the draft as an update is; "not now" puts the check off. At the end, a story with
changes goes through the usual update (the read-back of what changed, then "Shall I send them the
update?" to the services that still have consent); one with none is kept as checked.

Slots: `menu_pending` "review" (a part read back) or "review_change" ("What has changed?"),
`readback_done` the parts already checked; `menu_reply` "reviewed" ends the returning form for the
read-back of the changes (`after_review`)."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from bot.conversation import meaning, pathway
from bot.conversation.journey import reviews, story
from bot.conversation.readback import read_back
from bot.conversation.stages import Pending, Stage
from bot.conversation.steps.read_back import correction_text
from bot.conversation.steps.telling import keep_message
from bot.conversation.steps.turn import Step, Turn
from bot.conversation.wording import Reply
from bot.ops.runtime import Runtime

BUTTONS = [{"title": "Yes, still true", "payload": "yes"},
           {"title": "Something has changed", "payload": "something has changed"},
           {"title": "Not now", "payload": "not now"}]
NOT_NOW = re.compile(r"^\W*(not now|not today|later|another time|ask me later|skip( this| it)?)\W*$", re.I)
CHANGED = re.compile(r"\b(something|it|that|this|things?) (has|have|is|are)?\s*(changed|different)\b|^\W*changed\W*$", re.I)
NOT_UNDERSTOOD = Reply("Sorry, I could not work out what has changed from that. Could you say it another way, for "
                       "example \"I stopped taking the warfarin\" or \"I have diabetes now\"? Or say \"no change\".")


# What cannot have changed since the story was told is not read back at a check: a name, a date of
# birth, an NHS number, and what was told as past ("I broke my hip in 2019").
_FIXED_KINDS = frozenset({"name", "date_of_birth", "nhs_number"})


def might_change(profile: dict[str, Any]) -> dict[str, Any]:
    """The profile with only what might have changed since it was told."""
    sections = {key: [item for item in items if item.get("kind") not in _FIXED_KINDS and item.get("status") != "past"]
                for key, items in profile.get("sections", {}).items()}
    return {**profile, "sections": sections}


def _parts(rt: Runtime, turn: Turn) -> list[dict[str, Any]]:
    """The parts a check reads back: what might have changed, or (when nothing might) the whole story,
    so a check is never over before the person has said anything."""
    saved = story.current_profile(rt, turn.sender_id)
    if saved is None:
        return []
    return read_back(might_change(saved.profile), turn.teller) or read_back(saved.profile, turn.teller)


def _next_part(rt: Runtime, turn: Turn, checked: list[str]) -> dict[str, Any] | None:
    return next((g for g in _parts(rt, turn) if g["section"] not in checked), None)


def begin(rt: Runtime, turn: Turn, found: reviews.Due) -> Step:
    """The check starts (the first part is read back by `ask`): who asked for it, or how long it has been."""
    if found.asked_by is not None:
        who = pathway.called(rt, found.asked_by)
        opening = f"{who[:1].upper() + who[1:]} asked you to check your story is still true."
    else:
        months = max(found.days // 30, 1)
        opening = f"It is about {months} month{'s' if months != 1 else ''} since your story was last checked."
    return Step().say(Reply(f"{opening} I will read it back a part at a time: tell me if anything has changed.")) \
        .set(menu_pending=Pending.REVIEW.value, readback_done=[])


# "check my story every 3 months", "remind me to check it in a year", "don't ask me to check it".
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 365 / 12, "year": 365}
_CHECKS = re.compile(r"\b(check|checks|checking|checked|review|reviews|reviewing|remind|reminders?|reminding)\b", re.I)
_ABOUT = re.compile(r"\b(story|it|me|check|checks|reviews?|reminders?)\b", re.I)
_NEVER = re.compile(r"^\W*(please\s+)?(don'?t|do not|never|no need to|stop|no more)\b", re.I)
_EVERY = re.compile(r"\b(every|each|in|after|once an?|once every)\s+(?P<count>\d{1,3}|an?|one|two|three|four|five|six|"
                    r"seven|eight|nine|ten|eleven|twelve)?\s*(?P<unit>day|week|month|year)s?\b", re.I)


def period_asked(text: str) -> int | None:
    """The review period a message asks for, in days (more than LONGEST_DAYS for "don't ask me to
    check it"), before it is kept within the allowed range; None if it asks for none."""
    said = " ".join(text.split())
    checks = _CHECKS.search(said)
    if checks is None or not _ABOUT.search(said[checks.start():]):
        return None
    every = _EVERY.search(said)
    if every is None:
        return reviews.LONGEST_DAYS + 1 if _NEVER.search(said) else None
    count = every.group("count") or "1"
    number = int(count) if count.isdigit() else _NUMBERS[count.lower()]
    return round(number * _UNIT_DAYS[every.group("unit").lower()])


def period_words(days: int) -> str:
    """"every 3 months", "once a year", "every 2 weeks"."""
    if days >= reviews.LONGEST_DAYS:
        return "once a year"
    if days < 60 and days % 7 == 0:
        return f"every {days // 7} weeks"
    months = max(round(days / (365 / 12)), 1)
    return "every month" if months == 1 else f"every {months} months"


def period_wish(rt: Runtime, turn: Turn, text: str, now: datetime) -> Step | None:
    """A returning person chooses how often to check their story: kept, and the next check said back
    (begun at once when it is due now); None if `text` asks for something else."""
    asked = period_asked(text)
    if asked is None:
        return None
    found = reviews.choose_period(rt, turn.sender_id, asked, now)
    if found is None:
        return Step().say(Reply("There is no saved story to check yet."))
    kept = min(max(asked, reviews.SHORTEST_DAYS), reviews.LONGEST_DAYS)
    if asked > reviews.LONGEST_DAYS:
        said = ("I cannot stop the checks altogether: the services rely on your story being right. The longest I "
                "can leave it is a year, so I will ask you to check it once a year.")
    elif asked < reviews.SHORTEST_DAYS:
        said = "The shortest I can leave it is a month, so I will ask you to check your story every month."
    else:
        said = f"OK. I will ask you to check your story {period_words(kept)}."
    if now >= found.due_at:
        return Step().say(Reply(f"{said} A check is due now.")).and_then(begin(rt, turn, found)).set(menu_reply=None)
    return Step().say(Reply(f"{said} The next check is due on {found.due_at:%-d %B %Y}.")) \
        .set(menu_reply=None, menu_pending=None)


def ask(rt: Runtime, turn: Turn) -> Step:
    """The part to check next, or "What has changed?" about it."""
    part = _next_part(rt, turn, list(turn.slot("readback_done") or []))
    if part is None:
        return Step()
    if turn.pending is Pending.REVIEW_CHANGE:
        return Step().say(Reply(f"What has changed about {part['title'][:1].lower() + part['title'][1:]}? Tell me in "
                                "your own words."))
    lines = "\n".join(f"- {line}" for line in part["lines"])
    return Step().say(Reply(f"{part['title']}:\n{lines}\nIs this still true?", BUTTONS))


def _changed_sections(rt: Runtime, turn: Turn) -> set[str]:
    """The parts the changes told so far (the draft, as an update) would change."""
    found, saved = story.draft_and_saved(rt, turn.sender_id, turn.teller, turn.carer, updating=True)
    if found is None or saved is None:
        return set()
    before = {g["section"]: g["lines"] for g in read_back(saved.profile, turn.teller)}
    after = {g["section"]: g["lines"] for g in read_back(found.profile, turn.teller)}
    return {s for s in before.keys() | after.keys() if before.get(s) != after.get(s)}


def reply(rt: Runtime, turn: Turn, text: str, now: datetime) -> Step:
    """A reply at a part: still true, something changed (and what), or not now. Its slots:
    menu_pending None once the check is over (and menu_reply "reviewed" when changes are to be read
    back), else the next part (or the same) to ask about."""
    checked = list(turn.slot("readback_done") or [])
    part = _next_part(rt, turn, checked)
    if part is None:
        return _finish(rt, turn, now)
    if NOT_NOW.match(text):
        reviews.record(rt, turn.sender_id, reviews.LATER, now)
        return Step().say(Reply(f"OK. I will ask again in about {reviews.LATER_DAYS // 7} weeks.")) \
            .set(menu_pending=None, readback_done=[])
    meant = meaning.read_back_reply(text)
    if meant.kind == "right":
        return _checked(rt, turn, checked + [part["section"]], now)
    if turn.pending is not Pending.REVIEW_CHANGE and (meant.kind in ("wrong", "remove")
                                                      or (CHANGED.search(text) and len(text.split()) <= 5)):
        return Step().set(menu_pending=Pending.REVIEW_CHANGE.value)
    if meant.kind in ("help", "question", "invalid", "later", "restart", "human"):
        return Step().say(Reply("Say \"yes\" if this part is still true, or tell me what has changed. Or say "
                                "\"not now\" to check it another time."))
    before = _changed_sections(rt, turn)
    kept = keep_message(rt, turn, meant.text if meant.kind == "add" else correction_text(meant.text or text))
    if kept.replies:  # not kept (too long): said why
        return kept
    if _changed_sections(rt, turn) == before:
        return Step().say(NOT_UNDERSTOOD).set(menu_pending=Pending.REVIEW_CHANGE.value)
    return Step().say(Reply("Thank you, I have noted that.")).and_then(_checked(rt, turn, checked + [part["section"]], now))


def _checked(rt: Runtime, turn: Turn, checked: list[str], now: datetime) -> Step:
    if _next_part(rt, turn, checked) is not None:
        return Step().set(readback_done=checked, menu_pending=Pending.REVIEW.value)
    return _finish(rt, turn, now)


def _finish(rt: Runtime, turn: Turn, now: datetime) -> Step:
    """Every part checked: the changes to read back, or the story kept as checked."""
    if _changed_sections(rt, turn):
        told = reviews.record(rt, turn.sender_id, reviews.CHANGED, now)
        return Step().say(Reply("Thank you." + _telling(rt, told, " that you have checked it")
                                + " Here is what has changed, to check before it is saved.")) \
            .set(menu_pending=None, menu_reply="reviewed", readback_done=[])
    told = reviews.record(rt, turn.sender_id, reviews.CONFIRMED, now)
    return Step().say(Reply("Thank you. Your story is up to date. I have noted that you checked it today."
                            + _telling(rt, told, " that nothing has changed"))) \
        .set(menu_pending=None, readback_done=[])


def _telling(rt: Runtime, service_id: str | None, what: str) -> str:
    """" I will tell Riverside Surgery …", when the service that asked for the check is told how it went."""
    return f" I will tell {pathway.called(rt, service_id)}{what}." if service_id else ""


def waiting_for_check(rt: Runtime, turn: Turn) -> Step | None:
    """At a new SMS session of a person who was texted a review reminder: the returning form, waiting
    for the PIN, with the check to begin after it (bot/conversation/steps/visit.py). None otherwise."""
    if not reviews.texted(rt, turn.sender_id, rt.now()):
        return None
    return Step(form="returning_form").at(Stage.RETURNING).set(
        requested_slot="pin_reply", pin_reply=None, menu_reply=None, menu_wish=None,
        menu_pending=Pending.REVIEW.value, readback_done=[])


def after_review(rt: Runtime, turn: Turn) -> Step:
    """After the returning form: the changes read back (readback_form, as for any update), then the
    offer to send them to the services that still have consent."""
    return Step(then="readback_form").at(Stage.READBACK).set(
        updating=True, readback_reply=None, readback_done=[], pin_reply=None, pin_step=None, menu_reply=None,
        menu_pending=None)
