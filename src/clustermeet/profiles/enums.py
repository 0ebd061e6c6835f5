from django.db import models
from django.utils.translation import gettext_lazy as _

# Defined with the event, whose policy names pairs of them; kept importable from here.
from clustermeet.events.enums import OrganisationType
from clustermeet.reference import ITEM_TYPES

__all__ = ["Attendance", "ItemType", "OrganisationType", "Registration"]


class Attendance(models.TextChoices):
    ONSITE = "onsite", _("On site")
    REMOTE = "remote", _("Remote")


ItemType = models.TextChoices(  # type: ignore[call-overload]  # built from the reference data
    "ItemType",
    [(code, (code, _(name))) for code, name in ITEM_TYPES.items()],  # noqa: INT001
)
# The reference data's names, for the translation catalogues (makemessages reads literals).
_ITEM_TYPE_NAMES = (
    _("Technology Offer"),
    _("Technology Request"),
    _("Business Offer"),
    _("Business Request"),
    _("R&D Request"),
)


class Registration(models.TextChoices):
    """Where a person's registration stands: only an approved participant is requested,
    recommended and scheduled."""

    PENDING = "pending", _("Waiting for the organisers' approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Not accepted")
