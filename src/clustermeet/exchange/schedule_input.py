"""The scheduler's own JSON input (docs/schedule-input.schema.json) and its output.

An interchange format, so it lives with the others in `exchange/`, not in the engine: the
engine takes only its input dataclasses.

Names, not indices: slots, tables, organisations and participants are referred to by their
`id`; the reader turns them into an `EventInstance` and keeps the names to write back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clustermeet.engine.scheduling.selection import (
    EventInstance,
    EventSchedule,
    Lock,
    Participant,
    Placement,
    Request,
    Table,
)

FORMAT = "clustermeet-schedule-input"


@dataclass(frozen=True)
class Names:
    slots: tuple[str, ...]
    tables: tuple[str, ...]
    participants: tuple[str, ...]


def _index(items: list[dict[str, Any]], what: str) -> dict[str, int]:
    result: dict[str, int] = {}
    for i, item in enumerate(items):
        key = str(item["id"] if "id" in item else item["name"])
        if key in result:
            raise ValueError(f"{what} '{key}' appears twice")
        result[key] = i
    return result


def event_from_json(data: dict[str, Any]) -> tuple[EventInstance, Names]:
    if data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} file")
    slots = data["slots"]
    slot_at = _index(slots, "slot")
    day_names = list(dict.fromkeys(str(s.get("day", 0)) for s in slots))  # first-seen order
    slot_days = tuple(day_names.index(str(s.get("day", 0))) for s in slots)
    people = data["participants"]
    person_at = _index(people, "participant")
    org_names: list[str] = []
    for p in people:
        if str(p["organisation"]) not in org_names:
            org_names.append(str(p["organisation"]))
    given_seats = {str(o["id"]): int(o["seats"]) for o in data.get("organisations", [])}
    seats = tuple(
        given_seats.get(o, sum(1 for p in people if str(p["organisation"]) == o)) for o in org_names
    )
    participants = tuple(
        Participant(
            organisation=org_names.index(str(p["organisation"])),
            remote=bool(p.get("remote", False)),
            min_meetings=int(p.get("min_meetings", 0)),
            max_meetings=p.get("max_meetings"),
            unavailable=frozenset(slot_at[s] for s in p.get("unavailable", [])),
        )
        for p in people
    )
    tables_data = data["tables"]
    table_at = _index(tables_data, "table")
    tables = tuple(
        Table(
            str(t["name"]),
            virtual=bool(t.get("virtual", False)),
            host=org_names.index(t["host"]) if t.get("host") in org_names else None,
        )
        for t in tables_data
    )
    requests = []
    pair_at: dict[tuple[int, int], int] = {}
    for r in data["requests"]:
        a, b = person_at[str(r["from"])], person_at[str(r["to"])]
        only = r.get("slots")
        requests.append(
            Request(
                a,
                b,
                int(r.get("weight", 1)),
                frozenset(slot_at[s] for s in only) if only is not None else None,
            )
        )
        pair_at[(min(a, b), max(a, b))] = len(requests) - 1
    locks = []
    for lock in data.get("locked", []):
        a, b = person_at[str(lock["from"])], person_at[str(lock["to"])]
        table = lock.get("table")
        locks.append(
            Lock(
                pair_at[(min(a, b), max(a, b))],
                slot_at[str(lock["slot"])],
                table_at[str(table)] if table is not None else None,
            )
        )
    instance = EventInstance(
        slot_days=slot_days,
        tables=tables,
        participants=participants,
        seats=seats,
        requests=tuple(requests),
        locks=tuple(locks),
    )
    names = Names(tuple(slot_at), tuple(table_at), tuple(person_at))
    return instance, names


def event_schedule_to_json(
    instance: EventInstance, schedule: EventSchedule, names: Names
) -> dict[str, Any]:
    return {
        "status": schedule.status.value,
        "objective": schedule.stats,
        "bound": schedule.bound,
        "wall_time_s": round(schedule.wall_time, 3),
        "meetings": [
            {
                "from": names.participants[instance.requests[p.request].first],
                "to": names.participants[instance.requests[p.request].second],
                "slot": names.slots[p.slot],
                "table": names.tables[p.table],
            }
            for p in schedule.placements
        ],
    }


def placements_from_json(
    instance: EventInstance, data: dict[str, Any], names: Names
) -> list[Placement]:
    person_at = {n: i for i, n in enumerate(names.participants)}
    slot_at = {n: i for i, n in enumerate(names.slots)}
    table_at = {n: i for i, n in enumerate(names.tables)}
    pair_at = {
        (min(r.first, r.second), max(r.first, r.second)): i for i, r in enumerate(instance.requests)
    }
    result = []
    for m in data["meetings"]:
        a, b = person_at[str(m["from"])], person_at[str(m["to"])]
        pair = (min(a, b), max(a, b))
        if pair not in pair_at:
            raise ValueError(f"no request between {m['from']} and {m['to']}")
        result.append(Placement(pair_at[pair], slot_at[str(m["slot"])], table_at[str(m["table"])]))
    return result
