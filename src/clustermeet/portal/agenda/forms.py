"""The agenda's forms: they parse; the verbs decide."""

from __future__ import annotations

import zoneinfo
from functools import cache

from django import forms
from django.utils.translation import gettext_lazy as _

from clustermeet.meetings.domain.attendance import COMMENT_LIMIT
from clustermeet.meetings.enums import MeetingStatus, OutcomeKind


@cache
def _zones() -> list[tuple[str, str]]:
    return [(z, z.replace("_", " ")) for z in sorted(zoneinfo.available_timezones())]


class TimeZoneForm(forms.Form):
    time_zone = forms.ChoiceField(
        label=_("My time zone"),
        required=False,
        help_text=_("Your agenda shows each time at the venue and in this zone."),
    )

    def __init__(self, *args: object, event_zone: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["time_zone"]
        field.choices = [("", _("The event's (%(zone)s)") % {"zone": event_zone}), *_zones()]  # type: ignore[attr-defined]


class ReportForm(forms.Form):
    attendance = forms.ChoiceField(
        label=_("Did the meeting take place?"),
        choices=[
            (MeetingStatus.HELD, _("Yes, we met")),
            (MeetingStatus.NO_SHOW, _("No, the other side did not come")),
        ],
        widget=forms.RadioSelect,
    )
    kind = forms.ChoiceField(
        label=_("What did it lead to?"),
        required=False,
        choices=[
            (OutcomeKind.NONE, _("Nothing")),
            (OutcomeKind.INFORMATIVE, _("Informative")),
            (OutcomeKind.COOPERATION_POSSIBLE, _("Cooperation possible")),
            (OutcomeKind.AGREEMENT, _("An agreement")),
        ],
    )
    comment = forms.CharField(
        label=_("Comment (only you and the organisers see it)"),
        required=False,
        max_length=COMMENT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ConsentForm(forms.Form):
    named_in_report = forms.BooleanField(
        label=_("You may name me and my organisation in the event's report"), required=False
    )
