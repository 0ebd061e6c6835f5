"""What each export holds: participants, meetings, the table plan per slot, agendas."""

from __future__ import annotations

from collections.abc import Callable

from clustermeet.events.models import Event
from clustermeet.meetings.domain.diffs import standing_meetings
from clustermeet.meetings.models import Meeting
from clustermeet.orga.plan import day_schedule, local_time, table_plan
from clustermeet.orga.sheets import Row
from clustermeet.profiles.domain.reminders import bookability
from clustermeet.profiles.models import Participant

Table = tuple[list[str], list[Row]]


def participants(event: Event) -> Table:
    header = [
        "name",
        "email",
        "organisation",
        "country",
        "delegation",
        "attendance",
        "checked in",
        "missing",
    ]
    rows: list[Row] = [
        [
            b.participant.user.display_name,
            b.participant.user.email,
            b.participant.organisation.name,
            b.participant.organisation.country,
            b.participant.delegation.name if b.participant.delegation else "",
            b.participant.attendance,
            b.participant.checked_in_at.isoformat() if b.participant.checked_in_at else "",
            ", ".join(b.problems),
        ]
        for b in bookability(event)
    ]
    return header, rows


def _meeting_rows(event: Event) -> list[tuple[Meeting, list[Participant]]]:
    schedule = day_schedule(event)
    if schedule is None:
        return []
    return [(m, [s.participant for s in m.seats.all()]) for m in standing_meetings(schedule)]


def meetings(event: Event) -> Table:
    header = [
        "slot",
        "session",
        "table",
        "first",
        "first organisation",
        "second",
        "second organisation",
        "status",
        "locked",
    ]
    rows: list[Row] = []
    for m, people in _meeting_rows(event):
        names = [(p.user.display_name, p.organisation.name) for p in people[:2]]
        names += [("", "")] * (2 - len(names))
        rows.append(
            [
                local_time(m.slot),
                m.slot.session.name,
                m.table.name,
                *names[0],
                *names[1],
                m.status,
                "yes" if m.locked else "",
            ]
        )
    return header, rows


def plan(event: Event) -> Table:
    header = ["slot", "table", "link", "who", "organisations"]
    rows: list[Row] = [
        [
            local_time(p.slot),
            s.table.name,
            s.table.link,
            " & ".join(x.user.display_name for x in s.people),
            " & ".join(x.organisation.name for x in s.people),
        ]
        for p in table_plan(day_schedule(event))
        for s in p.seatings
    ]
    return header, rows


def agendas(event: Event) -> Table:
    header = ["participant", "organisation", "slot", "table", "link", "with", "their organisation"]
    keyed = []
    for m, people in _meeting_rows(event):
        for person in people:
            for other in people:
                if other.pk != person.pk:
                    keyed.append(
                        (
                            person.user.display_name,
                            person.pk,
                            m.slot.start,
                            [
                                person.user.display_name,
                                person.organisation.name,
                                local_time(m.slot),
                                m.table.name,
                                m.table.link,
                                other.user.display_name,
                                other.organisation.name,
                            ],
                        )
                    )
    keyed.sort(key=lambda k: k[:3])
    return header, [row for *_, row in keyed]


EXPORTS: dict[str, Callable[[Event], Table]] = {
    "participants": participants,
    "meetings": meetings,
    "table-plan": plan,
    "agendas": agendas,
}
