"""The input files `clustermeet schedule` and `clustermeet validate` both read.

A `.dzn` file is a JAIR B2B instance; a JSON file is told apart by its "format":
clustermeet's own event file (docs/event-file.schema.json) or the scheduler's input
(docs/schedule-input.schema.json). Every problem of a file is one `ValueError` line, which
the commands print as `clustermeet: PATH: problem`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clustermeet.engine.scheduling.event_model import EventInstance
    from clustermeet.engine.scheduling.model import FixedInstance
    from clustermeet.exchange.event_file.scheduling import EventFileNames
    from clustermeet.exchange.schedule_input import Names


@dataclass(frozen=True)
class DznInput:
    instance: FixedInstance


@dataclass(frozen=True)
class EventFileInput:
    instance: EventInstance
    names: EventFileNames


@dataclass(frozen=True)
class SchedulerInput:
    instance: EventInstance
    names: Names


ScheduleInput = DznInput | EventFileInput | SchedulerInput


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
        from clustermeet.engine.scheduling.dzn import parse_dzn

        return DznInput(parse_dzn(read_text(path)))  # DznError is a ValueError
    from clustermeet.exchange import event_file
    from clustermeet.exchange import schedule_input as event_json
    from clustermeet.exchange.event_file.scheduling import event_file_instance

    data = read_json(path)
    kind = data.get("format") if isinstance(data, dict) else None
    if kind == event_file.FORMAT:
        # EventFileRejected (a ValueError) lists every problem, as `clustermeet import` does.
        return EventFileInput(*event_file_instance(data))
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
