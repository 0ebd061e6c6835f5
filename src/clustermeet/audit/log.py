"""`record(...)`: the last step of every domain verb, inside the verb's transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from clustermeet.audit.models import AuditEntry


def _plain(value: Any) -> Any:
    """JSON-safe copies of what a verb changed (dates as ISO strings, objects as their pk)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return getattr(value, "pk", str(value))


def record(
    verb: str,
    target: Any,
    *,
    actor: Any,
    event: Any = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    on_behalf_of: Any = None,
) -> AuditEntry:
    """Write one audit entry; must run inside the transaction of the change it describes."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError(f"audit.record({verb!r}) outside the verb's transaction")
    return AuditEntry.objects.create(
        event_id=getattr(event, "pk", event),
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        on_behalf_of=on_behalf_of,
        verb=verb,
        target_type=type(target).__name__ if target is not None else "",
        target_id=str(getattr(target, "pk", "") or ""),
        before=_plain(dict(before or {})),
        after=_plain(dict(after or {})),
    )
