"""Check any selection-mode schedule against the constraint functions the solver used."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from clustermeet.engine.scheduling.selection.constraints import (
    EVENT_DOMAIN_RULES,
    EVENT_LINEAR_RULES,
    breaks_by_day,
)
from clustermeet.engine.scheduling.selection.model import EventInstance, Placement


@dataclass(frozen=True)
class EventVerdict:
    violations: tuple[str, ...]
    summary: dict[str, float] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.violations


def validate_event(instance: EventInstance, placements: Sequence[Placement]) -> EventVerdict:
    violations: list[str] = []
    for p in placements:
        if not (0 <= p.request < len(instance.requests) and 0 <= p.slot < instance.n_slots):
            violations.append(f"unknown request or slot in {p}")
            continue
        for rule in EVENT_DOMAIN_RULES:
            if not rule(instance, p.request, p.slot):
                violations.append(f"request {p.request} in slot {p.slot} breaks {rule.__name__}")
    if violations:
        return EventVerdict(tuple(violations))
    chosen = [(p.request, p.slot) for p in placements]
    chosen_set = set(chosen)
    if len(chosen_set) != len(chosen):
        violations.append("a request is placed twice in one slot")
    for linear_rule in EVENT_LINEAR_RULES:
        for c in linear_rule(instance, chosen):
            if not c.holds(chosen_set):
                violations.append(c.name)
    violations.extend(_table_violations(instance, placements))
    return EventVerdict(tuple(violations), summarise(instance, placements))


def _table_violations(instance: EventInstance, placements: Sequence[Placement]) -> list[str]:
    result = []
    seen: dict[tuple[int, int], int] = {}
    locked_tables = {lock.request: lock.table for lock in instance.locks if lock.table is not None}
    for p in placements:
        if not 0 <= p.table < len(instance.tables):
            result.append(f"request {p.request} at unknown table {p.table}")
            continue
        if instance.tables[p.table].virtual != instance.needs_virtual(p.request):
            kind = "a virtual room" if instance.needs_virtual(p.request) else "an on-site table"
            result.append(f"request {p.request} needs {kind}")
        if (p.slot, p.table) in seen:
            result.append(
                f"requests {seen[(p.slot, p.table)]} and {p.request} share table "
                f"{p.table} in slot {p.slot}"
            )
        seen[(p.slot, p.table)] = p.request
        if p.request in locked_tables and locked_tables[p.request] != p.table:
            result.append(f"locked request {p.request} moved from table {locked_tables[p.request]}")
    return result


def summarise(instance: EventInstance, placements: Sequence[Placement]) -> dict[str, float]:
    """The objective's terms, in order: weight, fairness, breaks, table changes."""
    slots_of: dict[int, list[tuple[int, int]]] = defaultdict(list)
    held: dict[int, int] = defaultdict(int)
    for p in placements:
        r = instance.requests[p.request]
        for person in (r.first, r.second):
            slots_of[person].append((p.slot, p.table))
            held[person] += 1
    asked = [len(rs) for rs in instance.requests_of()]
    shares = [held[p] / a for p, a in enumerate(asked) if a]
    breaks = sum(breaks_by_day(instance.slot_days, [s for s, _ in v]) for v in slots_of.values())
    changes = 0
    for v in slots_of.values():
        tables = [table for _, table in sorted(v)]
        changes += sum(1 for a, b in zip(tables, tables[1:], strict=False) if a != b)
    shortfall = sum(
        max(0, person.min_meetings - held[i]) for i, person in enumerate(instance.participants)
    )
    return {
        "meetings": len(placements),
        "weight": sum(instance.requests[p.request].weight for p in placements),
        "min_share": round(min(shares), 4) if shares else 1.0,
        "min_shortfall": shortfall,
        # People who asked for meetings and got none: what organisers look at first.
        "unserved": sum(1 for p, a in enumerate(asked) if a and not held[p]),
        "breaks": breaks,
        "table_changes": changes,
    }
