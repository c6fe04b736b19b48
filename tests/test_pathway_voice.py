"""Issue 21's pages and replies in the right voice (review), through the running stack (real Rasa,
REST, the reference receiver's staff page): a carer's About Me is about the person in one voice
("He lives with Jean.", headings naming Dave, a form's answers as sentences); a carer's pathway page
and "who has my story?" speak of Dave's referrals; services are named as sentences name them;
waiting shown only while a referral waits; stalled advice to contact the service; the coordinator's
page says whose referrals and until when; the printed About Me at least 11pt; the staff page speaks
to staff."""
from __future__ import annotations

import html as markup
import re
import uuid

import pytest
import requests

from bot.web import about_me as about_me_page
from tests.journey_steps import ANSWERS, confirm_read_back, finish_story, rest_speaker
from tests.test_pathway import backdate, name_a_viewer, pathway_link, visit
from tests.test_pathway import runtime as runtime  # noqa: F401 - fixtures shared with the pathway's tests
from tests.test_pathway import sms_recorder as sms_recorder  # noqa: F401
from tests.test_pathway import stack_options as stack_options  # noqa: F401
from tests.test_pathway_visit import ABOUT_ME_LINK, wait_for
from tests.test_referral_status import Staff, share_with_gp

CARER_STORY = "He has dementia and he forgets his tablets. He lives with me. He loves his garden."
MORE = {"medicines": "an inhaler", "nurses' help with": "Medicines support", "leave home": "No",
        "hard to do day to day": "washing and dressing"}


def page_text(html: str) -> str:
    """What a reader of the page sees: its text, tags gone, entities read."""
    return markup.unescape(" ".join(re.sub(r"<[^>]+>", " ", html).split()))


@pytest.fixture(scope="module")
def staff(embedded_stack):
    return Staff(embedded_stack)


def answer(say, asked: str) -> str:
    known = {**{t: a[-1] for t, a in ANSWERS.items()}, **MORE}
    for _ in range(15):
        if "Do you agree to share this?" in asked:
            return asked
        if "The form does not need this one" in asked:
            asked = say("leave the rest for the service")
            continue
        topic = next((t for t in known if t in asked), None)
        assert topic, asked
        asked = say(known[topic])
    raise AssertionError(asked[-300:])


def carer_shares(stack, staff) -> tuple:
    before = set(staff.referrals())
    sender = f"carer-{uuid.uuid4().hex[:10]}"
    say = rest_speaker(stack, sender)
    for message in ("hello", "/tell_about_someone", "my husband dave", "Jean", "he asked me to", "yes he knows"):
        say(message)
    say(CARER_STORY)
    confirm_read_back(say, finish_story(say))
    answer(say, say('/choose_service{"service_id":"gp-practice"}'))
    assert "has confirmed it" in say("yes")
    (task_id,) = set(staff.referrals()) - before
    assert wait_for(lambda: staff.status(task_id) == "received")
    return say, task_id


def test_a_carer_s_about_me_pathway_page_and_who_has_it_speak_of_the_person(embedded_stack, staff):
    say, task_id = carer_shares(embedded_stack, staff)
    assert staff.press(task_id, "accept").status_code == 303

    who = visit(say)
    assert "These services have Dave's story:" in who and "have your story" not in who
    assert "Riverside Surgery accepted Dave's referral" in who
    page = page_text(requests.get(pathway_link(who), timeout=30).text)
    assert "Dave's referrals" in page and "Your referrals" not in page
    assert "Every service you shared Dave's story with" in page
    said = page.lower().replace("tell your story once", "")  # the service's own name
    assert "your story" not in said and "your referral" not in said and "about you" not in said
    assert "before it was accepted" in page and "Waiting Less than a day" not in page  # it waited, then was answered

    link = ABOUT_ME_LINK.search(say("About me"))
    assert link
    about = page_text(requests.get(link.group(1), timeout=30).text)
    for heading in ("What is most important to Dave", "How Dave communicates and how to communicate with him",
                    "Dave's wellness", "How and when to support Dave", "Also worth knowing about Dave"):
        assert heading in about, heading
    assert "He lives with Jean." in about and "with you" not in about
    assert "He has dementia." in about and "He loves his garden." in about and "He forgets his tablets." in about
    assert "He has not been in hospital in the last 3 months." in about
    assert "Allergies: none known." in about and "Medicines: an inhaler." in about
    assert not re.search(r"\b(They|Their|them|me|my|I)\b", about.split("Date last updated")[1].split("Print this")[0])
    assert "Have you been" not in about and "None known." not in about.replace("Allergies: none known.", "")


def test_a_person_s_own_page_the_stalled_advice_and_the_coordinator_s_page(embedded_stack, staff, runtime):
    say, task_id = share_with_gp(embedded_stack, staff)
    who = visit(say)
    backdate(runtime, task_id, 10)  # Riverside Surgery usually answers within 7 days
    page = page_text(requests.get(pathway_link(who), timeout=30).text)
    assert "You could contact Riverside Surgery to ask where it has got to." in page
    assert "the person who referred you" not in page
    assert "Waiting 10 days" in page

    viewer = page_text(requests.get(name_a_viewer(say), timeout=30).text)
    assert re.search(r"Ann's referrals: where each has got to.*named to see it, until \d+ \w+ 20\d\d\.", viewer)
    assert "Example" not in viewer  # the first name only


def test_the_printed_about_me_is_at_least_11pt(embedded_stack, staff):
    say, _ = share_with_gp(embedded_stack, staff)
    visit(say)
    html = requests.get(ABOUT_ME_LINK.search(say("About me")).group(1), timeout=30).text
    for css in (html, about_me_page.PDF_CSS):
        sizes = [float(x) for x in re.findall(r"font-size:\s*([\d.]+)pt", css)]
        assert sizes and min(sizes) >= 11, sizes


def test_services_are_named_as_sentences_name_them_and_staff_are_spoken_to_as_staff(embedded_stack, staff):
    nurses = Staff(embedded_stack, "adult-social-care")
    say, _ = share_with_gp(embedded_stack, staff)
    before = set(nurses.referrals())
    answer(say, say('/choose_service{"service_id":"adult-social-care"}'))
    assert "has confirmed it" in say("yes")
    (task_id,) = set(nurses.referrals()) - before
    assert wait_for(lambda: nurses.status(task_id) == "received")
    who = visit(say)
    assert "The council's adult social care team has your referral" in who
    assert "Adult social care needs assessment has your referral" not in who
    page = page_text(requests.get(pathway_link(who), timeout=30).text)
    assert "The council's adult social care team has your referral" in page

    staff_page = nurses.page(task_id)
    assert "Their date of birth" in staff_page and "your date of birth" not in staff_page.lower()
    assert nurses.press(task_id, "ask", "date-of-birth").status_code == 303
    assert "On hold, waiting for an answer</strong>: Their date of birth" in nurses.page(task_id)
