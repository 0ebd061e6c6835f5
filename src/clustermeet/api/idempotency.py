"""`Idempotency-Key` on writes: a retry gets the first answer and nothing runs twice.

The key is claimed (a row, committed) before the write runs; a repeat while it runs gets
409, a repeat afterwards the stored answer, the same key on a different request 422. A write
that fails with a server error releases its key, so it can be retried."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework import exceptions, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.encoders import JSONEncoder

from clustermeet.api.access import token_of
from clustermeet.api.models import IdempotencyState, IdempotentRequest

WRITES = ("POST", "PUT", "PATCH", "DELETE")
HEADER = "Idempotency-Key"
# A claim older than this whose write never finished (the process died) may be taken over.
ABANDONED = timedelta(minutes=10)


class StillRunning(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "A request with this Idempotency-Key is still running; retry later."


class KeyReused(exceptions.APIException):
    status_code = status.HTTP_422_UNPROCESSABLE_ENTITY
    default_detail = "This Idempotency-Key was used for a different request; use a new key."


class Replayed(Exception):
    """Carries the stored first answer out of `initial` (the exception handler renders it)."""

    def __init__(self, record: IdempotentRequest) -> None:
        self.record = record

    def response(self) -> Response:
        answer = Response(self.record.body, status=self.record.status_code)
        answer["Idempotent-Replayed"] = "true"
        return answer


def _owner(request: Request) -> str | None:
    token = token_of(request)
    if token is not None:
        return f"token:{token.pk}"
    return f"user:{request.user.pk}" if request.user.is_authenticated else None


def _fingerprint(request: Request) -> str:
    raw = request._request.body  # read before the parsers, so they still see it
    line = f"{request.method} {request.get_full_path()}\n"
    digest = hashlib.sha256(line.encode())
    digest.update(raw)
    return digest.hexdigest()


def claim(request: Request) -> IdempotentRequest | None:
    """Claim the request's key, or raise Replayed / StillRunning / KeyReused."""
    key = request.headers.get(HEADER)
    owner = _owner(request)
    if request.method not in WRITES or not key or owner is None:
        return None
    if len(key) > 255:
        raise exceptions.ValidationError({HEADER: "at most 255 characters"})
    fingerprint = _fingerprint(request)
    now = timezone.now()
    try:
        with transaction.atomic():
            return IdempotentRequest.objects.create(
                owner=owner,
                key=key,
                fingerprint=fingerprint,
                state=IdempotencyState.RUNNING,
                created_at=now,
            )
    except IntegrityError:
        pass
    first = IdempotentRequest.objects.get(owner=owner, key=key)
    if first.fingerprint != fingerprint:
        raise KeyReused()
    if first.state == IdempotencyState.DONE:
        raise Replayed(first)
    taken = IdempotentRequest.objects.filter(pk=first.pk, created_at__lt=now - ABANDONED).update(
        created_at=now
    )
    if not taken:
        raise StillRunning()
    return first


def settle(record: IdempotentRequest, response: Response) -> None:
    """Keep the answer for retries; a server error releases the key instead."""
    if response.status_code >= 500:
        release(record)
        return
    body: Any = getattr(response, "data", None)
    record.body = json.loads(json.dumps(body, cls=JSONEncoder)) if body is not None else None
    record.status_code = response.status_code
    record.state = IdempotencyState.DONE
    record.save(update_fields=["body", "status_code", "state"])


def release(record: IdempotentRequest) -> None:
    IdempotentRequest.objects.filter(pk=record.pk).delete()


class IdempotentWrites:
    """A mixin for API views: claim in `initial`, keep the answer in `finalize_response`."""

    _claim: IdempotentRequest | None = None

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        self._claim = claim(request)

    def handle_exception(self, exc: Exception) -> Response:
        if isinstance(exc, Replayed):
            return exc.response()
        try:
            return super().handle_exception(exc)  # type: ignore[misc,no-any-return]
        except Exception:
            if self._claim is not None:
                release(self._claim)
                self._claim = None
            raise

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        if self._claim is not None:
            settle(self._claim, response)
            self._claim = None
        return response
