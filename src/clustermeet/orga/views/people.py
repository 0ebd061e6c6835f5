"""Participants (with the unbookable filter and one-click reminders) and requests."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from clustermeet.events.models import Event
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request
from clustermeet.orga.views.access import attempt, organiser_page
from clustermeet.profiles.domain.reminders import bookability, send_reminder
from clustermeet.profiles.models import Participant


@require_safe
@organiser_page
def participants(request: HttpRequest, event: Event) -> HttpResponse:
    rows = bookability(event)
    unbookable = request.GET.get("show") == "unbookable"
    if unbookable:
        rows = [r for r in rows if not r.bookable]
    context = {"event": event, "rows": rows, "unbookable": unbookable}
    return render(request, "orga/participants.html", context)


@require_POST
@organiser_page
def remind(request: HttpRequest, event: Event, pk: int) -> HttpResponse:
    person = get_object_or_404(Participant.objects.select_related("user"), event=event, pk=pk)
    missing = attempt(request, send_reminder, person)
    if missing is not None:
        messages.success(
            request,
            _("Reminder sent to %(name)s: %(missing)s.")
            % {"name": person.user.display_name, "missing": ", ".join(missing)},
        )
    back = reverse("orga:participants", kwargs={"slug": event.slug})
    return redirect(back + ("?show=unbookable" if request.POST.get("unbookable") else ""))


@require_safe
@organiser_page
def requests(request: HttpRequest, event: Event) -> HttpResponse:
    rows = Request.objects.filter(event=event).select_related(
        "requester__user", "requester__organisation", "requested__user", "requested__organisation"
    )
    status = request.GET.get("status")
    if status in RequestStatus.values:
        rows = rows.filter(status=status)
    context = {"event": event, "rows": rows, "status": status, "statuses": RequestStatus.choices}
    return render(request, "orga/requests.html", context)
