"""Names others see, names required, and the password rules."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from clustermeet.accounts.models import User
from tests.factories import make_user


@pytest.mark.django_db
def test_display_name_is_the_full_name():
    assert make_user(first_name="Anna", last_name="Lefèvre").display_name == "Anna Lefèvre"


@pytest.mark.django_db
def test_display_name_without_a_name_is_never_the_email():
    user = make_user("nameless@vitagora.example", first_name="", last_name="")
    assert user.display_name == f"Participant {user.pk}"


@pytest.mark.django_db
def test_user_without_names_is_refused_by_validation():
    user = User(email="nameless@vitagora.example")
    with pytest.raises(ValidationError) as refused:
        user.full_clean(exclude=["password", "username"])
    assert sorted(refused.value.message_dict) == ["first_name", "last_name"]


@pytest.mark.django_db
def test_admin_add_user_without_names_is_refused(admin_client):
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {"email": "new@vitagora.example", "password1": "a long walk by the lake",
         "password2": "a long walk by the lake", "usable_password": "true"},
    )  # fmt: skip
    assert response.status_code == 200  # the form again, with its errors
    assert set(response.context["adminform"].form.errors) == {"first_name", "last_name"}
    assert not User.objects.filter(email="new@vitagora.example").exists()


@pytest.mark.django_db
def test_createsuperuser_without_names_is_refused():
    with pytest.raises(CommandError, match="You must use --first_name with --noinput."):
        call_command("createsuperuser", "--noinput", "--email", "ops@vitagora.example")


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("walk-lake", "This password is too short. It must contain at least 10 characters."),
        ("password1234", "This password is too common."),
        ("4815162342108", "This password is entirely numeric."),
        ("anna.lefevre.vitagora", "The password is too similar to the e-mail address."),
    ],
)
def test_password_rules_refuse_weak_password(password, why):
    user = User(email="anna.lefevre@vitagora.example", first_name="Anna", last_name="Lefèvre")
    with pytest.raises(ValidationError) as refused:
        validate_password(password, user)
    assert why in refused.value.messages


def test_password_rules_accept_long_unusual_password():
    user = User(email="anna.lefevre@vitagora.example", first_name="Anna", last_name="Lefèvre")
    assert validate_password("a long walk by the lake", user) is None
