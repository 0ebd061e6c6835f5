"""Login throttling (django-axes): failures count per account and per client address.

The settings (`AXES_*` in `clustermeet.site.settings`) give the limit and the cool-off; this
module gives the refusal its words: how many failures, and how long to wait.
"""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string


class ThrottledLogins(AxesStandaloneBackend):  # type: ignore[misc]  # axes is untyped
    """Refuses a login while its account or its address is locked out.

    Every login over the web carries its request, so every one is counted. Code that
    authenticates without one (the test client's `login()`, a shell) does not come from a
    client address, and is left to the next backend rather than refused with an error.
    """

    def authenticate(self, request: HttpRequest | None, *args: Any, **kwargs: Any) -> None:
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)  # type: ignore[no-any-return]


def account_of(request: HttpRequest, credentials: Any = None) -> str:
    """The account failures count against, written as it is stored (e-mails in lower case), so
    that "Anna@X.example" and "anna@x.example" share one count."""
    given = (credentials or {}).get("username") or request.POST.get("username") or ""
    return str(given).strip().lower()


def client_address(request: HttpRequest) -> str | None:
    """The address failures count against. Behind `REVERSE_PROXIES` proxies the client is the
    address the outermost one added to X-Forwarded-For (what a client writes there itself
    stands further left and is not believed); with none, the connection's own address."""
    proxies: int = settings.REVERSE_PROXIES
    if proxies:
        header: str = request.META.get("HTTP_X_FORWARDED_FOR", "")
        chain = [a.strip() for a in header.split(",") if a.strip()]
        if len(chain) >= proxies:
            return chain[-proxies]
    remote: str | None = request.META.get("REMOTE_ADDR")
    return remote


def wait_minutes() -> int:
    return max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def locked_out(
    request: HttpRequest, response: HttpResponse | None = None, credentials: Any = None
) -> HttpResponse:
    """429 Too Many Requests, a page that says how long to wait, and Retry-After."""
    minutes = wait_minutes()
    body = render_to_string(
        "registration/locked_out.html",
        {"failures": settings.AXES_FAILURE_LIMIT, "minutes": minutes},
        request=request,
    )
    refused = HttpResponse(body, status=429)
    refused["Retry-After"] = str(minutes * 60)
    return refused
