"""Refuse inconsistent event data with one line that names what is wrong and what is expected."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from clustermeet.engine.reporting.inputs import (
    EventData,
    MeetingStatus,
    OrganisationType,
    OutcomeKind,
    RequestStatus,
    TableKind,
)


class ReportInputError(ValueError):
    """The event data cannot be reported on; the message says why in one line."""


def _unique(what: str, ids: Iterable[int]) -> None:
    repeated = sorted(i for i, n in Counter(ids).items() if n > 1)
    if repeated:
        raise ReportInputError(f"{what} {repeated[0]} appears twice; expected unique ids")


def _enum(what: str, value: object, kind: type[StrEnum]) -> None:
    if value not in {member.value for member in kind}:
        allowed = ", ".join(member.value for member in kind)
        raise ReportInputError(f"{what}: got {value!r}, expected one of {allowed}")


def check_event(data: EventData) -> None:
    """Raise ReportInputError on the first problem found; return None when all is well."""
    if data.info.end < data.info.start:
        raise ReportInputError(
            f"event {data.info.name!r}: ends {data.info.end} before it starts {data.info.start}"
        )
    _unique("participant", (p.id for p in data.participants))
    _unique("slot index", (s.index for s in data.slots))
    _unique("table", (t.id for t in data.tables))
    _unique("meeting", (m.id for m in data.meetings))
    people = {p.id for p in data.participants}
    for p in data.participants:
        if len(p.country) != 2 or not p.country.isalpha() or not p.country.isupper():
            raise ReportInputError(
                f"participant {p.id}: country {p.country!r}, expected an ISO 3166 alpha-2 "
                "code such as 'BG'"
            )
        _enum(f"participant {p.id} organisation type", p.organisation_type, OrganisationType)
    for t in data.tables:
        _enum(f"table {t.id} kind", t.kind, TableKind)
    for r in data.requests:
        _enum(f"request {r.requester}→{r.requested} status", r.status, RequestStatus)
        for who in (r.requester, r.requested):
            if who not in people:
                raise ReportInputError(
                    f"request {r.requester}→{r.requested}: participant {who} is unknown; "
                    "expected one of the event's participant ids"
                )
        if r.requester == r.requested:
            raise ReportInputError(f"request {r.requester}→{r.requested}: asks to meet oneself")
    _check_meetings(data, people)
    _check_outcomes(data)


def _check_meetings(data: EventData, people: set[int]) -> None:
    slots = {s.index for s in data.slots}
    tables = {t.id for t in data.tables}
    for m in data.meetings:
        _enum(f"meeting {m.id} status", m.status, MeetingStatus)
        if len(set(m.participants)) < 2 or len(set(m.participants)) != len(m.participants):
            raise ReportInputError(
                f"meeting {m.id}: participants {list(m.participants)}, expected two or more "
                "different people"
            )
        unknown = [p for p in m.participants if p not in people]
        if unknown:
            raise ReportInputError(
                f"meeting {m.id}: participant {unknown[0]} is unknown; expected one of the "
                "event's participant ids"
            )
        if m.slot not in slots:
            raise ReportInputError(
                f"meeting {m.id}: slot {m.slot} is unknown; expected one of the slot indexes"
            )
        if m.table not in tables:
            raise ReportInputError(
                f"meeting {m.id}: table {m.table} is unknown; expected one of the table ids"
            )


def _check_outcomes(data: EventData) -> None:
    seated = {m.id: set(m.participants) for m in data.meetings}
    seen: set[tuple[int, int]] = set()
    for o in data.outcomes:
        _enum(f"outcome of meeting {o.meeting} kind", o.kind, OutcomeKind)
        if o.meeting not in seated:
            raise ReportInputError(
                f"outcome: meeting {o.meeting} is unknown; expected one of the meeting ids"
            )
        if o.participant not in seated[o.meeting]:
            raise ReportInputError(
                f"outcome of meeting {o.meeting}: participant {o.participant} was not in it; "
                f"expected one of {sorted(seated[o.meeting])}"
            )
        if (o.meeting, o.participant) in seen:
            raise ReportInputError(
                f"outcome of meeting {o.meeting}: participant {o.participant} reported twice; "
                "expected one outcome per participant and meeting"
            )
        seen.add((o.meeting, o.participant))
