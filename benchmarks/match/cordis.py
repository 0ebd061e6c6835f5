"""Link prediction on real H2020 consortia: does the structural part of the matcher's score
(score.structure: shared programme areas as ecosystems, past partner countries as target
countries) rank a hidden consortium partner above random organisations?

Profiles are built from projects that started before 2018 only; each test project started in
2018 or later, has at least three partners with such a history, and one of them is hidden.
The coordinator (or the first partner) asks; the hidden partner competes with 999 random
organisations that have a history. No text: CORDIS here has no names or descriptions.
"""

from __future__ import annotations

import csv
import gzip
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from clustermeet.engine.matching import Profile
from clustermeet.engine.matching.pool import build_pool
from clustermeet.engine.matching.score import structure

# ../shared beside the repository, as the project lays it out.
DATA = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "cordis-h2020-participations-eunets"
)
KINDS = {"PRC": "company", "HES": "research", "REC": "research", "PUB": "public", "OTH": "other"}


@dataclass
class LinkResult:
    projects: int
    candidates: int
    recall_at_10: float
    mrr: float
    auc: float
    random_recall_at_10: float
    random_mrr: float


Member = tuple[str, str, str, str]  # pic, role, type, country


def load(path: Path = DATA) -> tuple[dict[str, list[Member]], dict[str, set[str]], dict[str, int]]:
    projects: dict[str, list[Member]] = defaultdict(list)
    years: dict[str, int] = {}
    with gzip.open(path / "h2020.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            projects[row["rcn"]].append((row["pic"], row["role"], row["type"], row["country"]))
            year = row["start_year"]
            years[row["rcn"]] = int(year) if year.isdigit() else 0
    parts: dict[str, set[str]] = defaultdict(set)
    with gzip.open(path / "programme_parts.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            parts[row["rcn"]].add(row["programme_part"])
    return projects, parts, years


def run_link_prediction(
    n_projects: int = 500, n_candidates: int = 1000, seed: int = 3
) -> LinkResult:
    projects, parts, years = load()
    history_parts: dict[str, set[str]] = defaultdict(set)
    history_countries: dict[str, set[str]] = defaultdict(set)
    kind: dict[str, str] = {}
    country: dict[str, str] = {}
    for rcn, members in projects.items():
        for pic, _, typ, ctry in members:
            kind.setdefault(pic, KINDS.get(typ, "other"))
            country.setdefault(pic, ctry)
        if years[rcn] >= 2018 or years[rcn] == 0:  # 0: start year unknown, left out
            continue
        for pic, _, _, _ in members:
            history_parts[pic] |= parts.get(rcn, set())
            history_countries[pic] |= {c for p, _, _, c in members if p != pic}
    known = sorted(p for p in history_parts if history_parts[p])
    profiles = [
        Profile(
            id=p,
            name=p,
            organisation=p,
            country=country[p],
            kind=kind[p],
            ecosystems=tuple(sorted(history_parts[p])),
            target_countries=tuple(sorted(history_countries[p])),
        )
        for p in known
    ]
    pool = build_pool(profiles, None)
    index = pool.index_of()
    rng = random.Random(seed)
    tests = [
        rcn
        for rcn, members in projects.items()
        if years[rcn] >= 2018 and len({p for p, *_ in members if p in index}) >= 3
    ]
    rng.shuffle(tests)
    ranks, aucs = [], []
    for rcn in tests[:n_projects]:
        members = [m for m in projects[rcn] if m[0] in index]
        asker = next((m for m in members if m[1] == "coordinator"), members[0])[0]
        others = [p for p, *_ in members if p != asker]
        hidden = rng.choice(others)
        excluded = {p for p, *_ in members}
        distractors: set[str] = set()
        while len(distractors) < n_candidates - 1:
            pick = known[rng.randrange(len(known))]
            if pick not in excluded:
                distractors.add(pick)
        candidates = np.asarray([index[hidden]] + [index[d] for d in sorted(distractors)])
        scores = structure(pool, index[asker], candidates)
        target, rest = scores[0], scores[1:]
        # ties share the average rank, so a constant score ranks the hidden one at random
        rank = 1 + float((rest > target).sum()) + float((rest == target).sum()) / 2
        ranks.append(rank)
        aucs.append(float((rest < target).mean() + (rest == target).mean() / 2))
    r = np.asarray(ranks)
    expected = np.arange(1, n_candidates + 1)
    return LinkResult(
        projects=len(ranks),
        candidates=n_candidates,
        recall_at_10=float((r <= 10).mean()),
        mrr=float((1 / r).mean()),
        auc=float(np.mean(aucs)),
        random_recall_at_10=10 / n_candidates,
        random_mrr=float((1 / expected).mean()),
    )


if __name__ == "__main__":
    print(run_link_prediction())
