"""`book_meeting`: in events where participants book, either side of an accepted request
picks a slot (and optionally a table) of the published schedule.

Decisions:
- Self-bookings go into the event's published schedule (its latest published version): that
  is what both agendas show at once. Bookings open when the organisers publish a schedule
  (an empty one will do); a later published version is the organisers' to fill.
- The table is one of the right kind (a virtual room when either person is remote, on-site
  otherwise) that is free in that slot; a booth hosted by another organisation is not offered.
- Concurrency: the request's row and then the slot's row are locked (PostgreSQL; SQLite
  serialises writers with BEGIN IMMEDIATE), so bookers of one slot take turns and each sees
  the others' bookings. The database's unique indexes remain the last word: a clash they
  report becomes the same clear sentence.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.enums import BookingMode, TableKind
from clustermeet.events.models import Slot, Table
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.requests_policy import name, slot_label
from clustermeet.meetings.enums import RequestStatus, ScheduleState
from clustermeet.meetings.models import Meeting, Request, Schedule, Seat
from clustermeet.meetings.rules import acted_for, require_side_or_organiser
from clustermeet.profiles.enums import Attendance
from clustermeet.profiles.models import Participant, Unavailability

_KIND_NAMES: dict[str, str] = {
    TableKind.VIRTUAL: "a virtual room",
    TableKind.ONSITE: "an on-site table",
}


def bookable_schedule(event_id: int) -> Schedule | None:
    return (
        Schedule.objects.filter(event_id=event_id, state=ScheduleState.PUBLISHED)
        .order_by("-version")
        .first()
    )


def _busy(schedule: Schedule, slot: Slot, people: list[Participant]) -> str | None:
    """The sentence when one of `people` already has a meeting in `slot`, else None."""
    for person in people:
        seats = Seat.objects.filter(schedule=schedule, slot=slot, participant=person, stands=True)
        if seats.exists():
            return (
                f"{name(person)} already has a meeting at {slot_label(slot)}; choose another slot."
            )
    return None


def _check_people(schedule: Schedule, slot: Slot, people: list[Participant]) -> None:
    for person in people:
        if Unavailability.objects.filter(participant=person, slot=slot).exists():
            raise ValidationError(
                f"{name(person)} is not available at {slot_label(slot)}; choose another slot."
            )
    busy = _busy(schedule, slot, people)
    if busy:
        raise ValidationError(busy)
    for person in people:
        most = person.max_meetings
        if most is not None:
            held = Seat.objects.filter(schedule=schedule, participant=person, stands=True).count()
            if held >= most:
                raise ValidationError(
                    f"{name(person)} already has {held} meeting{'s' if held != 1 else ''}, "
                    "the most they take."
                )


def _table(schedule: Schedule, slot: Slot, people: list[Participant], table: Table | None) -> Table:
    remote = any(p.attendance == Attendance.REMOTE for p in people)
    kind = TableKind.VIRTUAL if remote else TableKind.ONSITE
    taken = Meeting.objects.filter(schedule=schedule, slot=slot, stands=True).values("table_id")
    own = {p.organisation_id for p in people}
    if table is not None:
        if table.event_id != schedule.event_id:
            raise ValidationError(
                "This table belongs to another event; choose one of this event's."
            )
        if table.kind != kind:
            raise ValidationError(
                f"{table.name} is {_KIND_NAMES[table.kind]}; this meeting needs "
                f"{_KIND_NAMES[kind]}."
            )
        if table.host_id is not None and table.host_id not in own:
            raise ValidationError(f"{table.name} is another organisation's booth; choose another.")
        if Meeting.objects.filter(schedule=schedule, slot=slot, table=table, stands=True).exists():
            raise ValidationError(
                f"{table.name} is taken at {slot_label(slot)}; choose another table or slot."
            )
        return table
    free = (
        Table.objects.filter(event_id=schedule.event_id, kind=kind, capacity__gte=len(people))
        .filter(Q(host__isnull=True) | Q(host_id__in=own))
        .exclude(pk__in=taken)
    )
    # A booth of one of the two first: its host's meetings belong there.
    found = sorted(free, key=lambda t: (t.host_id is None, t.name))[:1]
    if not found:
        what = "virtual room" if remote else "table"
        raise ValidationError(f"No {what} is free at {slot_label(slot)}; choose another slot.")
    return found[0]


def book_meeting(
    request: Request, slot: Slot, *, acting_user: User | None, table: Table | None = None
) -> Meeting:
    """Book the accepted `request` into `slot` of the published schedule."""
    require_side_or_organiser(request, acting_user)
    event = request.event
    if event.booking_mode != BookingMode.PARTICIPANTS_BOOK:
        raise ValidationError(
            "At this event the organisers schedule the meetings; you cannot book a slot."
        )
    if slot.event_id != event.pk:
        raise ValidationError("This slot belongs to another event; choose one of this event's.")
    if slot.start <= timezone.now():
        raise ValidationError(f"The slot at {slot_label(slot)} has begun; choose a later one.")
    people = [request.requester, request.requested]
    try:
        with transaction.atomic():
            request = Request.objects.select_for_update(of=("self",), no_key=True).get(
                pk=request.pk
            )
            if request.status != RequestStatus.ACCEPTED:
                raise ValidationError(
                    f"This request is {request.get_status_display().lower()}; "
                    "only an accepted request can be booked."
                )
            schedule = bookable_schedule(event.pk)
            if schedule is None:
                raise ValidationError(
                    "Bookings open when the organisers publish the schedule; try again later."
                )
            # Bookers of one slot take turns from here (the row lock), so each sees the others.
            Slot.objects.select_for_update(no_key=True).filter(pk=slot.pk).first()
            booked = (
                Meeting.objects.filter(schedule=schedule, request=request, stands=True)
                .select_related("slot__event")
                .first()
            )
            if booked is not None:
                raise ValidationError(
                    f"The meeting of {name(people[0])} with {name(people[1])} is already "
                    f"booked at {slot_label(booked.slot)}."
                )
            _check_people(schedule, slot, people)
            chosen = _table(schedule, slot, people, table)
            meeting = place_meeting(schedule, people, slot, chosen, request=request)
            record(
                "book_meeting",
                meeting,
                actor=acting_user,
                event=event,
                before={},
                after={
                    "request": request.pk,
                    "schedule": schedule.pk,
                    "slot": slot.pk,
                    "table": chosen.pk,
                },
                on_behalf_of=acted_for(request, acting_user, request.requester),
            )
    except IntegrityError as error:
        # The unique indexes refused a double booking that slipped past the checks.
        schedule = bookable_schedule(event.pk)
        if schedule is None:
            raise
        sentence = _busy(schedule, slot, people) or (
            f"That table was just taken at {slot_label(slot)}; choose another slot or table."
        )
        raise ValidationError(sentence) from error
    return meeting
