"""Kempe-chain annealing for fixed mode: many cheap moves that keep a schedule valid.

A schedule is an edge colouring of the meeting graph with the slots as colours. The
meetings coloured t or u form paths and cycles (a person has at most one meeting in each
slot); swapping t and u along one of them keeps everyone at most once per slot, and only
the two ends of a path change their busy slots (everyone inside keeps both t and u). So a
move costs its chain's length and its effect on breaks is read off two people. A single
meeting moved to a slot where both people are free is the chain of length one.

Simulated annealing on (fairness excess, breaks) with these moves, aimed at people with
breaks and at the slots next to their blocks, then whole-slot exchanges (permuting two
colours) once in a while. Only a candidate comes out: the caller validates it.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable

from clustermeet.engine.scheduling.jair.constraints import allowed_slots, breaks
from clustermeet.engine.scheduling.jair.model import FixedInstance

LONGEST_CHAIN = 400
HEAT = 0.15


class _Colouring:
    def __init__(self, instance: FixedInstance, slots: list[int], fairness: int) -> None:
        self.instance = instance
        self.fairness = fairness
        self.slot = list(slots)
        self.ends = [(m.first, m.second) for m in instance.meetings]
        self.allowed = [frozenset(allowed_slots(instance, m)) for m in range(len(slots))]
        self.meetings_of = instance.meetings_of()
        self.at: list[dict[int, int]] = [{} for _ in range(instance.n_participants)]
        self.load = [0] * instance.n_slots
        for m, t in enumerate(self.slot):
            self.load[t] += 1
            for p in self.ends[m]:
                self.at[p][t] = m
        self.breaks = [breaks(self.at[p]) for p in range(instance.n_participants)]
        self.count = [0] * (instance.n_slots + 1)
        for h in self.breaks:
            self.count[h] += 1
        self.total = sum(self.breaks)
        # Someone with at most one meeting always has 0: fairness is then "at most d each".
        self.floor_zero = any(len(mine) <= 1 for mine in self.meetings_of)

    def excess(self) -> int:
        present = [h for h, n in enumerate(self.count) if n]
        low = 0 if self.floor_zero else present[0]
        return max(0, present[-1] - low - self.fairness)

    def cost(self) -> int:
        return self.total + 1000 * self.excess()

    def chain(self, m: int, u: int) -> list[int] | None:
        """The meetings of m's t/u chain (t = slot of m), or None if it cannot swap."""
        t = self.slot[m]
        chain = [m]
        seen = {m}
        i = 0
        while i < len(chain):
            e = chain[i]
            i += 1
            other = u if self.slot[e] == t else t
            if other not in self.allowed[e]:
                return None
            for p in self.ends[e]:
                f = self.at[p].get(other)
                if f is not None and f not in seen:
                    seen.add(f)
                    chain.append(f)
                    if len(chain) > LONGEST_CHAIN:
                        return None
        on_t = sum(1 for e in chain if self.slot[e] == t)
        on_u = len(chain) - on_t
        tables = self.instance.n_tables
        if self.load[t] - on_t + on_u > tables or self.load[u] - on_u + on_t > tables:
            return None
        return chain

    def delta(self, chain: list[int], t: int, u: int) -> tuple[int, dict[int, int]]:
        """Change of cost, and the new breaks of the chain's ends."""
        hits: dict[int, int] = {}
        for e in chain:
            for p in self.ends[e]:
                hits[p] = hits.get(p, 0) + 1
        new: dict[int, int] = {}
        for p, n in hits.items():
            if n == 1:  # an end: it trades t for u or u for t
                used = set(self.at[p])
                if t in used:
                    used.discard(t)
                    used.add(u)
                else:
                    used.discard(u)
                    used.add(t)
                new[p] = breaks(used)
        before = self.cost()
        self._set_breaks(new)
        after = self.cost()
        self._set_breaks({p: self._breaks_from_at(p) for p in new})
        return after - before, new

    def _breaks_from_at(self, p: int) -> int:
        return breaks(self.at[p])

    def _set_breaks(self, new: dict[int, int]) -> None:
        for p, h in new.items():
            old = self.breaks[p]
            self.count[old] -= 1
            self.count[h] += 1
            self.total += h - old
            self.breaks[p] = h

    def swap(self, chain: list[int], t: int, u: int, new: dict[int, int]) -> None:
        for e in chain:
            for p in self.ends[e]:
                del self.at[p][self.slot[e]]
        for e in chain:
            old = self.slot[e]
            self.slot[e] = u if old == t else t
            self.load[old] -= 1
            self.load[self.slot[e]] += 1
        for e in chain:
            for p in self.ends[e]:
                self.at[p][self.slot[e]] = e
        self._set_breaks(new)


def anneal_fixed(
    instance: FixedInstance,
    fairness: int,
    slots: list[int],
    deadline: float,
    good_enough: Callable[[int], bool] = lambda total: total == 0,
    found: Callable[[list[int], int], None] | None = None,
    seed: int = 0,
    stop: Callable[[], bool] | None = None,
) -> list[int]:
    """The best schedule reached from `slots` (valid but for fairness) by `deadline`, once
    it is fair and `good_enough(breaks)`, or once `stop()` (asked a few hundred times a
    second); `found` hears each better fair one. Precedences are not modelled: an
    instance with any comes back unchanged."""
    if any(instance.precedences) or not slots:
        return list(slots)
    state = _Colouring(instance, slots, fairness)
    rng = random.Random(seed)
    T = instance.n_slots
    best_cost, best = state.cost(), list(state.slot)
    start = time.perf_counter()
    span = max(1e-3, deadline - start)
    heat = 0.6
    moves = 0
    done = state.excess() == 0 and good_enough(state.total)
    while not done:
        moves += 1
        if moves % 256 == 0:
            now = time.perf_counter()
            if now >= deadline or (stop is not None and stop()):
                break
            # Cool from `heat` towards 0.05 over the time left, with a restart of the
            # temperature every eighth of it (plateaus are wide here).
            phase = ((now - start) / span * 8) % 1.0
            heat = HEAT * (1 - phase) + 0.05
        p = _person(state, rng)
        if p is None:
            continue  # drew someone without meetings
        mine = state.at[p]
        m = rng.choice(list(mine.values()))
        t = state.slot[m]
        u = _target(state, p, t, rng, T)
        if u is None or u == t:
            continue
        chain = state.chain(m, u)
        if chain is None:
            continue
        change, new = state.delta(chain, t, u)
        if change <= 0 or rng.random() < math.exp(-change / heat):
            state.swap(chain, t, u, new)
            cost = state.cost()
            if cost < best_cost:
                best_cost, best = cost, list(state.slot)
                if state.excess() == 0:
                    if found is not None:
                        found(list(best), state.total)
                    done = good_enough(state.total)
    return best


def _person(state: _Colouring, rng: random.Random) -> int | None:
    """Someone with breaks (the most, while unfair); now and then anyone busy."""
    if rng.random() < 0.15 or state.total == 0:
        p = rng.randrange(state.instance.n_participants)
        return p if state.at[p] else None
    worst = max(h for h, n in enumerate(state.count) if n)
    want = worst if state.excess() else 1
    for _ in range(30):
        p = rng.randrange(state.instance.n_participants)
        if state.breaks[p] >= want:
            return p
    pool = [p for p, h in enumerate(state.breaks) if h >= want]
    return rng.choice(pool) if pool else None


def _target(state: _Colouring, p: int, t: int, rng: random.Random, n_slots: int) -> int | None:
    """A slot next to one of p's blocks (closing a gap), sometimes any slot."""
    if rng.random() < 0.2:
        return rng.randrange(n_slots)
    used = state.at[p]
    edges = [s for s in range(n_slots) if s not in used and (s - 1 in used or s + 1 in used)]
    return rng.choice(edges) if edges else None
