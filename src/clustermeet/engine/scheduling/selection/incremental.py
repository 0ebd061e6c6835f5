"""Re-schedule after changes, keeping unaffected meetings where they were.

Given the new instance (requests added, cancelled, people unavailable), the previous
placements mapped onto the new instance's request indices, the scheduler keeps every
previous meeting that is still allowed, in its slot and at its table, then fits the new
requests around them (a Kempe swap may move a kept meeting to another slot; those moves
are counted). The result comes with its diff.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from clustermeet.engine.scheduling.selection.constraints import candidate_slots
from clustermeet.engine.scheduling.selection.greedy import SlotState, greedy_schedule
from clustermeet.engine.scheduling.selection.model import (
    EventInstance,
    EventSchedule,
    Lock,
    Placement,
)
from clustermeet.engine.scheduling.selection.tables import assign_event_tables
from clustermeet.engine.scheduling.selection.validator import validate_event
from clustermeet.engine.scheduling.status import Status


@dataclass(frozen=True)
class Diff:
    added: tuple[Placement, ...]
    removed: tuple[Placement, ...]  # previous meetings that could not stay
    moved: tuple[tuple[Placement, Placement], ...]  # (before, after)


def reschedule(
    instance: EventInstance, previous: Sequence[Placement]
) -> tuple[EventSchedule, Diff]:
    start = time.perf_counter()
    state = SlotState(instance)
    for r in range(len(instance.requests)):
        for t in candidate_slots(instance, r):
            state.allowed[r] |= 1 << t
    kept: list[Placement] = []
    removed: list[Placement] = []
    for p in previous:
        if (
            p.request < len(instance.requests)
            and state.fits(p.request, p.slot)
            and state.cap_ok(p.request)
        ):
            state.place(p.request, p.slot)
            kept.append(p)
        else:
            removed.append(p)
    todo = [r for r in range(len(instance.requests)) if r not in state.slot_of]
    greedy_schedule(instance, state, todo)
    # Kept meetings keep their table when they kept their slot.
    before = {p.request: p for p in kept}
    locks = tuple(
        Lock(r, t, before[r].table)
        for r, t in state.slot_of.items()
        if r in before and before[r].slot == t
    )
    with_tables = EventInstance(
        slot_days=instance.slot_days,
        tables=instance.tables,
        participants=instance.participants,
        seats=instance.seats,
        requests=instance.requests,
        locks=instance.locks + locks,
    )
    placements = assign_event_tables(with_tables, list(state.slot_of.items()))
    verdict = validate_event(instance, placements)
    if not verdict.valid:
        raise AssertionError(f"re-scheduling made an invalid schedule: {verdict.violations[:3]}")
    after = {p.request: p for p in placements}
    diff = Diff(
        added=tuple(p for p in placements if p.request not in before),
        removed=tuple(removed),
        moved=tuple(
            (before[r], after[r])
            for r in before
            if r in after and (after[r].slot, after[r].table) != (before[r].slot, before[r].table)
        ),
    )
    schedule = EventSchedule(
        status=Status.FEASIBLE,
        placements=tuple(placements),
        weight=int(verdict.summary["weight"]),
        stats=verdict.summary,
        wall_time=time.perf_counter() - start,
    )
    return schedule, diff
