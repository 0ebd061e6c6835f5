from django.db import models

from clustermeet.reference import ITEM_TYPES


class OrganisationType(models.TextChoices):
    CLUSTER = "cluster", "Cluster organisation"
    COMPANY = "company", "Company"
    RESEARCH = "research", "Research body"
    PUBLIC = "public", "Public body"
    OTHER = "other", "Other"


class Attendance(models.TextChoices):
    ONSITE = "onsite", "On site"
    REMOTE = "remote", "Remote"


ItemType = models.TextChoices(
    "ItemType", [(code, (code, name)) for code, name in ITEM_TYPES.items()]
)
