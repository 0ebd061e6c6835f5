"""The series the report's charts draw, labelled in the report's language (drawing is not
the engine's job: the SVG is rendered elsewhere from these)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from clustermeet.engine.reporting.countries import country_name
from clustermeet.engine.reporting.figures import Figures
from clustermeet.engine.reporting.languages import get_language


@dataclass(frozen=True)
class FunnelSeries:
    labels: tuple[str, ...]
    participants: tuple[int, ...]
    items: tuple[int, ...]


@dataclass(frozen=True)
class HeatMap:
    """`counts[i][j]` for rows and columns in `codes` order; `labels` are their names."""

    codes: tuple[str, ...]
    labels: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class Network:
    """Nodes weighted by registered participants, edges by held meetings (self-loops are
    meetings within one ecosystem)."""

    nodes: tuple[tuple[str, int], ...]
    edges: tuple[tuple[str, str, int], ...]


@dataclass(frozen=True)
class DayUse:
    """One day's table use, slot by slot."""

    day: date
    slots: tuple[int, ...]
    booked: tuple[int, ...]
    held: tuple[int, ...]
    tables: int


@dataclass(frozen=True)
class ChartData:
    funnel: FunnelSeries
    meetings_histogram: tuple[int, ...]  # [k] = participants with k held meetings
    breaks_histogram: tuple[int, ...]
    countries: HeatMap
    ecosystems: Network
    table_use: tuple[DayUse, ...]


def chart_data(figures: Figures, language: str) -> ChartData:
    words = get_language(language)
    matrix = figures.mixing.by_country
    return ChartData(
        funnel=FunnelSeries(
            labels=tuple(words.labels[f"stage_{s.stage}"] for s in figures.funnel),
            participants=tuple(s.participants for s in figures.funnel),
            items=tuple(s.items for s in figures.funnel),
        ),
        meetings_histogram=figures.held_histogram,
        breaks_histogram=figures.breaks_histogram,
        countries=HeatMap(
            codes=matrix.labels,
            labels=tuple(country_name(code, language) for code in matrix.labels),
            counts=matrix.counts,
        ),
        ecosystems=Network(
            nodes=tuple((row.group, row.participants) for row in figures.groups.by_ecosystem),
            edges=figures.mixing.by_ecosystem.edges(),
        ),
        table_use=tuple(
            DayUse(
                day=day,
                slots=tuple(u.slot for u in uses),
                booked=tuple(u.booked for u in uses),
                held=tuple(u.held for u in uses),
                tables=uses[0].tables,
            )
            for day, group in groupby(figures.table_use, key=lambda u: u.day)
            for uses in [list(group)]
        ),
    )
