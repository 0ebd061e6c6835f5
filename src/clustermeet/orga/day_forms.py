"""Forms of the day's late changes: a walk-in, a late request, a table that breaks."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from clustermeet.events.models import Event, Slot, Table
from clustermeet.profiles.models import Participant


def _people(event: Event) -> Any:
    return Participant.objects.filter(event=event).select_related("user", "organisation")


def _slots(event: Event) -> Any:
    return Slot.objects.filter(event=event).select_related("session", "event").order_by("start")


class WalkInForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"))
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        help_text=_("An organisation of this event by its name, or a new one."),
    )
    country = forms.CharField(
        label=_("Country of a new organisation"),
        max_length=2,
        required=False,
        help_text=_("Two-letter code such as CA or DE; only needed for a new organisation."),
    )


class PairForm(forms.Form):
    """Two people of the event (the late request's two sides)."""

    first = forms.ModelChoiceField(queryset=Participant.objects.none(), label=_("First person"))
    second = forms.ModelChoiceField(queryset=Participant.objects.none(), label=_("Second person"))

    def __init__(self, event: Event, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in ("first", "second"):
            choice = self.fields[field]
            assert isinstance(choice, forms.ModelChoiceField)
            choice.queryset = _people(event)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("first") is not None and data.get("first") == data.get("second"):
            raise forms.ValidationError(_("Choose two different people."))
        return data


class BookForm(PairForm):
    slot = forms.ModelChoiceField(queryset=Slot.objects.none(), label=_("Slot"))
    table = forms.ModelChoiceField(queryset=Table.objects.none(), label=_("Table"))

    def __init__(self, event: Event, *args: Any, **kwargs: Any) -> None:
        super().__init__(event, *args, **kwargs)
        slot, table = self.fields["slot"], self.fields["table"]
        assert isinstance(slot, forms.ModelChoiceField)
        assert isinstance(table, forms.ModelChoiceField)
        slot.queryset = _slots(event)
        table.queryset = Table.objects.filter(event=event)


class TableBreakForm(forms.Form):
    table = forms.ModelChoiceField(queryset=Table.objects.none(), label=_("Table"))
    from_slot = forms.ModelChoiceField(
        queryset=Slot.objects.none(),
        label=_("Unusable from"),
        help_text=_("The table cannot be used in this slot or any later one."),
    )

    def __init__(self, event: Event, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        table, slot = self.fields["table"], self.fields["from_slot"]
        assert isinstance(table, forms.ModelChoiceField)
        assert isinstance(slot, forms.ModelChoiceField)
        table.queryset = Table.objects.filter(event=event)
        slot.queryset = _slots(event)
