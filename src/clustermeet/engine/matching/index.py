"""Shortlisting for large pools: nearest-neighbour search finds, for every profile, the few
hundred candidates worth scoring in full, along the paths the scorer takes: requests ->
offers and whole profiles, offers and profile -> requests, profile -> profile.
Backends: exact numpy (no extra package), faiss HNSW or usearch HNSW."""

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
    def __init__(self, backend: str = "exact", per_item: int = 30) -> None:
        self.backend = backend
        self.per_item = per_item  # neighbours per searched text
        self._lists: list[Ints] = []

    def build(self, pool: Pool) -> None:
        n = len(pool.profiles)
        found: list[list[Ints]] = [[] for _ in range(n)]
        if pool.request_vectors is None or pool.offer_vectors is None \
                or pool.profile_vectors is None:
            self._lists = [np.arange(n, dtype=np.int64)] * n
            return
        profile_owner = np.arange(n, dtype=np.int64)
        descriptions = pool.description_vectors
        assert descriptions is not None
        searches = (
            # A's requests -> offers, and -> whole profiles (a profile answers as a whole);
            # A's offers and A's profile -> requests (A answers them); profile -> profile.
            (pool.request_vectors, pool.request_owner, pool.offer_vectors, pool.offer_owner),
            (pool.request_vectors, pool.request_owner, descriptions, profile_owner),
            (pool.offer_vectors, pool.offer_owner, pool.request_vectors, pool.request_owner),
            (descriptions, profile_owner, pool.request_vectors, pool.request_owner),
            (pool.profile_vectors, profile_owner, pool.profile_vectors, profile_owner),
        )
        for queries, query_owner, base, base_owner in searches:
            hits = nearest(self.backend, base, queries, self.per_item)
            for row, neighbours in enumerate(hits):
                found[int(query_owner[row])].append(base_owner[neighbours[neighbours >= 0]])
        self._lists = [np.unique(np.concatenate(f)) if f else np.zeros(0, np.int64)
                       for f in found]

    def shortlist(self, a: int) -> Ints:
        return self._lists[a]
