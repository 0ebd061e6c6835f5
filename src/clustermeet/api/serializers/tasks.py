from __future__ import annotations

from rest_framework import serializers

from clustermeet.tasks.models import TaskRun


class TaskRunSerializer(serializers.ModelSerializer[TaskRun]):
    class Meta:
        model = TaskRun
        fields = [
            "id",
            "name",
            "state",
            "phase",
            "percent",
            "message",
            "result",
            "error",
            "queued_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields
