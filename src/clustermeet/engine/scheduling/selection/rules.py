"""How a clustermeet event becomes the scheduler's input: the one place for these rules.

Both the database (`meetings.domain.scheduling.build_event_input`) and the event file
(`event_file.event_file_instance`) turn their records into the plain rows below and call
`build_event_instance`, so a stored event and its exported file give the same instance:

- a one-sided request weighs 2, 3 or 6 for priority normal, high, must-meet; two opposite
  accepted requests make one mutual wish weighing the sum of both sides;
- an organisation's seats are its people at the event; remote people only meet in virtual
  rooms; slots on different dates are different days (no break across a night);
- only accepted requests count; meetings locked in the latest schedule stay where they are.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date

from clustermeet.engine.scheduling.selection.model import (
    EventInstance,
    Lock,
    Participant,
    Request,
    Table,
)

NORMAL, HIGH, MUST = 1, 2, 3
PRIORITY_WEIGHT: dict[int, int] = {NORMAL: 2, HIGH: 3, MUST: 6}
ACCEPTED = "accepted"
REMOTE = "remote"
VIRTUAL = "virtual"
CANCELLED = "cancelled"


def request_weight(priority: int) -> int:
    """Weight of one side of a wish; an unknown priority counts as normal."""
    return PRIORITY_WEIGHT.get(priority, PRIORITY_WEIGHT[NORMAL])


def slot_days(local_dates: Sequence[date]) -> tuple[int, ...]:
    """Day number of each slot from its date at the venue: 0 for the first date, and so on."""
    dates = sorted(set(local_dates))
    return tuple(dates.index(d) for d in local_dates)


@dataclass(frozen=True)
class PersonRow:
    organisation: Hashable  # any key naming the organisation (database id, slug)
    attendance: str  # "onsite" or "remote"
    min_meetings: int = 0
    max_meetings: int | None = None
    unavailable: frozenset[int] = frozenset()  # slot indices


@dataclass(frozen=True)
class TableRow:
    name: str
    kind: str  # "onsite" or "virtual"
    host: Hashable | None = None  # organisation key of the booth's owner


@dataclass(frozen=True)
class RequestRow:
    """One request, given oldest first; people are indices into the person rows."""

    requester: int
    requested: int
    priority: int = NORMAL
    status: str = ACCEPTED
    agreed_slot: int | None = None  # a time the other side proposed and the requester took


@dataclass(frozen=True)
class MeetingRow:
    """A meeting of the latest schedule; None where it points at nothing in the input."""

    request: int | None  # index into the request rows
    slot: int | None
    table: int | None
    locked: bool
    status: str = "scheduled"


@dataclass(frozen=True)
class BuiltEvent:
    instance: EventInstance
    # Per engine request, the accepted request rows it stands for, oldest first; a placed
    # meeting is recorded against the first.
    sources: tuple[tuple[int, ...], ...]


def _agreed_slots(rows: Sequence[RequestRow]) -> frozenset[int] | None:
    """A pair that agreed on a time meets then, or not at all (the oldest agreement counts)."""
    agreed = [r.agreed_slot for r in rows if r.agreed_slot is not None]
    return frozenset(agreed[:1]) if agreed else None


def build_event_instance(
    slot_dates: Sequence[date],
    tables: Sequence[TableRow],
    people: Sequence[PersonRow],
    requests: Sequence[RequestRow],
    latest_meetings: Sequence[MeetingRow] = (),
) -> BuiltEvent:
    org_index: dict[Hashable, int] = {}
    for person in people:
        org_index.setdefault(person.organisation, len(org_index))
    seats = [0] * len(org_index)
    for person in people:
        seats[org_index[person.organisation]] += 1
    participants = tuple(
        Participant(
            organisation=org_index[p.organisation],
            remote=p.attendance == REMOTE,
            min_meetings=p.min_meetings,
            max_meetings=p.max_meetings,
            unavailable=p.unavailable,
        )
        for p in people
    )
    engine_tables = tuple(
        Table(
            t.name,
            virtual=t.kind == VIRTUAL,
            host=org_index.get(t.host) if t.host is not None else None,
        )
        for t in tables
    )
    # One engine request per unordered pair, in order of the oldest request of the pair.
    pairs: dict[tuple[int, int], list[int]] = {}
    for n, r in enumerate(requests):
        if r.status == ACCEPTED:
            a, b = r.requester, r.requested
            pairs.setdefault((min(a, b), max(a, b)), []).append(n)
    engine_requests = tuple(
        Request(
            a,
            b,
            sum(request_weight(requests[n].priority) for n in rows),
            _agreed_slots([requests[n] for n in rows]),
        )
        for (a, b), rows in pairs.items()
    )
    engine_of = {n: i for i, rows in enumerate(pairs.values()) for n in rows}
    locks = []
    for m in latest_meetings:
        index = engine_of.get(m.request) if m.request is not None else None
        if m.locked and m.status != CANCELLED and index is not None and m.slot is not None:
            locks.append(Lock(index, m.slot, m.table))
    instance = EventInstance(
        slot_days=slot_days(slot_dates),
        tables=engine_tables,
        participants=participants,
        seats=tuple(seats),
        requests=engine_requests,
        locks=tuple(locks),
    )
    return BuiltEvent(instance, tuple(tuple(rows) for rows in pairs.values()))
