"""Reading the audit log of one event. `AuditEntry` is not event-scoped (this app sits below
`events`), so every read here filters by the event itself."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from clustermeet.audit.models import AuditEntry


def event_entries(
    event_id: int,
    *,
    verb: str | None = None,
    user_id: int | None = None,
    behalf_only: bool = False,
) -> QuerySet[AuditEntry]:
    """The event's entries, newest first: optionally one verb, one person (as the one who
    acted or the one acted for), or only what was done on someone's behalf."""
    entries = AuditEntry.objects.filter(event_id=event_id).select_related("actor", "on_behalf_of")
    if verb:
        entries = entries.filter(verb=verb)
    if user_id is not None:
        entries = entries.filter(Q(actor_id=user_id) | Q(on_behalf_of_id=user_id))
    if behalf_only:
        entries = entries.filter(on_behalf_of__isnull=False)
    return entries.order_by("-at", "-id")


def event_verbs(event_id: int) -> list[str]:
    """The verbs that occur in the event's log, for a filter's choices."""
    verbs = AuditEntry.objects.filter(event_id=event_id).values_list("verb", flat=True)
    return sorted(set(verbs.distinct()))
