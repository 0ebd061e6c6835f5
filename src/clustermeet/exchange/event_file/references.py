"""Whether the records of an event file fit together: keys unique, references resolved.

What the database would refuse by a unique or foreign key, said here first, with the record's
path, so the scheduler's command line refuses the same files as the import.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import datetime, timedelta

from clustermeet.exchange.event_file.fields import NO_INSTANT
from clustermeet.exchange.event_file.records import EventFile
from clustermeet.exchange.problems import Problem


def _unique(keys: Iterable[tuple[str, Hashable]], field: str, problems: list[Problem]) -> None:
    first: dict[Hashable, str] = {}
    for where, key in keys:
        if key in first:
            problems.append(Problem(where, field, f"{key!r} appears twice (first at {first[key]})"))
        else:
            first[key] = where


def _known(
    where: str,
    field: str,
    value: str,
    known: set[str] | dict[str, object],
    section: str,
    problems: list[Problem],
) -> None:
    if value and value not in known:  # an empty value is noted as missing already
        problems.append(Problem(where, field, f"'{value}' is not in {section}"))


def check_references(f: EventFile, problems: list[Problem], slots_known: bool = True) -> None:
    _unique(((f"users[{n}]", u.email) for n, u in enumerate(f.users)), "email", problems)
    _unique(((f"delegations[{n}]", d.name) for n, d in enumerate(f.delegations)), "name", problems)
    _unique(
        ((f"organisations[{n}]", o.slug) for n, o in enumerate(f.organisations)), "slug", problems
    )
    _unique(((f"tables[{n}]", t.name) for n, t in enumerate(f.tables)), "name", problems)
    users = {u.email for u in f.users}
    orgs = {o.slug for o in f.organisations}
    for n, email in enumerate(f.event.organisers):
        _known("event", f"organisers[{n}]", email, users, "users", problems)
    for n, t in enumerate(f.tables):
        if t.host is not None:
            _known(f"tables[{n}]", "host", t.host, orgs, "organisations", problems)
    slots = _slots(f, problems)
    _people(f, users, orgs, slots if slots_known else None, problems)
    _requests(f, problems)
    _schedules(f, slots if slots_known else None, problems)


def _slots(f: EventFile, problems: list[Problem]) -> set[datetime]:
    """Every slot start of the event; two at once, or two sessions at once, is a problem."""
    starts: list[tuple[str, datetime]] = []
    spans: list[tuple[datetime, datetime, int]] = []
    for n, s in enumerate(f.sessions):
        for k, slot in enumerate(s.slots):
            where = f"sessions[{n}].slots[{k}]" if s.slots_given else f"sessions[{n}]"
            starts.append((where, slot.start))
        good = [slot for slot in s.slots if slot.start != NO_INSTANT]
        if good:
            begin = min(slot.start for slot in good)
            end = max(slot.start + timedelta(minutes=slot.minutes) for slot in good)
            spans.append((begin, end, n))
    _unique(((w, start.isoformat()) for w, start in starts), "start", problems)
    spans.sort()
    for (_, end, n), (begin, _, m) in zip(spans, spans[1:], strict=False):
        if begin < end:
            problems.append(
                Problem(
                    f"sessions[{m}]",
                    "start_time",
                    f"overlaps sessions[{n}]; sessions of one event may not overlap",
                )
            )
    return {start for _, start in starts}


def _people(
    f: EventFile,
    users: set[str],
    orgs: set[str],
    slots: set[datetime] | None,
    problems: list[Problem],
) -> None:
    _unique(
        ((f"participants[{n}]", p.email) for n, p in enumerate(f.participants)), "email", problems
    )
    delegations = {d.name for d in f.delegations}
    for n, p in enumerate(f.participants):
        where = f"participants[{n}]"
        _known(where, "email", p.email, users, "users", problems)
        _known(where, "organisation", p.organisation, orgs, "organisations", problems)
        if p.delegation is not None:
            _known(where, "delegation", p.delegation, delegations, "delegations", problems)
        for k, start in enumerate(p.unavailable_slots):
            if slots is not None and start not in slots and start != NO_INSTANT:
                problems.append(
                    Problem(
                        where,
                        f"unavailable_slots[{k}]",
                        f"'{start.isoformat()}' is not the start of one of the event's slots",
                    )
                )
        _unique(
            ((f"{where}.items[{k}]", i.title) for k, i in enumerate(p.items)), "title", problems
        )


def _requests(f: EventFile, problems: list[Problem]) -> None:
    people = {p.email for p in f.participants}
    for n, q in enumerate(f.requests):
        where = f"requests[{n}]"
        _known(where, "requester", q.requester, people, "participants", problems)
        _known(where, "requested", q.requested, people, "participants", problems)
        if q.requester == q.requested:
            problems.append(
                Problem(where, "requested", "a participant cannot request to meet themselves")
            )
    _unique(
        ((f"requests[{n}]", (q.requester, q.requested)) for n, q in enumerate(f.requests)),
        "requested",
        problems,
    )


def _schedules(f: EventFile, slots: set[datetime] | None, problems: list[Problem]) -> None:
    _unique(
        ((f"schedules[{n}]", s.version) for n, s in enumerate(f.schedules)), "version", problems
    )
    people = {p.email for p in f.participants}
    tables = {t.name for t in f.tables}
    pairs = {(q.requester, q.requested) for q in f.requests}
    for n, s in enumerate(f.schedules):
        seats: list[tuple[str, tuple[datetime, str]]] = []
        booked: list[tuple[str, tuple[datetime, str]]] = []
        for k, m in enumerate(s.meetings):
            where = f"schedules[{n}].meetings[{k}]"
            if slots is not None and m.slot not in slots and m.slot != NO_INSTANT:
                problems.append(
                    Problem(
                        where,
                        "slot",
                        f"'{m.slot.isoformat()}' is not the start of one of the event's slots",
                    )
                )
            _known(where, "table", m.table, tables, "tables", problems)
            if m.request is not None and m.request not in pairs:
                problems.append(
                    Problem(where, "request", f"{list(m.request)!r} is not in requests")
                )
            for email in m.participants:
                _known(where, "participants", email, people, "participants", problems)
            _unique(((where, e) for e in m.participants), "participants", problems)
            if m.status != "cancelled":
                seats += [(where, (m.slot, e)) for e in m.participants]
                booked.append((where, (m.slot, m.table)))
            for j, o in enumerate(m.outcomes):
                _known(
                    f"{where}.outcomes[{j}]",
                    "participant",
                    o.participant,
                    people,
                    "participants",
                    problems,
                )
            _unique(
                ((f"{where}.outcomes[{j}]", o.participant) for j, o in enumerate(m.outcomes)),
                "participant",
                problems,
            )
        _at_once(seats, "participants", "is at two meetings at once", problems)
        _at_once(booked, "table", "holds two meetings at once", problems)


def _at_once(
    places: list[tuple[str, tuple[datetime, str]]], field: str, what: str, problems: list[Problem]
) -> None:
    """A person or a table taken twice in one slot (among the meetings that stand)."""
    first: dict[tuple[datetime, str], str] = {}
    for where, (slot, name) in places:
        if (slot, name) in first:
            problems.append(
                Problem(
                    where, field, f"'{name}' {what} ({slot.isoformat()}, as at {first[slot, name]})"
                )
            )
        else:
            first[slot, name] = where
