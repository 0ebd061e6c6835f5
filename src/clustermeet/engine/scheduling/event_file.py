"""Read clustermeet's own event file (docs/event-format.md) into the scheduler's input.

Only what scheduling needs is read: slots (given, or generated from the sessions like the
database does), tables, participants, requests and the latest schedule's locked meetings.
What the engine gets from them is decided in `selection.rules`, shared with the database path.
A bad record raises `EventFileError` naming it, as `clustermeet import` does
(`requests[3].requester: 'x@y' is not in participants`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from clustermeet.engine.scheduling import parse_breaks, slot_times
from clustermeet.engine.scheduling.selection import (
    EventInstance,
    EventSchedule,
    MeetingRow,
    PersonRow,
    Placement,
    RequestRow,
    TableRow,
    build_event_instance,
)

FORMAT = "clustermeet-event"
VERSION = 1
ATTENDANCE = ("onsite", "remote")
TABLE_KINDS = ("onsite", "virtual")
PRIORITIES = (1, 2, 3)
REQUEST_STATUSES = ("pending", "accepted", "declined", "expired", "cancelled")
MEETING_STATUSES = ("scheduled", "held", "no_show", "cancelled")

T = TypeVar("T")


class EventFileError(ValueError):
    """The file cannot be scheduled; the message names the record and field."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class EventFileNames:
    """The file's natural keys for the instance's indices, to write a result back."""

    event: str  # the event's slug
    slots: tuple[str, ...]  # slot starts as ISO date-times
    tables: tuple[str, ...]
    participants: tuple[str, ...]  # e-mails
    requests: tuple[tuple[str, str], ...]  # (requester, requested) a meeting is recorded as


_KIND_NAMES: dict[type, str] = {
    str: "a string",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "an object",
}


def _maybe(record: Any, key: str, where: str, kind: type[T]) -> T | None:
    """`record[key]` checked to be a `kind`; None when missing or null."""
    if not isinstance(record, dict):
        raise EventFileError(where, "expected an object")
    value = record.get(key)
    if value is None:
        return None
    # JSON true/false are Python bools, which are ints too: not a count.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise EventFileError(f"{where}.{key}", f"expected {_KIND_NAMES[kind]}, got {value!r}")
    return value


def _get(record: Any, key: str, where: str, kind: type[T]) -> T:
    value = _maybe(record, key, where, kind)
    if value is None:
        raise EventFileError(f"{where}.{key}", "missing")
    return value


def _get_or(record: Any, key: str, where: str, kind: type[T], default: T) -> T:
    value = _maybe(record, key, where, kind)
    return default if value is None else value


def _choice(
    record: Any, key: str, where: str, choices: tuple[T, ...], default: T | None = None
) -> T:
    """`record[key]` if it is one of `choices`; without a default the key must be there."""
    value = record.get(key) if isinstance(record, dict) else None
    if value is None:
        if default is None:
            raise EventFileError(f"{where}.{key}", "missing")
        return default
    # JSON true is also 1 in Python: a priority must be a number, not a flag.
    if value not in choices or type(value) is not type(choices[0]):
        raise EventFileError(f"{where}.{key}", f"expected one of {list(choices)}, got {value!r}")
    return value


def _parsed(record: Any, key: str, where: str, parse: Callable[[str], T], expected: str) -> T:
    value = _get(record, key, where, str)
    try:
        return parse(value)
    except (TypeError, ValueError):
        raise EventFileError(f"{where}.{key}", f"expected {expected}, got {value!r}") from None


def _instant(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("no time zone")
    return parsed


def _section(data: dict[str, Any], key: str) -> list[Any]:
    return _get_or(data, key, "file", list, [])


DATETIME = "a date-time with time zone"


class _Slots:
    """The event's slots in time order, as the database numbers them."""

    def __init__(self, data: dict[str, Any], tz: ZoneInfo) -> None:
        found: list[tuple[datetime, int, str, str]] = []  # start, session, name, where
        for n, session in enumerate(_section(data, "sessions")):
            where = f"sessions[{n}]"
            given = _maybe(session, "slots", where, list)
            if given is not None:
                for k, slot in enumerate(given):
                    swhere = f"{where}.slots[{k}]"
                    start = _parsed(slot, "start", swhere, _instant, DATETIME)
                    found.append((start, n, slot["start"], swhere))
                continue
            for start in self._generate(session, where, tz):
                found.append((start, n, start.isoformat(), where))
        found.sort(key=lambda s: (s[0], s[1]))
        self.starts = [s[0] for s in found]
        self.names = tuple(s[2] for s in found)
        self.index: dict[datetime, int] = {}
        for i, (start, _, _, where) in enumerate(found):
            if start in self.index:
                raise EventFileError(where, f"a second slot starts at {start.isoformat()}")
            self.index[start] = i

    @staticmethod
    def _generate(session: Any, where: str, tz: ZoneInfo) -> list[datetime]:
        day = _parsed(session, "date", where, date.fromisoformat, "a date YYYY-MM-DD")
        begin = _parsed(session, "start_time", where, time.fromisoformat, "a time HH:MM")
        end = _parsed(session, "end_time", where, time.fromisoformat, "a time HH:MM")
        minutes = _get_or(session, "slot_minutes", where, int, 20)
        gap = _get_or(session, "gap_minutes", where, int, 0)
        if minutes <= 0 or gap < 0:
            raise EventFileError(where, "slot_minutes must be above 0 and gap_minutes not below")
        try:
            breaks = parse_breaks(_get_or(session, "breaks", where, list, []))
        except ValueError as error:
            raise EventFileError(f"{where}.breaks", str(error)) from None
        return slot_times(day, begin, end, minutes, tz, gap, breaks)

    def of(self, value: Any, where: str) -> int:
        try:
            return self.index[_instant(value)]
        except (KeyError, TypeError, ValueError):
            raise EventFileError(
                where, f"{value!r} is not the start of one of the event's slots"
            ) from None


def event_file_instance(data: Any) -> tuple[EventInstance, EventFileNames]:
    """The scheduler's input for a parsed event file, and the names to write a result with."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise EventFileError("file.format", f'expected "{FORMAT}"')
    if data.get("version") != VERSION:
        raise EventFileError(
            "file.version", f"version {data.get('version')!r} is not supported; expected {VERSION}"
        )
    event = _get(data, "event", "file", dict)
    slug = _get(event, "slug", "event", str)
    zone = _get(event, "time_zone", "event", str)
    try:
        tz = ZoneInfo(zone)
    except (KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        raise EventFileError("event.time_zone", f"unknown time zone {zone!r}") from None
    slots = _Slots(data, tz)
    tables = _tables(data)
    people = _People(data, slots)
    requests = _requests(data, people)
    request_at = {(r.requester, r.requested): i for i, r in enumerate(requests)}
    built = build_event_instance(
        slot_dates=[s.astimezone(tz).date() for s in slots.starts],
        tables=tables,
        people=people.rows,
        requests=requests,
        latest_meetings=_latest_meetings(data, slots, tables, people, request_at),
    )
    emails = people.emails
    names = EventFileNames(
        event=slug,
        slots=slots.names,
        tables=tuple(t.name for t in tables),
        participants=tuple(emails),
        requests=tuple(
            (emails[requests[rows[0]].requester], emails[requests[rows[0]].requested])
            for rows in built.sources
        ),
    )
    return built.instance, names


def _tables(data: dict[str, Any]) -> list[TableRow]:
    tables = [
        TableRow(
            _get(t, "name", f"tables[{n}]", str),
            _choice(t, "kind", f"tables[{n}]", TABLE_KINDS),
            _maybe(t, "host", f"tables[{n}]", str),
        )
        for n, t in enumerate(_section(data, "tables"))
    ]
    tables.sort(key=lambda t: (t.kind, t.name))  # the database's table order
    names = [t.name for t in tables]
    for name in names:
        if names.count(name) > 1:
            raise EventFileError("tables", f"two tables are named {name!r}")
    return tables


class _People:
    def __init__(self, data: dict[str, Any], slots: _Slots) -> None:
        self.emails: list[str] = []
        self.rows: list[PersonRow] = []
        self.index: dict[str, int] = {}
        for n, p in enumerate(_section(data, "participants")):
            where = f"participants[{n}]"
            email = _get(p, "email", where, str).strip().lower()
            if email in self.index:
                raise EventFileError(f"{where}.email", f"'{email}' appears twice")
            least = _get_or(p, "min_meetings", where, int, 0)
            most = _maybe(p, "max_meetings", where, int)
            if least < 0 or (most is not None and most < least):
                raise EventFileError(where, "expected 0 <= min_meetings <= max_meetings")
            busy = _get_or(p, "unavailable_slots", where, list, [])
            self.index[email] = len(self.rows)
            self.emails.append(email)
            self.rows.append(
                PersonRow(
                    _get(p, "organisation", where, str),
                    _choice(p, "attendance", where, ATTENDANCE, "onsite"),
                    least,
                    most,
                    frozenset(
                        slots.of(s, f"{where}.unavailable_slots[{k}]") for k, s in enumerate(busy)
                    ),
                )
            )

    def of(self, value: Any, where: str) -> int:
        found = self.index.get(value.strip().lower()) if isinstance(value, str) else None
        if found is None:
            raise EventFileError(where, f"{value!r} is not in participants")
        return found


def _requests(data: dict[str, Any], people: _People) -> list[RequestRow]:
    """Every request (the rules keep the accepted ones), oldest first like the database."""
    found: list[tuple[datetime, RequestRow]] = []
    seen: set[tuple[int, int]] = set()
    for n, r in enumerate(_section(data, "requests")):
        where = f"requests[{n}]"
        row = RequestRow(
            people.of(_get(r, "requester", where, str), f"{where}.requester"),
            people.of(_get(r, "requested", where, str), f"{where}.requested"),
            _choice(r, "priority", where, PRIORITIES, 1),
            _choice(r, "status", where, REQUEST_STATUSES, "pending"),
        )
        if row.requester == row.requested:
            raise EventFileError(where, "a participant cannot request to meet themselves")
        if (row.requester, row.requested) in seen:
            raise EventFileError(where, "the same requester asks the same person twice")
        seen.add((row.requester, row.requested))
        found.append((_parsed(r, "created_at", where, _instant, DATETIME), row))
    found.sort(key=lambda f: f[0])
    return [row for _, row in found]


def _latest_meetings(
    data: dict[str, Any],
    slots: _Slots,
    tables: list[TableRow],
    people: _People,
    request_at: dict[tuple[int, int], int],
) -> list[MeetingRow]:
    """The meetings of the highest schedule version: the ones whose locks still hold."""
    schedules = _section(data, "schedules")
    if not schedules:
        return []
    versions = [_get(s, "version", f"schedules[{n}]", int) for n, s in enumerate(schedules)]
    n = versions.index(max(versions))
    table_at = {t.name: i for i, t in enumerate(tables)}
    result = []
    for k, m in enumerate(_get_or(schedules[n], "meetings", f"schedules[{n}]", list, [])):
        where = f"schedules[{n}].meetings[{k}]"
        request = None
        pair = _maybe(m, "request", where, list)
        if pair:
            if len(pair) != 2:
                raise EventFileError(f"{where}.request", "expected [requester, requested]")
            key = (people.of(pair[0], f"{where}.request"), people.of(pair[1], f"{where}.request"))
            if key not in request_at:
                raise EventFileError(f"{where}.request", f"{pair!r} is not in requests")
            request = request_at[key]
        table = _get(m, "table", where, str)
        if table not in table_at:
            raise EventFileError(f"{where}.table", f"'{table}' is not in tables")
        result.append(
            MeetingRow(
                request,
                slots.of(_get(m, "slot", where, str), f"{where}.slot"),
                table_at[table],
                _get_or(m, "locked", where, bool, False),
                _choice(m, "status", where, MEETING_STATUSES, "scheduled"),
            )
        )
    return result


def event_file_schedule_to_json(
    instance: EventInstance, schedule: EventSchedule, names: EventFileNames
) -> dict[str, Any]:
    """The solver's result with the file's natural keys, meetings in slot and table order."""
    locked = {lock.request for lock in instance.locks}
    return {
        "event": names.event,
        "status": schedule.status.value,
        "objective": schedule.stats,
        "bound": schedule.bound,
        "wall_time_s": round(schedule.wall_time, 3),
        "requests": len(instance.requests),
        "meetings": [
            {
                "requester": names.requests[p.request][0],
                "requested": names.requests[p.request][1],
                "slot": names.slots[p.slot],
                "table": names.tables[p.table],
                "locked": p.request in locked,
            }
            for p in sorted(schedule.placements, key=lambda p: (p.slot, p.table))
        ],
    }


def event_file_placements(
    instance: EventInstance, names: EventFileNames, data: Any
) -> list[Placement]:
    """The engine's placements of a result `event_file_schedule_to_json` wrote (or one edited
    by hand), to validate it: every meeting's natural keys are looked up in the file's names.
    An unknown e-mail, pair, slot or table raises `EventFileError` naming the meeting."""
    event = _maybe(data, "event", "schedule", str)
    if event is not None and event != names.event:
        raise EventFileError("schedule.event", f"'{event}' is not this file's '{names.event}'")
    person = {email: i for i, email in enumerate(names.participants)}
    request_of: dict[tuple[int, int], int] = {}
    for i, r in enumerate(instance.requests):
        request_of[(r.first, r.second)] = request_of[(r.second, r.first)] = i
    slot_of = {_instant(start): i for i, start in enumerate(names.slots)}
    table_of = {name: i for i, name in enumerate(names.tables)}
    result = []
    for k, m in enumerate(_get(data, "meetings", "schedule", list)):
        where = f"meetings[{k}]"
        pair = []
        for key in ("requester", "requested"):
            email = _get(m, key, where, str)
            if email.strip().lower() not in person:
                raise EventFileError(f"{where}.{key}", f"'{email}' is not in participants")
            pair.append(person[email.strip().lower()])
        request = request_of.get((pair[0], pair[1]))
        if request is None:
            raise EventFileError(
                where, f"no accepted request between '{m['requester']}' and '{m['requested']}'"
            )
        slot_value = _get(m, "slot", where, str)
        try:
            slot = slot_of[_instant(slot_value)]
        except (KeyError, ValueError):
            raise EventFileError(
                f"{where}.slot", f"'{slot_value}' is not the start of one of the event's slots"
            ) from None
        table = _get(m, "table", where, str)
        if table not in table_of:
            raise EventFileError(f"{where}.table", f"'{table}' is not in tables")
        result.append(Placement(request, slot, table_of[table]))
    return result
