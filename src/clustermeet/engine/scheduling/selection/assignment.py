"""Minimum-cost assignment of rows to columns on a sparse cost list, in pure Python.

Each row lists the columns it may take with their costs (non-negative integers); every row
must also list a column of its own, so that a full assignment exists. Rows are added one at
a time along a shortest augmenting path (Dijkstra on reduced costs, with row and column
potentials): the result is an exact optimum. In a slot of seating most rows find a free
column at once, so this is close to linear there.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence


def min_cost_assignment(edges: Sequence[Sequence[tuple[int, int]]], n_columns: int) -> list[int]:
    """The column of each row in a full assignment of least total cost. Raises if a row
    cannot be given a column."""
    u = [0] * len(edges)  # row potentials
    v = [0] * n_columns  # column potentials
    row_of = [-1] * n_columns
    col_of = [-1] * len(edges)
    for s in range(len(edges)):
        dist: dict[int, int] = {}
        pred: dict[int, int] = {}
        done: dict[int, int] = {}  # column -> its final distance
        heap: list[tuple[int, int]] = []
        for c, cost in edges[s]:
            d = cost - u[s] - v[c]
            if d < dist.get(c, d + 1):
                dist[c], pred[c] = d, s
                heapq.heappush(heap, (d, c))
        target = -1
        reach = 0
        while heap:
            d, c = heapq.heappop(heap)
            if c in done or d > dist[c]:
                continue
            done[c] = d
            r = row_of[c]
            if r < 0:
                target, reach = c, d
                break
            for c2, cost in edges[r]:
                if c2 in done:
                    continue
                nd = d + cost - u[r] - v[c2]
                if nd < dist.get(c2, nd + 1):
                    dist[c2], pred[c2] = nd, r
                    heapq.heappush(heap, (nd, c2))
        if target < 0:
            raise ValueError(f"row {s} cannot be assigned")
        # Potentials keep every reduced cost >= 0 and those on matched pairs at 0.
        for c, d in done.items():
            if c == target:
                continue
            delta = reach - d
            v[c] -= delta
            u[row_of[c]] += delta
        u[s] += reach
        c = target
        while True:
            r = pred[c]
            previous = col_of[r]
            col_of[r], row_of[c] = c, r
            if r == s:
                break
            c = previous
    return col_of
