"""The report engine: an event's figures after the fact, its headline and its Markdown.

Pure and typed, no Django, no I/O beyond the country-name catalogues pycountry ships. Build an
`EventData` (inputs.py), call `compute_figures` (figures.py), then `headline`,
`render_markdown` or `chart_data` with a language code (en, fr, bg). The definitions of the
figures are in the docstrings of their modules and in docs/reporting.md.
"""

from clustermeet.engine.reporting.charts import (
    ChartData,
    DayUse,
    FunnelSeries,
    HeatMap,
    Network,
    chart_data,
)
from clustermeet.engine.reporting.countries import country_name
from clustermeet.engine.reporting.dates import plain_date
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
from clustermeet.engine.reporting.language import Language, number, percent
from clustermeet.engine.reporting.languages import LANGUAGES
from clustermeet.engine.reporting.markdown import escape, render_markdown
from clustermeet.engine.reporting.validation import ReportInputError

__all__ = [
    "LANGUAGES",
    "Baseline",
    "ChartData",
    "DayUse",
    "EventData",
    "EventInfo",
    "Figures",
    "FunnelSeries",
    "HeatMap",
    "Language",
    "Meeting",
    "MeetingStatus",
    "Network",
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
    "country_name",
    "escape",
    "headline",
    "number",
    "percent",
    "plain_date",
    "render_markdown",
]
