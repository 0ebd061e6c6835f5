"""The funnel (horizontal bars, stage by stage) and the histogram of meetings per participant."""

from __future__ import annotations

from collections.abc import Mapping

from clustermeet.engine.reporting import FunnelSeries
from clustermeet.reports.charts.svg import BAR, GRID, frame, pairs, rect, text


def funnel_svg(series: FunnelSeries, words: Mapping[str, str]) -> str:
    """One bar per stage, its length the participants who reached it; the stage's own count
    (requests, meetings, agreements…) is written beside it."""
    title = words["section_funnel"]
    left, bar_width, row = 190, 330, 26
    top = 46
    height = top + row * len(series.labels) + 12
    widest = max(series.participants, default=0) or 1
    body = [
        text(left, top - 6, words["col_participants"], font_size=11),
        text(left + bar_width + 110, top - 6, words["col_count"], "end", font_size=11),
    ]
    for i, (label, people, items) in enumerate(
        zip(series.labels, series.participants, series.items, strict=True)
    ):
        y = top + i * row
        length = bar_width * people / widest
        body += [
            text(left - 8, y + 16, label, "end"),
            rect(left, y + 4, bar_width, row - 8, "#f2f2f2"),
            rect(left, y + 4, length, row - 8, BAR, data_value=people),
            text(left + length + 4, y + 16, people),
            text(left + bar_width + 110, y + 16, items, "end", font_weight="bold"),
        ]
    body.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - 12}" stroke="{GRID}"/>')
    desc = f"{words['col_participants']}: " + pairs(series.labels, series.participants)
    return frame("funnel", left + bar_width + 120, height, title, desc, body)


def histogram_svg(counts: tuple[int, ...], words: Mapping[str, str]) -> str:
    """counts[k] = participants with k held meetings; one bar per k from 0 to the largest."""
    title = words["chart_histogram"]
    left, top, plot_h, bar = 48, 40, 180, 30
    bins = max(len(counts), 1)
    width = left + bins * bar + 24
    highest = max(counts, default=0) or 1
    body = []
    for tick in sorted({0, highest // 2, highest}):
        y = top + plot_h - plot_h * tick / highest
        body += [
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 16}" y2="{y:.1f}" stroke="{GRID}"/>',
            text(left - 6, y + 4, tick, "end", font_size=11),
        ]
    for k, n in enumerate(counts):
        h = plot_h * n / highest
        x = left + k * bar
        body += [
            rect(x + 3, top + plot_h - h, bar - 6, h, BAR, data_value=n),
            text(x + bar / 2, top + plot_h + 14, k, "middle", font_size=11),
        ]
        if n:
            body.append(text(x + bar / 2, top + plot_h - h - 4, n, "middle", font_size=10))
    body += [
        text(left + bins * bar / 2, top + plot_h + 32, words["axis_meetings"], "middle"),
        text(
            14,
            top + plot_h / 2,
            words["axis_participants"],
            "middle",
            transform=f"rotate(-90 14 {top + plot_h / 2:.0f})",
        ),
    ]
    desc = f"{words['axis_meetings']} → {words['axis_participants']}: " + pairs(
        [str(k) for k in range(len(counts))], counts
    )
    return frame("histogram", max(width, 260), top + plot_h + 44, title, desc, body)
