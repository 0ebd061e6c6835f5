"""Hand edits: move a meeting (its conflicts shown before saving) and cancel one with notice."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from clustermeet.events.models import Event
from clustermeet.meetings.domain.changes import cancel_meeting, move_conflicts, move_meeting
from clustermeet.meetings.models import Meeting
from clustermeet.orga.forms import CancelForm, MoveForm
from clustermeet.orga.views.access import attempt, organiser_page


def _meeting(event: Event, pk: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related(
            "schedule", "slot__session", "slot__event", "table"
        ).prefetch_related("seats__participant__user"),
        event=event,
        pk=pk,
    )


@organiser_page
def move(request: HttpRequest, event: Event, pk: int) -> HttpResponse:
    """GET with a slot and table shows what the move would break; POST saves it."""
    meeting = _meeting(event, pk)
    data = request.POST if request.method == "POST" else (request.GET or None)
    form = MoveForm(event, data, initial={"slot": meeting.slot, "table": meeting.table})
    conflicts = None
    if data is not None and form.is_valid():
        slot, table = form.cleaned_data["slot"], form.cleaned_data["table"]
        conflicts = move_conflicts(meeting, slot, table)
        moved = (
            attempt(request, move_meeting, meeting, slot, table) if data is request.POST else None
        )
        if moved is not None:
            messages.success(
                request,
                _("Moved to %(slot)s, %(table)s; both sides were told.")
                % {"slot": slot, "table": table},
            )
            return redirect("orga:schedule", slug=event.slug, version=meeting.schedule.version)
    context = {"event": event, "meeting": meeting, "form": form, "conflicts": conflicts}
    return render(request, "orga/move.html", context)


@organiser_page
def cancel(request: HttpRequest, event: Event, pk: int) -> HttpResponse:
    meeting = _meeting(event, pk)
    form = CancelForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        if attempt(request, cancel_meeting, meeting, reason=reason) is not None:
            messages.success(
                request, _("Cancelled %(meeting)s; both sides were told.") % {"meeting": meeting}
            )
            return redirect("orga:schedule", slug=event.slug, version=meeting.schedule.version)
    return render(request, "orga/cancel.html", {"event": event, "meeting": meeting, "form": form})
