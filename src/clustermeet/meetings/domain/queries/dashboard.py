"""A participant's dashboard: requests sent and received (with the quota left) and agenda,
every other person shown through `redacted_profile`."""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.meetings.domain.agenda import agenda
from clustermeet.meetings.domain.contacts import agreed_partner_ids
from clustermeet.meetings.domain.queries.profiles import RedactedProfile, redacted_profile
from clustermeet.meetings.domain.requests_policy import quota_left
from clustermeet.meetings.models import Meeting, Request
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class RequestLine:
    request: Request
    other: RedactedProfile


@dataclass(frozen=True)
class AgendaLine:
    meeting: Meeting
    partners: list[RedactedProfile]


@dataclass(frozen=True)
class Dashboard:
    participant: Participant
    sent: list[RequestLine]
    received: list[RequestLine]
    quota_left: int | None  # None: the event sets no limit
    agenda: list[AgendaLine]

    @property
    def in_touch(self) -> set[int]:
        """People with a request either way (recommendations mark them)."""
        return {line.other.pk for line in self.sent + self.received}


_PERSON = ("user", "organisation")


def dashboard(participant: Participant) -> Dashboard:
    partners = agreed_partner_ids(participant)

    def shown(other: Participant) -> RedactedProfile:
        return redacted_profile(participant, other, partners)

    sent = participant.sent_requests.select_related(*(f"requested__{f}" for f in _PERSON))
    received = participant.received_requests.select_related(*(f"requester__{f}" for f in _PERSON))
    return Dashboard(
        participant=participant,
        sent=[RequestLine(r, shown(r.requested)) for r in sent],
        received=[RequestLine(r, shown(r.requester)) for r in received],
        quota_left=quota_left(participant),
        agenda=[
            AgendaLine(entry.meeting, [shown(p) for p in entry.partners])
            for entry in agenda(participant)
        ],
    )
