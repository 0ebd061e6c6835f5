"""Matchmaking in the console: compute the recommendations (a task with progress), then
propose meetings from mutual marks and scores for the organiser to tick and confirm."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from clustermeet.events.models import Event
from clustermeet.matchmaking.domain.proposals import confirm_proposal, meeting_proposals
from clustermeet.matchmaking.models import Recommendation
from clustermeet.matchmaking.tasks import compute_recommendations
from clustermeet.orga.matching_forms import ComputeForm, ProposalFilterForm
from clustermeet.orga.views.access import organiser_page, sentence_of
from clustermeet.orga.views.scheduling import RECOMMEND_TASK
from clustermeet.tasks.models import TaskRun


def _filters(data: object) -> tuple[ProposalFilterForm, float, int]:
    form = ProposalFilterForm(data or None)  # type: ignore[arg-type]
    if form.is_bound and form.is_valid():
        return form, form.cleaned_data["min_score"], form.cleaned_data["per_person"]
    return form, 0.4, 5


def _confirm(request: HttpRequest, event: Event) -> HttpResponse:
    form, min_score, per_person = _filters(request.POST)
    chosen = set(request.POST.getlist("pair"))
    proposals = {
        p.key: p for p in meeting_proposals(event, min_score=min_score, per_person=per_person)
    }
    if not chosen:
        messages.error(request, _("Tick at least one proposed pair to confirm."))
    confirmed, refused = 0, []
    for key in sorted(chosen):
        p = proposals.get(key)
        if p is None:
            refused.append(
                _("%(pair)s is no longer proposed (asked or ruled out).") % {"pair": key}
            )
            continue
        try:
            confirm_proposal(
                p.requester,
                p.requested,
                acting_user=request.user,  # type: ignore[arg-type]
                priority=p.priority,
                reason=p.reason,
            )
            confirmed += 1
        except (ValidationError, PermissionDenied) as error:  # said per pair
            refused.append(f"{p.requester} – {p.requested}: {sentence_of(error)}")
    if confirmed:
        messages.success(
            request,
            _("%(n)s meeting(s) agreed on both people's behalf; each was told.") % {"n": confirmed},
        )
    for sentence in refused:
        messages.error(request, sentence)
    query = urlencode({"min_score": str(min_score), "per_person": str(per_person)})
    return redirect(reverse("orga:matchmaking", kwargs={"slug": event.slug}) + "?" + query)


@organiser_page
def matchmaking(request: HttpRequest, event: Event) -> HttpResponse:
    if request.method == "POST" and request.POST.get("part") == "compute":
        compute = ComputeForm(request.POST)
        if compute.is_valid():
            run = compute_recommendations.start(
                event, started_by=request.user, encoder=compute.cleaned_data["encoder"]
            )
            return redirect("orga:task", slug=event.slug, pk=run.pk)
        messages.error(request, _("Choose one of the text models offered."))
        return redirect("orga:matchmaking", slug=event.slug)
    if request.method == "POST":
        return _confirm(request, event)
    form, min_score, per_person = _filters(request.GET)
    stored = Recommendation.objects.filter(event=event)
    context = {
        "event": event,
        "compute": ComputeForm(),
        "filters": form if form.is_bound else ProposalFilterForm(),
        "min_score": min_score,
        "per_person": per_person,
        "proposals": meeting_proposals(event, min_score=min_score, per_person=per_person),
        "stored": stored.count(),
        "latest": stored.order_by("-computed_at").values_list("computed_at", flat=True).first(),
        "run": TaskRun.objects.filter(event=event, name=RECOMMEND_TASK).first(),
    }
    return render(request, "orga/matchmaking.html", context)
