"""Privacy: download my data (JSON), delete my account (anonymised, confirmed by typing)."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from clustermeet.matchmaking.domain.erasure import erase_account
from clustermeet.matchmaking.domain.personal_data import personal_data
from clustermeet.portal.agenda.common import sentence


class DeleteForm(forms.Form):
    confirmation = forms.CharField(
        label=gettext_lazy("Type your e-mail address to confirm"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


@require_safe
@login_required
def privacy_page(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/agenda/privacy.html", {"form": DeleteForm()})


@require_safe
@login_required
def download_data(request: HttpRequest) -> HttpResponse:
    data = personal_data(request.user)  # type: ignore[arg-type]
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-clustermeet-data.json"'
    return response


@require_http_methods(["POST"])
@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteForm(request.POST)
    error = None
    if form.is_valid():
        try:
            erase_account(
                request.user,  # type: ignore[arg-type]
                form.cleaned_data["confirmation"],
                acting_user=request.user,  # type: ignore[arg-type]
            )
        except ValidationError as refused:
            error = sentence(refused)
        else:
            logout(request)
            messages.success(request, _("Your account is deleted. Thank you for taking part."))
            return redirect("portal:events")
    else:
        error = _("To confirm, type your e-mail address.")
    return render(request, "portal/agenda/privacy.html", {"form": form, "error": error}, status=400)
