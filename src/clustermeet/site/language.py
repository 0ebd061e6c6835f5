"""A signed-in person's saved language, used when their browser has no language cookie yet
(a new device): the choice made once follows the person, and their e-mails use it too."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class UserLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        saved = getattr(request.user, "language", "") if request.user.is_authenticated else ""
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if saved and not cookie and saved in dict(settings.LANGUAGES):
            translation.activate(saved)
            request.LANGUAGE_CODE = saved
        response = self.get_response(request)
        chosen_now = settings.LANGUAGE_COOKIE_NAME in response.cookies  # set_language's own
        if saved and not cookie and not chosen_now and saved in dict(settings.LANGUAGES):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                saved,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
            )
        return response
