"""When a participant can meet: whole sessions or single slots unticked."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from clustermeet.events.models import Slot
from clustermeet.meetings.domain.availability import set_availability
from clustermeet.portal.people.access import participation
from clustermeet.portal.people.errors import sentence
from clustermeet.profiles.domain.queries.availability import availability_sheet
from clustermeet.profiles.models import Unavailability


def _ids(values: list[str]) -> set[int]:
    return {int(v) for v in values if v.isdigit()}


@login_required
def availability(request: HttpRequest, slug: str) -> HttpResponse:
    p = participation(request, slug)
    if request.method == "POST":
        # Of the sessions the form showed, a slot is free when it and its session are ticked;
        # the slots of any other session (one added since) keep what they were.
        shown = _ids(request.POST.getlist("shown"))
        sessions, ticked = _ids(request.POST.getlist("session")), _ids(request.POST.getlist("slot"))
        if not shown:
            messages.error(request, _("The form showed no session; nothing was changed."))
            return redirect("portal:availability", slug=slug)
        slots = Slot.objects.filter(event=p.event)
        kept = set(Unavailability.objects.filter(participant=p).values_list("slot_id", flat=True))
        away = [
            s
            for s in slots
            if (s.session_id in shown and not (s.session_id in sessions and s.pk in ticked))
            or (s.session_id not in shown and s.pk in kept)
        ]
        try:
            warnings = set_availability(p, away, acting_user=request.user)  # type: ignore[arg-type]
        except ValidationError as error:
            messages.error(request, sentence(error))
        else:
            messages.success(request, _("Availability saved."))
            for warning in warnings:
                messages.warning(request, warning)
        return redirect("portal:availability", slug=slug)
    context = {"event": p.event, "participant": p, "sheet": availability_sheet(p)}
    return render(request, "portal/people/availability.html", context)
