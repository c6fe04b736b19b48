"""What a chosen service's form needs that the confirmed story does not say, and the answers kept
in the profile (so every service that asks finds them)."""
from __future__ import annotations

import copy
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from bot.conversation import relevance
from bot.conversation.errors import NoConfirmedStory
from bot.conversation.journey.person import person_for
from bot.conversation.journey.story import current_profile
from bot.intake import Gap, answer_item, gaps_for, parse_answer
from bot.intake.fill import answer_index
from bot.intake.services import Service
from bot.ops.runtime import Runtime
from consent_store import people


def gap_questions(rt: Runtime, sender_id: str, service_ids: list[str], skipped: Collection[str] = ()) -> list[Gap]:
    """What the chosen services' forms need that the confirmed story does not say, each asked once:
    every required question first, then those a form does not require that the person is the one to
    answer, up to each service's `ask_limit` (`Gap.required` False). `skipped`: the keys left for the
    service before, which count towards that limit and are not given again when not required."""
    saved = current_profile(rt, sender_id)
    if not saved:
        return []
    chosen = [rt.services[sid] for sid in service_ids if sid in rt.services]
    sections = saved.profile["sections"]
    after_no = after_a_no(chosen, sections)
    relation = (saved.profile.get("teller") or {}).get("relationship") if saved.told_by == "carer" else None
    asked = [gap for gap in gaps_for(chosen, sections, saved.told_by, rt.questions, optional=True, skipped=skipped,
                                     relation=relation) if gap.key not in after_no]
    return relevance.worth_asking(asked, saved.profile, rt.now().date())


# A question that only follows a yes: "What was the stay for?", "If yes, who?", "Please give details".
# Not one that stands alone, though it comes after: "Risks to you or the person you care for" after "no"
# to "Is there a plan if you cannot care in an emergency?" matters most then.
_FOLLOWS_A_YES = re.compile(
    r"^\W*(?:if (?:yes|so)\b|please (?:give|describe|say|tell|list)\b|(?:more |give )?details?\b|"
    r"(?:what|when|where|which|why|who|how long|how often|how many)\b.*\b(?:it|that|this|they|them|the (?:stay|"
    r"fall|falls|admission|visit|operation|one|ones|plan|help|support|treatment)|was it)\b)", re.IGNORECASE)


def after_a_no(services: list[Service], sections: dict[str, Any]) -> set[str]:
    """The questions that follow a "no" (never asked): in a group whose first question is a yes or no
    one answered "no", those after it that the form does not require and that only follow a yes
    ("What was the stay for?" after "no" to "Have you been in hospital in the last 3 months?"), whether
    or not the form says so with an enableWhen."""
    given = answer_index(sections)
    follow: set[str] = set()
    for service in services:
        for group in service.form.walk():
            first = group.children[0] if group.children else None
            said = given.get(first.key, []) if first is not None and first.type == "boolean" else []
            if said and all(item.get("value") is False for item in said):
                follow |= {item.key for item in group.children[1:]
                           if not item.required and _FOLLOWS_A_YES.search(item.text or "")}
    return follow


@dataclass(frozen=True)
class Answered:
    version: int
    in_danger: bool  # "yes" to a question such as "Is anyone in danger?": urgent help at once
    carers_number: str | None = None  # the carer's own number, given where the person's was asked


def answer_gap(rt: Runtime, sender_id: str, gap: Gap, reply: str, said: str | None = None) -> Answered:
    """Keep the answer to one gap question in a new profile version (`said`: the whole reply, when `reply` is the
    value read from it). Raises AnswerNotUnderstood (with what to send instead) when the reply does not answer it."""
    now = rt.now()
    value = parse_answer(gap, reply, now.date())
    with rt.sessions.begin() as session:
        person = person_for(rt, session, sender_id)
        saved = people.latest_profile(session, person) if person else None
        if person is None or saved is None:
            raise NoConfirmedStory("no confirmed profile to add an answer to")
        profile = copy.deepcopy(saved.profile)
        section, item = answer_item(gap, value, saved.told_by, now, said or reply)
        items = profile["sections"].setdefault(section, [])
        items[:] = [i for i in items if i.get("question_key") != gap.key] + [item]
        version = people.save_profile_version(session, person, profile, saved.told_by, now)
    return Answered(version, gap.urgent_if_yes and value is True,
                    str(value) if item.get("whose") == "carer" else None)
