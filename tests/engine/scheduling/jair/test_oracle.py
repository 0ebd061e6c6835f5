"""Fixed mode against a brute-force oracle that shares none of the engine's rule code."""

from hypothesis import HealthCheck, event, given, settings, target
from hypothesis import strategies as st

from clustermeet.engine.scheduling import Status
from clustermeet.engine.scheduling.jair import FixedInstance, FixedMeeting, solve_fixed
from tests.engine.scheduling.jair.strategies import planted_fixed
from tests.engine.scheduling.oracle import fixed_optimum, fixed_problems

SLOW_OR_FILTERED = [HealthCheck.too_slow, HealthCheck.filter_too_much]
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=SLOW_OR_FILTERED)


def check_against_oracle(instance: FixedInstance, fairness: int, workers: int) -> None:
    best = fixed_optimum(instance, fairness)
    target(float(best or 0))  # steer towards instances with breaks to place
    event("infeasible" if best is None else f"optimum {min(best, 2)}{'+' * (best >= 2)}")
    # A limit, not a duration: tiny instances end at once, but a loaded machine is slow.
    result = solve_fixed(instance, fairness=fairness, time_limit=60, workers=workers)
    if best is None:
        # Every INFEASIBLE is cross-checked, and so is every schedule on an empty space.
        assert result.status is Status.INFEASIBLE, (result, instance)
        return
    assert result.status is Status.OPTIMAL, (result, best, instance)
    assert fixed_problems(instance, result.slots, fairness) == []
    assert result.objective == result.bound == best
    # Tables: distinct per slot and within the count.
    at = list(zip(result.slots, result.tables, strict=True))
    assert len(set(at)) == len(at) and all(0 <= k < instance.n_tables for k in result.tables)


@SETTINGS
@given(planted_fixed(), st.integers(0, 2))
def test_solve_fixed_matches_brute_force_optimum(instance, fairness):
    check_against_oracle(instance, fairness, workers=1)


@settings(max_examples=12, deadline=None, suppress_health_check=SLOW_OR_FILTERED)
@given(planted_fixed(), st.integers(0, 2))
def test_solve_fixed_portfolio_matches_brute_force_optimum(instance, fairness):
    check_against_oracle(instance, fairness, workers=2)


def test_oracle_refuses_two_meetings_of_one_person_at_once():
    instance = FixedInstance(3, 2, 2, (FixedMeeting(0, 1), FixedMeeting(0, 2)))
    assert fixed_problems(instance, [0, 0], 2) == ["participant 0 twice in slot 0"]
    assert fixed_optimum(instance, 2) == 0
