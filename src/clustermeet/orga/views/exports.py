"""Exports as CSV or XLSX, cells escaped so that none runs as a formula."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from clustermeet.events.models import Event
from clustermeet.orga.exports import EXPORTS
from clustermeet.orga.sheets import to_csv, to_xlsx
from clustermeet.orga.views.access import organiser_page

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@require_safe
@organiser_page
def exports(request: HttpRequest, event: Event) -> HttpResponse:
    return render(request, "orga/exports.html", {"event": event, "names": list(EXPORTS)})


@require_safe
@organiser_page
def export(request: HttpRequest, event: Event, what: str, fmt: str) -> HttpResponse:
    if what not in EXPORTS or fmt not in ("csv", "xlsx"):
        raise Http404(
            f"No export '{what}.{fmt}': choose one of {', '.join(EXPORTS)} as csv or xlsx."
        )
    header, rows = EXPORTS[what](event)
    if fmt == "csv":
        response = HttpResponse(to_csv(header, rows), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(to_xlsx(what, header, rows), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-{what}.{fmt}"'
    return response
