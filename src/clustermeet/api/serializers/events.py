"""Events and their structure: sessions, slots, tables, delegations."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from clustermeet.events.enums import TableKind
from clustermeet.events.models import Delegation, Event, Session, Slot, Table


class EventSerializer(serializers.ModelSerializer[Event]):
    class Meta:
        model = Event
        fields = [
            "slug",
            "name",
            "venue",
            "city",
            "country",
            "description",
            "time_zone",
            "languages",
            "start_date",
            "end_date",
            "meeting_policy",
            "request_mode",
            "request_quota",
            "request_expiry_days",
            "is_public",
        ]
        read_only_fields = fields


class SessionSerializer(serializers.ModelSerializer[Session]):
    # Local times of the venue's day, "09:00:00": no offset, so not OpenAPI's "time" format.
    start_time = serializers.CharField(read_only=True)
    end_time = serializers.CharField(read_only=True)
    breaks = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField()), read_only=True
    )

    class Meta:
        model = Session
        fields = [
            "id",
            "name",
            "date",
            "start_time",
            "end_time",
            "slot_minutes",
            "gap_minutes",
            "breaks",
        ]
        read_only_fields = fields


class SlotSerializer(serializers.ModelSerializer[Slot]):
    class Meta:
        model = Slot
        fields = ["id", "session", "start", "minutes", "index"]
        read_only_fields = fields


class TableSerializer(serializers.ModelSerializer[Table]):
    link = serializers.CharField(read_only=True, help_text="A URL (virtual rooms), or empty")

    class Meta:
        model = Table
        fields = ["id", "name", "kind", "link", "capacity", "host"]
        read_only_fields = fields


class DelegationSerializer(serializers.ModelSerializer[Delegation]):
    class Meta:
        model = Delegation
        fields = ["id", "name", "description"]
        read_only_fields = fields


class EventInput(serializers.Serializer[Any]):
    """A new event; its policies (who may meet whom, requests) keep their defaults."""

    slug = serializers.SlugField(max_length=50, help_text="Its address: /<slug>/")
    name = serializers.CharField(max_length=200)
    venue = serializers.CharField(max_length=200, required=False)
    city = serializers.CharField(max_length=100, required=False)
    country = serializers.CharField(max_length=2, required=False, help_text="ISO 3166 alpha-2")
    description = serializers.CharField(required=False)
    time_zone = serializers.CharField(max_length=64, help_text="IANA, e.g. America/Toronto")
    languages = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="ISO 639-1 codes"
    )
    start_date = serializers.DateField()
    end_date = serializers.DateField()
    is_public = serializers.BooleanField(required=False)


class CreatedEventSerializer(EventSerializer):
    token = serializers.CharField(
        read_only=True,
        help_text="A new organiser token for this event (shown once): the creator's token "
        "works at its own event only",
    )

    class Meta(EventSerializer.Meta):
        fields = [*EventSerializer.Meta.fields, "token"]
        read_only_fields = fields


class SessionInput(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=200)
    date = serializers.DateField()
    start_time = serializers.TimeField(help_text="Local time at the venue, 09:00")
    end_time = serializers.TimeField()
    slot_minutes = serializers.IntegerField(min_value=1, required=False)
    gap_minutes = serializers.IntegerField(min_value=0, required=False)
    breaks = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField(), min_length=2, max_length=2),
        required=False,
        help_text='[["10:30", "11:00"], ...] in local time',
    )


class TableInput(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=100)
    kind = serializers.ChoiceField(choices=TableKind.choices, required=False)
    link = serializers.URLField(required=False, help_text="A virtual room's video-call address")
    capacity = serializers.IntegerField(min_value=2, required=False)
