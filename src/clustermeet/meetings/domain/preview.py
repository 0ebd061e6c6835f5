"""What an organiser reads before publishing a draft: its figures against the proven bound,
how many meetings each person got, and every wish left out with the reason it stayed out.

The reasons are derived from the engine's own input (`build_event_input`), in this order:
no slot both people are free in; no table of the kind they need; one side already at their
maximum; every common free slot already taken (someone busy, the tables full); otherwise it
would have fitted, and the solver stopped before it placed it (not proven optimal).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from clustermeet.engine.scheduling.selection import EventInstance
from clustermeet.meetings.domain.diffs import standing_meetings
from clustermeet.meetings.domain.scheduling import EventInput, build_event_input
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Meeting, Request, Schedule
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class Unplaced:
    people: tuple[Participant, Participant]
    reason: str
    weight: int = 0


@dataclass
class Preview:
    schedule: Schedule
    meetings: list[Meeting]
    held_weight: int
    bound: int | None
    proven: bool
    histogram: list[tuple[int, int]]  # (meetings, how many people got that many)
    unplaced: list[Unplaced] = field(default_factory=list)
    statistics: dict[str, Any] = field(default_factory=dict)


class _Busy:
    """Who meets in which slot, and how full each slot's tables are, in the draft."""

    def __init__(self, data: EventInput, meetings: list[Meeting]) -> None:
        slot_of = {s.pk: i for i, s in enumerate(data.slots)}
        virtual = {t.pk: t.kind == "virtual" for t in data.tables}
        person_of = {p.pk: i for i, p in enumerate(data.participants)}
        self.person: set[tuple[int, int]] = set()
        self.held: Counter[int] = Counter()
        self.tables: Counter[tuple[int, bool]] = Counter()
        for m in meetings:
            slot = slot_of[m.slot_id]
            self.tables[(slot, virtual[m.table_id])] += 1
            for seat in m.seats.all():
                self.person.add((person_of[seat.participant_id], slot))
                self.held[person_of[seat.participant_id]] += 1


def _reason(instance: EventInstance, r: int, busy: _Busy, names: list[str], proven: bool) -> str:
    req = instance.requests[r]
    a, b = instance.participants[req.first], instance.participants[req.second]
    name_a, name_b = names[req.first], names[req.second]
    common = [t for t in range(instance.n_slots) if t not in a.unavailable | b.unavailable]
    if not common:
        return f"No common free slot: {name_a} and {name_b} are never available at the same time."
    virtual = instance.needs_virtual(r)
    kinds = {t.virtual for t in instance.tables}
    if virtual not in kinds:
        need = "a virtual room (one of them takes part remotely)" if virtual else "an on-site table"
        return f"No table of the right kind: they need {need} and the event has none."
    for person, name, index in ((a, name_a, req.first), (b, name_b, req.second)):
        if person.max_meetings is not None and busy.held[index] >= person.max_meetings:
            return f"{name} is at their maximum of {person.max_meetings} meetings."
    capacity = sum(1 for t in instance.tables if t.virtual == virtual)
    blocked = Counter[str]()
    for t in common:
        if (req.first, t) in busy.person:
            blocked[name_a] += 1
        elif (req.second, t) in busy.person:
            blocked[name_b] += 1
        elif busy.tables[(t, virtual)] >= capacity:
            blocked["tables"] += 1
        else:
            if proven:
                return (
                    "It fits a free slot of this draft (the draft was edited after the "
                    "scheduler ran): place it by hand or run the scheduler again."
                )
            return (
                "It fits a free slot, but the solver stopped before placing it (the result is "
                "not proven optimal): place it by hand or run the scheduler longer."
            )
    parts = [
        f"every table is full in {n}" if who == "tables" else f"{who} meets someone else in {n}"
        for who, n in blocked.most_common()
    ]
    return (
        f"Every one of the {len(common)} slot(s) both are free in is taken: "
        + "; ".join(parts)
        + " (higher-weight or fairer meetings won those slots)."
    )


def _pending(schedule: Schedule) -> list[Unplaced]:
    waiting = Request.objects.filter(
        event_id=schedule.event_id, status=RequestStatus.PENDING
    ).select_related(
        "requester__user", "requested__user", "requester__organisation", "requested__organisation"
    )
    return [
        Unplaced(
            (r.requester, r.requested),
            f"Not accepted yet: {r.requested.user.display_name} has not answered the request.",
        )
        for r in waiting
    ]


def draft_preview(schedule: Schedule) -> Preview:
    """A fixed number of queries, however many meetings and requests."""
    data = build_event_input(schedule.event)
    meetings = standing_meetings(schedule)
    instance = data.instance
    busy = _Busy(data, meetings)
    person_of = {p.pk: i for i, p in enumerate(data.participants)}
    placed = {frozenset(person_of[s.participant_id] for s in m.seats.all()) for m in meetings}
    stats = dict(schedule.statistics)
    proven = schedule.solver_status == "OPTIMAL"
    # The engine's people, with their names read in one query.
    named = Participant.objects.filter(event_id=schedule.event_id).select_related(
        "user", "organisation"
    )
    by_pk = {p.pk: p for p in named}
    people = [by_pk[p.pk] for p in data.participants]
    names = [p.user.display_name for p in people]
    unplaced = [
        Unplaced(
            (people[req.first], people[req.second]),
            _reason(instance, r, busy, names, proven),
            req.weight,
        )
        for r, req in enumerate(instance.requests)
        if frozenset((req.first, req.second)) not in placed
    ]
    unplaced.sort(key=lambda u: -u.weight)
    counts: dict[int, int] = defaultdict(int)
    for i in range(len(data.participants)):
        counts[busy.held[i]] += 1
    weights = {frozenset((q.first, q.second)): q.weight for q in instance.requests}
    held_weight = sum(weights.get(pair, 0) for pair in placed)
    return Preview(
        schedule=schedule,
        meetings=meetings,
        held_weight=held_weight,
        bound=stats.get("bound"),
        proven=proven,
        histogram=sorted(counts.items()),
        unplaced=unplaced + _pending(schedule),
        statistics=stats,
    )
