"""Run the scheduler, read a draft's preview, lock meetings, publish.

`run_scheduler` is the one place that starts the solver: a background task (in-process
without a broker, on a Celery worker with one) whose progress page refreshes itself.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from clustermeet.accounts.models import User
from clustermeet.events.models import Event
from clustermeet.matchmaking.tasks import compute_recommendations
from clustermeet.meetings.domain.changes import lock_meeting
from clustermeet.meetings.domain.diffs import published_schedule_of, schedule_diff
from clustermeet.meetings.domain.preview import draft_preview
from clustermeet.meetings.domain.release import publish_and_notify
from clustermeet.meetings.models import Meeting, Schedule
from clustermeet.meetings.tasks import schedule_event
from clustermeet.orga.charts import HEIGHT, WIDTH, histogram_bars
from clustermeet.orga.forms import ConfirmForm, LockForm, RunForm
from clustermeet.orga.views.access import attempt, organiser_page
from clustermeet.tasks.enums import RunState
from clustermeet.tasks.models import TaskRun

RECOMMEND_TASK = compute_recommendations.name


def run_scheduler(event: Event, *, acting_user: User, time_limit: float) -> TaskRun:
    """Start solving `event` into a new draft; the run records its progress."""
    return schedule_event.start(event, started_by=acting_user, time_limit=time_limit)


def solver_figures(schedule: Schedule) -> str:
    s = schedule.statistics
    if schedule.solver_status == "OPTIMAL":
        proven = _("proven optimal")
    elif s.get("bound") is not None and s.get("weight") == s.get("bound"):
        proven = _("the weight reaches the bound; fairness and breaks not proven optimal")
    else:
        proven = _("not proven optimal")
    return _(
        "Version %(version)s: %(meetings)s meetings, weight %(weight)s of at most "
        "%(bound)s (%(proven)s), %(seconds)s s."
    ) % {
        "version": schedule.version,
        "meetings": s.get("meetings", 0),
        "weight": s.get("weight", 0),
        "bound": s.get("bound", "?"),
        "proven": proven,
        "seconds": s.get("seconds", "?"),
    }


@organiser_page
def schedules(request: HttpRequest, event: Event) -> HttpResponse:
    form = RunForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        limit = form.cleaned_data["time_limit"]
        run = attempt(request, run_scheduler, event, time_limit=limit)
        if run is not None:
            return redirect("orga:task", slug=event.slug, pk=run.pk)
    versions = Schedule.objects.filter(event=event).order_by("-version")
    return render(
        request, "orga/schedules.html", {"event": event, "form": form, "versions": versions}
    )


def _schedule(event: Event, version: int) -> Schedule:
    return get_object_or_404(Schedule, event=event, version=version)


@organiser_page
def schedule(request: HttpRequest, event: Event, version: int) -> HttpResponse:
    draft = _schedule(event, version)
    preview = draft_preview(draft)
    published = published_schedule_of(event)
    base = published if published is not None and published.pk != draft.pk else None
    diff = schedule_diff(draft, base) if published is None or base is not None else None
    context = {
        "event": event,
        "schedule": draft,
        "preview": preview,
        "bars": histogram_bars(preview.histogram),
        "chart": {"width": WIDTH, "height": HEIGHT},
        "base": base,
        "diff": diff,
        "figures": solver_figures(draft),
        "publish_form": ConfirmForm(),
    }
    return render(request, "orga/schedule.html", context)


@require_POST
@organiser_page
def publish(request: HttpRequest, event: Event, version: int) -> HttpResponse:
    draft = _schedule(event, version)
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for e in form.errors["confirm"]))
    else:
        done = attempt(request, publish_and_notify, draft)
        if done is not None:
            _published, diff = done
            messages.success(
                request,
                _(
                    "Published version %(version)s: %(added)s added, %(moved)s moved, "
                    "%(removed)s removed; %(affected)s people notified once each."
                )
                % {
                    "version": draft.version,
                    "added": len(diff.added),
                    "moved": len(diff.moved),
                    "removed": len(diff.removed),
                    "affected": len(diff.affected),
                },
            )
    return redirect("orga:schedule", slug=event.slug, version=draft.version)


@require_POST
@organiser_page
def lock(request: HttpRequest, event: Event, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.select_related("schedule"), event=event, pk=pk)
    form = LockForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say whether to lock or unlock the meeting."))
    elif attempt(request, lock_meeting, meeting, form.cleaned_data["locked"]) is not None:
        messages.success(
            request,
            (
                _("Locked: %(meeting)s.")
                if form.cleaned_data["locked"]
                else _("Unlocked: %(meeting)s.")
            )
            % {"meeting": meeting},
        )
    return redirect("orga:schedule", slug=event.slug, version=meeting.schedule.version)


@require_safe
@organiser_page
def task(request: HttpRequest, event: Event, pk: int) -> HttpResponse:
    """A run's progress; it refreshes itself until the run ends, then opens the draft."""
    run = get_object_or_404(TaskRun, pk=pk, event=event)
    if run.name == RECOMMEND_TASK:
        if run.state == RunState.DONE:
            done = run.result or {}
            messages.success(
                request,
                _("Recommendations computed: %(stored)s for %(people)s participants (%(encoder)s).")
                % {
                    "stored": done.get("stored", 0),
                    "people": done.get("participants", 0),
                    "encoder": done.get("encoder", "?"),
                },
            )
            return redirect("orga:matchmaking", slug=event.slug)
        return render(
            request,
            "orga/task.html",
            {
                "event": event,
                "run": run,
                "title": _("Computing recommendations"),
                "back": "orga:matchmaking",
            },
        )
    version = (run.result or {}).get("version") if run.state == RunState.DONE else None
    if version is not None:
        schedule = get_object_or_404(Schedule, event=event, version=version)
        messages.success(request, _("Scheduled.") + " " + solver_figures(schedule))
        return redirect("orga:schedule", slug=event.slug, version=version)
    return render(
        request,
        "orga/task.html",
        {"event": event, "run": run, "title": _("Scheduler run"), "back": "orga:schedules"},
    )
