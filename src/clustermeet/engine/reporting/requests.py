"""Meeting requests by status: how many were answered, and how fast."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from clustermeet.engine.reporting.inputs import EventData, RequestStatus


@dataclass(frozen=True)
class RequestCounts:
    """`unanswered`: still pending when the data were read; `expired`: left unanswered until
    their deadline. `median_response_hours` is over the accepted and declined requests that
    carry a response time; None when there is none."""

    total: int
    accepted: int
    declined: int
    unanswered: int
    expired: int
    cancelled: int
    median_response_hours: float | None

    @property
    def acceptance_rate(self) -> float | None:
        """Accepted among the answered (accepted + declined); None when none was answered."""
        answered = self.accepted + self.declined
        return self.accepted / answered if answered else None


def count_requests(data: EventData) -> RequestCounts:
    def count(status: RequestStatus) -> int:
        return sum(1 for r in data.requests if r.status == status)

    answered = (RequestStatus.ACCEPTED, RequestStatus.DECLINED)
    hours = [
        (r.responded - r.created).total_seconds() / 3600
        for r in data.requests
        if r.status in answered and r.responded is not None
    ]
    return RequestCounts(
        total=len(data.requests),
        accepted=count(RequestStatus.ACCEPTED),
        declined=count(RequestStatus.DECLINED),
        unanswered=count(RequestStatus.PENDING),
        expired=count(RequestStatus.EXPIRED),
        cancelled=count(RequestStatus.CANCELLED),
        median_response_hours=median(hours) if hours else None,
    )
