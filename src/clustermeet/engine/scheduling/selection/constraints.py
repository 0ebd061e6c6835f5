"""The hard constraints of selection mode, each written once.

As in `jair/constraints.py`, each function returns `Linear` constraints over keys
`(request, slot)`: the CP-SAT model adds them over all candidate keys, the validator
evaluates them on the keys a schedule chose, and the heuristic for large events checks
the same capacities through `Capacity` below.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from clustermeet.engine.scheduling.linear import Key, Linear
from clustermeet.engine.scheduling.selection.model import EventInstance

# --- Domain: which slots a request may take at all. -----------------------------------


def available_allows(instance: EventInstance, request: int, slot: int) -> bool:
    """Both people are there, and the request's sessions allow the slot."""
    r = instance.requests[request]
    if slot in instance.participants[r.first].unavailable:
        return False
    if slot in instance.participants[r.second].unavailable:
        return False
    return r.slots is None or slot in r.slots


def room_exists(instance: EventInstance, request: int, slot: int) -> bool:
    """A remote participant needs a virtual room; two people on site need an on-site table."""
    del slot
    return instance.needs_virtual(request) in instance.table_kinds


def lock_allows(instance: EventInstance, request: int, slot: int) -> bool:
    return all(lock.slot == slot for lock in instance.locks if lock.request == request)


EVENT_DOMAIN_RULES = (available_allows, room_exists, lock_allows)


def candidate_slots(instance: EventInstance, request: int) -> list[int]:
    return [
        t
        for t in range(instance.n_slots)
        if all(rule(instance, request, t) for rule in EVENT_DOMAIN_RULES)
    ]


# --- Linear constraints. ------------------------------------------------------------


def request_at_most_once(instance: EventInstance, keys: Iterable[Key]) -> list[Linear]:
    groups: dict[int, list[Key]] = defaultdict(list)
    for key in keys:
        groups[key[0]].append(key)
    return [
        Linear(f"request {r} held at most once", tuple((k, 1) for k in group), 1)
        for r, group in groups.items()
    ]


def participant_once_per_slot(instance: EventInstance, keys: Iterable[Key]) -> list[Linear]:
    groups: dict[tuple[int, int], list[Key]] = defaultdict(list)
    for r, t in keys:
        req = instance.requests[r]
        groups[(req.first, t)].append((r, t))
        groups[(req.second, t)].append((r, t))
    return [
        Linear(f"participant {p} at most once in slot {t}", tuple((k, 1) for k in g), 1)
        for (p, t), g in groups.items()
    ]


def organisation_seats(instance: EventInstance, keys: Iterable[Key]) -> list[Linear]:
    """An organisation with k people present holds at most k meetings at once."""
    groups: dict[tuple[int, int], dict[Key, int]] = defaultdict(lambda: defaultdict(int))
    for r, t in keys:
        req = instance.requests[r]
        for p in (req.first, req.second):
            groups[(instance.participants[p].organisation, t)][(r, t)] += 1
    return [
        Linear(
            f"organisation {o} at most {instance.seats[o]} meetings in slot {t}",
            tuple(g.items()),
            instance.seats[o],
        )
        for (o, t), g in groups.items()
        if sum(g.values()) > instance.seats[o]
    ]


def tables_per_slot(instance: EventInstance, keys: Iterable[Key]) -> list[Linear]:
    """On-site meetings fit the on-site tables, remote ones the virtual rooms, per slot."""
    onsite = sum(1 for t in instance.tables if not t.virtual)
    virtual = len(instance.tables) - onsite
    groups: dict[tuple[bool, int], list[Key]] = defaultdict(list)
    for r, t in keys:
        groups[(instance.needs_virtual(r), t)].append((r, t))
    return [
        Linear(
            f"at most {virtual if v else onsite} {'virtual' if v else 'on-site'} "
            f"meetings in slot {t}",
            tuple((k, 1) for k in g),
            virtual if v else onsite,
        )
        for (v, t), g in groups.items()
    ]


def max_meetings(instance: EventInstance, keys: Iterable[Key]) -> list[Linear]:
    groups: dict[int, list[Key]] = defaultdict(list)
    for r, t in keys:
        req = instance.requests[r]
        groups[req.first].append((r, t))
        groups[req.second].append((r, t))
    result = []
    for p, g in groups.items():
        cap = instance.participants[p].max_meetings
        if cap is not None:
            result.append(
                Linear(f"participant {p} at most {cap} meetings", tuple((k, 1) for k in g), cap)
            )
    return result


def locks_kept(instance: EventInstance, keys: Iterable[Key]) -> list[Linear]:
    chosen = set(keys)
    return [
        Linear(
            f"locked request {lock.request} stays in slot {lock.slot}",
            (((lock.request, lock.slot), 1),) if (lock.request, lock.slot) in chosen else (),
            1,
            1,
        )
        for lock in instance.locks
    ]


EVENT_LINEAR_RULES = (
    request_at_most_once,
    participant_once_per_slot,
    organisation_seats,
    tables_per_slot,
    max_meetings,
    locks_kept,
)


# --- Soft measures. -------------------------------------------------------------------


def breaks_by_day(slot_days: tuple[int, ...], used: Iterable[int]) -> int:
    """Idle runs between a person's first and last meeting of the same day."""
    ordered = sorted(set(used))
    return sum(
        1
        for a, b in zip(ordered, ordered[1:], strict=False)
        if b > a + 1 and slot_days[a] == slot_days[b]
    )
