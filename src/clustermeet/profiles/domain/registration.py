"""Registration for an open event: `register` (and `register_new_account`), then, when the event
asks for it, the organisers' `approve_registration` or `reject_registration`.

Decisions:
- A registration needs consent to the event's privacy terms; the moment is kept (`consent_at`).
- The person's organisation is found by its name in the event (the same slug), or made.
- A pending or rejected participant is requested by nobody, recommended to nobody and left out
  of the scheduler's input; an approval lets them in, and the person is told either way.
- Existing participants (imported, or registered before approval existed) stay approved.
"""

from __future__ import annotations

from hashlib import sha1

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from clustermeet.accounts.domain.accounts import create_account
from clustermeet.accounts.domain.mail import Compose, send_after_commit
from clustermeet.accounts.models import User
from clustermeet.audit.log import record
from clustermeet.events.models import Event
from clustermeet.events.rules import (
    is_organiser,
    on_behalf_of,
    require_organiser,
    require_self_or_organiser,
)
from clustermeet.events.validators import validate_country
from clustermeet.profiles.enums import OrganisationType, Registration
from clustermeet.profiles.models import Organisation, Participant


def _organisation(event: Event, name: str, country: str, kind: str) -> Organisation:
    errors: dict[str, list[str]] = {}
    name = name.strip()
    if not name:
        errors["organisation"] = [_("Write the name of your organisation.")]
    try:
        validate_country(country)
    except ValidationError:
        errors["country"] = [_("Choose your organisation's country from the list.")]
    if kind not in OrganisationType.values:
        errors["kind"] = [_("Choose your organisation's type from the list.")]
    if errors:
        raise ValidationError(errors)
    slug = (
        slugify(name, allow_unicode=True)[:120]
        or f"organisation-{sha1(name.encode()).hexdigest()[:10]}"
    )
    found = Organisation.objects.filter(event=event, slug=slug).first()
    if found is not None:
        return found
    return Organisation.objects.create(
        event=event, slug=slug, name=name, country=country, kind=kind
    )


def _require_open(event: Event, acting_user: User | None) -> None:
    """Organisers (and the command line) register people whenever; others while it is open."""
    if acting_user is None or event.registration_open or is_organiser(event, acting_user):
        return
    raise PermissionDenied(_("Registration for %(event)s is closed.") % {"event": event.name})


def _require_open_to_visitors(event: Event) -> None:
    if not event.registration_open:
        raise PermissionDenied(_("Registration for %(event)s is closed.") % {"event": event.name})


def register(
    event: Event,
    user: User,
    *,
    organisation: str,
    country: str,
    kind: str,
    consent: bool,
    acting_user: User | None,
) -> Participant:
    """`user` takes part in `event`: approved at once, or pending when the event asks for the
    organisers' approval."""
    require_self_or_organiser(event, acting_user, user)
    _require_open(event, acting_user)
    if not consent:
        raise ValidationError(
            {
                "consent": [
                    _(
                        "Tick the box to agree to the privacy terms of %(event)s: registration "
                        "needs your consent."
                    )
                    % {"event": event.name}
                ]
            }
        )
    with transaction.atomic():
        if Participant.objects.filter(event=event, user=user).exists():
            raise ValidationError(
                _("You are registered for %(event)s already.") % {"event": event.name}
            )
        now = timezone.now()
        state = Registration.PENDING if event.registration_needs_approval else Registration.APPROVED
        participant = Participant.objects.create(
            event=event,
            user=user,
            organisation=_organisation(event, organisation, country, kind),
            registration=state,
            consent_at=now,
        )
        record(
            "register",
            participant,
            actor=acting_user,
            event=event,
            after={
                "registration": state,
                "consent_at": now,
                "organisation": participant.organisation_id,
            },
            on_behalf_of=on_behalf_of(event, acting_user, user),
        )
    return participant


def register_new_account(
    event: Event,
    *,
    first_name: str,
    last_name: str,
    email: str,
    password: str,
    language: str,
    organisation: str,
    country: str,
    kind: str,
    consent: bool,
) -> Participant:
    """A visitor makes an account and registers with it: both, or neither."""
    _require_open_to_visitors(event)
    with transaction.atomic():
        user = create_account(
            first_name=first_name,
            last_name=last_name,
            email=email,
            password=password,
            language=language,
        )
        return register(
            event,
            user,
            organisation=organisation,
            country=country,
            kind=kind,
            consent=consent,
            acting_user=user,
        )


def approve_registration(participant: Participant, *, acting_user: User | None) -> Participant:
    """The organisers let a pending (or earlier rejected) person take part; they are told."""
    return _decide(participant, Registration.APPROVED, "", acting_user)


def reject_registration(
    participant: Participant, *, acting_user: User | None, reason: str = ""
) -> Participant:
    """The organisers turn down a pending registration; the person is told, with the reason."""
    return _decide(participant, Registration.REJECTED, reason.strip(), acting_user)


def _decide(
    participant: Participant, state: str, reason: str, acting_user: User | None
) -> Participant:
    event = participant.event
    require_organiser(event, acting_user)
    with transaction.atomic():
        person = (
            Participant.objects.select_for_update(of=("self",))
            .select_related("user", "event")
            .get(pk=participant.pk)
        )
        allowed = {
            Registration.APPROVED: (Registration.PENDING, Registration.REJECTED),
            Registration.REJECTED: (Registration.PENDING,),
        }[Registration(state)]
        if person.registration not in allowed:
            raise ValidationError(
                _("%(name)s's registration is %(state)s already: there is nothing to decide.")
                % {
                    "name": person.user.display_name,
                    "state": person.get_registration_display().lower(),
                }
            )
        before = {"registration": person.registration}
        person.registration = state
        person.save(update_fields=["registration"])
        verb = "approve_registration" if state == Registration.APPROVED else "reject_registration"
        record(
            verb,
            person,
            actor=acting_user,
            event=event,
            before=before,
            after={"registration": state, "reason": reason},
        )
        send_after_commit([person.user], _decision_mail(event, state, reason))
    participant.registration = state
    return participant


def _decision_mail(event: Event, state: str, reason: str) -> Compose:
    def compose(user: User) -> tuple[str, str]:
        names = {"name": user.display_name, "event": event.name}
        if state == Registration.APPROVED:
            subject = _("Your registration for %(event)s is approved") % names
            body = (
                _(
                    "Hello %(name)s,\n\nthe organisers of %(event)s approved your registration. "
                    "You can now complete your profile, find partners and request meetings."
                )
                % names
            )
        else:
            subject = _("Your registration for %(event)s") % names
            body = (
                _(
                    "Hello %(name)s,\n\nthe organisers of %(event)s could not accept your "
                    "registration."
                )
                % names
            )
            if reason:
                body += "\n\n" + _("Their reason: %(reason)s") % {"reason": reason}
        return subject, body

    return compose
