"""The killable SAT call (`jair/killable.py`) and the racing MaxSAT search built on it."""

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clustermeet.engine.scheduling.jair.killable import MOOT, solve_killable
from clustermeet.engine.scheduling.jair.maxsat import SAT_SOLVER, MaxSatAnswer, solve_maxsat
from tests.engine.scheduling.jair.strategies import planted_fixed
from tests.engine.scheduling.jair.test_solver import forced_break_instance
from tests.engine.scheduling.oracle import fixed_breaks, fixed_optimum, fixed_problems


def pigeonhole(holes: int) -> list[list[int]]:
    """holes + 1 pigeons in `holes` holes: unsatisfiable, and hard for CDCL from ~10 on."""

    def var(pigeon: int, hole: int) -> int:
        return pigeon * holes + hole + 1

    clauses = [[var(p, h) for h in range(holes)] for p in range(holes + 1)]
    for h in range(holes):
        for p in range(holes + 1):
            for q in range(p + 1, holes + 1):
                clauses.append([-var(p, h), -var(q, h)])
    return clauses


def children() -> set[int]:
    """The live child processes of this process (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(pid) for pid in text)
    return found


def test_killable_call_returns_a_model_of_the_clauses():
    clauses = [[1, 2], [-1, 2], [-2, 3]]
    model = solve_killable(SAT_SOLVER, clauses, lambda: False)
    assert isinstance(model, list)
    assert all(any(lit in model for lit in c) for c in clauses)
    assert {2, 3} <= set(model)


def test_killable_call_reports_unsatisfiable():
    assert solve_killable(SAT_SOLVER, pigeonhole(3), lambda: False) is None


def test_moot_call_is_killed_and_leaves_no_child_process():
    before = children()
    seen: set[int] = set()

    def moot() -> bool:
        # Asked while the child runs: note it, then say the answer no longer matters.
        seen.update(children() - before)
        return True

    assert solve_killable(SAT_SOLVER, pigeonhole(14), moot) == MOOT
    assert len(seen) == 1
    assert children() - before == set()
    (pid,) = seen
    assert not Path(f"/proc/{pid}").exists()  # killed and reaped, not a zombie


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted_fixed(), st.integers(0, 2))
def test_racing_search_matches_brute_force_optimum(instance, fairness):
    if not any(len(mine) <= 1 for mine in instance.meetings_of()):
        return  # the MaxSAT cap is JAIR's fairness only with someone at <= 1 meeting
    best = fixed_optimum(instance, fairness)
    answer = solve_maxsat(instance, fairness, race=True)
    if best is None:
        assert answer == MaxSatAnswer(None, None)
        return
    assert answer is not None and answer.slots is not None
    assert fixed_problems(instance, answer.slots, fairness) == []
    assert answer.cost == sum(fixed_breaks(instance, answer.slots)) == best


def test_racing_search_proves_infeasible_when_the_cap_is_reached():
    assert solve_maxsat(forced_break_instance(), 0, race=True) == MaxSatAnswer(None, None)
