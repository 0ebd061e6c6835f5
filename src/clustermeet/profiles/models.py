"""Organisation, Participant and Item (see the glossary in DESIGN.md)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from clustermeet.events.models import (
    Delegation,
    Event,
    EventData,
    Slot,
    unique_in_event,
    validate_time_zone,
)
from clustermeet.events.scoping import EventScopedManager
from clustermeet.events.validators import (
    validate_country,
    validate_country_list,
    validate_language_list,
)
from clustermeet.profiles.enums import Attendance, ItemType, OrganisationType, Registration
from clustermeet.profiles.validators import (
    validate_ecosystems,
    validate_key_technologies,
    validate_nace_codes,
    validate_string_list,
)


class Organisation(EventData):
    """A cluster organisation, company, research or public body, as it comes to one event.

    Each event keeps its own copy, so one event's import never rewrites what another shows;
    the slug says which copies are the same organisation across events."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="organisations")
    slug = models.SlugField(max_length=120)
    name = models.CharField(max_length=200)
    kind = models.CharField(
        "type", max_length=16, choices=OrganisationType.choices, default=OrganisationType.COMPANY
    )
    country = models.CharField(max_length=2, validators=[validate_country])
    region = models.CharField(max_length=100, blank=True)
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    ecosystems = models.JSONField(default=list, blank=True, validators=[validate_ecosystems])
    nace_codes = models.JSONField(default=list, blank=True, validators=[validate_nace_codes])
    key_technologies = models.JSONField(
        default=list, blank=True, validators=[validate_key_technologies]
    )
    member_count = models.PositiveIntegerField(null=True, blank=True, help_text="Clusters only")
    founded_year = models.PositiveIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )

    objects = EventScopedManager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["event", "slug"], name="organisation_unique_slug"),
            unique_in_event("organisation"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def country_name(self) -> str:
        """In the page's language."""
        from clustermeet.profiles.names import country_label

        return country_label(self.country)


class Participant(EventData):
    """A person of an organisation at one event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="participations"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.RESTRICT, related_name="participants"
    )
    delegation = models.ForeignKey(
        Delegation, null=True, blank=True, on_delete=models.SET_NULL, related_name="participants"
    )
    job_title = models.CharField(max_length=200, blank=True)
    phone = models.CharField(max_length=50, blank=True)
    languages = models.JSONField(default=list, blank=True, validators=[validate_language_list])
    attendance = models.CharField(
        max_length=16, choices=Attendance.choices, default=Attendance.ONSITE
    )
    target_countries = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_country_list],
        help_text="Countries where this person looks for partners (ISO codes); empty: anywhere",
    )
    min_meetings = models.PositiveIntegerField(default=0)
    max_meetings = models.PositiveIntegerField(null=True, blank=True)
    unavailable_slots = models.ManyToManyField(
        Slot,
        through="Unavailability",
        blank=True,
        related_name="unavailable_participants",
        help_text="Slots in which this person cannot meet; every other slot is available",
    )
    checked_in_at = models.DateTimeField(null=True, blank=True)
    named_in_report = models.BooleanField(
        default=False,
        help_text="Consents to have their organisation named in the post-event report",
    )
    registration = models.CharField(
        max_length=16, choices=Registration.choices, default=Registration.APPROVED
    )
    consent_at = models.DateTimeField(
        null=True, blank=True, help_text="When the person agreed to the event's privacy terms"
    )
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text="Where this person's agenda shows a second clock; empty: the event's only",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EventScopedManager()

    class Meta:
        ordering = ["organisation__name", "user__last_name"]
        constraints = [
            unique_in_event("participant"),
            models.UniqueConstraint(fields=["event", "user"], name="participant_once_per_event"),
            models.CheckConstraint(
                condition=models.Q(max_meetings__isnull=True)
                | models.Q(max_meetings__gte=models.F("min_meetings")),
                name="participant_max_at_least_min",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user.display_name} ({self.organisation.name})"


class Unavailability(EventData):
    """A slot in which a participant cannot meet (both of one event: a composite key says so)."""

    event_from = "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="+")

    objects = EventScopedManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participant", "slot"], name="unavailability_once")
        ]


class Item(EventData):
    """A typed marketplace entry: a technology or business offer or request, an R&D request."""

    event_from = "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="items")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField("type", max_length=3, choices=ItemType.choices)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    keywords = models.JSONField(default=list, blank=True, validators=[validate_string_list])
    language = models.CharField(max_length=2, default="en")

    objects = EventScopedManager()

    class Meta:
        ordering = ["participant_id", "kind", "title"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "title"], name="item_unique_title")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"
