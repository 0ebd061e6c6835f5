"""Registrations waiting for approval (and those decided): approve or reject each one."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from clustermeet.events.models import Event
from clustermeet.orga.views.access import attempt, organiser_page
from clustermeet.profiles.domain.registration import approve_registration, reject_registration
from clustermeet.profiles.enums import Registration
from clustermeet.profiles.models import Participant


@organiser_page
def registrations(request: HttpRequest, event: Event) -> HttpResponse:
    state = request.GET.get("state") or request.POST.get("state") or Registration.PENDING
    if state not in Registration.values:
        state = Registration.PENDING
    if request.method == "POST":
        return _decide(request, event, state)
    rows = (
        Participant.objects.filter(event=event, registration=state)
        .select_related("user", "organisation")
        .order_by("created_at", "pk")
    )
    context = {
        "event": event,
        "rows": rows,
        "state": state,
        "states": Registration.choices,
    }
    return render(request, "orga/registrations.html", context)


def _decide(request: HttpRequest, event: Event, state: str) -> HttpResponse:
    back = reverse("orga:registrations", kwargs={"slug": event.slug}) + f"?state={state}"
    raw = request.POST.get("participant", "")
    decision = request.POST.get("decision")
    if not raw.isdigit() or decision not in ("approve", "reject"):
        messages.error(request, _("Choose a registration and press Approve or Reject."))
        return redirect(back)
    person = get_object_or_404(
        Participant.objects.select_related("user", "event"), event=event, pk=int(raw)
    )
    name = person.user.display_name
    if decision == "approve":
        if attempt(request, approve_registration, person) is not None:
            messages.success(request, _("%(name)s is approved and told so.") % {"name": name})
    elif (
        attempt(request, reject_registration, person, reason=request.POST.get("reason", ""))
        is not None
    ):
        messages.success(
            request, _("%(name)s's registration is rejected; they are told.") % {"name": name}
        )
    return redirect(back)
