"""FollowUp: one e-mail round asking a participant to update their outcomes."""

from __future__ import annotations

from django.db import models

from clustermeet.events.models import Event, EventData
from clustermeet.events.scoping import EventScopedManager
from clustermeet.profiles.models import Participant


class FollowUpRound(models.TextChoices):
    WEEK = "week", "One week after the event"
    MONTH = "month", "One month after the event"


class FollowUp(EventData):
    """A participant was asked (once per round) to update the outcomes of their meetings."""

    event_from = "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    round = models.CharField(max_length=8, choices=FollowUpRound.choices)
    sent_at = models.DateTimeField()

    objects = EventScopedManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participant", "round"], name="follow_up_once")
        ]

    def __str__(self) -> str:
        return f"{self.participant_id} ({self.round})"
