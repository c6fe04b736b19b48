"""The reference service receiver: the service's side, a real HTTP server on localhost.

POST /intake/<service id>                signed intake -> 201 (200 for a repeat of one it has),
                                         with a signed acknowledgement {"acknowledged": <id>}
GET  /staff/<service id>/                the service's staff: their intakes (token required)
GET  /staff/<service id>/intakes/<id>    one pre-filled form, readable (HTML)
GET  /staff/<service id>/intakes/<id>.json   the FHIR QuestionnaireResponse and summary
GET  /staff/<service id>/intakes.csv     every answer, one row each, safe to open in a spreadsheet
GET  /staff/<service id>/intakes.json    every intake, for the service's own systems
GET  /staff/<service id>/referrals/<task id>   a referral's status, with the staff's buttons:
                                         accept, decline with a reason, ask a question, start, mark done
POST /staff/<service id>/referrals/<task id>   one of those buttons (a form, with its CSRF token): the
                                         Task update is signed and sent back to the referrer first, and
                                         the status changes here only when the referrer took it
GET  /staff/<service id>/referrals.json  every referral's status
POST /fhir/Task/<task id>                the referrer's own Task update, signed with the service's
                                         secret: cancelled, when the person stops sharing (issue 21)
GET  /                                   which services it stands in for (no intake data)
GET  /health                             200 when ready

Staff pages need the service's staff token (`Authorization: Bearer <token>`, or HTTP Basic with
the token as the password): one service's staff never see another's intakes. Failed sign-ins are
counted per client address and per login (the service and the user name given), over a sliding
window: past the limit, that address or login gets 429 whatever it sends, until the window has
passed; each failure is logged with the service and the address, never the user name, password,
token or anything asked for. Intakes are kept in
a SQLite file, each document encrypted (Fernet) with the receiver's own key: it stands for a
service's records system, so it keeps what it is sent, and what it keeps is not plain text on disk.

Referrals: an intake comes with a FHIR ServiceRequest and Task (bot/delivery/referrals.py). On a new one the
receiver tells the referrer "received" (in the background, after acknowledging the intake); staff move
it on from the referral page. Each update is a Task, signed with the service's secret the Standard
Webhooks way, POSTed to `<referrer>/fhir/Task/<task id>` (the referrer is TELL_PUBLIC_URL: the
launcher sets it to the web chat, which takes these calls), and kept here only when the referrer
answers 200 with its own signature over the answer.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import html
import io
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import parse_qs, unquote, urlsplit

import requests
from cryptography.fernet import Fernet, InvalidToken

from bot.delivery.referrals import DECLINE_REASONS, QUESTIONS, TASK_ID, task_update
from bot.delivery.sending import signed_headers, verify
from bot.intake.summary import answer_display
from bot.intake.untrusted import safe_text
from bot.web.local_http import serve_until_stopped
from consent_store.keys import load_or_create_secret
from consent_store.referrals import NEXT

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)
Json = dict[str, Any]  # an intake, a referral row or a FHIR resource as JSON
MAX_BODY = 2_000_000
ADDRESS_LIMIT = 10  # failed staff sign-ins from one address within the window ...
ACCOUNT_LIMIT = 25  # ... and against one login of one service, from any address
WINDOW_SECONDS = 900.0
PAGE_SECURITY = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class IntakeStore:
    """What the service has received: one row per delivery id, documents encrypted."""

    def __init__(self, path: Path, key: bytes):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._fernet = Fernet(base64.urlsafe_b64encode(key))
        self._lock = threading.Lock()
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # 0600 before SQLite opens it; its -wal too
        os.chmod(path, 0o600)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS intakes (delivery_id TEXT PRIMARY KEY, service_id TEXT "
                         "NOT NULL, received_at REAL NOT NULL, document BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS referrals (task_id TEXT PRIMARY KEY, service_id TEXT NOT "
                         "NULL, delivery_id TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, updated_at REAL NOT NULL)")

    def add(self, delivery_id: str, service_id: str, document: Json) -> bool:
        """Keep an intake; False if this delivery id was already kept (nothing changes then)."""
        sealed = self._fernet.encrypt(json.dumps(document, ensure_ascii=False).encode())
        with self._lock:
            cursor = self._db.execute("INSERT OR IGNORE INTO intakes VALUES (?, ?, ?, ?)",
                                      (delivery_id, service_id, time.time(), sealed))
            return cursor.rowcount == 1

    def _open(self, row: tuple[Any, ...]) -> Json:
        try:
            document = json.loads(self._fernet.decrypt(row[3]))
        except InvalidToken:
            document = {}
        return {"delivery_id": row[0], "service_id": row[1], "received_at": row[2], **document}

    def of_service(self, service_id: str) -> list[Json]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM intakes WHERE service_id = ? ORDER BY received_at",
                                    (service_id,)).fetchall()
        return [self._open(row) for row in rows]

    def get(self, service_id: str, delivery_id: str) -> Json | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM intakes WHERE service_id = ? AND delivery_id = ?",
                                   (service_id, delivery_id)).fetchone()
        return self._open(row) if row else None

    def count(self) -> int:
        with self._lock:
            count: int = self._db.execute("SELECT count(*) FROM intakes").fetchone()[0]
            return count

    def add_referral(self, task_id: str, service_id: str, delivery_id: str, status: str) -> bool:
        """Note a referral's Task as first delivered; False if it is known (an update of the story)."""
        with self._lock:
            return self._db.execute("INSERT OR IGNORE INTO referrals VALUES (?, ?, ?, ?, NULL, ?)",
                                    (task_id, service_id, delivery_id, status, time.time())).rowcount == 1

    def referrals_of(self, service_id: str) -> list[Json]:
        with self._lock:
            rows = self._db.execute("SELECT task_id, delivery_id, status, reason, updated_at FROM referrals "
                                    "WHERE service_id = ? ORDER BY updated_at", (service_id,)).fetchall()
        return [dict(zip(("task_id", "delivery_id", "status", "reason", "updated_at"), row, strict=True)) for row in rows]

    def referral(self, service_id: str, task_id: str) -> Json | None:
        return next((r for r in self.referrals_of(service_id) if r["task_id"] == task_id), None)

    def move_referral(self, task_id: str, status: str, reason: str | None, from_status: str) -> bool:
        """Set the status the referrer took, if it is still `from_status` (False otherwise)."""
        with self._lock:
            return self._db.execute("UPDATE referrals SET status = ?, reason = ?, updated_at = ? WHERE task_id = ? "
                                    "AND status = ?", (status, reason, time.time(), task_id, from_status)).rowcount == 1

    def close(self) -> None:
        self._db.close()


class LoginThrottle:
    """Failed staff sign-ins per client address and per login, over a sliding window. Time is a
    parameter. Logins are held as hashes: a user name may be a password typed in the wrong box."""

    def __init__(self, address_limit: int = ADDRESS_LIMIT, account_limit: int = ACCOUNT_LIMIT,
                 window: float = WINDOW_SECONDS):
        self.address_limit, self.account_limit, self.window = address_limit, account_limit, window
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _keys(address: str, account: str) -> tuple[tuple[str, str], tuple[str, str]]:
        return ("address", address), ("account", hashlib.sha256(account.encode()).hexdigest())

    def _count(self, key: tuple[str, str], now: float) -> int:
        times = self._failures.get(key)
        while times and times[0] <= now - self.window:
            times.popleft()
        if times is not None and not times:
            del self._failures[key]
            return 0
        return len(times or ())

    def allowed(self, address: str, account: str, now: float) -> bool:
        by_address, by_account = self._keys(address, account)
        with self._lock:
            return (self._count(by_address, now) < self.address_limit
                    and self._count(by_account, now) < self.account_limit)

    def failed(self, address: str, account: str, now: float) -> int:
        """Count a failure; returns how many there have been from this address in the window."""
        with self._lock:
            for key in self._keys(address, account):
                self._failures.setdefault(key, deque()).append(now)
            return self._count(self._keys(address, account)[0], now)


def _credentials(header: str | None) -> tuple[str, str] | None:
    """(user name, token) from Basic or Bearer (user name "" for Bearer); None if neither."""
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() == "basic":
        try:
            user, _, secret = base64.b64decode(value).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return "", ""
        return user, secret
    if scheme.lower() == "bearer":
        return "", value
    return None


def _authorised(header: str | None, token: str) -> bool:
    given = _credentials(header)
    return given is not None and bool(token) and hmac.compare_digest(given[1].encode(), token.encode())


def _page(title: str, body: str) -> str:
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head><body><main><h1>{html.escape(title)}</h1>"
            f"{body}</main></body></html>")


def intake_rows(intakes: list[Json]) -> list[list[str]]:
    """One row per answer: delivery id, received, question, answer (every cell made safe)."""
    rows = [["delivery_id", "received_at", "question", "answer"]]

    def walk(items: list[Json], prefix: str = "") -> None:
        for item in items:
            link_id: str = item.get("linkId", "")
            label = safe_text(prefix + item.get("text", link_id))
            if "item" in item:
                walk(item["item"], label + " / ")
            for answer in item.get("answer", []):
                rows.append([intake["delivery_id"], received, label, answer_display(answer)])

    for intake in intakes:
        received = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(intake["received_at"]))
        walk(intake.get("questionnaireResponse", {}).get("item", []))
    return rows


# The staff's buttons: action -> (the Task status it sets, the codes to choose a reason from, label).
STAFF_ACTIONS = {
    "accept": ("accepted", None, "Accept"),
    "decline": ("rejected", DECLINE_REASONS, "Decline"),
    "ask": ("on-hold", QUESTIONS, "Ask a question"),
    "start": ("in-progress", None, "Start work"),
    "done": ("completed", None, "Mark done"),
}
STATUS_WORDS = {"requested": "Sent to you", "received": "Received", "accepted": "Accepted", "rejected": "Declined",
                "on-hold": "On hold, waiting for an answer", "in-progress": "In progress", "completed": "Done",
                "cancelled": "Cancelled: the person stopped sharing with you"}
MAX_FORM = 4096


def send_task_update(referrer_url: str, task_id: str, status: str, reason: str | None, secret: bytes, now: int,
                     post: Callable[..., requests.Response] = requests.post) -> bool:
    """Tell the referrer a Task's new status, signed; True only if it answered 200 with its signature
    over the answer, for this update."""
    body = json.dumps(task_update(task_id, status, reason)).encode()
    message_id = str(uuid.uuid4())
    headers = {"Content-Type": "application/json", **signed_headers(message_id, now, body, secret)}
    try:
        response = post(f"{referrer_url}/fhir/Task/{task_id}", data=body, headers=headers, timeout=(3.05, 10.0),
                        allow_redirects=False)
    except requests.RequestException:
        return False
    return response.status_code == 200 and verify(response.headers, response.content, secret, now) == message_id


def form_token(key: bytes, service_id: str, task_id: str) -> str:
    """The token a referral page's forms carry: a page from another site cannot know it."""
    return hmac.new(key, f"staff-form\0{service_id}\0{task_id}".encode(), hashlib.sha256).hexdigest()


def make_handler(store: IntakeStore, services: dict[str, str], secret_for: Callable[[str], bytes],
                 token_for: Callable[[str], str], throttle: LoginThrottle | None = None,
                 clock: Callable[[], float] = time.monotonic, referrer_url: str | None = None,
                 form_key: bytes | None = None, wall_clock: Callable[[], float] = time.time
                 ) -> type[BaseHTTPRequestHandler]:
    """`services`: id -> name of the services this receiver stands in for. `referrer_url`: where Task
    updates go (None: nowhere, the staff's buttons say so); `form_key`: the referral forms' CSRF key."""
    limits: LoginThrottle = throttle or LoginThrottle()
    forms_key: bytes = form_key or os.urandom(32)

    class Handler(BaseHTTPRequestHandler):
        server_version = "TellReceiver/2"

        def log_message(self, format: str, *args: Any) -> None:  # no request lines with ids in logs
            return

        def _send(self, status: int, body: bytes, content_type: str = "application/json",
                  extra: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in {**PAGE_SECURITY, **(extra or {})}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, document: object, extra: dict[str, str] | None = None) -> None:
            self._send(status, json.dumps(document).encode(), extra=extra)

        def _html(self, page: str) -> None:
            self._send(200, page.encode(), "text/html; charset=utf-8")

        def do_GET(self) -> None:
            parts = [unquote(p) for p in self.path.split("?", 1)[0].strip("/").split("/") if p]
            if parts == ["health"]:
                return self._json(200, {"status": "ok"})
            if not parts:
                links = "".join(f"<li><a href=\"/staff/{html.escape(sid)}/\">{html.escape(name)}</a></li>"
                                for sid, name in sorted(services.items()))
                return self._html(_page("Reference service receiver",
                                        f"<p>Staff of each service sign in to see their intakes.</p><ul>{links}</ul>"))
            if len(parts) < 2 or parts[0] != "staff" or parts[1] not in services:
                return self._json(404, {"error": "not found"})
            service_id = parts[1]
            if not self._signed_in(service_id):
                return None
            if len(parts) == 2:
                return self._list(service_id)
            if parts[2:] == ["intakes.csv"]:
                return self._csv(service_id)
            if parts[2:] == ["intakes.json"]:
                return self._json(200, store.of_service(service_id))
            if parts[2:] == ["referrals.json"]:
                return self._json(200, store.referrals_of(service_id))
            if len(parts) == 4 and parts[2] == "referrals":
                return self._referral_page(service_id, parts[3])
            if len(parts) == 4 and parts[2] == "intakes":
                wanted = parts[3].removesuffix(".json")
                intake = store.get(service_id, wanted)
                if intake is None:
                    return self._json(404, {"error": "no such intake"})
                if parts[3].endswith(".json"):
                    return self._json(200, intake)
                return self._html(intake.get("summary_html") or _page(
                    "Intake", f"<pre>{html.escape(intake.get('summary', ''))}</pre>"))
            return self._json(404, {"error": "not found"})

        def _signed_in(self, service_id: str) -> bool:
            """True if the staff token was given; otherwise answers 401 (or 429 past the limit)."""
            header = self.headers.get("Authorization")
            address, now = self.client_address[0], clock()
            given = _credentials(header)
            account = f"{service_id}\0{given[0] if given else ''}"
            if not limits.allowed(address, account, now):
                log.warning("staff sign-in refused: too many failures (service %s, from %s)", service_id, address)
                self._json(429, {"error": "too many failed sign-ins; try again later"},
                           {"Retry-After": str(int(limits.window))})
                return False
            if _authorised(header, token_for(service_id)):
                return True
            if given is not None:  # a page asked for without any credentials is not a failed sign-in
                failures = limits.failed(address, account, now)
                log.warning("staff sign-in failed (service %s, from %s, %d from there in %d minutes)", service_id,
                            address, failures, limits.window // 60)
            self._json(401, {"error": "staff token required"}, {"WWW-Authenticate": f'Basic realm="{service_id} staff"'})
            return False

        def _list(self, service_id: str) -> None:
            intakes = store.of_service(service_id)
            tasks = {r["delivery_id"]: r for r in store.referrals_of(service_id)}
            rows = "".join(
                f"<li><a href=\"intakes/{html.escape(i['delivery_id'])}\">Received "
                f"{time.strftime('%d %B %Y %H:%M', time.gmtime(i['received_at']))} UTC</a>"
                + (f" (<a href=\"referrals/{html.escape(tasks[i['delivery_id']]['task_id'])}\">referral: "
                   f"{html.escape(STATUS_WORDS.get(tasks[i['delivery_id']]['status'], ''))}</a>)"
                   if i["delivery_id"] in tasks else "") + "</li>"
                for i in intakes) or "<li>No intakes received yet.</li>"
            self._html(_page(f"{services[service_id]}: received intakes",
                             f"<p><a href=\"intakes.csv\">Download as a spreadsheet (CSV)</a></p><ul>{rows}</ul>"))

        def _referral_page(self, service_id: str, task_id: str, status: int = 200, note: str = "") -> None:
            referral = store.referral(service_id, task_id)
            if referral is None:
                return self._json(404, {"error": "no such referral"})
            reason = (DECLINE_REASONS.get(referral["reason"] or "") or QUESTIONS.get(referral["reason"] or "")
                      if referral["reason"] else None)
            token = form_token(forms_key, service_id, task_id)
            forms = ""
            for action, (new_status, reasons, label) in STAFF_ACTIONS.items():
                if new_status not in NEXT.get(referral["status"], ()):
                    continue
                choose = ""
                if reasons:
                    options = "".join(f"<option value=\"{code}\">{html.escape(words)}</option>"
                                      for code, words in reasons.items())
                    choose = (f"<label for=\"reason-{action}\">{'Reason' if action == 'decline' else 'What you need'}"
                              f"</label> <select id=\"reason-{action}\" name=\"reason\">{options}</select> ")
                forms += (f"<form method=\"post\"><input type=\"hidden\" name=\"csrf\" value=\"{token}\">"
                          f"<input type=\"hidden\" name=\"action\" value=\"{action}\">{choose}"
                          f"<button type=\"submit\">{html.escape(label)}</button></form>")
            current: str = referral["status"]
            body = (f"<p>Status: <strong>{html.escape(STATUS_WORDS.get(current, current))}"
                    f"</strong>{': ' + html.escape(reason) if reason else ''}</p>"
                    + (f"<p role=\"alert\">{html.escape(note)}</p>" if note else "") + forms
                    + f"<p><a href=\"../intakes/{html.escape(referral['delivery_id'])}\">The intake form</a></p>")
            self._send(status, _page(f"{services[service_id]}: referral", body).encode(), "text/html; charset=utf-8")

        def _same_origin(self) -> bool:
            sent = self.headers.get("Origin")
            return sent is None or urlsplit(sent).netloc.lower() == (self.headers.get("Host") or "").lower()

        def _staff_action(self, service_id: str, task_id: str) -> None:
            """A button on the referral page: signed and sent to the referrer, kept here if it took it."""
            if not self._signed_in(service_id):
                return None
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_FORM:
                return self._json(413, {"error": "too large"})
            form = parse_qs(self.rfile.read(length).decode("ascii", "replace"))
            given = form.get("csrf", [""])[0]
            if not self._same_origin() or not hmac.compare_digest(given.encode(),
                                                                  form_token(forms_key, service_id, task_id).encode()):
                return self._json(403, {"error": "this form did not come from this service's page"})
            referral = store.referral(service_id, task_id)
            if referral is None:
                return self._json(404, {"error": "no such referral"})
            new_status, reasons, _ = STAFF_ACTIONS.get(form.get("action", [""])[0], (None, None, None))
            reason = form.get("reason", [""])[0] if reasons else None
            if new_status is None or new_status not in NEXT.get(referral["status"], ()) or (reasons and reason not in reasons):
                return self._referral_page(service_id, task_id, 422, "That cannot be done to this referral now.")
            if not referrer_url or not send_task_update(referrer_url, task_id, new_status, reason,
                                                        secret_for(service_id), int(wall_clock())):
                log.warning("referral update not taken by the referrer (service %s)", service_id)
                return self._referral_page(service_id, task_id, 502, "The referrer did not take this update, so "
                                                                     "nothing has changed. Please try again.")
            store.move_referral(task_id, new_status, reason, referral["status"])
            self._send(303, b"", "text/plain", {"Location": f"/staff/{service_id}/referrals/{task_id}"})

        def _received(self, service_id: str, task_id: str) -> None:
            """Tell the referrer a new referral arrived (in the background, after the acknowledgement)."""
            if referrer_url and send_task_update(referrer_url, task_id, "received", None, secret_for(service_id),
                                                 int(wall_clock())):
                store.move_referral(task_id, "received", None, "requested")

        def _csv(self, service_id: str) -> None:
            buffer = io.StringIO()
            csv.writer(buffer).writerows(intake_rows(store.of_service(service_id)))
            self._send(200, buffer.getvalue().encode(), "text/csv; charset=utf-8",
                       {"Content-Disposition": f'attachment; filename="{service_id}-intakes.csv"'})

        def _task_from_referrer(self, task_id: str) -> None:
            """The referrer's own Task update: the person stopped sharing, so the referral is cancelled.
            Signed with the service's secret, acknowledged as an intake is; an unknown task or a bad
            signature get the same 401."""
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_FORM * 16:
                return self._json(413, {"error": "too large"})
            body = self.rfile.read(length)
            found = next(((sid, r) for sid in services if (r := store.referral(sid, task_id))), None)
            now = int(wall_clock())
            message_id = verify(self.headers, body, secret_for(found[0]), now) if found else None
            if found is None or message_id is None:
                return self._json(401, {"error": "bad signature"})
            service_id, referral = found
            try:
                document = json.loads(body)
                cancelled = (document["resourceType"] == "Task" and document["id"] == task_id
                             and document["status"] == "cancelled")
            except (ValueError, KeyError, TypeError):
                cancelled = False
            if not cancelled:
                return self._json(422, {"error": "only a cancelled Task is taken from the referrer"})
            if referral["status"] != "cancelled":
                store.move_referral(task_id, "cancelled", "consent-withdrawn", referral["status"])
            ack = json.dumps({"acknowledged": message_id, "service": service_id}).encode()
            self._send(200, ack, extra=signed_headers(message_id, now, ack, secret_for(service_id)))

        def do_POST(self) -> None:
            parts = self.path.strip("/").split("/")
            if len(parts) == 4 and parts[0] == "staff" and parts[1] in services and parts[2] == "referrals":
                return self._staff_action(parts[1], parts[3])
            if len(parts) == 3 and parts[:2] == ["fhir", "Task"] and TASK_ID.fullmatch(parts[2]):
                return self._task_from_referrer(parts[2])
            if len(parts) != 2 or parts[0] != "intake" or parts[1] not in services:
                return self._json(404, {"error": "not found"})
            service_id = parts[1]
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY:
                return self._json(413, {"error": "too large"})
            body = self.rfile.read(length)
            secret = secret_for(service_id)
            now = int(time.time())
            delivery_id = verify(self.headers, body, secret, now)
            if delivery_id is None:
                return self._json(401, {"error": "bad signature"})
            try:
                intake = json.loads(body)
                is_intake = (intake["questionnaireResponse"]["resourceType"] == "QuestionnaireResponse"
                             and intake.get("service_id") == service_id)
            except (ValueError, KeyError, TypeError):
                is_intake = False
            if not is_intake:
                return self._json(422, {"error": "not an intake for this service"})
            new = store.add(delivery_id, service_id, intake)
            ack = json.dumps({"acknowledged": delivery_id, "service": service_id, "duplicate": not new}).encode()
            self._send(201 if new else 200, ack, extra=signed_headers(delivery_id, now, ack, secret))
            task = intake.get("task") if new and isinstance(intake.get("task"), dict) else {}
            if TASK_ID.fullmatch(str(task.get("id"))) and store.add_referral(task["id"], service_id, delivery_id,
                                                                             str(task.get("status"))):
                if task.get("status") == "requested":
                    threading.Thread(target=self._received, args=(service_id, task["id"]), daemon=True).start()

    return Handler


def make_server(port: int, store: IntakeStore, services: dict[str, str], secret_for: Callable[[str], bytes],
                token_for: Callable[[str], str], host: str = "127.0.0.1", referrer_url: str | None = None,
                form_key: bytes | None = None) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), make_handler(store, services, secret_for, token_for,
                                                            referrer_url=referrer_url, form_key=form_key))
    server.daemon_threads = True
    return server


def server_for(settings: Settings, port: int, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """The receiver as `make run` starts it: every listed service, keys from `settings`."""
    from bot.delivery.service_keys import service_secret, staff_token
    from bot.intake.services import load_registry

    services = {s.id: s.name for s in load_registry(settings.services_dir).values()}
    key = load_or_create_secret(settings.receiver_db.parent / "storage.key", None)
    secrets = {sid: service_secret(settings, sid) for sid in services}
    tokens = {sid: staff_token(settings, sid) for sid in services}
    return make_server(port, IntakeStore(settings.receiver_db, key), services, secrets.__getitem__,
                       tokens.__getitem__, host, referrer_url=settings.public_url,
                       form_key=hmac.new(key, b"staff-forms", hashlib.sha256).digest())


def serve(port: int) -> int:
    from bot.settings import load_settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return serve_until_stopped(server_for(load_settings(), port))
