"""Telling, in the background, where referrals have got to (issue 21): the person by SMS when they
came by SMS, and the service when the person stops sharing.

- Texts. A person who texts us and has a saved story has their number kept, sealed with their own
  key (`remember_number`, called by the SMS channel; only when status texts are set up). Each status
  a service sets that the person has not heard (bot/conversation/pathway.py's NEWS) is texted to it
  once, in plain words ("Tell your story once: The community nursing team accepted your
  referral."), through Twilio's Messages API with its official client (`twilio`); the API's address
  is TELL_TWILIO_API_URL when given (a test's local recorder), else Twilio's. Texts are sent only
  when TELL_TWILIO_ACCOUNT_SID and TELL_SMS_FROM are given. A text sent counts as heard in the chat too.
  A person who texts STOP, or whose number the provider says opted out (Twilio's error 21610), has
  their number dropped and is texted nothing more (status or reminder) until they text START; they
  hear the news at their next visit.
- The service. When the person stops sharing, their referral is cancelled (consent_store/referrals.py);
  the cancelled Task is POSTed to the service, signed the Standard Webhooks way with the secret it
  shares with us, at `<the origin of its intake endpoint>/fhir/Task/<task id>`, and acknowledged as
  an intake is (a signed {"acknowledged": <message id>}). Only a service that received the story is
  told. Each send is in the disclosure log ("task-sent").
- Answers. The person's answer to a service's question (consent_store/questions.py) goes to that
  service alone, as the Task with the answer in it (bot/delivery/task_answers.py), signed the same
  way, while the person still shares with it and the referral has not ended; it must be
  acknowledged. The sealed answer is dropped once taken ("answer-sent" in the disclosure log). How a
  check the service asked for ended goes the same way (bot/delivery/review_requests.py, "check-sent").
- Review reminders. A person who came by SMS (their number kept) whose story is due for a check
  (bot/conversation/journey/reviews.py: their period, or a service that asked) is texted once per due
  period ("Tell your story once: Riverside Surgery asked you to check your story is still true...");
  a worker claims each reminder first (consent_store/reviews.py), so several never send it twice. The
  people who may be due are looked for at most every `review_every` (on the store's clock, rt.now).
  Someone who came by the web chat or REST hears of it at their next visit only.
Failures are tried again on the outbox's schedule (a reminder: at the next look); nothing of a text
or a number is logged.

`Notifier.run` is started by the outbox worker's process (bot/delivery/worker.py); several may run
at once: each notice is claimed under a lease (consent_store/pathway.py).
"""
from __future__ import annotations

import json
import logging
import random
import re
import threading
import time
import uuid
from datetime import datetime, timedelta
from typing import Any, Callable
from urllib.parse import urlsplit

import requests

from bot.conversation import pathway
from bot.conversation.journey import reviews as review_times
from bot.delivery.errors import DeliveryFailed, NotSent, OptedOut
from bot.delivery.referrals import task
from bot.delivery.review_requests import check_outcome_task
from bot.delivery.rounds import run_rounds
from bot.delivery.sending import next_attempt_after, post_once
from bot.delivery.service_keys import sms_auth_token
from bot.delivery.task_answers import answer_task
from bot.ops.runtime import Runtime
from bot.settings import Settings
from consent_store import audit, people, questions
from consent_store import consent as consents
from consent_store import pathway as store
from consent_store import referrals as referral_store
from consent_store import reviews as review_store

log = logging.getLogger(__name__)
LEAD = "Tell your story once: "
LEASE = timedelta(minutes=2)
UNSUBSCRIBED = 21610  # Twilio's error: "Attempt to send to unsubscribed recipient" (the number texted STOP)
REVIEW_EVERY = timedelta(seconds=30)  # how often the people due a review reminder are looked for


def texts_on(settings: Settings) -> bool:
    return bool(settings.twilio_account_sid and settings.sms_from)


def sms_client(settings: Settings) -> Any:
    """Twilio's client for our account, at TELL_TWILIO_API_URL if given; None if texts are not set up."""
    if not texts_on(settings):
        return None
    from twilio.http.http_client import TwilioHttpClient
    from twilio.rest import Client

    client = Client(settings.twilio_account_sid, sms_auth_token(settings), http_client=TwilioHttpClient(timeout=10))
    if settings.twilio_api_url:
        client.api.base_url = settings.twilio_api_url  # Domain.absolute_url builds every URL from it
    return client


def reminder_backoff(tries: int) -> timedelta:
    """How long after the `tries`-th refused reminder to try it again: a minute, doubling, at most 6 hours."""
    return min(timedelta(minutes=2 ** (tries - 1)), timedelta(hours=6))


def send_text(client: Any, sender: str, to: str, body: str) -> None:
    """One text through the Messages API; NotSent if the provider did not take it, OptedOut when it
    says the number's owner opted out of texts from us."""
    from twilio.base.exceptions import TwilioException, TwilioRestException

    try:
        client.messages.create(to=to, from_=sender, body=body)
    except TwilioRestException as refused:
        raise (OptedOut() if refused.code == UNSUBSCRIBED else NotSent()) from None
    except (TwilioException, requests.RequestException):
        raise NotSent() from None


def remember_number(sender_id: str, phone: str) -> None:
    """The SMS channel's call after each text: keep the number of a person with a saved story (sealed)
    when status texts are set up. Any failure is logged without the number, and the text goes on."""
    from bot.ops.runtime import get_runtime

    try:
        rt = get_runtime()
        if texts_on(rt.settings):
            pathway.remember_sms_number(rt, sender_id, re.sub(r"[^\d+]", "", phone), rt.now())
    except Exception:  # noqa: BLE001 - a status text is a courtesy: it must never cost the person their reply
        log.exception("could not keep the number for status texts")


def texts_wanted(sender_id: str, wanted: bool) -> None:
    """The SMS channel's call when the person texts STOP (`wanted` False: their number is dropped and
    nothing more is texted to them) or START (True). A failure is logged, and the text goes on."""
    from bot.ops.runtime import get_runtime

    try:
        rt = get_runtime()
        pathway.texts_wanted(rt, sender_id, wanted, rt.now())
    except Exception:  # noqa: BLE001 - the reply to STOP must still go
        log.exception("could not keep the choice about status texts")


def reminder_text(rt: Runtime, due: review_times.Due) -> str:
    """The review reminder's words (after LEAD): who asked for the check, or that it is time."""
    if due.asked_by is not None:
        who = pathway.called(rt, due.asked_by)
        opening = f"{who[:1].upper() + who[1:]} asked you to check your story is still true."
    else:
        opening = "It is time to check your story is still true."
    return f"{opening} Reply to this text to check it (after your PIN)."


def task_url(intake_url: str, task_id: str) -> str:
    """Where a service takes a Task from us: /fhir/Task/<id> at the origin of its intake endpoint."""
    parts = urlsplit(intake_url)
    return f"{parts.scheme}://{parts.netloc}/fhir/Task/{task_id}"


class Notifier:
    def __init__(self, rt: Runtime, client: Any = "settings", lease: timedelta = LEASE,
                 jitter: Callable[[], float] = random.random, clock: Callable[[], float] = time.time,
                 review_every: timedelta = REVIEW_EVERY):
        self.rt = rt
        self.review_every = review_every
        self._reviews_looked: datetime | None = None
        # A reminder the provider did not take: tried again no sooner than this (doubling, at most 6 hours).
        self._reminder_retry: dict[str, tuple[int, datetime]] = {}
        self.client = sms_client(rt.settings) if client == "settings" else client
        self.lease = lease
        self.jitter = jitter
        self.clock = clock  # real seconds for signatures; the store's times come from rt.now
        self.http = requests.Session()

    def run_once(self) -> int:
        """Texts and service notices due now, sent; returns how many were tried."""
        now = self.rt.now()
        tried = 0
        if self.client is not None:
            with self.rt.sessions.begin() as session:
                due = store.claim_due(session, store.SMS, pathway.NEWS, now, self.lease, texted_only=True)
            for notice in due:
                self._text(notice)
            tried += len(due)
            tried += self.review_reminders(now)
        with self.rt.sessions.begin() as session:
            due = store.claim_due(session, store.SERVICE, [referral_store.CANCELLED], now, self.lease)
        for notice in due:
            self._tell_service(notice)
        tried += len(due)
        with self.rt.sessions.begin() as session:
            answers = questions.claim_due(session, now, self.lease)
        for answer in answers:
            self._send_answer(answer)
        return tried + len(answers)

    def run(self, stop: threading.Event, idle_wait: float = 1.0) -> None:
        run_rounds(self.run_once, stop, idle_wait, log, "notice")

    def _later(self, notice: store.Due, channel: str, why: str, retry_after: timedelta | None = None) -> None:
        wait = next_attempt_after(notice.attempts + 1, self.jitter(), retry_after)
        with self.rt.sessions.begin() as session:
            if wait is None:  # the schedule is used up: given up (the chat still tells them, for a text)
                log.warning("%s notice for a referral to %s given up: %s", channel, notice.referral.service_id, why)
                store.mark_told(session, notice.referral, channel, self.rt.now())
            else:
                store.put_off(session, notice.referral, channel, self.rt.now(), self.rt.now() + wait)

    def _text(self, notice: store.Due) -> None:
        referral = notice.referral
        with self.rt.reading.begin() as session:
            person = people.person_by_id(session, self.rt.kek, referral.person_id)
            number = store.number_of(session, person) if person else None
            body = LEAD + pathway.news_for(self.rt, session, referral, store.SMS)
        if number is None:
            with self.rt.sessions.begin() as session:
                store.mark_told(session, referral, store.SMS, self.rt.now())
            return
        try:
            send_text(self.client, str(self.rt.settings.sms_from), number, body)
        except OptedOut:  # they will hear it at their next visit, and are texted nothing more
            with self.rt.sessions.begin() as session:
                if person is not None:
                    store.opt_out(session, person, self.rt.now())
                store.mark_told(session, referral, store.SMS, self.rt.now())
            return
        except NotSent:
            return self._later(notice, store.SMS, "the SMS provider did not take it")
        with self.rt.sessions.begin() as session:
            store.mark_told(session, referral, store.SMS, self.rt.now())
            store.mark_told(session, referral, store.CHAT, self.rt.now())  # heard: not told again at the next visit

    def review_reminders(self, now: datetime) -> int:
        """Texts to the people whose check is due and who have not been reminded of it; how many."""
        if self._reviews_looked is not None and now - self._reviews_looked < self.review_every:
            return 0
        self._reviews_looked = now
        with self.rt.reading.begin() as session:
            found = review_store.reminder_candidates(session, now, review_times.SHORTEST_DAYS)
        waiting = {who for who, (_tries, at) in self._reminder_retry.items() if now < at}
        return sum(self._remind(person_id, now) for person_id in found if person_id not in waiting)

    def _remind(self, person_id: str, now: datetime) -> bool:
        rt = self.rt
        with rt.sessions.begin() as session:
            person = people.person_by_id(session, rt.kek, person_id)
            due = review_times.next_check(rt, session, person, now) if person else None
            number = store.number_of(session, person) if person else None
            if (person is None or due is None or number is None or now < due.due_at
                    or not review_store.claim_reminder(session, person, due.due_at, now)):
                return False
        try:
            send_text(self.client, str(rt.settings.sms_from), number, LEAD + reminder_text(rt, due))
        except OptedOut:  # the check waits for their next visit; nothing more is texted to them
            with rt.sessions.begin() as session:
                review_store.unclaim_reminder(session, person)
                store.opt_out(session, person, now)
            return False
        except NotSent:
            with rt.sessions.begin() as session:
                review_store.unclaim_reminder(session, person)
            tries = self._reminder_retry.get(person_id, (0, now))[0] + 1
            self._reminder_retry[person_id] = (tries, now + reminder_backoff(tries))
            return False
        self._reminder_retry.pop(person_id, None)
        return True

    def _tell_service(self, notice: store.Due) -> None:
        referral, rt = notice.referral, self.rt
        service = rt.services.get(referral.service_id)
        with rt.reading.begin() as session:
            person = people.person_by_id(session, rt.kek, referral.person_id)
            received = person is not None and any(
                referral.consent_id in held.consent_ids for held in audit.who_has(session, person.audit_ref))
        if service is None or person is None or not received:  # nothing to tell, or nobody to tell it to
            with rt.sessions.begin() as session:
                store.mark_told(session, referral, store.SERVICE, rt.now())
            return
        body = json.dumps(task(referral, service.name)).encode()
        sent = True
        try:
            post_once(self.http, task_url(service.url(rt.settings.receiver_url), referral.id), body,
                      str(uuid.uuid4()), rt.service_secret(service.id), int(self.clock()))
        except DeliveryFailed as failure:
            if failure.kind == "retry":
                return self._later(notice, store.SERVICE, failure.reason, failure.retry_after)
            log.warning("service %s refused a cancelled Task: %s", service.id, failure.reason)
            sent = False  # refused (or its address closed): not tried again
        with rt.sessions.begin() as session:
            store.mark_told(session, referral, store.SERVICE, rt.now())
            if sent:
                store.record_sent_to_service(session, person, referral, rt.now())

    def _send_answer(self, answer: questions.Answer) -> None:
        """The person's answer to a service's question, to that service only (while they still share
        with it and the referral has not ended); the sealed answer is dropped once it is taken."""
        rt = self.rt
        with rt.reading.begin() as session:
            referral = referral_store.get_referral(session, answer.referral_id)
            person = people.person_by_id(session, rt.kek, answer.person_id)
            consent = consents.get_consent(session, referral.consent_id) if referral else None
            value = questions.answer_value(session, person, answer) if person else None
        service = rt.services.get(referral.service_id) if referral else None
        if (referral is None or person is None or service is None or consent is None
                or not consent.is_live(rt.now()) or referral.status in referral_store.FINAL):
            with rt.sessions.begin() as session:  # nobody to tell, or no longer theirs to know: dropped
                if referral is not None:
                    questions.mark_sent(session, person, answer, referral, rt.now(), sent=False)
            return
        if answer.question == questions.STORY_CHECK:  # how a check it asked for ended
            document = check_outcome_task(referral, service.name, answer.kind)
        else:
            document = answer_task(referral, service.name, answer.question, value)
        body = json.dumps(document).encode()
        try:
            taken = post_once(self.http, task_url(service.url(rt.settings.receiver_url), referral.id), body,
                              answer.id, rt.service_secret(service.id), int(self.clock())).signed
        except DeliveryFailed as failure:
            if failure.kind != "retry":
                log.warning("service %s refused an answer to its question: %s", service.id, failure.reason)
                with rt.sessions.begin() as session:
                    questions.mark_sent(session, person, answer, referral, rt.now(), sent=False)
                return
            taken, retry_after = False, failure.retry_after
        else:
            retry_after = None
        with rt.sessions.begin() as session:
            if taken:
                questions.mark_sent(session, person, answer, referral, rt.now())
                return
            wait = next_attempt_after(answer.attempts + 1, self.jitter(), retry_after)
            if wait is None:
                log.warning("an answer to service %s given up", service.id)
                questions.mark_sent(session, person, answer, referral, rt.now(), sent=False)
            else:
                questions.put_off(session, answer, rt.now() + wait)
