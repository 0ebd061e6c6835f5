from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from clustermeet.events.admin_scoping import EventScopedAdmin
from clustermeet.meetings.domain.changes import move_conflicts
from clustermeet.meetings.models import Meeting, Outcome, Request, Schedule, Seat


class MeetingForm(forms.ModelForm):  # type: ignore[type-arg]
    """A move is checked before it is saved (double bookings, availability, remote people).
    No Meta: the admin builds the form for Meeting per request, inside the event scope."""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        moved = {"slot", "table"} & set(self.changed_data)
        if self.instance.pk and moved and data.get("slot") and data.get("table"):
            problems = move_conflicts(self.instance, data["slot"], data["table"])
            if problems:
                raise forms.ValidationError(problems)
        return data


@admin.register(Request)
class RequestAdmin(EventScopedAdmin):
    list_display = ("requester", "requested", "priority", "status", "created_at")
    list_filter = ("event", "status", "priority")
    search_fields = ("requester__user__email", "requested__user__email", "message")
    list_select_related = (
        "requester__user",
        "requester__organisation",
        "requested__user",
        "requested__organisation",
    )
    raw_id_fields = ("requester", "requested")
    exclude = ("event", "proposed_slot")


class SeatInline(admin.TabularInline):  # type: ignore[type-arg]
    """Seats are written by the domain (placing, importing); here they are only shown."""

    model = Seat
    extra = 0
    fields = ("participant", "stands")
    readonly_fields = ("participant", "stands")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Schedule)
class ScheduleAdmin(EventScopedAdmin):
    list_display = ("event", "version", "state", "solver_status", "created_at", "published_at")
    list_filter = ("event", "state")


@admin.register(Meeting)
class MeetingAdmin(EventScopedAdmin):
    form = MeetingForm
    exclude = ("event", "stands")
    list_display = ("slot", "table", "status", "locked", "schedule")
    list_filter = ("event", "schedule", "status")
    list_select_related = ("slot__session__event", "table", "schedule__event")
    raw_id_fields = ("request",)
    inlines = [SeatInline]


@admin.register(Outcome)
class OutcomeAdmin(EventScopedAdmin):
    list_display = ("meeting", "participant", "kind", "reported_at")
    exclude = ("event",)
    list_filter = ("kind",)
    raw_id_fields = ("meeting", "participant")
