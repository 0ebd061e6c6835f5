"""Read a clustermeet event file back into the database, all or nothing.

Each record is checked with the models' own validators and constraints; every problem is
collected with its path in the file (`participants[12].organisation`) and, if there is any,
the transaction is rolled back and nothing is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime, time
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction

from clustermeet.accounts.models import User
from clustermeet.events.domain.slots import generate_slots, renumber_slots
from clustermeet.events.models import Delegation, Event, Session, Slot, Table
from clustermeet.exchange.event_export import FORMAT, VERSION
from clustermeet.exchange.problems import ImportRejected, Problem
from clustermeet.meetings.models import Meeting, Outcome, Request, Schedule, Seat
from clustermeet.profiles.models import Item, Organisation, Participant


class _Skip(Exception):
    """The current record has problems already noted; go on with the next one."""


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def note(self, where: str, field: str, message: str) -> None:
        self.problems.append(Problem(where, field, message))

    def get(self, record: dict[str, Any], key: str, where: str, default: Any = ...) -> Any:
        if key in record:
            return record[key]
        if default is ...:
            self.note(where, key, "missing")
            raise _Skip
        return default

    def parse(
        self,
        parser: Callable[[Any], Any],
        record: dict[str, Any],
        key: str,
        where: str,
        default: Any = ...,
        expected: str = "",
    ) -> Any:
        value = self.get(record, key, where, default)
        if value is None or value is default:
            return value
        try:
            return parser(value)
        except (TypeError, ValueError):
            self.note(where, key, f"expected {expected}, got {value!r}")
            raise _Skip from None

    def save(self, instance: models.Model, where: str, exclude: list[str] | None = None) -> None:
        try:
            instance.full_clean(exclude=exclude)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                self.note(where, name, " ".join(messages))
            raise _Skip from None
        instance.save()

    @contextmanager
    def record(self) -> Iterator[None]:
        with suppress(_Skip):
            yield


def _date(v: Any) -> date:
    return date.fromisoformat(v)


def _time(v: Any) -> time:
    return time.fromisoformat(v)


def _datetime(v: Any) -> datetime:
    value = datetime.fromisoformat(v)
    if value.tzinfo is None:
        raise ValueError("no time zone")
    return value


DATE, TIME, DATETIME = "a date YYYY-MM-DD", "a time HH:MM", "a date-time with time zone"


def import_event(data: Any, *, acting_user: User | None, replace: bool = False) -> Event:
    """Create the event of `data`; with `replace`, an event of the same slug is replaced."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportRejected(
            [
                Problem(
                    "file",
                    "format",
                    f'not a clustermeet event file (expected "format": "{FORMAT}")',
                )
            ]
        )
    if data.get("version") != VERSION:
        raise ImportRejected(
            [
                Problem(
                    "file",
                    "version",
                    f"version {data.get('version')!r} is "
                    f"not supported; this clustermeet reads version {VERSION}",
                )
            ]
        )
    reader = _Reader()
    with transaction.atomic():
        event = _import(reader, data, acting_user, replace)
        if reader.problems:
            transaction.set_rollback(True)
    if reader.problems or event is None:
        raise ImportRejected(reader.problems)
    return event


def _import(
    r: _Reader, data: dict[str, Any], acting_user: User | None, replace: bool
) -> Event | None:
    from clustermeet.events.rules import require_organiser

    users: dict[str, User] = {}
    for n, rec in enumerate(data.get("users", [])):
        where = f"users[{n}]"
        with r.record():
            email = str(r.get(rec, "email", where)).strip().lower()
            user = User.objects.filter(email=email).first() or User(email=email, username=email)
            user.first_name = r.get(rec, "first_name", where, "")
            user.last_name = r.get(rec, "last_name", where, "")
            user.is_staff = bool(r.get(rec, "is_staff", where, False)) or user.is_staff
            if rec.get("password"):
                user.password = rec["password"]
            elif not user.password:
                user.set_unusable_password()
            r.save(user, where, exclude=["username"])
            users[email] = user

    rec = data.get("event")
    if not isinstance(rec, dict):
        r.note("event", "event", "missing")
        return None
    slug = rec.get("slug")
    existing = Event.objects.filter(slug=slug).first()
    if existing is not None:
        require_organiser(existing, acting_user)
        if not replace:
            r.note(
                "event",
                "slug",
                f"an event '{slug}' exists already; import with --replace to "
                "replace it, or change the slug in the file",
            )
            return None
        # Meetings protect their slots and tables: remove the schedules first.
        existing.schedules.all().delete()
        existing.delete()
    event = Event()
    try:
        for key in ("slug", "name", "time_zone"):
            setattr(event, key, r.get(rec, key, "event"))
        for key in ("venue", "city", "country", "description"):
            setattr(event, key, r.get(rec, key, "event", ""))
        event.languages = r.get(rec, "languages", "event", [])
        event.start_date = r.parse(_date, rec, "start_date", "event", expected=DATE)
        event.end_date = r.parse(_date, rec, "end_date", "event", expected=DATE)
        for key, default in (
            ("meeting_policy", "any"),
            ("allowed_type_pairs", []),
            ("request_mode", "acceptance"),
            ("request_quota", None),
            ("request_expiry_days", None),
            ("is_public", True),
        ):
            setattr(event, key, r.get(rec, key, "event", default))
        r.save(event, "event")
    except _Skip:
        return None
    for n, email in enumerate(rec.get("organisers", [])):
        if email.lower() in users:
            event.organisers.add(users[email.lower()])
        else:
            r.note(f"event.organisers[{n}]", "email", f"'{email}' is not in users")

    organisations: dict[str, Organisation] = {}
    for n, rec in enumerate(data.get("organisations", [])):
        where = f"organisations[{n}]"
        with r.record():
            slug = r.get(rec, "slug", where)
            org = Organisation.objects.filter(slug=slug).first() or Organisation(slug=slug)
            org.name = r.get(rec, "name", where)
            org.kind = r.get(rec, "type", where)
            org.country = r.get(rec, "country", where)
            for key in ("region", "website", "description"):
                setattr(org, key, r.get(rec, key, where, ""))
            for key in ("ecosystems", "nace_codes", "key_technologies"):
                setattr(org, key, r.get(rec, key, where, []))
            org.member_count = r.get(rec, "member_count", where, None)
            org.founded_year = r.get(rec, "founded_year", where, None)
            r.save(org, where)
            organisations[slug] = org

    delegations: dict[str, Delegation] = {}
    for n, rec in enumerate(data.get("delegations", [])):
        where = f"delegations[{n}]"
        with r.record():
            d = Delegation(
                event=event,
                name=r.get(rec, "name", where),
                description=r.get(rec, "description", where, ""),
            )
            r.save(d, where)
            delegations[d.name] = d

    slots: dict[datetime, Slot] = {}
    for n, rec in enumerate(data.get("sessions", [])):
        where = f"sessions[{n}]"
        with r.record():
            s = Session(
                event=event,
                name=r.get(rec, "name", where),
                date=r.parse(_date, rec, "date", where, expected=DATE),
                start_time=r.parse(_time, rec, "start_time", where, expected=TIME),
                end_time=r.parse(_time, rec, "end_time", where, expected=TIME),
                slot_minutes=r.get(rec, "slot_minutes", where, 20),
                gap_minutes=r.get(rec, "gap_minutes", where, 0),
                breaks=r.get(rec, "breaks", where, []),
            )
            r.save(s, where)
            if "slots" in rec:
                for k, srec in enumerate(rec["slots"]):
                    with r.record():
                        slot = Slot(
                            session=s,
                            start=r.parse(
                                _datetime, srec, "start", f"{where}.slots[{k}]", expected=DATETIME
                            ),
                            minutes=r.get(srec, "minutes", f"{where}.slots[{k}]"),
                        )
                        r.save(slot, f"{where}.slots[{k}]")
            else:
                generate_slots(s)
    renumber_slots(event)
    for slot in Slot.objects.filter(session__event=event):
        slots[slot.start] = slot

    tables: dict[str, Table] = {}
    for n, rec in enumerate(data.get("tables", [])):
        where = f"tables[{n}]"
        with r.record():
            host = rec.get("host")
            if host is not None and host not in organisations:
                r.note(where, "host", f"'{host}' is not in organisations")
                raise _Skip
            t = Table(
                event=event,
                name=r.get(rec, "name", where),
                kind=r.get(rec, "kind", where),
                link=r.get(rec, "link", where, ""),
                capacity=r.get(rec, "capacity", where, 4),
                host=organisations.get(host) if host else None,
            )
            r.save(t, where)
            tables[t.name] = t

    def slot_of(value: Any, where: str, field: str) -> Slot:
        try:
            return slots[_datetime(value)]
        except (KeyError, TypeError, ValueError):
            r.note(where, field, f"{value!r} is not the start of one of the event's slots")
            raise _Skip from None

    participants: dict[str, Participant] = {}
    for n, rec in enumerate(data.get("participants", [])):
        where = f"participants[{n}]"
        with r.record():
            email = str(r.get(rec, "email", where)).lower()
            org_slug = r.get(rec, "organisation", where)
            delegation = rec.get("delegation")
            if email not in users:
                r.note(where, "email", f"'{email}' is not in users")
            if org_slug not in organisations:
                r.note(where, "organisation", f"'{org_slug}' is not in organisations")
            if delegation is not None and delegation not in delegations:
                r.note(where, "delegation", f"'{delegation}' is not in delegations")
            if (
                email not in users
                or org_slug not in organisations
                or (delegation is not None and delegation not in delegations)
            ):
                raise _Skip
            p = Participant(
                event=event,
                user=users[email],
                organisation=organisations[org_slug],
                delegation=delegations.get(delegation) if delegation else None,
                job_title=r.get(rec, "job_title", where, ""),
                phone=r.get(rec, "phone", where, ""),
                languages=r.get(rec, "languages", where, []),
                attendance=r.get(rec, "attendance", where, "onsite"),
                target_countries=r.get(rec, "target_countries", where, []),
                min_meetings=r.get(rec, "min_meetings", where, 0),
                max_meetings=r.get(rec, "max_meetings", where, None),
            )
            r.save(p, where)
            participants[email] = p
            busy = [
                slot_of(v, where, "unavailable_slots") for v in rec.get("unavailable_slots", [])
            ]
            p.unavailable_slots.set(busy)
            for k, irec in enumerate(rec.get("items", [])):
                iwhere = f"{where}.items[{k}]"
                with r.record():
                    item = Item(
                        participant=p,
                        kind=r.get(irec, "type", iwhere),
                        title=r.get(irec, "title", iwhere),
                        description=r.get(irec, "description", iwhere, ""),
                        keywords=r.get(irec, "keywords", iwhere, []),
                        language=r.get(irec, "language", iwhere, "en"),
                    )
                    r.save(item, iwhere)

    def participant_of(email: Any, where: str, field: str) -> Participant:
        found = participants.get(str(email).lower())
        if found is None:
            r.note(where, field, f"'{email}' is not in participants")
            raise _Skip
        return found

    requests: dict[tuple[str, str], Request] = {}
    for n, rec in enumerate(data.get("requests", [])):
        where = f"requests[{n}]"
        with r.record():
            q = Request(
                event=event,
                requester=participant_of(r.get(rec, "requester", where), where, "requester"),
                requested=participant_of(r.get(rec, "requested", where), where, "requested"),
                message=r.get(rec, "message", where, ""),
                priority=r.get(rec, "priority", where, 1),
                status=r.get(rec, "status", where, "pending"),
                created_at=r.parse(_datetime, rec, "created_at", where, expected=DATETIME),
                responded_at=r.parse(_datetime, rec, "responded_at", where, None, DATETIME),
                expires_at=r.parse(_datetime, rec, "expires_at", where, None, DATETIME),
            )
            r.save(q, where)
            requests[(q.requester.user.email, q.requested.user.email)] = q

    for n, rec in enumerate(data.get("schedules", [])):
        where = f"schedules[{n}]"
        with r.record():
            schedule = Schedule(
                event=event,
                version=r.get(rec, "version", where),
                state=r.get(rec, "state", where, "draft"),
                created_at=r.parse(_datetime, rec, "created_at", where, expected=DATETIME),
                published_at=r.parse(_datetime, rec, "published_at", where, None, DATETIME),
                solver_status=r.get(rec, "solver_status", where, ""),
                statistics=r.get(rec, "statistics", where, {}),
            )
            r.save(schedule, where)
            for k, mrec in enumerate(rec.get("meetings", [])):
                _import_meeting(
                    r,
                    mrec,
                    f"{where}.meetings[{k}]",
                    schedule,
                    slot_of,
                    participant_of,
                    tables,
                    requests,
                )
    return event


def _import_meeting(
    r: _Reader,
    rec: dict[str, Any],
    where: str,
    schedule: Schedule,
    slot_of: Callable[[Any, str, str], Slot],
    participant_of: Callable[[Any, str, str], Participant],
    tables: dict[str, Table],
    requests: dict[tuple[str, str], Request],
) -> None:
    with r.record():
        slot = slot_of(r.get(rec, "slot", where), where, "slot")
        table_name = r.get(rec, "table", where)
        if table_name not in tables:
            r.note(where, "table", f"'{table_name}' is not in tables")
            raise _Skip
        request = None
        if rec.get("request"):
            request = requests.get(tuple(e.lower() for e in rec["request"]))  # type: ignore[arg-type]
            if request is None:
                r.note(where, "request", f"{rec['request']!r} is not in requests")
                raise _Skip
        people = [
            participant_of(e, where, "participants") for e in r.get(rec, "participants", where)
        ]
        meeting = Meeting(
            schedule=schedule,
            request=request,
            slot=slot,
            table=tables[table_name],
            status=r.get(rec, "status", where, "scheduled"),
            locked=r.get(rec, "locked", where, False),
        )
        r.save(meeting, where)
        active = meeting.status != "cancelled"
        for person in people:
            r.save(
                Seat(
                    meeting=meeting,
                    participant=person,
                    schedule=schedule,
                    slot=slot if active else None,
                ),
                f"{where}.participants",
            )
        for k, orec in enumerate(rec.get("outcomes", [])):
            owhere = f"{where}.outcomes[{k}]"
            with r.record():
                outcome = Outcome(
                    meeting=meeting,
                    participant=participant_of(
                        r.get(orec, "participant", owhere), owhere, "participant"
                    ),
                    kind=r.get(orec, "kind", owhere),
                    comment=r.get(orec, "comment", owhere, ""),
                    reported_at=r.parse(_datetime, orec, "reported_at", owhere, expected=DATETIME),
                )
                r.save(outcome, owhere)
