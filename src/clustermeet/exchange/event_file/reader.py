"""The one reader of the event file: JSON data in, typed records out, or every problem.

`read_event_file` checks each record's shape, types, choices and lengths (`sections`), and
that the records fit together (`references`): every e-mail, slug, name and slot start a
record names is in the file, keys are unique, nobody is at two meetings at once. Both the
database import and `clustermeet schedule`/`validate` call it, so they accept and refuse
the same files with the same messages.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from clustermeet.exchange.event_file.fields import shown
from clustermeet.exchange.event_file.records import FORMAT, VERSION, EventFile
from clustermeet.exchange.event_file.references import check_references
from clustermeet.exchange.event_file.sections import read_sections
from clustermeet.exchange.problems import EventFileRejected, Problem


def read_event_file(data: Any) -> EventFile:
    """The records of parsed JSON `data`; raises `EventFileRejected` listing every problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise EventFileRejected(
            [
                Problem(
                    "file",
                    "format",
                    f'not a clustermeet event file (expected "format": "{FORMAT}", '
                    f"got {shown(found)})",
                )
            ]
        )
    if data.get("version") != VERSION:
        raise EventFileRejected(
            [
                Problem(
                    "file",
                    "version",
                    f"version {data.get('version')!r} is not supported; expected {VERSION}",
                )
            ]
        )
    problems: list[Problem] = []
    records = read_sections(data, problems)
    if records is not None:
        # Without a time zone the sessions' slots are unknown: say nothing of references to them.
        slots_known = records.event.time_zone in available_timezones() or all(
            s.slots_given for s in records.sessions
        )
        check_references(records, problems, slots_known)
    if problems or records is None:
        raise EventFileRejected(problems)
    return records
