from django.db import models
from django.utils.translation import gettext_lazy as _


class MarkKind(models.TextChoices):
    MUST_MEET = "must_meet", _("Must meet")
    MEET = "meet", _("Would like to meet")
    NO_THANKS = "no_thanks", _("No thanks")
