"""Plain dataclasses of the fixed-meetings problem (JAIR).

Everything is 0-based inside the engine; the `.dzn` reader and writer convert from and to
the 1-based numbering of the benchmark files.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from clustermeet.engine.scheduling.status import Status


class Session(int, Enum):
    """When a fixed meeting may happen (the third column of `requested` in the .dzn files)."""

    MORNING = 1
    AFTERNOON = 2
    ANY = 3


@dataclass(frozen=True)
class FixedMeeting:
    first: int
    second: int
    session: Session = Session.ANY


@dataclass(frozen=True)
class FixedInstance:
    """A JAIR B2B instance: every meeting must get a slot."""

    n_participants: int
    n_slots: int
    n_tables: int
    meetings: tuple[FixedMeeting, ...]
    # Slots 0..n_morning-1 are the morning; n_morning == n_slots means no split.
    n_morning: int = -1
    forbidden: tuple[frozenset[int], ...] = ()
    fixed: tuple[int | None, ...] = ()
    # precedences[m] = meetings that must happen in an earlier slot than m.
    precedences: tuple[frozenset[int], ...] = ()

    def __post_init__(self) -> None:
        # Fill the optional columns so every consumer can index them without checks.
        if self.n_morning < 0:
            object.__setattr__(self, "n_morning", self.n_slots)
        if not self.forbidden:
            object.__setattr__(self, "forbidden", (frozenset(),) * self.n_participants)
        if not self.fixed:
            object.__setattr__(self, "fixed", (None,) * len(self.meetings))
        if not self.precedences:
            object.__setattr__(self, "precedences", (frozenset(),) * len(self.meetings))
        if len(self.forbidden) != self.n_participants:
            raise ValueError("forbidden needs one set per participant")
        if len(self.fixed) != len(self.meetings) or len(self.precedences) != len(self.meetings):
            raise ValueError("fixed and precedences need one entry per meeting")
        for m in self.meetings:
            if not (0 <= m.first < self.n_participants and 0 <= m.second < self.n_participants):
                raise ValueError(f"meeting {m} names an unknown participant")
            if m.first == m.second:
                raise ValueError(f"meeting {m} has the same participant twice")

    def meetings_of(self) -> list[list[int]]:
        """Meeting indices of each participant."""
        result: list[list[int]] = [[] for _ in range(self.n_participants)]
        for index, m in enumerate(self.meetings):
            result[m.first].append(index)
            result[m.second].append(index)
        return result


@dataclass(frozen=True)
class FixedSchedule:
    """A slot (and a table) per meeting, with what the solver proved."""

    status: Status
    slots: tuple[int, ...] = ()
    tables: tuple[int, ...] = ()
    objective: int | None = None
    bound: int | None = None
    wall_time: float = 0.0
