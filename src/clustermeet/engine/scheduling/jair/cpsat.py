"""The CP-SAT model of fixed mode, imported only when CP-SAT runs.

Loading OR-Tools costs a second or more (it imports pandas); the command line forks the
MaxSAT searches first and imports this module only when they have not decided the
instance within a moment (`solver.EARLY_SECONDS`).

Besides the hard constraints from `jair/constraints.py` the model carries the implied
constraints that made JAIR's MaxSAT encoding fast (busy slots of p = its meetings; at most
2·tables busy participants per slot) and a cheap lower bound per participant.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ortools.sat.python import cp_model

from clustermeet.engine.scheduling.jair.constraints import LINEAR_RULES, allowed_slots
from clustermeet.engine.scheduling.jair.model import FixedInstance
from clustermeet.engine.scheduling.jair.portfolio import MaxSatPortfolio
from clustermeet.engine.scheduling.linear import Key
from clustermeet.engine.scheduling.status import Status

Progress = Callable[[str], None]

STATUS = {
    cp_model.OPTIMAL: Status.OPTIMAL,
    cp_model.FEASIBLE: Status.FEASIBLE,
    cp_model.INFEASIBLE: Status.INFEASIBLE,
    cp_model.MODEL_INVALID: Status.UNKNOWN,
    cp_model.UNKNOWN: Status.UNKNOWN,
}


class Tracker(cp_model.CpSolverSolutionCallback):
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
