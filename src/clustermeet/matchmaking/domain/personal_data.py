"""`personal_data`: everything the platform holds about one user, for "Download my data".

It lives in matchmaking because marks and recommendations are the highest layer it reads.
The other side's outcomes are theirs, not this user's, and are left out; so are marks others
made about this user.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from clustermeet.accounts.models import User
from clustermeet.audit.models import AuditEntry
from clustermeet.matchmaking.models import Mark
from clustermeet.meetings.enums import ScheduleState
from clustermeet.meetings.models import Meeting, Outcome, Request
from clustermeet.profiles.models import Item, Participant


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _participation(p: Participant) -> dict[str, Any]:
    org = p.organisation
    return {
        "event": {"slug": p.event.slug, "name": p.event.name},
        "organisation": {
            "name": org.name,
            "type": org.kind,
            "country": org.country,
            "region": org.region,
            "website": org.website,
            "description": org.description,
            "ecosystems": org.ecosystems,
            "nace_codes": org.nace_codes,
            "key_technologies": org.key_technologies,
        },
        "delegation": p.delegation.name if p.delegation else None,
        "job_title": p.job_title,
        "phone": p.phone,
        "languages": p.languages,
        "attendance": p.attendance,
        "target_countries": p.target_countries,
        "time_zone": p.time_zone,
        "named_in_report": p.named_in_report,
        "checked_in_at": _when(p.checked_in_at),
    }


def personal_data(user: User) -> dict[str, Any]:
    """A JSON-ready dictionary, in a fixed number of queries whatever the user has."""
    mine = list(
        Participant.objects.filter(user=user).select_related("event", "organisation", "delegation")
    )
    ids = [p.pk for p in mine]
    items = Item.objects.filter(participant__in=ids).select_related("participant__event")
    marks = Mark.objects.filter(participant__in=ids).select_related("target__user", "event")
    requests = Request.objects.filter(Q(requester__in=ids) | Q(requested__in=ids)).select_related(
        "event", "requester__user", "requested__user"
    )
    meetings = (
        Meeting.objects.filter(seats__participant__in=ids)
        .exclude(schedule__state=ScheduleState.DRAFT)
        .select_related("event", "schedule", "slot", "table")
        .prefetch_related("seats__participant__user")
        .distinct()
    )
    outcomes = Outcome.objects.filter(participant__in=ids).select_related("meeting__slot", "event")
    about = (
        Q(actor=user)
        | Q(on_behalf_of=user)
        | Q(target_type="User", target_id=str(user.pk))
        | Q(target_type="Participant", target_id__in=[str(i) for i in ids])
    )
    audit = AuditEntry.objects.filter(about).order_by("at", "pk")
    return {
        "format": "clustermeet-personal-data",
        "version": 1,
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "participations": [_participation(p) for p in mine],
        "items": [
            {
                "event": i.participant.event.slug,
                "type": i.kind,
                "title": i.title,
                "description": i.description,
                "keywords": i.keywords,
                "language": i.language,
            }
            for i in items
        ],
        "marks": [
            {"event": m.event.slug, "about": m.target.user.display_name, "kind": m.kind}
            for m in marks
        ],
        "requests": [
            {
                "event": r.event.slug,
                "from": r.requester.user.display_name,
                "to": r.requested.user.display_name,
                "sent_by_me": r.requester_id in ids,
                "message": r.message,
                "status": r.status,
                "created_at": _when(r.created_at),
                "responded_at": _when(r.responded_at),
            }
            for r in requests
        ],
        "meetings": [
            {
                "event": m.event.slug,
                "schedule_version": m.schedule.version,
                "schedule_state": m.schedule.state,
                "start": _when(m.slot.start),
                "minutes": m.slot.minutes,
                "table": m.table.name,
                "status": m.status,
                "with": sorted(
                    s.participant.user.display_name
                    for s in m.seats.all()
                    if s.participant_id not in ids
                ),
            }
            for m in meetings
        ],
        "outcomes": [
            {
                "event": o.event.slug,
                "meeting_start": _when(o.meeting.slot.start),
                "kind": o.kind,
                "comment": o.comment,
                "reported_at": _when(o.reported_at),
            }
            for o in outcomes
        ],
        "audit": [
            {
                "at": _when(a.at),
                "verb": a.verb,
                "target": f"{a.target_type} {a.target_id}".strip(),
                "by_me": a.actor_id == user.pk,
                "before": a.before,
                "after": a.after,
            }
            for a in audit
        ],
    }
