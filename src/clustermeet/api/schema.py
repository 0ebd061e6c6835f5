"""The OpenAPI description's error answers: every operation lists the errors it can give,
all shaped `{"detail": sentence}`, so a client (and schemathesis) can rely on them."""

from __future__ import annotations

from typing import Any

ERROR = {
    "type": "object",
    "properties": {
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": True},
    },
    "required": ["detail"],
}
_ALWAYS = {
    "401": "No credentials, or an unknown or revoked token",
    "403": "Not allowed for this caller (the sentence says who may)",
    "404": "No such event or object, or not visible to this caller",
    "429": "Too many requests; the Retry-After header says when to try again",
}
_WRITES = {
    "400": "What was sent is wrong (the sentence says what is expected)",
    "409": "A request with this Idempotency-Key is still running",
    "422": "This Idempotency-Key was used for a different request",
}
IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Send the same key again to get the first answer without doing it twice",
    "schema": {"type": "string", "maxLength": 255},
}


def add_error_responses(result: dict[str, Any], **_: Any) -> dict[str, Any]:
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    ref = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path in result.get("paths", {}).values():
        for method, operation in path.items():
            errors = dict(_ALWAYS)
            if method in ("post", "put", "patch", "delete"):
                errors |= _WRITES
                operation.setdefault("parameters", []).append(IDEMPOTENCY_KEY)
            elif operation.get("parameters"):
                errors["400"] = "A query parameter is of the wrong kind"
            responses = operation.setdefault("responses", {})
            for code, text in errors.items():
                responses.setdefault(code, {"description": text, "content": ref})
    return result
