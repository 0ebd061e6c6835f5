"""Hypothesis strategies shared by the scheduler's property tests."""

from dataclasses import replace

from hypothesis import strategies as st

from clustermeet.engine.scheduling.selection import EventInstance, Lock, Participant, Request, Table
from clustermeet.engine.scheduling.selection.greedy import greedy_schedule


def two_days(n_slots: int) -> st.SearchStrategy[tuple[int, ...]]:
    """Day numbers (0 or 1, in order) for `n_slots` slots."""
    days = st.lists(st.integers(0, 1), min_size=n_slots, max_size=n_slots)
    return days.map(lambda d: tuple(sorted(d)))


@st.composite
def small_events(
    draw: st.DrawFn,
    people: tuple[int, int] = (2, 6),
    slots: int = 4,
    requests: int = 8,
    tables: int = 2,
    unavailable: int = 1,
    minimums: bool = False,
    locks: bool = False,
) -> EventInstance:
    """Small events over three organisations, two days, on-site and virtual tables; with
    `minimums` people may ask for a minimum of meetings, with `locks` some meetings of a
    greedy schedule (so they fit together) are locked."""
    n = draw(st.integers(*people))
    n_slots = draw(st.integers(1, slots))
    participants = tuple(
        Participant(
            draw(st.integers(0, 2)),
            remote=draw(st.booleans()),
            min_meetings=draw(st.integers(0, 2)) if minimums else 0,
            max_meetings=draw(st.one_of(st.none(), st.integers(0, 3))),
            unavailable=frozenset(draw(st.sets(st.integers(0, n_slots - 1), max_size=unavailable))),
        )
        for _ in range(n)
    )
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            max_size=requests,
            unique=True,
        )
    )
    rooms = tuple(Table(f"T{i}") for i in range(draw(st.integers(0, tables)))) + tuple(
        Table(f"V{i}", virtual=True) for i in range(draw(st.integers(0, 2)))
    )
    instance = EventInstance(
        slot_days=draw(two_days(n_slots)),
        tables=rooms,
        participants=participants,
        seats=tuple(draw(st.integers(1, 2)) for _ in range(3)),
        requests=tuple(Request(a, b, draw(st.integers(1, 3))) for a, b in pairs),
    )
    if not locks:
        return instance
    held = sorted(greedy_schedule(instance).slot_of.items())
    keep = draw(st.lists(st.booleans(), min_size=len(held), max_size=len(held)))
    return EventInstance(
        instance.slot_days,
        instance.tables,
        instance.participants,
        instance.seats,
        instance.requests,
        tuple(Lock(r, t) for (r, t), k in zip(held, keep, strict=True) if k),
    )


@st.composite
def tiny_events(draw: st.DrawFn, requests: int = 5, slots: int = 3) -> EventInstance:
    """Events small enough to enumerate, with the tables their requests need (so that most
    hold meetings): 3-5 people of up to three organisations with one or two seats, people
    away at most once, minimums and maximums, session restrictions, and sometimes a lock
    (kept from a greedy schedule, or drawn at random and perhaps impossible)."""
    n = draw(st.integers(3, 5))
    n_slots = draw(st.integers(1, slots))
    participants = tuple(
        Participant(
            draw(st.integers(0, 2)),
            remote=draw(st.integers(0, 3)) == 0,
            min_meetings=draw(st.integers(0, 2)),
            max_meetings=draw(st.one_of(st.none(), st.integers(1, 3))),
            unavailable=frozenset(draw(st.sets(st.integers(0, n_slots - 1), max_size=1))),
        )
        for _ in range(n)
    )
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            min_size=1,
            max_size=requests,
            unique=True,
        )
    )
    some_slots = st.one_of(
        st.none(), st.frozensets(st.integers(0, n_slots - 1), min_size=1).map(frozenset)
    )
    rooms = tuple(Table(f"T{i}") for i in range(draw(st.integers(1, 2)))) + tuple(
        Table(f"V{i}", virtual=True)
        for i in range(draw(st.integers(1 if any(p.remote for p in participants) else 0, 1)))
    )
    instance = EventInstance(
        slot_days=draw(two_days(n_slots)),
        tables=rooms,
        participants=participants,
        seats=tuple(draw(st.integers(1, 2)) for _ in range(3)),
        requests=tuple(
            Request(a, b, draw(st.integers(1, 3)), slots=draw(some_slots)) for a, b in pairs
        ),
    )
    lock = draw(st.integers(0, 3))
    if lock == 0:
        held = sorted(greedy_schedule(instance).slot_of.items())[:1]
        return replace(instance, locks=tuple(Lock(r, t) for r, t in held))
    if lock == 1:
        r, t = draw(st.integers(0, len(pairs) - 1)), draw(st.integers(0, n_slots - 1))
        return replace(instance, locks=(Lock(r, t),))
    return instance
