"""The records of a clustermeet event file (docs/event-format.md), as the reader returns them.

Plain frozen dataclasses, no Django: the database import and the scheduler's command line
both start from these. What the file may say (choices, lengths) is declared here once; a
test keeps the choices and lengths in step with the models'.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from clustermeet.reference import ITEM_TYPES as _ITEM_TYPES

FORMAT = "clustermeet-event"
VERSION = 1

# Keys a `users[]` record may not carry: an event file never sets a password or a flag.
ACCOUNT_KEYS = (
    "password",
    "is_staff",
    "is_superuser",
    "is_active",
    "groups",
    "user_permissions",
)

MEETING_POLICIES = ("any", "across_delegations", "type_pairs")
REQUEST_MODES = ("acceptance", "automatic")
ORGANISATION_TYPES = ("cluster", "company", "research", "public", "other")
TABLE_KINDS = ("onsite", "virtual")
ATTENDANCE = ("onsite", "remote")
PRIORITIES = (1, 2, 3)
REQUEST_STATUSES = ("pending", "accepted", "declined", "expired", "cancelled")
SCHEDULE_STATES = ("draft", "published", "archived")
MEETING_STATUSES = ("scheduled", "held", "no_show", "cancelled")
OUTCOME_KINDS = ("none", "informative", "cooperation_possible", "agreement")
ITEM_TYPES = tuple(_ITEM_TYPES)

# The models' max_length, by record and key (text without a limit is capped by TEXT_LIMIT).
MAX_LENGTH: dict[str, dict[str, int]] = {
    "event": {"slug": 50, "name": 200, "venue": 200, "city": 100, "time_zone": 64},
    "users": {"email": 254, "first_name": 150, "last_name": 150},
    "delegations": {"name": 200},
    "organisations": {"slug": 120, "name": 200, "region": 100, "website": 200},
    "sessions": {"name": 200},
    "tables": {"name": 100, "link": 200},
    "participants": {"job_title": 200, "phone": 50},
    "items": {"title": 200},
    "schedules": {"solver_status": 16},
}
TEXT_LIMIT = 20_000  # descriptions, messages, comments: a file is not a document store


@dataclass(frozen=True)
class EventRecord:
    slug: str
    name: str
    time_zone: str
    start_date: date
    end_date: date
    venue: str = ""
    city: str = ""
    city_names: tuple[tuple[str, str], ...] = ()  # (language, the city in it)
    country: str = ""
    description: str = ""
    languages: tuple[str, ...] = ()
    meeting_policy: str = "any"
    allowed_type_pairs: tuple[tuple[str, str], ...] = ()
    request_mode: str = "acceptance"
    request_quota: int | None = None
    request_expiry_days: int | None = None
    is_public: bool = True
    organisers: tuple[str, ...] = ()  # e-mails, each in `users`


@dataclass(frozen=True)
class UserRecord:
    email: str  # lower case
    first_name: str = ""
    last_name: str = ""


@dataclass(frozen=True)
class DelegationRecord:
    name: str
    description: str = ""


@dataclass(frozen=True)
class OrganisationRecord:
    slug: str
    name: str
    kind: str  # the file's "type"
    country: str
    region: str = ""
    website: str = ""
    description: str = ""
    ecosystems: tuple[str, ...] = ()
    nace_codes: tuple[str, ...] = ()
    key_technologies: tuple[str, ...] = ()
    member_count: int | None = None
    founded_year: int | None = None


@dataclass(frozen=True)
class SlotRecord:
    start: datetime  # aware
    minutes: int


@dataclass(frozen=True)
class SessionRecord:
    name: str
    date: date
    start_time: time
    end_time: time
    slot_minutes: int = 20
    gap_minutes: int = 0
    breaks: tuple[tuple[str, str], ...] = ()  # local "HH:MM" pairs, as the file has them
    # The file's slots, or those the session's times give when the file has none.
    slots: tuple[SlotRecord, ...] = ()
    slots_given: bool = False


@dataclass(frozen=True)
class TableRecord:
    name: str
    kind: str
    link: str = ""
    capacity: int = 4
    host: str | None = None  # organisation slug


@dataclass(frozen=True)
class ItemRecord:
    kind: str  # the file's "type"
    title: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"


@dataclass(frozen=True)
class ParticipantRecord:
    email: str  # lower case, in `users`
    organisation: str  # slug, in `organisations`
    delegation: str | None = None
    job_title: str = ""
    phone: str = ""
    languages: tuple[str, ...] = ()
    attendance: str = "onsite"
    target_countries: tuple[str, ...] = ()
    min_meetings: int = 0
    max_meetings: int | None = None
    unavailable_slots: tuple[datetime, ...] = ()
    items: tuple[ItemRecord, ...] = ()


@dataclass(frozen=True)
class RequestRecord:
    requester: str  # e-mails of participants
    requested: str
    created_at: datetime
    message: str = ""
    priority: int = 1
    status: str = "pending"
    responded_at: datetime | None = None
    expires_at: datetime | None = None


@dataclass(frozen=True)
class OutcomeRecord:
    participant: str
    kind: str
    reported_at: datetime
    comment: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    participants: tuple[str, ...]
    slot: datetime
    table: str
    request: tuple[str, str] | None = None  # (requester, requested)
    status: str = "scheduled"
    locked: bool = False
    outcomes: tuple[OutcomeRecord, ...] = ()


@dataclass(frozen=True)
class ScheduleRecord:
    version: int
    created_at: datetime
    state: str = "draft"
    published_at: datetime | None = None
    solver_status: str = ""
    statistics: Mapping[str, Any] | None = None
    meetings: tuple[MeetingRecord, ...] = ()


@dataclass(frozen=True)
class EventFile:
    event: EventRecord
    users: tuple[UserRecord, ...] = ()
    delegations: tuple[DelegationRecord, ...] = ()
    organisations: tuple[OrganisationRecord, ...] = ()
    sessions: tuple[SessionRecord, ...] = ()
    tables: tuple[TableRecord, ...] = ()
    participants: tuple[ParticipantRecord, ...] = ()
    requests: tuple[RequestRecord, ...] = ()
    schedules: tuple[ScheduleRecord, ...] = ()
