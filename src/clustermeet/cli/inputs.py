"""The input files `clustermeet schedule` and `clustermeet validate` both read.

A `.dzn` file is a JAIR B2B instance; a JSON file is told apart by its "format":
clustermeet's own event file (docs/event-file.schema.json) or the scheduler's input
(docs/schedule-input.schema.json). `read_input` returns one `ScheduleInput` whichever it is,
so the commands call `solve` and `check` without asking which. Every problem of a file is
one `ValueError` line, which the commands print as `clustermeet: PATH: problem`.

The engine is imported inside the methods: `clustermeet --help` should not load the solvers.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from clustermeet.cli.claims import event_claim_violations, fixed_claim_violations

if TYPE_CHECKING:
    from clustermeet.engine.scheduling.jair import FixedInstance
    from clustermeet.engine.scheduling.selection import EventInstance, EventSchedule
    from clustermeet.exchange.event_file.scheduling import EventFileNames
    from clustermeet.exchange.schedule_input import Names

Progress = Callable[[str], None]


@dataclass(frozen=True)
class SolveOptions:
    fairness: int
    time_limit: float
    workers: int
    progress: Progress | None = None


@dataclass(frozen=True)
class Checked:
    """What the validator found in a schedule: every violation and the objective."""

    violations: tuple[str, ...]
    objective: Any


class ScheduleInput(Protocol):
    """An instance read from one of the three formats."""

    # Whether `--fairness D` (JAIR's bound on the difference of breaks) means anything here.
    fairness_applies: bool

    def warnings(self) -> list[str]:
        """What in the input leaves requests with nowhere to go, naming who."""
        ...

    def solve(self, options: SolveOptions) -> dict[str, Any]:
        """Solve and return the result as JSON, in the input's own names."""
        ...

    def check(self, data: Any, fairness: int) -> Checked:
        """Validate the schedule `data` (as `solve` wrote it); malformed is a ValueError."""
        ...


@dataclass(frozen=True)
class DznInput:
    instance: FixedInstance
    fairness_applies = True

    def warnings(self) -> list[str]:
        return []  # every problem of a .dzn file is an error of `parse_dzn`

    def solve(self, options: SolveOptions) -> dict[str, Any]:
        from clustermeet.engine.scheduling.jair import fixed_schedule_to_json, solve_fixed

        schedule = solve_fixed(
            self.instance,
            options.fairness,
            options.time_limit,
            options.workers,
            options.progress,
        )
        return fixed_schedule_to_json(schedule)

    def check(self, data: Any, fairness: int) -> Checked:
        from clustermeet.engine.scheduling.jair import fixed_schedule_from_json, validate_fixed

        try:
            schedule = fixed_schedule_from_json(data)
        except KeyError as error:
            raise ValueError(f"not a .dzn schedule: a meeting has no {error}") from None
        except (TypeError, AttributeError, ValueError) as error:
            raise ValueError(f"not a .dzn schedule: {error}") from None
        verdict = validate_fixed(self.instance, schedule.slots, fairness, schedule.tables)
        claims = fixed_claim_violations(data, verdict.objective, bool(schedule.slots))
        return Checked(verdict.violations + claims, verdict.objective)


def _solve_event(instance: EventInstance, options: SolveOptions) -> EventSchedule:
    from clustermeet.engine.scheduling.selection import solve_event

    return solve_event(instance, options.time_limit, options.workers, options.progress)


def _check_event(instance: EventInstance, placements: Any, data: Any) -> Checked:
    from clustermeet.engine.scheduling.selection import validate_event

    verdict = validate_event(instance, placements)
    claims = event_claim_violations(data, verdict.summary, bool(placements))
    return Checked(verdict.violations + claims, verdict.summary)


def _event_warnings(instance: EventInstance, people: tuple[str, ...]) -> list[str]:
    from clustermeet.engine.scheduling.selection import input_gaps

    result = []
    for gap in input_gaps(instance):
        if not gap.people:
            result.append(gap.what)
            continue
        named = ", ".join(people[p] for p in gap.people[:5])
        more = f" and {len(gap.people) - 5} more" if len(gap.people) > 5 else ""
        result.append(f"{len(gap.people)} people {gap.what}: {named}{more}")
    return result


@dataclass(frozen=True)
class EventFileInput:
    instance: EventInstance
    names: EventFileNames
    requests: int  # accepted requests in the file, for the statistics
    version: int  # the file's latest schedule version; the result is the next one
    fairness_applies = False

    def warnings(self) -> list[str]:
        return _event_warnings(self.instance, self.names.participants)

    def solve(self, options: SolveOptions) -> dict[str, Any]:
        from clustermeet.cli.event_result import event_file_result

        schedule = _solve_event(self.instance, options)
        return event_file_result(self.instance, schedule, self.names, self.requests, self.version)

    def check(self, data: Any, fairness: int) -> Checked:
        from clustermeet.cli.event_result import as_requester_pairs, field_names
        from clustermeet.exchange.event_file.scheduling import event_file_placements

        try:
            placements = event_file_placements(self.instance, self.names, as_requester_pairs(data))
        except ValueError as error:  # EventFileError names the meeting
            raise ValueError(field_names(str(error))) from None
        return _check_event(self.instance, placements, data)


@dataclass(frozen=True)
class SchedulerInput:
    instance: EventInstance
    names: Names
    fairness_applies = False

    def warnings(self) -> list[str]:
        return _event_warnings(self.instance, self.names.participants)

    def solve(self, options: SolveOptions) -> dict[str, Any]:
        from clustermeet.exchange.schedule_input import event_schedule_to_json

        schedule = _solve_event(self.instance, options)
        return event_schedule_to_json(self.instance, schedule, self.names)

    def check(self, data: Any, fairness: int) -> Checked:
        from clustermeet.exchange.schedule_input import placements_from_json

        try:
            placements = placements_from_json(self.instance, data, self.names)
        except KeyError as error:
            raise ValueError(f"schedule: missing field or unknown id {error}") from None
        except (TypeError, AttributeError) as error:
            raise ValueError(f"schedule: malformed meeting ({error})") from None
        return _check_event(self.instance, placements, data)


def print_warnings(path: Path, given: ScheduleInput) -> None:
    for line in given.warnings():
        print(f"clustermeet: {path}: warning: {line}", file=sys.stderr)


def read_text(path: Path) -> str:
    """The file's text; not UTF-8 is a ValueError (a missing file is left to `main`)."""
    try:
        return path.read_text(encoding="utf-8-sig")  # a BOM, as `import` allows
    except UnicodeDecodeError:
        raise ValueError("not a UTF-8 text file") from None


def read_json(path: Path) -> Any:
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON: {error}") from None
    except RecursionError:
        raise ValueError("not valid JSON: nested too deeply") from None


def read_input(path: Path) -> ScheduleInput:
    """The instance in `path`, whichever of the three formats it is in."""
    if path.suffix == ".dzn":
        from clustermeet.engine.scheduling.jair import parse_dzn

        return DznInput(parse_dzn(read_text(path)))  # DznError is a ValueError
    from clustermeet.exchange import event_file
    from clustermeet.exchange import schedule_input as event_json
    from clustermeet.exchange.event_file.scheduling import event_file_instance

    data = read_json(path)
    kind = data.get("format") if isinstance(data, dict) else None
    if kind == event_file.FORMAT:
        # EventFileRejected (a ValueError) lists every problem, as `clustermeet import` does.
        from clustermeet.cli.event_result import accepted_requests, latest_version

        instance, names = event_file_instance(data)
        return EventFileInput(instance, names, accepted_requests(data), latest_version(data))
    if kind == event_json.FORMAT:
        try:
            return SchedulerInput(*event_json.event_from_json(data))
        except KeyError as error:
            raise ValueError(f"scheduler input: missing field or unknown id {error}") from None
        except (TypeError, AttributeError) as error:
            raise ValueError(f"scheduler input: malformed record ({error})") from None
    raise ValueError(
        f'unknown "format" {kind!r}: expected "{event_file.FORMAT}" (an event file) '
        f'or "{event_json.FORMAT}" (a scheduler input)'
    )
