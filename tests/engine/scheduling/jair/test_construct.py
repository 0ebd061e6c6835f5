"""The constructive schedule: valid at event size within its budget, so never nothing."""

from clustermeet.engine.scheduling import Status
from clustermeet.engine.scheduling.jair import planted_instance, solve_fixed
from clustermeet.engine.scheduling.jair.construct import construct_fixed
from tests.engine.scheduling.oracle import fixed_breaks, fixed_problems


def test_construct_fixed_is_valid_and_fair_at_300_people():
    instance, _ = planted_instance(300, 1_700, 24, seed=3)
    slots = construct_fixed(instance, fairness=2, budget=5.0)
    assert slots is not None
    # Checked by the independent oracle, not by the engine's validator.
    assert fixed_problems(instance, slots, fairness=2) == []


def test_construct_fixed_lowers_breaks_with_more_time():
    instance, _ = planted_instance(120, 700, 24, seed=2)
    quick = construct_fixed(instance, fairness=2, budget=0.0)
    longer = construct_fixed(instance, fairness=2, budget=2.0)
    assert quick is not None and longer is not None
    assert sum(fixed_breaks(instance, longer)) < sum(fixed_breaks(instance, quick))


def test_solve_fixed_returns_a_schedule_where_the_exact_search_has_none_yet():
    # d = 24 never binds, so the greedy's first schedule is valid whatever the machine's
    # load; CP-SAT has nothing of its own within 3 s at this size.
    instance, _ = planted_instance(300, 1_700, 24, seed=1)
    result = solve_fixed(instance, fairness=24, time_limit=3, workers=1)
    assert result.status in (Status.FEASIBLE, Status.OPTIMAL)
    assert fixed_problems(instance, result.slots, fairness=24) == []
    assert result.objective == sum(fixed_breaks(instance, result.slots))
