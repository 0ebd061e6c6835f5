"""Who met whom by country: a symmetric grid, darker for more held meetings, each cell's
number written in it (white on the dark cells, so it keeps its contrast)."""

from __future__ import annotations

from collections.abc import Mapping

from clustermeet.engine.reporting import HeatMap
from clustermeet.reports.charts.svg import frame, rect, text

# From pale to dark blue; white text from index 3 on (contrast at least 4.5:1 either way).
SHADES = ("#f4f4f4", "#d4e3f5", "#a6c6ea", "#3d7cc4", "#1f5fa8", "#0b3c75")


def heatmap_svg(heat: HeatMap, words: Mapping[str, str]) -> str:
    title = words["chart_heatmap"]
    n = len(heat.codes)
    if n == 0:
        return frame("heatmap", 360, 60, title, words["no_data"], [text(8, 44, words["no_data"])])
    cell = 24 if n <= 20 else 16
    left = 8 + 7 * max(len(label) for label in heat.labels)
    top = 52
    highest = max((v for row in heat.counts for v in row), default=0) or 1
    body = []
    for j, code in enumerate(heat.codes):
        body.append(text(left + j * cell + cell / 2, top - 6, code, "middle", font_size=10))
    for i, label in enumerate(heat.labels):
        y = top + i * cell
        body.append(text(left - 6, y + cell / 2 + 4, label, "end", font_size=11))
        for j, value in enumerate(heat.counts[i]):
            shade = 0 if value == 0 else 1 + round(4 * (value - 1) / max(highest - 1, 1))
            x = left + j * cell
            body.append(
                rect(x, y, cell - 1, cell - 1, SHADES[shade], data_value=value)
                if value
                else rect(x, y, cell - 1, cell - 1, SHADES[0])
            )
            if value:
                fill = "#ffffff" if shade >= 3 else "#1a1a1a"
                body.append(
                    text(x + cell / 2, y + cell / 2 + 4, value, "middle", font_size=10, fill=fill)
                )
    cells = [
        f"{heat.labels[i]} – {heat.labels[j]}: {heat.counts[i][j]}"
        for i in range(n)
        for j in range(i, n)
        if heat.counts[i][j]
    ]
    desc = f"{words['heatmap_desc']}. " + ("; ".join(cells) or words["no_data"])
    return frame("heatmap", left + n * cell + 12, top + n * cell + 12, title, desc, body)
