"""An event file's records as the scheduler's input, and a schedule back in the file's keys.

`clustermeet schedule EVENT.json` and `clustermeet validate` read the file with the same
reader as `clustermeet import` (so they refuse the same files), then map its records to the
engine's rows here; which rows become which requests and locks is the engine's
`build_event_instance`, shared with the database path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

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
from clustermeet.exchange.event_file.fields import Fields, instant
from clustermeet.exchange.event_file.reader import read_event_file
from clustermeet.exchange.event_file.records import EventFile
from clustermeet.exchange.problems import EventFileRejected, Problem


@dataclass(frozen=True)
class EventFileNames:
    """The file's natural keys for the instance's indices, to write a result back."""

    event: str  # the event's slug
    slots: tuple[str, ...]  # slot starts as ISO date-times with the venue's offset
    tables: tuple[str, ...]
    participants: tuple[str, ...]  # e-mails
    requests: tuple[tuple[str, str], ...]  # (requester, requested) a meeting is recorded as


def event_file_instance(data: Any) -> tuple[EventInstance, EventFileNames]:
    """The scheduler's input for parsed JSON `data`; `EventFileRejected` lists its problems."""
    return records_instance(read_event_file(data))


def records_instance(f: EventFile) -> tuple[EventInstance, EventFileNames]:
    tz = ZoneInfo(f.event.time_zone)
    found = sorted(
        (slot.start, n) for n, session in enumerate(f.sessions) for slot in session.slots
    )
    starts = [start for start, _ in found]
    slot_at = {start: i for i, start in enumerate(starts)}
    tables = sorted(f.tables, key=lambda t: (t.kind, t.name))  # the database's table order
    table_at = {t.name: i for i, t in enumerate(tables)}
    person_at = {p.email: i for i, p in enumerate(f.participants)}
    people = [
        PersonRow(
            p.organisation,
            p.attendance,
            p.min_meetings,
            p.max_meetings,
            frozenset(slot_at[s] for s in p.unavailable_slots),
        )
        for p in f.participants
    ]
    ordered = sorted(f.requests, key=lambda q: q.created_at)  # oldest first, as the database
    requests = [
        RequestRow(person_at[q.requester], person_at[q.requested], q.priority, q.status)
        for q in ordered
    ]
    request_at = {(q.requester, q.requested): i for i, q in enumerate(ordered)}
    latest = max(f.schedules, key=lambda s: s.version, default=None)
    meetings = [
        MeetingRow(
            request_at[m.request] if m.request is not None else None,
            slot_at[m.slot],
            table_at[m.table],
            m.locked,
            m.status,
        )
        for m in (latest.meetings if latest else ())
    ]
    built = build_event_instance(
        slot_dates=[s.astimezone(tz).date() for s in starts],
        tables=[TableRow(t.name, t.kind, t.host) for t in tables],
        people=people,
        requests=requests,
        latest_meetings=meetings,
    )
    emails = [p.email for p in f.participants]
    names = EventFileNames(
        event=f.event.slug,
        slots=tuple(s.astimezone(tz).isoformat() for s in starts),
        tables=tuple(t.name for t in tables),
        participants=tuple(emails),
        requests=tuple(
            (emails[requests[rows[0]].requester], emails[requests[rows[0]].requested])
            for rows in built.sources
        ),
    )
    return built.instance, names


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
    by hand), to validate it; `EventFileRejected` names every meeting that does not resolve."""
    problems: list[Problem] = []
    top = Fields(problems, "schedule", data)
    event = top.text("event")
    if event and event != names.event:
        top.note("event", f"'{event}' is not this file's '{names.event}'")
    person = {email: i for i, email in enumerate(names.participants)}
    request_of: dict[tuple[int, int], int] = {}
    for i, q in enumerate(instance.requests):
        request_of[(q.first, q.second)] = request_of[(q.second, q.first)] = i
    slot_of = {instant(start): i for i, start in enumerate(names.slots)}
    table_of = {name: i for i, name in enumerate(names.tables)}
    if top.ok and "meetings" not in top.record:
        top.note("meetings", "missing")
    result = []
    for k, m in enumerate(top.each("meetings")):
        f = Fields(problems, f"meetings[{k}]", m)
        pair = [f.text(key, required=True).strip().lower() for key in ("requester", "requested")]
        for key, email in zip(("requester", "requested"), pair, strict=True):
            if email and email not in person:
                f.note(key, f"'{email}' is not in participants")
        start = f.maybe_parsed("slot", instant, "a slot start", required=True)
        if start is not None and start not in slot_of:
            f.note("slot", f"'{f.record['slot']}' is not the start of one of the event's slots")
        table = f.text("table", required=True)
        if table and table not in table_of:
            f.note("table", f"'{table}' is not in tables")
        if all(e in person for e in pair):
            request = request_of.get((person[pair[0]], person[pair[1]]))
            if request is None:
                f.note("requested", f"no accepted request between '{pair[0]}' and '{pair[1]}'")
            elif start in slot_of and table in table_of:
                result.append(Placement(request, slot_of[start], table_of[table]))
    if problems:
        raise EventFileRejected(problems)
    return result
