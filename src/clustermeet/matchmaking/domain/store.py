"""The engine's vector-store interface backed by the EmbeddingCache table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from clustermeet.matchmaking.models import EmbeddingCache

BATCH = 500  # keys per query: SQLite allows at most 999 parameters


class DatabaseVectorStore:
    def __init__(self, encoder: str) -> None:
        self.encoder = encoder

    def get_many(self, keys: Iterable[str]) -> Mapping[str, bytes]:
        keys = list(keys)
        found: dict[str, bytes] = {}
        for start in range(0, len(keys), BATCH):
            rows = EmbeddingCache.objects.filter(content_hash__in=keys[start : start + BATCH])
            found.update((r.content_hash, bytes(r.vector)) for r in rows)
        return found

    def put_many(self, vectors: Mapping[str, bytes]) -> None:
        EmbeddingCache.objects.bulk_create(
            [
                EmbeddingCache(content_hash=k, encoder=self.encoder, vector=v)
                for k, v in vectors.items()
            ],
            ignore_conflicts=True,
            batch_size=BATCH,
        )
