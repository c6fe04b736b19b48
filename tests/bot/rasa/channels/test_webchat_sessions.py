"""The web chat's record of the session tokens it issued (bot/web/chat.py Sessions), with time as a
parameter, and its cookie and origin rules when its public address is HTTPS (the page served over
real HTTP from this process: nothing here needs Rasa)."""
from __future__ import annotations

import secrets
import stat
import threading
from http.cookies import SimpleCookie
from http.server import ThreadingHTTPServer

import pytest
import requests

from bot.web.chat import COOKIE, Sessions, make_handler

DAY = 86400.0


@pytest.fixture
def sessions(tmp_path):
    return Sessions(tmp_path / "webchat" / "sessions.sqlite3", idle_seconds=30 * DAY)


def test_a_token_it_issued_names_its_conversation_and_nothing_else_does(sessions):
    token, conversation = sessions.issue(now=1000.0)
    assert conversation.startswith("web-") and conversation[4:] != token
    assert sessions.conversation(token, now=1001.0) == conversation
    for stranger in (secrets.token_urlsafe(32), "", conversation, token[:-1], token + "x"):
        assert sessions.conversation(stranger, now=1001.0) is None
    assert sessions.issue(now=1002.0)[1] != conversation  # each new token, a new conversation


def test_the_record_is_private_and_holds_no_token(sessions, tmp_path):
    token, _ = sessions.issue(now=0.0)
    path = tmp_path / "webchat" / "sessions.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert token.encode() not in path.read_bytes()
    again = Sessions(path, idle_seconds=30 * DAY)  # the web chat restarted: its browsers carry on
    assert again.conversation(token, now=1.0) is not None


def test_a_token_unused_for_the_idle_time_is_forgotten_and_one_in_use_is_kept(sessions):
    kept, _ = sessions.issue(now=0.0)
    idle, _ = sessions.issue(now=0.0)
    assert sessions.conversation(kept, now=20 * DAY) is not None
    assert sessions.conversation(kept, now=45 * DAY) is not None  # used on day 20
    assert sessions.conversation(idle, now=30 * DAY + 1) is None


def test_renewing_keeps_the_conversation_and_ends_the_old_token(sessions):
    old, conversation = sessions.issue(now=0.0)
    new = sessions.renew(old, conversation, now=5.0)
    assert new != old and sessions.conversation(new, now=6.0) == conversation
    assert sessions.conversation(old, now=6.0) is None


def test_behind_an_https_public_address_the_cookie_is_secure_and_only_that_origin_may_post(sessions):
    handler = make_handler("http://127.0.0.1:9", b"<body>{{NEW_CONVERSATION}}</body>", sessions=sessions,
                           public_url="https://chat.example.org", channel_secret="unused")
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        jar = SimpleCookie(requests.get(base + "/", timeout=10).headers["Set-Cookie"])
        assert jar[COOKIE]["secure"] and jar[COOKIE]["httponly"] and jar[COOKIE]["samesite"] == "Strict"
        for origin in ("http://chat.example.org", "https://chat.example.org.attacker.example", "null"):
            refused = requests.post(base + "/api/message", json={"message": "hello"}, timeout=10,
                                    headers={"Origin": origin, "Host": "chat.example.org"})
            assert refused.status_code == 403, origin
        # the public origin passes the check (and then finds no Rasa at port 9: a plain 502)
        allowed = requests.post(base + "/api/message", json={"message": "hello"}, timeout=10,
                                headers={"Origin": "https://chat.example.org", "Host": "chat.example.org"})
        assert allowed.status_code == 502 and "send it again" in allowed.json()[0]["text"]
    finally:
        server.shutdown()
        server.server_close()


def _raw_post(port: int, headers: str, body: bytes) -> bytes:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(f"POST /api/message HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
                     f"{headers}Connection: close\r\n\r\n".encode() + body)
        conn.shutdown(socket.SHUT_WR)
        received = b""
        while chunk := conn.recv(65536):
            received += chunk
    return received


@pytest.mark.parametrize("length", ["-1", "abc", "1e9"])
def test_a_body_length_that_is_no_size_is_refused_before_the_body_is_read(sessions, length):
    # "Content-Length: -1" read a 30 MB body whole before any limit; "abc" crashed the handler
    # (a traceback in the log). Found by an attacker's probe.
    handler = make_handler("http://127.0.0.1:9", b"<body>{{NEW_CONVERSATION}}</body>", sessions=sessions,
                           public_url="http://127.0.0.1", channel_secret="unused")
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        answer = _raw_post(server.server_address[1], f"Content-Length: {length}\r\n", b'{"message": "' + b"x" * 200_000 + b'"}')
        assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400"), answer[:80]
        assert b"did not arrive properly" in answer  # a plain reply, not an empty answer
    finally:
        server.shutdown()
        server.server_close()


def test_a_deeply_nested_body_gets_a_plain_reply(sessions):
    handler = make_handler("http://127.0.0.1:9", b"<body>{{NEW_CONVERSATION}}</body>", sessions=sessions,
                           public_url="http://127.0.0.1", channel_secret="unused")
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        body = b"[" * 5000 + b"]" * 5000
        answer = _raw_post(server.server_address[1], f"Content-Length: {len(body)}\r\n", body)
        assert b" 400 " in answer.split(b"\r\n")[0], answer[:80]
    finally:
        server.shutdown()
        server.server_close()

