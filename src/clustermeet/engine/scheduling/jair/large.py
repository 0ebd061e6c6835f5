"""Fixed mode at event size: a schedule within seconds, then annealing beside the proofs.

From `construct_from` meetings on (hundreds of people, thousands of meetings) the exact
searches may not report a first schedule within the limit. So the main thread builds the
constructive schedule (`construct.py`, under a second) and improves it with Kempe-chain
annealing (`kempe.py`), while copies of the MaxSAT search (`maxsat.py`) run on the other
cores in child processes: their "no" answers raise the proven lower bound, and a "yes"
may bring a better schedule. Where nobody has at most one meeting, the counting encoding is
not JAIR's fairness rule, and the copies only ask for a schedule with no break at all (the
window encoding, `windows.py`), fair under every d. Everything stops as soon as the best
schedule's breaks equal the proven bound (0 is always a bound, so a zero-break schedule
stops it at once).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from clustermeet.engine.scheduling.jair.construct import construct_fixed
from clustermeet.engine.scheduling.jair.kempe import anneal_fixed
from clustermeet.engine.scheduling.jair.model import FixedInstance
from clustermeet.engine.scheduling.jair.portfolio import MaxSatPortfolio
from clustermeet.engine.scheduling.jair.validator import validate_fixed

Progress = Callable[[str], None]

CONSTRUCT_SECONDS = 1.0


class _Best:
    slots: list[int] | None = None
    breaks: int | None = None


@dataclass
class LargeResult:
    """The best valid schedule found (None: nothing valid) and the proven lower bound;
    `infeasible` when a search proved there is no schedule at all."""

    slots: list[int] | None
    objective: int | None
    bound: int
    infeasible: bool = False


def solve_large(
    instance: FixedInstance,
    fairness: int,
    deadline: float,
    workers: int,
    capped: bool,
    progress: Progress | None,
    start: float,
) -> LargeResult | None:
    """None when the constructive schedule got stuck (the caller's exact path runs)."""
    slots = construct_fixed(instance, fairness, min(CONSTRUCT_SECONDS, deadline - start))
    if slots is None:
        return None
    children = None
    if workers >= 2:
        # Uncapped (nobody with at most one meeting): the SAT search can only ask for a
        # schedule without breaks, which is fair under every d.
        children = MaxSatPortfolio(instance, fairness, workers - 1, 0, zero_only=not capped)
    best = _Best()
    said = [0.0]

    def lower() -> int:
        return children.bounds.lower() if children is not None else 0

    def keep(candidate: list[int], total: int) -> None:
        if best.breaks is None or total < best.breaks:
            best.slots, best.breaks = list(candidate), total
            now = time.perf_counter() - start
            # One line per half second at most: the annealing improves by the thousand.
            if progress is not None and (now - said[0] >= 0.5 or total <= lower()):
                said[0] = now
                progress(f"{now:7.1f}s  breaks {total}  bound {lower()}")

    def decided() -> bool:
        if children is None:
            return False
        children.poll(0)
        other = children.best
        if other is not None and other.slots is not None and other.cost is not None:
            keep(list(other.slots), other.cost)
        return children.infeasible or (best.breaks is not None and lower() >= best.breaks)

    verdict = validate_fixed(instance, slots, fairness)
    if verdict.valid and verdict.objective is not None:
        keep(slots, verdict.objective)
    try:
        slots = anneal_fixed(
            instance,
            fairness,
            slots,
            deadline,
            good_enough=lambda total: total <= lower(),
            found=keep,
            stop=decided,
        )
        decided()
        infeasible = children is not None and children.infeasible
        bound = lower()
    finally:
        if children is not None:
            children.stop()
    return LargeResult(best.slots, best.breaks, bound, infeasible and best.slots is None)
