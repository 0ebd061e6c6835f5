"""The day itself: the table plan (screen and PDF), check-in at the door, held or no-show
per meeting (made for a phone), and a late change re-planned around the people still there."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from clustermeet.events.models import Event, Slot
from clustermeet.meetings.domain.attendance import check_in, record_attendance
from clustermeet.meetings.domain.diffs import published_schedule_of, schedule_diff
from clustermeet.meetings.domain.late_changes import mark_absent, replan_event
from clustermeet.meetings.domain.table_breaks import broken_table_meetings, replan_table_break
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.meetings.models import Meeting
from clustermeet.orga.day_forms import TableBreakForm
from clustermeet.orga.forms import AttendanceForm, LateChangeForm, PersonForm
from clustermeet.orga.pdf import table_plan_pdf
from clustermeet.orga.plan import day_schedule, table_plan
from clustermeet.orga.views.access import attempt, organiser_page
from clustermeet.orga.views.scheduling import solver_figures
from clustermeet.profiles.models import Participant


@require_safe
@organiser_page
def plan(request: HttpRequest, event: Event) -> HttpResponse:
    schedule = day_schedule(event)
    context = {"event": event, "schedule": schedule, "plans": table_plan(schedule)}
    return render(request, "orga/plan.html", context)


@require_safe
@organiser_page
def plan_pdf(request: HttpRequest, event: Event) -> HttpResponse:
    schedule = day_schedule(event)
    title = f"{event.name} — table plan" + (
        f" (version {schedule.version}, {schedule.state})" if schedule else ""
    )
    response = HttpResponse(
        table_plan_pdf(event, table_plan(schedule), title), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="{event.slug}-table-plan.pdf"'
    return response


@organiser_page
def check_in_page(request: HttpRequest, event: Event) -> HttpResponse:
    if request.method == "POST":
        form = PersonForm(event, request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a participant of this event to check in."))
        elif attempt(request, check_in, form.cleaned_data["participant"]) is not None:
            messages.success(
                request, _("Checked in: %(person)s.") % {"person": form.cleaned_data["participant"]}
            )
        return redirect("orga:check-in", slug=event.slug)
    people = Participant.objects.filter(event=event).select_related("user", "organisation")
    # At the door: find someone by a part of their name, e-mail or organisation.
    query = request.GET.get("q", "").strip()[:100]
    if query:
        people = people.filter(
            Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(user__email__icontains=query)
            | Q(organisation__name__icontains=query)
        )
    context = {"event": event, "people": people, "query": query}
    return render(request, "orga/check_in.html", context)


@organiser_page
def attendance(request: HttpRequest, event: Event) -> HttpResponse:
    schedule = day_schedule(event)
    if request.method == "POST":
        form = AttendanceForm(event, request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a meeting and whether it was held or a no-show."))
        else:
            meeting = get_object_or_404(Meeting, event=event, pk=form.cleaned_data["meeting"])
            status = form.cleaned_data["status"]
            if attempt(request, record_attendance, meeting, status):
                messages.success(
                    request,
                    _("%(meeting)s: %(status)s.")
                    % {"meeting": meeting, "status": MeetingStatus(status).label},
                )
            # Back to the meeting just recorded, not the top of a long list (on a phone).
            return redirect(f"{request.get_full_path()}#meeting-{meeting.pk}")
        return redirect(request.get_full_path())
    plans = table_plan(schedule)
    slot = request.GET.get("slot")
    if slot and slot.isdigit():
        plans = [p for p in plans if p.slot.pk == int(slot)]
    return render(
        request, "orga/attendance.html", {"event": event, "schedule": schedule, "plans": plans}
    )


@organiser_page
def late_change(request: HttpRequest, event: Event) -> HttpResponse:
    """A participant cannot attend from a slot on: record it, re-plan, show the new draft."""
    form = LateChangeForm(event, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        person, start = form.cleaned_data["participant"], form.cleaned_data["from_slot"]
        slots = Slot.objects.filter(event=event, start__gte=start.start)
        if attempt(request, mark_absent, person, slots) is not None:
            draft = attempt(request, replan_event, event, not_before=start)
            if draft is not None:
                diff = schedule_diff(draft, published_schedule_of(event))
                messages.success(
                    request,
                    _(
                        "Re-planned in %(seconds)s s: %(unchanged)s meetings stay as they were; "
                        "%(moved)s moved, %(removed)s removed, %(added)s added (%(affected)s "
                        "people affected)."
                    )
                    % {
                        "seconds": draft.statistics["seconds"],
                        "unchanged": diff.unchanged,
                        "moved": len(diff.moved),
                        "removed": len(diff.removed),
                        "added": len(diff.added),
                        "affected": len(diff.affected),
                    }
                    + " "
                    + solver_figures(draft),
                )
                return redirect("orga:schedule", slug=event.slug, version=draft.version)
    return render(request, "orga/late_change.html", {"event": event, "form": form})


@organiser_page
def table_break(request: HttpRequest, event: Event) -> HttpResponse:
    """A table is unusable from a slot on: GET shows its meetings the break affects; POST
    re-plans them (nothing else moves) into a new draft, shown with its diff."""
    data = request.POST if request.method == "POST" else (request.GET or None)
    form = TableBreakForm(event, data)
    affected = None
    if data is not None and form.is_valid():
        table, start = form.cleaned_data["table"], form.cleaned_data["from_slot"]
        affected = broken_table_meetings(table, start)
        if request.method == "POST":
            draft = attempt(request, replan_table_break, table, start)
            if draft is not None:
                diff = schedule_diff(draft, published_schedule_of(event))
                messages.success(
                    request,
                    _(
                        "Re-planned without %(table)s in %(seconds)s s: %(kept)s meetings stay "
                        "as they were; %(moved)s moved, %(removed)s removed, %(added)s added "
                        "(%(people)s people affected). "
                    )
                    % {
                        "table": table.name,
                        "seconds": draft.statistics["seconds"],
                        "kept": diff.unchanged,
                        "moved": len(diff.moved),
                        "removed": len(diff.removed),
                        "added": len(diff.added),
                        "people": len(diff.affected),
                    }
                    + solver_figures(draft),
                )
                return redirect("orga:schedule", slug=event.slug, version=draft.version)
    context = {"event": event, "form": form, "affected": affected}
    return render(request, "orga/table_break.html", context)
