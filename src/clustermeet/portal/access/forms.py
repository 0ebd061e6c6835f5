"""The access pages' forms: every field labelled, every refusal a sentence."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from clustermeet.accounts.enums import NoticeKind
from clustermeet.accounts.models import User
from clustermeet.profiles.enums import OrganisationType
from clustermeet.profiles.names import country_options


def country_choices() -> list[tuple[str, str]]:
    """Countries by their name in the page's language (pycountry's own translations)."""
    return [("", "—"), *country_options()]


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Write the e-mail address you registered with."),
            "invalid": _("Write an e-mail address such as anna@example.org."),
        },
    )


class OrganisationFields(forms.Form):
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        help_text=_("The cluster, company or body you come for, as others should read it."),
        error_messages={"required": _("Write the name of your organisation.")},
    )
    country = forms.ChoiceField(
        label=_("Country of the organisation"),
        choices=[],
        error_messages={"required": _("Choose your organisation's country from the list.")},
    )
    kind = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=OrganisationType.choices,
        initial=OrganisationType.COMPANY,
    )
    consent = forms.BooleanField(
        label=_("I agree to the privacy terms above"),
        error_messages={
            "required": _("Tick the box to agree to the privacy terms: registration needs it.")
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["country"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = country_choices()


class NewAccountForm(OrganisationFields):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={"required": _("Write your first name: other participants see it.")},
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        error_messages={"required": _("Write your last name: other participants see it.")},
    )
    email = EmailForm.base_fields["email"]
    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not only digits, not a common password."),
        error_messages={"required": _("Choose a password of at least 10 characters.")},
    )

    def clean(self) -> dict[str, Any]:
        """The password's rules are checked with the rest, so every problem shows at once."""
        values = super().clean() or {}
        password = values.get("password")
        if password:
            person = User(
                first_name=values.get("first_name", ""),
                last_name=values.get("last_name", ""),
                email=values.get("email", ""),
            )
            try:
                validate_password(password, person)
            except ValidationError as error:
                self.add_error("password", error)
        return values

    field_order = [
        "first_name",
        "last_name",
        "email",
        "password",
        "organisation",
        "country",
        "kind",
        "consent",
    ]


class NotificationsForm(forms.Form):
    """One checkbox per kind of e-mail (`NoticeKind`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for kind, label in NoticeKind.choices:
            self.fields[kind] = forms.BooleanField(label=label, required=False)
