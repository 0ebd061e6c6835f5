"""Thin views: they check who may see what, call the domain and render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from clustermeet.events.models import Event
from clustermeet.events.rules import is_organiser
from clustermeet.exchange import template_files
from clustermeet.exchange.columns import KINDS
from clustermeet.exchange.files import check_size
from clustermeet.exchange.problems import ImportRejected
from clustermeet.exchange.tabular import read_csv, read_xlsx
from clustermeet.exchange.tabular_import import import_sheets
from clustermeet.meetings.domain.queries.dashboard import dashboard
from clustermeet.portal.forms import ImportForm
from clustermeet.profiles.domain.completeness import completeness
from clustermeet.profiles.domain.overview import event_overview
from clustermeet.profiles.models import Participant


def _visible_event(request: HttpRequest, slug: str) -> Event:
    event = get_object_or_404(Event, slug=slug)
    if not event.is_public and not is_organiser(event, request.user):
        raise Http404("No such event.")
    return event


@require_safe
def event_list(request: HttpRequest) -> HttpResponse:
    events = Event.objects.filter(is_public=True).order_by("-start_date")
    return render(request, "portal/event_list.html", {"events": events})


@require_safe
def event_page(request: HttpRequest, slug: str) -> HttpResponse:
    event = _visible_event(request, slug)
    context = {"overview": event_overview(event), "is_organiser": is_organiser(event, request.user)}
    return render(request, "portal/event.html", context)


@require_safe
@login_required
def home(request: HttpRequest) -> HttpResponse:
    participations = (
        Participant.objects.filter(user=request.user.pk)
        .select_related("event", "organisation", "delegation")
        .prefetch_related("items")
    )
    cards = [
        {
            "dashboard": dashboard(p),
            "completeness": completeness(p, len(p.items.all())),
            "recommendations": p.recommendations.select_related(
                "candidate__user", "candidate__organisation"
            ).order_by("rank")[:10],
        }
        for p in participations
    ]
    organised = Event.objects.filter(organisers=request.user.pk)
    return render(request, "portal/home.html", {"cards": cards, "organised": organised})


@login_required
def import_people(request: HttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event, slug=slug)
    if not is_organiser(event, request.user):
        raise PermissionDenied("Only the event's organisers may import participants.")
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            check_size(upload.size, upload.name)  # before a byte of it is read
            data = upload.read()
            sheets = (
                read_xlsx(data, upload.name)
                if upload.name.lower().endswith(".xlsx")
                else [read_csv(data, upload.name)]
            )
            report = import_sheets(event, sheets, acting_user=request.user)  # type: ignore[arg-type]
        except ImportRejected as rejected:
            problems = rejected.problems
        else:
            messages.success(request, f"Imported: {report.summary()}.")
            return redirect("portal:import", slug=event.slug)
    return render(
        request,
        "portal/import.html",
        {
            "event": event,
            "form": form,
            "problems": problems,
            "kinds": KINDS,
            "columns": KINDS.items(),
        },
    )


@require_safe
@login_required
def import_template_xlsx(request: HttpRequest, slug: str) -> HttpResponse:
    get_object_or_404(Event, slug=slug)
    response = HttpResponse(
        template_files.xlsx_template(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="clustermeet-import.xlsx"'
    return response


@require_safe
@login_required
def import_template_csv(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    get_object_or_404(Event, slug=slug)
    if kind not in KINDS:
        raise Http404("No such template.")
    response = HttpResponse(template_files.csv_template(kind), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{kind}.csv"'
    return response
