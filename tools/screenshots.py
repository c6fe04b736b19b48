"""Screenshots of the pathway pages (issue 21) as a person, a coordinator, a printer and a service's
staff meet them, for a reviewer to look at: the real embedded stack on free ports, a story told over
REST, shared with three services whose staff move the referrals on, PNGs by headless Chromium.

    .venv/bin/python tools/screenshots.py [--out /tmp/shots]

Writes into --out: 1-pathway.png (one accepted, one on hold with a question, one stalled), 2-coordinator.png
(statuses only), 3-coordinator-story.png (a viewer allowed the story), 4-about-me.png, 5-about-me-print-*.png
(the served PDF through pdftoppm) and 5-about-me-chromium-print.pdf, 6-staff.png (the reference receiver's
staff page), 7-chat.png (the web chat after "who has my story?"), the person's page at 320px
(1-pathway-320.png) and with text at 200% (1-pathway-zoom200.png), and a carer's About Me and pathway
(8-carer-*.png). Nothing here is a test: it asserts only what it needs to go on.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

import requests  # noqa: E402

Say = Callable[[str], str]  # a message said, the replies' text
from sqlalchemy import update  # noqa: E402

from bot.ops.ports import free_port  # noqa: E402
from bot.ops.runtime import build_runtime  # noqa: E402
from bot.ops.stack import MODEL, Stack  # noqa: E402
from bot.settings import DEFAULT_PORTS, load_settings  # noqa: E402
from consent_store.schema import referrals  # noqa: E402
from tests.journey_steps import ANSWERS, PIN, confirm_read_back, finish_story, rest_speaker  # noqa: E402
from tests.test_referral_status import SESSION_START, Staff  # noqa: E402

STORY = ("I have asthma and I use an inhaler. My knees are bad so I struggle with the stairs. I live alone on the "
         "second floor. I want to get back to work. My dog matters to me.")
CARER_STORY = "He has dementia and he forgets his tablets. He lives with me. He loves his garden."
LINK = re.compile(r"(http://\S+/pathway/[0-9a-f-]{36}\.\d+\.[0-9a-f]{32})")
VIEWER = re.compile(r"(http://\S+/pathway/shared/[0-9a-f-]{36}\.[0-9a-f]{32})")
ABOUT = re.compile(r"(http://\S+/pathway/about-me/[0-9a-f-]{36}\.\d+\.[0-9a-f]{32})")


def found(pattern: re.Pattern[str], reply: str) -> str:
    match = pattern.search(reply)
    if not match:
        raise SystemExit(f"no link in the reply: {reply[-400:]}")
    return match.group(1)


EXTRA = {"nurses' help with": "Medicines support", "housebound": "No", "medicines": "an inhaler",
         "conditions": "asthma", "how would you like": "By phone", "contacted": "By phone"}


def answer_questions(say: Say, asked: str) -> str:
    """A service's questions answered as a person might (tests/journey_steps.py's answers, a few more, else
    the first option offered, else "leave the rest for the service") until the consent question."""
    for _ in range(25):
        if "Do you agree to share this?" in asked:
            return asked
        if "The form does not need this one" in asked:
            asked = say("leave the rest for the service")
            continue
        known = {**{t: a[-1] for t, a in ANSWERS.items()}, **EXTRA}
        topic = next((t for t in known if t in asked), None)
        if topic:
            asked = say(known[topic])
            continue
        lines = [line for line in asked.splitlines() if line.strip()]
        question = max((i for i, line in enumerate(lines) if line.rstrip().endswith("?")), default=len(lines) - 1)
        options = lines[question + 1:]
        asked = say(options[0] if options else "skip")
    raise SystemExit(f"no consent question: {asked[-300:]}")


def share(stack: Stack, say: Say, service_id: str) -> str:
    staff = Staff(stack, service_id)
    before = set(staff.referrals())
    answer_questions(say, say('/choose_service{"service_id":"%s"}' % service_id))
    reply = say("yes")
    if "has confirmed it" not in reply and "has your details" not in reply:
        raise SystemExit(f"{service_id}: not shared: {reply[-300:]}")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        new = set(staff.referrals()) - before
        if new and staff.status(next(iter(new))) == "received":
            return next(iter(new))
        time.sleep(0.3)
    raise SystemExit(f"{service_id}: no referral received")


def visit(say: Say) -> str:
    say(SESSION_START)
    say("who has my story?")
    return say(PIN)


def backdate(stack: Stack, task_id: str, days: int) -> None:
    rt = build_runtime(load_settings(stack.env))
    try:
        with rt.sessions.begin() as session:
            row = session.execute(referrals.select().where(referrals.c.id == task_id)).one()
            session.execute(update(referrals).where(referrals.c.id == task_id)
                            .values(updated_at=row.updated_at - timedelta(days=days)))
    finally:
        rt.engine.dispose()


def browser_speaker(page: Any) -> Say:
    """Say a message in the web chat as a person types it (Ctrl+Enter); returns the new replies' text."""

    def say(message: str) -> str:
        before = page.locator("#log li.bot").count()
        page.fill("#message", message)
        page.keyboard.press("Control+Enter")
        page.wait_for_function("(n) => document.querySelectorAll('#log li.bot').length > n", arg=before,
                               timeout=90_000)
        page.wait_for_timeout(400)
        items = page.locator("#log li.bot")
        # each reply's text, then the addresses of its links (the chat shows a link by its name)
        return "\n".join(str(items.nth(i).inner_text()) + "".join(
            f"\n{href}" for href in items.nth(i).evaluate("li => [...li.querySelectorAll('a')].map(a => a.href)"))
            for i in range(before, items.count()))

    return say


def tell_story(stack: Stack, chat: Any) -> tuple[Say, dict[str, str]]:
    chat.goto(stack.url("webchat") + "/")
    chat.wait_for_function("() => document.querySelectorAll('#log li.bot').length > 0", timeout=60_000)
    say = browser_speaker(chat)
    say("/tell_about_me")
    say(STORY)
    confirm_read_back(say, finish_story(say))
    tasks = {sid: share(stack, say, sid) for sid in ("gp-practice", "community-nursing", "adult-social-care")}
    return say, tasks


def tell_carer_story(stack: Stack) -> tuple[Say, str]:
    sender = f"shots-carer-{uuid.uuid4().hex[:8]}"
    say = rest_speaker(stack, sender)
    say("hello")
    say("/tell_about_someone")
    say("my husband dave")
    say("Jean")
    say("he asked me to")
    say("yes he knows")
    say(CARER_STORY)
    confirm_read_back(say, finish_story(say))
    task = share(stack, say, "gp-practice")
    return say, task


def staff_password(staff: Staff) -> str:
    auth = staff.http.auth
    assert isinstance(auth, tuple)
    return str(auth[1])


def shoot(stack: Stack, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            shoot_with(stack, out, browser)
        finally:
            browser.close()


def shoot_with(stack: Stack, out: Path, browser: Any) -> None:
    chat = browser.new_page(viewport={"width": 1000, "height": 900})
    say, tasks = tell_story(stack, chat)
    gp, nurses, council = (Staff(stack, s) for s in ("gp-practice", "community-nursing", "adult-social-care"))
    gp.press(tasks["gp-practice"], "accept")
    nurses.press(tasks["community-nursing"], "ask", "date-of-birth")
    backdate(stack, tasks["adult-social-care"], 35)  # the council's threshold is 28 days
    say("who has my story?")
    statuses_only = found(VIEWER, say("let Sam Jones see my referrals for 2 weeks"))
    with_story = found(VIEWER, say("let Ann Other see my story and referrals"))
    requests.get(statuses_only, timeout=30)  # a look, so "looked 1 time" shows on the person's page
    whole = say("who has my story?")
    chat.screenshot(path=str(out / "7-chat.png"), full_page=False)
    (out / "who-has-my-story.txt").write_text(whole)
    pathway = found(LINK, whole)
    about = found(ABOUT, say("About me"))

    carer_say, carer_task = tell_carer_story(stack)
    carer_pathway = found(LINK, visit(carer_say))
    carer_about = found(ABOUT, carer_say("About me"))

    pdf = requests.get(about + ".pdf", timeout=60)
    (out / "5-about-me.pdf").write_bytes(pdf.content)
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(out / "5-about-me.pdf"), str(out / "5-about-me-print")],
                   check=True)

    if True:  # the pages, by their links
        page = browser.new_page(viewport={"width": 1000, "height": 800})
        for name, url in (("1-pathway", pathway), ("2-coordinator", statuses_only), ("3-coordinator-story", with_story),
                          ("4-about-me", about), ("8-carer-pathway", carer_pathway), ("8-carer-about-me", carer_about)):
            page.goto(url)
            page.screenshot(path=str(out / f"{name}.png"), full_page=True)
        page.goto(about)
        page.pdf(path=str(out / "5-about-me-chromium-print.pdf"), format="A4")
        page.emulate_media(media="print")
        page.screenshot(path=str(out / "5-about-me-print-media.png"), full_page=True)
        page.emulate_media(media="screen")

        narrow = browser.new_page(viewport={"width": 320, "height": 640})
        widths = []
        for name, url in (("1-pathway", pathway), ("2-coordinator", statuses_only), ("4-about-me", about)):
            narrow.goto(url)
            narrow.screenshot(path=str(out / f"{name}-320.png"), full_page=True)
            widths.append(f"{name} at 320px: scrollWidth {narrow.evaluate('document.documentElement.scrollWidth')}")
        # 200%: the whole page zoomed (a 1000px window at 200% is 500 CSS px, drawn at twice the density) ...
        zoomed = browser.new_page(viewport={"width": 500, "height": 400}, device_scale_factor=2)
        zoomed.goto(pathway)
        zoomed.screenshot(path=str(out / "1-pathway-zoom200.png"), full_page=True)
        widths.append(f"page zoom 200%: scrollWidth {zoomed.evaluate('document.documentElement.scrollWidth')} of 500")
        # ... and text only at 200% (the browser's minimum/default font size raised), at a desktop width
        text_only = browser.new_context(viewport={"width": 1000, "height": 800}, bypass_csp=True).new_page()
        text_only.goto(pathway)
        text_only.evaluate("""() => {  // every element's text twice as big, as Firefox's "zoom text only" does
            const sizes = [...document.querySelectorAll('body *')].map(e => [e, getComputedStyle(e)]);
            const doubled = sizes.map(([e, s]) => [e, parseFloat(s.fontSize) * 2,
                                                   s.lineHeight.endsWith('px') ? parseFloat(s.lineHeight) * 2 : null]);
            for (const [e, size, line] of doubled) {
                e.style.fontSize = size + 'px';
                if (line) e.style.lineHeight = line + 'px';
            }
        }""")
        text_only.screenshot(path=str(out / "1-pathway-text200.png"), full_page=True)
        widths.append(f"text 200%: scrollWidth {text_only.evaluate('document.documentElement.scrollWidth')} of 1000")
        (out / "widths.txt").write_text("\n".join(widths) + "\n")

        staff_page = browser.new_page(viewport={"width": 1000, "height": 800},
                                      http_credentials={"username": "staff", "password": staff_password(nurses)})
        staff_page.goto(f"{nurses.base}/referrals/{tasks['community-nursing']}")
        staff_page.screenshot(path=str(out / "6-staff.png"), full_page=True)
        staff_page.click("text=The intake form")
        staff_page.screenshot(path=str(out / "6-staff-intake.png"), full_page=False)
        notes = [f"intake link from the staff page: {staff_page.url}",
                 "links in the chat's last replies: " + str(chat.locator("#log li.bot a").count())]

        # the chat said "Community nursing team needs your date of birth ... reply with it or say skip": reply
        notes.append("reply to a date of birth in the same chat: " + say("14 February 1947").replace("\n", " | "))
        time.sleep(3)
        notes.append("the nurses' status after it: " + nurses.status(tasks["community-nursing"]))
        (out / "notes.txt").write_text("\n".join(notes) + "\n")



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/shots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    stack = Stack(var_dir=Path(tempfile.mkdtemp(prefix="shots-var-")), ports={n: free_port() for n in DEFAULT_PORTS},
                  model=MODEL)
    stack.start()
    try:
        shoot(stack, args.out)
    finally:
        stack.stop()
        shutil.rmtree(stack.var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
