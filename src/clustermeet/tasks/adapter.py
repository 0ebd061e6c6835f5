"""One adapter for background work: `@task(name)` over a domain verb, `.start(event)` to run it.

Without a broker (`CELERY_BROKER_URL` unset) a task runs in-process and synchronously: the
caller gets its TaskRun back finished. Synchronously rather than in a thread because a thread
dies unseen with its process (a TaskRun left "running" forever when the development server
reloads), SQLite takes one writer at a time (a thread's progress writes would wait on the
request's), and the outcome is the same as on the command line; pretix does the same
(`CELERY_TASK_ALWAYS_EAGER`). With a broker the TaskRun is queued once the caller's
transaction commits and a Celery worker runs it. Either way the work runs in `execute`,
inside the event's scope, and writes its progress to the TaskRun any page can read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from clustermeet.events.scoping import all_events, event_scope
from clustermeet.tasks.models import TaskRun
from clustermeet.tasks.worker import app

log = logging.getLogger(__name__)

# (event, *, acting_user, progress, **params) -> a JSON-safe summary of what it made
Work = Callable[..., Any]


@dataclass(frozen=True)
class Task:
    name: str
    work: Work
    celery: Any  # the Celery task a worker runs

    def start(self, event: Any, *, started_by: Any = None, **params: Any) -> TaskRun:
        """Record a run and run it (in-process) or queue it (with a broker)."""
        try:
            json.dumps(params)
        except TypeError as error:
            raise ValueError(f"{self.name}: parameters must be JSON values ({error})") from None
        run = TaskRun.objects.create(
            event=event,
            name=self.name,
            params=params,
            started_by=started_by if getattr(started_by, "is_authenticated", False) else None,
        )
        url = broker_url()
        if url is None:
            execute(run.pk)
            run.refresh_from_db()
        else:
            # The worker must find the row: send once it is committed.
            transaction.on_commit(lambda: _send(self, run.pk, url))
        return run


REGISTRY: dict[str, Task] = {}


def task(name: str) -> Callable[[Work], Task]:
    """Register `work` as the task `name` (`clustermeet.<app>.<verb>`; the name picks the queue)."""

    def register(work: Work) -> Task:
        def run_on_worker(run_id: int) -> None:
            execute(run_id)

        celery_task = app.task(name=name, ignore_result=True)(run_on_worker)
        REGISTRY[name] = Task(name, work, celery_task)
        return REGISTRY[name]

    return register


def broker_url() -> str | None:
    return getattr(settings, "CELERY_BROKER_URL", None) or None


def _send(task: Task, run_id: int, url: str) -> None:
    with app.connection_for_write(url) as connection:
        task.celery.apply_async((run_id,), connection=connection)


def execute(run_id: int) -> None:
    """Run one recorded task to its end: done with its result, or failed with a sentence."""
    with all_events():  # the run names its event; the work itself sees that event only
        run = TaskRun.objects.select_related("event", "started_by").get(pk=run_id)
    if run.finished:
        return  # delivered twice (a worker lost after it finished): the work is done
    with event_scope(run.event_id):
        run.begin()
        found = REGISTRY.get(run.name)
        try:
            if found is None:
                raise LookupError(f"there is no task named '{run.name}'")
            result = found.work(
                run.event, acting_user=run.started_by, progress=run.report, **run.params
            )
            run.finish(result)
        except ValidationError as error:
            run.fail(" ".join(error.messages))
        except PermissionDenied as error:
            run.fail(str(error) or "You may not do this.")
        except Exception as error:  # recorded for the page; the traceback goes to the log
            log.exception("task %s (run %s) failed", run.name, run.pk)
            run.fail(f"{type(error).__name__}: {error}")
