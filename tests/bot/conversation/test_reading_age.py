"""Issue 19: every reply the assistant can send is plain enough for a reading age of about 9.

The bar. GOV.UK writes for a reading age of 9: by then a reader knows about 5,000 common words by
their shape, and adults still read those fastest (GDS content design guidance, as summarised by
Storm ID's "Content accessibility part 1: speak plainly", 2022, and Somerset Council's playbook,
"Document language and reading age"). The NHS service manual aims for 9 to 11, and 11 to 14 only
where medical words cannot be avoided (nhsuk-service-manual-community-backlog issue 258). A reading
age is a US school grade plus about 5, so Darlington Borough Council's guide, which follows GOV.UK,
says to aim "around the 4th Grade". So each reply is held to a Flesch-Kincaid grade of at most
MAX_GRADE (4: reading age about 9) and a Flesch reading ease of at least MIN_EASE (70: "fairly easy",
the band below "easy"), measured with textstat (pinned; it needs no downloaded data). The test lists
every reply above the bar.

What is measured. Every wording function (bot/conversation/wording/), called as the dialogue calls
it, to the person and to a carer (about "Dave", and about "them"), including the urgent help for
every safeguarding category and every question a service's form can ask; every reply the steps keep
as a constant or write in place (bot/conversation/steps/*, what they fill in read as one word); the
responses in domain.yml; and what each service says of itself (data/services/), with the reply it is
in and on its own. Each line of a list is read as a sentence of its own, as a person reads it.

What is taken out first, by general rules, never by skipping a reply: the names a person must
recognise as they are (every service's name, a form's own label quoted in a question, and the legal,
benefit and help-line names in FIXED_TERMS, such as "Lasting Power of Attorney", "deputy" or
"Samaritans") are read as one short word; what the person told us (the read-back lines, the words
they asked to remove: PERSONS_WORDS) is theirs and is taken out.

`PYTHONPATH=. .venv/bin/python tests/bot/conversation/test_reading_age.py` prints how many replies
are over grade 4, 5 and 6 (add any argument to list those over the bar)."""
from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
import textstat
import yaml

from bot.conversation import steps, wording
from bot.conversation.stages import Stage
from bot.conversation.wording.sharing import purpose as sharing_purpose
from bot.intake.gaps import Gap, gaps_for
from bot.intake.services import Service, load_full_registry
from bot.sections import empty_profile
from bot.understanding.safeguarding.categories import CATEGORIES

MIN_EASE = 70.0  # Flesch reading ease: 70-80 is "fairly easy", 80-90 "easy"
MAX_GRADE = 4.0  # Flesch-Kincaid grade: a reading age of about 9 (grade + 5)

ROOT = Path(__file__).resolve().parents[3]
FULL = load_full_registry(ROOT / "data" / "services")
REGISTRY = FULL.services
# Names a person must recognise as they are: read as one short word. (Every service's name too.)
FIXED_TERMS = ("Lasting Power of Attorney for health and welfare", "Power of attorney for money and property",
               "Lasting Power of Attorney", "Power of attorney", "deputy", "Attendance Allowance",
               "Pension Credit", "Access to Work", "Disabled Facilities Grant", "terminally ill", "PIP",
               "Parental responsibility", "PIN",
               # help lines, and the words to say when calling one
               "National Domestic Abuse Helpline", "Modern Slavery and Exploitation Helpline", "Rape Crisis",
               "Samaritans", "NSPCC", "Childline", "Hourglass", "Carers UK", "NHS 111", "safeguarding concern")
# What the person (or a service) said, as the samples below pass it in: theirs, taken out.
PERSONS_WORDS = ("- You have diabetes.", '"the diabetes"', "(it was refused)")
# A form's own label, quoted when a question has no plain wording of ours ("What should the form say
# for “Contact: Communication needs”?"): the service's words, read as a name.
FORMS_WORDS = re.compile(r"“[^”]*”")
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
        "cannot_agree_themselves": [wording.cannot_agree_themselves({"name": "Dave"})],
        "knowing_is_not_agreeing": [wording.knowing_is_not_agreeing({"name": "Dave"})],
        "agreed_after_unable": [wording.agreed_after_unable({"name": "Dave"})],
        "carer_question": [wording.carer_question(key, {"name": "Dave", "whose_name": "Kai Jones"})
                           for key in ("name", "relationship", "carer_name", "basis", "age", "knows", "whose_name")],
        "kept_under": [wording.kept_under(["communication"], person, added) for added in (False, True)],
        "another_practice": [wording.another_practice("The Elms Surgery", GP, person)],
        "carry_on": [wording.carry_on(stage, person) for stage in stages],
        "clear_question": [wording.clear_question(person)],
        "cleared": [wording.cleared(teller)],
        "resume_cleared": [wording.resume_cleared(kept, updating) for kept in (0, 2) for updating in (False, True)],
        "consent_explained": [wording.consent_explained(s, s.sections, person) for s in REGISTRY.values()],
        "consent_help": [wording.consent_help(NURSES, person), wording.consent_help(None, person)],
        "already_there": [wording.already_there(["daily_living"], person)],
        "things_held_back": [wording.things_held_back(["depression"], ["health"], person),
                             wording.things_held_back(["friday night", "gary"], ["health", "support_network"], person)],
        "not_on_offer": [wording.not_on_offer(NURSES, ["medications"], person)],
        "not_these": [wording.not_these([GP]), wording.not_these([GP, NURSES])],
        "medicines_tell": [wording.medicines_tell(person)],
        "carers_own_left_out": [wording.carers_own_left_out(["health"], person),
                                wording.carers_own_left_out(["health", "support_network"], person)],
        "young_carer": [wording.young_carer(14, person)],
        "update_changed_nothing": [wording.update_changed_nothing(person)],
        "update_still_nothing": [wording.update_still_nothing(person)],
        "parts_not_known": [wording.parts_not_known(NURSES, ["the wotsit stuff"], ["health", "allergies"],
                                                    ["medications"], person),
                            wording.parts_not_known(NURSES, ["my pension bit"], ["health"], [], person)],
        "consent_question": [wording.consent_question(s, s.sections, chosen, person)
                             for s in REGISTRY.values() for chosen in (False, True)]
        + [wording.consent_question(REGISTRY["carers-assessment"], ["about_me", "risks"], True, person, yours_too=True)],
        "delivery_news": [wording.delivery_news(GP.name, status, "it was refused")
                          for status in ("sent", "failed", "cancelled")],
        "download_link": [wording.download_link("https://example.org/d/abc", 15)],
        "follow_up": [wording.follow_up(section, teller, person) for section in ("goals", "what_matters")],
        "gap_question": [wording.gap_question(GAP), *asked_by_forms(teller)],
        "gaps_intro": [wording.gaps_intro(NURSES, n, person) for n in (1, 3)],
        "help_for": [wording.help_for(person)],
        "menu": [wording.menu(first) for first in (True, False)],
        "mid_story": [wording.mid_story(kind, person) for kind in ("help", "human")],
        "no_number": [wording.no_number(s) for s in REGISTRY.values()],
        "not_found": [wording.not_found("the diabetes")],
        "nhs_number_unchecked": [wording.nhs_number_unchecked(["999 123 4568"])],
        "not_shared": [wording.not_shared(GP)],
        "no_more_services": [wording.no_more_services([GP]), wording.no_more_services([GP, GP])],
        "nothing_left": [wording.nothing_left(person)],
        "nothing_told": [wording.nothing_told(person)],
        "offer_update": [wording.offer_update([GP, NURSES])],
        "pin_wrong": [wording.pin_wrong(3, None), wording.pin_wrong(1, None), wording.pin_wrong(0, 15)],
        "reprompt": [wording.reprompt(stage, person) for stage in stages],
        "safety_reminder": [wording.safety_reminder([category], now=now) for category in CATEGORIES
                            for now in (False, True)],
        "section_read_back": [wording.section_read_back(GROUP)],
        "which_to_remove": [wording.which_to_remove({"lines": ["You have asthma.", "You have diabetes."]})],
        "remove_all_question": [wording.remove_all_question({"lines": ["You have asthma.", "You have diabetes."]})],
        "service_closed": [wording.service_closed(GP, person)],
        "service_offers": [wording.service_offers(OFFERS[:n], person, {"community-nursing": "nursing",
                                                                       "welfare-benefits": "money_goal"})
                           for n in (1, 5, 7)],
        "services_explained": [wording.services_explained(OFFERS[:n], person) for n in (1, 3)],
        "shared": [wording.shared(GP, "R-1234", status, "it was refused", person)
                   for status in ("received", "sent", "failed", "cancelled", "waiting")],
        "still_telling": [wording.still_telling(person)],
        "right_mid_story": [wording.right_mid_story(wish, person) for wish in ("who", "update")],
        "stopped_sharing": [wording.stopped_sharing(GP, ["W-12"])],
        "the_rest": [reply for intent in ("ask_help", "out_of_scope", "talk_to_person", "stop") for stage in stages
                     for reply in wording.the_rest(intent, stage, person)],
        "update_sent": [wording.update_sent([OUTCOME])],
        "update_not_sent_to": [wording.update_not_sent_to([GP]), wording.update_not_sent_to([GP, NURSES])],
        "who_has": [wording.who_has([]), wording.who_has([HOLDER])],
    }


def _steps() -> list[tuple[object, list[str]]]:
    """Every module of bot/conversation/steps/ with the names it defines."""
    found = []
    for info in pkgutil.iter_modules(steps.__path__):
        module = importlib.import_module(f"{steps.__name__}.{info.name}")
        found.append((module, [name for name in vars(module) if name.isupper()]))
    return found


def asked_by_forms(teller: str) -> list[wording.Reply]:
    """Every question a service's form can have asked, of the person or their carer: to an empty
    story, each form's required questions and all those it does not require (whatever its limit)."""
    return [wording.gap_question(gap) for service in REGISTRY.values()
            for gap in gaps_for([replace(service, ask_limit=1000)], empty_profile()["sections"], teller,
                                FULL.questions, optional=True)]


def constants() -> dict[str, wording.Reply]:
    """Every reply the wording and the steps keep as they are, and domain.yml's responses: by name."""
    found: dict[str, wording.Reply] = {}
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for name, said in domain["responses"].items():
        found.update({f"domain.{name}[{n}]": wording.Reply(one["text"]) for n, one in enumerate(said)})
    for owner, names in ((wording, wording.__all__), *_steps()):
        for name in names:
            value = getattr(owner, name)
            label = f"{owner.__name__.rsplit('.', 1)[-1]}.{name}"
            if isinstance(value, wording.Reply):
                found[label] = value
            elif isinstance(value, dict):
                found.update({f"{label}[{key}]": reply for key, reply in value.items()
                              if isinstance(reply, wording.Reply)})
    return found


_NAMES = re.compile("(?<!\\w)(?:" + "|".join(re.escape(term) for term in sorted(
    (*FIXED_TERMS, *(service.name for service in REGISTRY.values())), key=len, reverse=True)) + ")(?!\\w)",
    re.IGNORECASE)


def as_read(text: str) -> str:
    """The reply as measured: the person's words out, each name a person must recognise as one short
    word, each line of a list a sentence."""
    for words in PERSONS_WORDS:
        text = text.replace(words, "")
    text = _NAMES.sub("Name", FORMS_WORDS.sub("Name", text))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " ".join(line if line[-1] in ".?!:" else line + "." for line in lines)


def too_hard(text: str) -> str | None:
    read = as_read(text)
    ease, grade = textstat.flesch_reading_ease(read), textstat.flesch_kincaid_grade(read)
    return None if ease >= MIN_EASE and grade <= MAX_GRADE else f"ease {ease:.0f}, grade {grade:.1f}: {text!r}"


def written_in_place() -> dict[str, str]:
    """Every reply a step writes where it says it (`Reply("…")` in bot/conversation/steps/*.py), read
    from the source: what it fills in (a service, a date, the person's answer) read as one word."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "bot" / "conversation" / "steps").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and "Reply" in ast.unparse(node.func)):
                continue
            said = node.args[0]
            parts = [said] if isinstance(said, ast.Constant) else said.values if isinstance(said, ast.JoinedStr) else []
            text = "".join(part.value if isinstance(part, ast.Constant) else "Name" for part in parts)
            if text:
                found[f"{path.stem}:{node.lineno}"] = text
    return found


def test_every_reply_a_step_writes_in_place_reads_plainly():
    replies = written_in_place()
    assert len(replies) > 20, "the steps' replies were not found"
    hard = {name: found for name, text in replies.items() if (found := too_hard(text))}
    assert not hard, "\n".join(f"{name}: {why}" for name, why in hard.items())


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
    assert too_hard("How are you related to Dave? For example, daughter, husband or neighbour.")  # grade 5.6
    assert too_hard("Notwithstanding the aforementioned considerations, the organisation's "
                    "administrative determination necessitates comprehensive documentation.")
    assert too_hard("Your PIN is set.") is None


def test_a_list_is_read_line_by_line():
    assert as_read("These could use it:\n1. Riverside Surgery\nSay a number.") == \
        "These could use it: 1. Riverside Surgery. Say a number."


def test_names_a_person_must_recognise_are_read_as_one_word():
    assert as_read("Community nursing team will receive it.") == "Name will receive it."
    assert as_read("Someone with a lasting power of attorney can.") == "Someone with a Name can."
    assert as_read("I am keeping your PIN safe.") == "I am keeping your Name safe."  # whole words only
    assert as_read("What should the form say for “Contact: Communication needs”?") == "What should the form say for Name?"
    assert as_read("Home adaptations (occupational therapy):\n- You have diabetes.") == "Name:"



def own_words(service: Service) -> list[tuple[str, str]]:
    return [("purpose", service.purpose), ("sharing_purpose", f"This is {sharing_purpose(service)}."),
            ("sharing_purpose to a carer", f"This is {sharing_purpose(service, 'Dave')}.")]


def test_every_service_says_what_it_does_plainly():
    """A service's description and why it would have the story, each on its own (data/services/*.json)."""
    said = {f"{service.id} {name}": text for service in REGISTRY.values() for name, text in own_words(service)}
    hard = {name: found for name, text in said.items() if (found := too_hard(text))}
    assert not hard, "\n".join(f"{name}: {why}" for name, why in hard.items())


def every_reply() -> dict[str, str]:
    """Every reply measured above, by name (to the person, about Dave, about them), and each service's
    own words."""
    said: dict[str, str] = {}
    for person in (None, "Dave", "them"):
        said.update({f"{name} {n} [{person}]": reply.text for name, made in samples(person).items()
                     for n, reply in enumerate(made)})
        said.update({f"{name} [{person}]": reply.text for name, reply in constants().items()})
    said.update(written_in_place())
    said.update({f"{service.id} {name}": text for service in REGISTRY.values() for name, text in own_words(service)})
    return said


if __name__ == "__main__":  # PYTHONPATH=. .venv/bin/python tests/bot/conversation/test_reading_age.py [grade]
    import sys
    said = every_reply()
    distinct = set(said.values())
    for bar in (4.0, 5.0, 6.0):
        over = {text for text in distinct if textstat.flesch_kincaid_grade(as_read(text)) > bar}
        print(f"over grade {bar:.0f}: {len(over)} of {len(distinct)} distinct replies")
    hard = {text for text in distinct if too_hard(text)}
    print(f"over the bar (grade > {MAX_GRADE:.0f} or ease < {MIN_EASE:.0f}): {len(hard)}")
    for name, text in said.items():
        if len(sys.argv) > 1 and text in hard:
            hard.discard(text)
            print(f"--- {name}: {too_hard(text)}")
