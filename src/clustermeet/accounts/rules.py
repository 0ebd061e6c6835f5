"""Who may change an account: the person themselves, or the command line (`acting_user=None`)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def require_self(user: Any, acting_user: Any) -> None:
    if acting_user is not None and getattr(acting_user, "pk", None) != user.pk:
        raise PermissionDenied(_("Only the person themselves may change their account."))
