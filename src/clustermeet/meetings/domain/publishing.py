"""Publish a schedule version: participants' agendas show it; earlier versions are kept."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.domain.calendar import sync_calendar
from clustermeet.meetings.domain.checks import schedule_violations
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Schedule


def publish_schedule(schedule: Schedule, *, acting_user: User | None) -> Schedule:
    """Make `schedule` the published one, after the engine's validator accepts it; the
    version published before is archived. An invalid schedule is never published."""
    require_organiser(schedule.event, acting_user)
    with transaction.atomic():
        # Lock the row (two organisers publishing at once), then read it fresh.
        Schedule.objects.select_for_update().filter(pk=schedule.pk).exists()
        schedule.refresh_from_db()
        if schedule.state == ScheduleState.ARCHIVED:
            raise ValidationError(
                f"Version {schedule.version} is archived; schedule again to get a new draft."
            )
        problems = schedule_violations(schedule)
        if problems:
            shown = "; ".join(problems[:5]) + ("; …" if len(problems) > 5 else "")
            raise ValidationError(
                f"Version {schedule.version} was not published: {len(problems)} problem(s): {shown}"
            )
        sync_calendar(schedule.event_id)  # what feeds showed of the version published before
        previous = list(
            Schedule.objects.filter(event=schedule.event, state=ScheduleState.PUBLISHED)
            .exclude(pk=schedule.pk)
            .values_list("version", flat=True)
        )
        Schedule.objects.filter(event=schedule.event, version__in=previous).update(
            state=ScheduleState.ARCHIVED
        )
        before_state = schedule.state
        schedule.state = ScheduleState.PUBLISHED
        schedule.published_at = timezone.now()
        schedule.save(update_fields=["state", "published_at"])
        sync_calendar(schedule.event_id)  # the same entries, moved or cancelled as need be
        record(
            "publish_schedule",
            schedule,
            actor=acting_user,
            event=schedule.event,
            before={"state": before_state, "published_before": previous},
            after={"state": schedule.state, "version": schedule.version},
        )
    return schedule
