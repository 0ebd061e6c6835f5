"""Fusing the two directions of a pair into one score.

`forward` is how well B answers A's requests, `backward` how well A answers B's. A plain mean
lets a one-sided fit through; the harmonic mean makes a pair only as good as its weaker side.

The default, `reciprocal`, is the harmonic mean of the two sides' *interests*. A's interest
is `forward`. B's is `backward`, but at least the lead B gets by selling A what A asked for
(`LEAD` x `forward`): an offerer has reason to meet whoever requests its offer. So at equal
fit a pair that suits both sides outranks one that suits one side, and a candidate who only
needs A but answers none of A's needs ranks low. benchmarks/match compares all of them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from clustermeet.engine.matching.pool import Floats

_EPS = 1e-3
REQUESTER_WEIGHT = 0.7
LEAD = 0.8  # an offerer's interest in a requester it can serve, relative to the requester's


def harmonic(forward: Floats, backward: Floats) -> Floats:
    return weighted_harmonic(forward, backward, 0.5)


def weighted_harmonic(
    forward: Floats, backward: Floats, weight: float = REQUESTER_WEIGHT
) -> Floats:
    f, b = np.maximum(forward, _EPS), np.maximum(backward, _EPS)
    out: Floats = (1.0 / (weight / f + (1.0 - weight) / b)).astype(np.float32)
    return out


def reciprocal(forward: Floats, backward: Floats, lead: float = LEAD) -> Floats:
    return harmonic(forward, np.maximum(backward, lead * forward).astype(np.float32))


def geometric(forward: Floats, backward: Floats) -> Floats:
    out: Floats = np.sqrt(np.maximum(forward, 0) * np.maximum(backward, 0)).astype(np.float32)
    return out


def arithmetic(forward: Floats, backward: Floats) -> Floats:
    out: Floats = ((forward + backward) / 2).astype(np.float32)
    return out


def one_sided(forward: Floats, backward: Floats) -> Floats:
    return forward


FUSIONS: dict[str, Callable[[Floats, Floats], Floats]] = {
    "reciprocal": reciprocal,
    "weighted-harmonic": weighted_harmonic,
    "harmonic": harmonic,
    "geometric": geometric,
    "mean": arithmetic,
    "one-sided": one_sided,
}
DEFAULT_FUSION = "reciprocal"


def make_fusion(name: str, lead: float = LEAD) -> Callable[[Floats, Floats], Floats]:
    """The fusion called `name`; `lead` is reciprocal's offerer interest."""
    if name not in FUSIONS:
        raise ValueError(f"unknown fusion {name!r}; choose one of {', '.join(FUSIONS)}")
    if name == "reciprocal":
        return lambda forward, backward: reciprocal(forward, backward, lead)
    return FUSIONS[name]
