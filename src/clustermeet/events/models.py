"""Event, Session, Slot, Table and Delegation (see the glossary in DESIGN.md)."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from clustermeet.events.enums import MeetingPolicy, RequestMode, TableKind
from clustermeet.events.validators import validate_language_list, validate_type_pairs


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"'{value}' is not an IANA time zone such as 'America/Toronto'.")


class Event(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    venue = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166 alpha-2 code")
    description = models.TextField(blank=True)
    time_zone = models.CharField(max_length=64, validators=[validate_time_zone])
    languages = models.JSONField(
        default=list, validators=[validate_language_list], help_text="ISO 639-1 codes"
    )
    start_date = models.DateField()
    end_date = models.DateField()
    meeting_policy = models.CharField(
        max_length=32, choices=MeetingPolicy.choices, default=MeetingPolicy.ANY
    )
    allowed_type_pairs = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_type_pairs],
        help_text='Pairs of organisation types that may meet, e.g. [["cluster", "company"]]',
    )
    request_mode = models.CharField(
        max_length=16, choices=RequestMode.choices, default=RequestMode.ACCEPTANCE
    )
    request_quota = models.PositiveIntegerField(
        null=True, blank=True, help_text="Most requests one participant may send; empty: no limit"
    )
    request_expiry_days = models.PositiveIntegerField(
        null=True, blank=True, help_text="Pending requests expire after this many days"
    )
    is_public = models.BooleanField(default=True)
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="organised_events"
    )

    class Meta:
        ordering = ["-start_date", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="event_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


class Delegation(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="delegations")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="delegation_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Session(models.Model):
    """A block of bookable time on one day; its slots are generated from these fields."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    name = models.CharField(max_length=200)
    date = models.DateField()
    start_time = models.TimeField()
    end_time = models.TimeField()
    slot_minutes = models.PositiveIntegerField(default=20)
    gap_minutes = models.PositiveIntegerField(
        default=0, help_text="Changeover time between two slots"
    )
    breaks = models.JSONField(
        default=list,
        blank=True,
        help_text='Pauses inside the session as [["10:30", "11:00"], ...] in local time',
    )

    class Meta:
        ordering = ["date", "start_time"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_time__gt=models.F("start_time")),
                name="session_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(slot_minutes__gt=0), name="session_slot_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.date})"

    def clean(self) -> None:
        from clustermeet.events.domain.slots import parse_breaks

        try:
            parse_breaks(self.breaks)
        except ValueError as error:
            raise ValidationError({"breaks": str(error)}) from error


class Slot(models.Model):
    """One meeting time. `index` orders the slots of a whole event."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="slots")
    start = models.DateTimeField()
    minutes = models.PositiveIntegerField()
    index = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["start"]
        constraints = [
            models.UniqueConstraint(fields=["session", "start"], name="slot_unique_start")
        ]

    def __str__(self) -> str:
        local = self.start.astimezone(self.session.event.tz)  # people read the venue's clock
        return f"{self.session.name} {local:%a %d %b %H:%M}"

    @property
    def end(self) -> Any:
        from datetime import timedelta

        return self.start + timedelta(minutes=self.minutes)


class Table(models.Model):
    """Where one meeting happens per slot: a numbered table, a booth or a virtual room."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="tables")
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=16, choices=TableKind.choices, default=TableKind.ONSITE)
    link = models.URLField(blank=True, help_text="Video-call address of a virtual room")
    capacity = models.PositiveIntegerField(default=4, help_text="Seats at the table")
    host = models.ForeignKey(
        "profiles.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booths",
        help_text="An organisation whose booth this is: its meetings stay here",
    )

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="table_unique_name"),
            models.CheckConstraint(
                condition=~models.Q(kind=TableKind.VIRTUAL) | ~models.Q(link=""),
                name="virtual_table_has_link",
            ),
        ]

    def __str__(self) -> str:
        return self.name
