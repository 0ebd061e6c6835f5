"""Give every meeting a concrete table, keeping participants at the table they sat at.

Tables never change feasibility here (a slot holds at most as many meetings as tables), so
this runs after the slots are fixed: slot by slot, a meeting first tries the table one of
its participants used last, then the lowest free one.
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


def reduce_table_changes(
    instance: EventInstance, placements: Sequence[Placement], passes: int = 6
) -> list[Placement]:
    """Local search after `assign_event_tables`: move a meeting to a free table, or swap it
    with the meeting at another table of the same slot, whenever that lowers the number of
    times its participants change table. Locked tables stay; slots never change."""
    table_of = [p.table for p in placements]
    pinned = {lock.request for lock in instance.locks if lock.table is not None}
    at: dict[tuple[int, int], int] = {(p.slot, p.table): i for i, p in enumerate(placements)}
    agenda: dict[int, list[int]] = {}  # person -> their placements in slot order
    for i, p in sorted(enumerate(placements), key=lambda x: x[1].slot):
        r = instance.requests[p.request]
        agenda.setdefault(r.first, []).append(i)
        agenda.setdefault(r.second, []).append(i)
    position = {(person, i): k for person, seq in agenda.items() for k, i in enumerate(seq)}

    def people(i: int) -> tuple[int, int]:
        r = instance.requests[placements[i].request]
        return r.first, r.second

    def neighbours(person: int, i: int) -> tuple[int | None, int | None]:
        seq, k = agenda[person], position[(person, i)]
        before = table_of[seq[k - 1]] if k > 0 else None
        after = table_of[seq[k + 1]] if k + 1 < len(seq) else None
        return before, after

    def cost(i: int, table: int) -> int:
        """Table changes of meeting i's participants around it, were it at `table`."""
        total = 0
        for person in people(i):
            before, after = neighbours(person, i)
            total += (before is not None and before != table) + (
                after is not None and after != table
            )
        return total

    for _ in range(passes):
        improved = False
        for i, p in enumerate(placements):
            if p.request in pinned:
                continue
            current = table_of[i]
            virtual = instance.tables[current].virtual
            wishes = {t for person in people(i) for t in neighbours(person, i) if t is not None}
            for table in sorted(wishes - {current}):
                if instance.tables[table].virtual != virtual:
                    continue
                other = at.get((p.slot, table))
                if other is not None and placements[other].request in pinned:
                    continue
                delta = cost(i, table) - cost(i, current)
                if other is not None:
                    delta += cost(other, current) - cost(other, table)
                if delta >= 0:
                    continue
                table_of[i] = table
                at[(p.slot, table)] = i
                if other is None:
                    del at[(p.slot, current)]
                else:
                    table_of[other] = current
                    at[(p.slot, current)] = other
                current = table
                improved = True
        if not improved:
            break
    return [Placement(p.request, p.slot, table_of[i]) for i, p in enumerate(placements)]
