"""The Markdown report of the fixture event, and the chart series."""
# The expected report below has lines as long as the Markdown it checks.
# ruff: noqa: E501

from dataclasses import replace

from clustermeet.engine.reporting import chart_data, compute_figures, render_markdown
from clustermeet.engine.reporting.markdown import escape
from tests.engine.reporting.fixture import DAY1, DAY2, EVENT

NBSP = "\u00a0"
FIGURES = compute_figures(EVENT)

# Every number below is one test_figures.py works out by hand; the "No delegation" row is
# left out because nobody registered without a delegation (P6 never registered).
EXPECTED_EN = """\
# EU–Canada Cluster Matchmaking Event 2019: the results

4 organisations, 2 of them cluster organisations, from 3 countries (Bulgaria, Canada and France) met at EU–Canada Cluster Matchmaking Event 2019 in Toronto on 5–7 June 2019: 3 meetings in 2 days, 2 cooperation cases and 1 agreement.

## From registration to agreements

| Stage | Participants | Count |
| --- | ---: | ---: |
| Registered | 5 | 5 |
| Profile complete | 4 | 4 |
| Meeting requests | 4 | 8 |
| Requests accepted | 4 | 4 |
| Meetings scheduled | 4 | 4 |
| Meetings held | 3 | 3 |
| Outcome reported | 3 | 3 |
| Cooperation possible | 3 | 2 |
| Agreements | 2 | 1 |

## Meetings and requests

| Figure | Value |
| --- | ---: |
| Requests sent | 8 |
| Requests declined | 1 |
| Requests left unanswered | 1 |
| Requests expired | 1 |
| Acceptance rate | 80.0% |
| Meetings scheduled | 4 |
| Meetings held | 3 |
| No-shows | 1 |
| No-show rate | 25.0% |
| Meetings cancelled | 1 |
| Breaks in the agendas | 1 |
| Cooperation cases | 2 |
| Agreements | 1 |
| Agreements confirmed by both sides | 1 |
| Meetings whose sides reported differently | 2 |

## Compared with first-come-first-served booking

|  | This schedule | First come, first served |
| --- | ---: | ---: |
| Meetings scheduled | 4 | 3 |
| Breaks in the agendas | 1 | 2 |

## By delegation

| Delegation | Participants | Organisations | Meetings held | Cooperation cases | Agreements |
| --- | ---: | ---: | ---: | ---: | ---: |
| Canada | 2 | 1 | 2 | 2 | 1 |
| EU | 3 | 3 | 3 | 2 | 1 |

## By country

| Country | Participants | Organisations | Meetings held | Cooperation cases | Agreements |
| --- | ---: | ---: | ---: | ---: | ---: |
| Bulgaria | 2 | 2 | 2 | 1 | 1 |
| Canada | 2 | 1 | 2 | 2 | 1 |
| France | 1 | 1 | 2 | 1 | 0 |

## By industrial ecosystem

| Ecosystem | Participants | Organisations | Meetings held | Cooperation cases | Agreements |
| --- | ---: | ---: | ---: | ---: | ---: |
| Agri-food | 2 | 2 | 3 | 2 | 1 |
| Digital | 3 | 2 | 3 | 2 | 1 |
| Health | 1 | 1 | 0 | 0 | 0 |

## Agreements and cooperation cases

- **Agreement** (5 June 2019): Sofia Knowledge City (Bulgaria) – Protein Industries Canada (Canada)
- **Cooperation possible** (6 June 2019): a company from France – Protein Industries Canada (Canada)

_Organisations are named with their consent; the others are described by type and country._

_Figures as of 14 June 2019._
"""


def test_markdown_report_in_english():
    assert render_markdown(FIGURES, "en") == EXPECTED_EN


def test_markdown_report_in_french_translates_headings_figures_and_dates():
    lines = render_markdown(FIGURES, "fr").splitlines()
    assert lines[0] == f"# EU–Canada Cluster Matchmaking Event 2019{NBSP}: le bilan"
    assert lines[4:8] == [
        "## De l’inscription aux accords",
        "",
        "| Étape | Participants | Nombre |",
        "| --- | ---: | ---: |",
    ]
    assert f"| Taux d’absence | 25,0{NBSP}% |" in lines
    assert "| Bulgarie | 2 | 2 | 2 | 1 | 1 |" in lines
    assert lines[-5:] == [
        f"- **Coopération possible** (6 juin 2019){NBSP}: une entreprise (France) – "
        "Protein Industries Canada (Canada)",
        "",
        f"_Les organisations sont nommées avec leur accord{NBSP}; les autres sont décrites par "
        "leur type et leur pays._",
        "",
        "_Chiffres arrêtés au 14 juin 2019._",
    ]


def test_markdown_report_in_bulgarian_ends_with_the_date_of_its_figures():
    lines = render_markdown(FIGURES, "bg").splitlines()
    assert lines[0] == "# EU–Canada Cluster Matchmaking Event 2019: резултати"
    assert "| Дял на неявяванията | 25,0% |" in lines
    assert "| Канада | 2 | 1 | 2 | 2 | 1 |" in lines
    assert (
        "- **Възможно сътрудничество** (6 юни 2019 г.): компания от Франция – Protein "
        "Industries Canada (Канада)"
    ) in lines
    assert lines[-1] == "_Данните са към 14 юни 2019 г._"


def test_markdown_escapes_names_that_hold_markdown():
    assert escape("R&D *Lab* | #1 [EU]") == r"R&D \*Lab\* \| \#1 \[EU\]"
    people = tuple(
        replace(p, organisation_name="Sofia *Knowledge* City") if p.id == 1 else p
        for p in EVENT.participants
    )
    text = render_markdown(compute_figures(replace(EVENT, participants=people)), "en")
    assert (
        r"- **Agreement** (5 June 2019): Sofia \*Knowledge\* City (Bulgaria) – "
        "Protein Industries Canada (Canada)"
    ) in text.splitlines()


def test_markdown_says_so_when_nobody_may_be_named():
    people = tuple(replace(p, named=False) for p in EVENT.participants)
    lines = render_markdown(compute_figures(replace(EVENT, participants=people)), "en")
    assert lines.splitlines()[-5:-2] == [
        "## Agreements and cooperation cases",
        "",
        "No organisation with an agreement or a cooperation case has agreed to be named yet.",
    ]


def test_chart_data_series_for_the_fixture_event():
    charts = chart_data(FIGURES, "bg")
    assert charts.funnel.participants == (5, 4, 4, 4, 4, 3, 3, 3, 2)
    assert charts.funnel.items == (5, 4, 8, 4, 4, 3, 3, 2, 1)
    assert charts.funnel.labels[0] == "Регистрирани"
    assert charts.meetings_histogram == (2, 1, 3)
    assert charts.countries.codes == ("BG", "CA", "FR")
    assert charts.countries.labels == ("България", "Канада", "Франция")
    assert charts.countries.counts == ((0, 1, 1), (1, 0, 1), (1, 1, 0))
    # Nodes weigh registered participants: Agri-food P2, P3; Digital P1, P2, P4; Health P5.
    assert charts.ecosystems.nodes == (("Agri-food", 2), ("Digital", 3), ("Health", 1))
    assert charts.ecosystems.edges == (
        ("Agri-food", "Agri-food", 1),
        ("Agri-food", "Digital", 3),
        ("Digital", "Digital", 1),
    )
    assert [(d.day, d.slots, d.booked, d.held, d.tables) for d in charts.table_use] == [
        (DAY1, (10, 11, 13, 14), (1, 1, 0, 1), (1, 0, 0, 1), 2),
        (DAY2, (20, 21), (1, 0), (1, 0), 2),
    ]
