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


def _ids(values: list[str]) -> set[int]:
    return {int(v) for v in values if v.isdigit()}


@login_required
def availability(request: HttpRequest, slug: str) -> HttpResponse:
    p = participation(request, slug)
    if request.method == "POST":
        # Free: a ticked slot in a ticked session; everything else is unavailable.
        sessions, ticked = _ids(request.POST.getlist("session")), _ids(request.POST.getlist("slot"))
        slots = Slot.objects.filter(event=p.event)
        away = [s for s in slots if not (s.session_id in sessions and s.pk in ticked)]
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
