"""`erase_account`: "Delete my account". The person's data goes; what the event's statistics
count stays, anonymised.

Erased or replaced: the account's names and e-mail (it can no longer sign in), each
participation's job title, phone, languages, target countries, time zone, consent to be
named (withdrawn) and calendar link; their items' titles and texts; the messages they wrote
with their requests; the comments of their outcomes; recommendations made for or about them
(derived data, recomputed from profiles); and those texts where the audit log copied them
(the entries of their outcomes and of the requests they sent). Kept, so the report still
counts them: the participant rows with their organisation and delegation, items' types,
requests' statuses, meetings and seats, outcomes' kinds, marks. Organisations are the
organisation's, not the person's, and stay as they are.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q

from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.audit.models import AuditEntry
from clustermeet.matchmaking.models import Recommendation
from clustermeet.meetings.models import CalendarFeed, Outcome, Request
from clustermeet.profiles.models import Item, Participant

ERASED_FIRST, ERASED_LAST = "Deleted", "participant"
ERASED_ITEM = "—"


def erased_email(user_id: int) -> str:
    """Unique (the field is) and undeliverable (.invalid is reserved, RFC 2606)."""
    return f"deleted-{user_id}@deleted.invalid"


def _erase_logged_texts(target_type: str, ids: list[int], key: str) -> None:
    """The audit log keeps who did what and when; the person's own words go."""
    entries = list(
        AuditEntry.objects.filter(target_type=target_type, target_id__in=[str(i) for i in ids])
    )
    for entry in entries:
        for side in (entry.before, entry.after):
            if isinstance(side, dict) and side.get(key):
                side[key] = ""
    AuditEntry.objects.bulk_update(entries, ["before", "after"])


def erase_account(user: User, confirmation: str, *, acting_user: User | None) -> User:
    """The user themself, confirming by typing their e-mail address (or the operator)."""
    if acting_user is not None and acting_user.pk != user.pk:
        raise PermissionDenied("Only the person themselves may delete their account.")
    if acting_user is not None and confirmation.strip().lower() != user.email.lower():
        raise ValidationError(
            "To confirm, type your e-mail address exactly as you sign in with it."
        )
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        ids = list(Participant.objects.filter(user=user).values_list("pk", flat=True))
        Participant.objects.filter(pk__in=ids).update(
            job_title="",
            phone="",
            languages=[],
            target_countries=[],
            time_zone="",
            named_in_report=False,
        )
        items = Item.objects.filter(participant__in=ids).update(
            title=ERASED_ITEM, description="", keywords=[]
        )
        sent = list(Request.objects.filter(requester__in=ids).values_list("pk", flat=True))
        told = list(Outcome.objects.filter(participant__in=ids).values_list("pk", flat=True))
        _erase_logged_texts("Request", sent, "message")
        _erase_logged_texts("Outcome", told, "comment")
        messages = Request.objects.filter(pk__in=sent).exclude(message="").update(message="")
        comments = Outcome.objects.filter(pk__in=told).exclude(comment="").update(comment="")
        CalendarFeed.objects.filter(participant__in=ids).delete()
        Recommendation.objects.filter(Q(participant__in=ids) | Q(candidate__in=ids)).delete()
        user.first_name, user.last_name = ERASED_FIRST, ERASED_LAST
        user.email = erased_email(user.pk)
        user.is_active = user.is_staff = user.is_superuser = False
        user.set_unusable_password()  # also ends every session it had (their hash changes)
        user.save()
        record(
            "erase_account",
            user,
            actor=acting_user,
            before={"participations": ids},
            after={"items": items, "messages": messages, "comments": comments},
        )
    return user
