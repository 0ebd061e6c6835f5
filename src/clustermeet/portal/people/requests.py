"""Meeting requests: the form that sends one, and "My requests" with the answers to give."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from clustermeet.events.models import Slot
from clustermeet.meetings.domain.queries.requests import my_requests
from clustermeet.meetings.domain.requests import (
    accept_proposal,
    cancel_request,
    respond_to_request,
    send_request,
)
from clustermeet.meetings.domain.requests_help import policy_summary, request_refusal
from clustermeet.meetings.domain.requests_policy import quota_left
from clustermeet.meetings.enums import RequestStatus
from clustermeet.meetings.models import Request
from clustermeet.meetings.rules import (
    require_requested_or_organiser,
    require_requester_or_organiser,
)
from clustermeet.portal.people.access import participation, person_of
from clustermeet.portal.people.errors import sentence
from clustermeet.portal.people.forms import AnswerForm, ConfirmForm, RequestForm
from clustermeet.profiles.models import Participant


@login_required
def new_request(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    me = participation(request, slug)
    other = person_of(me.event, pk)
    form = RequestForm(request.POST if request.method == "POST" else None)
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            sent = send_request(
                me,
                other,
                acting_user=request.user,  # type: ignore[arg-type]
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            refusal = sentence(error)
        else:
            # Accepted at once in automatic mode, or when they had asked to meet you too.
            text = (
                _("You will meet %(name)s: the request was accepted at once.")
                if sent.status == RequestStatus.ACCEPTED
                else _("Request sent to %(name)s.")
            )
            messages.success(request, text % {"name": other.user.display_name})
            return redirect("portal:requests", slug=slug)
    elif request.method != "POST":
        refusal = request_refusal(me, other)
    context = {
        "event": me.event,
        "participant": me,
        "other": other,
        "form": form,
        "refusal": refusal,
        "policy": policy_summary(me.event),
        "quota_left": quota_left(me),
    }
    return render(request, "portal/people/request_form.html", context)


@require_safe
@login_required
def requests(request: HttpRequest, slug: str) -> HttpResponse:
    me = participation(request, slug)
    mine = my_requests(me)
    slots = [(s.pk, s.label) for s in mine.free_slots]
    context = {
        "event": me.event,
        "participant": me,
        "mine": mine,
        "answer_form": AnswerForm(slots=slots),
        "policy": policy_summary(me.event),
    }
    return render(request, "portal/people/requests.html", context)


def _request(me: Participant, pk: int) -> Request:
    found = (
        Request.objects.filter(pk=pk, event=me.event)
        .select_related("event", "requester__user", "requested__user")
        .first()
    )
    if found is None:
        raise Http404("No such request at this event.")
    return found


def _done(
    request: HttpRequest, slug: str, text: str, error: ValidationError | None
) -> HttpResponse:
    if error is None:
        messages.success(request, text)
    else:
        messages.error(request, sentence(error))
    return redirect("portal:requests", slug=slug)


@require_POST
@login_required
def respond(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    me = participation(request, slug)
    wanted = _request(me, pk)
    require_requested_or_organiser(wanted, request.user)  # type: ignore[arg-type]  # first
    slots = list(Slot.objects.filter(event=me.event).values_list("pk", "start"))
    form = AnswerForm(request.POST, slots=[(s, str(start)) for s, start in slots])
    if not form.is_valid():
        problems = " ".join(str(e) for errors in form.errors.values() for e in errors)
        return _done(request, slug, "", ValidationError(problems))
    answer, slot_pk = form.cleaned_data["answer"], form.cleaned_data["slot"]
    slot = Slot.objects.filter(pk=slot_pk, event=me.event).select_related("event").first()
    texts = {
        "accept": _("Accepted: you will meet %(name)s."),
        "decline": _("Declined: %(name)s is told."),
        "propose": _("Another time proposed to %(name)s; they can take it up."),
    }
    try:
        respond_to_request(wanted, answer, acting_user=request.user, proposed_slot=slot)  # type: ignore[arg-type]
    except ValidationError as error:
        return _done(request, slug, "", error)
    return _done(request, slug, texts[answer] % {"name": wanted.requester.user.display_name}, None)


@require_POST
@login_required
def cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    me = participation(request, slug)
    wanted = _request(me, pk)
    require_requester_or_organiser(wanted, request.user)  # type: ignore[arg-type]  # first
    if not ConfirmForm(request.POST).is_valid():
        refusal = _("Confirm first: for an agreed meeting tick “Yes, cancel our agreed meeting”.")
        return _done(request, slug, "", ValidationError(refusal))
    try:
        cancel_request(wanted, acting_user=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        return _done(request, slug, "", error)
    return _done(
        request, slug, _("Request cancelled; its place in your quota is free again."), None
    )


@require_POST
@login_required
def take_proposal(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    me = participation(request, slug)
    wanted = _request(me, pk)
    require_requester_or_organiser(wanted, request.user)  # type: ignore[arg-type]  # first
    try:
        accept_proposal(wanted, acting_user=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        return _done(request, slug, "", error)
    text = _("You took up the time %(name)s proposed; the request is accepted.")
    return _done(request, slug, text % {"name": wanted.requested.user.display_name}, None)
