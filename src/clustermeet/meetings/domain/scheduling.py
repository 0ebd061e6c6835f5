"""Schedule a stored event: build the engine's input, solve, store a new draft version.

What the engine gets (weights, mutual wishes, seats, remote people, days, locks) is decided
in the selection wing's rules, shared with the event-file path of `clustermeet schedule`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from clustermeet.audit.log import record
from clustermeet.engine.scheduling.selection import (
    EventInstance,
    EventSchedule,
    MeetingRow,
    PersonRow,
    RequestRow,
    TableRow,
    build_event_instance,
    solve_event,
)
from clustermeet.events.models import Event, Slot, Table
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Meeting, Request, Schedule
from clustermeet.profiles.enums import Registration
from clustermeet.profiles.models import Participant
from clustermeet.tasks.progress import Progress, engine_lines, no_progress


@dataclass
class EventInput:
    """The engine instance plus the database objects its indices stand for."""

    instance: EventInstance
    slots: list[Slot]
    tables: list[Table]
    participants: list[Participant]
    requests: list[Request]  # one database request per engine request (the earliest)


def build_event_input(event: Event) -> EventInput:
    """The event's rows in the shape `build_event_instance` reads (the rules live there)."""
    slots = list(Slot.objects.filter(event=event).order_by("index", "start"))
    slot_index = {s.pk: i for i, s in enumerate(slots)}
    # Only approved participants are scheduled (a registration may wait for approval), and
    # only requests between two of them.
    people = list(
        Participant.objects.filter(event=event, registration=Registration.APPROVED)
        .prefetch_related("unavailable_slots")
        .order_by("pk")
    )
    person_index = {p.pk: i for i, p in enumerate(people)}
    tables = list(Table.objects.filter(event=event).order_by("kind", "name"))
    table_index = {t.pk: i for i, t in enumerate(tables)}
    requests = list(
        Request.objects.filter(
            event=event,
            requester__registration=Registration.APPROVED,
            requested__registration=Registration.APPROVED,
        ).order_by("created_at", "pk")
    )
    request_index = {r.pk: i for i, r in enumerate(requests)}
    latest = Schedule.objects.filter(event=event).order_by("-version").first()
    meetings = Meeting.objects.filter(schedule=latest) if latest is not None else []
    built = build_event_instance(
        slot_dates=[s.start.astimezone(event.tz).date() for s in slots],
        tables=[TableRow(t.name, t.kind, t.host_id) for t in tables],
        people=[
            PersonRow(
                p.organisation_id,
                p.attendance,
                p.min_meetings,
                p.max_meetings,
                frozenset(slot_index[s.pk] for s in p.unavailable_slots.all()),
            )
            for p in people
        ],
        requests=[
            RequestRow(
                person_index[r.requester_id],
                person_index[r.requested_id],
                r.priority,
                r.status,
                # A proposed time, once the requester took it, is the meeting's time.
                slot_index.get(r.proposed_slot_id) if r.proposed_slot_id is not None else None,
            )
            for r in requests
        ],
        latest_meetings=[
            MeetingRow(
                request_index.get(m.request_id) if m.request_id is not None else None,
                slot_index.get(m.slot_id),
                table_index.get(m.table_id),
                m.locked,
                m.status,
            )
            for m in meetings
        ],
    )
    return EventInput(
        built.instance,
        slots,
        tables,
        people,
        [requests[rows[0]] for rows in built.sources],
    )


def schedule_event(
    event: Event,
    *,
    acting_user: Any = None,
    time_limit: float = 20.0,
    workers: int = 2,
    progress: Progress = no_progress,
) -> Schedule:
    """Solve the event and store the result as a new draft schedule version (organisers only)."""
    require_organiser(event, acting_user)
    started = time.perf_counter()
    data = build_event_input(event)
    progress("solving", 5, f"{len(data.instance.requests)} requests")
    lines = engine_lines(progress, "solving", 5, 90, time_limit)
    result = solve_event(data.instance, time_limit=time_limit, workers=workers, progress=lines)
    progress("storing", 90, f"{len(result.placements)} meetings ({result.status.value})")
    return _store(event, data, result, time.perf_counter() - started, acting_user)


@transaction.atomic
def _store(
    event: Event, data: EventInput, result: EventSchedule, seconds: float, acting_user: Any
) -> Schedule:
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
    record(
        "schedule_event",
        schedule,
        actor=acting_user,
        event=event,
        after={
            "version": version,
            "status": result.status.value,
            "meetings": len(result.placements),
        },
    )
    return schedule
