"""One linear-constraint row over chosen decision keys, shared by both wings.

A key is `(item, slot)`: "meeting (or request) `item` happens in slot `slot`". The solvers
add each row for every candidate key; the validators evaluate it on the keys a schedule
chose, so a schedule passes exactly when it is a point of the model that was searched.
"""

from __future__ import annotations

from dataclasses import dataclass

Key = tuple[int, int]


@dataclass(frozen=True)
class Linear:
    """lower <= sum(coefficient * [key chosen]) <= upper, named for error messages."""

    name: str
    terms: tuple[tuple[Key, int], ...]
    upper: int
    lower: int | None = None

    def value(self, chosen: set[Key]) -> int:
        return sum(c for k, c in self.terms if k in chosen)

    def holds(self, chosen: set[Key]) -> bool:
        v = self.value(chosen)
        return v <= self.upper and (self.lower is None or v >= self.lower)
