"""Rate limits per user and per address (settings.CLUSTERMEET_API_RATES, read each time so
a deployment or a test can change them); over the limit: 429 with Retry-After."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


def _rate(scope: str) -> Any:
    return getattr(settings, "CLUSTERMEET_API_RATES", {}).get(scope)


class AnonymousRate(AnonRateThrottle):
    scope = "anonymous"

    def get_rate(self) -> Any:
        return _rate(self.scope)


class UserRate(UserRateThrottle):
    scope = "user"

    def get_rate(self) -> Any:
        return _rate(self.scope)
