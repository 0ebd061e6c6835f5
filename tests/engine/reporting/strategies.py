"""Hypothesis strategy for small events to report on: any mix of statuses and outcomes."""

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from clustermeet.engine.reporting import (
    EventData,
    EventInfo,
    Meeting,
    MeetingStatus,
    OrganisationType,
    Outcome,
    OutcomeKind,
    Participant,
    Request,
    RequestStatus,
    Slot,
    Table,
)

START = date(2019, 6, 5)
ECOSYSTEMS = ("Agri-food", "Digital", "Health")


@st.composite
def report_events(draw: st.DrawFn, people: int = 8, meetings: int = 10) -> EventData:
    n = draw(st.integers(2, people))
    participants = tuple(
        Participant(
            id=i,
            organisation=draw(st.integers(0, 4)),
            country=draw(st.sampled_from(("BG", "CA", "FR"))),
            organisation_type=draw(st.sampled_from(list(OrganisationType))),
            delegation=draw(st.sampled_from((None, "EU", "Canada"))),
            ecosystems=tuple(sorted(draw(st.sets(st.sampled_from(ECOSYSTEMS))))),
            profile_complete=draw(st.booleans()),
            registered=draw(st.booleans()),
            named=draw(st.booleans()),
            organisation_name=f"Organisation {i}",
        )
        for i in range(n)
    )
    n_slots = draw(st.integers(1, 6))
    days = sorted(draw(st.lists(st.integers(0, 1), min_size=n_slots, max_size=n_slots)))
    # Indexes with gaps, as an event's slots may have.
    indexes = sorted(draw(st.sets(st.integers(0, 30), min_size=n_slots, max_size=n_slots)))
    slots = tuple(
        Slot(index, START + timedelta(days=day)) for index, day in zip(indexes, days, strict=True)
    )
    tables = tuple(Table(t) for t in range(draw(st.integers(1, 3))))
    pair = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    requests = tuple(
        Request(a, b, draw(st.sampled_from(list(RequestStatus))), datetime(2019, 6, 1))
        for a, b in draw(st.lists(pair, max_size=12, unique=True))
    )
    placed = tuple(
        Meeting(
            id=m,
            participants=people_in,
            slot=draw(st.sampled_from(indexes)),
            table=draw(st.sampled_from([t.id for t in tables])),
            status=draw(st.sampled_from(list(MeetingStatus))),
        )
        for m, people_in in enumerate(draw(st.lists(pair, max_size=meetings)))
    )
    outcomes = tuple(
        Outcome(m.id, p, draw(st.sampled_from(list(OutcomeKind))))
        for m in placed
        for p in m.participants
        if draw(st.booleans())
    )
    info = EventInfo("Test event", START, START + timedelta(days=1), START + timedelta(days=9))
    return EventData(info, participants, requests, slots, tables, placed, outcomes)
