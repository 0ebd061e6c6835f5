"""Follow-up: one week and one month after the event, ask each participant whose meetings
were held to say (or update) what came of them, with a link straight to their outcomes.

The link goes straight to the participant's agenda, where each held meeting has its
outcome form (`OUTCOMES_URL_NAME`). Each e-mail is written in the person's own language.
Each participant gets each round once (a FollowUp row, unique per participant and round);
run late, the verb sends only the latest round that is due, never two e-mails at once.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext

from clustermeet.accounts.domain.mail import send_after_commit
from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Event
from clustermeet.events.rules import require_organiser
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.meetings.models import Seat
from clustermeet.profiles.models import Participant
from clustermeet.reports.domain.event_data import published_schedule
from clustermeet.reports.models import FollowUp, FollowUpRound

OUTCOMES_URL_NAME = "portal:agenda"


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
    return f"{base_url.rstrip('/')}{reverse(OUTCOMES_URL_NAME, args=[event.slug])}"


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
        send_after_commit(
            [p.user for p in people], lambda user: _mail(event, user, kind, link), kind=None
        )
    return FollowUpResult(kind.value, tuple(people), len(reached & held))


def _mail(event: Event, user: User, kind: FollowUpRound, link: str) -> tuple[str, str]:
    """Subject and body, in the language active for `user` (send_after_commit sets it)."""
    values = {"name": user.display_name, "event": event.name, "link": link}
    if kind == FollowUpRound.WEEK:
        opening = gettext("It is a week since %(event)s.") % values
    else:
        opening = gettext("It is a month since %(event)s.") % values
    body = (
        gettext("Dear %(name)s,") % values
        + "\n\n"
        + opening
        + " "
        + gettext("What came of your meetings? Say it (or update what you said) here:\n\n%(link)s")
        % values
        + "\n\n"
        + gettext(
            "Your answers count in the event's report; your organisation is named there only "
            "if you agreed to it."
        )
        + "\n"
    )
    return gettext("%(event)s: what came of your meetings?") % values, body
