from django.contrib import admin
from django.http import HttpRequest

from clustermeet.events.admin_scoping import EventScopedAdmin
from clustermeet.matchmaking.models import EmbeddingCache, Mark, Recommendation


@admin.register(Recommendation)
class RecommendationAdmin(EventScopedAdmin):
    list_display = ("participant", "rank", "candidate", "score", "computed_at")
    list_filter = ("event",)
    search_fields = ("participant__user__email", "candidate__user__email", "explanation")
    list_select_related = (
        "participant__user",
        "participant__organisation",
        "candidate__user",
        "candidate__organisation",
    )
    raw_id_fields = ("participant", "candidate")
    exclude = ("event",)


@admin.register(Mark)
class MarkAdmin(EventScopedAdmin):
    list_display = ("participant", "target", "kind", "created_at")
    list_filter = ("kind", "event")
    list_select_related = (
        "participant__user",
        "participant__organisation",
        "target__user",
        "target__organisation",
    )
    raw_id_fields = ("participant", "target")
    exclude = ("event",)


@admin.register(EmbeddingCache)
class EmbeddingCacheAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("content_hash", "encoder", "created_at")
    list_filter = ("encoder",)
    readonly_fields = ("content_hash", "encoder", "created_at")
    exclude = ("vector",)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_superuser)  # no event's data: the administrator's alone

    def has_view_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return bool(request.user.is_superuser)

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return bool(request.user.is_superuser)

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return bool(request.user.is_superuser)
