"""The ecosystem network: ecosystems on a circle, sized by participants, joined by lines as
thick as the held meetings between them; meetings within one ecosystem are its circle's number."""

from __future__ import annotations

import math
from collections.abc import Mapping

from clustermeet.engine.reporting import Network
from clustermeet.reports.charts.svg import BAR, TEXT, frame, text


def network_svg(network: Network, words: Mapping[str, str]) -> str:
    title = words["chart_network"]
    nodes = [(name, people) for name, people in network.nodes if people or _linked(network, name)]
    if not nodes:
        return frame("network", 360, 60, title, words["no_data"], [text(8, 44, words["no_data"])])
    size, radius = 480, 165
    # Room beside the circle for the longest label (about 6.5 px a character at 11 px).
    margin = 16 + round(6.5 * max(len(_label(name, people)) for name, people in nodes))
    cx, cy = size / 2, size / 2 + 10
    where = {}
    for k, (name, _) in enumerate(nodes):
        angle = 2 * math.pi * k / len(nodes) - math.pi / 2
        where[name] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    strongest = max((n for a, b, n in network.edges if a != b), default=1)
    body = []
    within = {a: n for a, b, n in network.edges if a == b}
    for a, b, n in network.edges:
        if a == b or a not in where or b not in where:
            continue
        (x1, y1, _), (x2, y2, _) = where[a], where[b]
        body.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{BAR}" '
            f'stroke-opacity="0.55" stroke-width="{1 + 7 * n / strongest:.1f}" '
            f'data-edge="{a}|{b}" data-value="{n}"/>'
        )
    largest = max((people for _, people in nodes), default=1) or 1
    for name, people in nodes:
        x, y, angle = where[name]
        r = 8 + 16 * math.sqrt(people / largest)
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#ffffff" stroke="{TEXT}" '
            f'stroke-width="1.5" data-node="{name}" data-value="{people}"/>'
        )
        if within.get(name):
            body.append(text(x, y + 4, within[name], "middle", font_size=10, font_weight="bold"))
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        body.append(text(lx, ly + 4, _label(name, people), anchor, font_size=11))
    links = [f"{a} – {b}: {n}" for a, b, n in network.edges]
    desc = f"{words['network_desc']}. " + ("; ".join(links) or words["no_data"])
    return frame(
        "network",
        size + 2 * margin,
        size + 20,
        title,
        desc,
        [f'<g transform="translate({margin} 0)">', *body, "</g>"],
    )


def _linked(network: Network, name: str) -> bool:
    return any(name in (a, b) for a, b, _ in network.edges)


def _label(name: str, people: int) -> str:
    """Long ecosystem names are cut (the full names are in <desc> and in the tables)."""
    short = name if len(name) <= 24 else name[:23].rstrip() + "…"
    return f"{short} ({people})"
