"""The action server answers only Rasa.

Every call to the action server carries a person's current turn (slots, the latest message, the
story while it is told), and its actions act for that person: keep a story, share it, hand out a
download link. So every request but `/health` must carry the secret the Rasa servers have, as
`Authorization: Bearer <secret>` (Rasa's action endpoint `headers:`, written by the launcher into
its endpoints.yml); anything else gets 401 before any action runs. A header, not Rasa's `token:`,
which would put the secret in the URL.

The secret is TELL_ACTIONS_TOKEN (the README's table of variables; read by bot/settings.py); in the
embedded mode, when it is not given, <var>/keys/actions.token (0600), made on first use.

An action that fails gets an opaque reply (rasa-sdk's own quoted the whole request, the tracker
with the story, back to the caller, and Rasa logged that reply); the failure is logged here, with
bot/rasa/quiet_logs.py redacting it.
"""
from __future__ import annotations

import hmac
import logging
import re
import secrets
from typing import TYPE_CHECKING, Any

from bot.rasa.errors import ActionsTokenError
from bot.settings import Settings
from consent_store.keys import create_file_once

TOKEN_ENV = "TELL_ACTIONS_TOKEN"
OPEN_PATHS = frozenset({"/health"})  # the launcher's and nginx's readiness checks
# RFC 6750's token characters; long enough not to be guessed.
_TOKEN = re.compile(r"^[A-Za-z0-9._~+/=-]{32,512}$")

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sanic import Sanic
    from sanic.request import Request
    from sanic.response import HTTPResponse


def actions_token(settings: Settings) -> str:
    """The secret the Rasa servers send the action servers: TELL_ACTIONS_TOKEN, else the file
    <var>/keys/actions.token, created once (mode 0600, folder 0700)."""
    given = settings.secrets.actions_token
    if given:
        if not _TOKEN.match(given):
            raise ActionsTokenError(f"{TOKEN_ENV} must be 32 to 512 letters, digits or -._~+/=")
        return given
    path = settings.var_dir / "keys" / "actions.token"
    if not path.exists():
        create_file_once(path, secrets.token_urlsafe(32) + "\n")
    return path.read_text().strip()


def authorization(token: str) -> str:
    """The Authorization header's value that the action server accepts."""
    return f"Bearer {token}"


def guard(app: Sanic, token: str) -> None:
    """Refuse every request to the Sanic `app` (rasa-sdk's) without the secret, and answer every
    failure with an opaque body."""
    from sanic import response
    from sanic.exceptions import SanicException

    expected = authorization(token).encode()

    async def only_rasa(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        given = (request.headers.get("authorization") or "").encode()
        if not hmac.compare_digest(given, expected):  # constant time for a given length
            return response.json({"error": "unauthorised"}, status=401, headers={"WWW-Authenticate": "Bearer"})
        return None

    async def opaque_failure(request: Request, exception: Exception) -> HTTPResponse:
        if isinstance(exception, SanicException) and getattr(exception, "status_code", 500) < 500:
            return response.json({"error": "refused"}, status=exception.status_code)
        log.error("an action failed", exc_info=exception)
        return response.json({"error": "the action failed"}, status=500)

    app.register_middleware(only_rasa, "request")
    app.error_handler.add(Exception, opaque_failure)  # replaces rasa-sdk's, which echoed the request


def install(token: str) -> None:
    """Guard the app rasa-sdk builds when `rasa run actions` starts it (before it serves)."""
    import rasa_sdk.endpoint as endpoint

    create_app = endpoint.create_app

    def create_guarded_app(*args: Any, **kwargs: Any) -> Sanic:
        app: Sanic = create_app(*args, **kwargs)
        guard(app, token)
        return app

    endpoint.create_app = create_guarded_app
