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
        event = _Loader(reader, data).load(acting_user, replace)
        if reader.problems:
            transaction.set_rollback(True)
    if reader.problems or event is None:
        raise ImportRejected(reader.problems)
    return event


class _Loader:
    """Reads one event file section by section; each section maps its natural keys to rows."""

    def __init__(self, reader: _Reader, data: dict[str, Any]) -> None:
        self.r = reader
        self.data = data
        self.users: dict[str, User] = {}
        self.organisations: dict[str, Organisation] = {}
        self.delegations: dict[str, Delegation] = {}
        self.slots: dict[datetime, Slot] = {}
        self.tables: dict[str, Table] = {}
        self.participants: dict[str, Participant] = {}
        self.requests: dict[tuple[str, str], Request] = {}

    def each(self, section: str, load: Callable[[str, dict[str, Any]], None]) -> None:
        """Load each record of a section; a record with problems is noted and skipped."""
        for n, rec in enumerate(self.data.get(section, [])):
            with self.r.record():
                load(f"{section}[{n}]", rec)

    def load(self, acting_user: User | None, replace: bool) -> Event | None:
        self.load_users()
        event = self.load_event(acting_user, replace)
        if event is None:
            return None
        self.load_organisations(event)
        self.load_delegations(event)
        self.load_sessions(event)
        self.load_tables(event)
        self.load_participants(event)
        self.load_requests(event)
        self.load_schedules(event)
        return event

    def load_users(self) -> None:
        self.each("users", self.load_user)

    def load_user(self, where: str, rec: dict[str, Any]) -> None:
        r = self.r
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
        self.users[email] = user

    def load_event(self, acting_user: User | None, replace: bool) -> Event | None:
        from clustermeet.events.rules import require_organiser

        r = self.r
        rec = self.data.get("event")
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
            if email.lower() in self.users:
                event.organisers.add(self.users[email.lower()])
            else:
                r.note(f"event.organisers[{n}]", "email", f"'{email}' is not in users")
        return event

    def load_organisations(self, event: Event) -> None:
        self.each("organisations", lambda where, rec: self.load_organisation(where, rec, event))

    def load_organisation(self, where: str, rec: dict[str, Any], event: Event) -> None:
        r = self.r
        slug = r.get(rec, "slug", where)
        org = Organisation(event=event, slug=slug)
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
        self.organisations[slug] = org

    def load_delegations(self, event: Event) -> None:
        self.each("delegations", lambda where, rec: self.load_delegation(where, rec, event))

    def load_delegation(self, where: str, rec: dict[str, Any], event: Event) -> None:
        r = self.r
        d = Delegation(
            event=event,
            name=r.get(rec, "name", where),
            description=r.get(rec, "description", where, ""),
        )
        r.save(d, where)
        self.delegations[d.name] = d

    def load_sessions(self, event: Event) -> None:
        self.each("sessions", lambda where, rec: self.load_session(where, rec, event))
        renumber_slots(event)
        self.slots = {slot.start: slot for slot in Slot.objects.filter(session__event=event)}

    def load_session(self, where: str, rec: dict[str, Any], event: Event) -> None:
        r = self.r
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
        if "slots" not in rec:
            generate_slots(s)
            return
        for k, srec in enumerate(rec["slots"]):
            swhere = f"{where}.slots[{k}]"
            with r.record():
                start = r.parse(_datetime, srec, "start", swhere, expected=DATETIME)
                slot = Slot(
                    event=event, session=s, start=start, minutes=r.get(srec, "minutes", swhere)
                )
                r.save(slot, swhere)

    def load_tables(self, event: Event) -> None:
        self.each("tables", lambda where, rec: self.load_table(where, rec, event))

    def load_table(self, where: str, rec: dict[str, Any], event: Event) -> None:
        r = self.r
        host = rec.get("host")
        if host is not None and host not in self.organisations:
            r.note(where, "host", f"'{host}' is not in organisations")
            raise _Skip
        t = Table(
            event=event,
            name=r.get(rec, "name", where),
            kind=r.get(rec, "kind", where),
            link=r.get(rec, "link", where, ""),
            capacity=r.get(rec, "capacity", where, 4),
            host=self.organisations.get(host) if host else None,
        )
        r.save(t, where)
        self.tables[t.name] = t

    def slot_of(self, value: Any, where: str, field: str) -> Slot:
        try:
            return self.slots[_datetime(value)]
        except (KeyError, TypeError, ValueError):
            self.r.note(where, field, f"{value!r} is not the start of one of the event's slots")
            raise _Skip from None

    def participant_of(self, email: Any, where: str, field: str) -> Participant:
        found = self.participants.get(str(email).lower())
        if found is None:
            self.r.note(where, field, f"'{email}' is not in participants")
            raise _Skip
        return found

    def load_participants(self, event: Event) -> None:
        self.each("participants", lambda where, rec: self.load_participant(where, rec, event))

    def load_participant(self, where: str, rec: dict[str, Any], event: Event) -> None:
        r = self.r
        email = str(r.get(rec, "email", where)).lower()
        org_slug = r.get(rec, "organisation", where)
        delegation = rec.get("delegation")
        unknown = [
            (key, f"'{value}' is not in {section}")
            for key, value, section, known in (
                ("email", email, "users", self.users),
                ("organisation", org_slug, "organisations", self.organisations),
                ("delegation", delegation, "delegations", self.delegations),
            )
            if value is not None and value not in known
        ]
        for key, message in unknown:
            r.note(where, key, message)
        if unknown:
            raise _Skip
        p = Participant(
            event=event,
            user=self.users[email],
            organisation=self.organisations[org_slug],
            delegation=self.delegations.get(delegation) if delegation else None,
            job_title=r.get(rec, "job_title", where, ""),
            phone=r.get(rec, "phone", where, ""),
            languages=r.get(rec, "languages", where, []),
            attendance=r.get(rec, "attendance", where, "onsite"),
            target_countries=r.get(rec, "target_countries", where, []),
            min_meetings=r.get(rec, "min_meetings", where, 0),
            max_meetings=r.get(rec, "max_meetings", where, None),
        )
        r.save(p, where)
        self.participants[email] = p
        busy = [
            self.slot_of(v, where, "unavailable_slots") for v in rec.get("unavailable_slots", [])
        ]
        p.unavailable_slots.set(busy, through_defaults={"event": event})
        for k, irec in enumerate(rec.get("items", [])):
            iwhere = f"{where}.items[{k}]"
            with r.record():
                item = Item(
                    event=event,
                    participant=p,
                    kind=r.get(irec, "type", iwhere),
                    title=r.get(irec, "title", iwhere),
                    description=r.get(irec, "description", iwhere, ""),
                    keywords=r.get(irec, "keywords", iwhere, []),
                    language=r.get(irec, "language", iwhere, "en"),
                )
                r.save(item, iwhere)

    def load_requests(self, event: Event) -> None:
        self.each("requests", lambda where, rec: self.load_request(where, rec, event))

    def load_request(self, where: str, rec: dict[str, Any], event: Event) -> None:
        r = self.r
        q = Request(
            event=event,
            requester=self.participant_of(r.get(rec, "requester", where), where, "requester"),
            requested=self.participant_of(r.get(rec, "requested", where), where, "requested"),
            message=r.get(rec, "message", where, ""),
            priority=r.get(rec, "priority", where, 1),
            status=r.get(rec, "status", where, "pending"),
            created_at=r.parse(_datetime, rec, "created_at", where, expected=DATETIME),
            responded_at=r.parse(_datetime, rec, "responded_at", where, None, DATETIME),
            expires_at=r.parse(_datetime, rec, "expires_at", where, None, DATETIME),
        )
        r.save(q, where)
        self.requests[(q.requester.user.email, q.requested.user.email)] = q

    def load_schedules(self, event: Event) -> None:
        self.each("schedules", lambda where, rec: self.load_schedule(where, rec, event))

    def load_schedule(self, where: str, rec: dict[str, Any], event: Event) -> None:
        r = self.r
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
            with r.record():
                self.load_meeting(f"{where}.meetings[{k}]", mrec, schedule)

    def load_meeting(self, where: str, rec: dict[str, Any], schedule: Schedule) -> None:
        r = self.r
        event = schedule.event
        slot = self.slot_of(r.get(rec, "slot", where), where, "slot")
        table_name = r.get(rec, "table", where)
        if table_name not in self.tables:
            r.note(where, "table", f"'{table_name}' is not in tables")
            raise _Skip
        request = None
        if rec.get("request"):
            requester, requested = (str(e).lower() for e in rec["request"])
            request = self.requests.get((requester, requested))
            if request is None:
                r.note(where, "request", f"{rec['request']!r} is not in requests")
                raise _Skip
        people = [
            self.participant_of(e, where, "participants") for e in r.get(rec, "participants", where)
        ]
        meeting = Meeting(
            event=event,
            schedule=schedule,
            request=request,
            slot=slot,
            table=self.tables[table_name],
            status=r.get(rec, "status", where, "scheduled"),
            locked=r.get(rec, "locked", where, False),
        )
        r.save(meeting, where)
        active = meeting.status != "cancelled"
        for person in people:
            seat = Seat(
                meeting=meeting,
                participant=person,
                event=event,
                schedule=schedule,
                slot=slot,
                stands=active,
            )
            r.save(seat, f"{where}.participants")
        for k, orec in enumerate(rec.get("outcomes", [])):
            owhere = f"{where}.outcomes[{k}]"
            with r.record():
                reporter = r.get(orec, "participant", owhere)
                outcome = Outcome(
                    event=event,
                    meeting=meeting,
                    participant=self.participant_of(reporter, owhere, "participant"),
                    kind=r.get(orec, "kind", owhere),
                    comment=r.get(orec, "comment", owhere, ""),
                    reported_at=r.parse(_datetime, orec, "reported_at", owhere, expected=DATETIME),
                )
                r.save(outcome, owhere)
