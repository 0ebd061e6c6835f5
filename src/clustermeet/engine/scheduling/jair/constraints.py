"""The hard constraints of the fixed-meetings problem, each written once.

Each function returns linear constraints over decision keys `(meeting, slot)` — "meeting m
happens in slot t". The solver adds them for every candidate key; the validator evaluates
them on the keys a schedule chose. So a schedule passes the validator exactly when it is a
point of the model the solver searched.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from clustermeet.engine.scheduling.jair.model import FixedInstance, Session
from clustermeet.engine.scheduling.linear import Key, Linear

# --- Domain constraints: which slots a meeting may take at all. -------------------------


def session_allows(instance: FixedInstance, meeting: int, slot: int) -> bool:
    """Morning-only meetings before `n_morning`, afternoon-only ones from it on."""
    session = instance.meetings[meeting].session
    if session is Session.MORNING:
        return slot < instance.n_morning
    if session is Session.AFTERNOON:
        return slot >= instance.n_morning
    return True


def forbidden_allows(instance: FixedInstance, meeting: int, slot: int) -> bool:
    m = instance.meetings[meeting]
    return slot not in instance.forbidden[m.first] and slot not in instance.forbidden[m.second]


def fixed_allows(instance: FixedInstance, meeting: int, slot: int) -> bool:
    fixed = instance.fixed[meeting]
    return fixed is None or fixed == slot


DOMAIN_RULES = (session_allows, forbidden_allows, fixed_allows)


def allowed_slots(instance: FixedInstance, meeting: int) -> list[int]:
    return [
        t
        for t in range(instance.n_slots)
        if all(rule(instance, meeting, t) for rule in DOMAIN_RULES)
    ]


# --- Linear constraints over chosen keys. ---------------------------------------------


def one_slot_per_meeting(instance: FixedInstance, keys: Iterable[Key]) -> list[Linear]:
    by_meeting: dict[int, list[Key]] = defaultdict(list)
    for key in keys:
        by_meeting[key[0]].append(key)
    return [
        Linear(f"meeting {m} in exactly one slot", tuple((k, 1) for k in by_meeting[m]), 1, 1)
        for m in range(len(instance.meetings))
    ]


def participant_once_per_slot(instance: FixedInstance, keys: Iterable[Key]) -> list[Linear]:
    groups: dict[tuple[int, int], list[Key]] = defaultdict(list)
    for m, t in keys:
        meeting = instance.meetings[m]
        groups[(meeting.first, t)].append((m, t))
        groups[(meeting.second, t)].append((m, t))
    return [
        Linear(f"participant {p} at most once in slot {t}", tuple((k, 1) for k in group), 1)
        for (p, t), group in groups.items()
    ]


def tables_per_slot(instance: FixedInstance, keys: Iterable[Key]) -> list[Linear]:
    groups: dict[int, list[Key]] = defaultdict(list)
    for key in keys:
        groups[key[1]].append(key)
    return [
        Linear(
            f"at most {instance.n_tables} meetings in slot {t}",
            tuple((k, 1) for k in group),
            instance.n_tables,
        )
        for t, group in groups.items()
    ]


def precedence_order(instance: FixedInstance, keys: Iterable[Key]) -> list[Linear]:
    """slot(before) - slot(after) <= -1, linear in the keys once each meeting has one slot.

    Coefficients are slot + 1 (the +1 cancels out) so that no term has coefficient 0 and the
    sign of every term says which side of the precedence it belongs to."""
    by_meeting: dict[int, list[Key]] = defaultdict(list)
    for key in keys:
        by_meeting[key[0]].append(key)
    result = []
    for after, befores in enumerate(instance.precedences):
        for before in sorted(befores):
            terms = tuple((k, k[1] + 1) for k in by_meeting[before]) + tuple(
                (k, -(k[1] + 1)) for k in by_meeting[after]
            )
            result.append(Linear(f"meeting {before} before meeting {after}", terms, -1))
    return result


LINEAR_RULES = (one_slot_per_meeting, participant_once_per_slot, tables_per_slot, precedence_order)


# --- Breaks and fairness: counted on a participant's used slots. ----------------------


def breaks(used_slots: Iterable[int]) -> int:
    """Maximal idle runs strictly between the first and the last meeting."""
    ordered = sorted(set(used_slots))
    return sum(1 for a, b in zip(ordered, ordered[1:], strict=False) if b > a + 1)


def breaks_per_participant(instance: FixedInstance, slots: Sequence[int]) -> list[int]:
    used: list[list[int]] = [[] for _ in range(instance.n_participants)]
    for m, t in enumerate(slots):
        meeting = instance.meetings[m]
        used[meeting.first].append(t)
        used[meeting.second].append(t)
    return [breaks(u) for u in used]


def fairness_holds(per_participant: Sequence[int], fairness: int) -> bool:
    """|breaks(p) - breaks(q)| <= d over all participants (JAIR's `diference`)."""
    return not per_participant or max(per_participant) - min(per_participant) <= fairness
