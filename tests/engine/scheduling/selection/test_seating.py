"""Seating: booth holders stay, one side of each meeting stays where it can, the per-slot
assignment and the renaming of later tables are exact, and the result is always valid."""

import itertools
import random
from dataclasses import replace

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from clustermeet.engine.scheduling.selection import (
    EventInstance,
    Lock,
    Participant,
    Request,
    Table,
    generate_event,
    validate_event,
)
from clustermeet.engine.scheduling.selection.assignment import min_cost_assignment
from clustermeet.engine.scheduling.selection.greedy import greedy_schedule
from clustermeet.engine.scheduling.selection.seating import (
    Seating,
    crossing_pairs,
    fill_free,
    pin_booths,
    relabel_from,
    reseat_slot,
    seat_meetings,
)
from tests.engine.scheduling.selection.strategies import small_events


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_min_cost_assignment_is_optimal(data):
    rows = data.draw(st.integers(1, 5))
    shared = data.draw(st.integers(0, 4))
    edges = []
    for k in range(rows):
        own = [(shared + k, data.draw(st.integers(0, 9)))]
        others = data.draw(
            st.lists(st.tuples(st.integers(0, max(0, shared - 1)), st.integers(0, 9)))
        )
        edges.append(own + ([] if not shared else list(dict(others).items())))
    choice = min_cost_assignment(edges, shared + rows)
    cost = [dict(e) for e in edges]
    assert len(set(choice)) == rows
    got = sum(cost[k][c] for k, c in enumerate(choice))
    best = min(
        sum(cost[k][c] for k, c in enumerate(cols))
        for cols in itertools.permutations(range(shared + rows), rows)
        if all(c in cost[k] for k, c in enumerate(cols))
    )
    assert got == best


def _hosts_and_visitors() -> EventInstance:
    # A (0) receives B, C, D in slots 0-2; E (4) receives F, B, G. B must walk once.
    meetings = [(0, 1), (0, 2), (0, 3), (4, 5), (1, 4), (4, 6)]
    return EventInstance(
        slot_days=(0, 0, 0),
        tables=(Table("T1"), Table("T2")),
        participants=tuple(Participant(i) for i in range(7)),
        seats=(1,) * 7,
        requests=tuple(Request(a, b) for a, b in meetings),
    )


def _tables_of(instance, placements, person):
    return [
        p.table
        for p in sorted(placements, key=lambda p: p.slot)
        if person in (instance.requests[p.request].first, instance.requests[p.request].second)
    ]


def test_the_side_that_can_stay_stays():
    instance = _hosts_and_visitors()
    placements = seat_meetings(instance, [(0, 0), (1, 1), (2, 2), (3, 0), (4, 1), (5, 2)])
    assert validate_event(instance, placements).valid
    assert len(set(_tables_of(instance, placements, 0))) == 1
    assert len(set(_tables_of(instance, placements, 4))) == 1
    assert validate_event(instance, placements).summary["table_changes"] == 1  # B's walk


def _with_booths(instance: EventInstance) -> EventInstance:
    tables = list(instance.tables)
    onsite = [j for j, t in enumerate(tables) if not t.virtual]
    if onsite:
        tables[onsite[0]] = replace(tables[onsite[0]], host=0)
    return replace(instance, tables=tuple(tables))


def _booth_holders(instance, chosen):
    """By the documented rule: the host organisation's member with most on-site meetings."""
    onsite = {}
    for r, _ in chosen:
        if not instance.needs_virtual(r):
            for p in (instance.requests[r].first, instance.requests[r].second):
                onsite[p] = onsite.get(p, 0) + 1
    holders = {}
    for j, table in enumerate(instance.tables):
        if table.host is not None and not table.virtual:
            staff = [
                p
                for p in onsite
                if instance.participants[p].organisation == table.host and p not in holders
            ]
            if staff:
                holders[max(staff, key=lambda p: (onsite[p], -p))] = j
    return holders


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_a_booth_holder_never_moves(seed):
    instance = generate_event(300, seed=seed)
    chosen = list(greedy_schedule(instance).slot_of.items())
    placements = seat_meetings(instance, chosen)
    assert validate_event(instance, placements).valid
    holders = _booth_holders(instance, chosen)
    assume(holders)  # the one booth's organisation may be all remote
    for p in placements:
        req = instance.requests[p.request]
        mine = [holders[q] for q in (req.first, req.second) if q in holders]
        if len(mine) == 1 and not instance.needs_virtual(p.request):
            assert p.table == mine[0], (p, holders)


# Hand-drawn small events with a booth and locks, and generated ones (a booth, 32 slots,
# people with several meetings each): small enough to enumerate a slot's tables.
_SMALL = st.one_of(
    small_events(people=(4, 8), slots=4, requests=16, tables=3, locks=True).map(_with_booths),
    st.integers(0, 10_000).map(lambda seed: generate_event(16, seed=seed)),
)


def _started(instance, chosen, seed):
    """Pinned meetings at their booth or lock, the others at tables shuffled per slot."""
    seating = Seating(instance, chosen)
    pin_booths(seating)
    fill_free(seating)
    rng = random.Random(seed)
    for slot in seating.by_slot:
        for kind in (False, True):
            rows = [i for i in slot if i not in seating.pinned and seating.virtual[i] == kind]
            taken = {seating.table_of[i] for i in slot if i in seating.pinned}
            free = [j for j in seating.kinds[kind] if j not in taken]
            for i, j in zip(rows, rng.sample(free, len(rows)), strict=True):
                seating.table_of[i] = j
    return seating


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=_SMALL, seed=st.integers(0, 999))
def test_reseating_a_slot_is_minimal_given_the_other_slots(instance, seed):
    chosen = sorted(greedy_schedule(instance).slot_of.items())
    seating = _started(instance, chosen, seed)
    for t in range(instance.n_slots):
        rows = [i for i in seating.by_slot[t] if i not in seating.pinned]
        pinned = {seating.table_of[i] for i in seating.by_slot[t] if i in seating.pinned}
        best = None
        saved = list(seating.table_of)
        options = [[j for j in seating.kinds[seating.virtual[i]] if j not in pinned] for i in rows]
        for tables in itertools.product(*options):
            if len(set(tables)) < len(tables):
                continue
            for i, j in zip(rows, tables, strict=True):
                seating.table_of[i] = j
            best = seating.changes() if best is None else min(best, seating.changes())
        seating.table_of = saved
        before = seating.changes()
        assert reseat_slot(seating, t) == before - seating.changes()
        assert best is None or seating.changes() == best
    assert validate_event(instance, seating.placements()).valid


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=_SMALL, seed=st.integers(0, 999))
def test_renaming_later_tables_is_minimal_for_that_cut(instance, seed):
    chosen = sorted(greedy_schedule(instance).slot_of.items())
    seating = _started(instance, chosen, seed)
    crossing = crossing_pairs(seating)
    for t in range(1, instance.n_slots):
        fixed = seating.fixed_tables
        free = {k: [j for j in seating.kinds[k] if j not in fixed] for k in (False, True)}
        saved = list(seating.table_of)
        best = None
        for on_site in itertools.permutations(free[False]):
            for virtual in itertools.permutations(free[True]):
                name = dict(zip(free[False], on_site, strict=True))
                name |= dict(zip(free[True], virtual, strict=True))
                for i, (_, s) in enumerate(seating.meetings):
                    if s >= t:
                        seating.table_of[i] = name.get(saved[i], saved[i])
                best = seating.changes() if best is None else min(best, seating.changes())
                seating.table_of = list(saved)
        before = seating.changes()
        assert relabel_from(seating, t, crossing[t]) == before - seating.changes()
        assert seating.changes() == best
        assert validate_event(instance, seating.placements()).valid


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instance=small_events(people=(3, 6), slots=4, requests=10, tables=3, locks=True))
def test_seating_keeps_slots_locks_and_rules(instance):
    instance = _with_booths(instance)
    chosen = sorted(greedy_schedule(instance).slot_of.items())
    placements = seat_meetings(instance, chosen)
    assert sorted((p.request, p.slot) for p in placements) == chosen
    assert validate_event(instance, placements).valid


def test_a_locked_table_wins_over_a_booth():
    # Booth holder 0 meets 1 in slot 0, but the organiser locked that meeting at T.
    instance = EventInstance(
        slot_days=(0, 0),
        tables=(Table("B", host=0), Table("T")),
        participants=(Participant(0), Participant(1), Participant(2)),
        seats=(1, 1, 1),
        requests=(Request(0, 1), Request(0, 2)),
        locks=(Lock(0, 0, 1),),
    )
    placements = seat_meetings(instance, [(0, 0), (1, 1)])
    assert {(p.request, p.table) for p in placements} == {(0, 1), (1, 0)}
    assert validate_event(instance, placements).valid
