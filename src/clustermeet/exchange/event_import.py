"""Read a clustermeet event file back into the database, all or nothing.

The file is read by the one reader (`exchange.event_file`), which lists every problem it
finds; its records are then written here, each checked once more by the model's own
validators. An event file can take nothing over: accounts it names that exist already are
only linked (their password, flags and names stay as they are), new ones get no usable
password, and organisations belong to the imported event alone.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.domain.slots import renumber_slots
from clustermeet.events.models import Delegation, Event, Session, Slot, Table
from clustermeet.events.rules import require_organiser
from clustermeet.exchange.event_file import EventFile, read_event_file
from clustermeet.exchange.event_file import records as rec
from clustermeet.exchange.problems import EventFileRejected, ImportRejected, Problem
from clustermeet.meetings.models import Meeting, Outcome, Request, Schedule, Seat
from clustermeet.profiles.models import Item, Organisation, Participant


def import_event(data: Any, *, acting_user: User | None, replace: bool = False) -> Event:
    """Create the event of `data`; with `replace`, an event of the same slug is replaced.

    Who may: the operator, or for `replace` an organiser of the event replaced. Raises
    `ImportRejected` naming every problem; then nothing was changed."""
    try:
        records = read_event_file(data)
    except EventFileRejected as rejected:
        raise ImportRejected(rejected.problems) from None
    slug = records.event.slug
    existing = Event.objects.filter(slug=slug).first()
    if existing is not None:
        require_organiser(existing, acting_user)
        if not replace:
            raise ImportRejected(
                [
                    Problem(
                        "event",
                        "slug",
                        f"an event '{slug}' exists already; import with --replace to "
                        "replace it, or change the slug in the file",
                    )
                ]
            )
    loader = _Loader(records)
    try:
        with transaction.atomic():
            if existing is not None:
                # Meetings protect their slots and tables: remove the schedules first.
                existing.schedules.all().delete()
                existing.delete()
            event = loader.load()
            if loader.problems:
                transaction.set_rollback(True)
            else:
                record("import_event", event, actor=acting_user, event=event, after=loader.counts)
    except IntegrityError as error:  # what only the database could see, at commit
        raise ImportRejected([Problem("file", "database", str(error).splitlines()[0])]) from None
    if loader.problems:
        raise ImportRejected(loader.problems)
    return event


def _fields(record: Any, *leave_out: str) -> dict[str, Any]:
    """A record's fields as model fields; tuples become the lists the JSON fields hold."""

    def plain(value: Any) -> Any:
        return [plain(v) for v in value] if isinstance(value, tuple) else value

    return {
        f.name: plain(getattr(record, f.name))
        for f in dataclasses.fields(record)
        if f.name not in leave_out
    }


class _Loader:
    """Writes the records section by section; each maps its natural keys to the rows made."""

    def __init__(self, records: EventFile) -> None:
        self.f = records
        self.problems: list[Problem] = []
        self.counts: dict[str, int] = {}
        self.users: dict[str, User] = {}
        self.organisations: dict[str, Organisation] = {}
        self.delegations: dict[str, Delegation] = {}
        self.slots: dict[Any, Slot] = {}
        self.tables: dict[str, Table] = {}
        self.participants: dict[str, Participant] = {}
        self.requests: dict[tuple[str, str], Request] = {}

    def save(self, instance: models.Model, where: str, exclude: list[str] | None = None) -> None:
        """Save what the model's validators accept; note what they refuse."""
        try:
            instance.full_clean(exclude=exclude)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                self.problems.append(Problem(where, name, " ".join(messages)))
            return
        instance.save()

    def load(self) -> Event:
        self.load_users()
        event = self.load_event()
        if self.problems:
            return event
        for n, o in enumerate(self.f.organisations):
            self.load_organisation(f"organisations[{n}]", o, event)
        for n, d in enumerate(self.f.delegations):
            row = Delegation(event=event, name=d.name, description=d.description)
            self.save(row, f"delegations[{n}]")
            self.delegations[d.name] = row
        for n, s in enumerate(self.f.sessions):
            self.load_session(f"sessions[{n}]", s, event)
        renumber_slots(event)
        for n, t in enumerate(self.f.tables):
            self.load_table(f"tables[{n}]", t, event)
        if self.problems:
            return event
        for n, p in enumerate(self.f.participants):
            self.load_participant(f"participants[{n}]", p, event)
        for n, q in enumerate(self.f.requests):
            self.load_request(f"requests[{n}]", q, event)
        if self.problems:
            return event
        for n, version in enumerate(self.f.schedules):
            self.load_schedule(f"schedules[{n}]", version, event)
        self.counts.update(
            organisations=len(self.organisations),
            participants=len(self.participants),
            requests=len(self.requests),
            schedules=len(self.f.schedules),
            meetings=sum(len(s.meetings) for s in self.f.schedules),
        )
        return event

    def load_users(self) -> None:
        """Link the accounts that exist; create the others, without a usable password."""
        emails = [u.email for u in self.f.users]
        self.users = {u.email: u for u in User.objects.filter(email__in=emails)}
        linked = len(self.users)
        for n, u in enumerate(self.f.users):
            if u.email in self.users:
                continue
            user = User(
                email=u.email, username=u.email, first_name=u.first_name, last_name=u.last_name
            )
            user.set_unusable_password()
            self.save(user, f"users[{n}]", exclude=["username", "password"])
            self.users[u.email] = user
        self.counts.update(users_linked=linked, users_created=len(self.users) - linked)

    def load_event(self) -> Event:
        event = Event(
            **_fields(self.f.event, "organisers", "city_names"),
            city_names=dict(self.f.event.city_names),
        )
        self.save(event, "event")
        if event.pk is not None:
            # An account the validators refused is a problem already noted: it links nothing.
            organisers = (self.users[email] for email in self.f.event.organisers)
            event.organisers.add(*(u for u in organisers if u.pk is not None))
        return event

    def load_organisation(self, where: str, o: rec.OrganisationRecord, event: Event) -> None:
        org = Organisation(event=event, **_fields(o))
        self.save(org, where)
        self.organisations[o.slug] = org

    def load_session(self, where: str, s: rec.SessionRecord, event: Event) -> None:
        session = Session(
            event=event,
            name=s.name,
            date=s.date,
            start_time=s.start_time,
            end_time=s.end_time,
            slot_minutes=s.slot_minutes,
            gap_minutes=s.gap_minutes,
            breaks=[list(b) for b in s.breaks],
        )
        self.save(session, where)
        if session.pk is None:
            return
        slots = Slot.objects.bulk_create(
            Slot(event_id=event.pk, session=session, start=slot.start, minutes=slot.minutes)
            for slot in s.slots
        )
        self.slots.update((slot.start, slot) for slot in slots)

    def load_table(self, where: str, t: rec.TableRecord, event: Event) -> None:
        table = Table(
            event=event,
            name=t.name,
            kind=t.kind,
            link=t.link,
            capacity=t.capacity,
            host=self.organisations[t.host] if t.host else None,
        )
        self.save(table, where)
        self.tables[t.name] = table

    def load_participant(self, where: str, p: rec.ParticipantRecord, event: Event) -> None:
        person = Participant(
            event=event,
            user=self.users[p.email],
            organisation=self.organisations[p.organisation],
            delegation=self.delegations[p.delegation] if p.delegation else None,
            job_title=p.job_title,
            phone=p.phone,
            languages=list(p.languages),
            attendance=p.attendance,
            target_countries=list(p.target_countries),
            min_meetings=p.min_meetings,
            max_meetings=p.max_meetings,
        )
        self.save(person, where)
        if person.pk is None:
            return
        self.participants[p.email] = person
        busy = [self.slots[start] for start in p.unavailable_slots]
        person.unavailable_slots.set(busy, through_defaults={"event": event})
        for k, i in enumerate(p.items):
            item = Item(
                event=event,
                participant=person,
                kind=i.kind,
                title=i.title,
                description=i.description,
                keywords=list(i.keywords),
                language=i.language,
            )
            self.save(item, f"{where}.items[{k}]")

    def load_request(self, where: str, q: rec.RequestRecord, event: Event) -> None:
        request = Request(
            event=event,
            requester=self.participants[q.requester],
            requested=self.participants[q.requested],
            message=q.message,
            priority=q.priority,
            status=q.status,
            created_at=q.created_at,
            responded_at=q.responded_at,
            expires_at=q.expires_at,
        )
        self.save(request, where)
        self.requests[(q.requester, q.requested)] = request

    def load_schedule(self, where: str, s: rec.ScheduleRecord, event: Event) -> None:
        schedule = Schedule(
            event=event,
            version=s.version,
            state=s.state,
            created_at=s.created_at,
            published_at=s.published_at,
            solver_status=s.solver_status,
            statistics=dict(s.statistics or {}),
        )
        self.save(schedule, where)
        if schedule.pk is None:
            return
        for k, m in enumerate(s.meetings):
            mwhere = f"{where}.meetings[{k}]"
            meeting = Meeting(
                event=event,
                schedule=schedule,
                request=self.requests[m.request] if m.request else None,
                slot=self.slots[m.slot],
                table=self.tables[m.table],
                status=m.status,
                locked=m.locked,
            )
            self.save(meeting, mwhere)
            if meeting.pk is None:
                continue
            for email in m.participants:  # a seat copies its meeting's slot and standing
                Seat(meeting=meeting, participant=self.participants[email]).save()
            for j, o in enumerate(m.outcomes):
                outcome = Outcome(
                    event=event,
                    meeting=meeting,
                    participant=self.participants[o.participant],
                    kind=o.kind,
                    comment=o.comment,
                    reported_at=o.reported_at,
                )
                self.save(outcome, f"{mwhere}.outcomes[{j}]")
