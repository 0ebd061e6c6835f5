"""Kempe-chain annealing and the event-sized path: valid schedules, checked by the oracle."""

import time

import pytest

from clustermeet.engine.scheduling import Status
from clustermeet.engine.scheduling.jair import planted_instance, solve_fixed
from clustermeet.engine.scheduling.jair.construct import construct_fixed
from clustermeet.engine.scheduling.jair.kempe import anneal_fixed
from tests.engine.scheduling.oracle import fixed_breaks, fixed_problems


def test_annealing_keeps_every_rule_and_lowers_breaks():
    instance, _ = planted_instance(120, 700, 24, seed=2)
    start = construct_fixed(instance, fairness=2, budget=0.0)
    assert start is not None
    seen = []
    result = anneal_fixed(
        instance,
        2,
        start,
        time.perf_counter() + 3.0,
        found=lambda slots, total: seen.append((list(slots), total)),
    )
    # Checked by the independent oracle, not by the engine's validator.
    assert fixed_problems(instance, result, fairness=2) == []
    assert sum(fixed_breaks(instance, result)) < sum(fixed_breaks(instance, start))
    # Every schedule it reported is valid and has the breaks it claimed.
    for slots, total in seen[-5:]:
        assert fixed_problems(instance, slots, fairness=2) == []
        assert sum(fixed_breaks(instance, slots)) == total


def test_annealing_stops_at_good_enough():
    instance, _ = planted_instance(80, 400, 20, two_sessions=False, seed=4)
    start = construct_fixed(instance, fairness=2, budget=0.0)
    assert start is not None
    target = sum(fixed_breaks(instance, start)) - 1
    begin = time.perf_counter()
    result = anneal_fixed(instance, 2, start, begin + 30, good_enough=lambda t: t <= target)
    assert time.perf_counter() - begin < 20
    assert sum(fixed_breaks(instance, result)) <= target


@pytest.mark.parametrize(("people", "meetings", "slots"), [(450, 2_800, 30), (600, 3_900, 30)])
def test_event_sized_instances_get_a_valid_schedule_within_a_short_limit(people, meetings, slots):
    # 450 people came back UNKNOWN before: the constructive schedule was not fair (d = 2).
    # How soon the first schedule comes is the planted benchmark's column, not a test's: the
    # limit here leaves room for a loaded machine (at 5 s this failed beside a benchmark).
    instance, _ = planted_instance(people, meetings, slots, seed=1)
    result = solve_fixed(instance, fairness=2, time_limit=20, workers=2)
    assert result.status in (Status.FEASIBLE, Status.OPTIMAL)
    assert fixed_problems(instance, result.slots, fairness=2) == []
    assert result.objective == sum(fixed_breaks(instance, result.slots))
    assert result.bound is not None and result.bound <= result.objective


def test_a_short_limit_below_the_event_size_still_returns_a_valid_schedule():
    # Below 350 meetings the exact searches run; with 4 s they rarely decide 300 meetings,
    # and the last seconds anneal whatever is held (or the constructive schedule).
    instance, _ = planted_instance(70, 300, 20, two_sessions=False, seed=5)
    result = solve_fixed(instance, fairness=2, time_limit=4, workers=2)
    assert result.status in (Status.FEASIBLE, Status.OPTIMAL)
    assert fixed_problems(instance, result.slots, fairness=2) == []
    assert result.objective == sum(fixed_breaks(instance, result.slots))
    # The limit is a limit: generous for a loaded machine, far below the 60 s default.
    assert result.wall_time < 20
