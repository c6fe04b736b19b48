"""The reference service receiver: stands in for a service's intake endpoint on localhost.

POST /intake/<service id>  signed intake -> 201 {"acknowledged": <delivery id>} (idempotent)
GET  /intakes              what has been received, as JSON (what the service's staff would see)
GET  /                     the same as a plain HTML page
GET  /health               200 when ready
It keeps what it receives in memory only: it is a demonstration service, not a records system.
"""
from __future__ import annotations

import html
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bot.config import load_settings
from bot.delivery import DELIVERY_ID_HEADER, SIGNATURE_HEADER, verify_signature
from bot.local_http import serve_until_stopped
from consent_store.keys import load_or_create_secret

MAX_BODY = 2_000_000


class IntakeStore:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._intakes: dict[str, dict] = {}

    def add(self, delivery_id: str, service_id: str, intake: dict) -> None:
        with self._lock:
            self._intakes.setdefault(delivery_id, {"delivery_id": delivery_id, "service_id": service_id,
                                                   "received_at": time.time(), **intake})

    def all(self) -> list[dict]:
        with self._lock:
            return sorted(self._intakes.values(), key=lambda intake: intake["received_at"])


def make_handler(store: IntakeStore, secret: bytes):
    class Handler(BaseHTTPRequestHandler):
        server_version = "TellReceiver/1"

        def log_message(self, format: str, *args) -> None:  # no request lines with ids in logs
            return

        def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def _json(self, status: int, document) -> None:
            self._send(status, json.dumps(document).encode())

        def do_GET(self) -> None:
            if self.path == "/health":
                self._json(200, {"status": "ok"})
            elif self.path == "/intakes":
                self._json(200, store.all())
            elif self.path == "/":
                self._send(200, render_page(store.all()).encode(), "text/html; charset=utf-8")
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            parts = self.path.strip("/").split("/")
            if len(parts) != 2 or parts[0] != "intake":
                return self._json(404, {"error": "not found"})
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._json(413, {"error": "too large"})
            body = self.rfile.read(length)
            if not verify_signature(self.headers.get(SIGNATURE_HEADER), body, secret, int(time.time())):
                return self._json(401, {"error": "bad signature"})
            delivery_id = self.headers.get(DELIVERY_ID_HEADER) or ""
            try:
                intake = json.loads(body)
                is_intake = intake["questionnaireResponse"]["resourceType"] == "QuestionnaireResponse"
            except (ValueError, KeyError, TypeError):
                is_intake = False
            if not is_intake:
                return self._json(422, {"error": "not an intake"})
            if not delivery_id:
                return self._json(400, {"error": "missing delivery id"})
            store.add(delivery_id, parts[1], intake)
            self._json(201, {"acknowledged": delivery_id})

    return Handler


def render_page(intakes: list[dict]) -> str:
    rows = []
    for intake in intakes:
        rows.append(
            f"<article><h2>{html.escape(intake['service_id'])}</h2>"
            f"<pre>{html.escape(intake.get('summary', ''))}</pre></article>")
    body = "".join(rows) or "<p>No intakes received yet.</p>"
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Reference service: received intakes</title></head>"
            f"<body><h1>Received intakes</h1>{body}</body></html>")


def make_server(port: int, secret: bytes, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    return ThreadingHTTPServer((host, port), make_handler(IntakeStore(), secret))


def serve(port: int) -> int:
    settings = load_settings()
    secret = load_or_create_secret(settings.delivery_secret_file, settings.delivery_secret_env)
    server = make_server(port, secret)
    return serve_until_stopped(server)
