"""The admin as the organisers' back office: only their events' rows, every change audited.

Lists, change pages and the choices of every form come through the event-scoped managers,
which the scoping middleware limits to the events the user organises; `get_queryset` says
so again. A save the database refuses (a double booking, a row of another event) comes back
as a message on the page, never a server error.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db import IntegrityError
from django.db.models import Model, QuerySet
from django.forms.models import model_to_dict
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from clustermeet.audit.log import record
from clustermeet.events.models import Event


def _event_of(obj: Model) -> Any:
    return obj if isinstance(obj, Event) else getattr(obj, "event", None)


class AuditedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Every save and delete through the admin writes an audit entry in its transaction."""

    def save_model(self, request: HttpRequest, obj: Model, form: Any, change: bool) -> None:
        before = {k: form.initial.get(k) for k in form.changed_data} if change else {}
        super().save_model(request, obj, form, change)
        after = {k: v for k, v in model_to_dict(obj).items() if k in form.changed_data}
        verb = "admin_change" if change else "admin_add"
        record(verb, obj, actor=request.user, event=_event_of(obj), before=before, after=after)

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        record(
            "admin_delete", obj, actor=request.user, event=_event_of(obj), before={"str": str(obj)}
        )
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            record(
                "admin_delete",
                obj,
                actor=request.user,
                event=_event_of(obj),
                before={"str": str(obj)},
            )
        super().delete_queryset(request, queryset)

    def _refused(self, request: HttpRequest, error: IntegrityError) -> HttpResponse:
        self.message_user(
            request,
            "Nothing was saved: the database refused the change "
            f"({str(error).splitlines()[0][:200]}). A participant or a table may already be "
            "booked in that slot, or a chosen row belongs to another event.",
            messages.ERROR,
        )
        return HttpResponseRedirect(request.get_full_path())

    def changeform_view(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return super().changeform_view(request, *args, **kwargs)
        except IntegrityError as error:
            return self._refused(request, error)

    def changelist_view(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return super().changelist_view(request, *args, **kwargs)
        except IntegrityError as error:
            return self._refused(request, error)

    def delete_view(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return super().delete_view(request, *args, **kwargs)
        except IntegrityError as error:
            return self._refused(request, error)


class EventScopedAdmin(AuditedAdmin):
    """`event_path` leads from the model to its Event ("" for Event itself)."""

    event_path = "event"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        prefix = f"{self.event_path}__" if self.event_path else ""
        return queryset.filter(**{f"{prefix}organisers": request.user.pk}).distinct()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.related_model is Event and not request.user.is_superuser:
            kwargs["queryset"] = Event.objects.filter(organisers=request.user.pk)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.related_model is Event and not request.user.is_superuser:
            kwargs["queryset"] = Event.objects.filter(organisers=request.user.pk)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
