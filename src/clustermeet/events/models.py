"""Event, Session, Slot, Table and Delegation (see the glossary in DESIGN.md)."""

from __future__ import annotations

import zoneinfo
from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from clustermeet.engine.scheduling import parse_breaks
from clustermeet.events.enums import BookingMode, MeetingPolicy, RequestMode, TableKind
from clustermeet.events.scoping import EventScopedManager
from clustermeet.events.validators import validate_language_list, validate_type_pairs


def unique_in_event(model: str) -> models.UniqueConstraint:
    """(id, event) is unique so that other tables can point at a row *and* its event."""
    return models.UniqueConstraint(fields=["id", "event"], name=f"{model}_id_event")


class EventData(models.Model):
    """A row of one event's data. `event_from` names the field whose event this row's is, so a
    row made without its event gets it from there; forms get a clear error, before the
    database's composite keys refuse it, when a chosen row belongs to another event."""

    event_from: ClassVar[str] = ""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if getattr(self, "event_id", None) is None and self.event_from:
            self.event_id = getattr(self, self.event_from).event_id
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        own = getattr(self, "event_id", None)
        if own is None and self.event_from and getattr(self, f"{self.event_from}_id", None):
            own = getattr(self, self.event_from).event_id
        errors = {}
        for field in self._meta.concrete_fields:
            related = field.related_model
            if not field.is_relation or related is None or field.name == "event":
                continue
            if not any(f.name == "event" for f in related._meta.concrete_fields):
                continue
            value = getattr(self, field.attname)
            if value is None or own is None:
                continue
            other = related._base_manager.filter(pk=value).values_list("event_id", flat=True)
            if other.first() not in (None, own):
                errors[field.name] = (
                    f"This {related._meta.verbose_name} belongs to another event; "
                    "choose one of this event's."
                )
        if errors:
            raise ValidationError(errors)


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"'{value}' is not an IANA time zone such as 'America/Toronto'.")


class Event(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    venue = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=100, blank=True)
    # The city as other languages write it, e.g. {"bg": "Торонто"}: the report's headline.
    city_names = models.JSONField(default=dict, blank=True)
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
    booking_mode = models.CharField(
        max_length=24,
        choices=BookingMode.choices,
        default=BookingMode.ORGANISER_SCHEDULES,
        help_text="Participants book a slot of the published schedule themselves, or not",
    )
    is_public = models.BooleanField(default=True)
    registration_open = models.BooleanField(
        _("registration open"),
        default=False,
        help_text=_("People may register themselves on the event's page"),
    )
    registration_needs_approval = models.BooleanField(
        _("registration needs approval"),
        default=False,
        help_text=_("An organiser approves each registration before it counts"),
    )
    privacy_terms = models.TextField(
        _("privacy terms"),
        blank=True,
        help_text=_(
            "What the event does with participants' data; each registration consents to it"
        ),
    )
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


class Delegation(EventData):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="delegations")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    objects = EventScopedManager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="delegation_unique_name"),
            unique_in_event("delegation"),
        ]

    def __str__(self) -> str:
        return self.name


class Session(EventData):
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

    objects = EventScopedManager()

    class Meta:
        ordering = ["date", "start_time"]
        constraints = [
            unique_in_event("session"),
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
        try:
            parse_breaks(self.breaks)
        except ValueError as error:
            raise ValidationError({"breaks": str(error)}) from error


class Slot(EventData):
    """One meeting time. `index` orders the slots of a whole event."""

    event_from = "session"

    # The event is the session's (a composite key says so); kept here to scope and constrain.
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="slots")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="slots")
    start = models.DateTimeField()
    minutes = models.PositiveIntegerField()
    index = models.PositiveIntegerField(default=0)

    objects = EventScopedManager()

    class Meta:
        ordering = ["start"]
        constraints = [
            models.UniqueConstraint(fields=["session", "start"], name="slot_unique_start"),
            unique_in_event("slot"),
        ]

    def __str__(self) -> str:
        local = self.start.astimezone(self.event.tz)  # people read the venue's clock
        # Day and month names in the page's language (strftime's would stay English).
        return f"{self.session.name} {date_format(local, 'D j F H:i')}"

    @property
    def end(self) -> Any:
        from datetime import timedelta

        return self.start + timedelta(minutes=self.minutes)


class Table(EventData):
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

    objects = EventScopedManager()

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["event", "name"], name="table_unique_name"),
            unique_in_event("table"),
            models.CheckConstraint(
                condition=~models.Q(kind=TableKind.VIRTUAL) | ~models.Q(link=""),
                name="virtual_table_has_link",
            ),
        ]

    def __str__(self) -> str:
        return self.name
