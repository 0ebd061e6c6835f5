"""Selection mode: known optima, a property test, large-event path, re-scheduling."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clustermeet.engine.scheduling import selection
from clustermeet.engine.scheduling.baseline import first_come_first_served
from clustermeet.engine.scheduling.bounds import upper_bound
from clustermeet.engine.scheduling.event_model import (
    EventInstance,
    Participant,
    Request,
    Table,
)
from clustermeet.engine.scheduling.event_validator import validate_event
from clustermeet.engine.scheduling.generator import generate_event
from clustermeet.engine.scheduling.incremental import reschedule
from clustermeet.engine.scheduling.model import Status
from clustermeet.engine.scheduling.selection import solve_event
from tests.engine.scheduling.strategies import small_events


def star(n_slots: int, asked_by: int, weights=None) -> EventInstance:
    """Person 0 is asked by everyone else; only n_slots of them can meet 0."""
    weights = weights or [1] * asked_by
    return EventInstance(
        slot_days=(0,) * n_slots,
        tables=(Table("T1"), Table("T2")),
        participants=tuple(Participant(i) for i in range(asked_by + 1)),
        seats=(1,) * (asked_by + 1),
        requests=tuple(Request(i + 1, 0, w) for i, w in enumerate(weights)),
    )


def test_solve_event_holds_heaviest_requests_when_time_is_short():
    instance = star(2, 4, weights=[1, 3, 1, 2])
    result = solve_event(instance, time_limit=10, workers=1)
    assert (result.status, result.weight, result.bound) == (Status.OPTIMAL, 5, 5)
    assert sorted(p.request for p in result.placements) == [1, 3]


def test_solve_event_packs_meetings_without_breaks():
    result = solve_event(star(4, 3), time_limit=10, workers=1)
    assert (result.stats["meetings"], result.stats["breaks"]) == (3, 0)


def test_upper_bound_counts_scarce_time():
    assert upper_bound(star(3, 5)) == 3


def test_baseline_books_first_common_slot():
    placements = first_come_first_served(star(2, 3))
    assert [(p.request, p.slot) for p in placements] == [(0, 0), (1, 1)]


def test_large_event_path_beats_baseline_and_validates(monkeypatch):
    instance = generate_event(300, seed=3)
    monkeypatch.setattr(selection, "EXACT_LIMIT", 0)  # force the constructive path
    result = solve_event(instance)
    baseline = validate_event(instance, first_come_first_served(instance)).summary
    assert validate_event(instance, result.placements).violations == ()
    assert result.weight <= result.bound
    assert result.weight > baseline["weight"]
    assert result.stats["breaks"] < baseline["breaks"]


def test_reschedule_keeps_unaffected_meetings_in_place():
    instance = generate_event(200, seed=5)
    first = solve_event(instance, time_limit=2)
    # Cancel one held request and add a new one between two people.
    cancelled = first.placements[0].request
    requests = [r for i, r in enumerate(instance.requests) if i != cancelled]
    requests.append(
        Request(
            0,
            1
            if instance.participants[1].organisation != instance.participants[0].organisation
            else 2,
        )
    )
    renumber = {
        old: new
        for new, old in enumerate(i for i in range(len(instance.requests)) if i != cancelled)
    }
    changed = EventInstance(
        slot_days=instance.slot_days,
        tables=instance.tables,
        participants=instance.participants,
        seats=instance.seats,
        requests=tuple(requests),
    )
    previous = [
        type(p)(renumber[p.request], p.slot, p.table)
        for p in first.placements
        if p.request != cancelled
    ]
    result, diff = reschedule(changed, previous)
    assert validate_event(changed, result.placements).violations == ()
    assert diff.removed == ()
    assert len(diff.moved) <= 0.05 * len(previous)
    assert len(result.placements) >= len(previous)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_events(), st.booleans())
def test_solve_event_returns_only_valid_schedules(instance, constructive):
    if constructive:
        selection_limit, selection.EXACT_LIMIT = selection.EXACT_LIMIT, 0
    try:
        result = solve_event(instance, time_limit=3, workers=1)
    finally:
        if constructive:
            selection.EXACT_LIMIT = selection_limit
    assert validate_event(instance, result.placements).violations == ()
    assert result.bound is None or result.weight <= result.bound
