"""The profile wizard: one page per step, each saved through `update_profile` (or the item
verbs) and followed by the next step (POST, then redirect). The meter shows what is missing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from clustermeet.portal.people import forms as people_forms
from clustermeet.portal.people.access import participation
from clustermeet.portal.people.errors import onto_form
from clustermeet.profiles.domain.completeness import completeness
from clustermeet.profiles.domain.nace import nace_labels, search_nace
from clustermeet.profiles.domain.profile import update_profile
from clustermeet.profiles.models import Participant

STEPS: list[tuple[str, Any]] = [
    ("organisation", gettext_lazy("Organisation")),
    ("ecosystems", gettext_lazy("Ecosystems")),
    ("nace", gettext_lazy("NACE codes")),
    ("technologies", gettext_lazy("Key technologies")),
    ("languages", gettext_lazy("Languages")),
    ("countries", gettext_lazy("Target countries")),
    ("items", gettext_lazy("Offers and requests")),
]
_NAMES = [name for name, _label in STEPS]


def _initial(p: Participant) -> dict[str, Any]:
    org = p.organisation
    return {
        "job_title": p.job_title,
        "name": org.name,
        "kind": org.kind,
        "country": org.country,
        "description": org.description,
        "website": org.website,
        "ecosystems": org.ecosystems,
        "nace_codes": org.nace_codes,
        "key_technologies": org.key_technologies,
        "languages": p.languages,
        "target_countries": p.target_countries,
    }


def _form(step: str, p: Participant, data: Any) -> forms.Form:
    initial = _initial(p)
    makers: dict[str, Callable[..., forms.Form]] = {
        "organisation": people_forms.OrganisationForm,
        "ecosystems": people_forms.EcosystemsForm,
        "nace": people_forms.NaceForm,
        "technologies": people_forms.TechnologiesForm,
        "languages": lambda *a, **k: people_forms.LanguagesForm(*a, current=p.languages, **k),
        "countries": people_forms.CountriesForm,
    }
    return makers[step](data, initial=initial)


def wizard_context(p: Participant, step: str) -> dict[str, Any]:
    """What every step's page shows around its form: the steps, the meter, the colleagues."""
    items = list(p.items.all())
    colleagues = Participant.objects.filter(organisation=p.organisation_id).exclude(pk=p.pk)
    return {
        "event": p.event,
        "participant": p,
        "steps": STEPS,
        "step": step,
        "completeness": completeness(p, len(items)),
        "items": items,
        "colleagues": colleagues.count(),
    }


def _next(step: str) -> str:
    return _NAMES[min(_NAMES.index(step) + 1, len(_NAMES) - 1)]


@require_safe
@login_required
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    p = participation(request, slug)
    return render(request, "portal/people/profile.html", wizard_context(p, ""))


@login_required
def step(request: HttpRequest, slug: str, step: str) -> HttpResponse:
    if step not in _NAMES or step == "items":
        raise Http404("No such step.")
    p = participation(request, slug)
    form = _form(step, p, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            update_profile(p, form.cleaned_data, acting_user=request.user)  # type: ignore[arg-type]
        except ValidationError as error:
            onto_form(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("portal:profile-step", slug=slug, step=_next(step))
    context = {**wizard_context(p, step), "form": form}
    if step == "nace":
        language = get_language() or "en"
        search = people_forms.NaceSearchForm(request.GET or None)
        query = search.cleaned_data["q"] if search.is_valid() else ""
        chosen = list(p.organisation.nace_codes)
        context.update(
            search=search,
            query=query,
            chosen=nace_labels(chosen, language),
            found=[c for c in search_nace(query, language) if c.code not in chosen],
        )
    template = "step_nace.html" if step == "nace" else "step.html"
    return render(request, f"portal/people/{template}", context)
