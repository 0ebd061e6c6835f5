"""The clauses both SAT encodings of fixed mode share: a slot per meeting, each participant
once per slot, the tables, the precedences.

`maxsat.py` adds breaks to count ("at most k breaks?"); `windows.py` adds contiguous
windows ("no breaks at all?"). Clauses come from the same constraint functions as the CP-SAT
model and the validator (`constraints.py`): each `Linear` becomes a cardinality (or, for
precedences, an order-encoded implication).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pysat.card import CardEnc, EncType
from pysat.formula import IDPool

from clustermeet.engine.scheduling.jair.constraints import (
    allowed_slots,
    one_slot_per_meeting,
    participant_once_per_slot,
    precedence_order,
    tables_per_slot,
)
from clustermeet.engine.scheduling.jair.model import FixedInstance
from clustermeet.engine.scheduling.linear import Key, Linear


class Encoder:
    """Hard clauses over `x[(meeting, slot)]` and the auxiliary variables of one encoding."""

    def __init__(self, instance: FixedInstance) -> None:
        self.instance = instance
        self.pool = IDPool()
        self.clauses: list[list[int]] = []
        # "A break of p starts at t", the literals to minimise (`maxsat.py`); none in the
        # window encoding, whose models have no break, so their cost counts 0.
        self.breaks: list[int] = []
        self.x: dict[Key, int] = {}

    def var(self, name: object) -> int:
        return int(self.pool.id(name))

    def hard(self, clause: Sequence[int]) -> None:
        self.clauses.append(list(clause))

    def cardinality(
        self, lits: list[int], upper: int, lower: int | None, wide: Any = EncType.kmtotalizer
    ) -> None:
        """lower <= sum(lits) <= upper as hard clauses; `wide` encodes bounds above 1."""
        if lower is not None and lower > len(lits):
            self.hard([])  # unsatisfiable
            return
        if lower is not None and lower == upper:
            if lits:
                self._encode(CardEnc.equals, lits, upper, wide)
            return
        if upper < len(lits):
            self._encode(CardEnc.atmost, lits, upper, wide)
        if lower is not None and lower > 0:
            self._encode(CardEnc.atleast, lits, lower, wide)

    def _encode(self, encode: Any, lits: list[int], bound: int, wide: Any) -> None:
        # Pairwise for tiny at-most-one, sequential counters for the rest of bound 1.
        if bound == 1 and len(lits) <= 6:
            encoding = EncType.pairwise
        elif bound == 1:
            encoding = EncType.seqcounter
        else:
            encoding = wide
        formula = encode(lits=lits, bound=bound, vpool=self.pool, encoding=encoding)
        for clause in formula.clauses:
            self.hard(clause)

    def add_linear(self, c: Linear) -> None:
        self.cardinality([self.x[k] for k, _ in c.terms], c.upper, c.lower)


def encode_rules(instance: FixedInstance, tables: bool = True) -> Encoder:
    """The meeting-level rules. `tables=False` leaves the table count to the caller, which
    can state it on fewer literals (`windows.py` counts busy participants)."""
    enc = Encoder(instance)
    for m in range(len(instance.meetings)):
        for t in allowed_slots(instance, m):
            enc.x[(m, t)] = enc.var(("x", m, t))
    keys = list(enc.x)
    for c in one_slot_per_meeting(instance, keys):
        enc.hard([enc.x[k] for k, _ in c.terms])  # at least one slot
        enc.add_linear(c)
    for c in participant_once_per_slot(instance, keys):
        enc.add_linear(c)
    if tables:
        for c in tables_per_slot(instance, keys):
            enc.add_linear(c)
    _encode_precedences(enc, precedence_order(instance, keys))
    return enc


def _encode_precedences(enc: Encoder, constraints: list[Linear]) -> None:
    """Order encoding: le(m, t) <=> slot(m) <= t; then x(after, t) -> le(before, t - 1)."""
    instance = enc.instance

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
