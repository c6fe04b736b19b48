"""The web chat page, and the route it talks to: POST /api/message -> Rasa's REST webhook. Also
/static/nhsuk.css (the NHS.UK frontend's styles) and /download/<token> (a person's whole record, for
a signed link the chat gives after the PIN).

The conversation id is a random token in an HttpOnly cookie, issued here: a browser cannot choose
or guess another person's conversation. Message text is forwarded, never logged.
"""
from __future__ import annotations

import json
import secrets
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests

from bot.channels.text import MessageRefused, normalise
from bot.config import MAX_MESSAGE_CHARS, PROJECT_ROOT
from bot.local_http import serve_until_stopped
from bot.replies import TOO_LONG

PAGE = Path(__file__).parent / "web" / "index.html"
COOKIE = "tell_session"
MAX_BODY = 4 * MAX_MESSAGE_CHARS + 1024  # JSON escapes can quadruple non-ASCII text
# The NHS.UK frontend's styles, installed by `make` from package-lock.json (npm ci).
NHSUK_CSS = PROJECT_ROOT / "node_modules" / "nhsuk-frontend" / "dist" / "nhsuk" / "nhsuk-frontend.min.css"


def static_files() -> dict[str, tuple[bytes, str]]:
    """What /static/ serves; without the npm packages the page still works, unstyled."""
    if not NHSUK_CSS.exists():
        return {}
    return {"nhsuk.css": (NHSUK_CSS.read_bytes(), "text/css; charset=utf-8")}


def make_handler(rasa_url: str, page: bytes, record_for=None):
    """`record_for(token)`: the person's whole record for a download link's token, or None."""
    webhook = rasa_url.rstrip("/") + "/webhooks/rest/webhook"
    static = static_files()

    class Handler(BaseHTTPRequestHandler):
        server_version = "TellWebchat/1"

        def log_message(self, format: str, *args) -> None:
            return

        def _send(self, status: int, body: bytes, content_type: str, cookie: str | None = None,
                  disposition: str | None = None) -> None:
            self.send_response(status)
            if disposition:
                self.send_header("Content-Disposition", disposition)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Security-Policy",
                             "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                             "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
            if cookie:
                self.send_header("Set-Cookie", f"{COOKIE}={cookie}; HttpOnly; SameSite=Strict; Path=/")
            self.end_headers()
            self.wfile.write(body)

        def _reply(self, status: int, messages: list[dict], cookie: str | None = None) -> None:
            self._send(status, json.dumps(messages).encode(), "application/json", cookie)

        def _session(self) -> tuple[str, str | None]:
            """The conversation token, and the token to set if this browser had none."""
            jar = SimpleCookie(self.headers.get("Cookie") or "")
            token = jar[COOKIE].value if COOKIE in jar else ""
            if len(token) == 43 and all(c.isalnum() or c in "-_" for c in token):
                return token, None
            token = secrets.token_urlsafe(32)
            return token, token

        def do_GET(self) -> None:
            if self.path == "/health":
                self._send(200, b'{"status":"ok"}', "application/json")
            elif self.path in ("/", "/index.html"):
                new_cookie = self._session()[1]
                body = page.replace(b"{{NEW_CONVERSATION}}", b"yes" if new_cookie else b"no")
                self._send(200, body, "text/html; charset=utf-8", new_cookie)
            elif self.path.startswith("/static/") and self.path[len("/static/"):] in static:
                self._send(200, *static[self.path[len("/static/"):]])
            elif self.path.startswith("/download/") and record_for is not None:
                record = record_for(self.path[len("/download/"):])
                if record is None:
                    return self._send(404, "This link has expired or is not right. Ask the chat for a new "
                                           "one.".encode(), "text/plain; charset=utf-8")
                self._send(200, json.dumps(record, ensure_ascii=False, indent=2).encode(),
                           "application/json; charset=utf-8",
                           disposition='attachment; filename="my-story.json"')
            else:
                self._send(404, b"not found", "text/plain")

        def do_POST(self) -> None:
            if self.path != "/api/message":
                return self._send(404, b"not found", "text/plain")
            token, new_cookie = self._session()
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._reply(413, [{"text": TOO_LONG.text}])
            try:
                message = json.loads(self.rfile.read(length) or b"{}").get("message", "")
                if not isinstance(message, str):
                    raise ValueError
            except (ValueError, AttributeError):
                return self._reply(400, [{"text": "Sorry, that message did not arrive properly. "
                                                  "Please try again."}])
            if len(message) > MAX_MESSAGE_CHARS:
                return self._reply(413, [{"text": TOO_LONG.text}])
            try:
                message = normalise(message, MAX_MESSAGE_CHARS)  # before anything else sees it
            except MessageRefused as refused:
                return self._reply(400, [{"text": str(refused)}], new_cookie)
            try:
                answer = requests.post(webhook, json={"sender": token, "message": message},
                                       timeout=60)
                answer.raise_for_status()
                messages = answer.json()
            except (requests.RequestException, ValueError):
                return self._reply(502, [{"text": "Sorry, I could not reply just now. Your last "
                                                  "message may not have reached me: please send "
                                                  "it again in a moment."}], new_cookie)
            self._reply(200, messages, new_cookie)

    return Handler


def serve(port: int, rasa_url: str, host: str = "127.0.0.1") -> int:
    from bot import journey
    from bot.config import load_settings
    from bot.runtime import build_runtime

    runtime = build_runtime(load_settings())
    server = ThreadingHTTPServer((host, port), make_handler(rasa_url, PAGE.read_bytes(),
                                                            lambda token: journey.download(runtime, token)))
    return serve_until_stopped(server)
