"""How many tables were in use in each slot."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from clustermeet.engine.reporting.inputs import EventData, MeetingStatus


@dataclass(frozen=True)
class SlotUse:
    """`booked`: tables with a placed (not cancelled) meeting; `held`: with a held one."""

    slot: int
    day: date
    session: str
    booked: int
    held: int
    tables: int

    @property
    def share(self) -> float | None:
        return self.booked / self.tables if self.tables else None


def table_use(data: EventData) -> tuple[SlotUse, ...]:
    """One row per slot, in slot order."""
    booked: dict[int, set[int]] = defaultdict(set)
    held: dict[int, set[int]] = defaultdict(set)
    for m in data.meetings:
        if m.status != MeetingStatus.CANCELLED:
            booked[m.slot].add(m.table)
        if m.status == MeetingStatus.HELD:
            held[m.slot].add(m.table)
    return tuple(
        SlotUse(
            slot=s.index,
            day=s.day,
            session=s.session,
            booked=len(booked[s.index]),
            held=len(held[s.index]),
            tables=len(data.tables),
        )
        for s in sorted(data.slots, key=lambda s: s.index)
    )
