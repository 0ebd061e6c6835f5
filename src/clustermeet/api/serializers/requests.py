"""What the request-writing endpoints take: send, respond, and each side's availability."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from clustermeet.meetings.domain.requests import ANSWERS
from clustermeet.meetings.enums import Priority


class SendInput(serializers.Serializer[Any]):
    requested = serializers.IntegerField(min_value=1, help_text="Whom to meet (a participant)")
    requester = serializers.IntegerField(
        min_value=1, required=False, help_text="Who asks; default: the caller (organisers only)"
    )
    message = serializers.CharField(allow_blank=True, default="", trim_whitespace=True)
    priority = serializers.ChoiceField(choices=Priority.choices, default=Priority.NORMAL)


class RespondInput(serializers.Serializer[Any]):
    answer = serializers.ChoiceField(choices=[(a, a) for a in ANSWERS])
    proposed_slot = serializers.IntegerField(
        min_value=1,
        required=False,
        allow_null=True,
        help_text="The slot proposed instead (with answer 'propose' only)",
    )


class AvailabilityInput(serializers.Serializer[Any]):
    unavailable_slots = serializers.ListField(
        child=serializers.IntegerField(min_value=1),
        allow_empty=True,
        max_length=5000,
        help_text="Every slot the person cannot meet in; every other slot is free",
    )


class AvailabilitySerializer(serializers.Serializer[Any]):
    participant = serializers.IntegerField()
    unavailable_slots = serializers.ListField(child=serializers.IntegerField())
    warnings = serializers.ListField(child=serializers.CharField(), required=False)


class RecommendationSerializer(serializers.Serializer[Any]):
    candidate = serializers.IntegerField(source="candidate_id")
    name = serializers.CharField(source="candidate.user.display_name")
    organisation = serializers.CharField(source="candidate.organisation.name")
    rank = serializers.IntegerField()
    score = serializers.FloatField()
    explanation = serializers.CharField()
