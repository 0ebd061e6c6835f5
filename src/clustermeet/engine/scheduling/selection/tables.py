"""A quick, one-pass table rule: what first-come-first-served booking and re-scheduling use.

Tables never change feasibility here (a slot holds at most as many meetings as tables), so
this runs after the slots are fixed: slot by slot, a meeting first tries the table one of
its participants used last, then the lowest free one. The solver seats its own schedules
with fewer table changes (`seating.py`).
"""

from __future__ import annotations

from collections.abc import Sequence

from clustermeet.engine.scheduling.selection.model import EventInstance, Placement


def assign_event_tables(
    instance: EventInstance, chosen: Sequence[tuple[int, int]]
) -> list[Placement]:
    """Tables for selection mode. The busiest people get a home table (a host organisation's
    busiest person its booth) and receive their visitors there, so only visitors walk.
    Slot by slot a meeting takes: its locked table; else the home table of the busier of
    its two people; else the table one of them sat at last; else the first free table of
    the right kind. Raises if a slot holds more meetings than tables of a kind, which the
    slot constraints rule out."""
    by_slot: dict[int, list[int]] = {}
    count: dict[int, int] = {}
    for r, t in chosen:
        by_slot.setdefault(t, []).append(r)
        req = instance.requests[r]
        count[req.first] = count.get(req.first, 0) + 1
        count[req.second] = count.get(req.second, 0) + 1
    locked = {lock.request: lock.table for lock in instance.locks if lock.table is not None}
    home = _home_tables(instance, count, by_slot)
    order = {
        kind: sorted(
            (i for i, table in enumerate(instance.tables) if table.virtual == kind),
            key=lambda i: (instance.tables[i].host is not None, i),
        )
        for kind in (False, True)
    }
    last: dict[int, int] = {}
    result = []
    for t in sorted(by_slot):
        taken: set[int] = set()
        requests = sorted(by_slot[t], key=lambda r: (r not in locked, r))
        for r in requests:
            req = instance.requests[r]
            kind = instance.needs_virtual(r)
            people = sorted((req.first, req.second), key=lambda p: -count.get(p, 0))
            wishes = [locked.get(r)]
            wishes += [home.get(p) for p in people]
            wishes += [last.get(p) for p in people]
            chosen_table = next(
                (
                    w
                    for w in wishes
                    if w is not None and w not in taken and instance.tables[w].virtual == kind
                ),
                None,
            )
            if chosen_table is None:
                chosen_table = next((i for i in order[kind] if i not in taken), None)
            if chosen_table is None:
                raise ValueError(f"no free {'virtual' if kind else 'on-site'} table in slot {t}")
            taken.add(chosen_table)
            for p in people:
                last[p] = chosen_table
            result.append(Placement(r, t, chosen_table))
    return result


def _home_tables(
    instance: EventInstance, count: dict[int, int], by_slot: dict[int, list[int]]
) -> dict[int, int]:
    """Home tables for the busiest people, leaving enough tables of each kind free for the
    meetings in the busiest slot that have no home-table owner."""
    home: dict[int, int] = {}
    owners_by_table: set[int] = set()
    for index, table in enumerate(instance.tables):
        if table.host is None:
            continue
        members = [
            p
            for p, person in enumerate(instance.participants)
            if person.organisation == table.host and count.get(p) and p not in home
        ]
        if members:
            home[max(members, key=lambda p: count[p])] = index
            owners_by_table.add(index)
    peak = {
        kind: max(
            (sum(1 for r in rs if instance.needs_virtual(r) == kind) for rs in by_slot.values()),
            default=0,
        )
        for kind in (False, True)
    }
    for kind in (False, True):
        free = [
            i
            for i, table in enumerate(instance.tables)
            if table.virtual == kind and i not in owners_by_table
        ]
        # Keep a peak slot's worth of tables for everyone else.
        spare = max(0, len(free) - peak[kind])
        people = sorted(
            (p for p in count if p not in home and instance.participants[p].remote == kind),
            key=lambda p: -count[p],
        )
        for p, index in zip(people[:spare], free[:spare], strict=False):
            home[p] = index
    return home
