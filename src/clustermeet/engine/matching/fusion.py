"""Fusing the two directions of a pair into one score.

`forward` is how well B answers A (A's view), `backward` how well A answers B. A plain mean
lets a one-sided fit through; the harmonic mean makes a pair only as good as its weaker side.
The weighted harmonic mean (the default) still demands both sides but leans towards the
person asking, whose list it is; benchmarks/match compares them all.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from clustermeet.engine.matching.pool import Floats

_EPS = 1e-3
REQUESTER_WEIGHT = 0.7


def harmonic(forward: Floats, backward: Floats) -> Floats:
    return weighted_harmonic(forward, backward, 0.5)


def weighted_harmonic(forward: Floats, backward: Floats, weight: float = REQUESTER_WEIGHT
                      ) -> Floats:
    f, b = np.maximum(forward, _EPS), np.maximum(backward, _EPS)
    out: Floats = (1.0 / (weight / f + (1.0 - weight) / b)).astype(np.float32)
    return out


def geometric(forward: Floats, backward: Floats) -> Floats:
    out: Floats = np.sqrt(np.maximum(forward, 0) * np.maximum(backward, 0)).astype(np.float32)
    return out


def arithmetic(forward: Floats, backward: Floats) -> Floats:
    out: Floats = ((forward + backward) / 2).astype(np.float32)
    return out


def one_sided(forward: Floats, backward: Floats) -> Floats:
    return forward


FUSIONS: dict[str, Callable[[Floats, Floats], Floats]] = {
    "weighted-harmonic": weighted_harmonic,
    "harmonic": harmonic,
    "geometric": geometric,
    "mean": arithmetic,
    "one-sided": one_sided,
}
DEFAULT_FUSION = "weighted-harmonic"
