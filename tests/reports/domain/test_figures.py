"""Every figure of the small fixture event, read from the database, against hand counts
(the table of people, requests and meetings is in tests/reports/fixture.py)."""

from datetime import date

import pytest

from clustermeet.engine.reporting import compute_figures, headline
from clustermeet.reports.domain.event_data import event_data
from tests.reports.fixture import small_event

AS_OF = date(2019, 6, 20)


@pytest.fixture
def small(db):
    return small_event()


@pytest.fixture
def figures(small):
    return compute_figures(event_data(small.event, as_of=AS_OF))


def test_event_data_maps_people_profiles_and_consent(small):
    data = event_data(small.event, as_of=AS_OF)
    by_id = {p.id: p for p in data.participants}
    a1, a2, b1, c1 = (by_id[small.people[k].pk] for k in ("a1", "a2", "b1", "c1"))
    # complete = organisation described + at least one item
    assert [a1.profile_complete, a2.profile_complete, b1.profile_complete, c1.profile_complete] == [
        True, False, False, True,
    ]  # fmt: skip
    assert (a1.named, a2.named, c1.named) == (True, False, False)
    assert (a1.country, b1.organisation_type, c1.delegation) == ("BG", "company", "Canada")
    assert c1.ecosystems == ("Digital", "Agri-food")
    assert [s.day for s in data.slots] == [date(2019, 6, 5)] * 3 + [date(2019, 6, 6)] * 2
    assert data.info.as_of == AS_OF and data.info.city == "Toronto"


def test_figures_headcount_by_hand(figures):
    h = figures.headcount
    assert (h.participants, h.organisations, h.clusters, h.delegations, h.days) == (4, 3, 2, 2, 2)
    assert h.countries == ("BG", "CA", "FR")


def test_figures_funnel_by_hand(figures):
    stages = {s.stage: (s.participants, s.items) for s in figures.funnel}
    assert stages == {
        "registered": (4, 4),
        "profile_complete": (2, 2),  # a1, c1
        "requests": (2, 5),
        "accepted": (2, 3),
        "scheduled": (2, 3),
        "held": (2, 2),
        "outcomes": (2, 2),  # M1 and M2 have reports
        "cooperation": (2, 1),  # M1
        "agreements": (2, 1),  # M1 (a1's agreement)
    }


def test_figures_meetings_outcomes_requests_by_hand(figures):
    m, o, r = figures.meetings, figures.outcomes, figures.requests
    assert (m.placed, m.held, m.no_shows, m.cancelled) == (3, 2, 1, 0)
    assert m.no_show_rate == pytest.approx(1 / 3)
    assert (o.cooperation_cases, o.agreements, o.confirmed_agreements, o.disagreements) == (
        1, 1, 0, 1,
    )  # fmt: skip
    assert (r.total, r.accepted, r.declined, r.unanswered, r.expired) == (5, 3, 1, 1, 0)
    assert r.acceptance_rate == pytest.approx(3 / 4)


def test_figures_loads_and_histograms_by_hand(small, figures):
    loads = {load.participant: (load.placed, load.held, load.breaks) for load in figures.loads}
    p = small.people
    # c1 meets at 09:00 and 09:40 on day 1: one break; b1's two meetings are on two days.
    assert loads == {
        p["a1"].pk: (1, 1, 0),
        p["a2"].pk: (1, 0, 0),
        p["b1"].pk: (2, 1, 0),
        p["c1"].pk: (2, 2, 1),
    }
    assert figures.held_histogram == (1, 2, 1)
    assert figures.breaks_histogram == (3, 1)


def test_figures_table_use_by_hand(figures):
    use = [(u.booked, u.held, u.tables) for u in figures.table_use]
    assert use == [(1, 1, 2), (0, 0, 2), (1, 1, 2), (1, 0, 2), (0, 0, 2)]


def test_figures_who_met_whom_by_country_by_hand(figures):
    matrix = figures.mixing.by_country
    cell = {
        (a, b): matrix.counts[i][j]
        for i, a in enumerate(matrix.labels)
        for j, b in enumerate(matrix.labels)
    }
    assert cell[("BG", "CA")] == cell[("CA", "BG")] == 1  # M1
    assert cell[("FR", "CA")] == cell[("CA", "FR")] == 1  # M2
    assert sum(cell.values()) == 4  # the no-show M3 (BG–FR) does not count


def _rows(groups):
    return {
        r.group: (
            r.participants,
            r.organisations,
            r.meetings_held,
            r.cooperation_cases,
            r.agreements,
        )
        for r in groups
    }


def test_figures_group_tables_by_hand(figures):
    # (participants, organisations, meetings held, cooperation cases, agreements)
    assert _rows(figures.groups.by_delegation) == {"EU": (3, 2, 2, 1, 1), "Canada": (1, 1, 2, 1, 1)}
    assert _rows(figures.groups.by_country) == {
        "BG": (2, 1, 1, 1, 1),
        "FR": (1, 1, 1, 0, 0),
        "CA": (1, 1, 2, 1, 1),
    }
    # c1's organisation is in both ecosystems: M1 and M2 count in both rows.
    assert _rows(figures.groups.by_ecosystem) == {
        "Digital": (3, 2, 2, 1, 1),  # a1, a2 (Alpha) and c1 (Gamma)
        "Agri-food": (2, 2, 2, 1, 1),
    }


def test_figures_named_cases_name_only_who_consented(figures):
    (case,) = figures.named_cases
    names = {side.name for side in case.sides}
    assert case.kind == "agreement" and names == {None, "Alpha"}  # Gamma's person did not consent


def test_figures_compare_with_first_come_first_served_by_hand(figures):
    # In request order: a1–c1 at 09:00, b1–c1 at 09:20 (c1 busy at 09:00), a2–b1 at 09:00:
    # three meetings, no break; this schedule: three meetings, c1's one break.
    c = figures.comparison
    assert (c.meetings, c.breaks, c.baseline_meetings, c.baseline_breaks) == (3, 1, 3, 0)


def test_headline_of_the_small_event_by_hand(figures):
    assert headline(figures, "en") == (
        "3 organisations, 2 of them cluster organisations, from 3 countries (Bulgaria, Canada "
        "and France) met at Small Event in Toronto on 5–6 June 2019: 2 meetings in 2 days, "
        "1 cooperation case and 1 agreement."
    )
