"""The post-event report's figures, as the `reports` app computes them (read only)."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers


class HeadcountSerializer(serializers.Serializer[Any]):
    participants = serializers.IntegerField()
    organisations = serializers.IntegerField()
    clusters = serializers.IntegerField(help_text="Organisations of type cluster")
    countries = serializers.ListField(child=serializers.CharField(), help_text="ISO codes")
    delegations = serializers.IntegerField()
    days = serializers.IntegerField(help_text="Days with at least one slot")


class FunnelStageSerializer(serializers.Serializer[Any]):
    stage = serializers.CharField()
    participants = serializers.IntegerField()
    items = serializers.IntegerField()


class MeetingCountsSerializer(serializers.Serializer[Any]):
    placed = serializers.IntegerField()
    held = serializers.IntegerField()
    no_shows = serializers.IntegerField()
    cancelled = serializers.IntegerField()
    unrecorded = serializers.IntegerField()
    no_show_rate = serializers.FloatField(allow_null=True)


class OutcomeCountsSerializer(serializers.Serializer[Any]):
    meetings_with_outcome = serializers.IntegerField()
    cooperation_cases = serializers.IntegerField()
    agreements = serializers.IntegerField()
    confirmed_agreements = serializers.IntegerField()
    disagreements = serializers.IntegerField()
    reports = serializers.IntegerField()
    reports_on_unheld = serializers.IntegerField()


class RequestCountsSerializer(serializers.Serializer[Any]):
    total = serializers.IntegerField()
    accepted = serializers.IntegerField()
    declined = serializers.IntegerField()
    unanswered = serializers.IntegerField()
    expired = serializers.IntegerField()
    cancelled = serializers.IntegerField()
    median_response_hours = serializers.FloatField(allow_null=True)


class FiguresSerializer(serializers.Serializer[Any]):
    headline = serializers.CharField(help_text="The report's opening paragraph")
    language = serializers.CharField()
    as_of = serializers.DateField(source="figures.info.as_of")
    headcount = HeadcountSerializer(source="figures.headcount")
    funnel = FunnelStageSerializer(source="figures.funnel", many=True)
    meetings = MeetingCountsSerializer(source="figures.meetings")
    outcomes = OutcomeCountsSerializer(source="figures.outcomes")
    requests = RequestCountsSerializer(source="figures.requests")
    held_histogram = serializers.ListField(
        child=serializers.IntegerField(),
        source="figures.held_histogram",
        help_text="[k]: participants with k held meetings",
    )


class FiguresQuery(serializers.Serializer[Any]):
    language = serializers.ChoiceField(choices=["en", "fr", "bg"], default="en")
    as_of = serializers.DateField(required=False, help_text="The day the figures are read")
