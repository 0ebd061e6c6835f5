"""`set_notifications`: which kinds of e-mail a person receives (see `NoticeKind`)."""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import NotificationSettings, User
from clustermeet.accounts.rules import require_self
from clustermeet.audit.log import record


def notification_settings(user: User) -> NotificationSettings:
    """The person's switches; every kind on when they never changed any (nothing stored)."""
    found = NotificationSettings.objects.filter(user=user).first()
    return found if found is not None else NotificationSettings(user=user)


def set_notifications(
    user: User, switches: Mapping[str, bool], *, acting_user: User | None
) -> NotificationSettings:
    """Switch kinds of e-mail on (True) or off (False); kinds not named stay as they were."""
    require_self(user, acting_user)
    unknown = sorted(set(switches) - set(NoticeKind.values))
    if unknown:
        raise ValidationError(
            _("%(kinds)s: not a kind of e-mail; expected some of %(expected)s.")
            % {"kinds": ", ".join(unknown), "expected": ", ".join(NoticeKind.values)}
        )
    with transaction.atomic():
        current, _created = NotificationSettings.objects.select_for_update().get_or_create(
            user=user
        )
        before = {kind: getattr(current, kind) for kind in NoticeKind.values}
        for kind, on in switches.items():
            setattr(current, kind, bool(on))
        current.save()
        after = {kind: getattr(current, kind) for kind in NoticeKind.values}
        record("set_notifications", current, actor=acting_user, before=before, after=after)
    return current
