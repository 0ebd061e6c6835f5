"""The organiser's 'propose meetings' step in the console: a list of pairs to tick, then
agreed requests made on both people's behalf.

Decisions:
- A pair is proposed when neither has asked the other yet (any request either way, whatever
  its state) and either both want it (marks or recommendation lists, both ways) or its
  recommendation score reaches the organiser's threshold. A "no thanks", a declined request,
  a meeting already held or the event's who-may-meet-whom rule rule a pair out.
- Confirming one sends the request for the first person and accepts it for the second, with
  the request verbs (so the quota and the rules still apply), and tells both.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.engine.matching.matcher import Recommendation as EngineRecommendation
from clustermeet.engine.matching.preferences import propose_requests as engine_proposals
from clustermeet.events.models import Event
from clustermeet.events.rules import require_organiser
from clustermeet.matchmaking.domain.recommend import _engine_marks, event_policy
from clustermeet.matchmaking.models import Recommendation
from clustermeet.meetings.domain.notices import notify_after_commit
from clustermeet.meetings.domain.requests import respond_to_request, send_request
from clustermeet.meetings.domain.requests_policy import name, policy_refusal
from clustermeet.meetings.enums import Priority, RequestStatus
from clustermeet.meetings.models import Request
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class Proposal:
    requester: Participant
    requested: Participant
    priority: int  # the Request model's scale: 3 must meet, 2 meet, 1 recommended
    score: float  # the pair's recommendation score, the better direction; 0 if none
    mutual: bool  # both want it
    reason: str

    @property
    def key(self) -> str:
        """How the console's form names the pair: 'requester-requested'."""
        return f"{self.requester.pk}-{self.requested.pk}"


def meeting_proposals(
    event: Event, *, min_score: float = 0.4, per_person: int = 5
) -> list[Proposal]:
    """The pairs worth proposing, strongest first (a fixed number of queries)."""
    lists: dict[str, list[EngineRecommendation]] = {}
    scores: dict[frozenset[str], float] = {}
    stored = Recommendation.objects.filter(event=event).order_by("participant", "rank")
    for r in stored:
        a, b = str(r.participant_id), str(r.candidate_id)
        lists.setdefault(a, []).append(
            EngineRecommendation(b, r.rank, r.score, r.forward, r.backward, r.explanation, ())
        )
        scores[frozenset((a, b))] = max(scores.get(frozenset((a, b)), 0.0), r.score)
    existing = {
        (str(a), str(b))
        for a, b in Request.objects.filter(event=event).values_list("requester", "requested")
    }
    policy = event_policy(event)
    people = Participant.objects.filter(event=event).select_related("user", "organisation")
    by_id = {str(p.pk): p for p in people}
    found = []
    for p in engine_proposals(
        lists, _engine_marks(event), per_person=per_person, min_score=min_score, existing=existing
    ):
        pair = frozenset((p.requester, p.requested))
        score = scores.get(pair, 0.0)
        if pair in policy.blocked or not (p.mutual or score >= min_score):
            continue
        first, second = by_id[p.requester], by_id[p.requested]
        if policy_refusal(event, first, second) is None:
            found.append(Proposal(first, second, p.priority, round(score, 3), p.mutual, p.reason))
    return found


def confirm_proposal(
    requester: Participant,
    requested: Participant,
    *,
    acting_user: User | None,
    priority: int = Priority.NORMAL,
    reason: str = "",
) -> Request:
    """Make the pair's request agreed on both people's behalf and tell both."""
    event = requester.event
    require_organiser(event, acting_user)
    if requested.event_id != event.pk:
        raise ValidationError(_("Both people must take part in the same event."))
    if Request.objects.filter(requester=requested, requested=requester).exists():
        raise ValidationError(
            _("%(b)s has already asked to meet %(a)s; answer that request instead.")
            % {"a": name(requester), "b": name(requested)}
        )
    message = _("Proposed by the organisers (%(reason)s).") % {"reason": reason or "match"}
    with transaction.atomic():
        request = send_request(
            requester,
            requested,
            acting_user=acting_user,
            message=message,
            priority=priority,
            notify=False,  # both get this verb's one notice below
        )
        if request.status == RequestStatus.PENDING:
            request = respond_to_request(request, "accept", acting_user=acting_user, notify=False)
        record(
            "confirm_proposal",
            request,
            actor=acting_user,
            event=event,
            after={
                "requester": requester.pk,
                "requested": requested.pk,
                "priority": priority,
                "reason": reason,
            },
            on_behalf_of=requester.user,
        )
        subject = _("A meeting agreed for you at %(event)s") % {"event": event.name}
        for me, other in ((requester, requested), (requested, requester)):
            notify_after_commit(
                [me],
                subject,
                _(
                    "The organisers of %(event)s propose that you meet %(other)s (%(org)s); "
                    "the meeting is agreed on your behalf and will be placed in your agenda."
                )
                % {"event": event.name, "other": name(other), "org": other.organisation.name},
                kind=NoticeKind.REQUESTS,
            )
    return request
