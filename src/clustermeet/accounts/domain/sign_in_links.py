"""Sign-in links: `send_sign_in_link` e-mails a one-time link, `use_sign_in_link` spends it.

Decisions:
- Only the SHA-256 of a link's token is stored: the database alone signs nobody in.
- A link works once and for `SIGN_IN_LINK_MINUTES`; a refused link says which of the two.
- Asking for a link never tells whether the address has an account (the page answers the same
  either way); at most `MOST_PER_HOUR` links an hour go to one account, so nobody floods it.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from clustermeet.accounts.domain.mail import send_after_commit
from clustermeet.accounts.models import SignInLink, User
from clustermeet.audit.log import record

MOST_PER_HOUR = 5


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def lifetime() -> timedelta:
    return timedelta(minutes=settings.SIGN_IN_LINK_MINUTES)


def send_sign_in_link(
    email: str, *, link_for: Callable[[str], str], now: datetime | None = None
) -> SignInLink | None:
    """E-mail a sign-in link to the active account at `email`, if there is one.

    `link_for(token)` gives the link's full address. The caller shows the same answer whether
    or not a link was sent; the return value is for tests and the command line."""
    now = now or timezone.now()
    user = User.objects.filter(email=email.strip().lower(), is_active=True).first()
    if user is None:
        return None
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=user.pk).first()  # one count at a time
        recent = SignInLink.objects.filter(user=user, created_at__gte=now - timedelta(hours=1))
        if recent.count() >= MOST_PER_HOUR:
            return None
        token = secrets.token_urlsafe(32)
        link = SignInLink.objects.create(
            user=user, token_hash=token_hash(token), created_at=now, expires_at=now + lifetime()
        )
        record(
            "send_sign_in_link",
            link,
            actor=None,
            after={"user": user.pk, "expires_at": link.expires_at},
        )
        address = link_for(token)
        minutes = settings.SIGN_IN_LINK_MINUTES

        def compose(person: User) -> tuple[str, str]:
            subject = _("Your sign-in link for clustermeet")
            body = _(
                "Hello %(name)s,\n\n"
                "open this link to sign in to clustermeet:\n\n%(link)s\n\n"
                "It works once, within %(minutes)s minutes. If you did not ask for it, "
                "ignore this e-mail: nobody can sign in without the link."
            ) % {"name": person.display_name, "link": address, "minutes": minutes}
            return subject, body

        send_after_commit([user], compose)
    return link


def refusal(link: SignInLink | None, now: datetime) -> str | None:
    """Why this link cannot sign anyone in now, or None when it can."""
    if link is None or not link.user.is_active:
        return _(
            "This sign-in link is not valid: it may have been copied only in part. "
            "Ask for a new one below."
        )
    if link.used_at is not None:
        return _(
            "This sign-in link has been used already: each link works once. "
            "Ask for a new one below."
        )
    if link.expires_at <= now:
        when = formats.date_format(timezone.localtime(link.expires_at), "DATETIME_FORMAT")
        return _(
            "This sign-in link expired on %(when)s (UTC): links work for %(minutes)s minutes. "
            "Ask for a new one below."
        ) % {"when": when, "minutes": settings.SIGN_IN_LINK_MINUTES}
    return None


def check_sign_in_link(token: str, *, now: datetime | None = None) -> str | None:
    """What `use_sign_in_link` would refuse with, without spending the link."""
    link = SignInLink.objects.select_related("user").filter(token_hash=token_hash(token)).first()
    return refusal(link, now or timezone.now())


def use_sign_in_link(token: str, *, now: datetime | None = None) -> User:
    """The link's account, once: the link is spent. Refused links raise with the reason."""
    now = now or timezone.now()
    with transaction.atomic():
        link = (
            SignInLink.objects.select_for_update(of=("self",))
            .select_related("user")
            .filter(token_hash=token_hash(token))
            .first()
        )
        why = refusal(link, now)
        if why is not None or link is None:
            raise ValidationError(why or "")
        link.used_at = now
        link.save(update_fields=["used_at"])
        record(
            "use_sign_in_link",
            link,
            actor=link.user,
            before={"used_at": None},
            after={"used_at": now},
        )
    return link.user
