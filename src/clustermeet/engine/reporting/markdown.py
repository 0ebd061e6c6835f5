"""The post-event report as Markdown, ready to paste into a news post: the headline, the
funnel, the key figures, the comparison with first-come-first-served booking when there is
one, tables per delegation, country and ecosystem, the named agreements and cooperation
cases, and the date the figures hold for."""

from __future__ import annotations

import re

from clustermeet.engine.reporting.countries import country_name, sort_key
from clustermeet.engine.reporting.dates import plain_date
from clustermeet.engine.reporting.figures import Figures
from clustermeet.engine.reporting.groups import GroupRow
from clustermeet.engine.reporting.headline import headline
from clustermeet.engine.reporting.inputs import OutcomeKind
from clustermeet.engine.reporting.language import Language, number, percent
from clustermeet.engine.reporting.languages import get_language
from clustermeet.engine.reporting.named_cases import NamedCase

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def escape(text: str) -> str:
    """Text that Markdown prints as written (names may hold '*', '|' or '#')."""
    return _SPECIAL.sub(r"\\\1", text)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    aligns = ["---"] + ["---:"] * (len(header) - 1)
    lines = [header, aligns, *rows]
    return ["| " + " | ".join(cells) + " |" for cells in lines]


def render_markdown(figures: Figures, language: str) -> str:
    words = get_language(language)
    label = words.labels
    lines = [f"# {escape(label['title'].format(event=figures.info.name))}", ""]
    lines += [escape(headline(figures, language)), ""]
    lines += [f"## {label['section_funnel']}", ""]
    lines += _table(
        [label["col_stage"], label["col_participants"], label["col_count"]],
        [
            [label[f"stage_{s.stage}"], number(words, s.participants), number(words, s.items)]
            for s in figures.funnel
        ],
    )
    lines += ["", f"## {label['section_figures']}", ""]
    lines += _table([label["col_figure"], label["col_value"]], _key_figures(figures, words))
    if figures.comparison is not None:
        c = figures.comparison
        lines += ["", f"## {label['section_fcfs']}", ""]
        lines += _table(
            ["", label["col_this"], label["col_fcfs"]],
            [
                [
                    label["fig_placed"],
                    number(words, c.meetings),
                    number(words, c.baseline_meetings),
                ],
                [label["fig_breaks"], number(words, c.breaks), number(words, c.baseline_breaks)],
            ],
        )
    groups = figures.groups
    delegations = [
        (escape(row.group) if row.group else label["no_delegation"], row)
        for row in groups.by_delegation
    ]
    countries = [(country_name(row.group, language), row) for row in groups.by_country]
    ecosystems = [(escape(row.group), row) for row in groups.by_ecosystem]
    for key, column, named in (
        ("section_delegation", "col_delegation", delegations),
        ("section_country", "col_country", sorted(countries, key=lambda r: sort_key(r[0]))),
        ("section_ecosystem", "col_ecosystem", ecosystems),
    ):
        # A group nobody registered in and nobody met (e.g. only invitees) is left out.
        shown = [(name, row) for name, row in named if row.participants or row.meetings_held]
        if shown:
            lines += ["", f"## {label[key]}", ""]
            lines += _group_table(words, label[column], shown)
    lines += ["", f"## {label['section_cases']}", ""]
    if figures.named_cases:
        lines += [_case(words, case) for case in figures.named_cases]
        lines += ["", f"_{label['cases_note']}_"]
    else:
        lines += [label["no_cases"]]
    lines += ["", f"_{label['as_of'].format(date=plain_date(words, figures.info.as_of))}_", ""]
    return "\n".join(lines)


def _key_figures(figures: Figures, words: Language) -> list[list[str]]:
    m, o, r = figures.meetings, figures.outcomes, figures.requests
    rows: list[tuple[str, str | None]] = [
        ("fig_requests", number(words, r.total)),
        ("fig_declined", number(words, r.declined)),
        ("fig_unanswered", number(words, r.unanswered)),
        ("fig_expired", number(words, r.expired)),
        (
            "fig_acceptance",
            None if r.acceptance_rate is None else percent(words, r.acceptance_rate),
        ),
        ("fig_placed", number(words, m.placed)),
        ("fig_held", number(words, m.held)),
        ("fig_no_shows", number(words, m.no_shows)),
        ("fig_no_show_rate", None if m.no_show_rate is None else percent(words, m.no_show_rate)),
        ("fig_cancelled", number(words, m.cancelled)),
        ("fig_breaks", number(words, sum(load.breaks for load in figures.loads))),
        ("fig_cooperation", number(words, o.cooperation_cases)),
        ("fig_agreements", number(words, o.agreements)),
        ("fig_confirmed", number(words, o.confirmed_agreements)),
        ("fig_disagreements", number(words, o.disagreements)),
    ]
    return [[words.labels[key], value] for key, value in rows if value is not None]


def _group_table(words: Language, column: str, rows: list[tuple[str, GroupRow]]) -> list[str]:
    label = words.labels
    return _table(
        [
            column,
            label["col_participants"],
            label["col_organisations"],
            label["col_meetings_held"],
            label["col_cooperation"],
            label["col_agreements"],
        ],
        [
            [
                name,
                number(words, row.participants),
                number(words, row.organisations),
                number(words, row.meetings_held),
                number(words, row.cooperation_cases),
                number(words, row.agreements),
            ]
            for name, row in rows
        ],
    )


def _case(words: Language, case: NamedCase) -> str:
    kind = "case_agreement" if case.kind == OutcomeKind.AGREEMENT else "case_cooperation"
    sides = []
    for side in case.sides:
        country = country_name(side.country, words.code)
        if side.name:
            sides.append(f"{escape(side.name)} ({country})")
        else:
            sides.append(words.anonymous[str(side.organisation_type)].format(country=country))
    return words.labels["case_line"].format(
        kind=words.labels[kind], date=plain_date(words, case.day), sides=" – ".join(sides)
    )
