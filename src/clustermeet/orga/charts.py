"""A server-rendered SVG bar chart: people per number of meetings (no JavaScript)."""

from __future__ import annotations

from dataclasses import dataclass

WIDTH, HEIGHT, BASE = 480, 180, 150


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    x: float
    y: float
    width: float
    height: float


def histogram_bars(histogram: list[tuple[int, int]]) -> list[Bar]:
    """One bar per number of meetings from 0 to the most anyone got, scaled to the tallest."""
    if not histogram:
        return []
    counts = dict(histogram)
    top_k = max(counts)
    tallest = max(counts.values()) or 1
    slot = WIDTH / (top_k + 1)
    bars = []
    for k in range(top_k + 1):
        n = counts.get(k, 0)
        height = (BASE - 20) * n / tallest
        bars.append(Bar(str(k), n, k * slot + 2, BASE - height, max(slot - 4, 1), height))
    return bars
