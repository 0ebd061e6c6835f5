"""Request, Schedule, Meeting and Outcome (see the glossary in DESIGN.md).

The database itself refuses a participant twice in one slot and a table twice in one slot
of a schedule: `Seat` holds one row per participant and meeting, unique per slot.
"""

from __future__ import annotations

from django.db import models

from clustermeet.events.models import Event, Slot, Table
from clustermeet.meetings.enums import (
    MeetingStatus,
    OutcomeKind,
    Priority,
    RequestStatus,
    ScheduleState,
)
from clustermeet.profiles.models import Participant


class Request(models.Model):
    """'I want to meet you': one direction; two opposite requests make a mutual wish."""

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

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(requester=models.F("requested")), name="request_not_self"
            ),
            models.UniqueConstraint(fields=["requester", "requested"], name="request_once"),
        ]

    def __str__(self) -> str:
        return f"{self.requester} → {self.requested} ({self.status})"


class Schedule(models.Model):
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

    class Meta:
        ordering = ["event", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["event", "version"], name="schedule_unique_version")
        ]

    def __str__(self) -> str:
        return f"{self.event} v{self.version} ({self.state})"


class Meeting(models.Model):
    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="meetings")
    request = models.ForeignKey(
        Request,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
        help_text="Empty when the organiser placed the meeting without a request",
    )
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="meetings")
    table = models.ForeignKey(Table, on_delete=models.PROTECT, related_name="meetings")
    status = models.CharField(
        max_length=16, choices=MeetingStatus.choices, default=MeetingStatus.SCHEDULED
    )
    locked = models.BooleanField(default=False, help_text="The scheduler keeps it where it is")
    participants = models.ManyToManyField(  # type: ignore[var-annotated]
        Participant, through="Seat", related_name="meetings"
    )

    class Meta:
        ordering = ["slot__start", "table__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["schedule", "slot", "table"],
                condition=~models.Q(status=MeetingStatus.CANCELLED),
                name="table_once_per_slot",
            )
        ]

    def __str__(self) -> str:
        return f"{self.slot} at {self.table}"


class Seat(models.Model):
    """A participant's place in a meeting; slot and schedule are copied so the database can
    refuse a double booking. A cancelled meeting's seats lose their slot and so block nothing."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="seats")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="seats")
    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="+")
    # Empty once the meeting is cancelled: the seat still says who it was between.
    slot = models.ForeignKey(
        Slot, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["schedule", "slot", "participant"], name="participant_once_per_slot"
            ),
            models.UniqueConstraint(fields=["meeting", "participant"], name="seat_once"),
        ]


class Outcome(models.Model):
    """What a meeting led to, as one of its participants reports it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="outcomes")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(max_length=24, choices=OutcomeKind.choices)
    comment = models.TextField(blank=True)
    reported_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "participant"], name="outcome_once")
        ]
