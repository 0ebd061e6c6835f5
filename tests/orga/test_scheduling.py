"""Run the scheduler, read the preview, lock a meeting, publish; through the test client."""

from __future__ import annotations

from django.core import mail
from django.urls import reverse

from clustermeet.meetings.models import Meeting, Schedule


def _url(name, small, **kwargs):
    return reverse(f"orga:{name}", kwargs={"slug": small.event.slug, **kwargs})


def test_run_scheduler_makes_draft_and_shows_solver_figures(small):
    response = small.client.post(_url("schedules", small), {"time_limit": "5"}, follow=True)
    schedule = Schedule.objects.get(event=small.event)
    assert schedule.state == "draft"
    assert response.redirect_chain[-1][0] == _url("schedule", small, version=1)
    page = response.content.decode()
    # 4 people, 6 mutual pairs, 6 slots, 2 tables: every pair fits.
    assert f"{schedule.statistics['meetings']} meetings" in page
    assert schedule.statistics["meetings"] == 6
    assert "proven optimal" in page
    assert "<svg" in page
    assert "6 added, 0 moved, 0 removed" in page


def test_run_scheduler_without_time_limit_shows_form_error(small):
    response = small.client.post(_url("schedules", small), {})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Schedule.objects.filter(event=small.event).exists()


def test_lock_then_publish_notifies_each_affected_person_once(
    small, django_capture_on_commit_callbacks
):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    meeting = Meeting.objects.filter(schedule__event=small.event).first()
    small.client.post(_url("lock", small, pk=meeting.pk), {"locked": "1"})
    meeting.refresh_from_db()
    assert meeting.locked is True
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = small.client.post(
            _url("publish", small, version=1), {"confirm": "on"}, follow=True
        )
    assert Schedule.objects.get(event=small.event).state == "published"
    assert "4 people notified once each" in response.content.decode()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted(p.user.email for p in small.people)


def test_publish_without_confirmation_changes_nothing(small):
    small.client.post(_url("schedules", small), {"time_limit": "5"})
    response = small.client.post(_url("publish", small, version=1), {}, follow=True)
    assert "Press the button to confirm" in response.content.decode()
    assert Schedule.objects.get(event=small.event).state == "draft"


def test_scheduler_run_page_shows_progress_and_refreshes_until_it_ends(small):
    from clustermeet.tasks.models import TaskRun

    run = TaskRun.objects.create(
        event=small.event, name="clustermeet.meetings.schedule_event", state="running"
    )
    run.report("solving", 40, "weight stage: 12 meetings so far")
    page = small.client.get(_url("task", small, pk=run.pk)).content.decode()
    assert '<progress max="100" value="40"' in page
    assert "weight stage: 12 meetings so far" in page
    assert '<meta http-equiv="refresh" content="2">' in page


def test_failed_scheduler_run_says_why_and_stops_refreshing(small):
    from clustermeet.tasks.models import TaskRun

    run = TaskRun.objects.create(
        event=small.event,
        name="clustermeet.meetings.schedule_event",
        state="failed",
        error="The event has no tables: add one in set-up.",
    )
    page = small.client.get(_url("task", small, pk=run.pk)).content.decode()
    assert "The run failed: The event has no tables: add one in set-up." in page
    assert "http-equiv" not in page
