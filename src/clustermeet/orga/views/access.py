"""Who may open the console (organisers of the event, administrators), and verb calls that
turn a refused or invalid change into a message on the page instead of an error."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from clustermeet.events.models import Event
from clustermeet.events.rules import is_organiser

T = TypeVar("T")
View = Callable[..., HttpResponse]


def organiser_page(view: View) -> View:
    """Anonymous visitors go to the log-in page; signed-in non-organisers get a 403 page."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, slug: str, **kwargs: Any) -> HttpResponse:
        event = get_object_or_404(Event, slug=slug)
        if not is_organiser(event, request.user):
            sentence = (
                f"Only the organisers of '{event.name}' and administrators may use its console."
            )
            return render(request, "orga/forbidden.html", {"sentence": sentence}, status=403)
        return view(request, event, **kwargs)

    return wrapped


def sentence_of(error: ValidationError | PermissionDenied) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or "You may not do this."


def attempt(request: HttpRequest, verb: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Call the verb as the signed-in user; a refusal becomes an error message (None back)."""
    try:
        return verb(*args, acting_user=request.user, **kwargs)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, sentence_of(error))
        return None
