"""Request, Schedule, Meeting and Outcome (see the glossary in DESIGN.md).

The database itself refuses a participant twice in one slot and a table twice in one slot
of a schedule: `Seat` holds one row per participant and meeting, unique per slot among the
meetings that still stand. A seat's copy of its meeting's event, schedule, slot and
standing is a composite foreign key with ON UPDATE CASCADE (migration 0002), so it follows
the meeting whatever writes to it: the admin, a bulk `update()`, an import.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from clustermeet.events.models import Event, EventData, Slot, Table, unique_in_event
from clustermeet.events.scoping import EventScopedManager
from clustermeet.meetings.enums import (
    MeetingStatus,
    OutcomeKind,
    Priority,
    RequestStatus,
    ScheduleState,
)
from clustermeet.profiles.models import Participant


class Request(EventData):
    """'I want to meet you': one direction; two opposite requests make a mutual wish."""

    event_from = "requester"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="requests")
    requester = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="sent_requests"
    )
    requested = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="received_requests"
    )
    message = models.TextField(blank=True)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    status = models.CharField(
        max_length=16, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )
    created_at = models.DateTimeField()
    responded_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    # "Propose another time": the requested side's suggestion, for the requester to take up.
    proposed_slot = models.ForeignKey(
        Slot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = EventScopedManager()

    class Meta:
        ordering = ["created_at"]
        constraints = [
            unique_in_event("request"),
            models.CheckConstraint(
                condition=~models.Q(requester=models.F("requested")), name="request_not_self"
            ),
            models.UniqueConstraint(fields=["requester", "requested"], name="request_once"),
        ]

    def __str__(self) -> str:
        return f"{self.requester} → {self.requested} ({self.status})"


class Schedule(EventData):
    """All meetings of an event at one version; published versions are kept."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="schedules")
    version = models.PositiveIntegerField()
    state = models.CharField(
        max_length=16, choices=ScheduleState.choices, default=ScheduleState.DRAFT
    )
    created_at = models.DateTimeField()
    published_at = models.DateTimeField(null=True, blank=True)
    solver_status = models.CharField(max_length=16, blank=True)
    statistics = models.JSONField(default=dict, blank=True)

    objects = EventScopedManager()

    class Meta:
        ordering = ["event", "-version"]
        constraints = [
            unique_in_event("schedule"),
            models.UniqueConstraint(fields=["event", "version"], name="schedule_unique_version"),
        ]

    def __str__(self) -> str:
        return f"{self.event} v{self.version} ({self.state})"


def _stands() -> models.Q:
    return ~models.Q(status=MeetingStatus.CANCELLED)


class Meeting(EventData):
    event_from = "schedule"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="meetings")
    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="meetings")
    request = models.ForeignKey(
        Request,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
        help_text="Empty when the organiser placed the meeting without a request",
    )
    slot = models.ForeignKey(Slot, on_delete=models.RESTRICT, related_name="meetings")
    table = models.ForeignKey(Table, on_delete=models.RESTRICT, related_name="meetings")
    status = models.CharField(
        max_length=16, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    # True unless cancelled (a check says so); the seats copy it to know whether they block.
    stands = models.BooleanField(default=True, editable=False)
    locked = models.BooleanField(default=False, help_text="The scheduler keeps it where it is")
    participants = models.ManyToManyField(Participant, through="Seat", related_name="meetings")

    objects = EventScopedManager()

    class Meta:
        ordering = ["slot__start", "table__name"]
        constraints = [
            unique_in_event("meeting"),
            models.UniqueConstraint(
                fields=["id", "event", "schedule", "slot", "stands"], name="meeting_seat_key"
            ),
            models.CheckConstraint(
                condition=models.Q(stands=True) & _stands() | models.Q(stands=False) & ~_stands(),
                name="meeting_stands_unless_cancelled",
            ),
            models.UniqueConstraint(
                fields=["schedule", "slot", "table"],
                condition=models.Q(stands=True),
                name="table_once_per_slot",
            ),
        ]

    def clean(self) -> None:
        self.stands = self.status != MeetingStatus.CANCELLED
        super().clean()

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.stands = self.status != MeetingStatus.CANCELLED
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "status" in update_fields:
            kwargs["update_fields"] = {*update_fields, "stands"}
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"{self.slot} at {self.table}"


class Seat(EventData):
    """A participant's place in a meeting. Event, schedule, slot and standing are the
    meeting's, copied so the database can refuse a double booking, and kept in step with the
    meeting by the database (a composite key with ON UPDATE CASCADE): write them through the
    meeting. A cancelled meeting's seats no longer stand, so they block nothing."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="seats")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="seats")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="+")
    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="+")
    stands = models.BooleanField(default=True)

    objects = EventScopedManager()

    def save(self, *args: Any, **kwargs: Any) -> None:
        meeting = self.meeting
        self.event_id, self.schedule_id = meeting.event_id, meeting.schedule_id
        self.slot_id, self.stands = meeting.slot_id, meeting.stands
        super().save(*args, **kwargs)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["schedule", "slot", "participant"],
                condition=models.Q(stands=True),
                name="participant_once_per_slot",
            ),
            models.UniqueConstraint(fields=["meeting", "participant"], name="seat_once"),
        ]


class Outcome(EventData):
    """What a meeting led to, as one of its participants reports it."""

    event_from = "meeting"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="outcomes")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(max_length=24, choices=OutcomeKind.choices)
    comment = models.TextField(blank=True)
    reported_at = models.DateTimeField()

    objects = EventScopedManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "participant"], name="outcome_once")
        ]


class CalendarEntry(EventData):
    """What one participant's calendar feed last showed of one meeting, so that a change of
    time or place raises its SEQUENCE and a meeting that disappears is kept as cancelled.

    A meeting's identity across schedule versions (each version has new Meeting rows) is the
    pair of people, `participant` and `partner`, and `ordinal` when they meet more than once:
    see `meetings/domain/calendar.py`, which keeps these rows and explains the rules."""

    event_from = "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="calendar_entries"
    )
    # The other side (the participant themself for a meeting with nobody else in it).
    partner = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    ordinal = models.PositiveSmallIntegerField(default=0)
    sequence = models.PositiveIntegerField(default=0)
    start = models.DateTimeField()
    end = models.DateTimeField()
    table_name = models.CharField(max_length=100)
    table_link = models.URLField(blank=True)
    cancelled = models.BooleanField(default=False)
    # The time and place before the last change, for the agenda's "moved from".
    was_start = models.DateTimeField(null=True, blank=True)
    was_table_name = models.CharField(max_length=100, blank=True)

    objects = EventScopedManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "partner", "ordinal"], name="calendar_entry_once"
            )
        ]


class CalendarFeed(EventData):
    """A participant's secret calendar address. The token is a long random string kept as it
    is (not hashed) so that the agenda page can show the address again, e.g. to subscribe on a
    second device; it gives read access to that agenda only, which the database holds anyway.
    Revoking replaces the row's token: the old address then answers 404."""

    event_from = "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()

    objects = EventScopedManager()
