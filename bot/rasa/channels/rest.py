"""REST: Rasa's JSON webhook, for tests and integrations only, held to the rules of the other channels.

POST /webhooks/rest/webhook  `{"sender": "...", "message": "..."}` -> `[{"text": ...}, ...]`
(registered in credentials.yml as `bot.rasa.channels.rest.RestInput`, in place of Rasa's `rest:`)

- **Who may call**: in the production mode a bearer token (`Authorization: Bearer <TELL_REST_TOKEN>`;
  bot/ops/production.py sets one, from the variable or var/keys/rest.token); without one, 401 and nothing
  reaches Rasa. In the embedded mode TELL_REST_TOKEN is unset and REST is open, for the tests,
  benchmarks and local integrations (the machine's own users only: it listens on localhost).
- **Whose conversation**: a sender in another channel's namespace is refused (403): `web-…` (the
  web chat's ids) and `sms-…` (SMS: a keyed hash of the number), and the 43-character shape the web
  chat's cookies have, which older web-chat conversations used as their id. Only the web chat itself,
  proving it with its own secret (`X-Tell-Webchat-Token`, bot/rasa/channels/tokens.py), speaks as `web-…`.
- **The same text as every channel**: bot/rasa/channels/text.py's normalise (NFC, direction controls
  removed, a NUL refused) and the web chat's cap (MAX_MESSAGE_CHARS), before Rasa sees anything.
  A refused or unreadable message is answered with its plain reason and a 4xx, never an empty 200.
- Nothing a client sends beyond sender and message is used (no metadata, no input_channel, no
  streaming), and no message text is ever logged: Rasa's own REST channel logs it on failure.
"""
from __future__ import annotations

import hmac
import json
import logging
import re
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.conversation.wording import TOO_LONG
from bot.rasa.channels.text import normalise
from bot.rasa.channels.tokens import WEBCHAT_HEADER, rest_token, webchat_token
from bot.rasa.errors import MessageRefused
from bot.rasa.listening import help_for_refused
from bot.settings import MAX_MESSAGE_CHARS, load_settings

log = logging.getLogger(__name__)

UNREADABLE = "Sorry, that message did not arrive properly. Please try again."
NO_TOKEN = "This webhook needs its token."
NOT_YOURS = "That conversation belongs to another channel."
NO_SENDER = "Say who is speaking: a \"sender\" of up to 128 printable characters."
TROUBLE = "Sorry, something went wrong on our side. Please send that again in a minute."

OTHER_CHANNELS = ("web-", "sms-")
WEB_CHAT_ID = re.compile(r"web-[A-Za-z0-9_-]{40,64}")
COOKIE_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32): the web chat's cookies
MAX_SENDER = 128


def refusal(status: int, text: str, **headers: str) -> HTTPResponse:
    return response.json([{"text": text}], status=status, headers=headers or None)


def owned_by_another_channel(sender: str) -> bool:
    """A web-chat or SMS conversation id (or a web-chat cookie's shape): not REST's to use."""
    return sender.lower().startswith(OTHER_CHANNELS) or bool(COOKIE_SHAPE.fullmatch(sender))


class RestInput(RasaRestInput):  # type: ignore[misc]  # Rasa ships no types
    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls()

    def __init__(self) -> None:
        settings = load_settings()
        self.bearer = rest_token(settings)
        self.webchat = webchat_token(settings)

    def caller(self, request: Request) -> str | None:
        """"webchat", "client" or None (refused): the web chat by its own secret; anyone else by the
        bearer token when one is set."""
        if WEBCHAT_HEADER in request.headers:
            given = request.headers.get(WEBCHAT_HEADER, "")
            return "webchat" if hmac.compare_digest(given.encode(), self.webchat.encode()) else None
        if self.bearer is None:
            return "client"
        scheme, _, given = (request.headers.get("Authorization") or "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), self.bearer.encode()):
            return "client"
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest = Blueprint("rest_webhook", __name__)

        @rest.route("/", methods=["GET"])  # type: ignore[untyped-decorator]  # Sanic 21.12 types a route handler as Callable[..., ...]
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])  # type: ignore[untyped-decorator]  # Sanic 21.12 types a route handler as Callable[..., ...]
        async def receive(request: Request) -> HTTPResponse:
            caller = self.caller(request)
            if caller is None:
                return refusal(401, NO_TOKEN, **{"WWW-Authenticate": "Bearer"})
            try:
                body = json.loads(request.body or b"{}")
            except (ValueError, RecursionError):  # not JSON, or nested deeper than any message is
                return refusal(400, UNREADABLE)
            if not isinstance(body, dict):
                return refusal(400, UNREADABLE)
            sender, message = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not 0 < len(sender) <= MAX_SENDER or not sender.isprintable():
                return refusal(400, NO_SENDER)
            if caller == "webchat" and not WEB_CHAT_ID.fullmatch(sender):
                return refusal(403, NOT_YOURS)
            if caller == "client" and owned_by_another_channel(sender):
                return refusal(403, NOT_YOURS)
            if not isinstance(message, str):
                return refusal(400, UNREADABLE)
            if len(message) > MAX_MESSAGE_CHARS:  # refused, and still checked: the help comes with the refusal
                return refusal(413, (await help_for_refused(message, TOO_LONG.text, by_web=caller == "webchat"))[0]
                               or TOO_LONG.text)
            try:
                text = normalise(message, MAX_MESSAGE_CHARS)  # before anything else sees it
            except MessageRefused as refused:  # a NUL or half a character: checked all the same
                return refusal(400, (await help_for_refused(message, str(refused), by_web=caller == "webchat"))[0]
                               or str(refused))
            collector = CollectingOutputChannel()
            channel = "webchat" if caller == "webchat" else self.name()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=channel))
            except Exception as problem:  # noqa: BLE001 - the caller is told; the log gets no words
                log.error("REST message could not be handled (%s)", type(problem).__name__)
                return refusal(500, TROUBLE)
            return response.json(collector.messages)

        return rest
