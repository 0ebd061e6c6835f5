"""A participant's calendar feed (RFC 5545) from their agenda rows.

Each meeting is one VEVENT whose UID never changes (see `meetings/domain/calendar.py`); a
moved meeting keeps its UID with a higher SEQUENCE, a cancelled one stays with
STATUS:CANCELLED. Times are written in the event's zone with its full VTIMEZONE definition
(an IANA name, never a bare offset), so calendar apps convert them right wherever they are.
"""

from __future__ import annotations

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from clustermeet.meetings.domain.queries.my_agenda import AgendaRow, PersonalAgenda

PRODUCT = "-//clustermeet//agenda//EN"


def _summary(row: AgendaRow) -> str:
    names = ", ".join(f"{p.name} ({p.organisation})" for p in row.partners)
    return _("Meeting with %(names)s") % {"names": names or _("a participant")}


def _description(row: AgendaRow, profile_url: str) -> str:
    lines = []
    for partner in row.partners:
        lines.append(f"{partner.name}, {partner.job_title}, {partner.organisation}".strip(", "))
        if partner.email:
            lines.append(" ".join(filter(None, [partner.email, partner.phone])))
        lines.append(profile_url.format(pk=partner.pk))
    if row.table_link:
        lines.append(_("Video call: %(link)s") % {"link": row.table_link})
    return "\n".join(lines)


def agenda_calendar(agenda: PersonalAgenda, *, name: str, profile_url: str) -> bytes:
    """`profile_url`: an absolute address with `{pk}` where the other side's id goes."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", agenda.event_zone.key)
    stamp = timezone.now().replace(microsecond=0)
    for row in agenda.rows:
        entry = icalendar.Event()
        entry.add("uid", row.uid)
        entry.add("sequence", row.sequence)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", row.start.astimezone(agenda.event_zone))
        entry.add("dtend", row.end.astimezone(agenda.event_zone))
        entry.add("summary", _summary(row))
        entry.add("location", row.table_link or row.table_name)
        entry.add("description", _description(row, profile_url))
        entry.add("status", "CANCELLED" if row.cancelled else "CONFIRMED")
        if row.table_link:
            entry.add("url", row.table_link)
        calendar.add_component(entry)
    # Full VTIMEZONE definitions (the zone's rules 1970-2038 under its IANA name), so every
    # calendar app converts the times right; never a bare UTC offset.
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
