"""The text-encoder interface: texts in, L2-normalised float32 rows out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Protocol

import numpy as np
from numpy.typing import NDArray

Role = Literal["query", "passage"]
Matrix = NDArray[np.float32]


class Encoder(Protocol):
    """`role` lets asymmetric models (e5) embed a need ('query') and an answer ('passage')
    differently; symmetric models ignore it."""

    @property
    def name(self) -> str: ...

    def encode(self, texts: Sequence[str], role: Role) -> Matrix: ...


def normalise(rows: NDArray[np.floating]) -> Matrix:
    rows = np.asarray(rows, dtype=np.float32)
    if rows.ndim == 1:
        rows = rows[None, :]
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Matrix = (rows / norms).astype(np.float32)
    return out
