"""All of the assistant's configuration: every environment variable is read here, once per load, into
frozen, typed settings. Every other module takes its values from these.

Each variable, its default and what it is for: the README's table ("Configuration"). The consent
store's own variables are read by `consent_store.settings` (which stands alone, for `python -m
consent_store`); `Settings` extends those. The defaults are the embedded mode's: a secret that is
not given is read from, or made on first run in, a file under <var>/keys. The production mode
(`load_production_settings`, `production_problems`) has no defaults for secrets and refuses the test
database unless TELL_ALLOW_TEST_DATABASE says so.

`load_settings(environ)` reads the mapping it is given (tests pass their own); the process's
environment when None.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from consent_store.settings import PROJECT_ROOT, StoreSettings, given, load_store_settings

__all__ = ["MAX_MESSAGE_CHARS", "PROJECT_ROOT", "DEFAULT_PORTS", "ProductionSettings", "Secrets", "Settings",
           "SettingsError", "load_production_settings", "load_settings", "production_problems",
           "service_variable"]

# About 3,000 words (six pages). A longer message is refused with a clear message, never silently cut, and the
# person is asked to send it in parts. 100,000 characters (until session 19) held every other person's reply up for
# about a minute: reading one takes the safeguarding detector, Rasa and the structurer seconds each.
MAX_MESSAGE_CHARS = 20_000
DEFAULT_PORTS: Mapping[str, int] = MappingProxyType({"webchat": 5080, "rasa": 5005, "actions": 5055,
                                                     "receiver": 5056})
DEFAULT_PUBLIC_URL = "http://127.0.0.1:5080"
SERVICE_SECRET_PREFIX = "TELL_SERVICE_SECRET_"
STAFF_TOKEN_PREFIX = "TELL_STAFF_TOKEN_"
# The secrets the production mode needs given, besides each service's two (PRODUCTION_PER_SERVICE).
PRODUCTION_KEYS = ("TELL_MASTER_KEY", "TELL_LOOKUP_KEY", "TELL_AUDIT_KEY")  # 32 bytes, base64
PRODUCTION_TOKENS = ("TELL_REST_TOKEN", "TELL_WEBCHAT_TOKEN", "TELL_ACTIONS_TOKEN", "TELL_TWILIO_AUTH_TOKEN")
PRODUCTION_PER_SERVICE = (SERVICE_SECRET_PREFIX, STAFF_TOKEN_PREFIX)
ALLOW_TEST_DATABASE = "TELL_ALLOW_TEST_DATABASE"


class SettingsError(ValueError):
    """A variable's value cannot be used; the message names the variable (never a secret's value)."""


@dataclass(frozen=True)
class Secrets:
    """The secrets given in the environment. None (or no entry): not given, so the embedded mode
    reads or makes a file under <var>/keys (bot/delivery/service_keys.py, bot/rasa/channels/tokens.py,
    bot/rasa/action_server_guard.py); the production mode refuses to start. Never in repr()."""

    service_secrets: Mapping[str, str] = field(repr=False)  # by service id: TELL_SERVICE_SECRET_<ID>
    staff_tokens: Mapping[str, str] = field(repr=False)  # by service id: TELL_STAFF_TOKEN_<ID>
    twilio_auth_token: str | None = field(repr=False)
    rest_token: str | None = field(repr=False)
    webchat_token: str | None = field(repr=False)
    actions_token: str | None = field(repr=False)


@dataclass(frozen=True)
class Settings(StoreSettings):
    """The store's settings (consent_store/settings.py) and the assistant's own."""

    receiver_db: Path  # the reference service's own store
    share_wait_seconds: float
    worker_lease_seconds: float
    receiver_url: str
    public_url: str
    conversation_retention_days: float
    services_dir: Path
    lexicons_dir: Path
    sms_public_url: str | None  # the URL Twilio calls, if a proxy rewrites it
    ports: Mapping[str, int] = field(hash=False)  # each process's preferred port, by name (DEFAULT_PORTS)
    rasa_debug: bool  # Rasa and the action server with --debug (still redacted)
    secrets: Secrets = field(repr=False, hash=False)
    # Status texts (bot/delivery/notify.py) through Twilio's Messages API: sent only when both the
    # account and the number they come from are given; the API's address may be another (a test's).
    twilio_account_sid: str | None = None
    sms_from: str | None = None
    twilio_api_url: str | None = None


@dataclass(frozen=True)
class ProductionSettings:
    """What only the production mode reads (bot/ops/production.py)."""

    redis_url: str = field(repr=False)  # may hold a password
    replicas: int  # Rasa servers, and as many action servers
    workers: int  # outbox workers
    nginx: Path | None  # None: nginx on the PATH, else /usr/sbin/nginx
    allow_test_database: bool


def service_variable(prefix: str, service_id: str) -> str:
    """A service's variable: TELL_SERVICE_SECRET_GP_PRACTICE for `gp-practice`."""
    return prefix + service_id.upper().replace("-", "_")


def _by_service(env: Mapping[str, str], prefix: str) -> Mapping[str, str]:
    return MappingProxyType({name[len(prefix):].lower().replace("_", "-"): value
                             for name, value in env.items() if name.startswith(prefix) and value})


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    text = given(env, name)
    if text is None:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        raise SettingsError(f"{name} must be a number of more than 0, not {text[:20]!r}")
    return value


def _whole(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    text = given(env, name) or str(default)
    if not text.isdigit() or not low <= int(text) <= high:
        raise SettingsError(f"{name} must be a whole number from {low} to {high}, not {text[:20]!r}")
    return int(text)


def _flag(env: Mapping[str, str], name: str) -> bool:
    text = (given(env, name) or "0").lower()
    if text not in ("0", "1", "false", "true", "no", "yes"):
        raise SettingsError(f"{name} must be 1 or 0, not {text[:20]!r}")
    return text in ("1", "true", "yes")


def load_settings(environ: Mapping[str, str] | None = None, *,
                  default_public_url: str = DEFAULT_PUBLIC_URL) -> Settings:
    """The settings from `environ` (the process's environment if None). `default_public_url`: the
    web chat's address when TELL_PUBLIC_URL is not given (the launcher passes the one it starts)."""
    env = os.environ if environ is None else environ
    store = load_store_settings(env)
    return Settings(
        **vars(store),
        receiver_db=Path(given(env, "TELL_RECEIVER_DB") or store.var_dir / "receiver" / "intakes.sqlite3"),
        share_wait_seconds=_number(env, "TELL_SHARE_WAIT_SECONDS", 5.0),
        worker_lease_seconds=_number(env, "TELL_WORKER_LEASE_SECONDS", 120.0),
        receiver_url=(given(env, "TELL_RECEIVER_URL") or "http://127.0.0.1:5056").rstrip("/"),
        public_url=(given(env, "TELL_PUBLIC_URL") or default_public_url).rstrip("/"),
        conversation_retention_days=_number(env, "TELL_CONVERSATION_RETENTION_DAYS", 30.0),
        services_dir=Path(given(env, "TELL_SERVICES_DIR") or PROJECT_ROOT / "data" / "services"),
        lexicons_dir=Path(given(env, "TELL_LEXICONS_DIR") or PROJECT_ROOT / "data" / "lexicons"),
        sms_public_url=given(env, "TELL_SMS_PUBLIC_URL"),
        ports=MappingProxyType({name: _whole(env, f"TELL_{name.upper()}_PORT", port, 0, 65535)
                                for name, port in DEFAULT_PORTS.items()}),
        rasa_debug=_flag(env, "TELL_RASA_DEBUG"),
        secrets=Secrets(
            service_secrets=_by_service(env, SERVICE_SECRET_PREFIX),
            staff_tokens=_by_service(env, STAFF_TOKEN_PREFIX),
            twilio_auth_token=given(env, "TELL_TWILIO_AUTH_TOKEN"),
            rest_token=given(env, "TELL_REST_TOKEN"),
            webchat_token=given(env, "TELL_WEBCHAT_TOKEN"),
            actions_token=given(env, "TELL_ACTIONS_TOKEN"),
        ),
        twilio_account_sid=given(env, "TELL_TWILIO_ACCOUNT_SID"),
        sms_from=given(env, "TELL_SMS_FROM"),
        twilio_api_url=(given(env, "TELL_TWILIO_API_URL") or "").rstrip("/") or None,
    )


def load_production_settings(environ: Mapping[str, str] | None = None) -> ProductionSettings:
    """What the production mode reads besides `load_settings`; SettingsError if a value is unusable."""
    env = os.environ if environ is None else environ
    nginx = given(env, "TELL_NGINX")
    return ProductionSettings(
        redis_url=given(env, "TELL_REDIS_URL") or "redis://127.0.0.1:6379/0",
        replicas=_whole(env, "TELL_REPLICAS", 2, 1, 16),
        workers=_whole(env, "TELL_WORKERS", 2, 1, 16),
        nginx=Path(nginx) if nginx else None,
        allow_test_database=_flag(env, ALLOW_TEST_DATABASE),
    )


def is_test_database(url: str) -> bool:
    """PostgreSQL's database `test`, or its superuser `postgres` without a password: what the tests
    use on this machine, never a place for people's stories."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parts = make_url(url)
    except ArgumentError:
        return False
    return parts.database == "test" or (parts.username == "postgres" and not parts.password)


def production_variables(service_ids: Iterable[str]) -> tuple[str, ...]:
    """Every secret the production mode needs given, by variable."""
    per_service = tuple(service_variable(prefix, service_id)
                        for service_id in sorted(service_ids) for prefix in PRODUCTION_PER_SERVICE)
    return PRODUCTION_KEYS + PRODUCTION_TOKENS + per_service


def _given_secrets(settings: Settings) -> set[str]:
    secrets = settings.secrets
    values = {"TELL_MASTER_KEY": settings.master_key_env, "TELL_LOOKUP_KEY": settings.lookup_key_env,
              "TELL_AUDIT_KEY": settings.audit_key_env, "TELL_REST_TOKEN": secrets.rest_token,
              "TELL_WEBCHAT_TOKEN": secrets.webchat_token, "TELL_ACTIONS_TOKEN": secrets.actions_token,
              "TELL_TWILIO_AUTH_TOKEN": secrets.twilio_auth_token}
    values.update({service_variable(SERVICE_SECRET_PREFIX, sid): v for sid, v in secrets.service_secrets.items()})
    values.update({service_variable(STAFF_TOKEN_PREFIX, sid): v for sid, v in secrets.staff_tokens.items()})
    return {name for name, value in values.items() if value}


def production_problems(settings: Settings, production: ProductionSettings,
                        service_ids: Iterable[str]) -> list[str]:
    """Why the production mode must not start with these settings (none: it may). It keeps
    everything in PostgreSQL, never the test database unless told so, and has no default for any
    secret: each comes from its variable (`python -m bot.ops.secrets` makes a fresh set)."""
    problems = []
    urls = {"TELL_DATABASE_URL": settings.database_url}
    if settings.conversations_database_url != settings.database_url:
        urls["TELL_CONVERSATIONS_DATABASE_URL"] = settings.conversations_database_url
    for name, url in urls.items():
        if not url.startswith("postgresql"):
            problems.append(f"The production mode keeps everything in PostgreSQL: set {name} to a "
                            "postgresql+psycopg2:// address")
        elif is_test_database(url) and not production.allow_test_database:
            problems.append(f"{name} is the test database (database `test`, or the superuser without a "
                            f"password); the production mode refuses it unless {ALLOW_TEST_DATABASE}=1")
    missing = [name for name in production_variables(service_ids) if name not in _given_secrets(settings)]
    if missing:
        problems.append("The production mode has no default for a secret; set " + ", ".join(missing))
    return problems
