"""`redacted_profile`: another participant as a viewer may see them.

Contact details (e-mail, phone) appear only when `may_see_contact` allows; templates show
what this returns and decide nothing.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from clustermeet.meetings.domain.contacts import agreed_partner_ids
from clustermeet.meetings.domain.requests_policy import name
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class RedactedProfile:
    pk: int
    name: str
    job_title: str
    organisation: str
    country: str
    email: str | None  # None: not this viewer's to see
    phone: str | None


def redacted_profile(
    viewer: Participant | None, other: Participant, partners: Set[int] | None = None
) -> RedactedProfile:
    """`partners` (from `agreed_partner_ids(viewer)`) saves a query when listing many.
    `viewer=None` is someone who takes no part (an organiser browsing): no contact details."""
    if viewer is None:
        partners = set()
    elif partners is None:
        partners = agreed_partner_ids(viewer)
    # The same rule as contacts.may_see_contact, with the partners read once.
    allowed = (
        viewer is not None
        and viewer.event_id == other.event_id
        and (viewer.pk == other.pk or other.pk in partners)
    )
    return RedactedProfile(
        pk=other.pk,
        name=name(other),
        job_title=other.job_title,
        organisation=other.organisation.name,
        country=other.organisation.country_name,
        email=other.user.email if allowed else None,
        phone=(other.phone or None) if allowed else None,
    )
