from __future__ import annotations

from typing import Any

from rest_framework import serializers

from clustermeet.matchmaking.enums import MarkKind
from clustermeet.matchmaking.models import Mark


class MarkSerializer(serializers.ModelSerializer[Mark]):
    class Meta:
        model = Mark
        fields = ["id", "participant", "target", "kind", "created_at"]
        read_only_fields = fields


class MarkInput(serializers.Serializer[Any]):
    participant = serializers.IntegerField(
        min_value=1, required=False, help_text="Whose mark; default: the caller's own"
    )
    target = serializers.IntegerField(min_value=1)
    kind = serializers.ChoiceField(
        choices=MarkKind.choices, allow_null=True, help_text="null removes the mark"
    )
