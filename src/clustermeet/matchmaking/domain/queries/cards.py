"""A participant's recommendation cards: the stored recommendations with their explanation,
the participant's mark on each candidate, and whether the two are already in touch; each
candidate through `redacted_profile`. A fixed number of queries, however many cards."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from clustermeet.matchmaking.models import Mark, Recommendation
from clustermeet.meetings.domain.contacts import agreed_partner_ids
from clustermeet.meetings.domain.queries.profiles import RedactedProfile, redacted_profile
from clustermeet.meetings.models import Request
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class RecommendationCard:
    recommendation: Recommendation
    candidate: RedactedProfile
    mark: str | None  # the MarkKind value, None when unmarked
    in_touch: bool  # a request either way already exists


def recommendation_cards(participant: Participant) -> list[RecommendationCard]:
    recommendations = Recommendation.objects.filter(participant=participant).select_related(
        "candidate__user", "candidate__organisation", "candidate__delegation"
    )
    marks = dict(Mark.objects.filter(participant=participant).values_list("target_id", "kind"))
    pairs = Request.objects.filter(Q(requester=participant) | Q(requested=participant))
    in_touch = {
        other
        for pair in pairs.values_list("requester_id", "requested_id")
        for other in pair
        if other != participant.pk
    }
    partners = agreed_partner_ids(participant)
    return [
        RecommendationCard(
            r,
            redacted_profile(participant, r.candidate, partners),
            marks.get(r.candidate_id),
            r.candidate_id in in_touch,
        )
        for r in recommendations.order_by("rank")
    ]
