"""Logging in and out through the real pages, and throttling of wrong passwords."""

import pytest
from django.urls import reverse

from tests.factories import make_user

PASSWORD = "a long walk by the lake"


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    # Every wrong password is hashed; Django's default hasher takes ~0.3 s on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def anna(db):
    return make_user("anna@vitagora.example", PASSWORD, first_name="Anna", last_name="Lefèvre")


def log_in(client, email, password, address="127.0.0.1"):
    return client.post(
        reverse("login"), {"username": email, "password": password}, REMOTE_ADDR=address
    )


def test_login_with_right_password_goes_to_my_events(client, anna):
    response = log_in(client, anna.email, PASSWORD)
    assert (response.status_code, response.url) == (302, reverse("portal:home"))


def test_logout_form_on_every_page_logs_out_and_goes_to_events(client, anna):
    log_in(client, anna.email, PASSWORD)
    page = client.get(reverse("portal:events")).content.decode()
    assert f'<form method="post" action="{reverse("logout")}"' in page
    assert "Sign out Anna Lefèvre" in page and anna.email not in page
    response = client.post(reverse("logout"))
    assert (response.status_code, response.url) == (302, reverse("portal:events"))
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("portal:home")).status_code == 302  # back to the login page


def test_login_after_25_wrong_passwords_is_refused_with_how_long_to_wait(client, anna):
    codes = [log_in(client, anna.email, "wrong password").status_code for _ in range(25)]
    assert codes == [200] * 9 + [429] * 16  # the tenth failure locks
    response = log_in(client, anna.email, PASSWORD)
    text = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert "after 10 failed attempts. Wait 15 minutes from your last attempt" in text
    assert "_auth_user_id" not in client.session


def test_login_wrong_passwords_lock_the_account_from_any_address(client, anna):
    for n in range(10):
        log_in(client, anna.email, "wrong password", address=f"10.0.0.{n + 1}")
    assert log_in(client, anna.email, PASSWORD, address="10.9.9.9").status_code == 429


def test_login_wrong_passwords_count_once_whatever_the_case_of_the_email(client, anna):
    for n in range(10):
        log_in(client, anna.email.upper() if n % 2 else anna.email, "wrong", f"10.0.1.{n}")
    assert log_in(client, anna.email, PASSWORD, address="10.9.9.9").status_code == 429


def test_login_wrong_passwords_lock_the_address_for_every_account(client, anna):
    for n in range(10):
        log_in(client, f"guess{n}@vitagora.example", "wrong password", address="10.0.0.7")
    assert log_in(client, anna.email, PASSWORD, address="10.0.0.7").status_code == 429
    assert log_in(client, anna.email, PASSWORD, address="10.0.0.8").status_code == 302


def test_login_nine_wrong_passwords_still_let_the_right_one_in(client, anna):
    for _ in range(9):
        assert log_in(client, anna.email, "wrong password").status_code == 200
    assert log_in(client, anna.email, PASSWORD).status_code == 302


def test_login_behind_a_proxy_counts_the_client_address_the_proxy_saw(client, anna, settings):
    settings.REVERSE_PROXIES = 1
    proxy = "10.0.0.1"
    for n in range(10):
        # A client that writes its own X-Forwarded-For entry is still counted by its address.
        client.post(
            reverse("login"),
            {"username": f"guess{n}@vitagora.example", "password": "wrong password"},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n}, 203.0.113.5",
        )
    locked = {"username": anna.email, "password": PASSWORD}
    assert (
        client.post(
            reverse("login"), locked, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5"
        ).status_code
        == 429
    )
    assert (
        client.post(
            reverse("login"), locked, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7"
        ).status_code
        == 302
    )
