"""Admin classes that show an organiser only the events they organise."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from clustermeet.events.models import Event


class EventScopedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """`event_path` leads from the model to its Event, e.g. "session__event"."""

    event_path = "event"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        prefix = f"{self.event_path}__" if self.event_path else ""
        return queryset.filter(**{f"{prefix}organisers": request.user}).distinct()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.related_model is Event and not request.user.is_superuser:
            kwargs["queryset"] = Event.objects.filter(organisers=request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
