"""The words the charts and report pages add to the engine's (written by hand, no machine
translation). The engine's own labels (stages, columns, sections) are reused from
`clustermeet.engine.reporting.languages`; these are only what the engine does not print."""

from __future__ import annotations

from collections.abc import Mapping

from clustermeet.engine.reporting import LANGUAGES

WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "section_charts": "Charts",
        "chart_histogram": "Meetings held per participant",
        "axis_meetings": "Meetings held",
        "axis_participants": "Participants",
        "chart_heatmap": "Who met whom, by country",
        "heatmap_desc": "Held meetings between organisations of two countries",
        "chart_network": "Meetings between industrial ecosystems",
        "network_desc": "Circles: participants per ecosystem; lines: held meetings between two "
        "ecosystems; a number inside a circle: meetings within that ecosystem",
        "chart_tables": "Table use, slot by slot",
        "legend_booked": "Booked",
        "legend_held": "Held",
        "tables_of": "{n} tables",
        "slot": "Slot",
        "no_data": "No data yet.",
        "download": "Download",
        "language": "Language",
        "programme_title": "Programme: the events side by side",
        "col_event": "Event",
        "col_dates": "Dates",
        "col_countries": "Countries",
    },
    "fr": {
        "section_charts": "Graphiques",
        "chart_histogram": "Rencontres tenues par participant",
        "axis_meetings": "Rencontres tenues",
        "axis_participants": "Participants",
        "chart_heatmap": "Qui a rencontré qui, par pays",
        "heatmap_desc": "Rencontres tenues entre organisations de deux pays",
        "chart_network": "Rencontres entre écosystèmes industriels",
        "network_desc": "Cercles : participants par écosystème ; lignes : rencontres tenues "
        "entre deux écosystèmes ; un nombre dans un cercle : rencontres au sein de "
        "l’écosystème",
        "chart_tables": "Occupation des tables, créneau par créneau",
        "legend_booked": "Réservées",
        "legend_held": "Tenues",
        "tables_of": "{n} tables",
        "slot": "Créneau",
        "no_data": "Pas encore de données.",
        "download": "Télécharger",
        "language": "Langue",
        "programme_title": "Programme : les événements côte à côte",
        "col_event": "Événement",
        "col_dates": "Dates",
        "col_countries": "Pays",
    },
    "bg": {
        "section_charts": "Графики",
        "chart_histogram": "Проведени срещи на участник",
        "axis_meetings": "Проведени срещи",
        "axis_participants": "Участници",
        "chart_heatmap": "Кой с кого се срещна, по държави",
        "heatmap_desc": "Проведени срещи между организации от две държави",
        "chart_network": "Срещи между индустриалните екосистеми",
        "network_desc": "Кръгове: участници по екосистема; линии: проведени срещи между две "
        "екосистеми; число в кръга: срещи в рамките на екосистемата",
        "chart_tables": "Използване на масите по часови интервали",
        "legend_booked": "Заети",
        "legend_held": "Проведени",
        "tables_of": "{n} маси",
        "slot": "Интервал",
        "no_data": "Все още няма данни.",
        "download": "Изтегляне",
        "language": "Език",
        "programme_title": "Програма: събитията едно до друго",
        "col_event": "Събитие",
        "col_dates": "Дати",
        "col_countries": "Държави",
    },
}


def words(language: str) -> Mapping[str, str]:
    """The page words of `language`, with the engine's labels under the same keys as there."""
    if language not in WORDS or language not in LANGUAGES:
        raise ValueError(
            f"report language {language!r} is not available; expected one of {', '.join(WORDS)}"
        )
    return {**LANGUAGES[language].labels, **WORDS[language]}
