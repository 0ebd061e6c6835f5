"""E-mail notices that domain verbs send once their transaction has committed.

Each notice is of one `NoticeKind`, which the person may have switched off on their
notification settings page; it is written in the person's own language."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from clustermeet.accounts.domain.mail import send_after_commit
from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.profiles.models import Participant

Text = str | Callable[[], str]  # a callable is written in each person's language


def notify_after_commit(
    people: Iterable[Participant], subject: Text, body: Text, *, kind: NoticeKind
) -> None:
    """Send `body` to each person after the surrounding transaction commits (never if it fails),
    except to those who switched `kind` off. A callable subject or body is called once per
    person, with their language active, so that its words and dates are in it."""
    users = {p.user.pk: p.user for p in people}

    def compose(_user: User) -> tuple[str, str]:
        return (subject() if callable(subject) else subject), (body() if callable(body) else body)

    send_after_commit(users.values(), compose, kind=kind)
