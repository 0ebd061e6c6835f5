"""The report's charts as server-rendered SVG, readable without JavaScript.

Pure functions from the engine's chart series (`clustermeet.engine.reporting.chart_data`) to
SVG strings. They live here, not in the engine, because the engine stops at the series
("drawing is not the engine's job", engine/reporting/charts.py); they are still pure and
Django-free, so they are tested on plain values. Each chart carries <title> and <desc> (its
data as a sentence) and role="img", for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.engine.reporting import LANGUAGES, ChartData, plain_date
from clustermeet.reports.charts.bars import funnel_svg, histogram_svg
from clustermeet.reports.charts.heatmap import heatmap_svg
from clustermeet.reports.charts.network import network_svg
from clustermeet.reports.charts.table_use import table_use_svg
from clustermeet.reports.words import words


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    svg: str


def render_charts(data: ChartData, language: str) -> tuple[Chart, ...]:
    """The five charts, in the order the report shows them."""
    w = words(language)
    days = [plain_date(LANGUAGES[language], day.day) for day in data.table_use]
    return (
        Chart("funnel", w["section_funnel"], funnel_svg(data.funnel, w)),
        Chart("histogram", w["chart_histogram"], histogram_svg(data.meetings_histogram, w)),
        Chart("heatmap", w["chart_heatmap"], heatmap_svg(data.countries, w)),
        Chart("network", w["chart_network"], network_svg(data.ecosystems, w)),
        Chart("tables", w["chart_tables"], table_use_svg(data.table_use, w, days)),
    )


__all__ = ["Chart", "render_charts"]
