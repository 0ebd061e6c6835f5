"""Check any fixed-mode schedule against the same constraint functions the solver used."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clustermeet.engine.scheduling.jair.constraints import (
    DOMAIN_RULES,
    LINEAR_RULES,
    breaks_per_participant,
    fairness_holds,
)
from clustermeet.engine.scheduling.jair.model import FixedInstance


@dataclass(frozen=True)
class Verdict:
    violations: tuple[str, ...]
    objective: int | None

    @property
    def valid(self) -> bool:
        return not self.violations


def validate_fixed(
    instance: FixedInstance,
    slots: Sequence[int],
    fairness: int | None = 2,
    tables: Sequence[int] | None = None,
) -> Verdict:
    """Return every violated constraint and the total breaks (None when the shape is wrong)."""
    if len(slots) != len(instance.meetings):
        return Verdict((f"{len(slots)} slots for {len(instance.meetings)} meetings",), None)
    violations: list[str] = []
    for m, t in enumerate(slots):
        if not 0 <= t < instance.n_slots:
            violations.append(f"meeting {m} in unknown slot {t}")
            continue
        for rule in DOMAIN_RULES:
            if not rule(instance, m, t):
                violations.append(f"meeting {m} in slot {t} breaks {rule.__name__}")
    chosen = set(enumerate(slots))
    for linear_rule in LINEAR_RULES:
        violations.extend(c.name for c in linear_rule(instance, chosen) if not c.holds(chosen))
    per_participant = breaks_per_participant(instance, slots)
    if fairness is not None and not fairness_holds(per_participant, fairness):
        violations.append(
            f"fairness: breaks range {min(per_participant)}..{max(per_participant)} > {fairness}"
        )
    if tables is not None:
        violations.extend(_table_violations(instance, slots, tables))
    return Verdict(tuple(violations), sum(per_participant))


def _table_violations(
    instance: FixedInstance, slots: Sequence[int], tables: Sequence[int]
) -> list[str]:
    if len(tables) != len(slots):
        return [f"{len(tables)} tables for {len(slots)} meetings"]
    seen: dict[tuple[int, int], int] = {}
    result = []
    for m, (t, table) in enumerate(zip(slots, tables, strict=True)):
        if not 0 <= table < instance.n_tables:
            result.append(f"meeting {m} at unknown table {table}")
        elif (t, table) in seen:
            result.append(f"meetings {seen[(t, table)]} and {m} share table {table} in slot {t}")
        else:
            seen[(t, table)] = m
    return result
