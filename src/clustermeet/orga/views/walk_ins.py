"""The day's arrivals: a walk-in added at the door, and a late request booked into a slot and
table that are free for both people from now on."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from clustermeet.events.models import Event
from clustermeet.meetings.domain.diffs import published_schedule_of
from clustermeet.meetings.domain.late_requests import FreePlace, book_late_request, free_places
from clustermeet.meetings.models import Schedule
from clustermeet.orga.day_forms import BookForm, PairForm, WalkInForm
from clustermeet.orga.views.access import attempt, organiser_page, sentence_of
from clustermeet.profiles.domain.walk_ins import add_walk_in


def _late_request_url(event: Event, **query: int) -> str:
    return reverse("orga:late-request", kwargs={"slug": event.slug}) + (
        "?" + urlencode(query) if query else ""
    )


@organiser_page
def walk_in(request: HttpRequest, event: Event) -> HttpResponse:
    """Add a walk-in (checked in at once), then book their late requests."""
    form = WalkInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        person = attempt(request, add_walk_in, event, **form.cleaned_data)
        if person is not None:
            messages.success(
                request,
                _("%(name)s is registered and checked in; choose whom they meet.")
                % {"name": person},
            )
            return redirect(_late_request_url(event, first=person.pk))
    return render(request, "orga/walk_in.html", {"event": event, "form": form})


@organiser_page
def late_request(request: HttpRequest, event: Event) -> HttpResponse:
    """GET: the free places for a pair from now on; POST: book one of them."""
    if request.method == "POST":
        form = BookForm(event, request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose two people, a slot and a table of this event."))
            return redirect(_late_request_url(event))
        data = form.cleaned_data
        first, second = data["first"], data["second"]
        meeting = attempt(request, book_late_request, first, second, data["slot"], data["table"])
        if meeting is not None:
            messages.success(
                request,
                _("Booked: %(a)s and %(b)s at %(slot)s, %(table)s; both were told.")
                % {"a": first, "b": second, "slot": data["slot"], "table": data["table"]},
            )
        return redirect(_late_request_url(event, first=first.pk, second=second.pk))
    pair = PairForm(event, request.GET if "second" in request.GET else None)
    if not pair.is_bound and request.GET.get("first", "").isdigit():
        pair = PairForm(event, initial={"first": int(request.GET["first"])})
    places: list[FreePlace] | None = None
    error = None
    if pair.is_bound and pair.is_valid():
        try:
            places = free_places(event, pair.cleaned_data["first"], pair.cleaned_data["second"])
        except ValidationError as refusal:
            error = sentence_of(refusal)
    published = published_schedule_of(event)
    newer = (
        Schedule.objects.filter(event=event, version__gt=published.version).exists()
        if published is not None
        else False
    )
    context = {
        "event": event,
        "pair": pair,
        "places": places,
        "error": error,
        "published": published,
        "newer_draft": newer,
    }
    return render(request, "orga/late_request.html", context)
