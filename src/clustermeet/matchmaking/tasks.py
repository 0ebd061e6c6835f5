"""The matchmaking app's background tasks: one-line wrappers around its domain verbs."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from clustermeet.matchmaking.domain.recommend import compute_recommendations as recommend_verb
from clustermeet.tasks.adapter import task


@task("clustermeet.matchmaking.compute_recommendations")
def compute_recommendations(
    event: Any, *, acting_user: Any, progress: Any, **params: Any
) -> dict[str, Any]:
    return asdict(recommend_verb(event, acting_user=acting_user, progress=progress, **params))
