"""The people pages' forms: labels and help in the user's language; choices from the reference
lists and the event's own data. The verbs check again and name the field when they refuse."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from clustermeet.events.enums import OrganisationType
from clustermeet.matchmaking.enums import MarkKind
from clustermeet.meetings.domain.requests_policy import MESSAGE_MAX
from clustermeet.portal.people.labels import ECOSYSTEM_LABELS, TECHNOLOGY_LABELS
from clustermeet.profiles.enums import ItemType
from clustermeet.profiles.names import country_options, language_label
from clustermeet.reference import INDUSTRIAL_ECOSYSTEMS, KEY_ENABLING_TECHNOLOGIES, nace_codes

# The EU's official languages, then others often spoken at international events.
LANGUAGES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
    "ar",
    "ca",
    "ja",
    "ko",
    "no",
    "ru",
    "sr",
    "tr",
    "uk",
    "zh",
]


def language_choices(extra: list[str]) -> list[tuple[str, str]]:
    codes = list(dict.fromkeys([*LANGUAGES, *extra]))
    return sorted(((c, language_label(c)) for c in codes), key=lambda pair: pair[1])


class OrganisationForm(forms.Form):
    job_title = forms.CharField(
        label=_("Your job title"),
        max_length=200,
        required=False,
        help_text=_("What you do in your organisation, e.g. 'Cluster manager'."),
    )
    name = forms.CharField(label=_("Organisation name"), max_length=200)
    kind = forms.ChoiceField(label=_("Organisation type"), choices=OrganisationType.choices)
    country = forms.ChoiceField(label=_("Country"), choices=country_options)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What your organisation does and what it looks for: partners read this."),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")


def _checkboxes(
    label: Any, values: tuple[str, ...], labels: dict[str, Any], help_text: Any = ""
) -> forms.Field:
    return forms.MultipleChoiceField(
        label=label,
        choices=[(v, labels.get(v, v)) for v in values],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


class EcosystemsForm(forms.Form):
    ecosystems = _checkboxes(
        _("Industrial ecosystems"),
        INDUSTRIAL_ECOSYSTEMS,
        ECOSYSTEM_LABELS,
        _("The EU's industrial ecosystems your organisation works in."),
    )


class TechnologiesForm(forms.Form):
    key_technologies = _checkboxes(
        _("Key technologies"),
        KEY_ENABLING_TECHNOLOGIES,
        TECHNOLOGY_LABELS,
        _("The key enabling technologies your organisation develops or uses."),
    )


class NaceForm(forms.Form):
    # Rendered by hand (the chosen codes and the search results only), checked against all.
    nace_codes = forms.MultipleChoiceField(
        label=_("NACE codes"), required=False, choices=lambda: [(c, c) for c in nace_codes()]
    )


class NaceSearchForm(forms.Form):
    q = forms.CharField(label=_("Search NACE codes"), required=False, max_length=100)


class LanguagesForm(forms.Form):
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, current: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["languages"].choices = language_choices(current)  # type: ignore[attr-defined]


class CountriesForm(forms.Form):
    target_countries = forms.MultipleChoiceField(
        label=_("Countries where you look for partners"),
        required=False,
        choices=country_options,
        widget=forms.SelectMultiple(attrs={"size": 12}),
        help_text=_(
            "Optional: leave empty to meet partners from anywhere. Hold Ctrl (⌘ on a Mac) to "
            "choose several."
        ),
    )


class ItemForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=ItemType.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    keywords = forms.CharField(
        label=_("Keywords"),
        required=False,
        max_length=500,
        help_text=_("Separated by commas, e.g. 'plant protein, extrusion'."),
    )
    language = forms.ChoiceField(label=_("Language of the text"))

    def __init__(self, *args: Any, languages: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(languages)  # type: ignore[attr-defined]

    def clean_keywords(self) -> list[str]:
        raw: str = self.cleaned_data["keywords"]
        return [word.strip() for word in raw.split(",") if word.strip()]


class DirectoryForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    country = forms.ChoiceField(label=_("Country"), required=False)
    delegation = forms.TypedChoiceField(
        label=_("Delegation"), required=False, coerce=int, empty_value=None
    )
    ecosystem = forms.ChoiceField(
        label=_("Ecosystem"),
        required=False,
        choices=[("", _("Any")), *((e, ECOSYSTEM_LABELS[e]) for e in INDUSTRIAL_ECOSYSTEMS)],
    )
    kind = forms.ChoiceField(
        label=_("Organisation type"),
        required=False,
        choices=[("", _("Any")), *OrganisationType.choices],
    )
    item_kind = forms.ChoiceField(
        label=_("Offers or requests"),
        required=False,
        choices=[("", _("Any")), *ItemType.choices],
    )

    def __init__(
        self,
        *args: Any,
        countries: list[tuple[str, str]],
        delegations: list[tuple[int, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        any_ = ("", _("Any"))
        self.fields["country"].choices = [any_, *countries]  # type: ignore[attr-defined]
        self.fields["delegation"].choices = [any_, *delegations]  # type: ignore[attr-defined]


class RequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=lazy(
            lambda: (
                _("Say why you would like to meet (at most %(n)d characters).") % {"n": MESSAGE_MAX}
            ),
            str,
        )(),
    )


REMOVE_MARK = "none"


class MarkForm(forms.Form):
    # Removing is said in so many words: an empty form changes nothing.
    kind = forms.ChoiceField(choices=[*MarkKind.choices, (REMOVE_MARK, _("No mark"))])


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField()


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        choices=[
            ("accept", _("Accept")),
            ("decline", _("Decline")),
            ("propose", _("Propose another time")),
        ]
    )
    slot = forms.TypedChoiceField(
        label=_("Another time"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args: Any, slots: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [("", "—"), *slots]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("answer") == "propose" and data.get("slot") is None:
            self.add_error("slot", _("Choose the time you propose."))
        if data.get("answer") != "propose":
            data["slot"] = None
        return data
