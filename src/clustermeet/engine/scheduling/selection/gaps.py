"""What in an event's input leaves requests with nowhere to go, found before solving.

A schedule with such gaps is still valid (the requests are simply not held), so the solver
does not refuse it; the command line warns, naming who is affected, so that an organiser
does not read an empty agenda as the solver's fault.
"""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.engine.scheduling.selection.model import EventInstance


@dataclass(frozen=True)
class Gap:
    """One reason requests cannot be held; `people` are participant indices (may be empty)."""

    what: str
    people: tuple[int, ...] = ()


def input_gaps(instance: EventInstance) -> list[Gap]:
    asking = sorted({p for r in instance.requests for p in (r.first, r.second)})
    gaps = []
    if instance.requests and not instance.tables:
        gaps.append(Gap("the event has no tables, so no request can be held"))
    if instance.requests and not instance.n_slots:
        gaps.append(Gap("the event has no slots, so no request can be held"))
    elif unavailable := tuple(
        p
        for p in asking
        if instance.participants[p].unavailable.issuperset(range(instance.n_slots))
    ):
        gaps.append(Gap("have requests but are available in no slot", unavailable))
    if instance.tables and True not in instance.table_kinds:
        remote = tuple(p for p in asking if instance.participants[p].remote)
        if remote:
            gaps.append(
                Gap("attend remotely and have requests but the event has no virtual room", remote)
            )
    return gaps
