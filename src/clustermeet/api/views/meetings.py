"""Meetings (read; move, lock and cancel through the domain's verbs) and
outcomes (recorded through `record_outcome`)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.serializers.meetings import (
    CancelInput,
    LockInput,
    MeetingSerializer,
    MoveInput,
    OutcomeInput,
    OutcomeSerializer,
)
from clustermeet.api.views.base import ReadView, one
from clustermeet.events.models import Slot, Table
from clustermeet.meetings.domain.attendance import record_outcome
from clustermeet.meetings.domain.changes import cancel_meeting, lock_meeting, move_meeting
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Meeting, Outcome


class MeetingViewSet(ReadView):
    """An organiser reads every version's meetings; a participant their own in the published
    schedule. Moving, locking and cancelling are the organisers'."""

    model = Meeting
    serializer_class = MeetingSerializer
    read = "member"
    filter_fields = {
        "schedule": ("schedule_id", int),
        "status": ("status", str),
        "participant": ("seats__participant_id", int),
    }
    filter_distinct = True

    def rows(self) -> QuerySet[Any]:
        rows = super().rows().prefetch_related("seats").order_by("slot__start", "table__name", "pk")
        if self.access.organiser:
            return rows
        return rows.filter(
            schedule__state=ScheduleState.PUBLISHED, seats__participant=self.access.participant
        )

    def _changed(self, meeting: Meeting) -> Response:
        fresh = self.rows().get(pk=meeting.pk)
        return Response(MeetingSerializer(fresh).data)

    def _input(self, serializer_class: type[Any]) -> Any:
        self.access.require_organiser()
        return self.parsed(serializer_class)

    @extend_schema(request=MoveInput, responses=MeetingSerializer)
    @action(detail=True, methods=["post"])
    def move(self, request: Request, slug: str, pk: str) -> Response:
        data = self._input(MoveInput)
        meeting = self.get_object()
        slot = one(Slot, self.event, data["slot"], "slot")
        table = one(Table, self.event, data["table"], "table")
        move_meeting(meeting, slot, table, acting_user=self.acting_user, notify=data["notify"])
        return self._changed(meeting)

    @extend_schema(request=LockInput, responses=MeetingSerializer)
    @action(detail=True, methods=["post"])
    def lock(self, request: Request, slug: str, pk: str) -> Response:
        data = self._input(LockInput)
        meeting = lock_meeting(self.get_object(), data["locked"], acting_user=self.acting_user)
        return self._changed(meeting)

    @extend_schema(request=CancelInput, responses=MeetingSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request: Request, slug: str, pk: str) -> Response:
        data = self._input(CancelInput)
        meeting = cancel_meeting(
            self.get_object(),
            acting_user=self.acting_user,
            reason=data["reason"],
            notify=data["notify"],
        )
        return self._changed(meeting)


class OutcomeViewSet(mixins.CreateModelMixin, ReadView):
    """Each side's account of a meeting: a participant reads and records their own."""

    model = Outcome
    serializer_class = OutcomeSerializer
    read = "member"
    filter_fields = {"meeting": ("meeting_id", int), "participant": ("participant_id", int)}

    def rows(self) -> QuerySet[Any]:
        rows = super().rows().order_by("pk")
        if self.access.organiser:
            return rows
        return rows.filter(participant=self.access.participant)

    @extend_schema(request=OutcomeInput, responses={201: OutcomeSerializer})
    def create(self, request: Request, slug: str) -> Response:
        self.access.require_member()
        data = self.parsed(OutcomeInput)
        meeting = one(Meeting, self.event, data["meeting"], "meeting")
        person = self.person_for(data.get("participant"), "records outcomes")
        outcome = record_outcome(
            meeting, person, data["kind"], data["comment"], acting_user=self.acting_user
        )
        return Response(OutcomeSerializer(outcome).data, status=status.HTTP_201_CREATED)
