from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired")
    CANCELLED = "cancelled", _("Cancelled")


class Priority(models.IntegerChoices):
    NORMAL = 1, _("Would like to meet")
    HIGH = 2, _("Important")
    MUST = 3, _("Must meet")


class ScheduleState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    HELD = "held", _("Held")
    NO_SHOW = "no_show", _("No-show")
    CANCELLED = "cancelled", _("Cancelled")


class OutcomeKind(models.TextChoices):
    NONE = "none", _("None")
    INFORMATIVE = "informative", _("Informative")
    COOPERATION_POSSIBLE = "cooperation_possible", _("Cooperation possible")
    AGREEMENT = "agreement", _("Agreement")
