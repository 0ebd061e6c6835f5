"""Follow-up: one week and one month after the event, ask each participant whose meetings
were held to say (or update) what came of them, with a link straight to their outcomes.

The participant portal has no outcome form yet, so the link is the portal's home page with
an anchor for the event (`/me/#outcomes-SLUG`); `OUTCOMES_URL_NAME` names where it points.
Each participant gets each round once (a FollowUp row, unique per participant and round);
run late, the verb sends only the latest round that is due, never two e-mails at once.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Event
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.meetings.models import Seat
from clustermeet.profiles.models import Participant
from clustermeet.reports.domain.event_data import published_schedule
from clustermeet.reports.models import FollowUp, FollowUpRound

OUTCOMES_URL_NAME = "portal:home"


@dataclass(frozen=True)
class FollowUpResult:
    round: str | None  # None: no round is due yet
    sent: tuple[Participant, ...]
    already: int  # participants this round had reached before


def round_dates(event: Event) -> list[tuple[FollowUpRound, date]]:
    """One week and one calendar month after the event's last day (the 31st → month's end)."""
    end = event.end_date
    year, month = (end.year + 1, 1) if end.month == 12 else (end.year, end.month + 1)
    month_later = end.replace(
        year=year, month=month, day=min(end.day, calendar.monthrange(year, month)[1])
    )
    return [(FollowUpRound.WEEK, end + timedelta(days=7)), (FollowUpRound.MONTH, month_later)]


def due_round(event: Event, now: datetime) -> FollowUpRound | None:
    today = now.astimezone(event.tz).date()
    due = [kind for kind, day in round_dates(event) if day <= today]
    return due[-1] if due else None


def outcomes_link(event: Event, base_url: str) -> str:
    return f"{base_url.rstrip('/')}{reverse(OUTCOMES_URL_NAME)}#outcomes-{event.slug}"


def send_follow_up(
    event: Event, *, acting_user: User | None, now: datetime, base_url: str = ""
) -> FollowUpResult:
    """E-mail the round due at `now` to each participant with held meetings who has not had
    it; organisers (or the operator) only. The e-mails leave after the transaction commits."""
    require_organiser(event, acting_user)
    kind = due_round(event, now)
    if kind is None:
        return FollowUpResult(None, (), 0)
    schedule = published_schedule(event)
    if schedule is None:
        return FollowUpResult(kind.value, (), 0)
    with transaction.atomic():
        held = set(
            Seat.objects.filter(schedule=schedule, meeting__status=MeetingStatus.HELD).values_list(
                "participant_id", flat=True
            )
        )
        reached = set(
            FollowUp.objects.filter(event=event, round=kind).values_list(
                "participant_id", flat=True
            )
        )
        people = list(
            Participant.objects.filter(pk__in=held - reached).select_related("user").order_by("pk")
        )
        FollowUp.objects.bulk_create(
            [FollowUp(event=event, participant=p, round=kind, sent_at=now) for p in people]
        )
        for row in FollowUp.objects.filter(event=event, round=kind, participant__in=people):
            record(
                "send_follow_up",
                row,
                actor=acting_user,
                event=event,
                after={"participant": row.participant_id, "round": kind.value, "sent_at": now},
            )
        link = outcomes_link(event, base_url)
        mails = [(p.user.email, _body(event, p, kind, link)) for p in people if p.user.email]
        transaction.on_commit(lambda: _send(event, mails))
    return FollowUpResult(kind.value, tuple(people), len(reached & held))


def _body(event: Event, person: Participant, kind: FollowUpRound, link: str) -> str:
    when = "a week" if kind == FollowUpRound.WEEK else "a month"
    return (
        f"Dear {person.user.display_name},\n\n"
        f"It is {when} since {event.name}. What came of your meetings? Say it (or update "
        f"what you said) here:\n\n{link}\n\n"
        "Your answers count in the event's report; your organisation is named there only if "
        "you agreed to it.\n"
    )


def _send(event: Event, mails: list[tuple[str, str]]) -> None:
    subject = f"{event.name}: what came of your meetings?"
    for address, body in mails:
        send_mail(subject, body, None, [address], fail_silently=True)
