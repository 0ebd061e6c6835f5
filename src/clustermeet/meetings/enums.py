from django.db import models


class RequestStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    EXPIRED = "expired", "Expired"
    CANCELLED = "cancelled", "Cancelled"


class Priority(models.IntegerChoices):
    NORMAL = 1, "Would like to meet"
    HIGH = 2, "Important"
    MUST = 3, "Must meet"


class ScheduleState(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"
    ARCHIVED = "archived", "Archived"


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    HELD = "held", "Held"
    NO_SHOW = "no_show", "No-show"
    CANCELLED = "cancelled", "Cancelled"


class OutcomeKind(models.TextChoices):
    NONE = "none", "None"
    INFORMATIVE = "informative", "Informative"
    COOPERATION_POSSIBLE = "cooperation_possible", "Cooperation possible"
    AGREEMENT = "agreement", "Agreement"
