"""Table use over the days: per slot, the tables booked (light) and those whose meeting was
held (dark), against the event's tables (the dashed line); one panel per day."""

from __future__ import annotations

from collections.abc import Mapping

from clustermeet.engine.reporting import DayUse
from clustermeet.reports.charts.svg import BAR, GRID, LIGHT, TEXT, frame, rect, text


def table_use_svg(days: tuple[DayUse, ...], words: Mapping[str, str], day_names: list[str]) -> str:
    """`day_names[i]` labels `days[i]` (a date in the report's language)."""
    title = words["chart_tables"]
    if not days:
        return frame("tables", 360, 60, title, words["no_data"], [text(8, 44, words["no_data"])])
    bar, top, plot_h, gap = 12, 80, 140, 28
    tables = max(d.tables for d in days) or 1
    body = [
        rect(8, 30, 12, 12, LIGHT, stroke=BAR),
        text(24, 40, words["legend_booked"], font_size=11),
        rect(110, 30, 12, 12, BAR),
        text(126, 40, words["legend_held"], font_size=11),
    ]
    x = 40
    desc_days = []
    for day, name in zip(days, day_names, strict=True):
        width = bar * len(day.slots)
        line_y = top + plot_h - plot_h * day.tables / tables
        body += [
            text(x, top - 14, name, font_size=11, font_weight="bold"),
            f'<line x1="{x}" y1="{line_y:.1f}" x2="{x + width}" y2="{line_y:.1f}" '
            f'stroke="{TEXT}" stroke-dasharray="4 3"/>',
            f'<line x1="{x}" y1="{top + plot_h}" x2="{x + width}" y2="{top + plot_h}" '
            f'stroke="{GRID}"/>',
        ]
        for k, (booked, held) in enumerate(zip(day.booked, day.held, strict=True)):
            bx = x + k * bar
            hb, hh = plot_h * booked / tables, plot_h * held / tables
            body.append(rect(bx + 1, top + plot_h - hb, bar - 2, hb, LIGHT, data_booked=booked))
            body.append(rect(bx + 1, top + plot_h - hh, bar - 2, hh, BAR, data_held=held))
        body.append(
            text(x, top + plot_h + 16, words["tables_of"].format(n=day.tables), font_size=10)
        )
        desc_days.append(
            f"{name}: {words['legend_booked']} {'/'.join(map(str, day.booked))}; "
            f"{words['legend_held']} {'/'.join(map(str, day.held))}"
        )
        x += max(width, 120) + gap
    body.insert(0, text(30, top + 4, tables, "end", font_size=10))
    return frame("tables", max(x + 8, 300), top + plot_h + 28, title, " | ".join(desc_days), body)
