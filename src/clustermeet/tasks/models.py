"""TaskRun: one run of a background task, and how far it has got, for any page to read."""

from __future__ import annotations

import os
import socket
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from clustermeet.events.scoping import EventScopedManager
from clustermeet.tasks.enums import RunState

MESSAGE_LENGTH = 500


class TaskRun(models.Model):
    # A string reference keeps this app below the data apps whose verbs run as tasks.
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="task_runs")
    name = models.CharField(
        max_length=100, help_text="The task, e.g. clustermeet.meetings.schedule_event"
    )
    params = models.JSONField(default=dict, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty: the command line",
    )
    state = models.CharField(max_length=10, choices=RunState.choices, default=RunState.QUEUED)
    phase = models.CharField(max_length=64, blank=True)
    percent = models.PositiveSmallIntegerField(default=0)
    message = models.CharField(max_length=MESSAGE_LENGTH, blank=True)
    result = models.JSONField(null=True, blank=True, help_text="What the task made, when done")
    error = models.TextField(blank=True, help_text="Why the task failed, in a sentence")
    ran_on = models.CharField(
        max_length=200, blank=True, help_text="host:process that ran it (a worker, or the caller)"
    )
    queued_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = EventScopedManager()

    class Meta:
        ordering = ["-queued_at", "-id"]
        indexes = [models.Index(fields=["event", "name", "-queued_at"], name="taskrun_event_name")]
        constraints = [
            models.CheckConstraint(condition=models.Q(percent__lte=100), name="taskrun_percent")
        ]

    def __str__(self) -> str:
        return f"{self.name} #{self.pk} {self.state} {self.percent}%"

    @property
    def finished(self) -> bool:
        return self.state in (RunState.DONE, RunState.FAILED)

    def report(self, phase: str, percent: int | None, message: str) -> None:
        """The `progress` callback handed to the task's domain verb. Each report is written at
        once, so other pages see it while the verb runs (at its commit if it holds one open)."""
        self.phase = phase[:64]
        if percent is not None:
            self.percent = max(self.percent, min(100, max(0, int(percent))))
        self.message = message[:MESSAGE_LENGTH]
        self.save(update_fields=["phase", "percent", "message"])

    def begin(self) -> None:
        self.state, self.started_at = RunState.RUNNING, timezone.now()
        self.ran_on = f"{socket.gethostname()}:{os.getpid()}"[:200]
        self.save(update_fields=["state", "started_at", "ran_on"])

    def finish(self, result: Any) -> None:
        self.state, self.percent, self.phase = RunState.DONE, 100, "done"
        self.result, self.finished_at = result, timezone.now()
        self.save(update_fields=["state", "percent", "phase", "result", "finished_at"])

    def fail(self, error: str) -> None:
        self.state, self.error, self.finished_at = RunState.FAILED, error, timezone.now()
        self.save(update_fields=["state", "error", "finished_at"])
