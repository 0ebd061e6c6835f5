"""Organisations, participants (contact details only as the domain allows) and items."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from clustermeet.profiles.models import Item, Organisation, Participant

ALL_CONTACTS = object()


class OrganisationSerializer(serializers.ModelSerializer[Organisation]):
    website = serializers.CharField(read_only=True, help_text="A URL, or empty")

    class Meta:
        model = Organisation
        fields = [
            "id",
            "slug",
            "name",
            "kind",
            "country",
            "region",
            "website",
            "description",
            "ecosystems",
            "nace_codes",
            "key_technologies",
            "member_count",
            "founded_year",
        ]
        read_only_fields = fields


class ParticipantSerializer(serializers.ModelSerializer[Participant]):
    """`email` and `phone` are null unless the caller may see them: an organiser, the person
    themselves, or a partner with an agreed meeting. `context["contacts"]` holds the ids
    whose details are shown, or ALL_CONTACTS (an organiser); without it nobody's are."""

    name = serializers.CharField(source="user.display_name", read_only=True)
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    email = serializers.SerializerMethodField()
    phone = serializers.SerializerMethodField()

    class Meta:
        model = Participant
        fields = [
            "id",
            "name",
            "organisation",
            "organisation_name",
            "delegation",
            "job_title",
            "languages",
            "attendance",
            "target_countries",
            "min_meetings",
            "max_meetings",
            "checked_in_at",
            "email",
            "phone",
        ]
        read_only_fields = fields

    def _shown(self, person: Participant) -> bool:
        contacts: Any = self.context.get("contacts", frozenset())
        return contacts is ALL_CONTACTS or person.pk in contacts

    def get_email(self, person: Participant) -> str | None:
        return person.user.email if self._shown(person) else None

    def get_phone(self, person: Participant) -> str | None:
        return person.phone if self._shown(person) else None


class ItemSerializer(serializers.ModelSerializer[Item]):
    class Meta:
        model = Item
        fields = ["id", "participant", "kind", "title", "description", "keywords", "language"]
        read_only_fields = fields
