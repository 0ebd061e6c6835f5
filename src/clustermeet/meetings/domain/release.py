"""Publish a schedule and tell each affected person, once, what changed for them."""

from __future__ import annotations

from functools import partial

from django.db import transaction
from django.utils.translation import gettext as _

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
        return _("New: %(slot)s, %(table)s with %(others)s.") % {
            "slot": change.after.slot,
            "table": change.after.table,
            "others": others,
        }
    if kind == "moved":
        assert change.before is not None and change.after is not None
        return _(
            "Moved: your meeting with %(others)s from %(from_slot)s, %(from_table)s "
            "to %(to_slot)s, %(to_table)s."
        ) % {
            "others": others,
            "from_slot": change.before.slot,
            "from_table": change.before.table,
            "to_slot": change.after.slot,
            "to_table": change.after.table,
        }
    assert change.before is not None
    return _("Removed: your meeting with %(others)s at %(slot)s no longer takes place.") % {
        "others": others,
        "slot": change.before.slot,
    }


def notice_body(diff: ScheduleDiff, person: Participant, event_name: str) -> str:
    lines = [_line(kind, change, person) for kind, change in diff.changes_of(person)]
    heading = _("Your agenda for %(event)s has changed:") % {"event": event_name}
    return heading + "\n\n" + "\n".join(lines)


def publish_and_notify(
    schedule: Schedule, *, acting_user: User | None
) -> tuple[Schedule, ScheduleDiff]:
    """`publish_schedule` (it validates first), then one e-mail to each person whose meetings
    were added, moved or removed against the version published before; nobody else hears."""
    with transaction.atomic():
        diff = schedule_diff(schedule, published_schedule_of(schedule.event))
        schedule = publish_schedule(schedule, acting_user=acting_user)
        name, version = schedule.event.name, schedule.version
        affected = diff.affected
        for person in affected:
            notify_after_commit(
                [person],
                lambda: (
                    _("Your agenda for %(event)s (version %(version)s)")
                    % {"event": name, "version": version}
                ),
                partial(notice_body, diff, person, name),
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
