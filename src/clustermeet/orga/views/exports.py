"""Exports as CSV or XLSX, cells escaped so that none runs as a formula."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from clustermeet.events.models import Event
from clustermeet.orga.agenda_export import agenda_pdf, agenda_rows
from clustermeet.orga.exports import EXPORTS
from clustermeet.orga.sheets import to_csv, to_xlsx
from clustermeet.orga.views.access import organiser_page
from clustermeet.profiles.models import Participant

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@require_safe
@organiser_page
def exports(request: HttpRequest, event: Event) -> HttpResponse:
    people = Participant.objects.filter(event=event).select_related("user", "organisation")
    context = {"event": event, "names": list(EXPORTS), "people": people}
    return render(request, "orga/exports.html", context)


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


@require_safe
@organiser_page
def agenda_export(request: HttpRequest, event: Event) -> HttpResponse:
    """One participant's agenda: ?participant=<id>&format=pdf|xlsx|csv."""
    pk, fmt = request.GET.get("participant", ""), request.GET.get("format", "")
    person = (
        Participant.objects.filter(event=event, pk=int(pk))
        .select_related("user", "organisation", "event")
        .first()
        if pk.isdigit()
        else None
    )
    if person is None or fmt not in ("pdf", "xlsx", "csv"):
        messages.error(request, _("Choose a participant of this event and PDF, XLSX or CSV."))
        return redirect("orga:exports", slug=event.slug)
    name = f"{event.slug}-agenda-{person.pk}.{fmt}"
    if fmt == "pdf":
        response = HttpResponse(agenda_pdf(person), content_type="application/pdf")
    else:
        header, rows = agenda_rows(person)
        body = to_csv(header, rows) if fmt == "csv" else to_xlsx("agenda", header, rows)
        kind = "text/csv; charset=utf-8" if fmt == "csv" else XLSX
        response = HttpResponse(body, content_type=kind)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
