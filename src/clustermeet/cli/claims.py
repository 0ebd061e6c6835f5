"""What a schedule file claims about itself (status, objective, bound), checked.

`clustermeet schedule` writes the solver's status, objective and bound beside the meetings;
a file edited by hand (or written by another tool) may claim more than its meetings hold.
The validator recomputes the objective from the meetings; these functions compare it with
the claims and return one line per claim that does not hold. A claim left out is not
checked: a bare list of meetings is a valid thing to validate.
"""

from __future__ import annotations

import math
from typing import Any

STATUSES = ("OPTIMAL", "FEASIBLE", "INFEASIBLE", "UNKNOWN")


def _status(data: Any, has_meetings: bool) -> tuple[str | None, list[str]]:
    status = None
    if isinstance(data, dict):
        # An event-file result is a `schedules` record: its status is `solver_status`.
        status = data.get("status", data.get("solver_status"))
    if status is None:
        return None, []
    if status not in STATUSES:
        return None, [f"claimed status {status!r}: expected one of {', '.join(STATUSES)}"]
    if status in ("INFEASIBLE", "UNKNOWN") and has_meetings:
        return status, [f"claimed {status} but the file holds a schedule"]
    return status, []


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def fixed_claim_violations(data: Any, objective: int | None, has_meetings: bool) -> tuple[str, ...]:
    """Fixed mode minimises breaks: the bound is a lower bound on them."""
    status, result = _status(data, has_meetings)
    if objective is None or not isinstance(data, dict):
        return tuple(result)
    claimed, bound = data.get("objective"), data.get("bound")
    if claimed is not None and claimed != objective:
        result.append(f"claimed objective {claimed!r}, but the schedule has {objective} breaks")
    if bound is not None and not _whole(bound):
        result.append(f"claimed bound {bound!r}: expected a whole number")
    elif bound is not None and bound > objective:
        result.append(
            f"claimed bound {bound} is above the schedule's {objective} breaks "
            "(a lower bound cannot be)"
        )
    if status == "OPTIMAL" and bound != objective:
        result.append(f"claimed OPTIMAL, but the bound {bound} is not the objective {objective}")
    return tuple(result)


def event_claim_violations(
    data: Any, summary: dict[str, float], has_meetings: bool
) -> tuple[str, ...]:
    """Selection maximises weight first: the bound is an upper bound on the weight."""
    status, result = _status(data, has_meetings)
    if not isinstance(data, dict):
        return tuple(result)
    # An event-file result carries its figures as `statistics` (with counts the
    # validator does not compute, such as `requests` and `pairs`: those are skipped).
    claimed, bound = data.get("objective", data.get("statistics")), data.get("bound")
    if isinstance(claimed, dict):
        for key, value in claimed.items():
            actual = summary.get(key)
            if actual is None:
                continue  # a figure the validator does not compute
            if not isinstance(value, int | float) or not math.isclose(value, actual, abs_tol=1e-4):
                result.append(f"claimed {key} {value!r}, but the schedule has {actual:g}")
    elif claimed is not None:
        result.append(f"claimed objective {claimed!r}: expected an object of figures")
    weight = summary["weight"]
    if bound is not None and not _whole(bound):
        result.append(f"claimed bound {bound!r}: expected a whole number")
    elif bound is not None and weight > bound:
        result.append(
            f"claimed bound {bound} is below the schedule's weight {weight:g} "
            "(an upper bound cannot be)"
        )
    if status == "OPTIMAL" and bound is not None and weight != bound:
        result.append(f"claimed OPTIMAL, but the weight {weight:g} is not the bound {bound}")
    return tuple(result)
