"""Stored recommendations, people's marks on each other, and the embedding cache.

The logic lives in the matcher engine and in domain/; these models only keep its results.
"""

from __future__ import annotations

from django.db import models

from clustermeet.events.models import Event, EventData
from clustermeet.events.scoping import EventScopedManager
from clustermeet.matchmaking.enums import MarkKind
from clustermeet.profiles.models import Participant


class Recommendation(EventData):
    """One line of a participant's recommended partners, as last computed."""

    event_from = "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="recommendations"
    )
    candidate = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveIntegerField()
    score = models.FloatField(help_text="Both sides' fit, fused; 0-1")
    forward = models.FloatField(help_text="How well the candidate answers the participant")
    backward = models.FloatField(help_text="How well the participant answers the candidate")
    explanation = models.TextField()
    encoder = models.CharField(max_length=32)
    computed_at = models.DateTimeField()

    objects = EventScopedManager()

    class Meta:
        ordering = ["participant", "rank"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "candidate"], name="recommendation_once"
            ),
            models.CheckConstraint(
                condition=~models.Q(participant=models.F("candidate")),
                name="recommendation_not_self",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} #{self.rank}: {self.candidate}"


class Mark(EventData):
    """'Must meet', 'meet' or 'no thanks', said by one participant about another."""

    event_from = "participant"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="marks")
    target = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="marked_by")
    kind = models.CharField(max_length=16, choices=MarkKind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EventScopedManager()

    class Meta:
        ordering = ["participant", "target"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "target"], name="mark_once"),
            models.CheckConstraint(
                condition=~models.Q(participant=models.F("target")), name="mark_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} → {self.target}: {self.get_kind_display()}"


class EmbeddingCache(models.Model):
    """A text's vector under one encoder, keyed by the hash of (encoder, role, text)."""

    content_hash = models.CharField(max_length=64, primary_key=True)
    encoder = models.CharField(max_length=32)
    vector = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.encoder} {self.content_hash[:12]}"
