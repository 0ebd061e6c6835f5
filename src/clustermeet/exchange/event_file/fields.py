"""Typed reads of one JSON record; each bad value becomes a Problem and a harmless stand-in.

The reader goes on after a problem so that one run lists every problem of a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from clustermeet.exchange.event_file.records import TEXT_LIMIT
from clustermeet.exchange.problems import Problem

T = TypeVar("T")

DATE, TIME, INSTANT = "a date YYYY-MM-DD", "a time HH:MM", "a date-time with its UTC offset"
# One @, no spaces, a dotted domain: what Django's EmailValidator accepts, give or take.
# What a bad date-time reads as, so the reader can go on (and say nothing more about it).
NO_INSTANT = datetime.min.replace(tzinfo=UTC)
LARGEST = 2**31 - 1  # what every database's integer column holds
EMAIL = re.compile(r"^[^@\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")
_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)
SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
PHONE = re.compile(r"^\+?[0-9 ()./-]*(?:(?:ext|x)\.? ?[0-9]+)?$")


def shown(value: Any) -> str:
    """A value as a message shows it: short, whatever its size."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def instant(value: Any) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("no UTC offset")
    return parsed


class Fields:
    """The keys of one record at `where`; `problems` collects what is wrong with them."""

    def __init__(self, problems: list[Problem], where: str, record: Any) -> None:
        self.problems = problems
        self.where = where
        self.ok = isinstance(record, dict)
        self.record: dict[str, Any] = record if isinstance(record, dict) else {}
        if not self.ok:
            self.note("record", f"expected an object, got {shown(record)}")

    def note(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.where, key, message))

    def raw(self, key: str, required: bool) -> Any:
        value = self.record.get(key)
        if value is None and required and self.ok:
            self.note(key, "missing")
        return value

    def typed(self, key: str, kind: type[T], what: str, required: bool) -> T | None:
        value = self.raw(key, required)
        if value is None:
            return None
        # JSON true/false are Python bools, which are ints too: not a number.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.note(key, f"expected {what}, got {shown(value)}")
            return None
        return value

    def text(self, key: str, *, required: bool = False, limit: int = TEXT_LIMIT) -> str:
        value = self.typed(key, str, "a string", required)
        if value is None:
            return ""
        if required and not value.strip():
            self.note(key, "must not be empty")
        if len(value) > limit:
            self.note(key, f"{len(value)} characters; at most {limit} are allowed")
        if "\x00" in value:
            self.note(key, "contains a NUL character; expected plain text")
        return value

    def matching(self, key: str, pattern: re.Pattern[str], expected: str, **kw: Any) -> str:
        value = self.text(key, **kw)
        if value and len(value) <= kw.get("limit", TEXT_LIMIT) and not pattern.match(value):
            self.note(key, f"expected {expected}, got {shown(value)}")
        return value

    def email(self, key: str) -> str:
        value = self.matching(
            key, EMAIL, "an e-mail address such as anna@cluster.eu", required=True, limit=254
        )
        return value.strip().lower()

    def url(self, key: str, limit: int) -> str:
        return self.matching(key, _URL, "a web address such as https://cluster.eu", limit=limit)

    def slug(self, key: str, limit: int) -> str:
        return self.matching(
            key, SLUG, "letters, digits, '-' or '_' only", required=True, limit=limit
        )

    def phone(self, key: str, limit: int) -> str:
        return self.matching(key, PHONE, "a phone number such as +1 416 555 0100", limit=limit)

    def number(
        self, key: str, default: int | None, *, least: int = 0, most: int | None = None
    ) -> int | None:
        value = self.typed(key, int, "a whole number", required=False)
        if value is None:
            return default
        most = LARGEST if most is None else most
        if value < least or value > most:
            self.note(key, f"expected a number from {least} to {most}, got {shown(value)}")
            return default
        return value

    def required_number(self, key: str, *, least: int = 0) -> int:
        if self.raw(key, required=True) is None:
            return least
        found = self.number(key, least, least=least)
        return least if found is None else found

    def flag(self, key: str, default: bool) -> bool:
        value = self.typed(key, bool, "true or false", required=False)
        return default if value is None else value

    def choice(self, key: str, choices: tuple[T, ...], default: T | None = None) -> T:
        value = self.raw(key, required=default is None)
        if value is None:
            return default if default is not None else choices[0]
        # JSON true is also 1 in Python: a priority must be a number, not a flag.
        same_type = isinstance(value, type(choices[0])) and not isinstance(value, bool)
        if not same_type or value not in choices:
            self.note(key, f"expected one of {list(choices)}, got {shown(value)}")
            return choices[0]
        return value  # type: ignore[no-any-return]

    def each(self, key: str) -> list[Any]:
        value = self.typed(key, list, "a list", required=False)
        return value or []

    def strings(
        self, key: str, allowed: Callable[[str], bool] | None = None, what: str = ""
    ) -> tuple[str, ...]:
        result = []
        for n, value in enumerate(self.each(key)):
            if not isinstance(value, str) or len(value) > 200:
                self.note(f"{key}[{n}]", f"expected a short string, got {shown(value)}")
            elif allowed is not None and not allowed(value):
                self.note(f"{key}[{n}]", f"{shown(value)} is not {what}")
            else:
                result.append(value)
        return tuple(result)

    def parsed(self, key: str, parse: Callable[[str], T], expected: str, fallback: T) -> T:
        found = self.maybe_parsed(key, parse, expected, required=True)
        return fallback if found is None else found

    def maybe_parsed(
        self, key: str, parse: Callable[[str], T], expected: str, required: bool = False
    ) -> T | None:
        value = self.typed(key, str, expected, required)
        if value is None:
            return None
        try:
            return parse(value)
        except (TypeError, ValueError):
            self.note(key, f"expected {expected}, got {shown(value)}")
            return None


def a_date(value: str) -> date:
    return date.fromisoformat(value)


def a_time(value: str) -> time:
    return time.fromisoformat(value)
