"""Where a webhook may be sent: only to public internet addresses (no SSRF).

A receiver's host name is resolved when the webhook is created and again at each delivery;
if any address it resolves to is private, loopback, link-local (the cloud metadata service
at 169.254.169.254 among them), shared, multicast or otherwise reserved, it is refused. The
delivery then connects to the address that was checked, so a name that re-resolves between
the check and the connection (DNS rebinding) cannot slip through. Loopback receivers are
allowed only with CLUSTERMEET_WEBHOOKS_ALLOW_LOOPBACK=1 (tests, a receiver on this host)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Carrier-grade NAT space (some clouds' metadata services live there); Python does not
# count it as private.
_SHARED = ipaddress.ip_network("100.64.0.0/10")


@dataclass(frozen=True)
class Destination:
    scheme: str
    host: str  # as written in the URL (for Host and TLS)
    port: int
    path: str  # with the query
    address: str  # the checked address to connect to


def _kind(ip: Address) -> str | None:
    """What sort of non-public address `ip` is, or None for a public one."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local (cloud metadata)"
    if ip in _SHARED or ip.is_private:
        return "private"
    if ip.is_multicast or ip.is_reserved or ip.is_unspecified or not ip.is_global:
        return "reserved"
    return None


def _allowed(kind: str | None) -> bool:
    if kind is None:
        return True
    return kind == "loopback" and bool(getattr(settings, "WEBHOOKS_ALLOW_LOOPBACK", False))


def _addresses(host: str, port: int) -> list[str]:
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise ValidationError(
            f"The receiver's host '{host}' does not resolve ({error}); check the address."
        ) from error
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in found))


def checked(url: str) -> Destination:
    """The URL's destination with an address it may be sent to; ValidationError naming the
    address and why not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            f"'{url}' is not an http(s) address such as https://crm.example.org/hooks."
        )
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise ValidationError(
            f"'{url}' has a port that is not a number from 1 to 65535."
        ) from error
    addresses = _addresses(parts.hostname, port)
    for address in addresses:
        kind = _kind(ipaddress.ip_address(address))
        if not _allowed(kind):
            raise ValidationError(
                f"The receiver '{parts.hostname}' resolves to {address}, a {kind} address; "
                "webhooks are sent to public internet addresses only."
            )
    if not addresses:
        raise ValidationError(f"The receiver's host '{parts.hostname}' has no address.")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Destination(parts.scheme, parts.hostname, port, path, addresses[0])
