"""SMS: a Rasa input channel that speaks Twilio's webhook (form-encoded `From` and `Body`).

POST /webhooks/sms/webhook
- checks `X-Twilio-Signature` with the twilio package's RequestValidator against the auth token
  (a request without a valid signature gets 403 and reaches nothing);
- uses a keyed hash of the phone number as the conversation id, so no phone number is kept, and one
  number's conversation cannot be reached from another;
- normalises the text (bot.rasa.channels.text) and takes a reply of just a number as the button it
  numbered in the last message ("Reply 1 for Yes, 2 for No");
- answers in the HTTP response with TwiML, each text at most three SMS segments, a question with its
  options and a heading with its list (bot/rasa/channels/text.py's `lay_out`); a long reply in pages,
  the next one sent for a text of MORE (bot/rasa/channels/sms_pages.py);
- handles each `MessageSid` once: a repeat (Twilio's retry, or a replay) gets the first answer and
  reaches nothing else (bot/rasa/channels/sms_repeats.py); once the story is erased, a repeat of any of the
  conversation's messages gets a reply that tells nothing of it;
- after a network stop word (STOP...) texts nothing more to the number, neither status texts nor
  review reminders, and drops the number kept for them, until START (bot/delivery/notify.py); and
  ends the session's PIN check, so the next text needs the PIN again.
It says nothing different to a number that has a story and one that has none: what a sender is told
depends on the conversation, never on a lookup of the number.

Settings (credentials.yml `bot.rasa.channels.sms.SmsInput:`): the auth token is `TELL_TWILIO_AUTH_TOKEN`,
or the file `var/keys/twilio.token` (created on first run, for the embedded mode); the public URL
Twilio calls, which the signature covers, is `TELL_SMS_PUBLIC_URL` (default: the URL of the request
as it arrived, right when nothing rewrites it on the way).
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.conversation import rights
from bot.conversation.wording.returning import CLEARED, DELETED
from bot.delivery.notify import remember_number, texts_wanted
from bot.delivery.service_keys import sms_auth_token
from bot.ops.runtime import get_runtime
from bot.rasa.channels import SMS_FROM
from bot.rasa.channels.sms_pages import MORE_WORDS, WaitingPages, paged
from bot.rasa.channels.sms_repeats import MessageRepeats
from bot.rasa.channels.text import (
    SMS_MAX_CHARS,
    lay_out,
    normalise,
    plain_punctuation,
    said_once,
    with_numbered_options,
)
from bot.rasa.channels.texted_replies import prepare as prepare_reply
from bot.rasa.errors import MessageRefused
from bot.rasa.listening import help_for_refused
from bot.settings import load_settings
from consent_store.keys import load_or_create_lookup_key
from consent_store.people import handle_hash

log = logging.getLogger(__name__)
NO_TEXT = "I can only read the words of a text message. Please send your message as text."
QUIET = "I have your message. Text HELLO to start, or tell me what you need."
TROUBLE = "Sorry, something went wrong on our side. Please send that again in a minute."
# The words with which a phone network or the provider stops (and starts) texts to a number: after
# STOP the provider sends that number nothing until START, so "say hello to carry on" would go unanswered.
OPT_OUT = frozenset({"stop", "stopall", "unsubscribe", "cancel", "end", "quit"})
OPT_IN = frozenset({"start", "unstop"})
# The same wish in words, which the networks do not act on but we do: "please stop texting me", "no more texts"
NO_MORE_TEXTS = re.compile(r"^\W*(?:please\s+|pls\s+|can you\s+|could you\s+)?(?:stop|no more|quit|dont|do not|don't)\s+"
                           r"(?:texting|text|texts|txts|txt|messaging|messages|sending (?:me )?(?:texts|messages))"
                           r"(?:\s+me)?(?:\s+(?:please|pls|any ?more|again|thanks|thank you))*\W*$", re.I)
OPTED_OUT = ("You will get no more texts from us. Nothing has been shared that you did not agree to, and what you "
             "told me is kept safely. To carry on, text START, then HELLO.")


def conversation_id(lookup_key: bytes, phone: str) -> str:
    """The conversation id of a phone number: a keyed hash; the number itself is kept nowhere."""
    return "sms-" + handle_hash(lookup_key, "sms:" + re.sub(r"[^\d+]", "", phone))


def session_ended(sender_id: str) -> None:
    """After a stop word, the PIN typed in this session no longer counts (bot/conversation/rights.py):
    whoever texts from the number next is asked for it again. A failure raises: the sender is told."""
    rights.new_session(get_runtime(), sender_id)


def twiml_text(texts: list[str]) -> str:
    reply = MessagingResponse()
    for text in texts:
        reply.message(text)
    return str(reply)


def twiml(texts: list[str]) -> HTTPResponse:
    return response.text(twiml_text(texts), content_type="application/xml")


def as_written(messages: list[dict[str, Any]]) -> list[str]:
    """A reply's messages as an SMS can carry them: only the last message with buttons has them, as
    numbered options (a number answers that message's buttons: `last_buttons`), said once; none when
    the words already name every one of them in quotes ('or say "that's all"')."""
    asking = max((n for n, m in enumerate(messages) if m.get("buttons")), default=-1)
    said = plain_punctuation("\n".join(m.get("text") or "" for m in messages)).lower()
    if asking >= 0 and all(f'"{plain_punctuation(str(b.get("title", ""))).lower()}"' in said
                           for b in messages[asking]["buttons"]):
        asking = -1
    written = [plain_punctuation(with_numbered_options(m.get("text") or "", (m.get("buttons") or []) if n == asking else []))
               for n, m in enumerate(messages)]
    return [block for block in said_once(written) if block.strip()]


def to_sms(messages: list[dict[str, Any]]) -> list[list[str]]:
    """Rasa's replies as pages of texts (bot/rasa/channels/sms_pages.py), each text within three
    segments, a message whole in one text where it fits (bot/rasa/channels/text.py's `lay_out`)."""
    blocks = as_written(messages)
    return paged(lambda reserve: lay_out(blocks, reserve=reserve)) if blocks else []


def last_buttons(tracker: DialogueStateTracker | None) -> list[dict[str, Any]]:
    """The buttons of the last message that had any in the assistant's last turn: the ones the
    numbered options answer."""
    for event in reversed(tracker.events if tracker else []):
        if getattr(event, "type_name", "") == "user":
            break
        if getattr(event, "type_name", "") == "bot" and (event.data or {}).get("buttons"):
            buttons: list[dict[str, Any]] = event.data["buttons"]
            return buttons
    return []


class SmsInput(InputChannel):  # type: ignore[misc]  # Rasa ships no types
    @classmethod
    def name(cls) -> str:
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls()

    def __init__(self) -> None:
        settings = load_settings()
        self.validator = RequestValidator(sms_auth_token(settings))
        self.public_url = settings.sms_public_url
        self.lookup_key = load_or_create_lookup_key(settings.lookup_key_file, settings.lookup_key_env, None)
        self.repeats = MessageRepeats(self.lookup_key)
        self.pages = WaitingPages()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sms = Blueprint("sms_webhook", __name__)

        @sms.route("/", methods=["GET"])  # type: ignore[untyped-decorator]  # Sanic 21.12 types a route handler as Callable[..., ...]
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sms.route("/webhook", methods=["POST"])  # type: ignore[untyped-decorator]  # Sanic 21.12 types a route handler as Callable[..., ...]
        async def receive(request: Request) -> HTTPResponse:
            # Parsed here, keeping blank values: Twilio signs an empty Body too, and Sanic drops it.
            fields = dict(parse_qsl(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))
            signature = request.headers.get("X-Twilio-Signature", "")
            if not self.validator.validate(self.public_url or request.url, fields, signature):
                return response.text("", status=403)
            phone = fields.get("From", "")
            if not re.search(r"\d", phone):
                return response.text("", status=400)
            body = fields.get("Body")
            if body is None or not body.strip():
                return twiml([NO_TEXT])
            try:
                text = normalise(body, SMS_MAX_CHARS).strip()
            except MessageRefused as refused:  # too long (or unreadable): still checked, the help with the refusal
                help_now, at_risk = await help_for_refused(body, str(refused), by_sms=True)
                if at_risk:  # a harm by others told: the phone may be read, so no texts go to it unasked
                    await asyncio.to_thread(texts_wanted, conversation_id(self.lookup_key, phone), False)
                return twiml([help_now or str(refused)])
            message_id = fields.get("MessageSid")
            try:
                if message_id:
                    answer = await self.repeats.once(fields.get("AccountSid", ""), message_id, time.monotonic(),
                                                     lambda: self._answer(request, phone, text, on_new_message),
                                                     sender=conversation_id(self.lookup_key, phone))
                else:
                    answer = await self._answer(request, phone, text, on_new_message)
            except Exception:  # noqa: BLE001 - the sender gets a reply; the log gets no message text
                log.exception("SMS message could not be handled")
                return twiml([TROUBLE])
            return response.text(answer, content_type="application/xml")

        return sms

    async def _answer(self, request: Request, phone: str, text: str,
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> str:
        """The message handled: the TwiML answer's text (raises if it could not be handled)."""
        sender = conversation_id(self.lookup_key, phone)
        # Nobody types a button payload on a phone: "/restart" typed is words, not a command.
        text = text.lstrip("/").strip() or text
        keyword = text.lower().strip(" .!")
        if keyword in MORE_WORDS and (page := self.pages.next(sender, time.monotonic())):
            return twiml_text(page)  # the next page of the last reply
        self.pages.drop(sender)
        if keyword in OPT_IN:
            text = "hello"
            await asyncio.to_thread(texts_wanted, sender, True)  # texts may come again
        if text.isascii() and text.isdigit():  # "1": the button numbered in the last message
            buttons = last_buttons(await request.app.ctx.agent.tracker_store.retrieve(sender))
            if 1 <= int(text) <= len(buttons):
                text = buttons[int(text) - 1].get("payload") or text
        collector = CollectingOutputChannel()
        await prepare_reply(request.app.ctx.agent, sender)  # a reply to a question texted in this session
        opting_out = keyword in OPT_OUT or bool(NO_MORE_TEXTS.match(text))
        await on_new_message(UserMessage("stop" if opting_out else text, collector, sender,
                                         input_channel=self.name(), metadata={SMS_FROM: phone}))
        if opting_out:  # the conversation stops ("stop"), and the person is told how texts start again
            await asyncio.to_thread(texts_wanted, sender, False)  # no status text nor reminder until START
            await asyncio.to_thread(session_ended, sender)  # the next text needs the PIN again
            return twiml_text([OPTED_OUT])
        # Where status texts go, for a person with a saved story (sealed; bot/delivery/notify.py).
        await asyncio.to_thread(remember_number, sender, phone)
        if any(DELETED.text in str(m.get("text", "")) or str(m.get("text", "")).startswith(CLEARED)
               for m in collector.messages):
            self.repeats.erased(sender, twiml_text([QUIET]))  # no repeat tells what was erased
        first, *rest = to_sms(collector.messages) or [[QUIET]]
        self.pages.keep(sender, rest, time.monotonic())
        return twiml_text(first)
