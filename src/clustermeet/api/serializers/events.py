"""Events and their structure: sessions, slots, tables, delegations."""

from __future__ import annotations

from rest_framework import serializers

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
