"""Thin action endpoints (POST, JSON): accept a request, book a meeting.

They parse, call the domain verb and answer: 200 with what happened, 400 with the verb's
sentence when it refuses, 403 when the user may not, 404 when the request is not this
event's. The portal's real pages come later and call the same verbs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import OperationalError
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from clustermeet.events.models import Slot, Table
from clustermeet.meetings.domain.booking import book_meeting
from clustermeet.meetings.domain.requests import respond_to_request
from clustermeet.meetings.domain.requests_policy import slot_label
from clustermeet.meetings.models import Request
from clustermeet.meetings.rules import require_side_or_organiser

View = Callable[..., JsonResponse]


class _NotFound(Exception):
    pass


def _error(status: int, sentence: str) -> JsonResponse:
    return JsonResponse({"ok": False, "error": sentence}, status=status)


def _sentence(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


def action(view: View) -> View:
    """POST only, logged in, and every refusal turned into a status with its sentence."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
        try:
            return view(request, *args, **kwargs)
        except _NotFound as missing:
            return _error(404, str(missing))
        except PermissionDenied as denied:
            return _error(403, str(denied) or "You may not do this.")
        except ValidationError as invalid:
            return _error(400, _sentence(invalid))
        except OperationalError as error:
            if "locked" not in str(error):
                raise
            # SQLite waited its full timeout for another writer: say so rather than fail.
            response = _error(503, "The server is busy; try again in a moment.")
            response["Retry-After"] = "2"
            return response

    return login_required(require_POST(wrapped))


def _request(slug: str, pk: int) -> Request:
    found = (
        Request.objects.filter(pk=pk, event__slug=slug)
        .select_related("event", "requester__user", "requested__user")
        .first()
    )
    if found is None:
        raise _NotFound("No such request at this event.")
    return found


def _row(model: Any, request: Request, field: str, raw: str | None) -> Any:
    if raw is None or raw == "":
        return None
    if not raw.isdigit():
        raise ValidationError(f"'{field}' must be the number of a {field}; got '{raw[:40]}'.")
    found = model.objects.filter(pk=int(raw), event_id=request.event_id).first()
    if found is None:
        raise ValidationError(f"There is no {field} {raw} at this event.")
    return found


@action
def accept(request: HttpRequest, slug: str, pk: int) -> JsonResponse:
    answered = respond_to_request(_request(slug, pk), "accept", acting_user=request.user)  # type: ignore[arg-type]
    return JsonResponse({"ok": True, "request": answered.pk, "status": answered.status})


@action
def book(request: HttpRequest, slug: str, pk: int) -> JsonResponse:
    wanted = _request(slug, pk)
    require_side_or_organiser(wanted, request.user)  # type: ignore[arg-type]  # before the input
    slot = _row(Slot, wanted, "slot", request.POST.get("slot"))
    if slot is None:
        raise ValidationError("Choose a slot: send 'slot' with the slot's number.")
    table = _row(Table, wanted, "table", request.POST.get("table"))
    meeting = book_meeting(wanted, slot, acting_user=request.user, table=table)  # type: ignore[arg-type]
    return JsonResponse(
        {
            "ok": True,
            "meeting": meeting.pk,
            "slot": slot.pk,
            "table": meeting.table_id,
            "message": f"Booked at {slot_label(slot)}, {meeting.table.name}.",
        }
    )
