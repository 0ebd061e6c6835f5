"""Selection mode: which requests become meetings, when, and where.

Small and medium events are solved by CP-SAT lexicographically, one stage per objective
term: (1) weight of meetings held; (2) fairness — first nobody below their minimum, then
the worst-served person's share of their requests as high as possible; (3) fewest breaks.
Each stage keeps the previous optimum as a constraint and starts from the previous
schedule. Large events go to the constructive scheduler in `greedy.py`, with the LP bound
from `bounds.py`. Tables come last (`seating.py`), and nothing leaves here unvalidated.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ortools.sat.python import cp_model

from clustermeet.engine.scheduling.linear import Key
from clustermeet.engine.scheduling.selection.baseline import first_come_first_served
from clustermeet.engine.scheduling.selection.bounds import upper_bound
from clustermeet.engine.scheduling.selection.constraints import (
    EVENT_DOMAIN_RULES,
    EVENT_LINEAR_RULES,
    candidate_slots,
)
from clustermeet.engine.scheduling.selection.fairness import improve_fairness
from clustermeet.engine.scheduling.selection.greedy import (
    fill_by_relocation,
    greedy_schedule,
    improve_breaks,
)
from clustermeet.engine.scheduling.selection.minimum import cover_unserved
from clustermeet.engine.scheduling.selection.model import EventInstance, EventSchedule, Placement
from clustermeet.engine.scheduling.selection.seating import seat_meetings
from clustermeet.engine.scheduling.selection.stages import StallStop
from clustermeet.engine.scheduling.selection.validator import summarise, validate_event
from clustermeet.engine.scheduling.status import Status

Progress = Callable[[str], None]

# Above this many (request, slot) pairs the exact model is too big for a quick answer.
DEFAULT_EXACT_LIMIT = 60_000


def solve_event(
    instance: EventInstance,
    time_limit: float = 30.0,
    workers: int = 2,
    progress: Progress | None = None,
    exact_limit: int = DEFAULT_EXACT_LIMIT,
) -> EventSchedule:
    """Schedule an event; the exact CP-SAT stages up to `exact_limit` (request, slot)
    pairs, the constructive scheduler above it."""
    start = time.perf_counter()
    if _locks_break_a_rule(instance):
        return EventSchedule(status=Status.INFEASIBLE, wall_time=time.perf_counter() - start)
    keys = [(r, t) for r in range(len(instance.requests)) for t in candidate_slots(instance, r)]
    if len(keys) <= exact_limit:
        status, chosen, bound = _solve_exact(instance, keys, time_limit, workers, progress)
    else:
        status, chosen, bound = _solve_large(instance, progress)
    if status is Status.INFEASIBLE:
        return EventSchedule(status=status, wall_time=time.perf_counter() - start)
    placements = seat_meetings(instance, chosen)
    verdict = validate_event(instance, placements)
    if not verdict.valid:
        raise AssertionError(f"scheduler produced an invalid schedule: {verdict.violations[:3]}")
    return EventSchedule(
        status=status,
        placements=tuple(placements),
        weight=int(verdict.summary["weight"]),
        bound=bound,
        stats=verdict.summary,
        wall_time=time.perf_counter() - start,
    )


def _locks_break_a_rule(instance: EventInstance) -> bool:
    """The locked meetings alone break a rule: then every schedule does (they are in every
    one, and more meetings never mend an upper bound), a proof of infeasibility for both
    paths; the constructive one could not find it by itself."""
    keys = [(lock.request, lock.slot) for lock in instance.locks]
    if any(not rule(instance, r, t) for r, t in keys for rule in EVENT_DOMAIN_RULES):
        return True
    chosen = set(keys)
    return any(not c.holds(chosen) for rule in EVENT_LINEAR_RULES for c in rule(instance, keys))


def _solve_large(
    instance: EventInstance, progress: Progress | None
) -> tuple[Status, list[Key], int]:
    start = time.perf_counter()

    def step(line: str) -> None:
        # Each phase takes seconds to tens of seconds at trade-show size: show each.
        if progress:
            progress(f"{time.perf_counter() - start:7.1f}s  {line}")

    state = greedy_schedule(instance)
    step(f"greedy: {len(state.slot_of):,} meetings")
    fill_by_relocation(state)  # weight: move one blocking meeting aside
    step(f"relocation: {len(state.slot_of):,} meetings")
    step(f"minimum: {cover_unserved(state):,} people given their first meeting")
    lifts = improve_fairness(state, time_budget=60.0)  # never lowers the weight
    step(f"fairness: {lifts:,} lifts")
    improve_breaks(state)
    chosen = list(state.slot_of.items())
    step("breaks lowered; computing the LP bound")
    bound = upper_bound(instance)
    # Even when the weight meets the bound, fairness and breaks are not proven: FEASIBLE.
    return Status.FEASIBLE, chosen, bound


def _solve_exact(
    instance: EventInstance,
    keys: list[Key],
    time_limit: float,
    workers: int,
    progress: Progress | None,
) -> tuple[Status, list[Key], int | None]:
    start = time.perf_counter()
    deadline = start + time_limit
    model = cp_model.CpModel()
    x = {k: model.new_bool_var(f"x{k[0]}_{k[1]}") for k in keys}
    for rule in EVENT_LINEAR_RULES:
        for c in rule(instance, keys):
            if not c.terms:
                if c.lower is not None and c.lower > 0:
                    return Status.INFEASIBLE, [], None
                continue
            expr = sum(coef * x[k] for k, coef in c.terms)
            model.add(expr <= c.upper)
            if c.lower is not None:
                model.add(expr >= c.lower)
    by_request: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    by_person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    for (r, t), var in x.items():
        by_request[r].append(var)
        req = instance.requests[r]
        by_person_slot[(req.first, t)].append(var)
        by_person_slot[(req.second, t)].append(var)
    held: dict[int, Any] = {r: cp_model.LinearExpr.sum(vs) for r, vs in by_request.items()}
    weight: Any = cp_model.LinearExpr.weighted_sum(
        list(held.values()), [instance.requests[r].weight for r in held]
    )

    # Fairness terms.
    requests_of = instance.requests_of()
    shortfall = []
    share = model.new_int_var(0, 100, "min_share")
    for p, rs in enumerate(requests_of):
        held_p = sum(held[r] for r in rs if r in held)
        person = instance.participants[p]
        if person.min_meetings:
            s = model.new_int_var(0, person.min_meetings, f"short{p}")
            model.add(s >= person.min_meetings - held_p)
            shortfall.append(s)
        if rs:
            model.add(len(rs) * share <= 100 * held_p)
    fairness: Any = share - 101 * cp_model.LinearExpr.sum(shortfall)

    # The guaranteed minimum: people who asked (or were asked) holding at least one meeting.
    served = []
    for p, rs in enumerate(requests_of):
        mine = [held[r] for r in rs if r in held]
        if mine:
            one = model.new_bool_var(f"served{p}")
            model.add(one <= sum(mine))
            served.append(one)
    covered: Any = cp_model.LinearExpr.sum(served)

    # Breaks per day, one-sided (minimisation keeps them tight).
    days = instance.slot_days
    breaks = []
    for p, rs in enumerate(requests_of):
        if len(rs) < 2:
            continue
        busy: list[Any] = [
            cp_model.LinearExpr.sum(by_person_slot.get((p, t), [])) for t in range(instance.n_slots)
        ]
        seen: Any = None
        for t in range(instance.n_slots):
            if t == 0 or days[t] != days[t - 1]:
                seen = None
            if not by_person_slot.get((p, t)):
                continue  # never busy here: no break can start at t
            if seen is not None and t > 0 and days[t] == days[t - 1]:
                brk = model.new_bool_var(f"brk{p}_{t}")
                model.add(brk >= busy[t] - busy[t - 1] + seen - 1)
                breaks.append(brk)
            now = model.new_bool_var(f"seen{p}_{t}")
            model.add(now >= busy[t])
            if seen is not None:
                model.add(now >= seen)
            seen = now
    total_breaks: Any = cp_model.LinearExpr.sum(breaks)

    # Start from the constructive schedule, and bound by the LP as well as by CP-SAT.
    greedy_state = greedy_schedule(instance)
    cover_unserved(greedy_state)
    improve_breaks(greedy_state)
    greedy = dict(greedy_state.slot_of)
    for k, var in x.items():
        model.add_hint(var, greedy.get(k[0]) == k[1])
    lp_bound = upper_bound(instance)
    best: dict[Key, bool] = {k: greedy.get(k[0]) == k[1] for k in x}
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = workers
    # repair_hint aborts the process at random in OR-Tools 9.15 ("Check failed:
    # heuristics.fixed_search != nullptr"); the plain hint is kept.
    solver.parameters.repair_hint = False
    # (name, objective, maximise?, share of the remaining time). A stage proven early hands
    # its time on; the later, lower-ranked stages also stop once they stall (stages.py).
    stages: list[tuple[str, Any, bool, float]] = [
        ("minimum", covered, True, 0.9),
        ("weight", weight, True, 0.85),
        ("fairness", fairness, True, 0.6),
        ("breaks", total_breaks, False, 1.0),
    ]
    status = Status.OPTIMAL
    bound: int | None = lp_bound
    model.add(weight <= lp_bound)  # redundant, helps CP-SAT prove stage 1
    greedy_served = sum(1 for p in greedy_state.held_count if p)
    if greedy_served >= len(served):
        # The constructive schedule serves everyone who can be: the minimum is proven.
        model.add(covered >= greedy_served)
        stages = stages[1:]
        greedy_weight = sum(instance.requests[r].weight for r in greedy)
        if greedy_weight >= lp_bound:
            # It also meets the weight bound: that stage is proven too, skip it.
            model.add(weight >= lp_bound)
            stages = stages[1:]
    for name, expr, maximise, share_of_rest in stages:
        remaining = deadline - time.perf_counter()
        if remaining <= 0.05:
            status = Status.FEASIBLE
            break
        model.clear_objective()  # type: ignore[no-untyped-call]
        if maximise:
            model.maximize(expr)
        else:
            model.minimize(expr)
        solver.parameters.max_time_in_seconds = max(0.05, remaining * share_of_rest)
        # Weight and the minimum get their whole share; the later terms stop when stalled.
        stall = StallStop(solver, patience=name in ("fairness", "breaks"))
        code = solver.solve(model, stall)
        stall.done()
        if code == cp_model.INFEASIBLE:
            return Status.INFEASIBLE, [], None
        if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            status = Status.FEASIBLE  # keep the previous stage's schedule, go on
            continue
        value = round(solver.objective_value)
        if expr is weight:
            bound = min(lp_bound, round(solver.best_objective_bound))
        if code != cp_model.OPTIMAL and not (expr is weight and value >= lp_bound):
            status = Status.FEASIBLE
        if progress:
            elapsed = time.perf_counter() - start
            progress(f"{elapsed:7.1f}s  {name} stage: {value} ({solver.status_name(code)})")
        found = {k: solver.boolean_value(v) for k, v in x.items()}
        if _rank(instance, _on(found)) >= _rank(instance, _on(best)):
            best = found  # else the previous schedule is as good on this term and better after
        # Keep what this stage reached, and start the next one from it.
        model.add(expr >= value) if maximise else model.add(expr <= value)
        model.clear_hints()  # type: ignore[no-untyped-call]
        for k, v in x.items():
            model.add_hint(v, best[k])
    chosen = _on(best)
    # Never worse than the constructive schedule or than first come, first served.
    fallbacks = [list(greedy.items())]
    booking = first_come_first_served(instance)
    if validate_event(instance, booking).valid:  # it knows no locks
        fallbacks.append([(p.request, p.slot) for p in booking])
    for fallback in fallbacks:
        if _rank(instance, fallback) > _rank(instance, chosen):
            status, chosen = Status.FEASIBLE, fallback
    return status, chosen, bound


def _on(choice: dict[Key, bool]) -> list[Key]:
    return [k for k, on in choice.items() if on]


def _rank(instance: EventInstance, chosen: list[Key]) -> tuple[float, ...]:
    """The lexicographic objective of a slot choice, larger is better."""
    summary = summarise(instance, [Placement(r, t, 0) for r, t in chosen])
    return (
        -summary["unserved"],
        summary["weight"],
        -summary["min_shortfall"],
        summary["min_share"],
        -summary["breaks"],
    )
