from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from clustermeet.events.admin_scoping import EventScopedAdmin
from clustermeet.profiles.models import Item, Organisation, Participant


@admin.register(Organisation)
class OrganisationAdmin(EventScopedAdmin):
    list_display = ("name", "event", "kind", "country", "region", "member_count")
    list_filter = ("event", "kind", "country")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


class ItemInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Item
    extra = 0
    exclude = ("event",)


@admin.register(Participant)
class ParticipantAdmin(EventScopedAdmin):
    list_display = ("user", "organisation", "delegation", "attendance", "event")
    list_filter = ("event", "attendance", "delegation", "organisation__country")
    search_fields = ("user__email", "user__first_name", "user__last_name", "organisation__name")
    list_select_related = ("user", "organisation", "delegation", "event")
    autocomplete_fields = ("organisation",)
    inlines = [ItemInline]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        # An account is linked when people are imported; here it is only shown.
        return ("user",) if obj is not None or not request.user.is_superuser else ()

    def has_add_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_superuser)  # organisers add people by importing them


@admin.register(Item)
class ItemAdmin(EventScopedAdmin):
    list_display = ("title", "kind", "participant", "language")
    list_filter = ("kind", "language", "event")
    exclude = ("event",)
    search_fields = ("title", "description")
    list_select_related = ("participant__user", "participant__organisation")
