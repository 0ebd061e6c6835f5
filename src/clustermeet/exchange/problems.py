"""Errors of an import: each names where (row or record), the field, and what is expected.

No Django here: the event file's reader, used by the scheduler's command line, raises them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    where: str  # "organisations.csv row 7" or "participants[12]"
    field: str
    message: str

    def __str__(self) -> str:
        # A path in a JSON file reads as one path (`requests[3].requested`); a row as a row.
        path = self.where.endswith("]") or self.where.isidentifier()
        separator = "." if path else ", "
        return f"{self.where}{separator}{self.field}: {self.message}"


class Rejected(ValueError):
    """A file refused; `problems` lists every bad field found."""

    lead = ""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        if len(problems) == 1:  # one line, as a command line prints it
            super().__init__(f"{self.lead}{problems[0]}")
        else:
            super().__init__(f"{self.lead}{len(problems)} problem(s) found.\n{shown}{more}")


class ImportRejected(Rejected):
    """Nothing was imported."""

    lead = "Nothing was imported: "


class EventFileRejected(Rejected):
    """The event file cannot be used as it is; nothing was read from it."""

    lead = ""
