"""A participant's availability sheet: the event's sessions and slots, each ticked when free."""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.events.models import Session, Slot
from clustermeet.profiles.models import Participant, Unavailability


@dataclass(frozen=True)
class SlotRow:
    slot: Slot
    available: bool


@dataclass(frozen=True)
class SessionRow:
    session: Session
    slots: list[SlotRow]

    @property
    def available(self) -> bool:
        """Ticked while any of its slots is free."""
        return any(s.available for s in self.slots)


@dataclass(frozen=True)
class AvailabilitySheet:
    sessions: list[SessionRow]

    @property
    def free(self) -> int:
        return sum(s.available for row in self.sessions for s in row.slots)

    @property
    def nothing_bookable(self) -> bool:
        """No slot left free: nobody can book or schedule a meeting with this person."""
        return bool(self.sessions) and self.free == 0


def availability_sheet(participant: Participant) -> AvailabilitySheet:
    """Three queries whatever the number of sessions and slots."""
    away = set(
        Unavailability.objects.filter(participant=participant).values_list("slot_id", flat=True)
    )
    slots = Slot.objects.filter(event_id=participant.event_id).order_by("start")
    by_session: dict[int, list[SlotRow]] = {}
    for slot in slots:
        by_session.setdefault(slot.session_id, []).append(SlotRow(slot, slot.pk not in away))
    sessions = Session.objects.filter(event_id=participant.event_id).order_by("date", "start_time")
    return AvailabilitySheet(
        [SessionRow(s, by_session[s.pk]) for s in sessions if s.pk in by_session]
    )
