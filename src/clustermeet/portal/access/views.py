"""Signing in (with a password or a one-time link by e-mail), registering for an open event,
the language of the pages and which e-mails a person receives. Views parse, call a verb and
render; the verbs live in `accounts.domain` and `profiles.domain.registration`."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from clustermeet.accounts.domain.accounts import choose_language
from clustermeet.accounts.domain.notifications import notification_settings, set_notifications
from clustermeet.accounts.domain.sign_in_links import (
    check_sign_in_link,
    send_sign_in_link,
    use_sign_in_link,
)
from clustermeet.accounts.enums import NoticeKind
from clustermeet.events.models import Event
from clustermeet.events.rules import is_organiser
from clustermeet.portal.access.forms import (
    EmailForm,
    NewAccountForm,
    NotificationsForm,
    OrganisationFields,
)
from clustermeet.profiles.domain.registration import register, register_new_account
from clustermeet.profiles.models import Participant

PASSWORD_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _next(request: HttpRequest) -> str:
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return wanted if wanted and safe else reverse(settings.LOGIN_REDIRECT_URL)


def _form_errors(form: Form, error: ValidationError) -> None:
    """A verb's refusal shown on its form: at the field it names, or above the form."""
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error.messages)


def sign_in_link(request: HttpRequest) -> HttpResponse:
    """Ask for a sign-in link: the same answer whether or not the address has an account."""
    form = EmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        send_sign_in_link(
            form.cleaned_data["email"],
            link_for=lambda token: request.build_absolute_uri(
                reverse("portal:sign-in-link-use", kwargs={"token": token})
            ),
        )
        context = {"sent_to": form.cleaned_data["email"], "minutes": settings.SIGN_IN_LINK_MINUTES}
        return render(request, "portal/access/sign_in_link_sent.html", context)
    context = {"form": form, "minutes": settings.SIGN_IN_LINK_MINUTES}
    return render(request, "portal/access/sign_in_link.html", context)


def sign_in_link_use(request: HttpRequest, token: str) -> HttpResponse:
    """Opening the link shows a button; pressing it signs in. (Mail scanners that open links
    would otherwise spend them before the person does.)"""
    refusal: str | None
    if request.method == "POST":
        try:
            user = use_sign_in_link(token)
        except ValidationError as error:
            refusal = " ".join(error.messages)
        else:
            login(request, user, backend=PASSWORD_BACKEND)
            messages.success(request, _("You are signed in."))
            return redirect(_next(request))
    else:
        refusal = check_sign_in_link(token)
    context = {"refusal": refusal, "form": EmailForm(), "minutes": settings.SIGN_IN_LINK_MINUTES}
    return render(request, "portal/access/sign_in_link_use.html", context, status=200)


def _open_event(request: HttpRequest, slug: str) -> Event:
    event = get_object_or_404(Event, slug=slug)
    if not event.is_public and not is_organiser(event, request.user):
        raise Http404("No such event.")
    return event


def register_page(request: HttpRequest, slug: str) -> HttpResponse:
    """Register for an open event: with a new account, or the signed-in one."""
    event = _open_event(request, slug)
    user: Any = request.user
    mine = (
        Participant.objects.filter(event=event, user=user.pk).first()
        if user.is_authenticated
        else None
    )
    context: dict[str, Any] = {"event": event, "participant": mine}
    if mine is not None or not event.registration_open:
        return render(request, "portal/access/register.html", context)
    data = request.POST if request.method == "POST" else None
    form: OrganisationFields = (
        OrganisationFields(data) if user.is_authenticated else NewAccountForm(data)
    )
    if form.is_bound and form.is_valid():
        values = form.cleaned_data
        organisation = {
            "organisation": values["organisation"],
            "country": values["country"],
            "kind": values["kind"],
            "consent": values["consent"],
        }
        try:
            if user.is_authenticated:
                register(event, user, acting_user=user, **organisation)
            else:
                participant = register_new_account(
                    event,
                    first_name=values["first_name"],
                    last_name=values["last_name"],
                    email=values["email"],
                    password=values["password"],
                    language=get_language() or settings.LANGUAGE_CODE,
                    **organisation,
                )
                login(request, participant.user, backend=PASSWORD_BACKEND)
        except PermissionDenied as refused:
            form.add_error(None, str(refused))
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(
                request, _("You are registered for %(event)s.") % {"event": event.name}
            )
            return redirect("portal:register", slug=event.slug)
    context["form"] = form
    return render(request, "portal/access/register.html", context)


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    """Which e-mails the signed-in person receives."""
    user: Any = request.user
    current = notification_settings(user)
    initial = {kind: getattr(current, kind) for kind in NoticeKind.values}
    form = NotificationsForm(request.POST if request.method == "POST" else None, initial=initial)
    if form.is_bound and form.is_valid():
        set_notifications(user, form.cleaned_data, acting_user=user)
        messages.success(request, _("Your e-mail settings are saved."))
        return redirect("portal:notifications")
    return render(request, "portal/access/notifications.html", {"form": form})


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's `set_language` (the cookie), and for a signed-in person their saved language,
    which their e-mails use too."""
    response = django_set_language(request)
    user: Any = request.user
    language = request.POST.get("language", "")
    if user.is_authenticated and language in dict(settings.LANGUAGES):
        choose_language(user, language, acting_user=user)
    return response
