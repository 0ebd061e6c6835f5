"""Read and write the MiniZinc data files of the JAIR B2B benchmark (format in its README).

A parser of a string, no file access: callers read the file.
"""

from __future__ import annotations

import re
from typing import Any

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


def _count(fields: dict[str, str], name: str, default: int | None = None) -> int:
    if name not in fields:
        if default is None:
            raise DznError(f"{name}: missing")
        return default
    try:
        return int(fields[name].strip())
    except ValueError:
        raise DznError(f"{name} = {fields[name].strip()}: expected a whole number") from None


def _check_length(name: str, given: list[Any], expected: int, per: str) -> None:
    if given and len(given) != expected:
        raise DznError(f"{name} has {len(given)} entries: expected one per {per} ({expected})")


def _check_counts(
    n_participants: int, n_meetings: int, n_tables: int, n_slots: int, n_morning: int
) -> None:
    for name, value in (
        ("nBusiness", n_participants),
        ("nMeetings", n_meetings),
        ("nTables", n_tables),
        ("nTotalSlots", n_slots),
    ):
        if value < 0:
            raise DznError(f"{name} = {value}: expected a count of 0 or more")
    if not 0 <= n_morning <= n_slots:
        raise DznError(f"nMorningSlots = {n_morning}: expected 0..nTotalSlots ({n_slots})")


def _meeting(row: list[int], number: int, n_participants: int) -> FixedMeeting:
    first, second, session = row
    for who in (first, second):
        if not 1 <= who <= n_participants:
            raise DznError(
                f"requested row {number} names participant {who}: "
                f"expected 1..nBusiness ({n_participants})"
            )
    if first == second:
        raise DznError(f"requested row {number} names participant {first} twice")
    if session not in (1, 2, 3):
        raise DznError(
            f"requested row {number} has session {session}: "
            "expected 1 (morning), 2 (afternoon) or 3 (any)"
        )
    return FixedMeeting(first - 1, second - 1, Session(session))


def _check_members(where: str, what: str, values: set[int], high: int, other: str) -> None:
    wrong = sorted(v for v in values if not 1 <= v <= high)
    if wrong:
        raise DznError(
            f"{where} names {what} {wrong[0]}: expected {what}s 1..{high} {other}".rstrip()
        )


def parse_dzn(text: str) -> FixedInstance:
    """Parse a `.dzn` B2B instance into a 0-based `FixedInstance`."""
    fields = dict(_ASSIGNMENT.findall(_strip_comments(text)))
    n_participants = _count(fields, "nBusiness")
    n_meetings = _count(fields, "nMeetings")
    n_tables = _count(fields, "nTables")
    n_slots = _count(fields, "nTotalSlots")
    n_morning = _count(fields, "nMorningSlots", n_slots)
    if "requested" not in fields:
        raise DznError("requested: missing")
    flat = _ints(fields["requested"])
    _check_counts(n_participants, n_meetings, n_tables, n_slots, n_morning)
    if len(flat) != 3 * n_meetings:
        raise DznError(f"requested has {len(flat)} numbers, expected {3 * n_meetings}")
    meetings = tuple(
        _meeting(flat[i : i + 3], i // 3 + 1, n_participants) for i in range(0, len(flat), 3)
    )
    # {0} means "no forbidden slot" in the files; slot numbers are 1-based.
    forbidden_sets = _sets(fields["forbidden"]) if "forbidden" in fields else []
    _check_length("forbidden", forbidden_sets, n_participants, "participant")
    for n, f in enumerate(forbidden_sets, 1):
        _check_members(f"forbidden[{n}]", "slot", f - {0}, n_slots, "(or {0} for none)")
    forbidden = tuple(frozenset(s - 1 for s in f if s > 0) for f in forbidden_sets)
    fixed_values = _ints(fields["fixed"]) if "fixed" in fields else []
    _check_length("fixed", fixed_values, n_meetings, "meeting")
    for n, v in enumerate(fixed_values, 1):
        if not 0 <= v <= n_slots:
            raise DznError(f"fixed[{n}] = {v}: expected 0 (not fixed) or a slot 1..{n_slots}")
    fixed = tuple(v - 1 if v > 0 else None for v in fixed_values)
    precedence_sets = _sets(fields["precedences"]) if "precedences" in fields else []
    _check_length("precedences", precedence_sets, n_meetings, "meeting")
    for n, before in enumerate(precedence_sets, 1):
        _check_members(f"precedences[{n}]", "meeting", before, n_meetings, "")
        if n in before:
            raise DznError(f"precedences[{n}] names meeting {n} itself: expected other meetings")
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
