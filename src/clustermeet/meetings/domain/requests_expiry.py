"""`expire_requests`: pending requests past their expiry end; a reminder the day before.

Run it now and then (a periodic task, or `clustermeet` by cron). A pending request holds a
place in its requester's quota; expiring it frees that place (and cancels any meeting not
yet held that it had, as cancelling does). The reminder goes once (`reminded_at`) to whoever
must act: the requested person, or the requester when the other side proposed another time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db import transaction

from clustermeet.accounts.domain.mail import send_now
from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Event
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.domain.request_notices import request_expired
from clustermeet.meetings.domain.requests import cancel_standing_meetings
from clustermeet.meetings.domain.requests_policy import name, slot_label
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request

REMIND_BEFORE = timedelta(days=1)


@dataclass
class ExpiryReport:
    expired: list[int] = field(default_factory=list)
    reminded: list[int] = field(default_factory=list)


def _remind(request: Request) -> None:
    local = request.expires_at.astimezone(request.event.tz) if request.expires_at else None
    when = f"{local:%d %b at %H:%M}" if local else "soon"
    if request.proposed_slot is not None:
        to, subject = request.requester, f"{name(request.requested)} proposed another time"
        body = (
            f"{name(request.requested)} proposed {slot_label(request.proposed_slot)} for your "
            f"meeting at {request.event.name}. Take it up before {when} or the request expires."
        )
    else:
        to, subject = request.requested, f"{name(request.requester)} asked to meet you"
        body = (
            f"{name(request.requester)} ({request.requester.organisation.name}) asked to meet "
            f"you at {request.event.name}. Answer before {when} or the request expires."
        )
    full = f"[{request.event.name}] {subject}"
    send_now([to.user], lambda _user: (full, body), kind=NoticeKind.EXPIRIES)


def expire_requests(
    event: Event, *, now: datetime, acting_user: User | None = None
) -> ExpiryReport:
    """Expire `event`'s pending requests past `expires_at`; remind those due within a day."""
    require_organiser(event, acting_user)
    report = ExpiryReport()
    with transaction.atomic():
        pending = (
            Request.objects.select_for_update(of=("self",), no_key=True)
            .filter(event=event, status=RequestStatus.PENDING, expires_at__isnull=False)
            .select_related(
                "event",
                "requester__user",
                "requester__organisation",
                "requested__user",
                "proposed_slot__event",
            )
            .order_by("expires_at", "pk")
        )
        for request in pending:
            assert request.expires_at is not None
            if request.expires_at <= now:
                request.status = RequestStatus.EXPIRED
                request.save(update_fields=["status"])
                cancelled = cancel_standing_meetings(request)
                request_expired(request)
                report.expired.append(request.pk)
                verb = "expire_request"
                before: dict[str, object] = {"status": RequestStatus.PENDING}
                after: dict[str, object] = {
                    "status": RequestStatus.EXPIRED,
                    "cancelled_meetings": cancelled,
                }
            elif request.expires_at - now <= REMIND_BEFORE and request.reminded_at is None:
                # Mail inside the transaction: a failed send rolls back and is tried next run.
                _remind(request)
                request.reminded_at = now
                request.save(update_fields=["reminded_at"])
                report.reminded.append(request.pk)
                verb, before, after = "remind_request", {"reminded_at": None}, {"reminded_at": now}
            else:
                continue
            record(verb, request, actor=acting_user, event=event, before=before, after=after)
    return report
