"""Whether one participant may send a request to another: the event's rules, in sentences.

Each check returns the sentence a participant reads when the request is refused, or None.
Decisions:
- never oneself, never within one organisation, and the event's who-may-meet-whom policy
  (the same reading as the matcher's `engine.matching.policy`: someone outside every
  delegation may meet anyone);
- a "no thanks" mark by the requested person on the requester blocks the request; the
  sentence does not say so (marks are private), it says the person takes no request from you;
- the quota counts the requester's pending and accepted requests;
- only approved participants send and receive requests: a registration waiting for the
  organisers' approval, or turned down, takes part in nothing yet.
"""

from __future__ import annotations

from django.utils.translation import gettext

from clustermeet.events.enums import MeetingPolicy
from clustermeet.events.models import Event, Slot
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request
from clustermeet.profiles.enums import Registration
from clustermeet.profiles.models import Participant

MESSAGE_MAX = 1000  # characters; a request's note, not a letter

HOLDING = (RequestStatus.PENDING, RequestStatus.ACCEPTED)  # what counts against the quota


def name(person: Participant) -> str:
    """How others read a person: their name, never their e-mail address (which is private)."""
    return str(person.user.get_full_name()) or f"Someone from {person.organisation.name}"


def slot_label(slot: Slot) -> str:
    """A slot as people at the venue read it: '10:20 on Wed 5 Jun'."""
    local = slot.start.astimezone(slot.event.tz)
    return f"{local:%H:%M} on {local:%a} {local.day} {local:%b}"


def policy_refusal(event: Event, me: Participant, other: Participant) -> str | None:
    """Why `me` may not meet `other` at `event`, or None when they may."""
    if other.event_id != event.pk or me.event_id != event.pk:
        return "Both people must take part in the same event."
    if me.pk == other.pk:
        return "You cannot send a request to yourself."
    refusal = registration_refusal(me, other)
    if refusal:
        return refusal
    if me.organisation_id == other.organisation_id:
        return (
            f"This event arranges meetings between organisations: {name(other)} is in "
            "your organisation."
        )
    policy = event.meeting_policy
    if (
        policy == MeetingPolicy.ACROSS_DELEGATIONS
        and me.delegation_id is not None
        and me.delegation_id == other.delegation_id
    ):
        return (
            f"This event only arranges meetings across delegations: {name(other)} is in "
            "your delegation."
        )
    if policy == MeetingPolicy.TYPE_PAIRS:
        kinds = {me.organisation.kind, other.organisation.kind}
        allowed = [set(pair) for pair in event.allowed_type_pairs]
        if kinds not in allowed:
            pairs = "; ".join(" with ".join(sorted(p)) for p in allowed) or "none"
            return (
                "This event only arranges meetings between these types of organisation: "
                f"{pairs}. {name(other)} is from a {other.organisation.get_kind_display().lower()}"
                f" and you are from a {me.organisation.get_kind_display().lower()}."
            )
    return None


def registration_refusal(me: Participant, other: Participant) -> str | None:
    """Requests go between approved participants only."""
    if me.registration == Registration.PENDING:
        return gettext(
            "Your registration is waiting for the organisers' approval: you can send requests "
            "once they have approved it."
        )
    if me.registration == Registration.REJECTED:
        return gettext(
            "The organisers did not accept your registration, so you cannot send requests."
        )
    if other.registration != Registration.APPROVED:
        return gettext(
            "%(name)s cannot receive requests yet: their registration is not approved by the "
            "organisers."
        ) % {"name": name(other)}
    if not other.user.is_active:  # the account was deleted (its name erased) or closed
        return gettext("This person no longer takes part in the event.")
    return None


# matchmaking sits above meetings (its recommendations read requests and meetings), so a
# mark is read here through the participant's reverse relation, by its stored value.
NO_THANKS = "no_thanks"


def declined_by_mark(me: Participant, other: Participant) -> str | None:
    if other.marks.filter(target=me, kind=NO_THANKS).exists():
        return f"{name(other)} is not taking meeting requests from you at this event."
    return None


def pair_refusal(
    mine: Request | None, theirs: Request | None, requested: Participant
) -> str | None:
    """What the two requests between a pair already say (`mine` is the requester's)."""
    if mine is not None and mine.status in HOLDING:
        return (
            f"You have already asked to meet {name(requested)} "
            f"({mine.get_status_display().lower()})."
        )
    if mine is not None and mine.status == RequestStatus.DECLINED:
        return f"{name(requested)} declined your request to meet."
    if theirs is not None and theirs.status == RequestStatus.ACCEPTED:
        return f"You already meet {name(requested)}: you accepted their request."
    return None


def quota_left(me: Participant) -> int | None:
    """How many more requests `me` may send; None when the event sets no limit."""
    quota = me.event.request_quota
    if quota is None:
        return None
    held = Request.objects.filter(requester=me, status__in=HOLDING).count()
    return max(quota - held, 0)


def quota_refusal(me: Participant) -> str | None:
    if quota_left(me) == 0:
        return (
            f"You have sent {me.event.request_quota} requests, the most this event allows; "
            "cancel a pending one to send another."
        )
    return None


def message_refusal(message: str) -> str | None:
    if len(message) > MESSAGE_MAX:
        return f"Your message has {len(message)} characters; keep it to {MESSAGE_MAX} at most."
    return None
