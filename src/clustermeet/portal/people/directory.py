"""The directory of an event's participants and each person's page (members and organisers)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from clustermeet.matchmaking.enums import MarkKind
from clustermeet.meetings.domain.queries.directory import (
    DirectoryFilters,
    country_choices,
    directory_page,
)
from clustermeet.meetings.domain.queries.profiles import redacted_profile
from clustermeet.meetings.domain.requests_help import request_refusal
from clustermeet.meetings.domain.requests_policy import quota_left
from clustermeet.portal.people.access import member_or_organiser, person_of
from clustermeet.portal.people.forms import DirectoryForm
from clustermeet.portal.people.labels import ECOSYSTEM_LABELS, TECHNOLOGY_LABELS, labelled
from clustermeet.profiles.domain.nace import nace_labels
from clustermeet.profiles.names import country_label, language_label


@require_safe
@login_required
def directory(request: HttpRequest, slug: str) -> HttpResponse:
    event, viewer = member_or_organiser(request, slug)
    form = DirectoryForm(
        request.GET or None,
        countries=[(c, country_label(c)) for c in country_choices(event)],
        delegations=list(event.delegations.order_by("name").values_list("pk", "name")),
    )
    data = form.cleaned_data if form.is_valid() else {}
    filters = DirectoryFilters(
        text=data.get("q") or "",
        country=data.get("country") or "",
        delegation=data.get("delegation"),
        ecosystem=data.get("ecosystem") or "",
        kind=data.get("kind") or "",
        item_kind=data.get("item_kind") or "",
    )
    page = directory_page(event, viewer, filters, request.GET.get("page") or 1)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "event": event,
        "viewer": viewer,
        "form": form,
        "filters": filters,
        "page": page,
        "query": query.urlencode(),
    }
    return render(request, "portal/people/directory.html", context)


@require_safe
@login_required
def person(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event, viewer = member_or_organiser(request, slug)
    other = person_of(event, pk)
    items = list(other.items.order_by("kind", "title"))
    own = viewer is not None and viewer.pk == other.pk
    mark = None
    if viewer is not None and not own:
        mark = viewer.marks.filter(target=other).values_list("kind", flat=True).first()
    org = other.organisation
    language = get_language() or "en"
    context = {
        "event": event,
        "viewer": viewer,
        "other": other,
        "ecosystems": labelled(org.ecosystems, ECOSYSTEM_LABELS),
        "technologies": labelled(org.key_technologies, TECHNOLOGY_LABELS),
        "nace": nace_labels(org.nace_codes, language),
        "languages": [language_label(code) for code in other.languages],
        "shown": redacted_profile(viewer, other),
        "items": items,
        "own": own,
        "mark": mark,
        "mark_choices": MarkKind.choices,
        "refusal": request_refusal(viewer, other) if viewer is not None and not own else None,
        "quota_left": quota_left(viewer) if viewer is not None else None,
    }
    return render(request, "portal/people/person.html", context)
