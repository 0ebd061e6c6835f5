"""Brute-force oracles for tiny scheduling instances, written without the engine's rules.

The solvers and the validators share the constraint functions, so a mistake there (say an
organisation allowed one meeting too many) is accepted by both. These oracles restate each
rule from the glossary, enumerate every schedule of a tiny instance, and give the true
feasibility and optimum; they also check any one schedule on their own.
Nothing here imports `constraints`, `validator` or `summarise` from the engine.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Sequence

from clustermeet.engine.scheduling.jair import FixedInstance, Session
from clustermeet.engine.scheduling.selection import EventInstance, Placement


def idle_runs(used: Sequence[int]) -> int:
    """Gaps between a person's first and last meeting: maximal runs of idle slots."""
    ordered = sorted(used)
    return sum(1 for a, b in zip(ordered, ordered[1:], strict=False) if b - a > 1)


# --- Fixed meetings (JAIR). ----------------------------------------------------------


def fixed_problems(instance: FixedInstance, slots: Sequence[int], fairness: int) -> list[str]:
    """Every rule a slot per meeting breaks, checked one by one."""
    problems = []
    if len(slots) != len(instance.meetings):
        return ["not one slot per meeting"]
    for m, (meeting, t) in enumerate(zip(instance.meetings, slots, strict=True)):
        if not 0 <= t < instance.n_slots:
            problems.append(f"meeting {m}: no slot {t}")
            continue
        if meeting.session is Session.MORNING and t >= instance.n_morning:
            problems.append(f"meeting {m}: morning only")
        if meeting.session is Session.AFTERNOON and t < instance.n_morning:
            problems.append(f"meeting {m}: afternoon only")
        for p in (meeting.first, meeting.second):
            if t in instance.forbidden[p]:
                problems.append(f"meeting {m}: participant {p} cannot meet in slot {t}")
        if instance.fixed[m] is not None and instance.fixed[m] != t:
            problems.append(f"meeting {m}: fixed elsewhere")
        for before in instance.precedences[m]:
            if not slots[before] < t:
                problems.append(f"meeting {before} must come before meeting {m}")
    busy = Counter()
    for meeting, t in zip(instance.meetings, slots, strict=True):
        busy[(meeting.first, t)] += 1
        busy[(meeting.second, t)] += 1
    problems += [f"participant {p} twice in slot {t}" for (p, t), n in busy.items() if n > 1]
    per_slot = Counter(slots)
    problems += [f"slot {t} over the tables" for t, n in per_slot.items() if n > instance.n_tables]
    each = fixed_breaks(instance, slots)
    if max(each, default=0) - min(each, default=0) > fairness:
        problems.append("unfair")
    return problems


def fixed_breaks(instance: FixedInstance, slots: Sequence[int]) -> list[int]:
    used: list[list[int]] = [[] for _ in range(instance.n_participants)]
    for meeting, t in zip(instance.meetings, slots, strict=True):
        used[meeting.first].append(t)
        used[meeting.second].append(t)
    return [idle_runs(u) for u in used]


def fixed_optimum(instance: FixedInstance, fairness: int) -> int | None:
    """Fewest total breaks over every valid schedule; None when there is none."""
    best = None
    for slots in itertools.product(range(instance.n_slots), repeat=len(instance.meetings)):
        if not fixed_problems(instance, slots, fairness):
            total = sum(fixed_breaks(instance, slots))
            best = total if best is None else min(best, total)
    return best


# --- Selection (events). ---------------------------------------------------------------


def event_problems(instance: EventInstance, placements: Sequence[Placement]) -> list[str]:
    """Every rule a set of placed meetings breaks, checked one by one."""
    problems = []
    remote = [p.remote for p in instance.participants]
    for pl in placements:
        r = instance.requests[pl.request]
        for p in (r.first, r.second):
            if pl.slot in instance.participants[p].unavailable:
                problems.append(f"participant {p} is away in slot {pl.slot}")
        if r.slots is not None and pl.slot not in r.slots:
            problems.append(f"request {pl.request} not allowed in slot {pl.slot}")
        wants_virtual = remote[r.first] or remote[r.second]
        if instance.tables[pl.table].virtual != wants_virtual:
            problems.append(f"request {pl.request} at the wrong kind of table")
    held = Counter(pl.request for pl in placements)
    problems += [f"request {r} held {n} times" for r, n in held.items() if n > 1]
    busy = Counter()
    org_busy = Counter()
    for pl in placements:
        r = instance.requests[pl.request]
        for p in (r.first, r.second):
            busy[(p, pl.slot)] += 1
            org_busy[(instance.participants[p].organisation, pl.slot)] += 1
    problems += [f"participant {p} twice in slot {t}" for (p, t), n in busy.items() if n > 1]
    problems += [
        f"organisation {o} has {n} people meeting in slot {t}, seats {instance.seats[o]}"
        for (o, t), n in org_busy.items()
        if n > instance.seats[o]
    ]
    tables = Counter((pl.slot, pl.table) for pl in placements)
    problems += [f"table {k} used twice in slot {t}" for (t, k), n in tables.items() if n > 1]
    meetings_of = Counter()
    for pl in placements:
        r = instance.requests[pl.request]
        meetings_of[r.first] += 1
        meetings_of[r.second] += 1
    for p, n in meetings_of.items():
        cap = instance.participants[p].max_meetings
        if cap is not None and n > cap:
            problems.append(f"participant {p} has {n} meetings, at most {cap}")
    where = {pl.request: pl for pl in placements}
    for lock in instance.locks:
        pl = where.get(lock.request)
        if pl is None or pl.slot != lock.slot:
            problems.append(f"locked request {lock.request} moved")
        elif lock.table is not None and pl.table != lock.table:
            problems.append(f"locked request {lock.request} moved table")
    return problems


def _slot_choices(instance: EventInstance) -> Iterator[tuple[int | None, ...]]:
    options = [None, *range(instance.n_slots)]
    return itertools.product(options, repeat=len(instance.requests))


def _fits_tables(instance: EventInstance, chosen: dict[int, int]) -> bool:
    """Tables of the right kind suffice in every slot (any such count has a placement)."""
    onsite = sum(1 for t in instance.tables if not t.virtual)
    virtual = len(instance.tables) - onsite
    need = Counter()
    for r, t in chosen.items():
        req = instance.requests[r]
        kind = instance.participants[req.first].remote or instance.participants[req.second].remote
        need[(kind, t)] += 1
    return all(n <= (virtual if kind else onsite) for (kind, _), n in need.items())


def _placements(instance: EventInstance, chosen: dict[int, int]) -> list[Placement]:
    """Some table of the right kind for each meeting (locked ones at their table first)."""
    locked = {lock.request: lock.table for lock in instance.locks if lock.table is not None}
    taken: set[tuple[int, int]] = {(chosen[r], k) for r, k in locked.items() if r in chosen}
    result = []
    for r, t in sorted(chosen.items()):
        if r in locked:
            result.append(Placement(r, t, locked[r]))
            continue
        req = instance.requests[r]
        kind = instance.participants[req.first].remote or instance.participants[req.second].remote
        k = next(
            (
                k
                for k, table in enumerate(instance.tables)
                if table.virtual == kind and (t, k) not in taken
            ),
            0,
        )
        taken.add((t, k))
        result.append(Placement(r, t, k))
    return result


def event_rank(instance: EventInstance, chosen: dict[int, int]) -> tuple[int, int, int, int, int]:
    """The objective in order, larger is better: -people who asked (or were asked) and
    hold no meeting (the guaranteed minimum), weight, -shortfall below minimums, the
    worst-served share (whole per cent, rounded down), -breaks within a day."""
    held = Counter()
    used: dict[int, list[int]] = {}
    for r, t in chosen.items():
        req = instance.requests[r]
        for p in (req.first, req.second):
            held[p] += 1
            used.setdefault(p, []).append(t)
    asked = Counter()
    for req in instance.requests:
        asked[req.first] += 1
        asked[req.second] += 1
    share = min((100 * held[p] // n for p, n in asked.items()), default=100)
    shortfall = sum(
        max(0, person.min_meetings - held[p]) for p, person in enumerate(instance.participants)
    )
    breaks = 0
    for slots in used.values():
        for day in set(instance.slot_days[t] for t in slots):
            breaks += idle_runs([t for t in slots if instance.slot_days[t] == day])
    weight = sum(instance.requests[r].weight for r in chosen)
    unserved = sum(1 for p in asked if not held[p])
    return -unserved, weight, -shortfall, share, -breaks


def event_optimum(instance: EventInstance) -> tuple[int, int, int, int, int] | None:
    """The best rank over every valid schedule; None when there is none (a lock cannot
    be kept)."""
    best = None
    for choice in _slot_choices(instance):
        chosen = {r: t for r, t in enumerate(choice) if t is not None}
        if not _fits_tables(instance, chosen):
            continue
        if event_problems(instance, _placements(instance, chosen)):
            continue
        rank = event_rank(instance, chosen)
        best = rank if best is None else max(best, rank)
    return best
