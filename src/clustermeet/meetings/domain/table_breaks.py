"""A table breaks on the day: it cannot be used from a slot on. Its meetings from then on are
re-planned by the incremental scheduler; every other meeting stays in its slot and at its
table, and the result is a new draft whose diff the organiser reads before publishing.

How, with the engine as it is (its tables have no per-slot availability): the engine gets
the event from the breaking slot on without the table, with every unaffected meeting there
locked in its slot and at its table; meetings before the break stay as published, and each
person's meeting limits count what they already have before it.

Decision: the break is recorded in the log, not as a setting (that needs per-slot tables in
the engine): a full scheduler run or another late change later knows nothing of it.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.engine.scheduling import Status
from clustermeet.engine.scheduling.selection import (
    EventInstance,
    EventSchedule,
    Lock,
    Placement,
    reschedule,
    upper_bound,
    validate_event,
)
from clustermeet.events.models import Slot, Table
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.domain.diffs import published_schedule_of, standing_meetings
from clustermeet.meetings.domain.late_changes import _carry_over
from clustermeet.meetings.domain.scheduling import _store, build_event_input
from clustermeet.meetings.models import Meeting, Schedule


def broken_table_meetings(table: Table, from_slot: Slot) -> list[Meeting]:
    """The published meetings at `table` from `from_slot` on: those the break affects."""
    published = published_schedule_of(table.event)
    if published is None:
        return []
    return [
        m
        for m in standing_meetings(published)
        if m.table_id == table.pk and m.slot.start >= from_slot.start
    ]


def _sub_instance(
    instance: EventInstance, later: list[int], broken: int, early: list[Placement]
) -> tuple[EventInstance, list[int], list[int]]:
    """The instance from the break on without the broken table; also the full request and
    table index of each of its requests and tables."""
    slot_sub = {full: j for j, full in enumerate(later)}
    tables = [i for i in range(len(instance.tables)) if i != broken]
    table_sub = {full: j for j, full in enumerate(tables)}
    met = {p.request for p in early}
    requests = [r for r in range(len(instance.requests)) if r not in met]
    request_sub = {full: j for j, full in enumerate(requests)}
    had: Counter[int] = Counter()
    for p in early:
        r = instance.requests[p.request]
        had.update((r.first, r.second))

    def less(limit: int | None, n: int) -> int | None:
        return None if limit is None else max(limit - had[n], 0)

    participants = tuple(
        replace(
            p,
            min_meetings=less(p.min_meetings, n) or 0,
            max_meetings=less(p.max_meetings, n),
            unavailable=frozenset(slot_sub[s] for s in p.unavailable if s in slot_sub),
        )
        for n, p in enumerate(instance.participants)
    )

    def within(slots: frozenset[int] | None) -> frozenset[int] | None:
        return None if slots is None else frozenset(slot_sub[t] for t in slots if t in slot_sub)

    sub_requests = tuple(
        replace(instance.requests[r], slots=within(instance.requests[r].slots)) for r in requests
    )
    locks = tuple(
        Lock(
            request_sub[lock.request],
            slot_sub[lock.slot],
            None if lock.table is None else table_sub.get(lock.table),
        )
        for lock in instance.locks
        if lock.slot in slot_sub and lock.request in request_sub
    )
    sub = EventInstance(
        slot_days=tuple(instance.slot_days[i] for i in later),
        tables=tuple(instance.tables[i] for i in tables),
        participants=participants,
        seats=instance.seats,
        requests=sub_requests,
        locks=locks,
    )
    return sub, requests, tables


def replan_table_break(table: Table, from_slot: Slot, *, acting_user: User | None) -> Schedule:
    """A new draft in which `table` holds no meeting from `from_slot` on."""
    event = table.event
    require_organiser(event, acting_user)
    if from_slot.event_id != event.pk:
        raise ValidationError(_("Choose a slot of '%(event)s'.") % {"event": event.name})
    published = published_schedule_of(event)
    if published is None:
        raise ValidationError(
            _("Nothing is published yet: run the scheduler and publish before re-planning.")
        )
    started = time.perf_counter()
    data = build_event_input(event)
    instance = data.instance
    broken = next(i for i, t in enumerate(data.tables) if t.pk == table.pk)
    later = [i for i, s in enumerate(data.slots) if s.start >= from_slot.start]
    person_of = {p.pk: i for i, p in enumerate(data.participants)}
    slot_of = {s.pk: i for i, s in enumerate(data.slots)}
    table_of = {t.pk: i for i, t in enumerate(data.tables)}
    request_of = {frozenset((r.first, r.second)): i for i, r in enumerate(instance.requests)}
    old = {
        frozenset(s.participant_id for s in m.seats.all()): m for m in standing_meetings(published)
    }
    previous = []
    for pair, m in old.items():
        r = request_of.get(frozenset(person_of[p] for p in pair))
        if r is not None:  # a meeting whose request is gone is not carried over
            previous.append(Placement(r, slot_of[m.slot_id], table_of[m.table_id]))
    late = set(later)
    early = [p for p in previous if p.slot not in late]
    sub, requests, tables = _sub_instance(instance, later, broken, early)
    request_sub = {full: j for j, full in enumerate(requests)}
    table_sub = {full: j for j, full in enumerate(tables)}
    carried = [
        Placement(request_sub[p.request], later.index(p.slot), table_sub[p.table])
        for p in previous
        if p.slot in late and p.table != broken
    ]
    # Unaffected meetings are locked where they are, so that no swap moves them.
    pinned = {p.request for p in carried}
    sub = replace(
        sub,
        locks=tuple(lock for lock in sub.locks if lock.request not in pinned)
        + tuple(Lock(p.request, p.slot, p.table) for p in carried),
    )
    result, _changes = reschedule(sub, carried)
    placements = early + [
        Placement(requests[p.request], later[p.slot], tables[p.table]) for p in result.placements
    ]
    # The locks at the broken table keep their slot only.
    locks = tuple(
        Lock(lock.request, lock.slot) if lock.table == broken and lock.slot in late else lock
        for lock in instance.locks
    )
    verdict = validate_event(replace(instance, locks=locks), placements)
    if not verdict.valid:
        raise ValidationError(
            _("The re-plan broke a rule (%(rule)s); nothing was changed.")
            % {"rule": verdict.violations[0]}
        )
    full = EventSchedule(
        status=Status.FEASIBLE,
        placements=tuple(placements),
        weight=int(verdict.summary["weight"]),
        bound=upper_bound(instance),
        stats=verdict.summary,
    )
    with transaction.atomic():
        schedule = _store(event, data, full, time.perf_counter() - started, acting_user)
        _carry_over(schedule, old)
        # Meetings the re-plan left in their slot and at their table.
        kept = len(set(previous) & set(placements))
        schedule.statistics.update(replanned_from=published.version, kept=kept)
        schedule.save(update_fields=["statistics"])
        record(
            "break_table",
            table,
            actor=acting_user,
            event=event,
            after={
                "from_slot": from_slot.pk,
                "from_version": published.version,
                "version": schedule.version,
                "meetings": schedule.statistics.get("meetings"),
                "kept": schedule.statistics["kept"],
            },
        )
    return schedule
