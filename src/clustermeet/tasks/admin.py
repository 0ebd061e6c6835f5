"""Task runs in the organiser console: read only, each organiser their own events' runs."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from clustermeet.events.admin_scoping import EventScopedAdmin
from clustermeet.tasks.models import TaskRun


@admin.register(TaskRun)
class TaskRunAdmin(EventScopedAdmin):
    list_display = ("name", "event", "state", "percent", "phase", "message", "queued_at")
    list_filter = ("state", "name")
    list_select_related = ("event",)
    readonly_fields = [f.name for f in TaskRun._meta.fields]

    # Any organiser may watch runs: the list holds only the events they organise (above), so
    # no model permission needs granting to the organisers' group.
    def has_module_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_active and request.user.is_staff)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # runs are started by the pages and commands that do the work

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
