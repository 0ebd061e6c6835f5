from typing import Any

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.admin_scoping import EventScopedAdmin
from clustermeet.events.domain.slots import generate_slots
from clustermeet.events.models import Delegation, Event, Session, Slot, Table


class SessionInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Session
    extra = 0
    fields = ("name", "date", "start_time", "end_time", "slot_minutes", "gap_minutes", "breaks")


class DelegationInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Delegation
    extra = 0


@admin.register(Event)
class EventAdmin(EventScopedAdmin):
    event_path = ""
    list_display = ("name", "city", "start_date", "end_date", "meeting_policy", "is_public")
    search_fields = ("name", "slug", "city")
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ("organisers",)
    inlines = [DelegationInline, SessionInline]

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "organisers" and not request.user.is_superuser:
            # Only people already in the organiser's own events can be made co-organisers.
            kwargs["queryset"] = User.objects.filter(
                organised_events__organisers=request.user.pk
            ).distinct()
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    fieldsets = (
        (None, {"fields": ("name", "slug", "description", "is_public", "organisers")}),
        (
            "Where and when",
            {
                "fields": (
                    "venue",
                    "city",
                    "country",
                    "time_zone",
                    "start_date",
                    "end_date",
                    "languages",
                )
            },
        ),
        (
            "Matching policy",
            {
                "fields": (
                    "meeting_policy",
                    "allowed_type_pairs",
                    "request_mode",
                    "request_quota",
                    "request_expiry_days",
                    "booking_mode",
                )
            },
        ),
    )


@admin.register(Session)
class SessionAdmin(EventScopedAdmin):
    list_display = ("name", "event", "date", "start_time", "end_time", "slot_minutes")
    list_filter = ("event",)
    actions = ["regenerate_slots"]

    @admin.action(description="Generate the slots of the selected sessions")
    def regenerate_slots(self, request: HttpRequest, queryset: QuerySet[Session]) -> None:
        with transaction.atomic():
            count = 0
            for session in queryset:
                slots = generate_slots(session)
                count += len(slots)
                record(
                    "generate_slots",
                    session,
                    actor=request.user,
                    event=session.event,
                    after={"slots": len(slots)},
                )
        self.message_user(request, f"{count} slots generated.", messages.SUCCESS)


@admin.register(Slot)
class SlotAdmin(EventScopedAdmin):
    list_display = ("start", "minutes", "session", "index")
    list_filter = ("event", "session")
    list_select_related = ("event", "session")
    exclude = ("event",)


@admin.register(Table)
class TableAdmin(EventScopedAdmin):
    list_display = ("name", "event", "kind", "capacity", "host")
    list_filter = ("event", "kind")
    autocomplete_fields = ("host",)


@admin.register(Delegation)
class DelegationAdmin(EventScopedAdmin):
    list_display = ("name", "event")
    list_filter = ("event",)
