"""The dashboard: the event's figures at a glance, each a link to its list."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from clustermeet.events.models import Event
from clustermeet.meetings.domain.diffs import published_schedule_of
from clustermeet.meetings.enums import MeetingStatus, RequestStatus
from clustermeet.meetings.models import Meeting, Request, Schedule
from clustermeet.orga.views.access import organiser_page
from clustermeet.profiles.domain.reminders import bookability


@require_safe
@organiser_page
def dashboard(request: HttpRequest, event: Event) -> HttpResponse:
    people = bookability(event)
    requests = Request.objects.filter(event=event)
    published = published_schedule_of(event)
    latest = Schedule.objects.filter(event=event).order_by("-version").first()
    shown = published or latest
    meetings = (
        Meeting.objects.filter(schedule=shown, stands=True) if shown else Meeting.objects.none()
    )

    def url(name: str, query: str = "", **kwargs: object) -> str:
        return reverse(f"orga:{name}", kwargs={"slug": event.slug, **kwargs}) + query

    schedule_url = url("schedule", version=shown.version) if shown else url("schedules")
    figures = [
        ("registered", _("registered"), len(people), url("participants")),
        (
            "profiles complete",
            _("profiles complete"),
            sum(1 for p in people if "empty profile" not in p.problems),
            url("participants", "?show=unbookable"),
        ),
        (
            "bookable",
            _("bookable"),
            sum(1 for p in people if p.bookable),
            url("participants", "?show=unbookable"),
        ),
        ("requests", _("requests"), requests.count(), url("requests")),
        (
            "accepted",
            _("accepted"),
            requests.filter(status=RequestStatus.ACCEPTED).count(),
            url("requests", "?status=accepted"),
        ),
        ("scheduled", _("scheduled"), meetings.count(), schedule_url),
        ("held", _("held"), meetings.filter(status=MeetingStatus.HELD).count(), url("attendance")),
    ]
    context = {"event": event, "figures": figures, "published": published, "latest": latest}
    return render(request, "orga/dashboard.html", context)
