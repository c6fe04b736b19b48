"""Issue 19: every reply the assistant can send, as the SMS channel sends it (bot/rasa/channels/sms.py's
`to_sms`), counted: every text at most three segments; a long reply in pages of at most PAGE_TEXTS
texts, each page but the last ending "Reply MORE for the rest."; a question never in one text and its
options in another, a heading never at the end of a text, a list's number never cut from its item;
one set of options in a reply, said once (and not at all when the words name each in quotes: 'or
say "that's all"'); no word lost.

Every reply: every wording function as the dialogue calls it, every constant reply of the wording and
the steps, and domain.yml's responses (the same lists the reading-age test measures,
tests/bot/conversation/test_reading_age.py), to the person, to a carer about "Dave" and about "them";
and "who has my story" with seven services. Each is sent alone, after a long answer (what "can I talk
to a real person" gets first), and after a yes-or-no re-ask with its options, as a turn sends them."""
from __future__ import annotations

import re
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from bot.conversation import wording
from bot.rasa.channels.sms import to_sms
from bot.rasa.channels.sms_pages import MORE, PAGE_TEXTS
from bot.rasa.channels.text import plain_punctuation, segments
from tests.bot.conversation.test_reading_age import REGISTRY, constants, samples

OPTIONS = re.compile(r"(?m)^Reply \d+ for .*$")
WHEN = datetime(2026, 12, 2, tzinfo=timezone.utc)


def holders(count: int) -> list[SimpleNamespace]:
    return [SimpleNamespace(service=service.name, sections=list(service.sections), since=WHEN,
                            receipt_codes=[f"R-{n}X2CGMAK5"], still_sharing=bool(n % 2),
                            referral=f"{service.name} has your referral and has not decided yet: waiting 2 days.")
            for n, service in enumerate(list(REGISTRY.values())[:count])]


def every_reply() -> dict[str, wording.Reply]:
    replies: dict[str, wording.Reply] = {}
    for person in (None, "Dave", "them"):
        replies.update({f"{name} {n} [{person}]": reply for name, made in samples(person).items()
                        for n, reply in enumerate(made)})
        replies.update({f"{name} [{person}]": reply for name, reply in constants().items()})
    replies.update({f"who_has {n} services": wording.who_has(holders(n)) for n in (2, 5, 7)})  # type: ignore[arg-type]
    return replies


REPLIES = every_reply()


def turns(reply: wording.Reply) -> dict[str, list[wording.Reply]]:
    """The reply as a turn can send it: alone, after a long answer, after a yes-or-no re-ask (its own
    options, or other ones)."""
    found = {"alone": [reply], "after a long answer": [wording.TALK_TO_PERSON, reply]}
    if reply.buttons:
        found["after a re-ask"] = [wording.Reply("Please answer yes or no.", wording.YES_NO), reply]
    return found


def said_as(texts: list[str]) -> str:
    return "\n".join(OPTIONS.sub("", t) for t in texts).lower()


def problems(turn: list[wording.Reply]) -> list[str]:
    pages = to_sms([{"text": r.text, "buttons": r.buttons} for r in turn])
    texts = [text for page in pages for text in page]
    found = [f"{segments(t)} segments: {t!r}" for t in texts if segments(t) > 3]
    found += [f"a page of {len(page)} texts" for page in pages if len(page) > PAGE_TEXTS]
    found += ["a page but the last without MORE" for page in pages[:-1] if not page[-1].endswith("\n" + MORE)]
    found += ["MORE on the last page" for t in pages[-1] if MORE in t] if pages else ["no text"]
    for text in texts:
        body = text.removesuffix("\n" + MORE)
        if body.endswith(":") or re.search(r"(^|\n)\d{1,2}[.)]$", body):
            found.append(f"a text ends with a heading or a list's number: {text!r}")
        if OPTIONS.match(body):
            found.append(f"options without their question: {text!r}")
    options = OPTIONS.findall("\n".join(texts))
    if len(options) > 1:
        found.append(f"options said {len(options)} times: {options}")
    named = {str(b["title"]).lower() for r in turn for b in r.buttons if f'"{b["title"]}"'.lower() in said_as(texts)}
    found += [f"an option named in words and numbered: {title}" for title in named
              if any(f" for {title}" in o.lower() for o in options)]
    last = turn[-1]
    if last.buttons and options and not named and options[0] != OPTIONS.findall(to_sms([{"text": "", "buttons": last.buttons}])[0][0])[0]:
        found.append("the options are not the last question's")
    fitting = [plain_punctuation(r.text) for r in turn if not r.buttons and segments(plain_punctuation(r.text)) <= 3]
    found += [f"a message that fits one text is cut: {t!r}" for t in fitting if not any(t in x for x in texts)]
    said = "".join("".join(OPTIONS.sub("", t).replace(MORE, "") for t in texts).split())
    meant = "".join("".join(plain_punctuation(r.text) for r in turn).split())
    if said != meant:
        found.append("words lost or changed")
    return found


def test_every_reply_is_measured():
    assert len(REPLIES) > 300
    assert sum(1 for r in REPLIES.values() if r.buttons) > 20


@pytest.mark.parametrize("kind", ["alone", "after a long answer", "after a re-ask"])
def test_every_reply_by_sms_fits_its_texts_and_pages(kind):
    bad = {f"{name} ({kind})": found for name, reply in REPLIES.items()
           if kind in turns(reply) and (found := problems(turns(reply)[kind]))}
    assert not bad, "\n".join(f"{name}: {why}" for name, why in list(bad.items())[:20]) + f"\n({len(bad)} in all)"


def test_who_has_seven_services_is_paged_and_every_page_fits():
    """A stranger's "who has my story" came as 7 texts with no paging."""
    pages = to_sms([{"text": wording.who_has(holders(7)).text}])  # type: ignore[arg-type]
    assert len(pages) > 1 and all(len(page) <= PAGE_TEXTS for page in pages)
    assert all(page[-1].endswith(MORE) for page in pages[:-1])
