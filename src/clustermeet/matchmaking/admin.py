from django.contrib import admin

from clustermeet.matchmaking.models import EmbeddingCache, Mark, Recommendation


@admin.register(Recommendation)
class RecommendationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("participant", "rank", "candidate", "score", "computed_at")
    list_filter = ("participant__event",)
    search_fields = ("participant__user__email", "candidate__user__email", "explanation")
    list_select_related = ("participant__user", "participant__organisation",
                           "candidate__user", "candidate__organisation")
    raw_id_fields = ("participant", "candidate")


@admin.register(Mark)
class MarkAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("participant", "target", "kind", "created_at")
    list_filter = ("kind", "participant__event")
    list_select_related = ("participant__user", "participant__organisation",
                           "target__user", "target__organisation")
    raw_id_fields = ("participant", "target")


@admin.register(EmbeddingCache)
class EmbeddingCacheAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("content_hash", "encoder", "created_at")
    list_filter = ("encoder",)
    readonly_fields = ("content_hash", "encoder", "created_at")
    exclude = ("vector",)
