from django.contrib import admin

from clustermeet.events.admin_scoping import EventScopedAdmin
from clustermeet.meetings.models import Meeting, Outcome, Request, Schedule, Seat


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


class SeatInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Seat
    extra = 0
    raw_id_fields = ("participant",)
    readonly_fields = ("schedule", "slot")


@admin.register(Schedule)
class ScheduleAdmin(EventScopedAdmin):
    list_display = ("event", "version", "state", "solver_status", "created_at", "published_at")
    list_filter = ("event", "state")


@admin.register(Meeting)
class MeetingAdmin(EventScopedAdmin):
    event_path = "schedule__event"
    list_display = ("slot", "table", "status", "locked", "schedule")
    list_filter = ("schedule__event", "schedule", "status")
    list_select_related = ("slot__session__event", "table", "schedule__event")
    raw_id_fields = ("request",)
    inlines = [SeatInline]


@admin.register(Outcome)
class OutcomeAdmin(EventScopedAdmin):
    event_path = "meeting__schedule__event"
    list_display = ("meeting", "participant", "kind", "reported_at")
    list_filter = ("kind",)
    raw_id_fields = ("meeting", "participant")
