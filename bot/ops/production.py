"""The production mode (`make run-prod`): the same assistant with every conversation able to move
between servers.

- PostgreSQL for the consent store and for the sealed conversations (TELL_DATABASE_URL, no default);
- Redis as Rasa's lock store (TELL_REDIS_URL), so that two messages of one conversation are never
  handled at once by two Rasa servers;
- TELL_REPLICAS (2) Rasa servers and as many action servers, each behind nginx (Debian's
  nginx-light), which takes turns between them; TELL_WORKERS (2) outbox workers; one web chat and
  one reference receiver.

It refuses to start, saying why, without every secret given in its variable (no secret has a
default here: `python -m bot.ops.secrets` makes a fresh set), on a database other than PostgreSQL,
on the test database (database `test`, or the superuser without a password) unless
TELL_ALLOW_TEST_DATABASE=1 (the production mode's tests), or when PostgreSQL, Redis or nginx is not
there. Every variable: the README's table (bot/settings.py reads them).

nginx's access log (var/log/nginx-access.log) records, per request, the time, the port asked, the
status, which server answered and how long it took: never the path (a download link is a bearer
token) nor the client's address.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.intake.services import load_registry
from bot.ops.errors import StartupError
from bot.ops.ports import chosen_ports, free_port
from bot.ops.stack import Stack
from bot.rasa.channels.tokens import rest_token
from bot.settings import Settings, SettingsError, load_production_settings, production_problems

LOCK_KEY_PREFIX = "tell"  # Rasa accepts letters and digits only
# A message of up to MAX_MESSAGE_CHARS characters, each escaped as \\uXXXX in the worst case, fits.
MAX_BODY = "2m"


@dataclass(frozen=True)
class RedisAddress:
    host: str
    port: int
    db: int
    password: str | None

    @classmethod
    def parse(cls, url: str) -> "RedisAddress":
        parts = urlsplit(url)
        if parts.scheme != "redis" or not parts.hostname:
            raise StartupError(f"TELL_REDIS_URL must look like redis://host:port/db, not {parts.scheme}://…")
        db = parts.path.strip("/") or "0"
        if not db.isdigit():
            raise StartupError("TELL_REDIS_URL must end with a database number, like /0")
        return cls(parts.hostname, parts.port or 6379, int(db), parts.password)


def backend_names(kind: str, replicas: int) -> list[str]:
    return [f"{kind}-{number}" for number in range(1, replicas + 1)]


class ProductionStack(Stack):
    """Several Rasa and action servers behind nginx, on PostgreSQL and Redis. `url("rasa")` and
    `url("actions")` are nginx's addresses, so callers talk to it exactly as to the embedded mode."""

    def __init__(self, var_dir: Path, ports: Mapping[str, int], host: str = "127.0.0.1",
                 replicas: int | None = None, workers: int | None = None, database_url: str | None = None,
                 redis_url: str | None = None, environ: Mapping[str, str] | None = None, **kwargs: Any):
        """Settings from `environ` (the launcher's environment if None); `replicas`, `workers`,
        `database_url` and `redis_url`, when given, stand for their variables."""
        given = dict(os.environ if environ is None else environ)
        for name, value in (("TELL_REPLICAS", replicas), ("TELL_WORKERS", workers),
                            ("TELL_DATABASE_URL", database_url), ("TELL_REDIS_URL", redis_url)):
            if value is not None:
                given[name] = str(value)
        super().__init__(var_dir=var_dir, ports=dict(ports), host=host, environ=given, **kwargs)
        try:
            self.production = load_production_settings(given)
        except SettingsError as problem:
            raise StartupError(str(problem)) from None
        self.redis = RedisAddress.parse(self.production.redis_url)
        self.replicas, self.workers = self.production.replicas, self.production.workers
        for name in backend_names("rasa", self.replicas) + backend_names("actions", self.replicas):
            self.ports.setdefault(name, free_port(0, host))
        self.nginx = str(self.production.nginx or shutil.which("nginx") or "/usr/sbin/nginx")

    @property
    def database_url(self) -> str:
        return self.settings.database_url

    @property
    def rest_token(self) -> str | None:
        """REST's bearer token (TELL_REST_TOKEN): the production mode does not start without it."""
        return rest_token(self.settings)

    def rest_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.rest_token}"} if self.rest_token else {}

    def refuse_unsafe(self) -> None:
        """StartupError, saying every reason, if the settings are not safe to run with: the
        database, the test database, a secret not given (bot/settings.py, production_problems)."""
        settings = self.settings
        problems = production_problems(settings, self.production, load_registry(settings.services_dir))
        if problems:
            raise StartupError("\n  ".join(["the production mode's settings are not safe to run with:", *problems]))

    def prepare(self) -> None:
        self.refuse_unsafe()
        if not Path(self.nginx).is_file():
            raise StartupError(f"nginx is not installed at {self.nginx}: run `tools/install_debian.sh nginx` "
                               "(`make run-prod` does) or set TELL_NGINX.")
        self._check_redis()
        try:
            super().prepare()
        except StartupError:
            raise
        except Exception as problem:  # the database could not be reached or migrated
            raise StartupError(f"PostgreSQL at {self.database_url.split('@')[-1]} is not usable "
                               f"({type(problem).__name__}).") from problem
        nginx_dir = self.var_dir / "run" / "nginx"
        nginx_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        (nginx_dir / "nginx.conf").write_text(self.nginx_conf())

    def _check_redis(self) -> None:
        import redis

        address = self.redis
        try:
            redis.Redis(host=address.host, port=address.port, db=address.db, password=address.password,
                        socket_timeout=3).ping()
        except redis.RedisError as problem:
            raise StartupError(f"Redis at {address.host}:{address.port} is not answering "
                               f"({type(problem).__name__}); Rasa needs it as its lock store.") from problem

    def endpoints_yaml(self) -> str:
        address = self.redis
        lock_store = (f"lock_store:\n  type: redis\n  url: {address.host}\n  port: {address.port}\n"
                      f"  db: {address.db}\n  key_prefix: {LOCK_KEY_PREFIX}\n")
        if address.password:
            lock_store += f"  password: {address.password}\n"
        return super().endpoints_yaml() + lock_store

    def nginx_conf(self) -> str:
        var = self.var_dir
        user = "user nobody nogroup;\n" if os.geteuid() == 0 else ""  # workers never run as root

        def upstream(kind: str, name: str | None = None, one_at_a_time: bool = False) -> str:
            """Every server of `kind` taking turns; or, `one_at_a_time`, the first while it answers
            and the others only as its stand-ins (nginx's `backup`)."""
            servers = "".join(f"    server {self.host}:{self.ports[backend]} max_fails=1 fail_timeout=5s"
                              f"{' backup' if one_at_a_time and number else ''};\n"
                              for number, backend in enumerate(backend_names(kind, self.replicas)))
            return f"  upstream {name or kind} {{\n{servers}    keepalive 32;\n  }}\n"

        def location(path: str, upstream_name: str) -> str:
            return (f"    location {path} {{\n"
                    f"      proxy_pass http://{upstream_name};\n"
                    "      proxy_http_version 1.1;\n"
                    '      proxy_set_header Connection "";\n'
                    "      proxy_set_header Host $http_host;\n"
                    "      proxy_set_header X-Forwarded-Proto $scheme;\n"
                    "      proxy_read_timeout 300s;\n"
                    "      proxy_max_temp_file_size 0;\n"  # workers write no temporary files
                    "    }\n")

        def server(kind: str) -> str:
            # SMS to one Rasa server while it answers: a long reply's pages wait for MORE, and a retried
            # text's answer waits, in the memory of the process that sent the first page (sms_pages.py,
            # sms_repeats.py); taking turns, MORE reached the other server and got nothing, or an old page.
            texts = location("/webhooks/sms/", "rasa_sms") if kind == "rasa" else ""
            return (f"  server {{\n    listen {self.host}:{self.ports[kind]};\n"
                    "    location = /nginx-health {\n      access_log off;\n      return 200 'ok';\n    }\n"
                    + texts + location("/", kind) + "  }\n")

        return (f"{user}worker_processes 1;\ndaemon off;\npid {var / 'run' / 'nginx' / 'nginx.pid'};\n"
                f"error_log {var / 'log' / 'nginx-error.log'} warn;\n"
                "events {\n  worker_connections 1024;\n}\n"
                "http {\n"
                "  log_format servers '$time_iso8601 $server_port $status $upstream_addr $request_time';\n"
                f"  access_log {var / 'log' / 'nginx-access.log'} servers;\n"
                f"  client_max_body_size {MAX_BODY};\n  client_body_buffer_size {MAX_BODY};\n"
                "  server_tokens off;\n"
                + "".join(f"  {kind}_temp_path {var / 'run' / 'nginx' / kind};\n"
                          for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
                + upstream("rasa") + upstream("rasa", "rasa_sms", one_at_a_time=True) + upstream("actions")
                + server("rasa") + server("actions") + "}\n")

    def commands(self) -> dict[str, list[str]]:
        single = super().commands()
        commands: dict[str, list[str]] = {"receiver": single["receiver"]}
        for name in backend_names("worker", self.workers):
            commands[name] = single["worker"]
        for name in backend_names("actions", self.replicas):
            commands[name] = self.actions_command(self.ports[name])
        for name in backend_names("rasa", self.replicas):
            commands[name] = self.rasa_command(self.ports[name])
        commands["nginx"] = [self.nginx, "-p", str(self.var_dir / "run" / "nginx"),
                             "-c", str(self.var_dir / "run" / "nginx" / "nginx.conf"),
                             "-e", str(self.var_dir / "log" / "nginx-error.log")]
        commands["webchat"] = single["webchat"]
        return commands

    # The supervision (bot/ops/stack.py, Stack.recover) starts again any server, worker,
    # the web chat or the receiver that stops, while nginx sends a server's share to the others;
    # nginx itself is the front door, and without it nothing is served: it is left to a person.
    unsupervised = frozenset({"nginx"})

    def topology(self) -> str:
        rasa = ", ".join(str(self.ports[name]) for name in backend_names("rasa", self.replicas))
        actions = ", ".join(str(self.ports[name]) for name in backend_names("actions", self.replicas))
        address = self.redis
        return (f"  Behind nginx:        Rasa servers on ports {rasa}; action servers on {actions}\n"
                f"                       (nginx for the action servers: {self.url('actions')})\n"
                f"  Database:            PostgreSQL at {self.database_url.split('@')[-1]}\n"
                f"  Lock store:          Redis at {address.host}:{address.port}/{address.db}\n"
                "  REST token:          Authorization: Bearer <TELL_REST_TOKEN>\n")

    def health_urls(self) -> dict[str, str]:
        urls = {"receiver": self.url("receiver") + "/health", "webchat": self.url("webchat") + "/health"}
        for name in backend_names("actions", self.replicas):
            urls[name] = self.url(name) + "/health"
        for name in backend_names("rasa", self.replicas):
            urls[name] = self.url(name) + "/webhooks/rest/"
        urls["nginx"] = self.url("rasa") + "/nginx-health"
        return urls


def production_stack(settings: Settings, host: str) -> ProductionStack:
    return ProductionStack(var_dir=settings.var_dir, ports=chosen_ports(host, settings.ports), host=host)
