"""The event's audit log: who did what, on whose behalf, from what to what, and when;
filtered by verb and by person, a page at a time. Entries made on someone's behalf stand out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from clustermeet.audit.models import AuditEntry
from clustermeet.audit.queries import event_entries, event_verbs
from clustermeet.events.models import Event
from clustermeet.orga.views.access import organiser_page
from clustermeet.profiles.models import Participant

PER_PAGE = 50


@dataclass(frozen=True)
class LogRow:
    entry: AuditEntry
    who: str
    behalf: str
    at: datetime
    before: str
    after: str


def _values(data: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(data.items()))


def _row(entry: AuditEntry, event: Event) -> LogRow:
    who = entry.actor.display_name if entry.actor else _("the command line or the system")
    behalf = entry.on_behalf_of.display_name if entry.on_behalf_of else ""
    return LogRow(
        entry,
        who,
        behalf,
        entry.at.astimezone(event.tz),
        _values(entry.before),
        _values(entry.after),
    )


@require_safe
@organiser_page
def log(request: HttpRequest, event: Event) -> HttpResponse:
    verbs = event_verbs(event.pk)
    people = list(Participant.objects.filter(event=event).select_related("user", "organisation"))
    verb = request.GET.get("verb") or None
    if verb not in verbs:
        verb = None
    person = request.GET.get("person", "")
    chosen = next((p for p in people if str(p.user_id) == person), None)
    behalf_only = request.GET.get("behalf") == "1"
    entries = event_entries(
        event.pk,
        verb=verb,
        user_id=chosen.user_id if chosen else None,
        behalf_only=behalf_only,
    )
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    query = {
        k: v
        for k, v in (
            ("verb", verb or ""),
            ("person", str(chosen.user_id) if chosen else ""),
            ("behalf", "1" if behalf_only else ""),
        )
        if v
    }
    context = {
        "event": event,
        "rows": [_row(e, event) for e in page.object_list],
        "page": page,
        "verbs": verbs,
        "verb": verb,
        "people": people,
        "person": chosen,
        "behalf_only": behalf_only,
        "query": urlencode(query),
    }
    return render(request, "orga/log.html", context)
