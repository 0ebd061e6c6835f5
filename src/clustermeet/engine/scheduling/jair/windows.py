""" "No breaks at all?" encoded as windows: the SAT question at k = 0, stated directly.

With no break, a participant with d meetings is busy in exactly d consecutive slots: a
window `[start, start + d)`. So instead of counting breaks (`maxsat.py`), each participant
gets a start (order-encoded: `ge(p, s)` means start >= s) and is busy exactly inside the
window; a busy participant has exactly one of its meetings in that slot, an idle one none.
Kissat finds or refutes this far sooner than "at most 0 breaks" in the counting encoding
(planted 200-person instance: 14-18 s against no answer in 230 s; 80 people: 1.4 s
against 8 s), because the window makes every choice of a start propagate along the day.

The table rule is stated on the participants, not the meetings: at most 2·tables are
busy in a slot (each busy one holds exactly one meeting), on fewer literals; and that
number is even (every meeting makes two people busy). Stating the tables on the meetings
as well refutes faster (a Girona "no" in 3 s against 21 s) but finds slower (planted 300:
65-170 s against 19-30 s); this encoding is for finding, so it is left out.

Implied clauses make the two windows of a meeting overlap (each starts no later than the
other's last slot): redundant, a few thousand clauses, but they tie the starts of partners
together before any slot is chosen. Planted 450 people: 119 s against no answer in 400 s;
300 people: 29-108 s against 74-128 s over three clause orders (single Kissat, quiet machine).

Used where the counting encoding is not the fairness rule (`large.py`, uncapped events);
on the Girona files the counting encoding answers k = 0 sooner (ticf-13crafc "no" in
1-3 s against 21-23 s here), so `solve_maxsat` keeps it.
"""

from __future__ import annotations

from collections import defaultdict

from pysat.card import EncType

from clustermeet.engine.scheduling.jair.cnf import Encoder, encode_rules
from clustermeet.engine.scheduling.jair.model import FixedInstance


def encode_zero_breaks(instance: FixedInstance) -> Encoder:
    """Clauses whose models are exactly the schedules with no break for anyone."""
    enc = encode_rules(instance, tables=False)  # the busy count below states the tables
    T = instance.n_slots
    busy_in_slot: dict[int, list[int]] = defaultdict(list)
    meetings_of = instance.meetings_of()
    for p, mine in enumerate(meetings_of):
        d = len(mine)
        if not d:
            continue
        if d > T:
            enc.hard([])  # more meetings than slots: no schedule at all
            return enc
        _window(enc, p, d, T)
        for t in range(T):
            busy = enc.var(("busy", p, t))
            lits = [enc.x[(m, t)] for m in mine if (m, t) in enc.x]
            enc.hard([-busy, *lits])  # busy: one of its meetings here (at most one: rules)
            for lit in lits:
                enc.hard([-lit, busy])
            busy_in_slot[t].append(busy)
    for t, lits in busy_in_slot.items():
        # A sorting network: on the planted 300-person instance 25 s against 75 s with the
        # sequential counter.
        enc.cardinality(lits, 2 * instance.n_tables, None, wide=EncType.cardnetwrk)
        _even(enc, t, lits)
    counts = [len(mine) for mine in meetings_of]
    for meeting in instance.meetings:
        _overlap(enc, meeting.first, meeting.second, counts, T)
        _overlap(enc, meeting.second, meeting.first, counts, T)
    return enc


def _ge(enc: Encoder, p: int, d: int, T: int, s: int) -> int | bool:
    """The literal of "p's window starts at s or later", or its constant value."""
    if s <= 0:
        return True
    if s > T - d:
        return False
    return enc.var(("ge", p, s))


def _overlap(enc: Encoder, p: int, q: int, counts: list[int], T: int) -> None:
    """q starts no later than p's last slot: start(q) >= s implies start(p) >= s - d_p + 1."""
    for s in range(1, T - counts[q] + 1):
        # s - d_p + 1 <= T - d_p always (s < T), so the right side is never false.
        later = _ge(enc, p, counts[p], T, s - counts[p] + 1)
        if later is not True:
            enc.hard([-enc.var(("ge", q, s)), later])


def _window(enc: Encoder, p: int, d: int, T: int) -> None:
    """busy(p, t) <=> start <= t < start + d, with start in 0..T-d order-encoded."""

    def ge(s: int) -> int | bool:
        return _ge(enc, p, d, T, s)

    for s in range(1, T - d):
        enc.hard([-enc.var(("ge", p, s + 1)), enc.var(("ge", p, s))])
    for t in range(T):
        busy = enc.var(("busy", p, t))
        started, ended = ge(t - d + 1), ge(t + 1)  # busy <=> started and not ended
        if started is False or ended is True:
            enc.hard([-busy])
            continue
        back = [busy]
        if started is not True:
            enc.hard([-busy, started])
            back.append(-started)
        if ended is not False:
            enc.hard([-busy, -ended])
            back.append(ended)
        enc.hard(back)


def _even(enc: Encoder, t: int, lits: list[int]) -> None:
    """An even number of `lits` (the participants busy in slot t) true: a chain of xors."""
    if not lits:
        return
    acc = lits[0]
    for i, lit in enumerate(lits[1:]):
        odd = enc.var(("odd", t, i))
        enc.hard([-odd, acc, lit])
        enc.hard([-odd, -acc, -lit])
        enc.hard([odd, -acc, lit])
        enc.hard([odd, acc, -lit])
        acc = odd
    enc.hard([-acc])
