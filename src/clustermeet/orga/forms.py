"""The console's forms: each names what is wrong in a sentence; choices are the event's own."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from clustermeet.events.domain.setup import POLICY_FIELDS, SESSION_FIELDS, TABLE_FIELDS
from clustermeet.events.models import Event, Session, Slot, Table
from clustermeet.meetings.enums import MeetingStatus
from clustermeet.profiles.models import Participant


class RunForm(forms.Form):
    time_limit = forms.FloatField(
        min_value=1,
        max_value=600,
        initial=20,
        label=_("Time limit (seconds)"),
        help_text=_("How long the solver may search; it reports whether it proved the optimum."),
    )


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(
        error_messages={"required": _("Press the button to confirm; nothing was changed.")}
    )


class LockForm(forms.Form):
    locked = forms.TypedChoiceField(
        choices=[("1", "lock"), ("0", "unlock")], coerce=lambda v: v == "1"
    )


class CancelForm(ConfirmForm):
    reason = forms.CharField(
        max_length=300,
        required=False,
        label=_("Reason"),
        help_text=_("Sent to both sides with the notice."),
    )


class _EventForm(forms.Form):
    def __init__(self, event: Event, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.event = event


class MoveForm(_EventForm):
    slot = forms.ModelChoiceField(queryset=Slot.objects.none())
    table = forms.ModelChoiceField(queryset=Table.objects.none())

    def __init__(self, event: Event, *args: Any, **kwargs: Any) -> None:
        super().__init__(event, *args, **kwargs)
        slot_field = self.fields["slot"]
        table_field = self.fields["table"]
        assert isinstance(slot_field, forms.ModelChoiceField)
        assert isinstance(table_field, forms.ModelChoiceField)
        slot_field.queryset = Slot.objects.filter(event=event).select_related("session", "event")
        table_field.queryset = Table.objects.filter(event=event)


class PersonForm(_EventForm):
    participant = forms.ModelChoiceField(queryset=Participant.objects.none())

    def __init__(self, event: Event, *args: Any, **kwargs: Any) -> None:
        super().__init__(event, *args, **kwargs)
        field = self.fields["participant"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Participant.objects.filter(event=event).select_related(
            "user", "organisation"
        )


class AttendanceForm(_EventForm):
    meeting = forms.IntegerField(min_value=1)
    status = forms.ChoiceField(
        choices=[
            (MeetingStatus.HELD, "held"),
            (MeetingStatus.NO_SHOW, "no-show"),
            (MeetingStatus.SCHEDULED, "scheduled"),
        ]
    )


class LateChangeForm(PersonForm):
    from_slot = forms.ModelChoiceField(
        queryset=Slot.objects.none(),
        label=_("Away from"),
        help_text=_("The person cannot attend this slot or any later one."),
    )

    def __init__(self, event: Event, *args: Any, **kwargs: Any) -> None:
        super().__init__(event, *args, **kwargs)
        field = self.fields["from_slot"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Slot.objects.filter(event=event).select_related("session", "event")


class PolicyForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Event
        fields = list(POLICY_FIELDS)


class SessionForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Session
        fields = list(SESSION_FIELDS)
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "start_time": forms.TimeInput(attrs={"type": "time"}),
            "end_time": forms.TimeInput(attrs={"type": "time"}),
        }


class TableForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Table
        fields = list(TABLE_FIELDS)
