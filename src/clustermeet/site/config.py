"""Where clustermeet keeps its data, and the settings read from the environment.

Every setting is one row of `SETTINGS`, with its help text; the README's configuration table
is checked against this list by a test, so the two cannot drift apart.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "CLUSTERMEET_DATA_DIR",
        "~/.local/share/clustermeet",
        "Folder for the SQLite database, the generated secret key and caches.",
    ),
    Setting(
        "DATABASE_URL",
        "(unset: SQLite in the data folder)",
        "PostgreSQL connection, e.g. postgres://user:pass@127.0.0.1:5432/clustermeet.",
    ),
    Setting(
        "CLUSTERMEET_SECRET_KEY",
        "(generated on first run, kept in the data folder)",
        "Django's secret key; set it explicitly when several web processes share a database.",
    ),
    Setting(
        "CLUSTERMEET_DEBUG", "0", "1 turns on Django's debug pages; `clustermeet demo` sets it."
    ),
    Setting(
        "CLUSTERMEET_ALLOWED_HOSTS",
        "127.0.0.1,localhost",
        "Comma-separated host names the web app answers to.",
    ),
    Setting(
        "CLUSTERMEET_HTTPS",
        "1, except in debug mode or when the allowed hosts are 127.0.0.1/localhost only",
        "1: the site is served over HTTPS: secure cookies, HSTS for a year, http redirected "
        "to https. 0: plain http (a closed network).",
    ),
    Setting(
        "CLUSTERMEET_PROXIES",
        "0",
        "How many reverse proxies stand in front of the web app: with 1 or more, the client's "
        "address comes from X-Forwarded-For and https from X-Forwarded-Proto, which the "
        "proxy must set.",
    ),
    Setting(
        "CLUSTERMEET_SMTP_URL",
        "(unset: e-mails are written as files in the data folder's mail/)",
        "SMTP server for e-mails, e.g. smtp://user:password@mail.example.org:587 (STARTTLS) "
        "or smtps://user:password@mail.example.org:465 (TLS); smtp+plain:// for neither. "
        "Required with `--production`.",
    ),
    Setting(
        "CLUSTERMEET_MAIL_FROM",
        "clustermeet <noreply@localhost>",
        "The sender of every e-mail, e.g. Events team <events@example.org>. Required with "
        "`--production`.",
    ),
    Setting(
        "CELERY_BROKER_URL",
        "(unset: tasks run in-process)",
        "Redis for background tasks, e.g. redis://127.0.0.1:6379/0; start workers with "
        "`clustermeet worker --queues ...`. With `--production`: the Redis URL by default.",
    ),
    Setting(
        "CLUSTERMEET_REDIS_URL",
        "(unset: a cache per process)",
        "Redis shared by every process, e.g. redis://127.0.0.1:6379/0: the API's rate-limit "
        "counters and the cache. Required with `--production`.",
    ),
    Setting(
        "CLUSTERMEET_WEBHOOKS_ALLOW_LOOPBACK",
        "0",
        "1 lets webhooks go to loopback addresses (a receiver on this machine, tests); "
        "private, link-local and metadata addresses are refused whatever it says.",
    ),
)

# What `clustermeet serve --production` (settings module clustermeet.site.production) needs;
# nothing is generated or guessed there.
PRODUCTION_REQUIRED = (
    "CLUSTERMEET_SECRET_KEY",
    "CLUSTERMEET_ALLOWED_HOSTS",
    "DATABASE_URL",
    "CLUSTERMEET_REDIS_URL",
    "CLUSTERMEET_SMTP_URL",
    "CLUSTERMEET_MAIL_FROM",
)


def production_problems() -> list[str]:
    """Why the environment cannot run in production, one sentence each (empty: it can)."""
    problems = [
        f"{name} is not set; production reads it from the environment (see the README's "
        "Configuration table)."
        for name in PRODUCTION_REQUIRED
        if env(name) is None
    ]
    database = env("DATABASE_URL") or ""
    if database and not database.startswith(("postgres://", "postgresql://")):
        problems.append(
            "DATABASE_URL must be a PostgreSQL URL (postgres://...) in production: SQLite "
            "cannot serve several processes."
        )
    if env("CLUSTERMEET_DEBUG") == "1":
        problems.append("CLUSTERMEET_DEBUG=1 is refused in production; unset it.")
    return problems


def env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else None


def flag(name: str, default: bool) -> bool:
    """A 0/1 setting; anything else is a clear error, not a guess."""
    value = env(name)
    if value is None:
        return default
    if value not in ("0", "1"):
        raise ImproperlyConfigured(f"{name}={value!r}: expected 0 or 1")
    return value == "1"


def count(name: str, default: int) -> int:
    value = env(name) or str(default)
    if not value.isdigit():
        raise ImproperlyConfigured(f"{name}={value!r}: expected a whole number such as 0 or 1")
    return int(value)


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int
    user: str
    password: str
    starttls: bool
    ssl: bool


def smtp(url: str | None) -> Smtp | None:
    """`CLUSTERMEET_SMTP_URL` read: smtp:// (STARTTLS), smtps:// (TLS), smtp+plain://."""
    if url is None:
        return None
    parts = urlsplit(url)
    defaults = {"smtp": 587, "smtps": 465, "smtp+plain": 25}
    if parts.scheme not in defaults or not parts.hostname:
        raise ImproperlyConfigured(
            f"CLUSTERMEET_SMTP_URL={url!r}: expected smtp://user:password@host:587, "
            "smtps://user:password@host:465 or smtp+plain://host:25"
        )
    try:
        port = parts.port or defaults[parts.scheme]
    except ValueError as error:
        raise ImproperlyConfigured(
            f"CLUSTERMEET_SMTP_URL={url!r}: the port is not a number"
        ) from error
    return Smtp(
        host=parts.hostname,
        port=port,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        starttls=parts.scheme == "smtp",
        ssl=parts.scheme == "smtps",
    )


def data_dir() -> Path:
    path = Path(env("CLUSTERMEET_DATA_DIR") or "~/.local/share/clustermeet").expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key() -> str:
    """The configured key, or one generated on first run and kept beside the database."""
    configured = env("CLUSTERMEET_SECRET_KEY")
    if configured:
        return configured
    path = data_dir() / "secret_key"
    if not path.exists():
        # Written with owner-only permissions, outside the repository.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()
