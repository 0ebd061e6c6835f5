"""The window encoding of "no breaks at all?" (`windows.py`) against the brute-force oracle."""

from hypothesis import HealthCheck, event, example, given, settings
from pysat.solvers import Solver

from clustermeet.engine.scheduling.jair import FixedInstance, FixedMeeting
from clustermeet.engine.scheduling.jair.maxsat import (
    SAT_SOLVER,
    LocalBounds,
    solve_maxsat,
    solve_zero_breaks,
)
from clustermeet.engine.scheduling.jair.planted import planted_instance
from clustermeet.engine.scheduling.jair.windows import encode_zero_breaks
from tests.engine.scheduling.jair.strategies import planted_fixed
from tests.engine.scheduling.oracle import fixed_breaks, fixed_optimum, fixed_problems


def zero_break_schedule(instance: FixedInstance) -> list[int] | None:
    """A slot per meeting from a model of the window encoding, or None when it has none."""
    enc = encode_zero_breaks(instance)
    with Solver(name=SAT_SOLVER, bootstrap_with=enc.clauses) as sat:
        if not sat.solve():
            return None
        true = {lit for lit in sat.get_model() if lit > 0}
    slots = [-1] * len(instance.meetings)
    for (m, t), var in enc.x.items():
        if var in true:
            slots[m] = t
    return slots


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted_fixed(meetings=7, slots=5))
# One table, two meetings, one slot: only the table rule refuses both at once.
@example(FixedInstance(4, 1, 1, (FixedMeeting(0, 1), FixedMeeting(2, 3))))
# One table, two slots: both fit, one after the other.
@example(FixedInstance(4, 2, 1, (FixedMeeting(0, 1), FixedMeeting(2, 3))))
def test_window_encoding_has_a_model_exactly_when_a_zero_break_schedule_exists(instance):
    # A fairness as wide as the day never binds: the oracle's optimum is the least breaks.
    best = fixed_optimum(instance, fairness=instance.n_slots)
    event("no schedule" if best is None else f"optimum {min(best, 2)}{'+' * (best >= 2)}")
    slots = zero_break_schedule(instance)
    assert (slots is not None) == (best == 0), (instance, best, slots)
    if slots is not None:
        assert fixed_problems(instance, slots, fairness=0) == []
        assert fixed_breaks(instance, slots) == [0] * instance.n_participants


def test_a_planted_event_sized_instance_gets_its_zero_break_schedule():
    # 80 people, 406 meetings, nobody with at most one: the large path's only SAT question.
    instance, _ = planted_instance(80, 400, n_slots=20, two_sessions=False, seed=1)
    bounds = LocalBounds()
    answer = solve_zero_breaks(instance, bounds)
    assert answer is not None and answer.slots is not None and answer.cost == 0
    assert fixed_problems(instance, answer.slots, fairness=0) == []
    assert sum(fixed_breaks(instance, answer.slots)) == 0
    assert bounds.upper() == 0


def test_a_refuted_zero_proves_the_bound_one_and_counting_agrees():
    # Three people who all meet each other: whoever sits out the middle meeting has a break.
    triangle = FixedInstance(3, 3, 1, (FixedMeeting(0, 1), FixedMeeting(1, 2), FixedMeeting(0, 2)))
    bounds = LocalBounds()
    assert solve_zero_breaks(triangle, bounds) is None
    assert bounds.lower() == 1
    counted = solve_maxsat(triangle, fairness=3)
    assert counted is not None and counted.cost == 1
    # A chain 0-1-2 fits two slots without a break, and both searches say so.
    chain = FixedInstance(3, 2, 1, (FixedMeeting(0, 1), FixedMeeting(1, 2)))
    answer = solve_zero_breaks(chain, LocalBounds())
    counted = solve_maxsat(chain, fairness=3)
    assert answer is not None and counted is not None and answer.cost == counted.cost == 0
