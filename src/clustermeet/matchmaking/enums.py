from django.db import models


class MarkKind(models.TextChoices):
    MUST_MEET = "must_meet", "Must meet"
    MEET = "meet", "Would like to meet"
    NO_THANKS = "no_thanks", "No thanks"
