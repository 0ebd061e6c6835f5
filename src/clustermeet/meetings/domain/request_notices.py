"""E-mails about requests: the requested side hears of a request, the requester of every
answer, both of an expiry. Written in each person's language, sent after commit, and only to
those who did not switch the kind off (requests received, answers, expiries)."""

from __future__ import annotations

from django.utils.translation import gettext

from clustermeet.accounts.enums import NoticeKind
from clustermeet.meetings.domain.notices import notify_after_commit
from clustermeet.meetings.domain.requests_policy import name, slot_label
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request


def _values(request: Request) -> dict[str, str]:
    return {
        "event": request.event.name,
        "requester": name(request.requester),
        "requested": name(request.requested),
        "message": request.message,
    }


def request_sent(request: Request) -> None:
    """To the requested side; a request accepted at once (automatic mode, a mutual wish) is an
    agreed meeting for both."""
    if request.status == RequestStatus.ACCEPTED:
        notify_after_commit(
            [request.requester, request.requested],
            lambda: gettext("%(event)s: a meeting is agreed") % _values(request),
            lambda: (
                gettext(
                    "%(requester)s and %(requested)s have agreed to meet at %(event)s; the meeting "
                    "will be placed in both agendas."
                )
                % _values(request)
            ),
            kind=NoticeKind.ANSWERS,
        )
        return

    def body() -> str:
        text = gettext("%(requester)s asks to meet you at %(event)s.") % _values(request)
        if request.message:
            text += "\n\n" + gettext("Their message: %(message)s") % _values(request)
        return (
            text
            + "\n\n"
            + gettext("Answer on your requests page: accept, decline or propose another time.")
        )

    notify_after_commit(
        [request.requested],
        lambda: gettext("%(event)s: %(requester)s asks to meet you") % _values(request),
        body,
        kind=NoticeKind.REQUESTS,
    )


def request_answered(request: Request, answer: str) -> None:
    """To the requester: accepted, declined, or another time proposed."""

    def body() -> str:
        values = _values(request)
        if answer == "accept":
            return gettext("%(requested)s accepted your request to meet at %(event)s.") % values
        if answer == "decline":
            return gettext("%(requested)s declined your request to meet at %(event)s.") % values
        assert request.proposed_slot is not None
        return gettext(
            "%(requested)s proposes another time, %(when)s, for your meeting at %(event)s; "
            "take it up on your requests page."
        ) % {**values, "when": slot_label(request.proposed_slot)}

    notify_after_commit(
        [request.requester],
        lambda: gettext("%(event)s: an answer from %(requested)s") % _values(request),
        body,
        kind=NoticeKind.ANSWERS,
    )


def proposal_taken(request: Request) -> None:
    """To the requested side: the requester took up the time they proposed."""
    notify_after_commit(
        [request.requested],
        lambda: gettext("%(event)s: an answer from %(requester)s") % _values(request),
        lambda: (
            gettext("%(requester)s accepted the time you proposed at %(event)s.") % _values(request)
        ),
        kind=NoticeKind.ANSWERS,
    )


def request_expired(request: Request) -> None:
    """To both sides: the request expired unanswered and holds nothing any more."""
    notify_after_commit(
        [request.requester, request.requested],
        lambda: gettext("%(event)s: a request expired") % _values(request),
        lambda: (
            gettext(
                "The request of %(requester)s to meet %(requested)s at %(event)s expired without "
                "an answer; it no longer holds any time."
            )
            % _values(request)
        ),
        kind=NoticeKind.EXPIRIES,
    )
