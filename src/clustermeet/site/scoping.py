"""Each web request sees only the events its user may see; everything else is out of scope.

A page under an event's slug sees that event alone (its view still checks who may see it);
the admin sees the events its user organises (all of them for an administrator); any other
page sees the public events and those the user takes part in or organises.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

from clustermeet.events.models import Event
from clustermeet.events.scoping import all_events, event_scope


def visible_event_ids(request: HttpRequest) -> list[int]:
    user = request.user
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return []
    slug = match.kwargs.get("slug")
    if slug is not None:
        return list(Event.objects.filter(slug=slug).values_list("pk", flat=True))
    if not user.is_authenticated:
        return list(Event.objects.filter(is_public=True).values_list("pk", flat=True))
    if match.namespace == "admin":
        return list(Event.objects.filter(organisers=user).values_list("pk", flat=True))
    mine = Q(is_public=True) | Q(organisers=user) | Q(participants__user=user)
    return list(Event.objects.filter(mine).values_list("pk", flat=True).distinct())


class EventScopeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and request.user.is_superuser:
            with all_events():
                return self.get_response(request)
        with event_scope(visible_event_ids(request)):
            return self.get_response(request)
