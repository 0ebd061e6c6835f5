"""Publish a schedule version: participants' agendas show it; earlier versions are kept."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Schedule


@transaction.atomic
def publish_schedule(schedule: Schedule, *, acting_user: User | None) -> Schedule:
    """Make `schedule` the published one; the version published before is archived."""
    require_organiser(schedule.event, acting_user)
    if schedule.state == ScheduleState.ARCHIVED:
        raise ValidationError(
            f"Version {schedule.version} is archived; schedule again to get a new draft."
        )
    Schedule.objects.filter(event=schedule.event, state=ScheduleState.PUBLISHED).exclude(
        pk=schedule.pk
    ).update(state=ScheduleState.ARCHIVED)
    schedule.state = ScheduleState.PUBLISHED
    schedule.published_at = timezone.now()
    schedule.save(update_fields=["state", "published_at"])
    return schedule
