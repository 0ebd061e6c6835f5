"""Stored participants as the matcher engine's plain profiles, and what they did at the event
as its feedback signals, each in a fixed number of queries."""

from __future__ import annotations

from clustermeet.engine.matching import Item, Profile
from clustermeet.engine.matching.feedback import (
    ACCEPTED,
    DECLINED_BY_ME,
    DECLINED_ME,
    GOOD_OUTCOME,
    POOR_OUTCOME,
    Signal,
)
from clustermeet.events.models import Event
from clustermeet.matchmaking.models import Mark
from clustermeet.meetings.enums import OutcomeKind, RequestStatus
from clustermeet.meetings.models import Outcome, Request
from clustermeet.profiles.enums import Registration
from clustermeet.profiles.models import Participant


def event_profiles(event: Event) -> list[Profile]:
    """The approved participants' profiles: nobody waiting for approval (or turned down) is
    recommended, or gets recommendations."""
    participants = (
        Participant.objects.filter(event=event, registration=Registration.APPROVED)
        .select_related("organisation", "delegation", "user")
        .prefetch_related("items")
        .order_by("pk")
    )
    return [as_profile(p) for p in participants]


def as_profile(participant: Participant) -> Profile:
    org = participant.organisation
    return Profile(
        id=str(participant.pk),
        name=org.name,
        organisation=str(org.pk),
        country=org.country,
        kind=org.kind,
        delegation=participant.delegation.name if participant.delegation else "",
        description=org.description,
        ecosystems=tuple(org.ecosystems),
        nace_codes=tuple(org.nace_codes),
        key_technologies=tuple(org.key_technologies),
        target_countries=tuple(participant.target_countries),
        items=tuple(
            Item(
                id=str(i.pk),
                kind=i.kind,
                title=i.title,
                description=i.description,
                language=i.language,
                keywords=tuple(i.keywords),
            )
            for i in participant.items.all()
        ),
    )


# Outcome kinds as feedback: a meeting that led somewhere, or nowhere ("informative" is
# neither).
_OUTCOME_SIGNALS = {
    OutcomeKind.COOPERATION_POSSIBLE: GOOD_OUTCOME,
    OutcomeKind.AGREEMENT: GOOD_OUTCOME,
    OutcomeKind.NONE: POOR_OUTCOME,
}


def event_signals(event: Event) -> list[Signal]:
    """What participants said and did, as the matcher's feedback signals: their marks, the
    requests they declined, saw declined or agreed to, and the outcomes they reported."""
    signals = [
        Signal(str(p), str(t), kind)
        for p, t, kind in Mark.objects.filter(participant__event=event).values_list(
            "participant", "target", "kind"
        )
    ]
    requests = Request.objects.filter(
        event=event, status__in=[RequestStatus.DECLINED, RequestStatus.ACCEPTED]
    )
    for requester, requested, status in requests.values_list("requester", "requested", "status"):
        a, b = str(requester), str(requested)
        if status == RequestStatus.DECLINED:
            signals += [Signal(b, a, DECLINED_BY_ME), Signal(a, b, DECLINED_ME)]
        else:
            signals += [Signal(a, b, ACCEPTED), Signal(b, a, ACCEPTED)]
    outcomes = Outcome.objects.filter(
        meeting__schedule__event=event, kind__in=list(_OUTCOME_SIGNALS)
    )
    for outcome in outcomes.prefetch_related("meeting__seats"):
        kind = _OUTCOME_SIGNALS[OutcomeKind(outcome.kind)]
        for seat in outcome.meeting.seats.all():
            if seat.participant_id != outcome.participant_id:
                signals.append(Signal(str(outcome.participant_id), str(seat.participant_id), kind))
    return signals
