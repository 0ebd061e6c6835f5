"""E-mail to people, written in each person's own language and sent once the transaction that
caused it has committed (never if it fails); switchable kinds honour the person's settings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation

from clustermeet.accounts.models import NotificationSettings, User

Compose = Callable[[User], tuple[str, str]]  # (subject, body) for one person


def muted(user_ids: Iterable[int], kind: str) -> set[int]:
    """Of these users, those who switched `kind` off (one query)."""
    return set(
        NotificationSettings.objects.filter(
            user_id__in=list(user_ids), **{kind: False}
        ).values_list("user_id", flat=True)
    )


def wants(user: User, kind: str) -> bool:
    return user.pk not in muted([user.pk], kind)


def send_now(users: Iterable[User], compose: Compose, *, kind: str | None = None) -> int:
    """Send each person their e-mail in their language; returns how many went out."""
    people = {u.pk: u for u in users if u.email}
    off = muted(people, kind) if kind is not None else set()
    sent = 0
    for user in sorted(people.values(), key=lambda u: u.email):
        if user.pk in off:
            continue
        with translation.override(user.language or None):
            subject, body = compose(user)
            sent += send_mail(str(subject), str(body), None, [user.email], fail_silently=True)
    return sent


def send_after_commit(users: Iterable[User], compose: Compose, *, kind: str | None = None) -> None:
    """`send_now` once the surrounding transaction commits. `kind=None`: mail about the
    account itself (a sign-in link, a registration's answer), which cannot be switched off."""
    people = list(users)
    transaction.on_commit(lambda: send_now(people, compose, kind=kind))
