"""Synthetic events for the scale benchmark, reproducible from a seed.

Shape (documented in docs/scheduler.md): 2 days × 16 slots; organisations of 1 to 4 people
whose seats equal their people; 15% of people remote; about 5.7 requests per person (the
IMEX figure: 86,000 meetings for 15,000 attendees); the person asked is, for a quarter of
the requests, drawn with Zipf-like popularity (weight 1/rank^1.1) so a few are asked by
hundreds, and otherwise uniformly; 8% of requests are mutual
(weight 2) and 4% "must meet" (weight 3); 10% of people miss one half-day; everyone may hold
at most 16 meetings. On-site tables: 18% of people; virtual rooms: 6%; a booth for each of
the 1% most popular organisations.
"""

from __future__ import annotations

import bisect
import itertools
import random

from clustermeet.engine.scheduling.selection.model import EventInstance, Participant, Request, Table

DAYS = 2
SLOTS_PER_DAY = 16
POPULAR_SHARE = 0.25


def generate_event(
    n_participants: int, seed: int = 7, requests_per_person: float = 86_000 / 15_000
) -> EventInstance:
    rng = random.Random(seed)
    slot_days = tuple(d for d in range(DAYS) for _ in range(SLOTS_PER_DAY))
    # Organisations of 1-4 people.
    orgs: list[int] = []
    seats: list[int] = []
    while len(orgs) < n_participants:
        size = min(rng.choice((1, 1, 2, 2, 3, 4)), n_participants - len(orgs))
        orgs.extend([len(seats)] * size)
        seats.append(size)
    participants = []
    for p in range(n_participants):
        unavailable: frozenset[int] = frozenset()
        if rng.random() < 0.10:
            half = rng.randrange(2 * DAYS)
            unavailable = frozenset(range(half * 8, half * 8 + 8))
        participants.append(
            Participant(
                organisation=orgs[p],
                remote=rng.random() < 0.15,
                min_meetings=0,
                max_meetings=16,
                unavailable=unavailable,
            )
        )
    # Zipf-like popularity over a random order of people.
    order = list(range(n_participants))
    rng.shuffle(order)
    weights = (1.0 / (rank + 1) ** 1.1 for rank in range(n_participants))
    cumulative = list(itertools.accumulate(weights))
    total = cumulative[-1]
    target = round(n_participants * requests_per_person)
    seen: set[tuple[int, int]] = set()
    requests: list[Request] = []
    while len(requests) < target:
        asker = rng.randrange(n_participants)
        if rng.random() < POPULAR_SHARE:
            asked = order[bisect.bisect_left(cumulative, rng.random() * total)]
        else:
            asked = rng.randrange(n_participants)
        pair = (min(asker, asked), max(asker, asked))
        if asker == asked or pair in seen or orgs[asker] == orgs[asked]:
            continue
        seen.add(pair)
        roll = rng.random()
        weight = 3 if roll < 0.04 else 2 if roll < 0.12 else 1
        requests.append(Request(asker, asked, weight))
    popular_orgs = []
    for p in order[: max(1, n_participants // 100)]:
        if orgs[p] not in popular_orgs:
            popular_orgs.append(orgs[p])
    tables = [Table(f"B{o}", host=o) for o in popular_orgs]
    tables += [Table(f"T{i + 1}") for i in range(max(1, round(0.18 * n_participants)))]
    n_virtual = max(1, round(0.06 * n_participants))
    tables += [Table(f"V{i + 1}", virtual=True) for i in range(n_virtual)]
    return EventInstance(
        slot_days=slot_days,
        tables=tuple(tables),
        participants=tuple(participants),
        seats=tuple(seats),
        requests=tuple(requests),
    )
