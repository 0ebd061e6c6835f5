"""The Celery application, used only when `CELERY_BROKER_URL` is set.

Start workers with `celery -A clustermeet.tasks.worker worker -Q solver,mail,webhooks,default`
(one worker per queue at scale, so a slow mail server never holds up a solve). Tasks are the
wrappers in each data app's `tasks.py`; the queue follows the task's name.
"""

from __future__ import annotations

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clustermeet.site.settings")

QUEUES = ("solver", "mail", "webhooks", "default")
ROUTES = {
    # Long, CPU-bound work: the scheduler and the matcher.
    "clustermeet.meetings.schedule_event": {"queue": "solver"},
    "clustermeet.matchmaking.compute_recommendations": {"queue": "solver"},
    "clustermeet.*.send_*mail*": {"queue": "mail"},
    "clustermeet.*.deliver_webhook*": {"queue": "webhooks"},
}

app = Celery("clustermeet")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    task_default_queue="default",
    task_routes=ROUTES,
    # TaskRun holds state, progress and result: Celery keeps none of its own.
    task_ignore_result=True,
    task_serializer="json",
    accept_content=["json"],
    # A solve takes seconds to minutes: take one at a time, acknowledge when it is done.
    worker_prefetch_multiplier=1,
    task_acks_late=True,
    broker_connection_retry_on_startup=True,
)
app.autodiscover_tasks()


def queue_of(name: str) -> str:
    """The queue a task of this name goes to."""
    route = app.amqp.router.route({}, name)
    return str(route["queue"].name)
