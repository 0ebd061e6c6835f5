"""Fixed-meetings mode as weighted MaxSAT, solved by RC2 (core-guided, python-sat).

The optimum of the JAIR instances is small (0 to 6 breaks), which is exactly where
core-guided search shines: it first asks for a schedule with no breaks at all and relaxes
only what an unsatisfiable core forces. The encoding follows JAIR's MaxSAT model with its
implied constraints, which let the SAT solver see early that a participant's busy slots
must number its meetings and that a slot cannot keep more than 2·tables people busy.

Clauses are built from the same constraint functions as the CP-SAT model and the
validator (`constraints.py`): each `Linear` becomes a cardinality (or, for precedences,
an order-encoded implication).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pysat.card import CardEnc, EncType
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF, IDPool

from clustermeet.engine.scheduling.constraints import (
    Key,
    Linear,
    allowed_slots,
    one_slot_per_meeting,
    participant_once_per_slot,
    precedence_order,
    tables_per_slot,
)
from clustermeet.engine.scheduling.model import FixedInstance


@dataclass(frozen=True)
class MaxSatAnswer:
    """`slots` is None when the hard clauses are unsatisfiable; cost is the break total."""

    slots: tuple[int, ...] | None
    cost: int | None


class _Encoder:
    def __init__(self, instance: FixedInstance) -> None:
        self.instance = instance
        self.pool = IDPool()
        self.wcnf = WCNF()
        self.x: dict[Key, int] = {}

    def var(self, name: object) -> int:
        return int(self.pool.id(name))

    def hard(self, clause: Sequence[int]) -> None:
        self.wcnf.append(list(clause))

    def cardinality(self, lits: list[int], upper: int, lower: int | None) -> None:
        """lower <= sum(lits) <= upper as hard clauses."""
        if lower is not None and lower > len(lits):
            self.hard([])  # unsatisfiable
            return
        if lower is not None and lower == upper:
            if lits:
                self._encode(CardEnc.equals, lits, upper)
            return
        if upper < len(lits):
            self._encode(CardEnc.atmost, lits, upper)
        if lower is not None and lower > 0:
            self._encode(CardEnc.atleast, lits, lower)

    def _encode(self, encode: Any, lits: list[int], bound: int) -> None:
        # Pairwise for tiny at-most-one, sequential counters for the rest, totalizers for k>1.
        if bound == 1 and len(lits) <= 6:
            encoding = EncType.pairwise
        elif bound == 1:
            encoding = EncType.seqcounter
        else:
            encoding = EncType.kmtotalizer
        formula = encode(lits=lits, bound=bound, vpool=self.pool, encoding=encoding)
        for clause in formula.clauses:
            self.hard(clause)

    def add_linear(self, c: Linear) -> None:
        self.cardinality([self.x[k] for k, _ in c.terms], c.upper, c.lower)


def _encode(instance: FixedInstance, fairness: int) -> _Encoder:
    enc = _Encoder(instance)
    T = instance.n_slots
    for m in range(len(instance.meetings)):
        for t in allowed_slots(instance, m):
            enc.x[(m, t)] = enc.var(("x", m, t))
    keys = list(enc.x)
    for c in one_slot_per_meeting(instance, keys):
        enc.hard([enc.x[k] for k, _ in c.terms])  # at least one slot
        enc.add_linear(c)
    for rule in (participant_once_per_slot, tables_per_slot):
        for c in rule(instance, keys):
            enc.add_linear(c)
    _encode_precedences(enc, precedence_order(instance, keys))

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
            enc.wcnf.append([-brk], weight=1)
        # Fairness: someone has at most one meeting (0 breaks), so everyone has <= d breaks.
        enc.cardinality(breaks, fairness, None)
    # Implied (JAIR): at most 2·tables participants busy in one slot.
    for lits in busy_in_slot.values():
        enc.cardinality(lits, 2 * instance.n_tables, None)
    return enc


def _encode_precedences(enc: _Encoder, constraints: list[Linear]) -> None:
    """Order encoding: le(m, t) <=> slot(m) <= t; then x(after, t) -> le(before, t - 1)."""
    instance = enc.instance
    slots_of: dict[int, list[int]] = defaultdict(list)
    for m, t in enc.x:
        slots_of[m].append(t)

    def le(m: int, t: int) -> int | None:
        """Literal for slot(m) <= t; None means false (t below every allowed slot)."""
        if t < 0:
            return None
        v = enc.var(("le", m, t))
        return v

    built: set[int] = set()

    def build(m: int) -> None:
        if m in built:
            return
        built.add(m)
        prev: int | None = None
        for t in range(instance.n_slots):
            v = enc.var(("le", m, t))
            parts = [enc.x[(m, t)]] if (m, t) in enc.x else []
            if prev is not None:
                parts.append(prev)
            enc.hard([-v, *parts])
            for part in parts:
                enc.hard([-part, v])
            prev = v

    for c in constraints:
        before_keys = [k for k, coef in c.terms if coef > 0]
        after_keys = [k for k, coef in c.terms if coef < 0]
        if not before_keys:
            # The earlier meeting has no slot at all: one_slot_per_meeting already fails.
            continue
        before = before_keys[0][0]
        build(before)
        for m, t in after_keys:
            bound = le(before, t - 1)
            enc.hard([-enc.x[(m, t)]] + ([bound] if bound is not None else []))


def solve_maxsat(instance: FixedInstance, fairness: int) -> MaxSatAnswer:
    """Exact: returns an optimal schedule or proves there is none. No time limit here;
    callers run it in a process they can stop."""
    enc = _encode(instance, fairness)
    with RC2(
        enc.wcnf, solver="g3", adapt=True, exhaust=True, minz=True, trim=5
    ) as rc2:
        model = rc2.compute()
        if model is None:
            return MaxSatAnswer(None, None)
        true = {lit for lit in model if lit > 0}
        slots = [0] * len(instance.meetings)
        for (m, t), v in enc.x.items():
            if v in true:
                slots[m] = t
        return MaxSatAnswer(tuple(slots), int(rc2.cost))
