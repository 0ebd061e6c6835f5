"""The organiser console lists task runs: an organiser sees their own events' runs only."""

import pytest
from django.urls import reverse

from clustermeet.events.domain.organisers import make_organiser
from clustermeet.tasks.models import TaskRun
from tests.factories import make_event, make_user


@pytest.mark.django_db
def test_task_run_list_shows_organiser_only_own_events_runs(client):
    mine, theirs = make_event(name="Toronto 2019"), make_event(name="Lyon 2020")
    TaskRun.objects.create(event=mine, name="clustermeet.meetings.schedule_event", percent=40)
    other = TaskRun.objects.create(
        event=theirs, name="clustermeet.matchmaking.compute_recommendations"
    )
    organiser = make_user(is_staff=True)
    make_organiser(mine, organiser)
    client.force_login(organiser)
    response = client.get(reverse("admin:tasks_taskrun_changelist"))
    assert response.status_code == 200
    shown = [run.event.name for run in response.context["cl"].result_list]
    assert shown == ["Toronto 2019"]
    assert client.post(reverse("admin:tasks_taskrun_add"), {}).status_code == 403
    # Another event's run is not there at all: the admin sends the organiser back.
    hidden = client.get(reverse("admin:tasks_taskrun_change", args=[other.pk]))
    assert (hidden.status_code, hidden.url) == (302, reverse("admin:index"))
