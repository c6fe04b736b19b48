"""The web chat page, and the route it talks to: POST /api/message -> Rasa's REST webhook. Also
/static/nhsuk.css (the NHS.UK frontend's styles) and /download/<token> (a person's whole record, for
a signed link the chat gives after the PIN), /pathway/<token> (the pathway page: bot/web/pathway.py),
each sent with `Referrer-Policy: no-referrer`, `Cache-Control: no-store` and a Content-Security-Policy
that loads nothing but what the page needs (the token in the address goes nowhere else),
and POST /fhir/Task/<id>: a service's signed Task update
(bot/delivery/referrals.py checks and applies it; no cookie or session is involved).

Conversations are the web chat's own (issue 16):
- The browser holds only a session token, in an HttpOnly, SameSite=Strict cookie (Secure when the
  chat is served over HTTPS: TELL_PUBLIC_URL starting https://, or X-Forwarded-Proto: https from the
  local proxy). The token maps, in a server-side record of the tokens this web chat issued
  (`Sessions`), to a conversation id ("web-" + 32 random bytes) that never leaves the server. A token
  it did not issue (forged, from before, or expired) is replaced by a new one and a new conversation.
- Once the PIN is accepted (Rasa's reply is replies.VERIFIED, or PIN_SET for a first PIN) the browser
  gets a new token for the same conversation and the old token stops working: whoever planted or
  copied a token before the PIN gets nothing by it afterwards (session fixation).
- A POST must be JSON (application/json: a form or a no-cors fetch from another site cannot send it
  without asking first) and, when the browser says where it comes from (Origin, Sec-Fetch-Site), from
  this site only.
- Only the web chat may speak as a "web-" conversation over Rasa's REST webhook: it proves itself
  with its own secret (bot/rasa/channels/tokens.py), which no browser ever sees.
Message text is forwarded, never logged.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import socket
import sqlite3
import threading
import time
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import requests

from bot.conversation.wording import DOWNLOAD_TROUBLE, DOWNLOAD_UNREADABLE, PIN_SET, TOO_LONG, VERIFIED
from bot.delivery.sending import Headers
from bot.rasa.channels.tokens import WEBCHAT_HEADER
from bot.settings import PROJECT_ROOT
from bot.web.local_http import serve_until_stopped
from consent_store.errors import RecordUnreadable

PAGE = Path(__file__).parent / "index.html"
COOKIE = "tell_session"
_GONE = "gone"  # the cookie's value as it is cleared
# Read whole up to this (JSON escapes can quadruple non-ASCII text): a message of up to 100,000 characters reaches REST,
# which refuses one over MAX_MESSAGE_CHARS and checks it for a danger all the same
MAX_BODY = 4 * 100_000 + 1024
# The NHS.UK frontend's styles, installed by `make` from package-lock.json (npm ci).
NHSUK_CSS = PROJECT_ROOT / "node_modules" / "nhsuk-frontend" / "dist" / "nhsuk" / "nhsuk-frontend.min.css"
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32)
# Rasa's replies after which a conversation holds a person's rights: its browser gets a new token.
PIN_ACCEPTED = frozenset({VERIFIED.text, PIN_SET.text})
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
NOT_SAME_SITE = "This chat only takes messages from its own page."
NOT_JSON = "This chat only takes messages as JSON (application/json)."
UNREADABLE = "Sorry, that message did not arrive properly. Please try again."
# A body refused unread is drained this much, this long, before the connection closes (a lingering close).
LINGER_BYTES, LINGER_SECONDS = 1_000_000, 1.0
TASK_PREFIX = "/fhir/Task/"
MAX_TASK_UPDATE = 64_000


class Sessions:
    """The session tokens this web chat issued, each with its conversation: a server-side record
    (SQLite, mode 0600), each token kept only as its SHA-256 (a token is 256 random bits, so the hash
    cannot be turned back into it). A token unused for `idle_seconds` is forgotten. Thread-safe."""

    TOUCH_EVERY = 3600.0  # last use is written at most hourly: not a write per message

    def __init__(self, path: Path, idle_seconds: float):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))  # made private before SQLite opens it
        self.idle = idle_seconds
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10)
        self._db.execute("CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, "
                         "conversation TEXT NOT NULL, last_used REAL NOT NULL)")

    @staticmethod
    def _hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def conversation(self, token: str, now: float) -> str | None:
        """The conversation of a token this web chat issued and that is still in use, else None."""
        if not TOKEN_SHAPE.fullmatch(token):
            return None
        with self._lock:
            row = self._db.execute("SELECT conversation, last_used FROM sessions WHERE token_hash = ?",
                                   (self._hash(token),)).fetchone()
            if row is None or now - row[1] > self.idle:
                return None
            if now - row[1] > self.TOUCH_EVERY:
                self._db.execute("UPDATE sessions SET last_used = ? WHERE token_hash = ?", (now, self._hash(token)))
        conversation: str = row[0]
        return conversation

    def issue(self, now: float, conversation: str | None = None) -> tuple[str, str]:
        """A new token, for `conversation` or for a new one; returns (token, conversation)."""
        token = secrets.token_urlsafe(32)
        conversation = conversation or "web-" + secrets.token_urlsafe(32)
        with self._lock:
            self._db.execute("DELETE FROM sessions WHERE last_used < ?", (now - self.idle,))
            self._db.execute("INSERT INTO sessions VALUES (?, ?, ?)", (self._hash(token), conversation, now))
        return token, conversation

    def forget(self, token: str) -> None:
        """`token` stops working at once: the browser that held it starts a new conversation."""
        with self._lock:
            self._db.execute("DELETE FROM sessions WHERE token_hash = ?", (self._hash(token),))

    def renew(self, token: str, conversation: str, now: float) -> str:
        """A new token for the same conversation; `token` stops working at once."""
        with self._lock:
            self._db.execute("DELETE FROM sessions WHERE token_hash = ?", (self._hash(token),))
        return self.issue(now, conversation)[0]


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def static_files() -> dict[str, tuple[bytes, str]]:
    """What /static/ serves; without the npm packages the page still works, unstyled."""
    if not NHSUK_CSS.exists():
        return {}
    return {"nhsuk.css": (NHSUK_CSS.read_bytes(), "text/css; charset=utf-8")}


RecordFor = Callable[[str], "dict[str, Any] | None"]
TaskUpdate = Callable[[str, Headers, bytes], "tuple[int, bytes, dict[str, str]]"]
# bot/web/pathway.py: path after /pathway/ -> (status, body, type, headers)
PathwayPage = Callable[[str], "tuple[int, bytes, str, dict[str, str]]"]
# A page reached by a token (the download): nothing loaded or run, never framed.
TOKEN_PAGE_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"


def make_handler(rasa_url: str, page: bytes, record_for: RecordFor | None = None, *, sessions: Sessions,
                 public_url: str, channel_secret: str, clock: Callable[[], float] = time.time,
                 task_update: TaskUpdate | None = None,
                 pathway_page: PathwayPage | None = None) -> type[BaseHTTPRequestHandler]:
    """`record_for(token)`: the person's whole record for a download link's token, or None.
    `sessions`: the tokens issued; `public_url`: the address people use (its scheme says whether the
    cookie is Secure); `channel_secret`: what the web chat proves itself to Rasa's REST webhook with."""
    webhook = rasa_url.rstrip("/") + "/webhooks/rest/webhook"
    static = static_files()
    public_origin = origin(public_url)

    class Handler(BaseHTTPRequestHandler):
        server_version = "TellWebchat/1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _https(self) -> bool:
            forwarded = (self.headers.get("X-Forwarded-Proto") or "").split(",")[0].strip().lower()
            return public_origin.startswith("https://") or forwarded == "https"

        def _send(self, status: int, body: bytes, content_type: str, cookie: str | None = None,
                  disposition: str | None = None, headers: dict[str, str] | None = None) -> None:
            """`headers`: a page's own (a token page's Content-Security-Policy), over the defaults."""
            self.send_response(status)
            if disposition:
                self.send_header("Content-Disposition", disposition)
            own = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
                   "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                              "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
                   **(headers or {}), "Content-Type": content_type, "Content-Length": str(len(body))}
            for name, value in own.items():
                self.send_header(name, value)
            if cookie:
                secure = "; Secure" if self._https() else ""
                gone = "; Max-Age=0" if cookie == _GONE else ""
                self.send_header("Set-Cookie", f"{COOKIE}={cookie}; HttpOnly; SameSite=Strict; Path=/{secure}{gone}")
            self.end_headers()
            self.wfile.write(body)

        def _reply(self, status: int, messages: list[dict[str, Any]], cookie: str | None = None) -> None:
            # Rasa names the conversation in each reply (recipient_id): the browser never sees that id.
            shown = [{k: v for k, v in m.items() if k != "recipient_id"} if isinstance(m, dict) else m for m in messages]
            self._send(status, json.dumps(shown).encode(), "application/json", cookie)

        def _refuse_unread(self, status: int, text: str) -> None:
            """A refusal before the body is read: the reply, then a short lingering close (what is still
            coming is read and dropped, at most LINGER_BYTES for LINGER_SECONDS) so that closing with the
            body unread does not reset the connection before the sender has read the reply."""
            self._reply(status, [{"text": text}])
            self.close_connection = True
            try:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_WR)
                deadline, dropped = time.monotonic() + LINGER_SECONDS, 0
                while dropped < LINGER_BYTES and (left := deadline - time.monotonic()) > 0:
                    self.connection.settimeout(left)
                    chunk = self.connection.recv(65536)
                    if not chunk:
                        break
                    dropped += len(chunk)
            except OSError:  # the sender went away first, or was too slow: nothing more to do
                pass

        def _token(self) -> str:
            """The session token this browser sent ("" when none, or the cookie header is unreadable)."""
            try:
                jar = SimpleCookie(self.headers.get("Cookie") or "")
            except CookieError:
                return ""
            return jar[COOKIE].value if COOKIE in jar else ""

        def _session(self) -> tuple[str, str, str | None]:
            """(token, conversation, the token to set if this browser had none this chat issued)."""
            token = self._token()
            now = clock()
            conversation = sessions.conversation(token, now)
            if conversation is not None:
                return token, conversation, None
            token, conversation = sessions.issue(now)
            return token, conversation, token

        def _same_site(self) -> bool:
            """A browser names the page a POST comes from (Origin; Sec-Fetch-Site in newer ones): it
            must be this chat's own. Other clients (tests, curl) send neither."""
            fetch_site = self.headers.get("Sec-Fetch-Site")
            if fetch_site is not None and fetch_site.lower() not in ("same-origin", "none"):
                return False
            sent = self.headers.get("Origin")
            if sent is None:
                return True
            allowed = {public_origin}
            host = self.headers.get("Host") or ""
            if urlsplit("//" + host).hostname in LOOPBACK:  # opened directly on this machine
                allowed.add(f"{'https' if self._https() else 'http'}://{host}".lower())
            return sent.strip().lower() in allowed

        def do_GET(self) -> None:
            if self.path == "/health":
                self._send(200, b'{"status":"ok"}', "application/json")
            elif self.path in ("/", "/index.html"):
                new_cookie = self._session()[2]
                body = page.replace(b"{{NEW_CONVERSATION}}", b"yes" if new_cookie else b"no")
                self._send(200, body, "text/html; charset=utf-8", new_cookie)
            elif self.path.startswith("/static/") and self.path[len("/static/"):] in static:
                self._send(200, *static[self.path[len("/static/"):]])
            elif self.path.startswith("/pathway/") and pathway_page is not None:
                status, body, content_type, headers = pathway_page(self.path[len("/pathway/"):])
                self._send(status, body, content_type, headers=headers)
            elif self.path.startswith("/download/") and record_for is not None:
                private = {"Content-Security-Policy": TOKEN_PAGE_CSP}
                try:
                    record = record_for(self.path[len("/download/"):])
                except RecordUnreadable:  # noted for staff by bot/rasa/failures.py; a plain page, not a dropped line
                    return self._send(500, DOWNLOAD_UNREADABLE.encode(), "text/plain; charset=utf-8", headers=private)
                except Exception:  # noqa: BLE001 - a database away: said plainly, nothing logged with it
                    return self._send(503, DOWNLOAD_TROUBLE.encode(), "text/plain; charset=utf-8", headers=private)
                if record is None:
                    return self._send(404, "This link has expired or is not right. Ask the chat for a new "
                                           "one.".encode(), "text/plain; charset=utf-8", headers=private)
                self._send(200, json.dumps(record, ensure_ascii=False, indent=2).encode(),
                           "application/json; charset=utf-8",
                           disposition='attachment; filename="my-story.json"', headers=private)
            else:
                self._send(404, b"not found", "text/plain")

        def _body_length(self) -> int | None:
            """The request's Content-Length, or None when it is missing a number or negative (which
            read the whole body, whatever its size, before any limit was checked)."""
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return None
            return length if length >= 0 else None

        def _leave(self) -> None:
            """"Leave this page" (index.html): this browser's conversation ends here, its token forgotten and its cookie
            cleared, so whoever opens the chat next on this device starts afresh and sees nothing of it (a stranger,
            session 30: after leaving, the page said "Welcome back", and what was told could be read back)."""
            if not self._same_site():
                return self._reply(403, [{"text": NOT_SAME_SITE}])
            if token := self._token():
                sessions.forget(token)
            self._send(204, b"", "text/plain", _GONE)

        def _task_update(self) -> None:
            """`task_update(task id, headers, body)` -> (status, JSON body, headers): bot/delivery/referrals.py."""
            length = self._body_length()
            headers: dict[str, str]
            if length is not None and length <= MAX_TASK_UPDATE and task_update is not None:
                status, body, headers = task_update(self.path[len(TASK_PREFIX):], self.headers, self.rfile.read(length))
            else:
                status, body, headers = 413, b'{"error": "too large"}', {}
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", "Content-Length": str(len(body)),
                                "Cache-Control": "no-store", **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            if self.path.startswith(TASK_PREFIX) and task_update is not None:
                return self._task_update()
            if self.path == "/api/leave":
                return self._leave()
            if self.path != "/api/message":
                return self._send(404, b"not found", "text/plain")
            if not self._same_site():
                return self._reply(403, [{"text": NOT_SAME_SITE}])
            media_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media_type != "application/json":
                return self._reply(415, [{"text": NOT_JSON}])
            length = self._body_length()
            if length is None:
                return self._refuse_unread(400, UNREADABLE)
            if length > MAX_BODY:
                return self._refuse_unread(413, TOO_LONG.text)
            token, conversation, new_cookie = self._session()
            try:
                message = json.loads(self.rfile.read(length) or b"{}").get("message", "")
                if not isinstance(message, str):
                    raise ValueError
            except (ValueError, AttributeError, RecursionError):
                return self._reply(400, [{"text": UNREADABLE}], new_cookie)
            # REST normalises it as it does every message, before anything else sees it: a message over
            # MAX_MESSAGE_CHARS, or with a NUL or half a character, is refused there in words, with the help it tells
            # of, if any (a second reader, session 19: refused here, it was never checked)
            try:
                answer = requests.post(webhook, json={"sender": conversation, "message": message},
                                       headers={WEBCHAT_HEADER: channel_secret}, timeout=60)
                if answer.status_code in (400, 413):  # refused in words, and checked for a danger
                    return self._reply(answer.status_code, answer.json(), new_cookie)
                answer.raise_for_status()
                messages = answer.json()
            except (requests.RequestException, ValueError):
                return self._reply(502, [{"text": "Sorry, I could not reply just now. Your last "
                                                  "message may not have reached me: please send "
                                                  "it again in a moment."}], new_cookie)
            if any(isinstance(m, dict) and m.get("text") in PIN_ACCEPTED for m in messages):
                new_cookie = sessions.renew(token, conversation, clock())
            self._reply(200, messages, new_cookie)

    return Handler


def serve(port: int, rasa_url: str, host: str = "127.0.0.1") -> int:
    from bot.conversation.journey import your_record
    from bot.delivery import referrals
    from bot.ops.runtime import build_runtime
    from bot.rasa.channels.tokens import webchat_token
    from bot.settings import load_settings
    from bot.web import pathway

    settings = load_settings()
    runtime = build_runtime(settings)
    sessions = Sessions(settings.var_dir / "webchat" / "sessions.sqlite3",
                        idle_seconds=settings.conversation_retention_days * 86400)
    from bot.rasa.failures import noting_unreadable

    download = noting_unreadable(settings.var_dir, "download", lambda token: your_record.download(runtime, token, runtime.now()))
    handler = make_handler(rasa_url, PAGE.read_bytes(), download,
                           sessions=sessions, public_url=settings.public_url,
                           channel_secret=webchat_token(settings),
                           task_update=lambda task_id, headers, body: referrals.receive_task_update(
                               runtime, task_id, headers, body, runtime.now()),
                           pathway_page=pathway.pages(runtime))
    server = ThreadingHTTPServer((host, port), handler)
    return serve_until_stopped(server)
