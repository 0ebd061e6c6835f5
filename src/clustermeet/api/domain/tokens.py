"""API tokens: made for one user, one event and one role; the secret is shown once."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from clustermeet.accounts.models import User
from clustermeet.api.enums import TokenRole
from clustermeet.api.models import ApiToken
from clustermeet.audit.log import record
from clustermeet.events.models import Event
from clustermeet.events.rules import is_organiser, require_organiser
from clustermeet.profiles.models import Participant

SECRET_PREFIX = "cm_"
# How stale `last_used_at` may be: one write a minute per token, not one per request.
USE_RESOLUTION = timedelta(minutes=1)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _default_role(event: Event, user: User) -> str:
    return TokenRole.ORGANISER if is_organiser(event, user) else TokenRole.PARTICIPANT


def create_api_token(
    event: Event,
    user: User,
    role: str | None = None,
    name: str = "",
    *,
    acting_user: User | None,
) -> tuple[ApiToken, str]:
    """A new token and its secret (kept nowhere: only its hash is stored). An organiser (or
    the operator) makes tokens for anyone of the event; a participant for themselves."""
    role = role or _default_role(event, user)
    if acting_user is not None and acting_user.pk != user.pk:
        require_organiser(event, acting_user)
    if role not in TokenRole.values:
        raise ValidationError(f"'{role}' is not a role; expected one of {TokenRole.values}.")
    if role == TokenRole.ORGANISER and not is_organiser(event, user):
        raise ValidationError(f"{user.email} does not organise '{event.name}'.")
    if (
        role == TokenRole.PARTICIPANT
        and not Participant.objects.filter(event=event, user=user).exists()
    ):
        raise ValidationError(f"{user.email} is not a participant of '{event.name}'.")
    secret = SECRET_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            event=event,
            user=user,
            role=role,
            name=name[:100],
            prefix=secret[:10],
            secret_hash=hash_secret(secret),
            created_at=timezone.now(),
        )
        record(
            "create_api_token",
            token,
            actor=acting_user,
            event=event,
            after={"user": user.pk, "role": role, "prefix": token.prefix},
        )
    return token, secret


def revoke_api_token(token: ApiToken, *, acting_user: User | None) -> ApiToken:
    """The token stops working at once; it is kept, revoked, for the record."""
    if acting_user is not None and acting_user.pk != token.user_id:
        require_organiser(token.event, acting_user)
    if token.revoked_at is not None:
        raise ValidationError("This token is revoked already.")
    with transaction.atomic():
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record(
            "revoke_api_token",
            token,
            actor=acting_user,
            event=token.event_id,
            after={"revoked_at": token.revoked_at},
        )
    return token


def token_of_secret(secret: str) -> ApiToken | None:
    """The live token with this secret, or None (unknown or revoked)."""
    if not secret.startswith(SECRET_PREFIX):
        return None
    return (
        ApiToken.objects.select_related("user", "event")
        .filter(secret_hash=hash_secret(secret), revoked_at__isnull=True, user__is_active=True)
        .first()
    )


def note_token_use(token: ApiToken) -> None:
    """Bookkeeping, not a change anyone made: not audited, at most one write a minute."""
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > USE_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now


def tokens_of(event: Event, user: User) -> QuerySet[ApiToken]:
    """A person's tokens at an event, newest first, revoked ones included."""
    return ApiToken.objects.filter(event=event, user=user).order_by("-created_at")
