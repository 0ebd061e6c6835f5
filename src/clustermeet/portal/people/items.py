"""The wizard's last step: a participant's offers and requests, added, edited and withdrawn."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clustermeet.portal.people.access import participation
from clustermeet.portal.people.errors import onto_form, sentence
from clustermeet.portal.people.forms import ConfirmForm, ItemForm
from clustermeet.portal.people.profile import wizard_context
from clustermeet.profiles.domain.items import add_item, edit_item, withdraw_item
from clustermeet.profiles.models import Item, Participant


def _languages(p: Participant) -> list[str]:
    return list(dict.fromkeys([*p.event.languages, *p.languages, get_language() or "en"]))


def _form(p: Participant, data: Any, item: Item | None = None) -> ItemForm:
    if item is None:
        initial = {"language": (get_language() or "en").split("-")[0]}
    else:
        initial = {
            "kind": item.kind,
            "title": item.title,
            "description": item.description,
            "keywords": ", ".join(item.keywords),
            "language": item.language,
        }
    return ItemForm(data, initial=initial, languages=_languages(p))


@login_required
def items(request: HttpRequest, slug: str) -> HttpResponse:
    p = participation(request, slug)
    form = _form(p, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            item = add_item(p, form.cleaned_data, acting_user=request.user)  # type: ignore[arg-type]
        except ValidationError as error:
            onto_form(form, error)
        else:
            messages.success(request, _("Added: %(title)s.") % {"title": item.title})
            return redirect("portal:profile-items", slug=slug)
    return render(
        request, "portal/people/step_items.html", {**wizard_context(p, "items"), "form": form}
    )


def _own_item(p: Participant, pk: int) -> Item:
    return get_object_or_404(Item, pk=pk, participant=p)


@login_required
def edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    p = participation(request, slug)
    item = _own_item(p, pk)
    form = _form(p, request.POST if request.method == "POST" else None, item)
    if request.method == "POST" and form.is_valid():
        try:
            edit_item(item, form.cleaned_data, acting_user=request.user)  # type: ignore[arg-type]
        except ValidationError as error:
            onto_form(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("portal:profile-items", slug=slug)
    context = {**wizard_context(p, "items"), "form": form, "item": item}
    return render(request, "portal/people/item_edit.html", context)


@require_POST
@login_required
def withdraw(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    p = participation(request, slug)
    item = _own_item(p, pk)
    if not ConfirmForm(request.POST).is_valid():
        messages.error(request, _("Press “Withdraw” to withdraw the item; nothing was changed."))
        return redirect("portal:profile-items", slug=slug)
    try:
        withdraw_item(item, acting_user=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, sentence(error))
    else:
        messages.success(
            request,
            _("Withdrawn: %(title)s. It no longer shows in the directory or in matching.")
            % {"title": item.title},
        )
    return redirect("portal:profile-items", slug=slug)
