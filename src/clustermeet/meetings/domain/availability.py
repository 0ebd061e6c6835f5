"""`set_availability`: the slots in which a participant cannot meet (every other is free)."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Slot
from clustermeet.events.rules import on_behalf_of
from clustermeet.profiles.models import Participant, Unavailability
from clustermeet.profiles.rules import require_may_edit


def set_availability(
    participant: Participant, unavailable_slots: Iterable[Slot], *, acting_user: User | None
) -> list[str]:
    """Replace `participant`'s unavailable slots; return warnings (e.g. nothing left free)."""
    event = participant.event
    require_may_edit(participant, acting_user)
    slots = list({s.pk: s for s in unavailable_slots}.values())
    foreign = [s for s in slots if s.event_id != participant.event_id]
    if foreign:
        raise ValidationError(
            f"{len(foreign)} of the slots belong to another event; choose slots of "
            f"'{event.name}' only."
        )
    with transaction.atomic():
        Participant.objects.select_for_update(no_key=True).filter(pk=participant.pk).first()
        current = Unavailability.objects.filter(participant=participant)
        before = sorted(current.values_list("slot_id", flat=True))
        after = sorted(s.pk for s in slots)
        current.exclude(slot_id__in=after).delete()
        Unavailability.objects.bulk_create(
            [
                Unavailability(event_id=event.pk, participant=participant, slot=s)
                for s in slots
                if s.pk not in set(before)
            ]
        )
        record(
            "set_availability",
            participant,
            actor=acting_user,
            event=event,
            before={"unavailable_slots": before},
            after={"unavailable_slots": after},
            on_behalf_of=on_behalf_of(event, acting_user, participant.user),
        )
    return _warnings(participant, after)


def _warnings(participant: Participant, unavailable: list[int]) -> list[str]:
    total = Slot.objects.filter(event_id=participant.event_id).count()
    warnings = []
    if total and len(unavailable) >= total:
        warnings.append(
            "You are now unavailable in every slot of the event: no meeting can be booked "
            "or scheduled for you."
        )
    from clustermeet.meetings.models import Seat  # meetings sits above profiles

    clashes = Seat.objects.filter(
        participant=participant,
        stands=True,
        slot_id__in=unavailable,
        schedule__state="published",
    ).count()
    if clashes:
        warnings.append(
            f"{clashes} of your published meetings fall in slots you now mark unavailable; "
            "tell the organisers or cancel them."
        )
    return warnings
