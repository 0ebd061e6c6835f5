"""/api/v1/: the events, and each event's data under /api/v1/events/<slug>/ (the URL kwarg
is `slug`, so the scoping middleware sees that event alone)."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from rest_framework.routers import SimpleRouter

from clustermeet.api.views import (
    events,
    imports,
    matchmaking,
    meetings,
    profiles,
    reports,
    requests,
    schedules,
    tasks,
    webhooks,
)

app_name = "api"

top = SimpleRouter(use_regex_path=False)
top.register("events", events.EventViewSet, basename="event")

per_event = SimpleRouter(use_regex_path=False)
per_event.register("sessions", events.SessionViewSet, basename="session")
per_event.register("slots", events.SlotViewSet, basename="slot")
per_event.register("tables", events.TableViewSet, basename="table")
per_event.register("delegations", events.DelegationViewSet, basename="delegation")
per_event.register("organisations", profiles.OrganisationViewSet, basename="organisation")
per_event.register("participants", profiles.ParticipantViewSet, basename="participant")
per_event.register("items", profiles.ItemViewSet, basename="item")
per_event.register("requests", requests.RequestViewSet, basename="request")
per_event.register("marks", matchmaking.MarkViewSet, basename="mark")
per_event.register("schedules", schedules.ScheduleViewSet, basename="schedule")
per_event.register("meetings", meetings.MeetingViewSet, basename="meeting")
per_event.register("outcomes", meetings.OutcomeViewSet, basename="outcome")
per_event.register("webhooks", webhooks.WebhookViewSet, basename="webhook")
per_event.register("tasks", tasks.TaskRunViewSet, basename="task")


@csrf_exempt  # as the API's own views are: a wrong path is a 404, whatever the method
def not_found(request: HttpRequest) -> JsonResponse:
    """Any other path under /api/v1/ answers in JSON like the rest of the API."""
    return JsonResponse({"detail": f"No such API endpoint: {request.path}"}, status=404)


urlpatterns = [
    path("", include(top.urls)),
    path(
        "events/<slug:slug>/report/",
        reports.ReportViewSet.as_view({"get": "figures"}),
        name="report",
    ),
    path(
        "events/<slug:slug>/import/",
        imports.ImportViewSet.as_view({"post": "create"}),
        name="import",
    ),
    path("events/<slug:slug>/", include(per_event.urls)),
    re_path(r"", not_found),
]
