"""Plain dataclasses of selection mode: clustermeet's events, where requests compete.

All references are indices into the instance's tuples (0-based). Slots are ordered; `day`
groups them so that the night between two days is not counted as a break.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from clustermeet.engine.scheduling.status import Status


@dataclass(frozen=True)
class Table:
    name: str
    virtual: bool = False
    host: int | None = None  # organisation whose booth this is; it prefers to stay here


@dataclass(frozen=True)
class Participant:
    organisation: int
    remote: bool = False
    min_meetings: int = 0
    max_meetings: int | None = None
    unavailable: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Request:
    """A wish to meet; `weight` already counts mutual wishes and priorities."""

    first: int
    second: int
    weight: int = 1
    slots: frozenset[int] | None = None  # None: any slot (session restrictions otherwise)


@dataclass(frozen=True)
class Lock:
    """A meeting the organiser fixed: it stays in its slot (and at its table if given)."""

    request: int
    slot: int
    table: int | None = None


@dataclass(frozen=True)
class EventInstance:
    slot_days: tuple[int, ...]
    tables: tuple[Table, ...]
    participants: tuple[Participant, ...]
    seats: tuple[int, ...]  # per organisation: people who can meet at once
    requests: tuple[Request, ...]
    locks: tuple[Lock, ...] = ()

    @property
    def n_slots(self) -> int:
        return len(self.slot_days)

    @cached_property
    def table_kinds(self) -> frozenset[bool]:
        """Which kinds of table exist (True: virtual)."""
        return frozenset(t.virtual for t in self.tables)

    def needs_virtual(self, request: int) -> bool:
        r = self.requests[request]
        return self.participants[r.first].remote or self.participants[r.second].remote

    def requests_of(self) -> list[list[int]]:
        result: list[list[int]] = [[] for _ in self.participants]
        for index, r in enumerate(self.requests):
            result[r.first].append(index)
            result[r.second].append(index)
        return result


@dataclass(frozen=True)
class Placement:
    request: int
    slot: int
    table: int


@dataclass(frozen=True)
class EventSchedule:
    status: Status
    placements: tuple[Placement, ...] = ()
    weight: int = 0  # weight of the meetings held
    bound: int | None = None  # proven upper bound on that weight
    stats: dict[str, float] = field(default_factory=dict)
    wall_time: float = 0.0
