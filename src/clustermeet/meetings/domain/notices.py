"""E-mail notices that domain verbs send once their transaction has committed."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.mail import send_mail
from django.db import transaction

from clustermeet.profiles.models import Participant


def notify_after_commit(people: Iterable[Participant], subject: str, body: str) -> None:
    """Send `body` to each person after the surrounding transaction commits (never if it fails)."""
    addresses = sorted({p.user.email for p in people if p.user.email})

    def send() -> None:
        for address in addresses:
            send_mail(subject, body, None, [address], fail_silently=True)

    transaction.on_commit(send)
