"""Meetings and breaks per participant, and their histograms.

A **break** is a run of idle slots between two of a person's meetings on the same day — the
scheduler's own measure (`breaks_by_day`), so the comparison with first-come-first-served
booking counts alike; `idle_slots` counts the slots in those runs. Breaks are counted on the
placed meetings (not cancelled), the agenda people were given; slots are adjacent when they
follow each other in the event's slot order, whatever their indexes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from clustermeet.engine.reporting.inputs import EventData, MeetingStatus


@dataclass(frozen=True)
class ParticipantLoad:
    participant: int
    placed: int
    held: int
    breaks: int
    idle_slots: int


def participant_loads(data: EventData) -> tuple[ParticipantLoad, ...]:
    """One row per participant, in the input's order."""
    ordered = sorted(data.slots, key=lambda s: s.index)
    position = {s.index: i for i, s in enumerate(ordered)}
    day = [s.day for s in ordered]
    used: dict[int, list[int]] = defaultdict(list)
    held: dict[int, int] = defaultdict(int)
    for m in data.meetings:
        if m.status == MeetingStatus.CANCELLED:
            continue
        for p in m.participants:
            used[p].append(position[m.slot])
            held[p] += m.status == MeetingStatus.HELD
    rows = []
    for person in data.participants:
        times = sorted(set(used[person.id]))
        gaps = [b - a - 1 for a, b in zip(times, times[1:], strict=False) if day[a] == day[b]]
        rows.append(
            ParticipantLoad(
                participant=person.id,
                placed=len(used[person.id]),
                held=held[person.id],
                breaks=sum(1 for g in gaps if g > 0),
                idle_slots=sum(gaps),
            )
        )
    return tuple(rows)


def histogram(values: list[int]) -> tuple[int, ...]:
    """`result[k]` = how many values equal k, for k from 0 to the largest value."""
    counts = [0] * (max(values, default=-1) + 1)
    for v in values:
        counts[v] += 1
    return tuple(counts)
