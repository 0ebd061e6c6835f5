"""My agenda: the page, and its small forms (time zone, consent, after each meeting)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from clustermeet.meetings.domain.after_meeting import report_meeting
from clustermeet.meetings.domain.queries.my_agenda import personal_agenda
from clustermeet.meetings.models import CalendarFeed, Meeting
from clustermeet.portal.agenda.common import my_participation, sentence
from clustermeet.portal.agenda.forms import ConsentForm, ReportForm, TimeZoneForm
from clustermeet.profiles.domain.agenda_settings import set_named_in_report, set_time_zone

# The directory's profile pages (portal/people): /events/<slug>/participants/<pk>/
PROFILE_BASE = "/events/{slug}/participants/"


@require_safe
@login_required
def agenda_page(request: HttpRequest, slug: str) -> HttpResponse:
    me = my_participation(request, slug)
    agenda = personal_agenda(me)
    feed = CalendarFeed.objects.filter(participant=me).first()
    feed_url = (
        request.build_absolute_uri(f"/events/{slug}/calendar/{feed.token}.ics") if feed else ""
    )
    context = {
        "event": me.event,
        "me": me,
        "agenda": agenda,
        "zone_form": TimeZoneForm(
            initial={"time_zone": me.time_zone}, event_zone=me.event.time_zone
        ),
        "consent_form": ConsentForm(initial={"named_in_report": me.named_in_report}),
        "report_form": ReportForm(),
        "feed": feed,
        "feed_url": feed_url,
        "profile_base": PROFILE_BASE.format(slug=slug),
    }
    return render(request, "portal/agenda/agenda.html", context)


def _back(slug: str, anchor: str = "") -> HttpResponse:
    response = redirect("portal:agenda", slug=slug)
    response["Location"] += anchor
    return response


@require_POST
@login_required
def change_time_zone(request: HttpRequest, slug: str) -> HttpResponse:
    me = my_participation(request, slug)
    try:
        set_time_zone(me, request.POST.get("time_zone", ""), acting_user=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, sentence(error))
    else:
        messages.success(request, _("Your time zone is saved."))
    return _back(slug, "#settings")


@require_POST
@login_required
def change_consent(request: HttpRequest, slug: str) -> HttpResponse:
    me = my_participation(request, slug)
    form = ConsentForm(request.POST)
    form.is_valid()  # a checkbox: absent means no
    named = bool(form.cleaned_data.get("named_in_report"))
    set_named_in_report(me, named, acting_user=request.user)  # type: ignore[arg-type]
    messages.success(
        request,
        _("The report may name you and your organisation.")
        if named
        else _("The report will not name you or your organisation."),
    )
    return _back(slug, "#settings")


@require_POST
@login_required
def report(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    me = my_participation(request, slug)
    meeting = (
        Meeting.objects.filter(pk=pk, event=me.event, seats__participant=me)
        .select_related("event", "slot", "schedule")
        .first()
    )
    if meeting is None:
        raise Http404(_("This meeting is not on your agenda."))
    form = ReportForm(request.POST)
    if not form.is_valid():
        problems = "; ".join(
            f"{form.fields[f].label}: {' '.join(str(m) for m in e)}" for f, e in form.errors.items()
        )
        messages.error(request, problems)
        return _back(slug, f"#meeting-{pk}")
    data = form.cleaned_data
    try:
        report_meeting(
            meeting,
            me,
            data["attendance"],
            data["kind"],
            data["comment"],
            acting_user=request.user,  # type: ignore[arg-type]
        )
    except (ValidationError, PermissionDenied) as error:
        text = sentence(error) if isinstance(error, ValidationError) else str(error)
        messages.error(request, text)
    else:
        messages.success(request, _("Thank you: your report on this meeting is saved."))
    return _back(slug, f"#meeting-{pk}")
