"""Recommendations for every participant of a stored event, one card per organisation and
re-weighted by what each participant said and did at the event (marks, requests accepted or
declined, meeting outcomes), and the organiser's 'propose meetings' step that turns marks and
scores into weighted requests for the scheduler."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from django.db import transaction
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.engine.matching import CachedEncoder, Matcher, Policy, get_encoder
from clustermeet.engine.matching.cards import Card, recommend_cards
from clustermeet.engine.matching.encoders import DEFAULT_ENCODER, Encoder
from clustermeet.engine.matching.encoders.blend import BlendEncoder
from clustermeet.engine.matching.index import VectorShortlister
from clustermeet.engine.matching.matcher import Recommendation as EngineRecommendation
from clustermeet.engine.matching.matcher import single_threaded_blas
from clustermeet.engine.matching.preferences import Mark as EngineMark
from clustermeet.engine.matching.preferences import declined_pairs
from clustermeet.engine.matching.preferences import propose_requests as engine_proposals
from clustermeet.events.models import Event
from clustermeet.events.rules import require_organiser
from clustermeet.matchmaking.domain.profiles import event_profiles, event_signals
from clustermeet.matchmaking.domain.store import DatabaseVectorStore
from clustermeet.matchmaking.models import Mark, Recommendation
from clustermeet.meetings.enums import MeetingStatus, RequestStatus
from clustermeet.meetings.models import Meeting, Request
from clustermeet.profiles.models import Participant
from clustermeet.tasks.progress import Progress, each, no_progress

SHORTLIST_FROM = 2000  # participants; below this every pair is scored in full


@dataclass(frozen=True)
class RecommendationRun:
    participants: int
    stored: int
    encoded: int  # texts that went through the model (the rest came from the cache)
    encoder: str


def event_policy(event: Event) -> Policy:
    """The event's rule plus every pair people ruled out: a 'no thanks' on either side, a
    declined request, a meeting already held."""
    blocked: set[tuple[str, str]] = set()
    blocked |= declined_pairs(_engine_marks(event))
    declined = Request.objects.filter(event=event, status=RequestStatus.DECLINED)
    blocked |= {(str(a), str(b)) for a, b in declined.values_list("requester", "requested")}
    held = Meeting.objects.filter(schedule__event=event, status=MeetingStatus.HELD)
    for meeting in held.prefetch_related("seats"):
        seated = sorted(str(s.participant_id) for s in meeting.seats.all())
        blocked |= set(combinations(seated, 2))
    return Policy.build(event.meeting_policy, event.allowed_type_pairs, blocked)


def _engine_marks(event: Event) -> list[EngineMark]:
    marks = Mark.objects.filter(participant__event=event)
    return [
        EngineMark(str(p), str(t), k)
        for p, t, k in marks.values_list("participant", "target", "kind")
    ]


def _encoder(encoder: Encoder | str | None) -> CachedEncoder | BlendEncoder | None:
    if encoder is None or isinstance(encoder, str):
        loaded = get_encoder(encoder or DEFAULT_ENCODER)
    else:
        loaded = encoder
    if loaded is None:
        return None  # 'tfidf': lexical only, nothing to cache
    if isinstance(loaded, BlendEncoder):  # each part keeps its own cache, shared with others
        return loaded.map_parts(lambda part: CachedEncoder(part, DatabaseVectorStore(part.name)))
    return CachedEncoder(loaded, DatabaseVectorStore(loaded.name))


def compute_recommendations(
    event: Event,
    *,
    acting_user: User | None = None,
    top: int = 20,
    encoder: Encoder | str | None = None,
    progress: Progress = no_progress,
) -> RecommendationRun:
    """Replace the event's stored recommendations with freshly computed ones."""
    require_organiser(event, acting_user)
    profiles = event_profiles(event)
    cached = _encoder(encoder)
    shortlister = (
        VectorShortlister(_backend(len(profiles))) if len(profiles) >= SHORTLIST_FROM else None
    )
    matcher = Matcher(
        profiles,
        cached,
        policy=event_policy(event),
        shortlister=shortlister,
        feedback=event_signals(event),
    )
    now = timezone.now()
    name = cached.name if cached is not None else "tfidf"
    names = {pk: p.user.display_name for pk, p in _people(event).items()}
    rows = []
    with single_threaded_blas():
        for profile in each(profiles, progress, "matching", 0, 90, len(profiles)):
            for card in recommend_cards(matcher, profile.id, top):
                rec = card.person
                rows.append(
                    Recommendation(
                        event_id=event.pk,
                        participant_id=int(profile.id),
                        candidate_id=int(rec.profile_id),
                        rank=rec.rank,
                        score=rec.score,
                        forward=rec.forward,
                        backward=rec.backward,
                        explanation=_reason(card, names),
                        encoder=name,
                        computed_at=now,
                    )
                )
    progress("storing", 90, f"{len(rows)} recommendations")
    with transaction.atomic():
        Recommendation.objects.filter(participant__event=event).delete()
        Recommendation.objects.bulk_create(rows, batch_size=500)
    return RecommendationRun(
        len(profiles), len(rows), cached.encoded if cached is not None else 0, name
    )


def _people(event: Event) -> dict[int, Participant]:
    return Participant.objects.filter(event=event).select_related("user").in_bulk()


def _reason(card: Card, names: dict[int, str]) -> str:
    """The card's sentence, and the colleagues one could meet instead, by name."""
    if not card.colleagues:
        return card.reason
    others = ", ".join(names.get(int(c.profile_id), c.profile_id) for c in card.colleagues[:3])
    more = len(card.colleagues) - 3
    tail = f" and {more} more" if more > 0 else ""
    return f"{card.reason} Colleagues you could meet instead: {others}{tail}."


def _backend(size: int) -> str:
    """Exact search is as fast as HNSW up to ~10,000 participants (benchmarks/results);
    beyond, faiss when the bench extra is installed."""
    if size < 50_000:
        return "exact"
    try:
        import faiss  # noqa: F401
    except ImportError:
        return "exact"
    return "faiss"


def propose_requests(
    event: Event, *, acting_user: User | None, per_person: int = 5, min_score: float = 0.4
) -> list[Request]:
    """Turn marks and stored recommendations into pending requests, strongest first.
    Pairs that already have a request either way, or were ruled out, get none."""
    require_organiser(event, acting_user)
    stored = Recommendation.objects.filter(participant__event=event).order_by("participant", "rank")
    lists: dict[str, list[EngineRecommendation]] = {}
    for r in stored:
        lists.setdefault(str(r.participant_id), []).append(
            EngineRecommendation(
                str(r.candidate_id), r.rank, r.score, r.forward, r.backward, r.explanation, ()
            )
        )
    existing = {
        (str(a), str(b))
        for a, b in Request.objects.filter(event=event).values_list("requester", "requested")
    }
    policy = event_policy(event)
    proposals = [
        p
        for p in engine_proposals(
            lists,
            _engine_marks(event),
            per_person=per_person,
            min_score=min_score,
            existing=existing,
        )
        if frozenset((p.requester, p.requested)) not in policy.blocked
    ]
    now = timezone.now()
    people = Participant.objects.in_bulk(
        {int(x) for p in proposals for x in (p.requester, p.requested)}
    )
    created = [
        Request(
            event=event,
            requester=people[int(p.requester)],
            requested=people[int(p.requested)],
            priority=p.priority,
            status=RequestStatus.PENDING,
            created_at=now,
            message=f"Proposed by the organiser ({p.reason}; weight {p.weight:.2f})",
        )
        for p in proposals
    ]
    with transaction.atomic():
        Request.objects.bulk_create(created)
    return created
