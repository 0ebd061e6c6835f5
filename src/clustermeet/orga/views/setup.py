"""Event set-up: policies, sessions (slots follow), tables and virtual rooms.

Forms are bound to fresh copies of the rows, so the verb sees what was stored before."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from clustermeet.events.domain.setup import remove_table, save_session, save_table, set_policies
from clustermeet.events.models import Event, Session, Table
from clustermeet.orga.forms import PolicyForm, SessionForm, TableForm
from clustermeet.orga.views.access import attempt, organiser_page


def _posted(request: HttpRequest, part: str) -> Any:
    return request.POST if request.method == "POST" and request.POST.get("part") == part else None


@organiser_page
def setup(request: HttpRequest, event: Event) -> HttpResponse:
    policy = PolicyForm(_posted(request, "policies"), instance=Event.objects.get(pk=event.pk))
    session = SessionForm(_posted(request, "session"), instance=Session(event=event))
    table = TableForm(_posted(request, "table"), instance=Table(event=event))
    for form, verb, label in (
        (policy, set_policies, "Policies saved."),
        (session, save_session, "Session added; its slots are made."),
        (table, save_table, "Table added."),
    ):
        valid = form.is_bound and form.is_valid()
        if valid and attempt(request, verb, event, **form.cleaned_data) is not None:
            messages.success(request, label)
            return redirect("orga:setup", slug=event.slug)
    sessions = Session.objects.filter(event=event).annotate(n_slots=Count("slots"))
    context = {
        "event": event,
        "policy": policy,
        "session_form": session,
        "table_form": table,
        "sessions": sessions,
        "tables": Table.objects.filter(event=event),
    }
    return render(request, "orga/setup.html", context)


def _edit(request: HttpRequest, event: Event, obj: Session | Table, verb: Any) -> HttpResponse:
    """The edit page of a session or a table: bound to a fresh copy, saved by `verb`."""
    form_class = SessionForm if isinstance(obj, Session) else TableForm
    fresh = type(obj).objects.get(pk=obj.pk)
    form = form_class(request.POST if request.method == "POST" else None, instance=fresh)
    valid = form.is_bound and form.is_valid()
    is_table = isinstance(obj, Table)
    extra = {"notify": request.POST.get("notify") == "on"} if is_table else {}
    if valid and attempt(request, verb, event, obj, **form.cleaned_data, **extra) is not None:
        messages.success(request, f"'{obj}' saved.")
        return redirect("orga:setup", slug=event.slug)
    # A table's meetings: renaming it or changing its link asks to tell their people.
    held = isinstance(obj, Table) and obj.meetings.filter(stands=True).exists()
    context = {"event": event, "form": form, "what": obj, "removable": is_table, "held": held}
    return render(request, "orga/edit.html", context)


@organiser_page
def edit_session(request: HttpRequest, event: Event, pk: int) -> HttpResponse:
    return _edit(request, event, get_object_or_404(Session, event=event, pk=pk), save_session)


@organiser_page
def edit_table(request: HttpRequest, event: Event, pk: int) -> HttpResponse:
    table = get_object_or_404(Table, event=event, pk=pk)
    if request.method == "POST" and request.POST.get("part") == "remove":
        if attempt(request, remove_table, table) is not None:
            messages.success(request, f"Table '{table.name}' removed.")
            return redirect("orga:setup", slug=event.slug)
        return redirect("orga:edit-table", slug=event.slug, pk=pk)
    return _edit(request, event, table, save_table)
