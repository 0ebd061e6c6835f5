"""A fast constructive scheduler for large events (thousands of people, tens of thousands
of requests), where a full CP-SAT model would not fit the time or memory budget.

Requests are taken heaviest first and, within a weight, those whose people are asked least
(popular people's time is the scarce resource). Each goes to the free common slot that
touches the most existing meetings of the two people (fewer breaks). When the two people
have no common free slot, a Kempe-chain swap frees one: the meetings along the alternating
path of slots (ta, tb) that starts at one of them trade slots, which keeps everyone else's
agenda valid. Availability, seats and table counts are checked on every move. Afterwards
`fill_by_relocation` tries each request still unheld once more, moving one meeting that
blocks it to another slot. `SlotState` can record its moves and undo them (`begin`,
`undo`, `commit`) for the passes that try a move and take it back (`fairness.py`).
"""

from __future__ import annotations

from collections.abc import Iterable

from clustermeet.engine.scheduling.selection.constraints import breaks_by_day, candidate_slots
from clustermeet.engine.scheduling.selection.model import EventInstance

MAX_CHAIN = 40


class SlotState:
    """Who is busy when, and what each slot still holds; the same capacities as the model's
    `participant_once_per_slot`, `organisation_seats` and `tables_per_slot`."""

    def __init__(self, instance: EventInstance) -> None:
        self.instance = instance
        n = instance.n_slots
        self.busy: list[dict[int, int]] = [{} for _ in instance.participants]  # slot -> request
        self.org_used: list[list[int]] = [[0] * n for _ in instance.seats]
        onsite = sum(1 for t in instance.tables if not t.virtual)
        self.table_free = {False: [onsite] * n, True: [len(instance.tables) - onsite] * n}
        self.slot_of: dict[int, int] = {}
        self.allowed: list[int] = [0] * len(instance.requests)  # bitmask of candidate slots
        self.held_count = [0] * len(instance.participants)
        # While not None, every place/remove is recorded so that `undo` can roll it back.
        self.journal: list[tuple[bool, int, int]] | None = None

    def fits(self, r: int, t: int) -> bool:
        inst = self.instance
        req = inst.requests[r]
        if not (self.allowed[r] >> t) & 1:
            return False
        if t in self.busy[req.first] or t in self.busy[req.second]:
            return False
        if self.table_free[inst.needs_virtual(r)][t] <= 0:
            return False
        return self._seats_ok(r, t, 1)

    def _seats_ok(self, r: int, t: int, sign: int) -> bool:
        inst = self.instance
        req = inst.requests[r]
        o1 = inst.participants[req.first].organisation
        o2 = inst.participants[req.second].organisation
        if o1 == o2:
            return self.org_used[o1][t] + 2 * sign <= inst.seats[o1]
        return (
            self.org_used[o1][t] + sign <= inst.seats[o1]
            and self.org_used[o2][t] + sign <= inst.seats[o2]
        )

    def cap_ok(self, r: int) -> bool:
        req = self.instance.requests[r]
        for p in (req.first, req.second):
            cap = self.instance.participants[p].max_meetings
            if cap is not None and self.held_count[p] >= cap:
                return False
        return True

    def begin(self) -> None:
        """Start recording moves; `undo(mark)` returns to any `len(self.journal)` seen."""
        self.journal = []

    def commit(self) -> None:
        self.journal = None

    def undo(self, mark: int = 0) -> None:
        journal = self.journal
        assert journal is not None, "undo without begin"
        self.journal = None
        while len(journal) > mark:
            placed, r, t = journal.pop()
            if placed:
                self.remove(r)
            else:
                self.place(r, t)
        self.journal = journal

    def place(self, r: int, t: int) -> None:
        if self.journal is not None:
            self.journal.append((True, r, t))
        inst = self.instance
        req = inst.requests[r]
        for p in (req.first, req.second):
            self.busy[p][t] = r
            self.held_count[p] += 1
            self.org_used[inst.participants[p].organisation][t] += 1
        self.table_free[inst.needs_virtual(r)][t] -= 1
        self.slot_of[r] = t

    def remove(self, r: int) -> None:
        inst = self.instance
        req = inst.requests[r]
        t = self.slot_of.pop(r)
        if self.journal is not None:
            self.journal.append((False, r, t))
        for p in (req.first, req.second):
            del self.busy[p][t]
            self.held_count[p] -= 1
            self.org_used[inst.participants[p].organisation][t] -= 1
        self.table_free[inst.needs_virtual(r)][t] += 1

    def touching(self, r: int, t: int) -> int:
        """How many of the two people's meetings sit next to slot t on the same day."""
        days = self.instance.slot_days
        req = self.instance.requests[r]
        score = 0
        for p in (req.first, req.second):
            for u in (t - 1, t + 1):
                if 0 <= u < len(days) and days[u] == days[t] and u in self.busy[p]:
                    score += 1
        return score

    def best_slot(self, r: int) -> int | None:
        best: tuple[int, int] | None = None
        mask = self.allowed[r]
        t = 0
        while mask:
            if mask & 1 and self.fits(r, t):
                score = (self.touching(r, t), -t)
                if best is None or score > (best[0], -best[1]):
                    best = (score[0], t)
            mask >>= 1
            t += 1
        return None if best is None else best[1]

    def kempe(self, r: int) -> int | None:
        """Free a common slot for request r by swapping two slots along a chain."""
        inst = self.instance
        req = inst.requests[r]
        a, b = req.first, req.second
        free_a = [
            t for t in range(inst.n_slots) if (self.allowed[r] >> t) & 1 and t not in self.busy[a]
        ]
        free_b = [
            t for t in range(inst.n_slots) if (self.allowed[r] >> t) & 1 and t not in self.busy[b]
        ]
        tries = 0
        for ta in free_a:
            for tb in free_b:
                if ta == tb:
                    continue
                tries += 1
                if tries > 12:
                    return None
                # b is busy in ta; walk b's meeting in ta to its partner's meeting in tb...
                if self._swap_chain(b, ta, tb, avoid=a) and self.fits(r, ta):
                    return ta
        return None

    def relocate(self, r: int) -> bool:
        """Place request r in a slot where one of its people is busy, moving that meeting
        to another free slot of its own; True if done. (A locked meeting's only allowed
        slot is its own, so it never moves.)"""
        if not self.cap_ok(r):
            return False
        req = self.instance.requests[r]
        a, b = req.first, req.second
        mask = self.allowed[r]
        t = 0
        while mask:
            if mask & 1 and (t in self.busy[a]) != (t in self.busy[b]):
                m = self.busy[a][t] if t in self.busy[a] else self.busy[b][t]
                self.remove(m)
                if self.fits(r, t):
                    self.place(r, t)
                    back = self.best_slot(m)
                    if back is not None:
                        self.place(m, back)
                        return True
                    self.remove(r)
                self.place(m, t)
            mask >>= 1
            t += 1
        return False

    def _swap_chain(self, start: int, ta: int, tb: int, avoid: int) -> bool:
        chain: list[int] = []
        person, slot, other = start, ta, tb
        seen: set[int] = set()
        while slot in self.busy[person]:
            m = self.busy[person][slot]
            if m in seen or len(chain) >= MAX_CHAIN:
                return False
            seen.add(m)
            chain.append(m)
            req = self.instance.requests[m]
            if avoid in (req.first, req.second):
                return False
            if not (self.allowed[m] >> other) & 1:
                return False
            person = req.second if req.first == person else req.first
            slot, other = other, slot
        if not chain:
            return False
        moves = [(m, self.slot_of[m]) for m in chain]
        for m, _ in moves:
            self.remove(m)
        ok = True
        placed: list[int] = []
        for m, old in moves:
            new = tb if old == ta else ta
            if self.fits(m, new):
                self.place(m, new)
                placed.append(m)
            else:
                ok = False
                break
        if not ok:
            for m in placed:
                self.remove(m)
            for m, old in moves:
                self.place(m, old)
        return ok


def greedy_order(instance: EventInstance, requests: Iterable[int]) -> list[int]:
    asked = [len(rs) for rs in instance.requests_of()]
    return sorted(
        requests,
        key=lambda r: (
            -instance.requests[r].weight,
            asked[instance.requests[r].first] + asked[instance.requests[r].second],
            r,
        ),
    )


def greedy_schedule(
    instance: EventInstance, state: SlotState | None = None, requests: Iterable[int] | None = None
) -> SlotState:
    """Place `requests` (default: all) into `state` (default: empty, locks placed first)."""
    if state is None:
        state = SlotState(instance)
        for r in range(len(instance.requests)):
            mask = 0
            for t in candidate_slots(instance, r):
                mask |= 1 << t
            state.allowed[r] = mask
        for lock in instance.locks:
            if state.fits(lock.request, lock.slot):
                state.place(lock.request, lock.slot)
    todo = range(len(instance.requests)) if requests is None else requests
    for r in greedy_order(instance, todo):
        if r in state.slot_of or not state.cap_ok(r):
            continue
        slot = state.best_slot(r)
        if slot is None:
            slot = state.kempe(r)
        if slot is not None and state.fits(r, slot):
            state.place(r, slot)
    return state


def fill_by_relocation(state: SlotState) -> int:
    """Heaviest first, place unheld requests by moving one meeting that blocks them to
    another slot (`SlotState.relocate`). Only adds meetings; returns how many."""
    instance = state.instance
    todo = [r for r in range(len(instance.requests)) if r not in state.slot_of]
    added = 0
    for r in greedy_order(instance, todo):
        if state.relocate(r):
            added += 1
    return added


def improve_breaks(state: SlotState, passes: int = 3, locked: frozenset[int] = frozenset()) -> int:
    """Hill-climb: move single meetings to another free common slot when that lowers the
    two people's breaks. Returns the number of moves made."""
    instance = state.instance
    days = instance.slot_days
    moves = 0

    def person_breaks(p: int, extra: int | None, without: int | None) -> int:
        used = set(state.busy[p])
        if without is not None:
            used.discard(without)
        if extra is not None:
            used.add(extra)
        return breaks_by_day(days, used)

    for _ in range(passes):
        changed = 0
        for r in list(state.slot_of):
            if r in locked:
                continue
            req = instance.requests[r]
            old = state.slot_of[r]
            now = person_breaks(req.first, None, None) + person_breaks(req.second, None, None)
            if now == 0:
                continue
            state.remove(r)
            best_slot, best_value = old, now
            mask = state.allowed[r]
            t = 0
            while mask:
                if mask & 1 and t != old and state.fits(r, t):
                    value = person_breaks(req.first, t, None) + person_breaks(req.second, t, None)
                    if value < best_value:
                        best_slot, best_value = t, value
                mask >>= 1
                t += 1
            state.place(r, best_slot)
            if best_slot != old:
                changed += 1
        moves += changed
        if not changed:
            break
    return moves
