"""Publish a schedule and tell each affected person, once, what changed for them."""

from __future__ import annotations

from django.db import transaction

from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.meetings.domain.diffs import (
    MeetingChange,
    ScheduleDiff,
    published_schedule_of,
    schedule_diff,
)
from clustermeet.meetings.domain.notices import notify_after_commit
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.models import Schedule
from clustermeet.profiles.models import Participant


def _line(kind: str, change: MeetingChange, person: Participant) -> str:
    others = ", ".join(
        f"{p.user.display_name} ({p.organisation.name})" for p in change.people if p.pk != person.pk
    )
    if kind == "added":
        assert change.after is not None
        return f"New: {change.after.slot}, {change.after.table} with {others}."
    if kind == "moved":
        assert change.before is not None and change.after is not None
        return (
            f"Moved: your meeting with {others} from {change.before.slot}, {change.before.table} "
            f"to {change.after.slot}, {change.after.table}."
        )
    assert change.before is not None
    return f"Removed: your meeting with {others} at {change.before.slot} no longer takes place."


def notice_body(diff: ScheduleDiff, person: Participant, event_name: str) -> str:
    lines = [_line(kind, change, person) for kind, change in diff.changes_of(person)]
    return f"Your agenda for {event_name} has changed:\n\n" + "\n".join(lines)


def publish_and_notify(
    schedule: Schedule, *, acting_user: User | None
) -> tuple[Schedule, ScheduleDiff]:
    """`publish_schedule` (it validates first), then one e-mail to each person whose meetings
    were added, moved or removed against the version published before; nobody else hears."""
    with transaction.atomic():
        diff = schedule_diff(schedule, published_schedule_of(schedule.event))
        schedule = publish_schedule(schedule, acting_user=acting_user)
        subject = f"Your agenda for {schedule.event.name} (version {schedule.version})"
        affected = diff.affected
        for person in affected:
            notify_after_commit(
                [person],
                subject,
                notice_body(diff, person, schedule.event.name),
                kind=NoticeKind.PUBLICATION,
            )
        record(
            "notify_schedule_changes",
            schedule,
            actor=acting_user,
            event=schedule.event,
            after={
                "notified": [p.pk for p in affected],
                "added": len(diff.added),
                "moved": len(diff.moved),
                "removed": len(diff.removed),
            },
        )
    return schedule, diff
