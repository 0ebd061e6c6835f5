"""Fixed-meetings instances with a planted zero-break schedule: the optimum 0 is known.

How an instance is made (seeded, so a seed gives the same instance on every machine):

1. The day has `n_slots` slots, as one session or as two (a morning of `n_slots // 2`).
2. Each participant gets a number of meetings (around `2 · n_meetings / n_participants`,
   between 1 and a third of the day) and one contiguous window of that many slots.
3. Slot by slot, the people whose window covers the slot are paired at random (never the
   same two people twice); an odd one out has its window shortened or moved by one slot at
   that end, which changes no other slot. Every pair is a meeting in that slot, so each
   person is busy exactly in their window: zero breaks for everybody.
4. Tables: as many as the busiest slot needs. A meeting in the morning (afternoon) is
   marked morning-only (afternoon-only) one time in four; about a third of the people get
   one or two forbidden slots outside their window.
5. People and meetings are renumbered at random and the instance is written without the
   schedule, so a solver cannot read the plant off the numbering.

`planted_instance` returns the instance and the plant (a slot per meeting), which tests and
benchmarks use as a witness: it validates with zero breaks under any fairness d >= 0.
"""

from __future__ import annotations

import random

from clustermeet.engine.scheduling.jair.model import FixedInstance, FixedMeeting, Session


def _windows(rng: random.Random, n: int, n_meetings: int, n_slots: int) -> list[list[int]]:
    """[start, length] per person, lengths drawn around the mean the meeting count asks."""
    mean = 2 * n_meetings / n
    longest = max(1, n_slots // 3 if mean < n_slots // 3 else n_slots)
    windows = []
    for _ in range(n):
        length = min(longest, max(1, round(rng.gauss(mean, mean / 4))))
        windows.append([rng.randrange(n_slots - length + 1), length])
    return windows


def _active(windows: list[list[int]], t: int) -> list[int]:
    return [p for p, (s, k) in enumerate(windows) if k > 0 and s <= t < s + k]


def _even_out(rng: random.Random, windows: list[list[int]], t: int, active: list[int]) -> None:
    """Make the number of people busy in slot t even by changing one window at slot t
    (a window that ends at t, else one that starts at t, else any of them ends before t)."""
    ends = [p for p in active if windows[p][0] + windows[p][1] - 1 == t]
    starts = [p for p in active if windows[p][0] == t]
    if ends:
        windows[rng.choice(ends)][1] -= 1  # ends one slot earlier
    elif starts:
        p = rng.choice(starts)
        windows[p][0] += 1  # starts one slot later
        windows[p][1] -= 1
    else:
        # Everyone busy at t was busy before it: one of them stops at t - 1, which keeps
        # their window contiguous (the slots before t are placed already).
        p = rng.choice(active)
        windows[p][1] = t - windows[p][0]


def planted_instance(
    n_participants: int,
    n_meetings: int,
    n_slots: int = 24,
    two_sessions: bool = True,
    seed: int = 0,
) -> tuple[FixedInstance, tuple[int, ...]]:
    """An instance of about `n_meetings` meetings with a zero-break schedule, and that
    schedule. The meeting count is approximate (odd people out lose a meeting)."""
    rng = random.Random(seed)
    windows = _windows(rng, n_participants, n_meetings, n_slots)
    met: set[tuple[int, int]] = set()
    placed: list[tuple[int, int, int]] = []  # (first, second, slot)
    for t in range(n_slots):
        active = _active(windows, t)
        if len(active) % 2:
            _even_out(rng, windows, t, active)
            active = _active(windows, t)
        for _ in range(50):  # a pairing that repeats no earlier pair
            rng.shuffle(active)
            pairs = [tuple(sorted(active[i : i + 2])) for i in range(0, len(active), 2)]
            if not any(pair in met for pair in pairs):
                break
        for a, b in pairs:
            met.add((a, b))
            placed.append((a, b, t))
    n_morning = n_slots // 2 if two_sessions else n_slots
    # Renumber people and meetings so that nothing of the plant shows in the order.
    names = list(range(n_participants))
    rng.shuffle(names)
    rng.shuffle(placed)
    meetings = []
    for a, b, t in placed:
        session = Session.ANY
        if two_sessions and rng.random() < 0.25:
            session = Session.MORNING if t < n_morning else Session.AFTERNOON
        meetings.append(FixedMeeting(names[a], names[b], session))
    forbidden: list[frozenset[int]] = [frozenset()] * n_participants
    for p, (s, k) in enumerate(windows):
        outside = [t for t in range(n_slots) if not s <= t < s + k]
        if outside and rng.random() < 0.33:
            forbidden[names[p]] = frozenset(
                rng.sample(outside, min(len(outside), rng.randint(1, 2)))
            )
    per_slot = [0] * n_slots
    for _, _, t in placed:
        per_slot[t] += 1
    instance = FixedInstance(
        n_participants=n_participants,
        n_slots=n_slots,
        n_tables=max(1, max(per_slot)),
        meetings=tuple(meetings),
        n_morning=n_morning,
        forbidden=tuple(forbidden),
    )
    return instance, tuple(t for _, _, t in placed)
