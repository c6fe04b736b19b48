"""Who may use the staff pages: the service's staff token, failed sign-ins throttled, forms' CSRF token.

Staff pages need the service's staff token (`Authorization: Bearer <token>`, or HTTP Basic with
the token as the password): one service's staff never see another's intakes. Failed sign-ins are
counted per client address and per login (the service and the user name given), over a sliding
window: past the limit, that address or login gets 429 whatever it sends, until the window has
passed.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import threading
from collections import deque

ADDRESS_LIMIT = 10  # failed staff sign-ins from one address within the window ...
ACCOUNT_LIMIT = 25  # ... and against one login of one service, from any address
WINDOW_SECONDS = 900.0


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


def credentials(header: str | None) -> tuple[str, str] | None:
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


def authorised(header: str | None, token: str) -> bool:
    given = credentials(header)
    return given is not None and bool(token) and hmac.compare_digest(given[1].encode(), token.encode())


def form_token(key: bytes, service_id: str, task_id: str) -> str:
    """The token a referral page's forms carry: a page from another site cannot know it."""
    return hmac.new(key, f"staff-form\0{service_id}\0{task_id}".encode(), hashlib.sha256).hexdigest()
