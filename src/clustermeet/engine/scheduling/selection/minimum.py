"""The guaranteed minimum: nobody with an accepted request goes home with no meeting when
one can be placed. It ranks above weight.

For the constructive path: each person who asked for meetings (or was asked) and holds
none gets one of their requests in a free common slot, and otherwise by moving one
meeting of the partner that blocks it to another free slot (the partner keeps that
meeting). Neither step drops a meeting. Only when the partner already holds their maximum
of meetings does one of the partner's meetings give way (the lightest one whose other
person keeps a meeting): that may lower the weight, which ranks below the minimum.
"""

from __future__ import annotations

from clustermeet.engine.scheduling.selection.constraints import candidate_slots
from clustermeet.engine.scheduling.selection.greedy import SlotState


def cover_unserved(state: SlotState) -> int:
    """Place one meeting for each unserved person where that is possible; how many."""
    instance = state.instance
    requests_of = instance.requests_of()
    covered = 0
    for p, mine in enumerate(requests_of):
        if not mine or state.held_count[p]:
            continue
        # The lightest-loaded partners first: they have the most room.
        order = sorted(mine, key=lambda r: -instance.requests[r].weight)
        if any(_place_free(state, r) or _place_by_moving(state, r, p) for r in order) or any(
            _place_by_dropping(state, r, p) for r in order
        ):
            covered += 1
    return covered


def _slots(state: SlotState, r: int) -> list[int]:
    slots = candidate_slots(state.instance, r)
    for t in slots:
        state.allowed[r] |= 1 << t
    return slots


def _place_free(state: SlotState, r: int) -> bool:
    if r in state.slot_of or not state.cap_ok(r):
        return False
    for t in _slots(state, r):
        if state.fits(r, t):
            state.place(r, t)
            return True
    return False


def _place_by_moving(state: SlotState, r: int, person: int) -> bool:
    """The partner is busy in a slot where `person` is free: move that meeting elsewhere."""
    if r in state.slot_of or not state.cap_ok(r):
        return False
    req = state.instance.requests[r]
    partner = req.second if req.first == person else req.first
    locked = {lock.request for lock in state.instance.locks}
    for t in _slots(state, r):
        blocker = state.busy[partner].get(t)
        if blocker is None or blocker in locked or t in state.busy[person]:
            continue
        state.begin()
        state.remove(blocker)
        if state.fits(r, t):
            state.place(r, t)
            for u in _slots(state, blocker):
                if u != t and state.fits(blocker, u):
                    state.place(blocker, u)
                    state.commit()
                    return True
        state.undo()
        state.commit()
    return False


def _place_by_dropping(state: SlotState, r: int, person: int) -> bool:
    """The partner is at their maximum: drop one of the partner's meetings whose other
    person keeps at least one (the lightest first, sparing those at their minimum)."""
    instance = state.instance
    req = instance.requests[r]
    partner = req.second if req.first == person else req.first
    cap = instance.participants[partner].max_meetings
    if r in state.slot_of or cap is None or state.held_count[partner] < cap:
        return False  # not blocked by the maximum: the other steps had their chance
    locked = {lock.request for lock in instance.locks}

    def other(m: int) -> int:
        q = instance.requests[m]
        return q.second if q.first == partner else q.first

    candidates = [
        m
        for m in state.busy[partner].values()
        if m not in locked and state.held_count[other(m)] > 1
    ]
    candidates.sort(
        key=lambda m: (
            state.held_count[other(m)] <= instance.participants[other(m)].min_meetings,
            instance.requests[m].weight,
            m,
        )
    )
    for m in candidates:
        state.begin()
        state.remove(m)
        if _place_free(state, r):
            state.commit()
            return True
        state.undo()
        state.commit()
    return False
