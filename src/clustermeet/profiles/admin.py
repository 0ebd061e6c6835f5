from django.contrib import admin

from clustermeet.events.admin_scoping import EventScopedAdmin
from clustermeet.profiles.models import Item, Organisation, Participant


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "country", "region", "member_count")
    list_filter = ("kind", "country")
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}


class ItemInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Item
    extra = 0


@admin.register(Participant)
class ParticipantAdmin(EventScopedAdmin):
    list_display = ("user", "organisation", "delegation", "attendance", "event")
    list_filter = ("event", "attendance", "delegation", "organisation__country")
    search_fields = ("user__email", "user__first_name", "user__last_name", "organisation__name")
    list_select_related = ("user", "organisation", "delegation", "event")
    autocomplete_fields = ("organisation",)
    raw_id_fields = ("user",)
    inlines = [ItemInline]


@admin.register(Item)
class ItemAdmin(EventScopedAdmin):
    event_path = "participant__event"
    list_display = ("title", "kind", "participant", "language")
    list_filter = ("kind", "language", "participant__event")
    search_fields = ("title", "description")
    list_select_related = ("participant__user", "participant__organisation")
