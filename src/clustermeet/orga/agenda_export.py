"""One participant's agenda (their meetings in the published schedule) as rows, and as the
printable PDF the participant downloads themselves."""

from __future__ import annotations

from django.utils.translation import gettext as _

from clustermeet.meetings.domain.agenda import agenda
from clustermeet.meetings.domain.queries.my_agenda import personal_agenda
from clustermeet.meetings.interfaces.agenda_pdf import agenda_pdf as personal_agenda_pdf
from clustermeet.orga.plan import local_time
from clustermeet.orga.sheets import Row
from clustermeet.profiles.models import Participant

HEADER = ["slot", "table", "link", "with", "their organisation"]


def agenda_rows(participant: Participant) -> tuple[list[str], list[Row]]:
    rows: list[Row] = [
        [
            local_time(entry.meeting.slot),
            entry.meeting.table.name,
            entry.meeting.table.link,
            " & ".join(p.user.display_name for p in entry.partners),
            " & ".join(p.organisation.name for p in entry.partners),
        ]
        for entry in agenda(participant)
    ]
    return list(HEADER), rows


def agenda_pdf(participant: Participant) -> bytes:
    """The same one-page-a-day PDF the participant downloads from their agenda."""
    title = _("%(name)s (%(org)s) — agenda for %(event)s") % {
        "name": participant.user.display_name,
        "org": participant.organisation.name,
        "event": participant.event.name,
    }
    return personal_agenda_pdf(personal_agenda(participant), title=title)
