"""Give every meeting of a fixed-mode schedule a concrete table.

Tables never change feasibility here (a slot holds at most as many meetings as tables), so
this runs after the slots are fixed: slot by slot, a meeting first tries the table one of
its participants used last, then the lowest free one.
"""

from __future__ import annotations

from collections.abc import Sequence

from clustermeet.engine.scheduling.jair.model import FixedInstance


def assign_fixed_tables(instance: FixedInstance, slots: Sequence[int]) -> list[int]:
    by_slot: dict[int, list[int]] = {}
    for m, t in enumerate(slots):
        by_slot.setdefault(t, []).append(m)
    last_table: dict[int, int] = {}
    tables = [0] * len(slots)
    for t in sorted(by_slot):
        free = set(range(instance.n_tables))
        pending = []
        for m in by_slot[t]:
            meeting = instance.meetings[m]
            for p in (meeting.first, meeting.second):
                table = last_table.get(p)
                if table is not None and table in free:
                    free.discard(table)
                    tables[m] = table
                    break
            else:
                pending.append(m)
        for m in pending:
            tables[m] = min(free)
            free.discard(tables[m])
        for m in by_slot[t]:
            meeting = instance.meetings[m]
            last_table[meeting.first] = last_table[meeting.second] = tables[m]
    return tables
