"""Every figure of the fixture event (fixture.py) against a value worked out by hand."""

from dataclasses import replace
from datetime import date

from clustermeet.engine.reporting import OrganisationType, OutcomeKind, compute_figures
from clustermeet.engine.reporting.attendance import MeetingCounts
from clustermeet.engine.reporting.comparison import Comparison
from clustermeet.engine.reporting.figures import Headcount
from clustermeet.engine.reporting.funnel import FunnelStage
from clustermeet.engine.reporting.groups import GroupRow
from clustermeet.engine.reporting.named_cases import NamedCase, Side
from clustermeet.engine.reporting.outcomes import OutcomeCounts
from clustermeet.engine.reporting.participation import ParticipantLoad
from clustermeet.engine.reporting.requests import RequestCounts
from clustermeet.engine.reporting.table_use import SlotUse
from tests.engine.reporting.fixture import DAY1, DAY2, EVENT

FIGURES = compute_figures(EVENT)


def test_headcount_counts_registered_people_only():
    # Registered: P1-P5 (P6 never registered). Organisations 10, 20 (P2, P4), 30, 40 = 4;
    # clusters among them: 10 and 20 = 2; countries BG (P1, P5), CA (P2, P4), FR (P3);
    # delegations EU and Canada; slots on 5 and 6 June = 2 days.
    assert FIGURES.headcount == Headcount(
        participants=5,
        organisations=4,
        clusters=2,
        countries=("BG", "CA", "FR"),
        delegations=2,
        days=2,
    )


def test_funnel_follows_one_cohort_and_counts_items_apart():
    # Cohort: registered {1,2,3,4,5}; complete profile drops P4 -> {1,2,3,5}; every one of
    # them is in a request ({1..6}) and an accepted one (R1-R4: {1,2,3,5}) and is seated in
    # a placed meeting (M1-M4: {1,2,3,4,5}); held meetings M1-M3 seat {1,2,3,4} -> {1,2,3};
    # all three held meetings have reports -> {1,2,3}; cooperation cases M1, M3 seat
    # {1,2,3,4} -> {1,2,3}; the agreement M1 seats {1,2} -> {1,2}.
    # Items: 5 registered, 4 complete, 8 requests, 4 accepted, 4 placed meetings (M5 is
    # cancelled), 3 held, 3 with a report, 2 cooperation cases (M1, M3), 1 agreement (M1).
    assert FIGURES.funnel == (
        FunnelStage("registered", 5, 5),
        FunnelStage("profile_complete", 4, 4),
        FunnelStage("requests", 4, 8),
        FunnelStage("accepted", 4, 4),
        FunnelStage("scheduled", 4, 4),
        FunnelStage("held", 3, 3),
        FunnelStage("outcomes", 3, 3),
        FunnelStage("cooperation", 3, 2),
        FunnelStage("agreements", 2, 1),
    )


def test_meeting_counts_and_no_show_rate_over_recorded_attendance():
    # M1-M3 held, M4 no-show, M5 cancelled; none left without attendance. Rate: 1 no-show
    # among 4 recorded (3 held + 1 no-show).
    assert FIGURES.meetings == MeetingCounts(
        placed=4, held=3, no_shows=1, cancelled=1, unrecorded=0
    )
    assert FIGURES.meetings.no_show_rate == 0.25


def test_outcomes_take_the_best_report_and_count_disagreements():
    # M1: agreement + agreement -> agreement, confirmed. M2: informative vs none -> not a
    # cooperation case, a disagreement. M3: cooperation vs none (P4 silent) -> cooperation
    # case, a disagreement. M4's report is on a no-show: 6 reports count, 1 is set apart.
    assert FIGURES.outcomes == OutcomeCounts(
        meetings_with_outcome=3,
        cooperation_cases=2,
        agreements=1,
        confirmed_agreements=1,
        disagreements=2,
        reports=6,
        reports_on_unheld=1,
    )


def test_requests_by_status_with_median_response_time():
    # Accepted R1-R4, declined R5, pending R6, expired R7, cancelled R8. Response times of
    # the answered five: 2, 24, 4, 1, 24 h -> sorted 1, 2, 4, 24, 24 -> median 4 h.
    # Acceptance: 4 accepted of 5 answered.
    assert FIGURES.requests == RequestCounts(
        total=8,
        accepted=4,
        declined=1,
        unanswered=1,
        expired=1,
        cancelled=1,
        median_response_hours=4.0,
    )
    assert FIGURES.requests.acceptance_rate == 0.8


def test_loads_count_breaks_by_slot_order_within_a_day():
    # Slot order 10, 11, 13, 14 | 20, 21 -> positions 0-3 on day 1, 4-5 on day 2.
    # P1: M1 (pos 0), M2 (pos 3) -> one break of 2 idle slots (slot 12 does not exist, so
    #     not 3); M5 is cancelled and does not count.
    # P2: M1 (0), M4 (1), M3 (4): 0-1 adjacent, 1-4 on different days -> no break; 2 held.
    # P3: M2 (3, day 1), M3 (4, day 2) -> different days, no break.
    # P4: M3; P5: the no-show M4 (placed, not held); P6: nothing.
    assert FIGURES.loads == (
        ParticipantLoad(1, placed=2, held=2, breaks=1, idle_slots=2),
        ParticipantLoad(2, placed=3, held=2, breaks=0, idle_slots=0),
        ParticipantLoad(3, placed=2, held=2, breaks=0, idle_slots=0),
        ParticipantLoad(4, placed=1, held=1, breaks=0, idle_slots=0),
        ParticipantLoad(5, placed=1, held=0, breaks=0, idle_slots=0),
        ParticipantLoad(6, placed=0, held=0, breaks=0, idle_slots=0),
    )


def test_histograms_cover_every_participant():
    # Held meetings: P5, P6 -> 0; P4 -> 1; P1, P2, P3 -> 2. Breaks: P1 -> 1, the rest 0.
    assert FIGURES.held_histogram == (2, 1, 3)
    assert FIGURES.breaks_histogram == (5, 1)


def test_table_use_per_slot_counts_booked_and_held_tables():
    # 10: M1 at T1 (held); 11: M4 at T2 (no-show: booked, not held); 13: nothing;
    # 14: M2 at T1; 20: M3 at T2; 21: M5 cancelled -> nothing. Two tables everywhere.
    assert FIGURES.table_use == (
        SlotUse(10, DAY1, "Day 1", booked=1, held=1, tables=2),
        SlotUse(11, DAY1, "Day 1", booked=1, held=0, tables=2),
        SlotUse(13, DAY1, "Day 1", booked=0, held=0, tables=2),
        SlotUse(14, DAY1, "Day 1", booked=1, held=1, tables=2),
        SlotUse(20, DAY2, "Day 2", booked=1, held=1, tables=2),
        SlotUse(21, DAY2, "Day 2", booked=0, held=0, tables=2),
    )
    assert FIGURES.table_use[0].share == 0.5


def test_country_matrix_counts_held_meetings_between_organisations():
    # M1 BG-CA, M2 BG-FR, M3 FR-CA (P3 meets P2 and P4, one organisation: counted once;
    # P2 and P4 are colleagues and did not meet each other).
    matrix = FIGURES.mixing.by_country
    assert matrix.labels == ("BG", "CA", "FR")
    assert matrix.counts == ((0, 1, 1), (1, 0, 1), (1, 1, 0))


def test_delegation_matrix_puts_meetings_within_a_delegation_on_the_diagonal():
    # M1 EU-Canada, M2 EU-EU (P1, P3), M3 EU-Canada; "" is P6's missing delegation.
    matrix = FIGURES.mixing.by_delegation
    assert matrix.labels == ("", "Canada", "EU")
    assert matrix.counts == ((0, 0, 0), (0, 0, 2), (0, 2, 1))


def test_organisation_type_matrix():
    # M1 cluster-cluster; M2 cluster-company; M3 company-cluster.
    matrix = FIGURES.mixing.by_organisation_type
    assert matrix.labels == ("cluster", "company", "research")
    assert matrix.counts == ((1, 2, 0), (2, 0, 0), (0, 0, 0))


def test_ecosystem_matrix_links_every_ecosystem_of_both_sides():
    # M1: Digital x {Digital, Agri-food} -> Digital-Digital, Agri-food-Digital.
    # M2: Digital x Agri-food -> Agri-food-Digital.
    # M3: Agri-food x {Digital, Agri-food} (P2) and x Digital (P4) -> Agri-food-Agri-food,
    #     Agri-food-Digital (once for the meeting).
    matrix = FIGURES.mixing.by_ecosystem
    assert matrix.labels == ("Agri-food", "Digital", "Health")
    assert matrix.counts == ((1, 3, 0), (3, 1, 0), (0, 0, 0))
    assert matrix.edges() == (
        ("Agri-food", "Agri-food", 1),
        ("Agri-food", "Digital", 3),
        ("Digital", "Digital", 1),
    )


def test_group_tables_by_delegation_country_and_ecosystem():
    # Canada: P2, P4 (one organisation); held M1, M3; both cooperation cases; M1 agreement.
    # EU: P1, P3, P5; held M1, M2, M3; cooperation M1, M3; agreement M1.
    # BG: P1, P5; held M1, M2; cooperation M1. CA: P2, P4 (P6 unregistered); M1, M3.
    # FR: P3; M2, M3; cooperation M3. Agri-food: P2, P3; M1, M2, M3. Digital: P1, P2, P4
    # (organisations 10, 20); M1, M2, M3. Health: P5, whose only meeting was a no-show.
    groups = FIGURES.groups
    assert groups.by_delegation == (
        GroupRow("", 0, 0, 0, 0, 0),
        GroupRow("Canada", 2, 1, 2, 2, 1),
        GroupRow("EU", 3, 3, 3, 2, 1),
    )
    assert groups.by_country == (
        GroupRow("BG", 2, 2, 2, 1, 1),
        GroupRow("CA", 2, 1, 2, 2, 1),
        GroupRow("FR", 1, 1, 2, 1, 0),
    )
    assert groups.by_ecosystem == (
        GroupRow("Agri-food", 2, 2, 3, 2, 1),
        GroupRow("Digital", 3, 2, 3, 2, 1),
        GroupRow("Health", 1, 1, 0, 0, 0),
    )


def test_named_cases_name_only_consenting_organisations():
    # M1 (agreement): P1 and P2 consented. M3 (cooperation): P3 did not, P2 did (P4 did not,
    # but one person of organisation 20 in the meeting is enough). Agreements first.
    assert FIGURES.named_cases == (
        NamedCase(
            1,
            OutcomeKind.AGREEMENT,
            date(2019, 6, 5),
            (
                Side("Sofia Knowledge City", "BG", OrganisationType.CLUSTER),
                Side("Protein Industries Canada", "CA", OrganisationType.CLUSTER),
            ),
        ),
        NamedCase(
            3,
            OutcomeKind.COOPERATION_POSSIBLE,
            date(2019, 6, 6),
            (
                Side(None, "FR", OrganisationType.COMPANY),
                Side("Protein Industries Canada", "CA", OrganisationType.CLUSTER),
            ),
        ),
    )


def test_comparison_with_first_come_first_served():
    # 4 placed meetings and 1 break (P1) against the baseline's 3 and 2.
    assert FIGURES.comparison == Comparison(
        meetings=4, breaks=1, baseline_meetings=3, baseline_breaks=2
    )
    assert (FIGURES.comparison.extra_meetings, FIGURES.comparison.fewer_breaks) == (1, 1)


def test_comparison_absent_without_a_baseline():
    assert compute_figures(replace(EVENT, baseline=None)).comparison is None


def test_rates_are_none_when_nothing_was_recorded():
    empty = compute_figures(replace(EVENT, meetings=(), outcomes=(), requests=()))
    assert empty.meetings.no_show_rate is None
    assert empty.requests.acceptance_rate is None
    assert empty.requests.median_response_hours is None
