"""Read and write the MiniZinc data files of the JAIR B2B benchmark (format in its README).

A parser of a string, no file access: callers read the file.
"""

from __future__ import annotations

import re

from clustermeet.engine.scheduling.jair.model import FixedInstance, FixedMeeting, Session

_ASSIGNMENT = re.compile(r"(\w+)\s*=\s*(.*?);", re.S)
_INT = re.compile(r"-?\d+")
_SET = re.compile(r"\{([^}]*)\}")


class DznError(ValueError):
    """The text is not a B2B instance in the expected format."""


def _strip_comments(text: str) -> str:
    return "\n".join(line.split("%", 1)[0] for line in text.splitlines())


def _parse_set(body: str) -> set[int]:
    values: set[int] = set()
    for part in body.split(","):
        part = part.strip()
        if not part:
            continue
        if ".." in part:
            low, high = part.split("..")
            values.update(range(int(low), int(high) + 1))
        else:
            values.add(int(part))
    return values


def _sets(value: str) -> list[set[int]]:
    return [_parse_set(body) for body in _SET.findall(value)]


def _ints(value: str) -> list[int]:
    return [int(v) for v in _INT.findall(value)]


def parse_dzn(text: str) -> FixedInstance:
    """Parse a `.dzn` B2B instance into a 0-based `FixedInstance`."""
    fields = dict(_ASSIGNMENT.findall(_strip_comments(text)))
    try:
        n_participants = int(fields["nBusiness"])
        n_meetings = int(fields["nMeetings"])
        n_tables = int(fields["nTables"])
        n_slots = int(fields["nTotalSlots"])
        n_morning = int(fields.get("nMorningSlots", n_slots))
        flat = _ints(fields["requested"])
    except (KeyError, ValueError) as error:
        raise DznError(f"missing or malformed field: {error}") from error
    if len(flat) != 3 * n_meetings:
        raise DznError(f"requested has {len(flat)} numbers, expected {3 * n_meetings}")
    meetings = tuple(
        FixedMeeting(flat[i] - 1, flat[i + 1] - 1, Session(flat[i + 2]))
        for i in range(0, len(flat), 3)
    )
    # {0} means "no forbidden slot" in the files; slot numbers are 1-based.
    forbidden_sets = _sets(fields["forbidden"]) if "forbidden" in fields else []
    forbidden = tuple(frozenset(s - 1 for s in f if s > 0) for f in forbidden_sets)
    fixed_values = _ints(fields["fixed"]) if "fixed" in fields else []
    fixed = tuple(v - 1 if v > 0 else None for v in fixed_values)
    precedence_sets = _sets(fields["precedences"]) if "precedences" in fields else []
    precedences = tuple(frozenset(m - 1 for m in p) for p in precedence_sets)
    try:
        return FixedInstance(
            n_participants=n_participants,
            n_slots=n_slots,
            n_tables=n_tables,
            meetings=meetings,
            n_morning=n_morning,
            forbidden=forbidden,
            fixed=fixed,
            precedences=precedences,
        )
    except ValueError as error:
        raise DznError(str(error)) from error


def format_dzn(instance: FixedInstance) -> str:
    """Write an instance back in the benchmark's format (used by tests and the generator)."""

    def sets(values: tuple[frozenset[int], ...], empty: str, shift: int) -> str:
        bodies = [
            "{" + ",".join(str(v + shift) for v in sorted(s)) + "}" if s else empty for s in values
        ]
        return "[" + ",".join(bodies) + "]"

    meetings_of = instance.meetings_of()
    rows = "".join(
        f"|{m.first + 1}, {m.second + 1},{m.session.value},\n" for m in instance.meetings
    )
    lines = [
        f"nBusiness = {instance.n_participants};",
        f"nMeetings = {len(instance.meetings)};",
        f"nTables = {instance.n_tables};",
        f"nTotalSlots = {instance.n_slots};",
        f"nMorningSlots = {instance.n_morning};",
        f"requested = [{rows}|];",
        "meetingsxBusiness = "
        # The files list each participant's meetings shifted by +1 plus 1 ("no meeting").
        + "["
        + ",".join("{" + ",".join(["1", *(str(m + 2) for m in ms)]) + "}" for ms in meetings_of)
        + "];",
        f"nMeetingsBusiness = [{','.join(str(len(ms)) for ms in meetings_of)}];",
        f"forbidden = {sets(instance.forbidden, '{0}', 1)};",
        f"fixed = [{','.join(str(0 if f is None else f + 1) for f in instance.fixed)}];",
        f"precedences = {sets(instance.precedences, '{}', 1)};",
    ]
    return "\n".join(lines) + "\n"
