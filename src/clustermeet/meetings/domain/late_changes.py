"""Late changes on the day: a participant leaves, and the schedule is re-planned so that
every meeting not affected stays in its slot and at its table.

`mark_absent` records the slots the person can no longer attend; `replan_event` runs the
engine's incremental `reschedule` from the published version and stores the result as a new
draft, for the organiser to read (its diff) before publishing.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import replace

from django.core.exceptions import ValidationError
from django.db import transaction

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.engine.scheduling.selection import (
    EventInstance,
    Placement,
    reschedule,
    upper_bound,
)
from clustermeet.engine.scheduling.selection import Request as EngineRequest
from clustermeet.events.models import Event, Slot
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.domain.diffs import published_schedule_of, standing_meetings
from clustermeet.meetings.domain.scheduling import _store, build_event_input
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.profiles.models import Participant, Unavailability


def mark_absent(
    participant: Participant, slots: Iterable[Slot], *, acting_user: User | None
) -> list[Slot]:
    """Add `slots` to the slots `participant` cannot attend (the others stay as they were)."""
    event = participant.event
    require_organiser(event, acting_user)
    chosen = list({s.pk: s for s in slots}.values())
    if not chosen:
        raise ValidationError("Choose at least one slot in which the person is away.")
    if any(s.event_id != event.pk for s in chosen):
        raise ValidationError(f"Choose slots of '{event.name}' only.")
    with transaction.atomic():
        before = set(
            Unavailability.objects.filter(participant=participant).values_list("slot_id", flat=True)
        )
        Unavailability.objects.bulk_create(
            [
                Unavailability(event_id=event.pk, participant=participant, slot=s)
                for s in chosen
                if s.pk not in before
            ]
        )
        record(
            "mark_absent",
            participant,
            actor=acting_user,
            event=event,
            before={"unavailable_slots": sorted(before)},
            after={"unavailable_slots": sorted(before | {s.pk for s in chosen})},
        )
    return chosen


def replan_event(
    event: Event, *, acting_user: User | None, not_before: Slot | None = None
) -> Schedule:
    """A new draft from the published version by the incremental scheduler: meetings still
    allowed stay where they are, the others are re-fitted into free slots or dropped. With
    `not_before` (the late change's slot), nothing is re-fitted into an earlier slot: on the
    day, that time has passed."""
    require_organiser(event, acting_user)
    published = published_schedule_of(event)
    if published is None:
        raise ValidationError(
            "Nothing is published yet: run the scheduler and publish before re-planning."
        )
    started = time.perf_counter()
    data = build_event_input(event)
    person_of = {p.pk: i for i, p in enumerate(data.participants)}
    slot_of = {s.pk: i for i, s in enumerate(data.slots)}
    table_of = {t.pk: i for i, t in enumerate(data.tables)}
    request_of = {frozenset((r.first, r.second)): i for i, r in enumerate(data.instance.requests)}
    old = {
        frozenset(s.participant_id for s in m.seats.all()): m for m in standing_meetings(published)
    }
    previous = []
    for pair, m in old.items():
        r = request_of.get(frozenset(person_of[p] for p in pair))
        if r is not None:  # a meeting whose request is gone is not carried over
            previous.append(Placement(r, slot_of[m.slot_id], table_of[m.table_id]))
    instance = data.instance
    if not_before is not None:
        instance = _not_before(instance, previous, slot_of[not_before.pk])
    result, diff = reschedule(instance, previous)
    result = replace(result, bound=upper_bound(data.instance))
    with transaction.atomic():
        schedule = _store(event, data, result, time.perf_counter() - started, acting_user)
        _carry_over(schedule, old)
        # Meetings the engine kept in their slot and at their table; the rest are in the diff.
        schedule.statistics.update(
            replanned_from=published.version,
            kept=len(previous) - len(diff.moved) - len(diff.removed),
        )
        schedule.save(update_fields=["statistics"])
        record(
            "replan_event",
            schedule,
            actor=acting_user,
            event=event,
            after={"from_version": published.version, **schedule.statistics},
        )
    return schedule


def _not_before(instance: EventInstance, previous: list[Placement], cutoff: int) -> EventInstance:
    """Requests placed before `cutoff` may stay there; every other one only from it on."""
    earlier = {p.request for p in previous if p.slot < cutoff}
    later = frozenset(range(cutoff, instance.n_slots))

    def limited(r: int, request: EngineRequest) -> EngineRequest:
        if r in earlier:
            return request
        allowed = later if request.slots is None else request.slots & later
        return replace(request, slots=allowed)

    requests = tuple(limited(r, q) for r, q in enumerate(instance.requests))
    return replace(instance, requests=requests)


def _carry_over(schedule: Schedule, old: dict[frozenset[int], Meeting]) -> None:
    """Meetings that stayed put keep what the day already recorded (held, no-show) and locks."""
    changed = []
    for m in standing_meetings(schedule):
        before = old.get(frozenset(s.participant_id for s in m.seats.all()))
        if before is None or (before.slot_id, before.table_id) != (m.slot_id, m.table_id):
            continue
        if before.status != MeetingStatus.SCHEDULED or before.locked:
            m.status, m.locked = before.status, before.locked or m.locked
            changed.append(m)
    Meeting.objects.bulk_update(changed, ["status", "locked"])
