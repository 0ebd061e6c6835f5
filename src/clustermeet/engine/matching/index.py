"""Shortlisting for large pools: nearest-neighbour search finds, for every profile, the few
hundred candidates worth scoring in full (requests -> offers, offers -> requests, profile ->
profile). Backends: exact numpy (default, no extra package), usearch or faiss HNSW."""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from clustermeet.engine.matching.encoders.base import Matrix
from clustermeet.engine.matching.pool import Ints, Pool

BACKENDS = ("exact", "usearch", "faiss")


class Shortlister(Protocol):
    def build(self, pool: Pool) -> None: ...

    def shortlist(self, a: int) -> Ints: ...


def nearest(backend: str, base: Matrix, queries: Matrix, k: int) -> NDArray[np.int64]:
    """Rows of `base` closest (inner product) to each query; -1 pads short answers."""
    k = min(k, len(base))
    if k == 0 or len(queries) == 0:
        return np.zeros((len(queries), 0), dtype=np.int64)
    if backend == "exact":
        out = np.empty((len(queries), k), dtype=np.int64)
        for start in range(0, len(queries), 2048):  # bounded memory: 2048 x N floats at a time
            block = queries[start : start + 2048] @ base.T
            out[start : start + 2048] = np.argpartition(-block, k - 1, axis=1)[:, :k]
        return out
    if backend == "usearch":
        from usearch.index import Index

        index: Any = Index(ndim=base.shape[1], metric="ip", dtype="f32",
                           expansion_search=max(128, 4 * k))
        index.add(np.arange(len(base)), base)
        keys = np.asarray(index.search(queries, k).keys, dtype=np.int64)
        return keys.reshape(len(queries), -1)
    if backend == "faiss":
        import faiss

        hnsw: Any = faiss.IndexHNSWFlat(base.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = 80
        hnsw.hnsw.efSearch = max(128, 4 * k)
        hnsw.add(np.ascontiguousarray(base))
        _, ids = hnsw.search(np.ascontiguousarray(queries), k)
        return np.asarray(ids, dtype=np.int64)
    raise ValueError(f"unknown index backend {backend!r}; choose one of {', '.join(BACKENDS)}")


class VectorShortlister:
    def __init__(self, backend: str = "exact", per_item: int = 30, per_profile: int = 30) -> None:
        self.backend = backend
        self.per_item = per_item
        self.per_profile = per_profile
        self._lists: list[Ints] = []

    def build(self, pool: Pool) -> None:
        n = len(pool.profiles)
        found: list[list[Ints]] = [[] for _ in range(n)]
        if pool.request_vectors is None or pool.offer_vectors is None \
                or pool.profile_vectors is None:
            self._lists = [np.arange(n, dtype=np.int64)] * n
            return
        pairs = (
            # A's requests -> offers (owners answer A); A's offers -> requests (A answers them)
            (pool.request_vectors, pool.request_owner, pool.offer_vectors, pool.offer_owner),
            (pool.offer_vectors, pool.offer_owner, pool.request_vectors, pool.request_owner),
        )
        for queries, query_owner, base, base_owner in pairs:
            hits = nearest(self.backend, base, queries, self.per_item)
            for row, neighbours in enumerate(hits):
                found[int(query_owner[row])].append(base_owner[neighbours[neighbours >= 0]])
        hits = nearest(self.backend, pool.profile_vectors, pool.profile_vectors,
                       self.per_profile)
        for a, neighbours in enumerate(hits):
            found[a].append(neighbours[neighbours >= 0])
        self._lists = [np.unique(np.concatenate(f)) if f else np.zeros(0, np.int64)
                       for f in found]

    def shortlist(self, a: int) -> Ints:
        return self._lists[a]
