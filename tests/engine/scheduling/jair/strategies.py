"""Tiny fixed-meetings instances built around a planted schedule, so most hold one."""

from hypothesis import strategies as st

from clustermeet.engine.scheduling.jair import FixedInstance, FixedMeeting, Session


@st.composite
def planted_fixed(draw: st.DrawFn, meetings: int = 6, slots: int = 4) -> FixedInstance:
    """A schedule is drawn first (each person once per slot), then the instance's tables,
    sessions, forbidden and fixed slots and precedences are drawn so that it still fits
    (when `tight`, most people are forbidden every slot the plant leaves them idle, so that
    breaks are often forced); then, half the time, one extra forbidden slot may spoil it
    (and perhaps every schedule: INFEASIBLE cases to cross-check)."""
    n = draw(st.integers(2, 4))
    n_slots = draw(st.integers(2, slots))
    # Half the pairs include person 0, so that someone has several meetings to space out.
    person = st.one_of(st.just(0), st.integers(0, n - 1))
    wished = draw(
        st.lists(
            st.tuples(person, st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            min_size=2,
            max_size=meetings,
        )
    )
    # The plant: each pair a slot where neither person is busy yet (or left out).
    pairs: list[tuple[int, int]] = []
    plant: list[int] = []
    busy: set[tuple[int, int]] = set()
    for a, b in wished:
        free = [t for t in range(n_slots) if (a, t) not in busy and (b, t) not in busy]
        if free:
            t = draw(st.sampled_from(free))
            pairs.append((a, b))
            plant.append(t)
            busy |= {(a, t), (b, t)}
    per_slot = max(plant.count(t) for t in set(plant))
    n_morning = draw(st.integers(0, n_slots))

    def session(t: int) -> Session:
        restricted = Session.MORNING if t < n_morning else Session.AFTERNOON
        fits = [Session.ANY, restricted, restricted]
        return draw(st.sampled_from(fits))

    used = [{t for (a, b), t in zip(pairs, plant, strict=True) if p in (a, b)} for p in range(n)]
    # Tight: most people may only meet when the plant has them meet, so its breaks stay.
    tight = draw(st.booleans())
    forbidden_sets = []
    for p in range(n):
        free = sorted(set(range(n_slots)) - used[p])
        if tight and free and draw(st.integers(0, 3)) > 0:
            forbidden_sets.append(frozenset(free))
            continue
        forbidden_sets.append(
            frozenset(draw(st.sets(st.sampled_from(free)))) if free else frozenset()
        )
    forbidden = tuple(forbidden_sets)
    if draw(st.booleans()):  # spoil: one more forbidden slot, perhaps a used one
        p = draw(st.integers(0, n - 1))
        forbidden = tuple(
            f | {draw(st.integers(0, n_slots - 1))} if q == p else f
            for q, f in enumerate(forbidden)
        )
    m = len(pairs)
    fixed = tuple(t if draw(st.integers(0, 4)) == 0 else None for t in plant)
    precedences = tuple(
        frozenset(b for b in range(m) if plant[b] < plant[a] and draw(st.booleans()))
        for a in range(m)
    )
    return FixedInstance(
        n_participants=n,
        n_slots=n_slots,
        n_tables=per_slot + draw(st.integers(0, 1)),
        meetings=tuple(
            FixedMeeting(a, b, session(t)) for (a, b), t in zip(pairs, plant, strict=True)
        ),
        n_morning=n_morning,
        forbidden=forbidden,
        fixed=fixed,
        precedences=precedences,
    )
