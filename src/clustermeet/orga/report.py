"""The organiser's analytics page at /orga/<slug>/report/ and its downloads (PDF, Markdown,
HTML), in English, French or Bulgarian; organisers of the event and administrators only."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from clustermeet.events.models import Event
from clustermeet.events.rules import is_organiser
from clustermeet.reports.domain.report import Report, event_report
from clustermeet.reports.interfaces.documents import render_html, render_pdf
from clustermeet.reports.words import WORDS

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "bg": "Български"}
FORMATS = {
    "pdf": ("application/pdf", "PDF"),
    "md": ("text/markdown; charset=utf-8", "Markdown"),
    "html": ("text/html; charset=utf-8", "HTML"),
}


def _organised_event(request: HttpRequest, slug: str) -> Event:
    event = get_object_or_404(Event, slug=slug)
    if not is_organiser(event, request.user):
        raise PermissionDenied(f"Only the organisers of '{event.name}' may see its report.")
    return event


def _report(request: HttpRequest, event: Event) -> Report | HttpResponse:
    language = request.GET.get("language", "en")
    if language not in WORDS:
        return HttpResponseBadRequest(
            f"Report language '{language}' is not available; expected one of en, fr, bg.",
            content_type="text/plain; charset=utf-8",
        )
    return event_report(event, language)


@require_safe
@login_required
def page(request: HttpRequest, slug: str) -> HttpResponse:
    event = _organised_event(request, slug)
    report = _report(request, event)
    if isinstance(report, HttpResponse):
        return report
    context = {
        "event": event,
        "report": report,
        "languages": LANGUAGE_NAMES,
        "formats": [(fmt, label) for fmt, (_, label) in FORMATS.items()],
    }
    return render(request, "orga/report/page.html", context)


@require_safe
@login_required
def download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    event = _organised_event(request, slug)
    if fmt not in FORMATS:
        return HttpResponseBadRequest(
            f"'{fmt}' is not a report format; expected one of pdf, md, html.",
            content_type="text/plain; charset=utf-8",
        )
    report = _report(request, event)
    if isinstance(report, HttpResponse):
        return report
    content_type, _ = FORMATS[fmt]
    if fmt == "pdf":
        body: bytes | str = render_pdf(report)
    elif fmt == "html":
        body = render_html(report)
    else:
        body = report.markdown
    response = HttpResponse(body, content_type=content_type)
    name = f"{event.slug}-report-{report.language}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
