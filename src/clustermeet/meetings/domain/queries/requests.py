"""A participant's requests, sent and received, each with the other side redacted, the
quota left, and the slots they could propose instead: a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.events.models import Slot
from clustermeet.meetings.domain.contacts import agreed_partner_ids
from clustermeet.meetings.domain.queries.profiles import RedactedProfile, redacted_profile
from clustermeet.meetings.domain.requests_policy import quota_left, slot_label
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request
from clustermeet.profiles.models import Participant, Unavailability


@dataclass(frozen=True)
class RequestLine:
    request: Request
    other: RedactedProfile
    proposed: str  # the proposed slot as the venue reads it; "" when none

    @property
    def pending(self) -> bool:
        return self.request.status == RequestStatus.PENDING

    @property
    def cancellable(self) -> bool:
        return self.request.status in (RequestStatus.PENDING, RequestStatus.ACCEPTED)


@dataclass(frozen=True)
class SlotChoice:
    pk: int
    label: str


@dataclass(frozen=True)
class MyRequests:
    sent: list[RequestLine]
    received: list[RequestLine]
    quota_left: int | None
    free_slots: list[SlotChoice]  # what the participant may propose: slots they are free in


_PERSON = ("user", "organisation")


def my_requests(participant: Participant) -> MyRequests:
    partners = agreed_partner_ids(participant)

    def line(request: Request, other: Participant) -> RequestLine:
        slot = request.proposed_slot
        return RequestLine(
            request,
            redacted_profile(participant, other, partners),
            slot_label(slot) if slot else "",
        )

    sent = Request.objects.filter(requester=participant).select_related(
        "event", "proposed_slot__event", *(f"requested__{f}" for f in _PERSON)
    )
    received = Request.objects.filter(requested=participant).select_related(
        "event", "proposed_slot__event", *(f"requester__{f}" for f in _PERSON)
    )
    away = Unavailability.objects.filter(participant=participant).values_list("slot_id")
    slots = (
        Slot.objects.filter(event_id=participant.event_id)
        .exclude(pk__in=away)
        .select_related("event")
        .order_by("start")
    )
    return MyRequests(
        sent=[line(r, r.requested) for r in sent.order_by("-created_at", "pk")],
        received=[line(r, r.requester) for r in received.order_by("-created_at", "pk")],
        quota_left=quota_left(participant),
        free_slots=[SlotChoice(s.pk, slot_label(s)) for s in slots],
    )
