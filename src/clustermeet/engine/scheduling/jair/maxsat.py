"""Fixed-meetings mode as MaxSAT, solved by a linear search from below on a SAT solver.

The optimum of the JAIR instances is small (0 to 6 breaks on the originals), so the search
asks Kissat for a schedule with at most k breaks for k = 0, 1, 2, ...: every "no" is a
proof that the optimum is above k (each took 0.1-3 s on the originals), and a "yes" once
every smaller k is refuted is optimal. Core-guided RC2 on Glucose, which we used before,
needed 40-90 s on forum-13crafc and ticf-13crafb; a plain SAT call on Kissat 1-35 s.
The encoding follows JAIR's MaxSAT model with its implied constraints, which let the SAT
solver see early that a participant's busy slots must number its meetings and that a slot
cannot keep more than 2·tables people busy.

The meeting-level clauses come from `cnf.py` (the same constraint functions as the CP-SAT
model and the validator); this module adds the breaks to count. `solve_zero_breaks` asks
only k = 0, in the window encoding of `windows.py`, for instances where counting is not
the fairness rule (nobody with at most one meeting).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from pysat.card import ITotalizer
from pysat.solvers import Solver

from clustermeet.engine.scheduling.jair.cnf import Encoder, encode_rules
from clustermeet.engine.scheduling.jair.killable import solve_killable
from clustermeet.engine.scheduling.jair.model import FixedInstance
from clustermeet.engine.scheduling.jair.windows import encode_zero_breaks

# Kissat for every copy: CaDiCaL 1.9.5 as the second copy lost the race on the hard files
# (forum-13crafc.forb0007 unsolved in 60 s against 23 s with two shuffled Kissats).
SAT_SOLVER = "kissat404"
# The JAIR implied constraints (redundant: they change speed, never answers). Leaving one
# out is only for measuring what it buys (benchmarks/schedule/run.py --suite implied).
IMPLIED = frozenset({"busy-count", "slot-cap"})


@dataclass(frozen=True)
class MaxSatAnswer:
    """`slots` is None when the hard clauses are unsatisfiable; cost is the break total."""

    slots: tuple[int, ...] | None
    cost: int | None


class Bounds(Protocol):
    """What cooperating searches share: the proven bound and the best schedule's breaks."""

    def lower(self) -> int:
        """Proven: every schedule has at least this many breaks."""

    def upper(self) -> int | None:
        """The breaks of the best schedule anyone holds, if any."""

    def raise_lower(self, value: int) -> None: ...

    def lower_upper(self, value: int) -> None: ...


class LocalBounds:
    """Bounds of a search that runs alone."""

    def __init__(self, lower: int = 0, upper: int | None = None) -> None:
        self._lower, self._upper = lower, upper

    def lower(self) -> int:
        return self._lower

    def upper(self) -> int | None:
        return self._upper

    def raise_lower(self, value: int) -> None:
        self._lower = max(self._lower, value)

    def lower_upper(self, value: int) -> None:
        self._upper = value if self._upper is None else min(self._upper, value)


def _encode(instance: FixedInstance, fairness: int, implied: frozenset[str] = IMPLIED) -> Encoder:
    enc = encode_rules(instance)
    T = instance.n_slots
    meetings_of = instance.meetings_of()
    busy_in_slot: dict[int, list[int]] = defaultdict(list)
    for p, mine in enumerate(meetings_of):
        if not mine:
            continue
        busy = []
        for t in range(T):
            lits = [enc.x[(m, t)] for m in mine if (m, t) in enc.x]
            b = enc.var(("busy", p, t))
            # busy <=> some meeting of p in t
            enc.hard([-b, *lits])
            for lit in lits:
                enc.hard([-lit, b])
            busy.append(b)
            busy_in_slot[t].append(b)
        if "busy-count" in implied:
            # Implied (JAIR): the busy slots of p are exactly its meetings.
            enc.cardinality(busy, len(mine), len(mine))
        # A break starts at t when p is busy at t, idle at t-1 and was busy before: the
        # first block is not a break, so no soft clause is violated by merely meeting.
        seen = busy[0]
        breaks = []
        for t in range(1, T):
            if t >= 2:
                s_prev = enc.var(("seen", p, t - 1))
                enc.hard([-s_prev, seen, busy[t - 1]])
                enc.hard([-seen, s_prev])
                enc.hard([-busy[t - 1], s_prev])
                seen = s_prev
            brk = enc.var(("break", p, t))
            enc.hard([-busy[t], busy[t - 1], -seen, brk])
            breaks.append(brk)
        enc.breaks.extend(breaks)
        # Fairness: someone has at most one meeting (0 breaks), so everyone has <= d breaks.
        enc.cardinality(breaks, fairness, None)
    if "slot-cap" in implied:
        # Implied (JAIR): at most 2·tables participants busy in one slot.
        for lits in busy_in_slot.values():
            enc.cardinality(lits, 2 * instance.n_tables, None)
    return enc


def solve_maxsat(
    instance: FixedInstance,
    fairness: int,
    bounds: Bounds | None = None,
    found: Callable[[MaxSatAnswer], None] | None = None,
    seed: int = 0,
    implied: frozenset[str] = IMPLIED,
    race: bool = False,
) -> MaxSatAnswer | None:
    """Exact: an optimal schedule, or a proof that there is none (slots None).

    Asks "at most k breaks?" for the smallest k nobody has refuted (`bounds` is shared
    with cooperating searches: CP-SAT and other copies of this one), until the proven lower
    bound meets the best schedule anyone holds. `found` is told each better schedule this
    search finds. Returns this search's optimal schedule, None when another search holds
    the optimum, or MaxSatAnswer(None, None) when the hard constraints are unsatisfiable.
    `seed` > 0 shuffles the clauses, so that copies racing on the same k take different
    paths. No time limit; callers run it in a process they can stop.

    With `race` (for copies that share `bounds`), each call runs in a forked child
    (`killable.py`) that is killed as soon as another search makes its answer moot;
    without it (a search alone) a call runs here, to its end.
    """
    bounds = bounds or LocalBounds()
    enc = _shuffled(_encode(instance, fairness, implied), seed)
    people = sum(1 for mine in instance.meetings_of() if mine)
    ceiling = fairness * people  # the fairness cap already bounds the total by this
    best: MaxSatAnswer | None = None
    checked = False
    while True:
        lower, upper = bounds.lower(), bounds.upper()
        if lower > ceiling:
            return MaxSatAnswer(None, None)
        if upper is not None and lower >= upper:
            return best if best is not None and best.cost == upper else None
        if not checked and (lower >= 4 or seed) and upper is None:
            # The bound keeps rising, or this copy starts late, and nobody has a schedule:
            # is there one at all? (It is also the schedule returned on the time limit.)
            checked = True
            k: int | None = None
        else:
            k = lower
        at_most = None if k is None or k >= ceiling else k
        model = _solve(enc, at_most, _moot(bounds, k) if race else None)
        if isinstance(model, str):  # MOOT: another search answered meanwhile
            continue
        if model is None:
            bounds.raise_lower(ceiling + 1 if k is None or k >= ceiling else k + 1)
            continue
        answer = _answer(enc, model)
        if best is None or (answer.cost or 0) < (best.cost or 0):
            best = answer
            if found is not None:
                found(answer)
        bounds.lower_upper(answer.cost or 0)


def solve_zero_breaks(
    instance: FixedInstance,
    bounds: Bounds,
    found: Callable[[MaxSatAnswer], None] | None = None,
    seed: int = 0,
    race: bool = False,
) -> MaxSatAnswer | None:
    """Only "no breaks at all?", for an instance where nobody has at most one meeting: there
    the counting encoding, which caps everyone's breaks at d, is not JAIR's fairness rule,
    but a zero-break schedule is fair under every d and a "no" proves the bound 1 whatever
    d is. The schedule, or None: refuted, or answered by another search first."""
    if bounds.lower() > 0 or bounds.upper() == 0:
        return None
    enc = _shuffled(encode_zero_breaks(instance), seed)
    model = _solve(enc, None, _moot(bounds, 0) if race else None)
    if isinstance(model, str):
        return None
    if model is None:
        bounds.raise_lower(1)
        return None
    answer = _answer(enc, model)
    if found is not None:
        found(answer)
    bounds.lower_upper(0)
    return answer


def _shuffled(enc: Encoder, seed: int) -> Encoder:
    """Seed > 0 shuffles the clauses: racing copies take different paths."""
    if seed:
        random.Random(seed).shuffle(enc.clauses)
    return enc


def _moot(bounds: Bounds, k: int | None) -> Callable[[], bool]:
    """Whether the answer to "at most k breaks?" (None: "any schedule?") is known."""

    def moot() -> bool:
        upper = bounds.upper()
        if k is None:
            return upper is not None
        return bounds.lower() > k or (upper is not None and upper <= k)

    return moot


def _solve(
    enc: Encoder, at_most: int | None, moot: Callable[[], bool] | None = None
) -> list[int] | None | str:
    """A model of the hard clauses with at most `at_most` breaks (None: any number), or
    MOOT when `moot` is given and turns true first (the call then runs in a child that is
    killed). Without `moot` the call runs here, to its end: Kissat in PySAT cannot be
    interrupted."""
    extra: list[list[int]] = []
    if at_most is not None and at_most >= len(enc.breaks):
        at_most = None  # no bound at all
    if at_most == 0:
        extra = [[-b] for b in enc.breaks]
    elif at_most is not None:
        total = ITotalizer(lits=enc.breaks, ubound=at_most, top_id=enc.pool.top)
        extra = [*total.cnf.clauses, [-total.rhs[at_most]]]
    if moot is not None:
        return solve_killable(SAT_SOLVER, enc.clauses + extra, moot)
    with Solver(name=SAT_SOLVER, bootstrap_with=enc.clauses + extra) as sat:
        if not sat.solve():
            return None
        model: list[int] = sat.get_model()
        return model


def _answer(enc: Encoder, model: list[int]) -> MaxSatAnswer:
    true = {lit for lit in model if lit > 0}
    slots = [0] * len(enc.instance.meetings)
    for (m, t), v in enc.x.items():
        if v in true:
            slots[m] = t
    return MaxSatAnswer(tuple(slots), sum(1 for b in enc.breaks if b in true))
