"""Fixed-meetings mode on small instances whose optimum is known by hand."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clustermeet.engine.scheduling.fixed import solve_fixed
from clustermeet.engine.scheduling.maxsat import LocalBounds, MaxSatAnswer, solve_maxsat
from clustermeet.engine.scheduling.model import FixedInstance, FixedMeeting, Status
from clustermeet.engine.scheduling.validator import validate_fixed


def forced_break_instance() -> FixedInstance:
    # Participant 0 meets 1 and 2; both are away in slot 1, so 0 waits through slot 1.
    return FixedInstance(
        n_participants=3,
        n_slots=3,
        n_tables=1,
        meetings=(FixedMeeting(0, 1), FixedMeeting(0, 2)),
        forbidden=(frozenset(), frozenset({1}), frozenset({1})),
    )


def test_solve_fixed_finds_forced_break():
    result = solve_fixed(forced_break_instance(), fairness=2, time_limit=10, workers=1)
    assert (result.status, result.objective, result.bound) == (Status.OPTIMAL, 1, 1)


def test_solve_fixed_with_portfolio_agrees():
    result = solve_fixed(forced_break_instance(), fairness=2, time_limit=10, workers=2)
    assert (result.status, result.objective) == (Status.OPTIMAL, 1)


def test_solve_fixed_with_three_cooperating_searches_agrees():
    result = solve_fixed(forced_break_instance(), fairness=2, time_limit=10, workers=3)
    assert (result.status, result.objective, result.bound) == (Status.OPTIMAL, 1, 1)


def test_solve_fixed_portfolio_proves_infeasible():
    # d = 0 with a forced break: the searches refute every k up to the cap.
    result = solve_fixed(forced_break_instance(), fairness=0, time_limit=10, workers=2)
    assert result.status == Status.INFEASIBLE


def test_solve_fixed_reports_infeasible_fairness():
    # Participant 1 has one meeting and no break, so d = 0 forbids participant 0's break.
    result = solve_fixed(forced_break_instance(), fairness=0, time_limit=10, workers=1)
    assert result.status == Status.INFEASIBLE


def test_solve_fixed_reports_precedence_cycle_infeasible():
    instance = FixedInstance(
        n_participants=4,
        n_slots=4,
        n_tables=2,
        meetings=(FixedMeeting(0, 1), FixedMeeting(2, 3)),
        precedences=(frozenset({1}), frozenset({0})),
    )
    assert solve_fixed(instance, time_limit=10, workers=1).status == Status.INFEASIBLE


def test_solve_fixed_packs_star_without_breaks():
    meetings = tuple(FixedMeeting(0, p) for p in range(1, 5))
    instance = FixedInstance(n_participants=5, n_slots=6, n_tables=1, meetings=meetings)
    result = solve_fixed(instance, time_limit=10, workers=1)
    assert (result.status, result.objective) == (Status.OPTIMAL, 0)
    assert sorted(result.slots) == list(range(min(result.slots), min(result.slots) + 4))


@st.composite
def fixed_instances(draw: st.DrawFn) -> FixedInstance:
    n = draw(st.integers(3, 7))
    slots = draw(st.integers(2, 6))
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            min_size=1,
            max_size=10,
            unique=True,
        )
    )
    forbidden = tuple(
        frozenset(draw(st.sets(st.integers(0, slots - 1), max_size=1))) for _ in range(n)
    )
    m = len(pairs)
    fixed = tuple(
        draw(st.one_of(st.none(), st.none(), st.integers(0, slots - 1))) for _ in range(m)
    )
    edges = draw(
        st.sets(
            st.tuples(st.integers(0, m - 1), st.integers(0, m - 1)).filter(lambda e: e[0] < e[1]),
            max_size=3,
        )
    )
    precedences = tuple(frozenset(a for a, b in edges if b == after) for after in range(m))
    return FixedInstance(
        n_participants=n,
        n_slots=slots,
        n_tables=draw(st.integers(1, 3)),
        meetings=tuple(FixedMeeting(a, b) for a, b in pairs),
        forbidden=forbidden,
        fixed=fixed,
        precedences=precedences,
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fixed_instances(), st.integers(0, 2))
def test_solve_fixed_returns_only_valid_schedules(instance, fairness):
    result = solve_fixed(instance, fairness=fairness, time_limit=5, workers=1)
    if result.status in (Status.OPTIMAL, Status.FEASIBLE):
        verdict = validate_fixed(instance, result.slots, fairness, result.tables)
        assert (verdict.violations, verdict.objective) == ((), result.objective)
    else:
        assert result.status == Status.INFEASIBLE


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fixed_instances().filter(lambda i: any(len(m) <= 1 for m in i.meetings_of())))
def test_solve_maxsat_matches_cp_sat_optimum(instance):
    exact = solve_maxsat(instance, 2)
    result = solve_fixed(instance, fairness=2, time_limit=5, workers=1)
    assert exact.cost == result.objective
    if exact.slots is not None:
        assert validate_fixed(instance, exact.slots, 2).violations == ()


def test_solve_maxsat_keeps_precedence_with_later_meeting_fixed_first():
    # Meeting 1 must come before meeting 0, which is fixed to the first slot: impossible.
    instance = FixedInstance(
        n_participants=4,
        n_slots=3,
        n_tables=2,
        meetings=(FixedMeeting(0, 1), FixedMeeting(2, 3)),
        fixed=(0, None),
        precedences=(frozenset({1}), frozenset()),
    )
    assert solve_maxsat(instance, 2).slots is None
    assert solve_fixed(instance, time_limit=5, workers=1).status == Status.INFEASIBLE


def test_solve_maxsat_proves_and_stops_when_another_search_holds_the_optimum():
    bounds = LocalBounds(lower=0, upper=1)  # someone holds a schedule with one break
    assert solve_maxsat(forced_break_instance(), 2, bounds) is None
    assert bounds.lower() == 1  # "0 breaks" refuted, so that schedule is optimal


def test_solve_maxsat_starts_at_the_shared_lower_bound_and_reports_what_it_finds():
    bounds, found = LocalBounds(lower=1), []
    answer = solve_maxsat(forced_break_instance(), 2, bounds, found.append)
    assert answer is not None and answer.cost == 1 and found == [answer]
    assert (bounds.lower(), bounds.upper()) == (1, 1)


def test_solve_maxsat_with_shuffled_clauses_agrees():
    assert solve_maxsat(forced_break_instance(), 2, seed=3).cost == 1


def test_solve_maxsat_proves_infeasible_when_the_cap_is_reached():
    # d = 0 caps everyone at 0 breaks, but participant 0 must wait through slot 1.
    assert solve_maxsat(forced_break_instance(), 0) == MaxSatAnswer(None, None)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fixed_instances().filter(lambda i: any(len(m) <= 1 for m in i.meetings_of())))
def test_implied_constraints_never_change_the_answer(instance):
    full = solve_maxsat(instance, 2)
    bare = solve_maxsat(instance, 2, implied=frozenset())
    assert full is not None and bare is not None and full.cost == bare.cost
