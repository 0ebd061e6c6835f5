"""Schedule versions, the organisers' alone: run the scheduler (a task, on a worker where a
broker is configured), preview a version's figures, diff it against the published one,
publish it."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from clustermeet.api.serializers.meetings import (
    DiffSerializer,
    PreviewSerializer,
    RunInput,
    ScheduleSerializer,
)
from clustermeet.api.serializers.tasks import TaskRunSerializer
from clustermeet.api.views.base import ReadView
from clustermeet.meetings.domain.diff import diff_schedules, published_other_than
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request as MeetingRequest
from clustermeet.meetings.models import Schedule, Seat
from clustermeet.meetings.tasks import schedule_event as schedule_task
from clustermeet.profiles.models import Participant
from clustermeet.tasks.enums import RunState


class ScheduleViewSet(ReadView):
    model = Schedule
    serializer_class = ScheduleSerializer
    read = "organiser"
    filter_fields = {"state": ("state", str)}

    def rows(self) -> QuerySet[Any]:
        standing = Count("meetings", filter=Q(meetings__stands=True))
        rows: QuerySet[Any] = super().rows().annotate(standing_meetings=standing)
        return rows.order_by("-version")

    def _fresh(self, schedule: Schedule, code: int = status.HTTP_200_OK) -> Response:
        return Response(ScheduleSerializer(self.rows().get(pk=schedule.pk)).data, status=code)

    @extend_schema(request=RunInput, responses={201: ScheduleSerializer, 202: TaskRunSerializer})
    @action(detail=False, methods=["post"])
    def run(self, request: Request, slug: str) -> Response:
        """Schedule the event's accepted requests into a new draft version: 201 with it, or,
        where workers run the solver (a broker is configured), 202 with the queued task run
        to follow at `tasks/<id>/` (never a solve in the web process there)."""
        self.access.require_organiser()
        data = self.parsed(RunInput)
        run = schedule_task.start(
            self.event, started_by=self.acting_user, time_limit=data["time_limit"]
        )
        if run.state == RunState.FAILED:
            raise exceptions.ValidationError(run.error)
        if not run.finished:
            where = reverse("api:task-detail", kwargs={"slug": self.event.slug, "pk": run.pk})
            answer = Response(TaskRunSerializer(run).data, status=status.HTTP_202_ACCEPTED)
            answer["Location"] = where
            return answer
        schedule = Schedule.objects.get(pk=(run.result or {})["schedule"])
        return self._fresh(schedule, status.HTTP_201_CREATED)

    @extend_schema(responses=PreviewSerializer)
    @action(detail=True, filter_backends=[])
    def preview(self, request: Request, slug: str, pk: str) -> Response:
        schedule = self.get_object()
        met = Seat.objects.filter(schedule=schedule, stands=True).values("participant").distinct()
        accepted = MeetingRequest.objects.filter(event=self.event, status=RequestStatus.ACCEPTED)
        figures = {
            "version": schedule.version,
            "state": schedule.state,
            "solver_status": schedule.solver_status,
            "meetings": schedule.standing_meetings,
            "participants_met": met.count(),
            "participants": Participant.objects.filter(event=self.event).count(),
            "accepted_requests": accepted.count(),
            "statistics": schedule.statistics,
        }
        return Response(PreviewSerializer(figures).data)

    @extend_schema(responses=DiffSerializer)
    @action(detail=True, filter_backends=[])
    def diff(self, request: Request, slug: str, pk: str) -> Response:
        """Meetings this version adds, removes and moves against the published one."""
        schedule = self.get_object()
        found = diff_schedules(schedule, published_other_than(schedule))
        return Response(DiffSerializer(found).data)

    @extend_schema(request=None, responses=ScheduleSerializer)
    @action(detail=True, methods=["post"])
    def publish(self, request: Request, slug: str, pk: str) -> Response:
        self.access.require_organiser()
        schedule = publish_schedule(self.get_object(), acting_user=self.acting_user)
        return self._fresh(schedule)
