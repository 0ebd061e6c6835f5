"""What self-booking platforms do: first come, first served.

Each request, in the order it arrived, is booked into the first slot (in time order) that
both people have free, if a table is free then; nothing is ever moved. Used by the
benchmark as the point of comparison.
"""

from __future__ import annotations

from clustermeet.engine.scheduling.selection.constraints import candidate_slots
from clustermeet.engine.scheduling.selection.greedy import SlotState
from clustermeet.engine.scheduling.selection.model import EventInstance, Placement
from clustermeet.engine.scheduling.selection.tables import assign_event_tables


def first_come_first_served(instance: EventInstance) -> list[Placement]:
    state = SlotState(instance)
    for r in range(len(instance.requests)):
        if not state.cap_ok(r):
            continue
        for t in candidate_slots(instance, r):
            state.allowed[r] |= 1 << t
            if state.fits(r, t):
                state.place(r, t)
                break
    return assign_event_tables(instance, list(state.slot_of.items()))
