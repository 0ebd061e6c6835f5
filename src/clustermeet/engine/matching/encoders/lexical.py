"""TF-IDF over crude stems: the scorer that needs no model, and the lexical half of the hybrid.

Rows are kept sparse in three flat arrays (no SciPy): a dot product against one dense query
row is a gather plus a segmented sum, fast enough for the 10,000-profile run.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP_WORDS = """and the for with from that this our their your are was were has have will can into
    des les une pour avec dans sur par est sont und der die das für mit von den ein eine
    oraz dla jest się nie które który del las los con por para una che per con
    offer request looking seek seeking need needs partner partners company"""
_STOP = frozenset(_STOP_WORDS.split())
STEM = 6  # prefix stemming: "inspection", "inspecting", "inspections" -> "inspec"


def tokens(text: str) -> list[str]:
    return [w[:STEM] for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP]


class SparseRows:
    """L2-normalised TF-IDF rows in CSR form."""

    def __init__(
        self,
        indptr: NDArray[np.int64],
        indices: NDArray[np.int64],
        data: NDArray[np.float32],
        width: int,
    ) -> None:
        self.indptr, self.indices, self.data, self.width = indptr, indices, data, width

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def dense(self, row: int) -> NDArray[np.float32]:
        out = np.zeros(self.width, dtype=np.float32)
        lo, hi = self.indptr[row], self.indptr[row + 1]
        out[self.indices[lo:hi]] = self.data[lo:hi]
        return out

    def dot(self, query: NDArray[np.float32], rows: NDArray[np.int64]) -> NDArray[np.float32]:
        """Cosine of one dense query row against the given rows."""
        if len(rows) == 0:
            return np.zeros(0, dtype=np.float32)
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        lengths = ends - starts
        if int(lengths.sum()) == 0:  # no shared vocabulary at all: reduceat needs one value
            return np.zeros(len(rows), dtype=np.float32)
        gather = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        gather += np.arange(int(lengths.sum()))
        products = query[self.indices[gather]] * self.data[gather]
        segment = np.repeat(np.arange(len(rows)), lengths)
        out: NDArray[np.float32] = np.bincount(
            segment, weights=products, minlength=len(rows)
        ).astype(np.float32)
        return out


class TfidfModel:
    """Fitted on the pool itself, so rare shared words (a technology name) weigh most."""

    name = "tfidf"

    def __init__(self, documents: Sequence[str]) -> None:
        bags = [Counter(tokens(d)) for d in documents]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        self.vocabulary = {term: i for i, term in enumerate(sorted(df))}
        n = len(documents)
        self.idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}

    def transform(self, documents: Sequence[str]) -> SparseRows:
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for doc in documents:
            bag = Counter(t for t in tokens(doc) if t in self.vocabulary)
            weights = {t: (1.0 + math.log(c)) * self.idf[t] for t, c in bag.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for term, w in sorted(weights.items(), key=lambda kv: self.vocabulary[kv[0]]):
                indices.append(self.vocabulary[term])
                data.append(w / norm)
            indptr.append(len(indices))
        return SparseRows(
            np.asarray(indptr, dtype=np.int64),
            np.asarray(indices, dtype=np.int64),
            np.asarray(data, dtype=np.float32),
            len(self.vocabulary),
        )
