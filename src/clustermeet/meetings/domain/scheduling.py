"""Schedule a stored event: build the engine's input, solve, store a new draft version.

Weights (docs/scheduler.md): a one-sided request weighs 2, 3 or 6 for priority normal,
high, must-meet; two opposite accepted requests make one mutual wish weighing the sum of
both sides. An organisation's seats are its people at the event; remote people only meet in
virtual rooms; slots of different dates are different days (no break across a night);
meetings locked in the latest schedule stay where they are.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from clustermeet.engine.scheduling.event_model import (
    EventInstance,
    EventSchedule,
    Lock,
)
from clustermeet.engine.scheduling.event_model import Participant as EngineParticipant
from clustermeet.engine.scheduling.event_model import Request as EngineRequest
from clustermeet.engine.scheduling.event_model import Table as EngineTable
from clustermeet.engine.scheduling.selection import solve_event
from clustermeet.events.enums import TableKind
from clustermeet.events.models import Event, Slot, Table
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.enums import MeetingStatus, RequestStatus, ScheduleState
from clustermeet.meetings.models import Meeting, Request, Schedule
from clustermeet.profiles.enums import Attendance
from clustermeet.profiles.models import Participant

PRIORITY_WEIGHT = {1: 2, 2: 3, 3: 6}


@dataclass
class EventInput:
    """The engine instance plus the database objects its indices stand for."""

    instance: EventInstance
    slots: list[Slot]
    tables: list[Table]
    participants: list[Participant]
    requests: list[Request]  # one database request per engine request (the earliest)


def build_event_input(event: Event) -> EventInput:
    slots = list(Slot.objects.filter(session__event=event).order_by("index", "start"))
    slot_index = {s.pk: i for i, s in enumerate(slots)}
    dates = sorted({s.start.astimezone(event.tz).date() for s in slots})
    slot_days = tuple(dates.index(s.start.astimezone(event.tz).date()) for s in slots)
    people = list(
        Participant.objects.filter(event=event)
        .prefetch_related("unavailable_slots")
        .order_by("pk")
    )
    person_index = {p.pk: i for i, p in enumerate(people)}
    org_ids = sorted({p.organisation_id for p in people})
    org_index = {o: i for i, o in enumerate(org_ids)}
    seats = [0] * len(org_ids)
    for p in people:
        seats[org_index[p.organisation_id]] += 1
    engine_people = tuple(
        EngineParticipant(
            organisation=org_index[p.organisation_id],
            remote=p.attendance == Attendance.REMOTE,
            min_meetings=p.min_meetings,
            max_meetings=p.max_meetings,
            unavailable=frozenset(slot_index[s.pk] for s in p.unavailable_slots.all()),
        )
        for p in people
    )
    tables = list(Table.objects.filter(event=event).order_by("kind", "name"))
    engine_tables = tuple(
        EngineTable(
            t.name,
            virtual=t.kind == TableKind.VIRTUAL,
            host=org_index.get(t.host_id) if t.host_id is not None else None,
        )
        for t in tables
    )
    # Accepted requests, one engine request per unordered pair.
    pairs: dict[tuple[int, int], list[Request]] = {}
    for request in Request.objects.filter(event=event, status=RequestStatus.ACCEPTED).order_by(
        "created_at", "pk"
    ):
        a, b = person_index[request.requester_id], person_index[request.requested_id]
        pairs.setdefault((min(a, b), max(a, b)), []).append(request)
    engine_requests = []
    db_requests = []
    for (a, b), rows in pairs.items():
        weight = sum(PRIORITY_WEIGHT.get(r.priority, 2) for r in rows)
        engine_requests.append(EngineRequest(a, b, weight))
        db_requests.append(rows[0])
    locks = _locks(event, pairs, slot_index, {t.pk: i for i, t in enumerate(tables)})
    instance = EventInstance(
        slot_days=slot_days,
        tables=engine_tables,
        participants=engine_people,
        seats=tuple(seats),
        requests=tuple(engine_requests),
        locks=locks,
    )
    return EventInput(instance, slots, tables, people, db_requests)


def _locks(
    event: Event,
    pairs: dict[tuple[int, int], list[Request]],
    slot_index: dict[int, int],
    table_index: dict[int, int],
) -> tuple[Lock, ...]:
    latest = Schedule.objects.filter(event=event).order_by("-version").first()
    if latest is None:
        return ()
    request_to_engine = {
        r.pk: i for i, rows in enumerate(pairs.values()) for r in rows
    }
    locks = []
    for meeting in Meeting.objects.filter(schedule=latest, locked=True).exclude(
        status=MeetingStatus.CANCELLED
    ):
        index = request_to_engine.get(meeting.request_id) if meeting.request_id else None
        if index is not None and meeting.slot_id in slot_index:
            table = table_index.get(meeting.table_id)
            locks.append(Lock(index, slot_index[meeting.slot_id], table))
    return tuple(locks)


def schedule_event(
    event: Event,
    *,
    acting_user: Any = None,
    time_limit: float = 20.0,
    workers: int = 2,
) -> Schedule:
    """Solve the event and store the result as a new draft schedule version."""
    del acting_user  # recorded by the caller's audit trail; the solve is the same for anyone
    started = time.perf_counter()
    data = build_event_input(event)
    result = solve_event(data.instance, time_limit=time_limit, workers=workers)
    return _store(event, data, result, time.perf_counter() - started)


@transaction.atomic
def _store(event: Event, data: EventInput, result: EventSchedule, seconds: float) -> Schedule:
    version = (Schedule.objects.filter(event=event).aggregate(v=Max("version"))["v"] or 0) + 1
    locked = {lock.request for lock in data.instance.locks}
    statistics: dict[str, Any] = {
        **result.stats,
        "requests": len(data.instance.requests),
        "bound": result.bound,
        "seconds": round(seconds, 2),
    }
    schedule = Schedule.objects.create(
        event=event,
        version=version,
        state=ScheduleState.DRAFT,
        created_at=timezone.now(),
        solver_status=result.status.value,
        statistics=statistics,
    )
    for placement in result.placements:
        request = data.instance.requests[placement.request]
        place_meeting(
            schedule,
            [data.participants[request.first], data.participants[request.second]],
            data.slots[placement.slot],
            data.tables[placement.table],
            request=data.requests[placement.request],
            locked=placement.request in locked,
        )
    return schedule
