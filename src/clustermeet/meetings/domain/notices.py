"""E-mail notices that domain verbs send once their transaction has committed.

Each notice is of one `NoticeKind`, which the person may have switched off on their
notification settings page; it is written in the person's own language."""

from __future__ import annotations

from collections.abc import Iterable

from clustermeet.accounts.domain.mail import send_after_commit
from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.profiles.models import Participant


def notify_after_commit(
    people: Iterable[Participant], subject: str, body: str, *, kind: NoticeKind
) -> None:
    """Send `body` to each person after the surrounding transaction commits (never if it fails),
    except to those who switched `kind` off. Lazy strings are rendered in each one's language."""
    users = {p.user.pk: p.user for p in people}

    def compose(_user: User) -> tuple[str, str]:
        return str(subject), str(body)

    send_after_commit(users.values(), compose, kind=kind)
