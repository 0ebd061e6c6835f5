from django.db import models
from django.utils.translation import gettext_lazy as _


class NoticeKind(models.TextChoices):
    """The kinds of e-mail a participant switches on or off (one field each in
    `NotificationSettings`, named by the value)."""

    REQUESTS = "requests", _("Requests I receive")
    ANSWERS = "answers", _("Answers to my requests")
    EXPIRIES = "expiries", _("Expiries and reminders")
    PUBLICATION = "publication", _("Publication of the schedule")
    CHANGES = "changes", _("Changes to my meetings")
