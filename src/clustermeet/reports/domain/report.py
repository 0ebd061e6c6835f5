"""An event's post-event report, and a programme's events side by side (reads only).

The figures come from the engine on the event's data as of a date; the report is the
engine's Markdown, the engine's chart series drawn as SVG, and the Markdown rendered to HTML
for the page, the self-contained HTML file and the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from markdown_it import MarkdownIt

from clustermeet.engine import reporting as engine
from clustermeet.engine.reporting import Language, country_name, escape, number, percent, plain_date
from clustermeet.events.models import Event
from clustermeet.reports.charts import Chart, render_charts
from clustermeet.reports.domain.event_data import event_data
from clustermeet.reports.words import words

# Raw HTML in the Markdown is shown as text: names come from participants.
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


@dataclass(frozen=True)
class Report:
    title: str
    language: str
    figures: engine.Figures
    markdown: str
    charts: tuple[Chart, ...]

    @property
    def headline(self) -> str:
        return engine.headline(self.figures, self.language)

    @property
    def body_html(self) -> str:
        """The Markdown as HTML, the charts after the headline paragraph."""
        html = markdown_html(self.markdown)
        head, sep, rest = html.partition("</p>\n")
        return head + sep + charts_html(self.charts, self.language) + rest


def markdown_html(text: str) -> str:
    return str(_MARKDOWN.render(text))


def charts_html(charts: Sequence[Chart], language: str) -> str:
    heading = f"<h2>{words(language)['section_charts']}</h2>\n"
    return heading + "".join(
        f'<figure class="chart-figure" id="chart-{c.key}">{c.svg}</figure>\n' for c in charts
    )


def event_figures(event: Event, *, as_of: date | None = None) -> engine.Figures:
    """The report's figures of `event`, as of `as_of` (default: today)."""
    return engine.compute_figures(event_data(event, as_of=as_of))


def event_report(event: Event, language: str = "en", *, as_of: date | None = None) -> Report:
    """The report of `event` in `language` (en, fr, bg; ValueError for another)."""
    words(language)  # a clear error before any query
    figures = event_figures(event, as_of=as_of)
    return Report(
        title=engine.LANGUAGES[language].labels["title"].format(event=event.name),
        language=language,
        figures=figures,
        markdown=engine.render_markdown(figures, language),
        charts=render_charts(engine.chart_data(figures, language), language),
    )


@dataclass(frozen=True)
class Programme:
    """Several events' figures side by side: its Markdown, and that Markdown as HTML."""

    title: str
    language: str
    markdown: str

    @property
    def body_html(self) -> str:
        return markdown_html(self.markdown)


def programme_report(
    events: Sequence[Event], language: str = "en", *, as_of: date | None = None
) -> Programme:
    """A table with one column per event, then each event's headline (ValueError: no event)."""
    w = words(language)
    if not events:
        raise ValueError("no events to report on; expected at least one")
    figures = [engine.compute_figures(event_data(e, as_of=as_of, baseline=False)) for e in events]
    return Programme(w["programme_title"], language, programme_markdown(figures, language))


def _dates(lang: Language, start: date, end: date) -> str:
    if start == end:
        return plain_date(lang, start)
    return f"{plain_date(lang, start)} – {plain_date(lang, end)}"


def programme_markdown(all_figures: Sequence[engine.Figures], language: str) -> str:
    lang, w = engine.LANGUAGES[language], words(language)
    rows: list[tuple[str, list[str]]] = [
        (w["col_dates"], [_dates(lang, f.info.start, f.info.end) for f in all_figures]),
        (w["col_participants"], [number(lang, f.headcount.participants) for f in all_figures]),
        (w["col_organisations"], [number(lang, f.headcount.organisations) for f in all_figures]),
        (w["col_countries"], [number(lang, len(f.headcount.countries)) for f in all_figures]),
        (w["fig_requests"], [number(lang, f.requests.total) for f in all_figures]),
        (w["fig_placed"], [number(lang, f.meetings.placed) for f in all_figures]),
        (w["fig_held"], [number(lang, f.meetings.held) for f in all_figures]),
        (
            w["fig_no_show_rate"],
            [
                "–" if f.meetings.no_show_rate is None else percent(lang, f.meetings.no_show_rate)
                for f in all_figures
            ],
        ),
        (w["fig_cooperation"], [number(lang, f.outcomes.cooperation_cases) for f in all_figures]),
        (w["fig_agreements"], [number(lang, f.outcomes.agreements) for f in all_figures]),
    ]
    header = [w["col_figure"], *(escape(f.info.name) for f in all_figures)]
    lines = [f"# {w['programme_title']}", ""]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("| --- |" + " ---: |" * len(all_figures))
    lines += ["| " + " | ".join([label, *cells]) + " |" for label, cells in rows]
    for f in all_figures:
        lines += ["", f"## {escape(f.info.name)}", "", escape(engine.headline(f, language))]
        countries = ", ".join(country_name(c, language) for c in f.headcount.countries)
        if countries:
            lines += ["", f"{w['col_countries']}: {escape(countries)}"]
    as_of = max(f.info.as_of for f in all_figures)
    lines += ["", f"_{lang.labels['as_of'].format(date=plain_date(lang, as_of))}_", ""]
    return "\n".join(lines)
