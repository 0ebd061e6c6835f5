"""The meetings app's background tasks: one-line wrappers around its domain verbs."""

from __future__ import annotations

from typing import Any

from clustermeet.meetings.domain.scheduling import schedule_event as schedule_event_verb
from clustermeet.tasks.adapter import task


@task("clustermeet.meetings.schedule_event")
def schedule_event(event: Any, *, acting_user: Any, progress: Any, **params: Any) -> dict[str, Any]:
    schedule = schedule_event_verb(event, acting_user=acting_user, progress=progress, **params)
    return {"schedule": schedule.pk, "version": schedule.version, "status": schedule.solver_status}
