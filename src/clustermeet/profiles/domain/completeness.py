"""How complete a participant's profile is: the parts the wizard asks for, done or missing.

The parts follow the wizard's steps. Two rules are the unbookable list's own
(`reminders.py`): an empty profile is one with neither a job title nor an organisation
description, and a participant without items has nothing in the marketplace. Target
countries and the website are optional (an empty list of target countries means
"anywhere"), so they do not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from clustermeet.profiles.models import Participant


def is_empty_profile(job_title: str, description: str) -> bool:
    """Neither a job title nor an organisation description: nobody can tell who this is."""
    return not job_title.strip() and not description.strip()


@dataclass(frozen=True)
class Part:
    step: str  # the wizard step that fills it
    label: str
    done: bool


@dataclass(frozen=True)
class Completeness:
    parts: tuple[Part, ...]

    @property
    def percent(self) -> int:
        return round(100 * sum(p.done for p in self.parts) / len(self.parts))

    @property
    def missing(self) -> list[Part]:
        return [p for p in self.parts if not p.done]


def completeness(participant: Participant, items: int | None = None) -> Completeness:
    """The parts of `participant`'s profile; `items` (a count) saves a query in lists."""
    org = participant.organisation
    if items is None:
        items = participant.items.count()
    about = bool(participant.job_title.strip()) and bool(org.description.strip())
    return Completeness(
        (
            Part("organisation", str(_("Job title and organisation description")), about),
            Part("ecosystems", str(_("Industrial ecosystems")), bool(org.ecosystems)),
            Part("nace", str(_("NACE codes")), bool(org.nace_codes)),
            Part("technologies", str(_("Key technologies")), bool(org.key_technologies)),
            Part("languages", str(_("Languages spoken")), bool(participant.languages)),
            Part("items", str(_("At least one offer or request")), items > 0),
        )
    )
