"""Background task runs (the scheduler's, the matcher's): the organisers', read only, so a
script can follow a run that a worker does."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from clustermeet.api.serializers.tasks import TaskRunSerializer
from clustermeet.api.views.base import ReadView
from clustermeet.tasks.models import TaskRun


class TaskRunViewSet(ReadView):
    model = TaskRun
    serializer_class = TaskRunSerializer
    read = "organiser"
    filter_fields = {"state": ("state", str), "name": ("name", str)}

    def rows(self) -> QuerySet[Any]:
        return super().rows().order_by("-queued_at", "-pk")
