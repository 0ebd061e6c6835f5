"""One event's rows, read in a constant number of queries, as the report engine's input.

What the database says and what the engine counts:

- every Participant row is *registered* (the database keeps no invitations or withdrawals);
- a profile is *complete* when the organisation has a description and the person has at least
  one item (an offer or a request), the two things matchmaking reads;
- *named*: the participant's `named_in_report` consent;
- the meetings, seats and outcomes are the **published** schedule's (none published: none);
- slots are numbered in the event's slot order, their day read on the venue's clock;
- the baseline is the scheduler's first-come-first-served booking of the same requests, only
  when there is a published schedule to compare it with.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.db.models import Exists, OuterRef
from django.utils import timezone

from clustermeet.engine import reporting as engine
from clustermeet.engine.scheduling.selection import first_come_first_served, summarise
from clustermeet.events.models import Event, Slot, Table
from clustermeet.meetings.domain.scheduling import build_event_input
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Meeting, Outcome, Request, Schedule, Seat
from clustermeet.profiles.models import Item, Participant


def event_data(
    event: Event, *, as_of: date | None = None, baseline: bool = True
) -> engine.EventData:
    """The engine's input for `event`, its figures holding as of `as_of` (default: today at
    the venue). `baseline=False` skips the first-come-first-served comparison."""
    as_of = as_of or timezone.now().astimezone(event.tz).date()
    schedule = published_schedule(event)
    meetings = _meetings(schedule) if schedule is not None else ()
    slots = list(
        Slot.objects.filter(event=event).select_related("session").order_by("index", "start")
    )
    position = {s.pk: i for i, s in enumerate(slots)}
    return engine.EventData(
        info=engine.EventInfo(
            name=event.name,
            start=event.start_date,
            end=event.end_date,
            as_of=as_of,
            city=event.city,
            city_names=tuple(sorted(event.city_names.items())),
        ),
        participants=_participants(event),
        requests=tuple(
            engine.Request(
                requester=r.requester_id,
                requested=r.requested_id,
                status=engine.RequestStatus(r.status),
                created=r.created_at,
                responded=r.responded_at,
            )
            for r in Request.objects.filter(event=event).order_by("created_at", "pk")
        ),
        slots=tuple(
            engine.Slot(index=i, day=s.start.astimezone(event.tz).date(), session=s.session.name)
            for i, s in enumerate(slots)
        ),
        tables=tuple(
            engine.Table(id=t.pk, name=t.name, kind=engine.TableKind(t.kind))
            for t in Table.objects.filter(event=event).order_by("kind", "name")
        ),
        meetings=tuple(
            engine.Meeting(
                id=m.pk,
                participants=people,
                slot=position[m.slot_id],
                table=m.table_id,
                status=engine.MeetingStatus(m.status),
            )
            for m, people in meetings
        ),
        outcomes=_outcomes(schedule) if schedule is not None else (),
        baseline=_baseline(event) if baseline and schedule is not None else None,
    )


def published_schedule(event: Event) -> Schedule | None:
    return (
        Schedule.objects.filter(event=event, state=ScheduleState.PUBLISHED)
        .order_by("-version")
        .first()
    )


def _participants(event: Event) -> tuple[engine.Participant, ...]:
    people = (
        Participant.objects.filter(event=event)
        .select_related("organisation", "delegation")
        .annotate(has_item=Exists(Item.objects.filter(participant=OuterRef("pk"))))
        .order_by("pk")
    )
    return tuple(
        engine.Participant(
            id=p.pk,
            organisation=p.organisation_id,
            country=p.organisation.country,
            organisation_type=engine.OrganisationType(p.organisation.kind),
            organisation_name=p.organisation.name,
            delegation=p.delegation.name if p.delegation is not None else None,
            ecosystems=tuple(p.organisation.ecosystems),
            profile_complete=bool(p.organisation.description.strip()) and p.has_item,
            registered=True,
            named=p.named_in_report,
        )
        for p in people
    )


def _meetings(schedule: Schedule) -> list[tuple[Meeting, tuple[int, ...]]]:
    seated: dict[int, list[int]] = defaultdict(list)
    for meeting_id, participant_id in (
        Seat.objects.filter(meeting__schedule=schedule)
        .order_by("participant_id")
        .values_list("meeting_id", "participant_id")
    ):
        seated[meeting_id].append(participant_id)
    meetings = Meeting.objects.filter(schedule=schedule).order_by("pk")
    return [(m, tuple(seated[m.pk])) for m in meetings]


def _outcomes(schedule: Schedule) -> tuple[engine.Outcome, ...]:
    rows = (
        Outcome.objects.filter(meeting__schedule=schedule)
        .order_by("meeting_id", "participant_id")
        .values_list("meeting_id", "participant_id", "kind")
    )
    return tuple(
        engine.Outcome(meeting=m, participant=p, kind=engine.OutcomeKind(kind))
        for m, p, kind in rows
    )


def _baseline(event: Event) -> engine.Baseline | None:
    """First come, first served on the requests the scheduler reads; None without requests."""
    instance = build_event_input(event).instance
    if not instance.requests:
        return None
    placements = first_come_first_served(instance)
    return engine.Baseline(
        meetings=len(placements), breaks=int(summarise(instance, placements)["breaks"])
    )
