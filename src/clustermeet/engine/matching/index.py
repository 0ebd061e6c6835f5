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
    def build(self, pool: Pool, partition: NDArray[np.str_] | None = None) -> None:
        """`partition`: a group per profile (its delegation) when only different groups may
        meet; the search then looks only among the other groups, so the policy does not
        throw away most of what it found."""
        ...

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

        index: Any = Index(
            ndim=base.shape[1], metric="ip", dtype="f32", expansion_search=max(128, 4 * k)
        )
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
    def __init__(self, backend: str = "exact", per_item: int = 20, per_profile: int = 10) -> None:
        self.backend = backend
        self.per_item = per_item  # neighbours of each item: the main paths
        self.per_profile = per_profile  # neighbours along the whole-profile paths
        self._lists: list[Ints] = []

    def build(self, pool: Pool, partition: NDArray[np.str_] | None = None) -> None:
        n = len(pool.profiles)
        found: list[list[Ints]] = [[] for _ in range(n)]
        if (
            pool.request_vectors is None
            or pool.offer_vectors is None
            or pool.profile_vectors is None
        ):
            self._lists = [np.arange(n, dtype=np.int64)] * n
            return
        profile_owner = np.arange(n, dtype=np.int64)
        descriptions = pool.description_vectors
        assert descriptions is not None
        k, k_profile = self.per_item, self.per_profile
        searches = (
            # A's requests -> offers, and -> whole profiles (a profile answers as a whole);
            # A's offers and A's profile -> requests (A answers them); profile -> profile.
            (pool.request_vectors, pool.request_owner, pool.offer_vectors, pool.offer_owner, k),
            (pool.request_vectors, pool.request_owner, descriptions, profile_owner, k_profile),
            (pool.offer_vectors, pool.offer_owner, pool.request_vectors, pool.request_owner, k),
            (descriptions, profile_owner, pool.request_vectors, pool.request_owner, k_profile),
            (pool.profile_vectors, profile_owner, pool.profile_vectors, profile_owner, k_profile),
        )
        for queries, query_owner, base, base_owner, wanted in searches:
            for query_rows, base_rows in _partitions(query_owner, base_owner, partition):
                hits = nearest(self.backend, base[base_rows], queries[query_rows], wanted)
                for row, neighbours in zip(query_rows, hits, strict=True):
                    chosen = base_rows[neighbours[neighbours >= 0]]
                    found[int(query_owner[row])].append(base_owner[chosen])
        self._lists = [np.unique(np.concatenate(f)) if f else np.zeros(0, np.int64) for f in found]

    def shortlist(self, a: int) -> Ints:
        return self._lists[a]


def _partitions(
    query_owner: Ints, base_owner: Ints, partition: NDArray[np.str_] | None
) -> list[tuple[Ints, Ints]]:
    """(query rows, base rows) to search: everything, or each group against the others
    (someone outside every group, "", searches and is found by all)."""
    everything = (np.arange(len(query_owner)), np.arange(len(base_owner)))
    if partition is None:
        return [everything]
    query_group, base_group = partition[query_owner], partition[base_owner]
    out = []
    for group in np.unique(query_group):
        query_rows = np.flatnonzero(query_group == group)
        if group == "":
            base_rows = everything[1]
        else:
            base_rows = np.flatnonzero((base_group != group) | (base_group == ""))
        out.append((query_rows, base_rows))
    return out
