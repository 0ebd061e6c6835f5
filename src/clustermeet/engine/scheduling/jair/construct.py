"""A schedule for a fixed-meetings instance within seconds, before any exact search.

The exact searches may take minutes to find their first schedule on event-sized instances
(hundreds of people, thousands of meetings); an organiser should never get nothing when a
schedule exists. So first a greedy colouring of the meeting graph with the slots as
colours: meetings of the busiest people first, each into the allowed slot where both
people are free, a table is left and the fewest new breaks arise (next to their existing
meetings, preferably); then a local search moves single meetings to other slots while that
lowers (fairness excess, breaks). What comes out is only a candidate: the caller validates
it like any other schedule.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict

from clustermeet.engine.scheduling.jair.constraints import allowed_slots
from clustermeet.engine.scheduling.jair.model import FixedInstance


def _breaks_of(used: set[int]) -> int:
    ordered = sorted(used)
    return sum(1 for a, b in zip(ordered, ordered[1:], strict=False) if b > a + 1)


class _State:
    def __init__(self, instance: FixedInstance) -> None:
        self.instance = instance
        self.allowed = [allowed_slots(instance, m) for m in range(len(instance.meetings))]
        self.slot: list[int | None] = [None] * len(instance.meetings)
        self.used: list[set[int]] = [set() for _ in range(instance.n_participants)]
        self.load = [0] * instance.n_slots
        self.breaks = [0] * instance.n_participants
        # Kept up to date for a constant-time score: total breaks, and how many people with
        # meetings have each number of breaks (for the fairness range).
        self.total = 0
        self.count = [0] * (instance.n_slots + 1)
        self.idle_people = instance.n_participants
        # after[m]: meetings that must come later than m (precedences are "before" sets).
        self.after: dict[int, set[int]] = defaultdict(set)
        for m, befores in enumerate(instance.precedences):
            for b in befores:
                self.after[b].add(m)

    def people(self, m: int) -> tuple[int, int]:
        meeting = self.instance.meetings[m]
        return meeting.first, meeting.second

    def fits(self, m: int, t: int) -> bool:
        a, b = self.people(m)
        if t in self.used[a] or t in self.used[b] or self.load[t] >= self.instance.n_tables:
            return False
        for before in self.instance.precedences[m]:
            s = self.slot[before]
            if s is not None and s >= t:
                return False
        return all(self.slot[later] is None or self.slot[later] > t for later in self.after[m])  # type: ignore[operator]

    def added_breaks(self, m: int, t: int) -> int:
        return sum(_breaks_of(self.used[p] | {t}) - self.breaks[p] for p in self.people(m))

    def _forget(self, p: int) -> None:
        if self.used[p]:
            self.count[self.breaks[p]] -= 1
            self.total -= self.breaks[p]
        else:
            self.idle_people -= 1

    def _count(self, p: int) -> None:
        self.breaks[p] = _breaks_of(self.used[p])
        if self.used[p]:
            self.count[self.breaks[p]] += 1
            self.total += self.breaks[p]
        else:
            self.idle_people += 1

    def place(self, m: int, t: int) -> None:
        self.slot[m] = t
        self.load[t] += 1
        for p in self.people(m):
            self._forget(p)
            self.used[p].add(t)
            self._count(p)

    def remove(self, m: int) -> int:
        t = self.slot[m]
        assert t is not None
        self.slot[m] = None
        self.load[t] -= 1
        for p in self.people(m):
            self._forget(p)
            self.used[p].discard(t)
            self._count(p)
        return t


def _excess(state: _State, fairness: int) -> int:
    """How far the range of breaks exceeds the fairness bound (people without meetings
    have 0 breaks)."""
    present = [h for h, n in enumerate(state.count) if n]
    if not present:
        return 0
    low = 0 if state.idle_people else present[0]
    return max(0, present[-1] - low - fairness)


def construct_fixed(
    instance: FixedInstance, fairness: int, budget: float = 5.0, seed: int = 0
) -> list[int] | None:
    """A slot per meeting that respects the hard rules, or None when the greedy got stuck.
    Fairness is only aimed at: the caller's validator decides."""
    deadline = time.perf_counter() + budget
    state = _State(instance)
    degree = [len(ms) for ms in instance.meetings_of()]
    order = sorted(
        range(len(instance.meetings)),
        key=lambda m: (len(state.allowed[m]), -max(degree[p] for p in state.people(m))),
    )
    # Precedences: place a meeting only after those it must follow (a stable topological
    # pass over the order above).
    if any(instance.precedences):
        order = _respecting_precedences(instance, order)
    for m in order:
        options = [t for t in state.allowed[m] if state.fits(m, t)]
        if not options:
            return None
        state.place(m, min(options, key=lambda t: (state.added_breaks(m, t), t)))
    _improve(state, fairness, deadline, random.Random(seed))
    return [t if t is not None else 0 for t in state.slot]


def _respecting_precedences(instance: FixedInstance, order: list[int]) -> list[int]:
    done: set[int] = set()
    result: list[int] = []
    pending = list(order)
    while pending:
        ready = [m for m in pending if instance.precedences[m] <= done]
        if not ready:
            return result + pending  # a cycle: the greedy will fail where it must
        for m in ready:
            done.add(m)
            result.append(m)
        pending = [m for m in pending if m not in done]
    return result


def _improve(state: _State, fairness: int, deadline: float, rng: random.Random) -> None:
    """Local search on (fairness excess, total breaks): take a meeting of a person with the
    most breaks and move it to another slot, or swap it with the partner's meeting there
    (the partner is then free in the old slot); keep the move when the score does not get
    worse (sideways moves let the search cross plateaus), until time is up."""
    meetings_of = state.instance.meetings_of()
    at: dict[tuple[int, int], int] = {}
    for m, t in enumerate(state.slot):
        if t is not None:
            for p in state.people(m):
                at[(p, t)] = m

    def move(m: int, t: int) -> None:
        old = state.remove(m)
        for p in state.people(m):
            del at[(p, old)]
        state.place(m, t)
        for p in state.people(m):
            at[(p, t)] = m

    def score() -> tuple[int, int]:
        return _excess(state, fairness), state.total

    current = score()
    # Stop when many tries in a row found nothing better (small instances end in ms).
    stale, patience = 0, 40 * len(state.slot) + 100
    while time.perf_counter() < deadline and current != (0, 0):
        stale += 1
        if current[0] == 0 and stale > patience:
            break  # fair, and nothing better for a long while: good enough
        worst = max(h for h, n in enumerate(state.count) if n)
        if current[0] > 0:  # unfair: work on the people with the most breaks
            p = rng.choice([q for q, h in enumerate(state.breaks) if h == worst])
        else:  # fair: anyone with a break, to lower the total
            p = rng.choice([q for q, h in enumerate(state.breaks) if h > 0])
        m = rng.choice(meetings_of[p])
        old = state.slot[m]
        assert old is not None
        partner = next(q for q in state.people(m) if q != p)
        t = rng.choice(state.allowed[m])
        if t == old or (p, t) in at:
            continue
        other = at.get((partner, t))
        if other is None:
            state.remove(m)
            ok = state.fits(m, t)
            state.place(m, old)
            if not ok:
                continue
            move(m, t)
            new = score()
            if new > current:
                move(m, old)
            else:
                stale = 0 if new < current else stale
                current = new
            continue
        # Swap with the partner's meeting in slot t, which moves to the old slot.
        if old not in state.allowed[other]:
            continue
        move_back = state.slot[other]
        state.remove(other)
        state.remove(m)
        ok = state.fits(m, t)
        if ok:
            state.place(m, t)
            ok = state.fits(other, old)
            state.remove(m)
        state.place(m, old)
        state.place(other, move_back)  # type: ignore[arg-type]
        if not ok:
            continue
        _swap(state, at, m, other)
        new = score()
        if new > current:
            _swap(state, at, m, other)
        else:
            stale = 0 if new < current else stale
            current = new


def _swap(state: _State, at: dict[tuple[int, int], int], m: int, other: int) -> None:
    a, b = state.slot[m], state.slot[other]
    assert a is not None and b is not None
    for x in (m, other):
        t = state.remove(x)
        for p in state.people(x):
            del at[(p, t)]
    for x, t in ((m, b), (other, a)):
        state.place(x, t)
        for p in state.people(x):
            at[(p, t)] = x
