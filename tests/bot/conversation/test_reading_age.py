"""Issue 19: every reply the assistant's wording can send is plain enough to read at about the reading
age GOV.UK writes for. Each reply (bot/conversation/wording/, and the steps' own few) is measured with
textstat (pinned: needs no downloaded data) and held to a Flesch reading ease of at least
MIN_EASE and a Flesch-Kincaid grade of at most MAX_GRADE; the test lists every reply above the bar.

Measured as a person reads them: each line of a list is a sentence of its own. What a service says
of itself (its `purpose`, from data/services/) is measured with the reply it is in, and on its own;
what the person told us (the lines read back) is theirs and is taken out before measuring."""
from __future__ import annotations

import inspect
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
import textstat

from bot.conversation import wording
from bot.conversation.stages import Stage
from bot.conversation.steps import pin, service_choice, service_questions
from bot.conversation.wording.sharing import purpose as sharing_purpose
from bot.intake.gaps import Gap
from bot.intake.services import load_registry

MIN_EASE = 60.0  # Flesch reading ease: 60-70 is "plain English"
MAX_GRADE = 6.0  # Flesch-Kincaid grade: a reading age of about 11 (the median reply is at grade 2.5)

REGISTRY = load_registry(Path(__file__).resolve().parents[3] / "data" / "services")
NURSES, GP = REGISTRY["community-nursing"], REGISTRY["gp-practice"]
OFFERS = [(service, service.sections) for service in REGISTRY.values()]
WHEN = datetime(2026, 12, 2, tzinfo=timezone.utc)
GAP = Gap(key="k", section="about_me", type="string", label="Date of birth", question="What is your date of birth?",
          options=(), open=False, services=("gp-practice",))
HOLDER = SimpleNamespace(service=GP.name, sections=["health", "medications"], since=WHEN, receipt_codes=["R-12"],
                         still_sharing=True, referral="Riverside Surgery accepted your referral.")
OUTCOME = SimpleNamespace(service=GP)
GROUP = {"section": "health", "title": "Your health", "lines": ["You have diabetes."],
         "question": "Is this right about your health?"}


def samples(person: str | None) -> dict[str, list[wording.Reply]]:
    """Every wording function, called as the dialogue calls it (to the person, or to a carer about
    `person`): its name -> the replies it gives."""
    teller = "self" if person is None else "carer"
    stages = [None, *Stage]
    return {
        "ask_for_story": [wording.ask_for_story(n, teller) for n in (0, 1)],
        "ask_new_pin": [wording.ask_new_pin(person)],
        "ask_stop_which": [wording.ask_stop_which([GP, NURSES])],
        "beyond_the_basis": [wording.beyond_the_basis("Power of attorney for money and property", ["health"],
                                                      ["home", "work_money"], person or "them")],
        "carer_noted": [wording.carer_noted({"name": "Dave", "knows": knows}) for knows in ("yes", "no", "unable")],
        "carer_question": [wording.carer_question(key, {"name": "Dave"})
                           for key in ("name", "relationship", "carer_name", "basis", "age", "knows")],
        "carry_on": [wording.carry_on(stage, person) for stage in stages],
        "clear_question": [wording.clear_question(person)],
        "cleared": [wording.cleared(teller)],
        "consent_explained": [wording.consent_explained(s, s.sections, person) for s in REGISTRY.values()],
        "consent_help": [wording.consent_help(NURSES, person), wording.consent_help(None, person)],
        "consent_question": [wording.consent_question(s, s.sections, chosen, person)
                             for s in REGISTRY.values() for chosen in (False, True)],
        "delivery_news": [wording.delivery_news(GP.name, status, "it was refused")
                          for status in ("sent", "failed", "cancelled")],
        "download_link": [wording.download_link("https://example.org/d/abc", 15)],
        "follow_up": [wording.follow_up(section, teller, person) for section in ("goals", "what_matters")],
        "gap_question": [wording.gap_question(GAP)],
        "gaps_intro": [wording.gaps_intro(NURSES, n, person) for n in (1, 3)],
        "help_for": [wording.help_for(person)],
        "menu": [wording.menu(first) for first in (True, False)],
        "mid_story": [wording.mid_story(kind, person) for kind in ("help", "human")],
        "not_found": [wording.not_found("the diabetes")],
        "not_shared": [wording.not_shared(GP)],
        "nothing_left": [wording.nothing_left(person)],
        "nothing_told": [wording.nothing_told(person)],
        "offer_update": [wording.offer_update([GP, NURSES])],
        "pin_wrong": [wording.pin_wrong(3, None), wording.pin_wrong(1, None), wording.pin_wrong(0, 15)],
        "reprompt": [wording.reprompt(stage, person) for stage in stages],
        "safety_reminder": [wording.safety_reminder(["not_safe_at_home"]),
                            wording.safety_reminder(["not_safe_at_home"], now=True)],
        "section_read_back": [wording.section_read_back(GROUP)],
        "service_closed": [wording.service_closed(GP, person)],
        "service_offers": [wording.service_offers(OFFERS[:n], person, {"community-nursing": "nursing",
                                                                       "welfare-benefits": "money_goal"})
                           for n in (1, 5, 7)],
        "services_explained": [wording.services_explained(OFFERS[:n], person) for n in (1, 3)],
        "shared": [wording.shared(GP, "R-1234", status, "it was refused", person)
                   for status in ("received", "sent", "failed", "cancelled", "waiting")],
        "still_telling": [wording.still_telling(person)],
        "stopped_sharing": [wording.stopped_sharing(GP, ["W-12"])],
        "the_rest": [reply for intent in ("ask_help", "out_of_scope", "talk_to_person", "stop") for stage in stages
                     for reply in wording.the_rest(intent, stage, person)],
        "update_sent": [wording.update_sent([OUTCOME])],
        "who_has": [wording.who_has([]), wording.who_has([HOLDER])],
    }


def constants() -> dict[str, wording.Reply]:
    """Every reply the wording (and the steps) keep as they are: by name."""
    found: dict[str, wording.Reply] = {}
    for owner, names in ((wording, wording.__all__), (pin, ["HELP"]), (service_choice, ["NOT_CAUGHT"]),
                         (service_questions, ["HELP"])):
        for name in names:
            value = getattr(owner, name)
            label = f"{owner.__name__.rsplit('.', 1)[-1]}.{name}"
            if isinstance(value, wording.Reply):
                found[label] = value
            elif isinstance(value, dict):
                found.update({f"{label}[{key}]": reply for key, reply in value.items()
                              if isinstance(reply, wording.Reply)})
    return found


def as_read(text: str) -> str:
    """The reply as measured: the person's read-back lines out, each line of a list a sentence."""
    text = text.replace("- You have diabetes.", "")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(line if line[-1] in ".?!:" else line + "." for line in lines)


def too_hard(text: str) -> str | None:
    read = as_read(text)
    ease, grade = textstat.flesch_reading_ease(read), textstat.flesch_kincaid_grade(read)
    return None if ease >= MIN_EASE and grade <= MAX_GRADE else f"ease {ease:.0f}, grade {grade:.1f}: {text!r}"


def test_every_wording_function_has_its_replies_measured():
    replying = {name for name in wording.__all__ if callable(getattr(wording, name))
                and "Reply" in str(inspect.signature(getattr(wording, name)).return_annotation)}
    assert replying - set(samples(None)) == set(), "add the new wording function to samples()"


@pytest.mark.parametrize("person", [None, "Dave", "them"])
def test_every_reply_reads_plainly(person):
    replies = {f"{name} {n}": reply for name, made in samples(person).items() for n, reply in enumerate(made)}
    replies.update(constants())
    hard = {name: found for name, reply in replies.items() if (found := too_hard(reply.text))}
    assert not hard, "\n".join(f"{name}: {why}" for name, why in hard.items())


def test_the_bar_catches_hard_words():
    assert too_hard("Notwithstanding the aforementioned considerations, the organisation's "
                    "administrative determination necessitates comprehensive documentation.")
    assert too_hard("Your PIN is set.") is None


def test_a_list_is_read_line_by_line():
    assert as_read("These could use it:\n1. Riverside Surgery\nSay a number.") == \
        "These could use it: 1. Riverside Surgery. Say a number."



def test_every_service_says_what_it_does_plainly():
    """A service's description and why it would have the story, each on its own (data/services/*.json)."""
    said = {f"{service.id} {name}": text for service in REGISTRY.values()
            for name, text in (("purpose", service.purpose), ("sharing_purpose", f"This is {sharing_purpose(service)}."),
                               ("sharing_purpose to a carer", f"This is {sharing_purpose(service, 'Dave')}."))}
    hard = {name: found for name, text in said.items() if (found := too_hard(text))}
    assert not hard, "\n".join(f"{name}: {why}" for name, why in hard.items())
