"""Fixed-meetings mode: the JAIR B2B scheduling problem, solved by a portfolio.

Every meeting gets a slot; minimise the total number of breaks under the fairness bound d.
Event-sized instances go to `large.py` (a constructive schedule, Kempe-chain annealing,
MaxSAT proofs beside it); the others to MaxSAT searches on Kissat (`maxsat.py`, in child
processes) and CP-SAT (`cpsat.py`), which share bounds.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from clustermeet.engine.scheduling.jair.construct import construct_fixed
from clustermeet.engine.scheduling.jair.kempe import anneal_fixed
from clustermeet.engine.scheduling.jair.large import LargeResult, solve_large
from clustermeet.engine.scheduling.jair.model import FixedInstance, FixedSchedule
from clustermeet.engine.scheduling.jair.portfolio import MaxSatPortfolio, watch
from clustermeet.engine.scheduling.jair.tables import assign_fixed_tables
from clustermeet.engine.scheduling.jair.validator import validate_fixed
from clustermeet.engine.scheduling.status import Status

Progress = Callable[[str], None]

# CP-SAT's share of the time: enough for the infeasible files and the large optima of the
# fixed-meetings variants; after it the hard "at most k" calls want every thread.
DEFAULT_CP_SAT_SECONDS = 5.0
# From this many meetings on, a constructive schedule comes first. Below it the exact
# searches find schedules within seconds (the Girona files have at most 302 meetings), and
# the greedy's seconds and its hint slowed the hardest of them in a trial run.
DEFAULT_CONSTRUCT_FROM = 350
# How long the MaxSAT searches may decide alone before CP-SAT is loaded and started.
EARLY_SECONDS = 1.0
# The last seconds of an undecided run go to annealing the best schedule held.
POLISH_SECONDS = 5.0


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
    if len(instance.meetings) >= construct_from and not any(instance.precedences):
        large = solve_large(
            instance,
            fairness,
            start + time_limit,
            workers,
            fairness_by_cap(instance),
            progress,
            start,
        )
        if large is not None and (large.slots is not None or large.infeasible):
            return _finish(instance, fairness, start, large)
        # Stuck or never fair: the exact searches below get the time left.
        time_limit = max(1.0, time_limit - (time.perf_counter() - start))
        construct_from = len(instance.meetings) + 1
    portfolio = workers >= 2 and fairness_by_cap(instance)
    children = MaxSatPortfolio(instance, fairness, workers, waiting=1) if portfolio else None
    # A schedule within seconds whatever the size; the exact searches start from it.
    constructed = None
    if len(instance.meetings) >= construct_from:
        constructed = _constructed(instance, fairness, min(4.0, 0.1 * time_limit))
    if constructed is not None and progress is not None:
        elapsed = time.perf_counter() - start
        progress(f"{elapsed:7.1f}s  breaks {constructed[1]}  (constructive)")
    if children is not None and constructed is None:
        # Easy instances are decided by the first Kissat calls: give them a moment before
        # paying for OR-Tools' import (a second or more) and CP-SAT's model.
        shown = 0
        while time.perf_counter() - start < min(EARLY_SECONDS, time_limit):
            children.poll(0.05)
            lower, elapsed = children.bounds.lower(), time.perf_counter() - start
            if progress is not None and lower > shown:
                shown = lower
                progress(f"{elapsed:7.1f}s  bound {lower}")
            if children.decided(None):
                children.stop()
                early = _merge(children, Status.UNKNOWN, None, None, None)
                if progress is not None and children.best is not None:
                    progress(f"{elapsed:7.1f}s  breaks {children.best.cost}  bound {lower}")
                return _checked(instance, fairness, start, *early)
    from ortools.sat.python import cp_model

    from clustermeet.engine.scheduling.jair.cpsat import STATUS, Tracker, build_fixed_model

    cp_sat_from = time.perf_counter() - start
    model, x, _ = build_fixed_model(instance, fairness)
    if constructed is not None:
        for (m, t), var in x.items():
            model.add_hint(var, constructed[0][m] == t)
    solver = cp_model.CpSolver()
    left = time_limit - (time.perf_counter() - start)
    if children is None:  # alone: the last seconds go to the annealing
        left -= min(POLISH_SECONDS, 0.1 * time_limit)
    solver.parameters.max_time_in_seconds = max(0.1, left)
    solver.parameters.num_workers = 1 if children else workers
    if solver.parameters.num_workers >= 2:
        solver.parameters.subsolvers.extend(["core", "default_lp"])
    tracker = Tracker(progress, start, children)
    watcher = None
    if children is not None:
        bounds = children.bounds
        solver.best_bound_callback = lambda bound: bounds.raise_lower(math.ceil(bound - 1e-6))
        watcher = watch(
            children,
            lambda: tracker.best,
            solver.stop_search,
            tracker.bound_rose if progress else None,
            # Its seconds count from its model on (OR-Tools loads after the early window);
            # on a short limit it leaves time for the searches and the annealing too.
            lambda: (
                time.perf_counter() - start > min(cp_sat_from + cp_sat_seconds, 0.6 * time_limit)
            ),
        )
    code = solver.solve(model, tracker)
    status = STATUS[code]
    slots: list[int] | None = None
    bound: int | None = None
    if status in (Status.OPTIMAL, Status.FEASIBLE):
        slots = [0] * len(instance.meetings)
        for (m, t), var in x.items():
            if solver.boolean_value(var):
                slots[m] = t
        bound = round(solver.best_objective_bound)
    polished: tuple[list[int], int] | None = None
    if children is not None:
        if status not in (Status.OPTIMAL, Status.INFEASIBLE):
            children.release()  # CP-SAT's thread goes to one more search
            polished = _wait_and_polish(
                instance, fairness, children, slots, tracker.best, start, time_limit
            )
        children.stop()
        if watcher is not None:
            watcher.join()
        if status not in (Status.OPTIMAL, Status.INFEASIBLE):
            status, slots, bound = _merge(children, status, slots, tracker.best, bound)
    elif status not in (Status.OPTIMAL, Status.INFEASIBLE):
        # CP-SAT alone (nobody has at most one meeting): anneal in the time it left.
        cp_bound = bound or 0
        polished = _polish(
            instance, fairness, [slots], start + time_limit, lambda: cp_bound, lambda: False
        )
    found = None if slots is None else validate_fixed(instance, slots, fairness).objective
    if polished is not None and (found is None or polished[1] < found):
        status, slots, found = Status.FEASIBLE, polished[0], polished[1]
    undecided = status not in (Status.OPTIMAL, Status.INFEASIBLE)
    if constructed is not None and undecided and (found is None or constructed[1] < found):
        status, slots = Status.FEASIBLE, constructed[0]  # the searches found nothing better
    return _checked(instance, fairness, start, status, slots, bound)


def _wait_and_polish(
    instance: FixedInstance,
    fairness: int,
    children: MaxSatPortfolio,
    slots: list[int] | None,
    cp_sat_best: int | None,
    start: float,
    time_limit: float,
) -> tuple[list[int], int] | None:
    """Let the searches run until they decide or the last seconds, which go to annealing
    the best schedule held. When nobody holds one, a fallback is annealed from the greedy's
    first, briefly, so that the time limit never finds nothing."""
    deadline = start + time_limit
    bounds = children.bounds
    fallback = None
    if slots is None:
        until = min(deadline, time.perf_counter() + POLISH_SECONDS)
        fallback = _polish(instance, fairness, [], until, bounds.lower, lambda: False)

    def best() -> int | None:
        costs = [c for c in (cp_sat_best, fallback[1] if fallback else None) if c is not None]
        return min(costs) if costs else None

    polish_at = deadline - min(POLISH_SECONDS, 0.1 * time_limit)
    while not children.decided(best()) and time.perf_counter() < polish_at:
        children.poll(0.1)
    if children.decided(best()):
        return fallback
    children.poll(0)
    held = [slots, fallback[0] if fallback else None]
    if children.best is not None and children.best.slots is not None:
        held.append(list(children.best.slots))
    polished = _polish(
        instance, fairness, held, deadline, bounds.lower, lambda: children.decided(None)
    )
    if polished is None or (fallback is not None and fallback[1] <= polished[1]):
        return fallback
    return polished


def _polish(
    instance: FixedInstance,
    fairness: int,
    held: list[list[int] | None],
    deadline: float,
    lower: Callable[[], int],
    stop: Callable[[], bool],
) -> tuple[list[int], int] | None:
    """The time limit is near and nothing is proven optimal: anneal the best schedule
    anyone holds (CP-SAT's first ones had 90+ breaks where the optimum was 1-6 under
    load), or the constructive one when nobody holds any, so that what is returned is as
    good as the last seconds make it."""
    scored = []
    for slots in held:
        if slots is not None:
            verdict = validate_fixed(instance, slots, fairness)
            if verdict.valid and verdict.objective is not None:
                scored.append((verdict.objective, slots))
    if scored:
        _, base = min(scored, key=lambda item: item[0])
    else:  # nobody has a schedule yet: the greedy's, made fair by the annealing if it can
        constructed = construct_fixed(instance, fairness, 0.3)
        if constructed is None:
            return None
        base = constructed
    result = anneal_fixed(
        instance,
        fairness,
        base,
        deadline,
        good_enough=lambda total: total <= lower(),
        stop=stop,
    )
    verdict = validate_fixed(instance, result, fairness)
    if not verdict.valid or verdict.objective is None:
        return None
    return result, verdict.objective


def _finish(
    instance: FixedInstance, fairness: int, start: float, large: LargeResult
) -> FixedSchedule:
    if large.slots is None:
        return FixedSchedule(status=Status.INFEASIBLE, wall_time=time.perf_counter() - start)
    return _checked(instance, fairness, start, Status.FEASIBLE, large.slots, large.bound)


def _checked(
    instance: FixedInstance,
    fairness: int,
    start: float,
    status: Status,
    slots: list[int] | None,
    bound: int | None,
) -> FixedSchedule:
    """The result, once the validator has accepted its schedule (OPTIMAL at the bound)."""
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
