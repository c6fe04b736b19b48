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
                                         the status changes here only when the referrer took it; or
                                         "Ask the person to check their story" (issue 21: the Task as
                                         it stands, businessStatus check-requested), noted when taken
GET  /staff/<service id>/referrals.json  every referral's status
POST /fhir/Task/<task id>                the referrer's own Task update, signed with the service's
                                         secret: cancelled, when the person stops sharing, or the
                                         person's answer to a question staff asked (issue 21:
                                         reference_service/answers.py; the Task then goes on), or
                                         how a check staff asked for ended (kept and shown)
GET  /                                   which services it stands in for (no intake data)
GET  /health                             200 when ready

Who may see the staff pages: reference_service/staff_access.py; each failed sign-in is logged with the
service and the address, never the user name, password, token or anything asked for. What is kept:
reference_service/intake_store.py. What the pages say: reference_service/staff_pages.py.

Referrals: an intake comes with a FHIR ServiceRequest and Task (bot/delivery/referrals.py). On a new one the
receiver tells the referrer "received" (in the background, after acknowledging the intake); staff move
it on from the referral page. Each update is a Task, signed with the service's secret the Standard
Webhooks way, POSTed to `<referrer>/fhir/Task/<task id>` (the referrer is TELL_PUBLIC_URL: the
launcher sets it to the web chat, which takes these calls), and kept here only when the referrer
answers 200 with its own signature over the answer.
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import html
import io
import json
import logging
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import parse_qs, unquote, urlsplit

from bot.delivery.referrals import TASK_ID
from bot.delivery.sending import signed_headers, verify
from bot.web.local_http import serve_until_stopped
from consent_store.keys import load_or_create_secret
from consent_store.referrals import FINAL, NEXT
from reference_service.answers import answers_html, resume_status, take_answer, take_check
from reference_service.intake_store import IntakeStore
from reference_service.staff_access import LoginThrottle, authorised, credentials, form_token
from reference_service.staff_pages import (
    CHECK_ACTION,
    CHECK_LABEL,
    STAFF_ACTIONS,
    STAFF_DECLINE_REASONS,
    STAFF_QUESTIONS,
    STATUS_WORDS,
    intake_rows,
    page,
)
from reference_service.task_updates import send_check_request, send_task_update

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)
MAX_BODY = 2_000_000
MAX_FORM = 4096
PAGE_SECURITY = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


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

        def _body(self, limit: int) -> bytes | None:
            """The request's body; None, answered 413, when its Content-Length is not a size up to `limit`."""
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= limit:
                self._json(413, {"error": "too large"})
                return None
            return self.rfile.read(length)

        def do_GET(self) -> None:
            parts = [unquote(p) for p in self.path.split("?", 1)[0].strip("/").split("/") if p]
            if parts == ["health"]:
                return self._json(200, {"status": "ok"})
            if not parts:
                links = "".join(f"<li><a href=\"/staff/{html.escape(sid)}/\">{html.escape(name)}</a></li>"
                                for sid, name in sorted(services.items()))
                return self._html(page("Reference service receiver",
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
                return self._html(intake.get("summary_html") or page(
                    "Intake", f"<pre>{html.escape(intake.get('summary', ''))}</pre>"))
            return self._json(404, {"error": "not found"})

        def _signed_in(self, service_id: str) -> bool:
            """True if the staff token was given; otherwise answers 401 (or 429 past the limit)."""
            header = self.headers.get("Authorization")
            address, now = self.client_address[0], clock()
            given = credentials(header)
            account = f"{service_id}\0{given[0] if given else ''}"
            if not limits.allowed(address, account, now):
                log.warning("staff sign-in refused: too many failures (service %s, from %s)", service_id, address)
                self._json(429, {"error": "too many failed sign-ins; try again later"},
                           {"Retry-After": str(int(limits.window))})
                return False
            if authorised(header, token_for(service_id)):
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
            self._html(page(f"{services[service_id]}: received intakes",
                             f"<p><a href=\"intakes.csv\">Download as a spreadsheet (CSV)</a></p><ul>{rows}</ul>"))

        def _referral_page(self, service_id: str, task_id: str, status: int = 200, note: str = "") -> None:
            referral = store.referral(service_id, task_id)
            if referral is None:
                return self._json(404, {"error": "no such referral"})
            reason = (STAFF_DECLINE_REASONS.get(referral["reason"] or "")
                      or STAFF_QUESTIONS.get(referral["reason"] or "") if referral["reason"] else None)
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
            asked_at = store.check_asked_at(task_id)
            if current not in FINAL:  # issue 21: the person asked to check their story is still true
                forms += (f"<form method=\"post\"><input type=\"hidden\" name=\"csrf\" value=\"{token}\">"
                          f"<input type=\"hidden\" name=\"action\" value=\"{CHECK_ACTION}\">"
                          f"<button type=\"submit\">{html.escape(CHECK_LABEL)}</button></form>")
            if asked_at is not None:
                forms += (f"<p>You asked the person to check their story on "
                          f"{time.strftime('%d %B %Y %H:%M', time.gmtime(asked_at))} UTC.</p>")
            body = (f"<p>Status: <strong>{html.escape(STATUS_WORDS.get(current, current))}"
                    f"</strong>{': ' + html.escape(reason) if reason else ''}</p>"
                    + (f"<p role=\"alert\">{html.escape(note)}</p>" if note else "") + forms
                    + answers_html(store, task_id)
                    + f"<p><a href=\"../intakes/{html.escape(referral['delivery_id'])}\">The intake form</a></p>")
            self._send(status, page(f"{services[service_id]}: referral", body).encode(), "text/html; charset=utf-8")

        def _same_origin(self) -> bool:
            sent = self.headers.get("Origin")
            return sent is None or urlsplit(sent).netloc.lower() == (self.headers.get("Host") or "").lower()

        def _staff_action(self, service_id: str, task_id: str) -> None:
            """A button on the referral page: signed and sent to the referrer, kept here if it took it."""
            if not self._signed_in(service_id):
                return None
            raw = self._body(MAX_FORM)
            if raw is None:
                return None
            form = parse_qs(raw.decode("ascii", "replace"))
            given = form.get("csrf", [""])[0]
            if not self._same_origin() or not hmac.compare_digest(given.encode(),
                                                                  form_token(forms_key, service_id, task_id).encode()):
                return self._json(403, {"error": "this form did not come from this service's page"})
            referral = store.referral(service_id, task_id)
            if referral is None:
                return self._json(404, {"error": "no such referral"})
            if form.get("action", [""])[0] == CHECK_ACTION:
                return self._ask_for_check(service_id, task_id, referral)
            new_status, reasons, _ = STAFF_ACTIONS.get(form.get("action", [""])[0], (None, None, None))
            reason = form.get("reason", [""])[0] if reasons else None
            if new_status is None or new_status not in NEXT.get(referral["status"], ()) or (reasons and reason not in reasons):
                return self._referral_page(service_id, task_id, 422, "That cannot be done to this referral now.")
            if not referrer_url or not send_task_update(referrer_url, task_id, new_status, reason,
                                                        secret_for(service_id), int(wall_clock())):
                log.warning("referral update not taken by the referrer (service %s)", service_id)
                return self._referral_page(service_id, task_id, 502, "The referrer did not take this update, so "
                                                                     "nothing has changed. Please try again.")
            store.move_referral(task_id, new_status, reason, referral["status"], wall_clock())
            if new_status == "on-hold" and referral["status"] != "on-hold":
                store.note_hold(task_id, referral["status"])  # where an answer sends it back to
            self._send(303, b"", "text/plain", {"Location": f"/staff/{service_id}/referrals/{task_id}"})

        def _ask_for_check(self, service_id: str, task_id: str, referral: dict[str, Any]) -> None:
            """"Ask the person to check their story": signed and sent to the referrer, noted if it took it
            (it does only while the person still shares with this service)."""
            if referral["status"] in FINAL:
                return self._referral_page(service_id, task_id, 422, "That cannot be done to this referral now.")
            if not referrer_url or not send_check_request(referrer_url, task_id, referral["status"],
                                                          secret_for(service_id), int(wall_clock())):
                log.warning("check request not taken by the referrer (service %s)", service_id)
                return self._referral_page(service_id, task_id, 502, "The referrer did not take this request. The "
                                                                     "person may have stopped sharing with you.")
            store.note_check_asked(task_id, wall_clock())
            self._send(303, b"", "text/plain", {"Location": f"/staff/{service_id}/referrals/{task_id}"})

        def _received(self, service_id: str, task_id: str) -> None:
            """Tell the referrer a new referral arrived (in the background, after the acknowledgement)."""
            if referrer_url and send_task_update(referrer_url, task_id, "received", None, secret_for(service_id),
                                                 int(wall_clock())):
                store.move_referral(task_id, "received", None, "requested", wall_clock())

        def _csv(self, service_id: str) -> None:
            buffer = io.StringIO()
            csv.writer(buffer).writerows(intake_rows(store.of_service(service_id)))
            self._send(200, buffer.getvalue().encode(), "text/csv; charset=utf-8",
                       {"Content-Disposition": f'attachment; filename="{service_id}-intakes.csv"'})

        def _task_from_referrer(self, task_id: str) -> None:
            """The referrer's own Task update: the person stopped sharing (the referral is cancelled), or
            answered a question staff asked (kept, and the Task goes on).
            Signed with the service's secret, acknowledged as an intake is; an unknown task or a bad
            signature get the same 401."""
            body = self._body(MAX_FORM * 16)
            if body is None:
                return None
            found = next(((sid, r) for sid in services if (r := store.referral(sid, task_id))), None)
            at = wall_clock()
            now = int(at)
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
            ended = cancelled or referral["status"] == "cancelled"
            checked = None if ended else take_check(store, task_id, message_id, body, at)
            answer = None if ended or checked is not None else take_answer(store, task_id, message_id, body, at)
            if not cancelled and answer is None and checked is None:
                return self._json(422, {"error": "only a cancelled Task, an answer or a check's outcome is taken "
                                                 "from the referrer"})
            if cancelled and referral["status"] != "cancelled":
                store.move_referral(task_id, "cancelled", "consent-withdrawn", referral["status"], at)
            ack = json.dumps({"acknowledged": message_id, "service": service_id}).encode()
            self._send(200, ack, extra=signed_headers(message_id, now, ack, secret_for(service_id)))
            if answer and referral["status"] == "on-hold":  # the question is answered: the Task goes on
                threading.Thread(target=self._resume, args=(service_id, task_id), daemon=True).start()

        def _resume(self, service_id: str, task_id: str) -> None:
            """Back to where the referral was before the question, told to the referrer first."""
            status = resume_status(store, task_id)
            if referrer_url and send_task_update(referrer_url, task_id, status, None, secret_for(service_id),
                                                 int(wall_clock())):
                store.move_referral(task_id, status, None, "on-hold", wall_clock())

        def do_POST(self) -> None:
            parts = self.path.strip("/").split("/")
            if len(parts) == 4 and parts[0] == "staff" and parts[1] in services and parts[2] == "referrals":
                return self._staff_action(parts[1], parts[3])
            if len(parts) == 3 and parts[:2] == ["fhir", "Task"] and TASK_ID.fullmatch(parts[2]):
                return self._task_from_referrer(parts[2])
            if len(parts) != 2 or parts[0] != "intake" or parts[1] not in services:
                return self._json(404, {"error": "not found"})
            service_id = parts[1]
            body = self._body(MAX_BODY)
            if body is None:
                return None
            secret = secret_for(service_id)
            at = wall_clock()
            now = int(at)
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
            new = store.add(delivery_id, service_id, intake, at)
            ack = json.dumps({"acknowledged": delivery_id, "service": service_id, "duplicate": not new}).encode()
            self._send(201 if new else 200, ack, extra=signed_headers(delivery_id, now, ack, secret))
            task = intake.get("task") if new and isinstance(intake.get("task"), dict) else {}
            if TASK_ID.fullmatch(str(task.get("id"))) and store.add_referral(task["id"], service_id, delivery_id,
                                                                             str(task.get("status")), at):
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
