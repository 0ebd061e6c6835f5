"""Late requests on the day: two people want to meet now; the organiser finds a free slot and
table from the current time on and books it into the published schedule.

Decisions:
- `free_places` reads in a fixed number of queries: the slots not yet begun in which neither
  person has a standing meeting nor is away, times each table of the right kind (a virtual
  room when either is remote), free in that slot and not another organisation's booth.
- `book_late_request` makes the request agreed on both people's behalf with the request verbs
  (send, then accept; an accepted one is used as it is; a declined one is refused), then
  places the meeting in the published schedule, where both agendas show it at once, and tells
  both. A draft newer than the published version does not get it (the page says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.enums import TableKind
from clustermeet.events.models import Event, Slot, Table
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.domain.diffs import published_schedule_of
from clustermeet.meetings.domain.notices import notify_after_commit
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.requests import respond_to_request, send_request
from clustermeet.meetings.domain.requests_policy import name, slot_label
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Meeting, Request, Schedule, Seat
from clustermeet.profiles.enums import Attendance
from clustermeet.profiles.models import Participant, Unavailability


@dataclass(frozen=True)
class FreePlace:
    slot: Slot
    table: Table


def _published(event: Event) -> Schedule:
    schedule = published_schedule_of(event)
    if schedule is None:
        raise ValidationError(
            _(
                "Nothing is published yet: run the scheduler and publish first; late "
                "requests are booked into the published schedule."
            )
        )
    return schedule


def _check_pair(event: Event, first: Participant, second: Participant) -> None:
    if first.event_id != event.pk or second.event_id != event.pk:
        raise ValidationError(_("Choose two participants of '%(event)s'.") % {"event": event.name})
    if first.pk == second.pk:
        raise ValidationError(_("Choose two different people: nobody meets themselves."))


def free_places(
    event: Event, first: Participant, second: Participant, *, now: datetime | None = None
) -> list[FreePlace]:
    """Every (slot, table) from `now` on where both are free and the table is too."""
    _check_pair(event, first, second)
    schedule = _published(event)
    now = now or timezone.now()
    people = (first, second)
    busy = set(
        Seat.objects.filter(schedule=schedule, participant__in=people, stands=True).values_list(
            "slot_id", flat=True
        )
    )
    away = set(
        Unavailability.objects.filter(participant__in=people).values_list("slot_id", flat=True)
    )
    slots = [
        s
        for s in Slot.objects.filter(event=event, start__gt=now)
        .select_related("session", "event")
        .order_by("start")
        if s.pk not in busy and s.pk not in away
    ]
    remote = any(p.attendance == Attendance.REMOTE for p in people)
    own = {p.organisation_id for p in people}
    tables = list(
        Table.objects.filter(
            event=event,
            kind=TableKind.VIRTUAL if remote else TableKind.ONSITE,
            capacity__gte=len(people),
        )
        .filter(Q(host__isnull=True) | Q(host_id__in=own))
        .order_by("name")
    )
    taken = set(
        Meeting.objects.filter(schedule=schedule, stands=True, slot__in=slots).values_list(
            "slot_id", "table_id"
        )
    )
    return [
        FreePlace(slot, table)
        for slot in slots
        for table in tables
        if (slot.pk, table.pk) not in taken
    ]


def _agreed(first: Participant, second: Participant, acting_user: User | None) -> Request:
    """The pair's accepted request, made so on both people's behalf where it is not yet."""
    mine = Request.objects.filter(requester=first, requested=second).first()
    theirs = Request.objects.filter(requester=second, requested=first).first()
    for request in (mine, theirs):
        if request is not None and request.status == RequestStatus.ACCEPTED:
            return request
    for request in (mine, theirs):
        if request is not None and request.status == RequestStatus.DECLINED:
            raise ValidationError(
                _("%(who)s declined to meet %(other)s; ask them again before booking.")
                % {"who": name(request.requested), "other": name(request.requester)}
            )
    pending = next(
        (r for r in (mine, theirs) if r is not None and r.status == RequestStatus.PENDING), None
    )
    if pending is None:
        pending = send_request(
            first, second, acting_user=acting_user, message=_("Booked on the day."), notify=False
        )
    if pending.status == RequestStatus.PENDING:  # both are told of the booked meeting instead
        pending = respond_to_request(pending, "accept", acting_user=acting_user, notify=False)
    return pending


def book_late_request(
    first: Participant,
    second: Participant,
    slot: Slot,
    table: Table,
    *,
    acting_user: User | None,
    now: datetime | None = None,
) -> Meeting:
    """Book `first` and `second` into `slot` at `table` of the published schedule, now."""
    event = first.event
    require_organiser(event, acting_user)
    _check_pair(event, first, second)
    if slot.event_id != event.pk or table.event_id != event.pk:
        raise ValidationError(_("Choose a slot and a table of this event."))
    try:
        with transaction.atomic():
            # Bookers of one slot take turns from here, so each sees the others' bookings.
            Slot.objects.select_for_update(no_key=True).filter(pk=slot.pk).first()
            schedule = _published(event)
            request = _agreed(first, second, acting_user)
            booked = Meeting.objects.filter(schedule=schedule, request=request, stands=True)
            found = booked.select_related("slot__event").first()
            if found is not None:
                raise ValidationError(
                    _("%(a)s and %(b)s already meet at %(when)s.")
                    % {"a": name(first), "b": name(second), "when": slot_label(found.slot)}
                )
            places = free_places(event, first, second, now=now)
            if FreePlace(slot, table) not in places:
                raise ValidationError(
                    _(
                        "%(table)s at %(when)s is not free for both of them (taken, begun, "
                        "or one of them is busy or away); choose one of the free places listed."
                    )
                    % {"table": table.name, "when": slot_label(slot)}
                )
            for person in (first, second):
                most = person.max_meetings
                held = Seat.objects.filter(schedule=schedule, participant=person, stands=True)
                if most is not None and held.count() >= most:
                    raise ValidationError(
                        _("%(who)s already has the most meetings they take (%(most)s).")
                        % {"who": name(person), "most": most}
                    )
            meeting = place_meeting(schedule, [first, second], slot, table, request=request)
            record(
                "book_late_request",
                meeting,
                actor=acting_user,
                event=event,
                after={
                    "request": request.pk,
                    "schedule": schedule.pk,
                    "slot": slot.pk,
                    "table": table.pk,
                    "people": [first.pk, second.pk],
                },
                on_behalf_of=first.user,
            )
            notify_after_commit(
                [first, second],
                _("New meeting at %(when)s") % {"when": slot_label(slot)},
                _("%(a)s and %(b)s meet at %(when)s, %(table)s.")
                % {
                    "a": name(first),
                    "b": name(second),
                    "when": slot_label(slot),
                    "table": table.name,
                },
                kind=NoticeKind.CHANGES,
            )
    except IntegrityError as error:
        # The database's unique indexes refused a double booking that slipped past the checks.
        raise ValidationError(
            _("That place was just taken at %(when)s; choose another.") % {"when": slot_label(slot)}
        ) from error
    return meeting
