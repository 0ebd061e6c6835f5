"""What a participant reads before and after sending a request: the event's policy in
sentences, and whether a request to someone would be refused now (and why).

`request_refusal` reads what `send_request` checks, without locking, so a page can say so
before anyone types a message; `send_request` still checks again when it runs.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from clustermeet.events.enums import MeetingPolicy, OrganisationType, RequestMode
from clustermeet.events.models import Event
from clustermeet.meetings.domain.requests_policy import (
    declined_by_mark,
    pair_refusal,
    policy_refusal,
    quota_refusal,
)
from clustermeet.meetings.models import Request
from clustermeet.profiles.models import Participant


def _kind(value: str) -> str:
    return str(OrganisationType(value).label).lower() if value in OrganisationType.values else value


def who_may_meet(event: Event) -> str:
    if event.meeting_policy == MeetingPolicy.ACROSS_DELEGATIONS:
        return _(
            "At this event, meetings are arranged only between people of different "
            "delegations, and never within one organisation."
        )
    if event.meeting_policy == MeetingPolicy.TYPE_PAIRS:
        pairs = "; ".join(
            _("%(a)s with %(b)s") % {"a": _kind(a), "b": _kind(b)}
            for a, b in event.allowed_type_pairs
        )
        return _(
            "At this event, meetings are arranged only between these types of "
            "organisation: %(pairs)s."
        ) % {"pairs": pairs or _("none yet")}
    return _("At this event, anyone may meet anyone from another organisation.")


def policy_summary(event: Event) -> list[str]:
    """The event's request rules, one sentence each: who may meet whom, the request mode, the
    quota and the expiry."""
    sentences = [who_may_meet(event)]
    if event.request_mode == RequestMode.AUTOMATIC:
        sentences.append(_("A request is accepted at once: the other person need not answer."))
    else:
        sentences.append(_("A request becomes a meeting only once the other person accepts it."))
    if event.request_quota is not None:
        sentences.append(
            ngettext(
                "Each participant may have %(n)d request pending or accepted at a time.",
                "Each participant may have %(n)d requests pending or accepted at a time.",
                event.request_quota,
            )
            % {"n": event.request_quota}
        )
    if event.request_expiry_days:
        sentences.append(
            ngettext(
                "A request not answered within %(n)d day expires.",
                "A request not answered within %(n)d days expires.",
                event.request_expiry_days,
            )
            % {"n": event.request_expiry_days}
        )
    return sentences


def request_refusal(requester: Participant, requested: Participant) -> str | None:
    """The sentence `send_request` would refuse with now, or None when it would send."""
    refusal = policy_refusal(requester.event, requester, requested)
    if refusal:
        return refusal
    pair = list(
        Request.objects.filter(
            requester__in=(requester, requested), requested__in=(requester, requested)
        )
    )
    mine = next((r for r in pair if r.requester_id == requester.pk), None)
    theirs = next((r for r in pair if r.requester_id == requested.pk), None)
    return (
        pair_refusal(mine, theirs, requested)
        or declined_by_mark(requester, requested)
        or quota_refusal(requester)
    )
