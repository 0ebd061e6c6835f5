"""Fixed-meetings mode: the JAIR B2B scheduling problem on OR-Tools CP-SAT.

Every meeting gets a slot; minimise the total number of breaks under the fairness bound d.
Breaks are counted as blocks: H(p) = (number of slots t where p is busy and was idle at t-1)
- 1, which is exact for anyone with a meeting. Besides the hard constraints from
`jair/constraints.py` the model carries the implied constraints that made JAIR's MaxSAT encoding
fast (busy slots of p = its meetings; at most 2·tables busy participants per slot) and a
cheap lower bound per participant, and searches the objective with core-guided search,
which is what a MaxSAT solver does.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from ortools.sat.python import cp_model

from clustermeet.engine.scheduling.jair.constraints import LINEAR_RULES, allowed_slots
from clustermeet.engine.scheduling.jair.construct import construct_fixed
from clustermeet.engine.scheduling.jair.model import FixedInstance, FixedSchedule
from clustermeet.engine.scheduling.jair.portfolio import MaxSatPortfolio, watch
from clustermeet.engine.scheduling.jair.tables import assign_fixed_tables
from clustermeet.engine.scheduling.jair.validator import validate_fixed
from clustermeet.engine.scheduling.linear import Key
from clustermeet.engine.scheduling.status import Status

Progress = Callable[[str], None]

# CP-SAT's share of the time: enough for the infeasible files and the large optima of the
# fixed-meetings variants; after it the hard "at most k" calls want every thread.
DEFAULT_CP_SAT_SECONDS = 5.0
# From this many meetings on, a constructive schedule comes first. Below it the exact
# searches find schedules within seconds (the Girona files have at most 302 meetings), and
# the greedy's seconds and its hint slowed the hardest of them in a trial run.
DEFAULT_CONSTRUCT_FROM = 350

_STATUS = {
    cp_model.OPTIMAL: Status.OPTIMAL,
    cp_model.FEASIBLE: Status.FEASIBLE,
    cp_model.INFEASIBLE: Status.INFEASIBLE,
    cp_model.MODEL_INVALID: Status.UNKNOWN,
    cp_model.UNKNOWN: Status.UNKNOWN,
}


class _Tracker(cp_model.CpSolverSolutionCallback):
    """Keeps the best breaks found, tells the MaxSAT child, prints a progress line."""

    def __init__(
        self, progress: Progress | None, start: float, child: MaxSatPortfolio | None
    ) -> None:
        super().__init__()
        self._progress = progress
        self._start = start
        self._child = child
        self.best: int | None = None

    def bound_rose(self, bound: int) -> None:
        """A proof from either solver: the long "no" calls of the MaxSAT child show life."""
        if self._progress is not None:
            self._progress(f"{time.perf_counter() - self._start:7.1f}s  bound {bound}")

    def on_solution_callback(self) -> None:
        self.best = round(self.ObjectiveValue())
        if self._child is not None:
            self._child.bounds.lower_upper(self.best)
        if self._progress is not None:
            bound = round(self.BestObjectiveBound())
            if self._child is not None:
                bound = max(bound, self._child.bounds.lower())
            self._progress(
                f"{time.perf_counter() - self._start:7.1f}s  breaks {self.best}  bound {bound}"
            )


def build_fixed_model(
    instance: FixedInstance, fairness: int
) -> tuple[cp_model.CpModel, dict[Key, cp_model.IntVar], cp_model.LinearExpr]:
    model = cp_model.CpModel()
    x: dict[Key, cp_model.IntVar] = {}
    for m in range(len(instance.meetings)):
        for t in allowed_slots(instance, m):
            x[(m, t)] = model.new_bool_var(f"x{m}_{t}")
    for rule in LINEAR_RULES:
        for c in rule(instance, x.keys()):
            if not c.terms:
                # e.g. a meeting with no allowed slot: decided without the solver.
                if c.upper < 0 or (c.lower is not None and c.lower > 0):
                    model.add_bool_or([model.new_constant(0)])
                continue
            expr = sum(coef * x[k] for k, coef in c.terms)
            model.add(expr <= c.upper)
            if c.lower is not None:
                model.add(expr >= c.lower)

    meetings_of = instance.meetings_of()
    T = instance.n_slots
    slot_of = []
    for m in range(len(instance.meetings)):
        keys = [k for k in x if k[0] == m]
        values = [t for _, t in keys] or [0]  # no slot at all: infeasible above
        var = model.new_int_var_from_domain(cp_model.Domain.from_values(values), f"slot{m}")
        if keys:
            model.add(var == sum(t * x[(m2, t)] for m2, t in keys))
        slot_of.append(var)
    busy: dict[tuple[int, int], cp_model.IntVar] = {}
    per_participant_breaks: list[cp_model.IntVar] = []
    break_literals: list[cp_model.IntVar] = []
    for p, mine in enumerate(meetings_of):
        if not mine:
            continue  # no meeting, no breaks: outside the fairness range's minimum below
        row = []
        for t in range(T):
            terms = [x[(m, t)] for m in mine if (m, t) in x]
            b = model.new_bool_var(f"busy{p}_{t}")
            if terms:
                model.add(sum(terms) == b)
            else:
                model.add(b == 0)
            busy[(p, t)] = b
            row.append(b)
        # Implied: the busy slots of p are exactly its meetings.
        model.add(sum(row) == len(mine))
        starts = []
        for t in range(T):
            s = model.new_bool_var(f"start{p}_{t}")
            # s <=> busy[t] and not busy[t-1]: exact, so fairness cannot be gamed.
            if t == 0:
                model.add(s == row[0])
            else:
                model.add_bool_and([row[t], row[t - 1].Not()]).only_enforce_if(s)
                model.add_bool_or([row[t].Not(), row[t - 1], s])
            starts.append(s)
        # The same breaks as literals: busy now, idle before, busy some time before that.
        # Core-guided search works on these directly (no soft cost for the first block).
        seen = row[0]
        for t in range(1, T):
            if t >= 2:
                now = model.new_bool_var(f"seen{p}_{t - 1}")
                model.add_max_equality(now, [seen, row[t - 1]])
                seen = now
            brk = model.new_bool_var(f"break{p}_{t}")
            model.add_bool_and([row[t], row[t - 1].Not(), seen]).only_enforce_if(brk)
            model.add_bool_or([row[t].Not(), row[t - 1], seen.Not(), brk])
            break_literals.append(brk)
        h = model.new_int_var(0, T, f"breaks{p}")
        model.add(h == sum(starts) - 1)
        # Redundant integer view: all-different slots of p, and its span. With h = 0 the
        # span must equal the meeting count, which prunes far earlier than the booleans.
        slot_vars = [slot_of[m] for m in mine]
        if len(slot_vars) > 1:
            model.add_all_different(slot_vars)
        first = model.new_int_var(0, T - 1, f"first{p}")
        last = model.new_int_var(0, T - 1, f"last{p}")
        model.add_min_equality(first, slot_vars)
        model.add_max_equality(last, slot_vars)
        idle = last - first + 1 - len(mine)
        model.add(h <= idle)
        model.add(idle <= (T - len(mine)) * h)
        per_participant_breaks.append(h)
    # Implied: at most 2·tables busy participants in any slot.
    for t in range(T):
        model.add(
            sum(busy[(p, t)] for p in range(instance.n_participants) if (p, t) in busy)
            <= 2 * instance.n_tables
        )

    # Fairness over all participants (those with 0 or 1 meetings have 0 breaks).
    lo = model.new_int_var(0, T, "breaks_min")
    hi = model.new_int_var(0, T, "breaks_max")
    for h in per_participant_breaks:
        model.add(h >= lo)
        model.add(h <= hi)
    model.add(hi - lo <= fairness)

    if any(not mine for mine in meetings_of):
        model.add(lo == 0)
    objective = cp_model.LinearExpr.sum(break_literals)
    model.minimize(objective)
    return model, x, objective


def solve_fixed(
    instance: FixedInstance,
    fairness: int = 2,
    time_limit: float = 60.0,
    workers: int = 2,
    progress: Progress | None = None,
    cp_sat_seconds: float = DEFAULT_CP_SAT_SECONDS,
    construct_from: int = DEFAULT_CONSTRUCT_FROM,
) -> FixedSchedule:
    """Solve a JAIR instance; the returned schedule has passed the validator.

    A portfolio on `workers` threads: CP-SAT on one for its first `cp_sat_seconds`
    (it proves infeasibility and large optima fast) beside copies of the MaxSAT search
    (`maxsat.py`) on the others; then CP-SAT's thread goes to one more copy. They share
    bounds; the first proof decides. On the time limit the best schedule anyone found is
    returned with the best bound proven.
    """
    start = time.perf_counter()
    portfolio = workers >= 2 and fairness_by_cap(instance)
    children = MaxSatPortfolio(instance, fairness, workers, waiting=1) if portfolio else None
    # A schedule within seconds whatever the size; the exact searches start from it.
    constructed = None
    if len(instance.meetings) >= construct_from:
        constructed = _constructed(instance, fairness, min(4.0, 0.1 * time_limit))
    if constructed is not None and progress is not None:
        elapsed = time.perf_counter() - start
        progress(f"{elapsed:7.1f}s  breaks {constructed[1]}  (constructive)")
    model, x, _ = build_fixed_model(instance, fairness)
    if constructed is not None:
        for (m, t), var in x.items():
            model.add_hint(var, constructed[0][m] == t)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit - (time.perf_counter() - start))
    solver.parameters.num_workers = 1 if children else workers
    if solver.parameters.num_workers >= 2:
        solver.parameters.subsolvers.extend(["core", "default_lp"])
    tracker = _Tracker(progress, start, children)
    watcher = None
    if children is not None:
        bounds = children.bounds
        solver.best_bound_callback = lambda bound: bounds.raise_lower(math.ceil(bound - 1e-6))
        watcher = watch(
            children,
            lambda: tracker.best,
            solver.stop_search,
            tracker.bound_rose if progress else None,
            lambda: time.perf_counter() - start > cp_sat_seconds,
        )
    code = solver.solve(model, tracker)
    status = _STATUS[code]
    slots: list[int] | None = None
    bound: int | None = None
    if status in (Status.OPTIMAL, Status.FEASIBLE):
        slots = [0] * len(instance.meetings)
        for (m, t), var in x.items():
            if solver.boolean_value(var):
                slots[m] = t
        bound = round(solver.best_objective_bound)
    if children is not None:
        if status not in (Status.OPTIMAL, Status.INFEASIBLE):
            children.release()  # CP-SAT's thread goes to one more search
            while not children.decided(tracker.best) and (time.perf_counter() - start < time_limit):
                children.poll(0.1)
        children.stop()
        if watcher is not None:
            watcher.join()
        if status not in (Status.OPTIMAL, Status.INFEASIBLE):
            status, slots, bound = _merge(children, status, slots, tracker.best, bound)
    found = None if slots is None else validate_fixed(instance, slots, fairness).objective
    undecided = status not in (Status.OPTIMAL, Status.INFEASIBLE)
    if constructed is not None and undecided and (found is None or constructed[1] < found):
        status, slots = Status.FEASIBLE, constructed[0]  # the searches found nothing better
    elapsed = time.perf_counter() - start
    if slots is None:
        return FixedSchedule(status=status, wall_time=elapsed)
    tables = assign_fixed_tables(instance, slots)
    verdict = validate_fixed(instance, slots, fairness, tables)
    if not verdict.valid:
        # Never hand out a schedule the validator refused.
        raise AssertionError(f"solver returned an invalid schedule: {verdict.violations[:3]}")
    if bound is not None and verdict.objective is not None:
        if bound > verdict.objective:
            raise AssertionError(f"bound {bound} above a valid schedule's {verdict.objective}")
        if bound == verdict.objective:
            status = Status.OPTIMAL
    return FixedSchedule(
        status=status,
        slots=tuple(slots),
        tables=tuple(tables),
        objective=verdict.objective,
        bound=bound if status is not Status.OPTIMAL else verdict.objective,
        wall_time=elapsed,
    )


def _merge(
    children: MaxSatPortfolio,
    status: Status,
    slots: list[int] | None,
    cp_sat_best: int | None,
    bound: int | None,
) -> tuple[Status, list[int] | None, int | None]:
    """Combine CP-SAT's undecided result with what the MaxSAT searches found and proved."""
    if children.infeasible:
        return Status.INFEASIBLE, None, None
    best = children.best
    if (
        best is not None
        and best.slots is not None
        and best.cost is not None
        and (cp_sat_best is None or best.cost < cp_sat_best)
    ):
        slots = list(best.slots)
    if slots is None:
        return status, None, bound
    # The searches' proofs raise the bound; equal to the objective means optimal.
    return Status.FEASIBLE, slots, max(bound or 0, children.bounds.lower())


def _constructed(
    instance: FixedInstance, fairness: int, budget: float
) -> tuple[list[int], int] | None:
    """The constructive schedule and its breaks, when the validator accepts it."""
    slots = construct_fixed(instance, fairness, budget)
    if slots is None:
        return None
    verdict = validate_fixed(instance, slots, fairness)
    if not verdict.valid or verdict.objective is None:
        return None
    return slots, verdict.objective


def fairness_by_cap(instance: FixedInstance) -> bool:
    """The MaxSAT encoding caps everyone's breaks at d, which is JAIR's fairness only when
    someone has at most one meeting (and so zero breaks)."""
    return any(len(mine) <= 1 for mine in instance.meetings_of())
