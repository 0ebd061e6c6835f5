"""The navigation's "Participants" link: to the directory of the event the page is about when
the user takes part in it, else of their latest event; nothing for those who take part in none.
Read lazily, so a page that does not show the navigation costs no query."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from clustermeet.events.models import Event


def _directory(request: HttpRequest) -> str:
    slugs = list(
        Event.objects.filter(participants__user=request.user.pk)
        .order_by("-start_date", "pk")
        .values_list("slug", flat=True)
    )
    if not slugs:
        return ""
    match = request.resolver_match
    here = match.kwargs.get("slug") if match is not None else None
    slug = here if here in slugs else slugs[0]
    return reverse("portal:participants", args=[slug])


def people_navigation(request: HttpRequest) -> dict[str, Any]:
    if not request.user.is_authenticated:
        return {}
    return {"participants_url": SimpleLazyObject(lambda: _directory(request))}
