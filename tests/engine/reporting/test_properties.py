"""Properties every report holds, on many small random events."""

from hypothesis import given, settings

from clustermeet.engine.reporting import (
    MeetingStatus,
    chart_data,
    compute_figures,
    headline,
    render_markdown,
)
from clustermeet.engine.reporting.markdown import escape
from clustermeet.engine.scheduling.selection.constraints import breaks_by_day
from tests.engine.reporting.strategies import report_events

# No deadline: the machine is shared, and the first example also loads pycountry's catalogues.
PROPERTY = settings(max_examples=60, deadline=None)


@PROPERTY
@given(report_events())
def test_funnel_participants_never_grow_and_items_follow_their_stages(event):
    stages = compute_figures(event).funnel
    people = [s.participants for s in stages]
    assert people == sorted(people, reverse=True)
    assert people[0] == sum(p.registered for p in event.participants)
    items = {s.stage: s.items for s in stages}
    assert items["accepted"] <= items["requests"]
    assert items["agreements"] <= items["cooperation"] <= items["outcomes"] <= items["held"]
    assert items["held"] <= items["scheduled"]


@PROPERTY
@given(report_events())
def test_histograms_sum_to_the_participant_count(event):
    figures = compute_figures(event)
    assert sum(figures.held_histogram) == len(event.participants)
    assert sum(figures.breaks_histogram) == len(event.participants)
    # Weighted by k, the held histogram counts every seat in a held meeting.
    seats = sum(len(m.participants) for m in event.meetings if m.status == MeetingStatus.HELD)
    assert sum(k * n for k, n in enumerate(figures.held_histogram)) == seats


@PROPERTY
@given(report_events())
def test_country_matrix_symmetric_with_twice_the_cross_country_meetings_off_diagonal(event):
    matrix = compute_figures(event).mixing.by_country
    n = len(matrix.labels)
    assert all(matrix.counts[i][j] == matrix.counts[j][i] for i in range(n) for j in range(n))
    country = {p.id: p.country for p in event.participants}
    organisation = {p.id: p.organisation for p in event.participants}
    held = [
        (a, b)
        for m in event.meetings
        if m.status == MeetingStatus.HELD
        for a, b in [m.participants]
        if organisation[a] != organisation[b]
    ]
    across = sum(country[a] != country[b] for a, b in held)
    off_diagonal = matrix.total() - sum(matrix.counts[i][i] for i in range(n))
    assert off_diagonal == 2 * across
    assert matrix.total() == 2 * across + (len(held) - across)


@PROPERTY
@given(report_events())
def test_breaks_count_as_the_schedulers_own_measure(event):
    figures = compute_figures(event)
    ordered = sorted(event.slots, key=lambda s: s.index)
    position = {s.index: i for i, s in enumerate(ordered)}
    day_of = tuple(s.day.toordinal() for s in ordered)
    for load in figures.loads:
        used = [
            position[m.slot]
            for m in event.meetings
            if m.status != MeetingStatus.CANCELLED and load.participant in m.participants
        ]
        assert load.breaks == breaks_by_day(day_of, used)
        assert load.idle_slots >= load.breaks


@PROPERTY
@given(report_events())
def test_outcome_counts_nest_and_named_cases_name_someone(event):
    figures = compute_figures(event)
    o = figures.outcomes
    assert o.confirmed_agreements <= o.agreements <= o.cooperation_cases
    assert o.cooperation_cases <= o.meetings_with_outcome <= figures.meetings.held
    assert o.reports + o.reports_on_unheld == len(event.outcomes)
    for case in figures.named_cases:
        assert any(side.name for side in case.sides)
    assert len(figures.named_cases) <= o.cooperation_cases


@PROPERTY
@given(report_events())
def test_table_use_never_exceeds_the_tables(event):
    figures = compute_figures(event)
    for use in figures.table_use:
        assert use.held <= use.booked <= use.tables
    booked = {(m.slot, m.table) for m in event.meetings if m.status != MeetingStatus.CANCELLED}
    assert sum(use.booked for use in figures.table_use) == len(booked)


@settings(max_examples=30, deadline=None)
@given(report_events())
def test_every_language_renders_every_event(event):
    figures = compute_figures(event)
    for language in ("en", "fr", "bg"):
        text = render_markdown(figures, language)
        assert text.splitlines()[2] == escape(headline(figures, language))
        assert chart_data(figures, language).funnel.participants == tuple(
            s.participants for s in figures.funnel
        )


@PROPERTY
@given(report_events())
def test_country_rows_share_out_the_registered_people(event):
    figures = compute_figures(event)
    rows = figures.groups.by_country
    assert sum(row.participants for row in rows) == figures.headcount.participants
    held = figures.meetings.held
    assert held <= sum(row.meetings_held for row in rows) <= 2 * held
    for row in rows:
        assert row.agreements <= row.cooperation_cases <= row.meetings_held <= held
