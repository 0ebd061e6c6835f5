"""`clustermeet schedule EVENT.json`'s result in the event file's own shape, and back.

The result is one record of the file's `schedules` list (docs/event-format.md): a new draft
`version`, `solver_status`, `statistics` and `meetings` as `clustermeet export` writes them
(`participants`, `request`, `slot`, `table`, `status`, `locked`), so appending it to the
file's `schedules` and running `clustermeet import` stores it. Beside them: the event's
`slug`, the proven `bound` and the solver's `wall_time_s`. `statistics` says what it counts:
`requests` (accepted requests in the file), `pairs` (people to meet, two opposite requests
being one pair), `meetings` (pairs placed), then the objective's figures.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clustermeet.engine.scheduling.selection import EventInstance, EventSchedule
    from clustermeet.exchange.event_file.scheduling import EventFileNames


def accepted_requests(data: dict[str, Any]) -> int:
    return sum(
        1 for r in data.get("requests", []) if isinstance(r, dict) and r.get("status") == "accepted"
    )


def latest_version(data: dict[str, Any]) -> int:
    versions = [s.get("version") for s in data.get("schedules", []) if isinstance(s, dict)]
    return max((v for v in versions if isinstance(v, int)), default=0)


def event_file_result(
    instance: EventInstance,
    schedule: EventSchedule,
    names: EventFileNames,
    requests: int,
    version: int,
) -> dict[str, Any]:
    locked = {lock.request for lock in instance.locks}
    meetings = []
    for p in sorted(schedule.placements, key=lambda p: (p.slot, p.table)):
        requester, requested = names.requests[p.request]
        meetings.append(
            {
                "participants": sorted((requester, requested)),
                "request": [requester, requested],
                "slot": names.slots[p.slot],
                "table": names.tables[p.table],
                "status": "scheduled",
                "locked": p.request in locked,
                "outcomes": [],
            }
        )
    return {
        "event": names.event,
        "version": version + 1,
        "state": "draft",
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "published_at": None,
        "solver_status": schedule.status.value,
        "statistics": {
            "requests": requests,
            "pairs": len(instance.requests),
            **schedule.stats,
            "bound": schedule.bound,
        },
        "bound": schedule.bound,
        "wall_time_s": round(schedule.wall_time, 3),
        "meetings": meetings,
    }


def as_requester_pairs(data: Any) -> Any:
    """A result in the shape above (or the older one with `requester`/`requested`) in the
    shape `event_file_placements` reads; other values are passed on for it to refuse."""
    if not isinstance(data, dict) or not isinstance(data.get("meetings"), list):
        return data
    meetings = []
    for m in data["meetings"]:
        if isinstance(m, dict) and "requester" not in m:
            pair = m.get("request") or m.get("participants")
            if isinstance(pair, list) and len(pair) == 2:
                m = {**m, "requester": pair[0], "requested": pair[1]}
        meetings.append(m)
    return {**data, "meetings": meetings}


def field_names(message: str) -> str:
    """Name the fields of the shape above in the reader's messages."""
    return message.replace(".requester:", ".request[0]:").replace(".requested:", ".request[1]:")
