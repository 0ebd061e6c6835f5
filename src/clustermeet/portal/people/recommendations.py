"""Recommended partners, each with its explanation and the participant's mark on it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.matchmaking.domain.queries.cards import recommendation_cards
from clustermeet.matchmaking.enums import MarkKind
from clustermeet.meetings.domain.requests_policy import quota_left
from clustermeet.portal.people.access import participation, person_of
from clustermeet.portal.people.errors import sentence
from clustermeet.portal.people.forms import REMOVE_MARK, MarkForm


@require_safe
@login_required
def recommendations(request: HttpRequest, slug: str) -> HttpResponse:
    p = participation(request, slug)
    context = {
        "event": p.event,
        "participant": p,
        "cards": recommendation_cards(p),
        "mark_choices": MarkKind.choices,
        "quota_left": quota_left(p),
    }
    return render(request, "portal/people/recommendations.html", context)


def back_to(request: HttpRequest, fallback: str) -> HttpResponseRedirect:
    """Where the form came from (a page of this site), else `fallback`."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(fallback)


@require_POST
@login_required
def mark(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    p = participation(request, slug)
    target = person_of(p.event, pk)
    form = MarkForm(request.POST)
    kind, said, error = None, "", ""
    if not form.is_valid():
        error = _("Choose “Must meet”, “Meet” or “No thanks”, or remove the mark.")
    else:
        kind = None if form.cleaned_data["kind"] == REMOVE_MARK else form.cleaned_data["kind"]
        try:
            set_mark(p, target, kind, acting_user=request.user)  # type: ignore[arg-type]
        except ValidationError as refused:
            error = sentence(refused)
        else:
            name = target.user.display_name
            label = dict(MarkKind.choices).get(kind or "", "")
            said = (
                _("Marked %(name)s: %(mark)s.") % {"name": name, "mark": label}
                if kind
                else _("Mark removed from %(name)s.") % {"name": name}
            )
    if request.headers.get("HX-Request"):  # htmx: the buttons again, answered in place
        current = p.marks.filter(target=target).values_list("kind", flat=True).first()
        context = {
            "event": p.event,
            "target": target.pk,
            "current": current,
            "here": request.POST.get("next", ""),
            "mark_choices": MarkKind.choices,
            "said": error or said,
        }
        return render(request, "portal/people/_marks.html", context)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, said)
    return back_to(request, reverse("portal:recommendations", args=[slug]) + f"#card-{pk}")
