"""The guaranteed minimum on the constructive path: a partner at their maximum gives way."""

from clustermeet.engine.scheduling.selection import (
    EventInstance,
    Participant,
    Request,
    Table,
    solve_event,
)
from clustermeet.engine.scheduling.selection.greedy import greedy_schedule
from clustermeet.engine.scheduling.selection.minimum import cover_unserved


def _partner_at_maximum() -> EventInstance:
    """Q (1) may hold one meeting and holds the heavy one with R (2); P (0) asked only Q.
    R also meets S (3), so R keeps a meeting when Q-R gives way to P-Q."""
    return EventInstance(
        slot_days=(0, 0),
        tables=(Table("T1"), Table("T2")),
        participants=(
            Participant(0),
            Participant(1, max_meetings=1),
            Participant(2),
            Participant(3),
        ),
        seats=(1, 1, 1, 1),
        requests=(Request(1, 2, weight=3), Request(2, 3), Request(0, 1)),
    )


def test_a_partner_at_the_maximum_gives_way():
    instance = _partner_at_maximum()
    state = greedy_schedule(instance)
    assert 2 not in state.slot_of  # the greedy leaves P without a meeting
    assert cover_unserved(state) == 1
    assert set(state.slot_of) == {1, 2}
    assert all(state.held_count)


def test_nobody_left_without_a_meeting_on_either_path():
    instance = _partner_at_maximum()
    for exact_limit in (0, 10_000):  # the constructive path, then the exact one
        result = solve_event(instance, time_limit=5, workers=1, exact_limit=exact_limit)
        assert result.stats["unserved"] == 0, exact_limit
        assert {p.request for p in result.placements} == {1, 2}


def test_a_meeting_whose_other_person_would_go_home_empty_stays():
    # As above, but R has no other meeting: dropping Q-R would only swap who goes home.
    base = _partner_at_maximum()
    instance = EventInstance(
        base.slot_days, base.tables, base.participants, base.seats, base.requests[::2]
    )
    state = greedy_schedule(instance)
    assert cover_unserved(state) == 0
    assert set(state.slot_of) == {0}
