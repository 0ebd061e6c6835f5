"""One event's data as plain values: what the report is computed from.

Independent of the Django models (the enums repeat their values, and a test keeps the two in
step); the mapping from the database lives outside the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class RequestStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class OutcomeKind(StrEnum):
    NONE = "none"
    INFORMATIVE = "informative"
    COOPERATION_POSSIBLE = "cooperation_possible"
    AGREEMENT = "agreement"


class OrganisationType(StrEnum):
    CLUSTER = "cluster"
    COMPANY = "company"
    RESEARCH = "research"
    PUBLIC = "public"
    OTHER = "other"


class TableKind(StrEnum):
    ONSITE = "onsite"
    VIRTUAL = "virtual"


@dataclass(frozen=True)
class Participant:
    """A person of an organisation at the event. `country` is the organisation's ISO 3166
    alpha-2 code; `delegation` is the delegation's name, None when the person has none;
    `named` says the person consented to have their organisation named in the report."""

    id: int
    organisation: int
    country: str
    organisation_type: OrganisationType = OrganisationType.COMPANY
    organisation_name: str = ""
    delegation: str | None = None
    ecosystems: tuple[str, ...] = ()
    profile_complete: bool = True
    registered: bool = True
    named: bool = False


@dataclass(frozen=True)
class Request:
    requester: int
    requested: int
    status: RequestStatus
    created: datetime
    responded: datetime | None = None


@dataclass(frozen=True)
class Slot:
    """One meeting time; `index` orders the slots of the whole event."""

    index: int
    day: date
    session: str = ""


@dataclass(frozen=True)
class Table:
    id: int
    name: str = ""
    kind: TableKind = TableKind.ONSITE


@dataclass(frozen=True)
class Meeting:
    """A meeting of the event's schedule; `slot` is a slot index, `table` a table id. Its day
    is its slot's day."""

    id: int
    participants: tuple[int, ...]
    slot: int
    table: int
    status: MeetingStatus = MeetingStatus.SCHEDULED


@dataclass(frozen=True)
class Outcome:
    """What a meeting led to, as one of its participants reports it."""

    meeting: int
    participant: int
    kind: OutcomeKind


@dataclass(frozen=True)
class EventInfo:
    """What the headline says about the event itself; `as_of` is when the data were read;
    `city_names` holds the city's name in other languages, e.g. (("bg", "Торонто"),)."""

    name: str
    start: date
    end: date
    as_of: date
    city: str = ""
    city_names: tuple[tuple[str, str], ...] = ()

    def city_in(self, language: str) -> str:
        return dict(self.city_names).get(language, self.city)


@dataclass(frozen=True)
class Baseline:
    """A first-come-first-served booking of the same requests (the scheduler's baseline):
    how many meetings it placed and how many breaks its agendas have."""

    meetings: int
    breaks: int


@dataclass(frozen=True)
class EventData:
    info: EventInfo
    participants: tuple[Participant, ...]
    requests: tuple[Request, ...] = ()
    slots: tuple[Slot, ...] = ()
    tables: tuple[Table, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    baseline: Baseline | None = None
