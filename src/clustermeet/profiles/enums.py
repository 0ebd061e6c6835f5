from django.db import models

# Defined with the event, whose policy names pairs of them; kept importable from here.
from clustermeet.events.enums import OrganisationType
from clustermeet.reference import ITEM_TYPES

__all__ = ["Attendance", "ItemType", "OrganisationType"]


class Attendance(models.TextChoices):
    ONSITE = "onsite", "On site"
    REMOTE = "remote", "Remote"


ItemType = models.TextChoices(  # type: ignore[call-overload]  # built from the reference data
    "ItemType", [(code, (code, name)) for code, name in ITEM_TYPES.items()]
)
