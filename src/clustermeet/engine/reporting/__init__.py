"""The report engine: an event's figures after the fact, its headline and its Markdown.

Pure and typed, no Django, no I/O beyond the country-name catalogues pycountry ships. Build an
`EventData` (inputs.py), call `compute_figures` (figures.py), then `headline`,
`render_markdown` or `chart_data` with a language code (en, fr, bg). The definitions of the
figures are in the docstrings of their modules and in docs/reporting.md.
"""

from clustermeet.engine.reporting.charts import ChartData, chart_data
from clustermeet.engine.reporting.figures import Figures, compute_figures
from clustermeet.engine.reporting.headline import headline
from clustermeet.engine.reporting.inputs import (
    Baseline,
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
    TableKind,
)
from clustermeet.engine.reporting.languages import LANGUAGES
from clustermeet.engine.reporting.markdown import render_markdown
from clustermeet.engine.reporting.validation import ReportInputError

__all__ = [
    "LANGUAGES",
    "Baseline",
    "ChartData",
    "EventData",
    "EventInfo",
    "Figures",
    "Meeting",
    "MeetingStatus",
    "OrganisationType",
    "Outcome",
    "OutcomeKind",
    "Participant",
    "ReportInputError",
    "Request",
    "RequestStatus",
    "Slot",
    "Table",
    "TableKind",
    "chart_data",
    "compute_figures",
    "headline",
    "render_markdown",
]
