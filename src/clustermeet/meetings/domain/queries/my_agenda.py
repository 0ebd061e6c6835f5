"""A participant's own agenda, as the agenda page, its PDF and the calendar feed show it.

Every meeting of the latest published schedule the participant sits in (cancelled ones too),
plus the meetings of earlier versions that are no longer in it (shown as cancelled), each
with its stable calendar UID and SEQUENCE (see `meetings/domain/calendar.py`). The other side
is shown through `redacted_profile`: contact details only once the meeting is agreed. Only
the participant's own outcome is read; the other side's is never part of this.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from clustermeet.events.enums import TableKind
from clustermeet.meetings.domain.calendar import (
    Key,
    Live,
    live_meetings,
    published,
    schedule_meetings,
    sequence,
    uid,
)
from clustermeet.meetings.domain.contacts import agreed_partner_ids
from clustermeet.meetings.domain.queries.profiles import RedactedProfile, redacted_profile
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.meetings.models import CalendarEntry, Meeting, Outcome
from clustermeet.profiles.models import Participant


@dataclass(frozen=True)
class AgendaRow:
    uid: str
    sequence: int
    meeting: Meeting | None  # None: the meeting is no longer in the published schedule
    start: datetime
    end: datetime
    table_name: str
    table_link: str  # a virtual room's address; empty on site
    partners: list[RedactedProfile]
    status: str  # a MeetingStatus value
    moved_from: tuple[datetime, str] | None  # the time and table before the last change
    outcome: Outcome | None  # the participant's own, never the other side's

    @property
    def cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def virtual(self) -> bool:
        return bool(self.table_link)

    @property
    def may_report(self) -> bool:
        """Held/no-show and the outcome may be recorded once the slot has begun."""
        return self.meeting is not None and not self.cancelled and self.start <= timezone.now()


@dataclass(frozen=True)
class PersonalAgenda:
    participant: Participant
    rows: list[AgendaRow]
    event_zone: zoneinfo.ZoneInfo
    own_zone: zoneinfo.ZoneInfo  # the participant's choice, or the event's

    @property
    def published(self) -> bool:
        return bool(self.rows)

    @property
    def days(self) -> list[tuple[date, list[AgendaRow]]]:
        """Rows grouped by the day at the venue, in time order."""
        grouped: dict[date, list[AgendaRow]] = {}
        for row in self.rows:
            grouped.setdefault(row.start.astimezone(self.event_zone).date(), []).append(row)
        return list(grouped.items())

    @property
    def two_zones(self) -> bool:
        return self.own_zone.key != self.event_zone.key


_PERSON = ("user", "organisation")


def own_zone(participant: Participant) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(participant.time_zone or participant.event.time_zone)


def personal_agenda(participant: Participant) -> PersonalAgenda:
    """A fixed number of queries whatever the number of meetings."""
    event = participant.event
    schedule = published(event.pk)
    if schedule is None:  # nothing published (yet): no agenda, whatever was kept before
        return PersonalAgenda(participant, [], event.tz, own_zone(participant))
    meetings = schedule_meetings(schedule, participant.pk)
    live = live_meetings(meetings, only=participant.pk)
    entries: dict[Key, CalendarEntry] = {
        (e.participant_id, e.partner_id, e.ordinal): e
        for e in CalendarEntry.objects.filter(participant=participant)
    }
    partner_ids = {key[1] for key in live} | {key[1] for key in entries}
    people = {
        p.pk: p for p in Participant.objects.filter(pk__in=partner_ids).select_related(*_PERSON)
    }
    agreed = agreed_partner_ids(participant)
    outcomes = {
        o.meeting_id: o
        for o in Outcome.objects.filter(participant=participant, meeting__in=meetings)
    }

    def others(meeting: Meeting | None, partner: int) -> list[RedactedProfile]:
        ids = (
            [s.participant_id for s in meeting.seats.all() if s.participant_id != participant.pk]
            if meeting is not None
            else ([partner] if partner != participant.pk else [])
        )
        return [redacted_profile(participant, people[i], agreed) for i in ids if i in people]

    rows: list[AgendaRow] = []
    for key in sorted(set(live) | set(entries), key=lambda k: _start(live, entries, k)):
        found, entry = live.get(key), entries.get(key)
        moved = None
        if entry is not None and entry.was_start is not None and entry.sequence > 0:
            moved = (entry.was_start, entry.was_table_name)
        if found is not None:
            rows.append(
                AgendaRow(
                    uid=uid(event.pk, key),
                    sequence=sequence(entry, found),
                    meeting=found.meeting,
                    start=found.start,
                    end=found.end,
                    table_name=found.table_name,
                    table_link=found.table_link
                    if found.meeting.table.kind == TableKind.VIRTUAL
                    else "",
                    partners=others(found.meeting, key[1]),
                    status=found.meeting.status,
                    moved_from=moved,
                    outcome=outcomes.get(found.meeting.pk),
                )
            )
        elif entry is not None:  # dropped from the published schedule: cancelled
            rows.append(
                AgendaRow(
                    uid=uid(event.pk, key),
                    sequence=sequence(entry, None),
                    meeting=None,
                    start=entry.start,
                    end=entry.end,
                    table_name=entry.table_name,
                    table_link=entry.table_link,
                    partners=others(None, key[1]),
                    status=MeetingStatus.CANCELLED,
                    moved_from=moved,
                    outcome=None,
                )
            )
    return PersonalAgenda(participant, rows, event.tz, own_zone(participant))


def _start(live: dict[Key, Live], entries: dict[Key, CalendarEntry], key: Key) -> datetime:
    found = live.get(key)
    return found.start if found is not None else entries[key].start
