"""Fairness for the large-event path: lift the worst-served people after the greedy.

A person's share is, as in the objective, the meetings they hold over their requests.
People who hold all they may (every request, or their maximum) cannot gain and are left
out: the most asked people (asked 1,031 times with at most 16 meetings is 0.016 whatever
the schedule) pin the minimum share of a large event, and it is the people behind them
whom a schedule can serve better or worse.

Repeatedly the worst-served person (anyone below their minimum first, then the lowest
share) gets one more meeting from their unheld requests:

- directly: in a common free slot, after moving one blocking meeting to another slot, or
  in a slot a Kempe swap frees (the weight rises);
- or by exchange: a meeting of the partner that blocks the request (any of the partner's
  meetings when the partner is at their maximum, else one in a slot where the person is
  free) makes way. If it can move to another slot, or its other person can hold another
  of their requests instead that makes up the weight, nobody loses. Otherwise it is
  dropped only when it weighs no more than the request (the weight never falls) and its
  other person ends strictly better served than the gainer was (and not below their
  minimum): the minimum share rises or fewer people sit at it. A gainer below their
  minimum only needs the loser to stay at or above theirs.

Every lift makes (total shortfall, sorted shares) strictly better, so the pass ends; a
person who cannot be lifted leaves the queue until they lose a meeting.

Locked meetings never move or drop (their allowed slot mask is the lock's slot). The breaks
hill-climbing runs afterwards.
"""

from __future__ import annotations

import heapq
import time

from clustermeet.engine.scheduling.selection.greedy import SlotState

MAX_EXCHANGES = 24  # exchange attempts per lift


def improve_fairness(state: SlotState, time_budget: float | None = None) -> int:
    """Lift the worst-served people in `state`; returns the number of lifts (one meeting
    more for one person each). Never lowers the weight held; stops after `time_budget`
    seconds if given."""
    deadline = None if time_budget is None else time.perf_counter() + time_budget
    lifter = _Lifter(state)
    heap: list[tuple[int, float, int, int]] = []
    version = [0] * len(state.held_count)

    def push(p: int) -> None:
        version[p] += 1
        if lifter.open(p):
            below, share = lifter.key(p)
            heapq.heappush(heap, (below, share, version[p], p))

    for p in range(len(state.held_count)):
        push(p)
    lifts = 0
    while heap:
        if deadline is not None and time.perf_counter() > deadline:
            break
        _, _, v, p = heapq.heappop(heap)
        if v != version[p]:
            continue
        losers = lifter.lift(p)
        if losers is None:
            continue  # stays where it is unless it loses a meeting later
        lifts += 1
        push(p)
        for o in losers:
            push(o)
    return lifts


class _Lifter:
    def __init__(self, state: SlotState) -> None:
        self.state = state
        inst = state.instance
        self.requests_of = inst.requests_of()
        self.asked = [len(rs) for rs in self.requests_of]
        self.reach = [
            len(rs) if person.max_meetings is None else min(len(rs), person.max_meetings)
            for person, rs in zip(inst.participants, self.requests_of, strict=True)
        ]
        self.minimum = [person.min_meetings for person in inst.participants]
        self.locked = frozenset(lock.request for lock in inst.locks)

    def open(self, p: int) -> bool:
        return self.state.held_count[p] < self.reach[p]

    def key(self, p: int) -> tuple[int, float]:
        held = self.state.held_count[p]
        return (0 if held < self.minimum[p] else 1, held / self.asked[p])

    def _other(self, r: int, p: int) -> int:
        req = self.state.instance.requests[r]
        return req.second if req.first == p else req.first

    def _loss_ok(self, o: int, p: int) -> bool:
        """May o lose a meeting so that p gains one?"""
        held = self.state.held_count
        if held[o] - 1 < self.minimum[o]:
            return False
        if held[p] < self.minimum[p]:
            return True
        # (held_o - 1) / asked_o > held_p / asked_p, exactly.
        return (held[o] - 1) * self.asked[p] > held[p] * self.asked[o]

    def lift(self, p: int) -> list[int] | None:
        """One more meeting for p; returns who lost one (possibly nobody), None if none."""
        state = self.state
        requests = state.instance.requests
        unheld = [r for r in self.requests_of[p] if r not in state.slot_of]
        unheld.sort(key=lambda r: -requests[r].weight)
        for r in unheld:
            if state.cap_ok(r):
                t = state.best_slot(r)
                if t is not None:
                    state.place(r, t)
                    return []
        for r in unheld:
            if state.relocate(r):
                return []
        for r in unheld:
            if state.cap_ok(r):
                state.begin()
                t = state.kempe(r)
                if t is not None and state.fits(r, t):
                    state.place(r, t)
                    state.commit()
                    return []
                state.undo()
                state.commit()
        return self._exchange(p, unheld)

    def _exchange(self, p: int, unheld: list[int]) -> list[int] | None:
        state = self.state
        requests = state.instance.requests
        held = state.held_count
        people = state.instance.participants
        candidates: list[tuple[bool, float, int, int, int, int]] = []
        for r in unheld:
            q = self._other(r, p)
            cap = people[q].max_meetings
            full = cap is not None and held[q] >= cap
            if full:
                blockers = list(state.busy[q].values())
            else:
                blockers = [
                    m
                    for t, m in state.busy[q].items()
                    if (state.allowed[r] >> t) & 1 and t not in state.busy[p]
                ]
            for m in blockers:
                if m in self.locked:
                    continue
                o = self._other(m, q)
                if o == p:
                    continue
                may_drop = requests[m].weight <= requests[r].weight and self._loss_ok(o, p)
                if (
                    full
                    and not may_drop
                    and (self._heaviest_unheld(o) < requests[m].weight - requests[r].weight)
                ):
                    continue  # m cannot come back and o cannot make up its weight
                candidates.append(
                    (not may_drop, -(held[o] - 1) / self.asked[o], requests[m].weight, r, m, o)
                )
        candidates.sort()
        for must_keep_o, _, _, r, m, o in candidates[:MAX_EXCHANGES]:
            state.begin()
            state.remove(m)
            t = state.best_slot(r) if state.cap_ok(r) else None
            if t is not None:
                state.place(r, t)
                moved = state.cap_ok(m) and self._seat_one([m], 0)
                make_up = requests[m].weight - requests[r].weight
                if moved or self._seat_one(self._unheld(o), make_up):
                    state.commit()
                    return []  # m moved, or o holds another request instead: nobody loses
                if not must_keep_o:
                    state.commit()
                    return [o]
            state.undo()
            state.commit()
        return None

    def _unheld(self, o: int) -> list[int]:
        return [r for r in self.requests_of[o] if r not in self.state.slot_of]

    def _heaviest_unheld(self, o: int) -> int:
        requests = self.state.instance.requests
        return max((requests[r].weight for r in self._unheld(o)), default=0)

    def _seat_one(self, options: list[int], min_weight: int) -> bool:
        """Place the heaviest of `options` that weighs at least `min_weight` and fits."""
        state = self.state
        requests = state.instance.requests
        for r in sorted(options, key=lambda r: -requests[r].weight):
            if requests[r].weight < min_weight:
                break
            if state.cap_ok(r):
                t = state.best_slot(r)
                if t is not None:
                    state.place(r, t)
                    return True
        return False
