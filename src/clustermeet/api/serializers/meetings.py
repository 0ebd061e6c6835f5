"""Requests, schedule versions, meetings, outcomes and agendas (read), and what writes take."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from clustermeet.meetings.enums import OutcomeKind
from clustermeet.meetings.models import Meeting, Outcome, Request, Schedule


class RequestSerializer(serializers.ModelSerializer[Request]):
    class Meta:
        model = Request
        fields = [
            "id",
            "requester",
            "requested",
            "message",
            "priority",
            "status",
            "created_at",
            "responded_at",
            "expires_at",
            "proposed_slot",
        ]
        read_only_fields = fields


class ScheduleSerializer(serializers.ModelSerializer[Schedule]):
    meetings = serializers.IntegerField(read_only=True, source="standing_meetings")
    statistics = serializers.DictField(read_only=True)

    class Meta:
        model = Schedule
        fields = [
            "id",
            "version",
            "state",
            "created_at",
            "published_at",
            "solver_status",
            "meetings",
            "statistics",
        ]
        read_only_fields = fields


class MeetingSerializer(serializers.ModelSerializer[Meeting]):
    participants = serializers.SerializerMethodField()

    class Meta:
        model = Meeting
        fields = ["id", "schedule", "request", "slot", "table", "status", "locked", "participants"]
        read_only_fields = fields

    def get_participants(self, meeting: Meeting) -> list[int]:
        return sorted(seat.participant_id for seat in meeting.seats.all())


class OutcomeSerializer(serializers.ModelSerializer[Outcome]):
    class Meta:
        model = Outcome
        fields = ["id", "meeting", "participant", "kind", "comment", "reported_at"]
        read_only_fields = fields


class PartnerSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField(source="user.display_name")
    organisation = serializers.CharField(source="organisation.name")


class AgendaEntrySerializer(serializers.Serializer[Any]):
    meeting = serializers.IntegerField(source="meeting.pk")
    start = serializers.DateTimeField(source="meeting.slot.start")
    minutes = serializers.IntegerField(source="meeting.slot.minutes")
    session = serializers.CharField(source="meeting.slot.session.name")
    table = serializers.CharField(source="meeting.table.name")
    link = serializers.CharField(source="meeting.table.link")
    status = serializers.CharField(source="meeting.status")
    partners = PartnerSerializer(many=True)


class MoveInput(serializers.Serializer[Any]):
    slot = serializers.IntegerField(min_value=1)
    table = serializers.IntegerField(min_value=1)
    notify = serializers.BooleanField(default=True)


class LockInput(serializers.Serializer[Any]):
    locked = serializers.BooleanField(default=True)


class CancelInput(serializers.Serializer[Any]):
    reason = serializers.CharField(max_length=500, allow_blank=True, default="")
    notify = serializers.BooleanField(default=True)


class RunInput(serializers.Serializer[Any]):
    time_limit = serializers.FloatField(
        min_value=1, max_value=120, default=20.0, help_text="Seconds the solver may take"
    )


class OutcomeInput(serializers.Serializer[Any]):
    meeting = serializers.IntegerField(min_value=1)
    participant = serializers.IntegerField(
        min_value=1, required=False, help_text="Whose account; default: the caller's own"
    )
    kind = serializers.ChoiceField(choices=OutcomeKind.choices)
    comment = serializers.CharField(allow_blank=True, default="", max_length=2000)


class PreviewSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField()
    state = serializers.CharField()
    solver_status = serializers.CharField()
    meetings = serializers.IntegerField(help_text="Meetings that stand")
    participants_met = serializers.IntegerField(help_text="People with at least one meeting")
    participants = serializers.IntegerField()
    accepted_requests = serializers.IntegerField()
    statistics = serializers.DictField()


class MovedSerializer(serializers.Serializer[Any]):
    participants = serializers.ListField(child=serializers.IntegerField())
    before = serializers.DictField(child=serializers.IntegerField())
    after = serializers.DictField(child=serializers.IntegerField())


class DiffSerializer(serializers.Serializer[Any]):
    against = serializers.IntegerField(allow_null=True, help_text="The published version")
    added = serializers.ListField(child=serializers.ListField(child=serializers.IntegerField()))
    removed = serializers.ListField(child=serializers.ListField(child=serializers.IntegerField()))
    moved = MovedSerializer(many=True)
    unchanged = serializers.IntegerField()
