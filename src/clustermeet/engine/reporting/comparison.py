"""This schedule against first-come-first-served booking of the same requests.

The baseline's numbers come from outside (the scheduler's `first_come_first_served`, run on
the requests the schedule was made from); this side counts the placed meetings (not
cancelled) and their breaks as participation.py does, so both count alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.engine.reporting.inputs import Baseline
from clustermeet.engine.reporting.participation import ParticipantLoad


@dataclass(frozen=True)
class Comparison:
    meetings: int
    breaks: int
    baseline_meetings: int
    baseline_breaks: int

    @property
    def extra_meetings(self) -> int:
        return self.meetings - self.baseline_meetings

    @property
    def fewer_breaks(self) -> int:
        return self.baseline_breaks - self.breaks


def compare(
    baseline: Baseline | None, placed: int, loads: tuple[ParticipantLoad, ...]
) -> Comparison | None:
    """None when no baseline was given: the data do not allow the comparison."""
    if baseline is None:
        return None
    return Comparison(
        meetings=placed,
        breaks=sum(load.breaks for load in loads),
        baseline_meetings=baseline.meetings,
        baseline_breaks=baseline.breaks,
    )
