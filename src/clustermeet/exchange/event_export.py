"""Write a whole event to the clustermeet event file (docs/event-format.md).

The file carries no password hash and no account flag: users are e-mail and name only.
Times are written at the venue's UTC offset (`2019-06-05T09:00:00-04:00`), as people read them.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from clustermeet.events.models import Event, Slot
from clustermeet.exchange.event_file import FORMAT, VERSION
from clustermeet.meetings.models import Meeting, Request
from clustermeet.profiles.models import Organisation, Participant


def export_event(event: Event) -> dict[str, Any]:
    venue = event.tz
    participants = list(
        Participant.objects.filter(event=event)
        .select_related("user", "organisation", "delegation")
        .prefetch_related("items", "unavailable_slots")
        .order_by("user__email")
    )
    organiser_users = list(event.organisers.order_by("email"))
    users = {u.email: u for u in organiser_users} | {p.user.email: p.user for p in participants}
    org_ids = {p.organisation_id for p in participants} | set(
        event.tables.exclude(host=None).values_list("host_id", flat=True)
    )
    organisations = Organisation.objects.filter(pk__in=org_ids).order_by("slug")
    return {
        "format": FORMAT,
        "version": VERSION,
        "event": {
            "slug": event.slug,
            "name": event.name,
            "venue": event.venue,
            "city": event.city,
            "city_names": event.city_names,
            "country": event.country,
            "description": event.description,
            "time_zone": event.time_zone,
            "languages": event.languages,
            "start_date": event.start_date.isoformat(),
            "end_date": event.end_date.isoformat(),
            "meeting_policy": event.meeting_policy,
            "allowed_type_pairs": event.allowed_type_pairs,
            "request_mode": event.request_mode,
            "request_quota": event.request_quota,
            "request_expiry_days": event.request_expiry_days,
            "is_public": event.is_public,
            "organisers": [u.email for u in organiser_users],
        },
        "users": [
            {
                "email": u.email,
                "first_name": u.first_name,
                "last_name": u.last_name,
            }
            for u in sorted(users.values(), key=lambda u: u.email)
        ],
        "delegations": [
            {"name": d.name, "description": d.description} for d in event.delegations.all()
        ],
        "organisations": [
            {
                "slug": o.slug,
                "name": o.name,
                "type": o.kind,
                "country": o.country,
                "region": o.region,
                "website": o.website,
                "description": o.description,
                "ecosystems": o.ecosystems,
                "nace_codes": o.nace_codes,
                "key_technologies": o.key_technologies,
                "member_count": o.member_count,
                "founded_year": o.founded_year,
            }
            for o in organisations
        ],
        "sessions": [
            {
                "name": s.name,
                "date": s.date.isoformat(),
                "start_time": s.start_time.isoformat("minutes"),
                "end_time": s.end_time.isoformat("minutes"),
                "slot_minutes": s.slot_minutes,
                "gap_minutes": s.gap_minutes,
                "breaks": s.breaks,
                "slots": [
                    {"start": _at(sl.start, venue), "minutes": sl.minutes}
                    for sl in s.slots.order_by("start")
                ],
            }
            for s in event.sessions.order_by("date", "start_time", "name")
        ],
        "tables": [
            {
                "name": t.name,
                "kind": t.kind,
                "link": t.link,
                "capacity": t.capacity,
                "host": t.host.slug if t.host else None,
            }
            for t in event.tables.select_related("host").order_by("name")
        ],
        "participants": [
            {
                "email": p.user.email,
                "organisation": p.organisation.slug,
                "delegation": p.delegation.name if p.delegation else None,
                "job_title": p.job_title,
                "phone": p.phone,
                "languages": p.languages,
                "attendance": p.attendance,
                "target_countries": p.target_countries,
                "min_meetings": p.min_meetings,
                "max_meetings": p.max_meetings,
                "unavailable_slots": sorted(
                    _at(s.start, venue) or "" for s in p.unavailable_slots.all()
                ),
                "items": [
                    {
                        "type": i.kind,
                        "title": i.title,
                        "description": i.description,
                        "keywords": i.keywords,
                        "language": i.language,
                    }
                    for i in sorted(p.items.all(), key=lambda i: (i.kind, i.title))
                ],
            }
            for p in participants
        ],
        "requests": [
            _request(r, venue)
            for r in Request.objects.filter(event=event)
            .select_related("requester__user", "requested__user")
            .order_by("created_at", "requester__user__email", "requested__user__email")
        ],
        "schedules": [
            {
                "version": s.version,
                "state": s.state,
                "created_at": _at(s.created_at, venue),
                "published_at": _at(s.published_at, venue),
                "solver_status": s.solver_status,
                "statistics": s.statistics,
                "meetings": [
                    _meeting(m, venue)
                    for m in Meeting.objects.filter(schedule=s)
                    .select_related(
                        "slot", "table", "request__requester__user", "request__requested__user"
                    )
                    .prefetch_related("seats__participant__user", "outcomes__participant__user")
                    .order_by("slot__start", "table__name", "pk")
                ],
            }
            for s in event.schedules.order_by("version")
        ],
    }


def _at(value: datetime | None, venue: tzinfo) -> str | None:
    return value.astimezone(venue).isoformat() if value is not None else None


def _request(r: Request, venue: tzinfo) -> dict[str, Any]:
    return {
        "requester": r.requester.user.email,
        "requested": r.requested.user.email,
        "message": r.message,
        "priority": r.priority,
        "status": r.status,
        "created_at": _at(r.created_at, venue),
        "responded_at": _at(r.responded_at, venue),
        "expires_at": _at(r.expires_at, venue),
    }


def _meeting(m: Meeting, venue: tzinfo) -> dict[str, Any]:
    slot: Slot = m.slot
    return {
        "participants": sorted(s.participant.user.email for s in m.seats.all()),
        "request": (
            [m.request.requester.user.email, m.request.requested.user.email] if m.request else None
        ),
        "slot": _at(slot.start, venue),
        "table": m.table.name,
        "status": m.status,
        "locked": m.locked,
        "outcomes": [
            {
                "participant": o.participant.user.email,
                "kind": o.kind,
                "comment": o.comment,
                "reported_at": _at(o.reported_at, venue),
            }
            for o in sorted(m.outcomes.all(), key=lambda o: o.participant.user.email)
        ],
    }
