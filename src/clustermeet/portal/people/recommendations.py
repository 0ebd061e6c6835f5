"""Recommended partners, each with its explanation and the participant's mark on it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
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
    if not form.is_valid():
        messages.error(request, _("Choose 'Must meet', 'Meet' or 'No thanks', or remove the mark."))
        return redirect("portal:recommendations", slug=slug)
    kind = None if form.cleaned_data["kind"] == REMOVE_MARK else form.cleaned_data["kind"]
    try:
        set_mark(p, target, kind, acting_user=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, sentence(error))
    else:
        label = dict(MarkKind.choices).get(kind or "", "")
        messages.success(
            request,
            _("Marked %(name)s: %(mark)s.") % {"name": target.user.display_name, "mark": label}
            if kind
            else _("Mark removed from %(name)s.") % {"name": target.user.display_name},
        )
    return back_to(request, reverse("portal:recommendations", args=[slug]) + f"#card-{pk}")
