"""A proven upper bound on what any schedule can hold: the LP relaxation of selection.

Each person holds at most min(max meetings, slots they are available); each organisation
at most seats × slots; each kind of table at most tables × slots. The LP optimum (GLOP)
bounds every schedule's weight (or meeting count with unit weights) from above.
"""

from __future__ import annotations

import math
from collections import defaultdict

from ortools.linear_solver import pywraplp

from clustermeet.engine.scheduling.selection.constraints import candidate_slots
from clustermeet.engine.scheduling.selection.model import EventInstance


def upper_bound(instance: EventInstance, unit: bool = False) -> int:
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None:  # pragma: no cover - GLOP ships with OR-Tools
        raise RuntimeError("GLOP is not available")
    n = instance.n_slots
    y = {}
    for r in range(len(instance.requests)):
        slots = candidate_slots(instance, r)
        if slots:
            y[r] = (solver.NumVar(0, 1, f"y{r}"), slots)
    by_person: dict[int, list[int]] = defaultdict(list)
    by_org: dict[int, list[tuple[int, int]]] = defaultdict(list)
    by_kind: dict[bool, list[int]] = defaultdict(list)
    for r in y:
        req = instance.requests[r]
        for p in (req.first, req.second):
            by_person[p].append(r)
            by_org[instance.participants[p].organisation].append((r, 1))
        by_kind[instance.needs_virtual(r)].append(r)
    for p, rs in by_person.items():
        person = instance.participants[p]
        cap = n - len(person.unavailable)
        if person.max_meetings is not None:
            cap = min(cap, person.max_meetings)
        if len(rs) > cap:
            solver.Add(sum(y[r][0] for r in rs) <= cap)
    for o, terms in by_org.items():
        if len(terms) > instance.seats[o] * n:
            solver.Add(sum(y[r][0] for r, _ in terms) <= instance.seats[o] * n)
    onsite = sum(1 for t in instance.tables if not t.virtual)
    for kind, rs in by_kind.items():
        tables = len(instance.tables) - onsite if kind else onsite
        if len(rs) > tables * n:
            solver.Add(sum(y[r][0] for r in rs) <= tables * n)
    solver.Maximize(
        sum((1 if unit else instance.requests[r].weight) * var for r, (var, _) in y.items())
    )
    status = solver.Solve()
    if status != pywraplp.Solver.OPTIMAL:
        return sum(1 if unit else instance.requests[r].weight for r in y)
    # Round down with a tolerance: the LP value bounds an integer optimum.
    return int(math.floor(solver.Objective().Value() + 1e-6))
