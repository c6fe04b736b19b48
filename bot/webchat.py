"""The web chat page, and the one route it talks to: POST /api/message -> Rasa's REST webhook.

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
from bot.config import MAX_MESSAGE_CHARS
from bot.local_http import serve_until_stopped
from bot.replies import TOO_LONG

PAGE = Path(__file__).parent / "web" / "index.html"
COOKIE = "tell_session"
MAX_BODY = 4 * MAX_MESSAGE_CHARS + 1024  # JSON escapes can quadruple non-ASCII text


def make_handler(rasa_url: str, page: bytes):
    webhook = rasa_url.rstrip("/") + "/webhooks/rest/webhook"

    class Handler(BaseHTTPRequestHandler):
        server_version = "TellWebchat/1"

        def log_message(self, format: str, *args) -> None:
            return

        def _send(self, status: int, body: bytes, content_type: str, cookie: str | None = None) -> None:
            self.send_response(status)
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
    server = ThreadingHTTPServer((host, port), make_handler(rasa_url, PAGE.read_bytes()))
    return serve_until_stopped(server)
