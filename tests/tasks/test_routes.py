"""Queues follow task names: solving apart from mail and webhooks, the rest on default."""

import pytest

from clustermeet.tasks.worker import queue_of


@pytest.mark.parametrize(
    ("name", "queue"),
    [
        ("clustermeet.meetings.schedule_event", "solver"),
        ("clustermeet.matchmaking.compute_recommendations", "solver"),
        ("clustermeet.meetings.send_agenda_mail", "mail"),
        ("clustermeet.api.deliver_webhook", "webhooks"),
        ("clustermeet.api.deliver_webhooks", "webhooks"),
        ("clustermeet.api.deliver_webhooks_due", "webhooks"),
        ("clustermeet.meetings.expire_requests", "default"),
    ],
)
def test_queue_of_task_follows_its_name(name, queue):
    assert queue_of(name) == queue


def test_registered_tasks_are_the_domain_wrappers():
    import clustermeet.matchmaking.tasks  # noqa: F401
    import clustermeet.meetings.tasks  # noqa: F401
    from clustermeet.tasks.adapter import REGISTRY

    assert {name for name in REGISTRY if name.startswith("clustermeet.")} == {
        "clustermeet.meetings.schedule_event",
        "clustermeet.matchmaking.compute_recommendations",
    }


def test_webhook_tasks_are_registered_and_beat_starts_the_retries():
    from clustermeet.api.tasks import deliver_webhooks, deliver_webhooks_due
    from clustermeet.tasks.worker import app

    assert {deliver_webhooks.name, deliver_webhooks_due.name} <= set(app.tasks)
    retries = app.conf.beat_schedule["webhook-retries"]
    assert (retries["task"], retries["schedule"]) == ("clustermeet.api.deliver_webhooks_due", 30.0)
