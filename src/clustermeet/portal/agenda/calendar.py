"""The agenda's PDF, the secret calendar link, and the calendar feed itself."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from clustermeet.events.models import Event
from clustermeet.meetings.domain.calendar_links import participant_of_feed, renew_calendar_link
from clustermeet.meetings.domain.queries.my_agenda import personal_agenda
from clustermeet.meetings.interfaces.agenda_pdf import agenda_pdf
from clustermeet.meetings.interfaces.ics import agenda_calendar
from clustermeet.portal.agenda.common import my_participation
from clustermeet.portal.agenda.views import PROFILE_BASE, _back


@require_safe
@login_required
def download_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    me = my_participation(request, slug)
    title = _("%(name)s — agenda of %(person)s") % {
        "name": me.event.name,
        "person": me.user.display_name,
    }
    response = HttpResponse(agenda_pdf(personal_agenda(me), title=title), "application/pdf")
    response["Content-Disposition"] = f'attachment; filename="agenda-{slug}.pdf"'
    return response


@require_POST
@login_required
def renew_link(request: HttpRequest, slug: str) -> HttpResponse:
    me = my_participation(request, slug)
    renew_calendar_link(me, acting_user=request.user)  # type: ignore[arg-type]
    messages.success(
        request, _("Your calendar link is ready; any link you had before no longer works.")
    )
    return _back(slug, "#calendar")


@require_safe
def feed(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    """No login: calendar apps send no cookie. The token is the key, so anyone holding the
    right one reads this agenda (that is the design); a wrong or revoked one gets 404."""
    event = get_object_or_404(Event, slug=slug)
    owner = participant_of_feed(event.pk, token)
    if owner is None:
        raise Http404("No calendar at this address; make a new link on your agenda page.")
    profile = request.build_absolute_uri(PROFILE_BASE.format(slug=slug)) + "{pk}/"
    name = _("%(event)s — my meetings") % {"event": event.name}
    body = agenda_calendar(personal_agenda(owner), name=name, profile_url=profile)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slug}.ics"'
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response
