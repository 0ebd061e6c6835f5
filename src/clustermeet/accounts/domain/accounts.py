"""`create_account` (a person registering themselves) and `choose_language`."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from clustermeet.accounts.models import User
from clustermeet.accounts.rules import require_self
from clustermeet.audit.log import record


def create_account(
    *, first_name: str, last_name: str, email: str, password: str, language: str = "en"
) -> User:
    """A new account with a password; the name is what others see, the address stays private."""
    errors: dict[str, list[str]] = {}
    first_name, last_name, email = first_name.strip(), last_name.strip(), email.strip().lower()
    if not first_name:
        errors["first_name"] = [_("Write your first name: other participants see it.")]
    if not last_name:
        errors["last_name"] = [_("Write your last name: other participants see it.")]
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = [_("Write an e-mail address such as anna@example.org.")]
    candidate = User(first_name=first_name, last_name=last_name, email=email)
    try:
        validate_password(password, candidate)
    except ValidationError as error:
        errors["password"] = list(error.messages)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        if User.objects.filter(email=email).exists():
            raise ValidationError(
                {
                    "email": [
                        _(
                            "This address already has an account: sign in first (or ask for "
                            "a sign-in link), then come back to this page."
                        )
                    ]
                }
            )
        user = User.objects.create_user(
            email, password, first_name=first_name, last_name=last_name, language=language
        )
        record("create_account", user, actor=user, after={"language": language})
    return user


def choose_language(user: User, language: str, *, acting_user: User | None) -> User:
    """The language of the person's pages and e-mails."""
    require_self(user, acting_user)
    if language not in dict(settings.LANGUAGES):
        codes = ", ".join(code for code, _name in settings.LANGUAGES)
        raise ValidationError(
            _("'%(language)s' is not one of this site's languages (%(codes)s).")
            % {"language": language, "codes": codes}
        )
    with transaction.atomic():
        before = {"language": user.language}
        if before["language"] == language:
            return user
        user.language = language
        user.save(update_fields=["language"])
        record(
            "choose_language", user, actor=acting_user, before=before, after={"language": language}
        )
    return user
