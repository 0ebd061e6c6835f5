"""Fixed-mode schedules to and from the JSON the command line writes (1-based, as in .dzn)."""

from __future__ import annotations

from typing import Any

from clustermeet.engine.scheduling.jair.model import FixedSchedule
from clustermeet.engine.scheduling.status import Status


def fixed_schedule_to_json(schedule: FixedSchedule) -> dict[str, Any]:
    return {
        "status": schedule.status.value,
        "objective": schedule.objective,
        "bound": schedule.bound,
        "wall_time_s": round(schedule.wall_time, 3),
        "meetings": [
            {"meeting": m + 1, "slot": t + 1, "table": table + 1}
            for m, (t, table) in enumerate(zip(schedule.slots, schedule.tables, strict=True))
        ],
    }


def fixed_schedule_from_json(data: dict[str, Any]) -> FixedSchedule:
    """Read slots and tables back, ordered by meeting number; missing meetings raise."""
    rows = sorted(data.get("meetings", []), key=lambda row: int(row["meeting"]))
    numbers = [int(row["meeting"]) for row in rows]
    if numbers != list(range(1, len(rows) + 1)):
        raise ValueError("meetings must be numbered 1..n, each once")
    status = data.get("status", Status.UNKNOWN.value)
    if status not in Status.__members__:
        raise ValueError(f"status {status!r}: expected one of {', '.join(Status)}")
    return FixedSchedule(
        status=Status(status),
        slots=tuple(int(row["slot"]) - 1 for row in rows),
        tables=tuple(int(row.get("table", 1)) - 1 for row in rows),
        objective=data.get("objective"),
        bound=data.get("bound"),
    )
