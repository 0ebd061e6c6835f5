"""Embeddings cached by content hash, so each text is encoded once per encoder and role.

The store is an interface: a dict in memory here, a database table in the Django app.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import numpy as np

from clustermeet.engine.matching.encoders.base import Encoder, Matrix, Role


def content_hash(encoder: str, role: Role, text: str) -> str:
    return hashlib.sha256(f"{encoder}\x1f{role}\x1f{text}".encode()).hexdigest()


class VectorStore(Protocol):
    def get_many(self, keys: Iterable[str]) -> Mapping[str, bytes]: ...

    def put_many(self, vectors: Mapping[str, bytes]) -> None: ...


class DictStore:
    def __init__(self) -> None:
        self.vectors: dict[str, bytes] = {}

    def get_many(self, keys: Iterable[str]) -> Mapping[str, bytes]:
        return {k: self.vectors[k] for k in keys if k in self.vectors}

    def put_many(self, vectors: Mapping[str, bytes]) -> None:
        self.vectors.update(vectors)


class CachedEncoder:
    """Wraps an encoder; only texts missing from the store reach the model."""

    def __init__(self, encoder: Encoder, store: VectorStore | None = None) -> None:
        self.inner = encoder
        self.store: VectorStore = store if store is not None else DictStore()
        self.encoded = 0  # texts that actually went through the model

    @property
    def name(self) -> str:
        return self.inner.name

    def encode(self, texts: Sequence[str], role: Role) -> Matrix:
        keys = [content_hash(self.name, role, t) for t in texts]
        found = dict(self.store.get_many(set(keys)))
        missing = sorted({(k, t) for k, t in zip(keys, texts, strict=True) if k not in found})
        if missing:
            rows = self.inner.encode([t for _, t in missing], role)
            self.encoded += len(missing)
            fresh = {
                k: row.astype(np.float32).tobytes()
                for (k, _), row in zip(missing, rows, strict=True)
            }
            self.store.put_many(fresh)
            found.update(fresh)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([np.frombuffer(found[k], dtype=np.float32) for k in keys])
