"""Signing in: the password form's words, and one-time sign-in links sent by e-mail."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from clustermeet.accounts.domain.sign_in_links import token_hash
from clustermeet.accounts.models import SignInLink
from clustermeet.audit.models import AuditEntry
from tests.factories import make_user

LINK = re.compile(r"http://testserver(/login/link/[^/\s]+/)")


@pytest.fixture
def anna(db):
    return make_user("anna@vitagora.example", first_name="Anna", last_name="Lefèvre")


def ask_link(client, email, capture):
    with capture(execute=True):
        return client.post(reverse("portal:sign-in-link"), {"email": email})


def link_in(message) -> str:
    found = LINK.search(message.body)
    assert found, message.body
    return found.group(1)


def test_login_page_has_email_password_and_sign_in_button(client, db):
    page = client.get(reverse("login")).content.decode()
    assert '<label for="id_username">E-mail</label>' in page
    assert '<label for="id_password">Password</label>' in page
    assert '<button type="submit">Sign in</button>' in page
    assert "Send me a sign-in link" in page
    assert "It works once, for 15 minutes." in page


def test_sign_in_link_signs_in_once(client, anna, django_capture_on_commit_callbacks):
    response = ask_link(client, "Anna@Vitagora.example", django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert [m.to for m in mail.outbox] == [["anna@vitagora.example"]]
    path = link_in(mail.outbox[0])
    assert "It works once, within 15 minutes." in mail.outbox[0].body
    # Opening the link spends nothing (mail scanners open links); the button does.
    opened = client.get(path).content.decode()
    assert '<button type="submit">Sign in</button>' in opened
    assert "_auth_user_id" not in client.session
    signed_in = client.post(path)
    assert (signed_in.status_code, signed_in.url) == (302, reverse("portal:home"))
    assert client.session["_auth_user_id"] == str(anna.pk)
    client.logout()
    again = client.post(path)
    text = again.content.decode()
    assert again.status_code == 200 and "_auth_user_id" not in client.session
    assert "This sign-in link has been used already: each link works once." in text
    assert 'action="/login/link/"' in text  # a new one is offered on the spot
    verbs = list(AuditEntry.objects.order_by("id").values_list("verb", flat=True))
    assert verbs == ["send_sign_in_link", "use_sign_in_link"]


def test_sign_in_link_stores_only_a_hash_of_its_token(
    client, anna, django_capture_on_commit_callbacks
):
    ask_link(client, anna.email, django_capture_on_commit_callbacks)
    token = link_in(mail.outbox[0]).split("/")[-2]
    stored = SignInLink.objects.get()
    assert stored.token_hash == token_hash(token) and token not in stored.token_hash


def test_sign_in_link_expired_says_so_and_offers_a_new_one(
    client, anna, settings, django_capture_on_commit_callbacks
):
    settings.SIGN_IN_LINK_MINUTES = 0  # expires the moment it is made
    ask_link(client, anna.email, django_capture_on_commit_callbacks)
    path = link_in(mail.outbox[0])
    for response in (client.get(path), client.post(path)):
        text = response.content.decode()
        assert "This sign-in link expired on" in text
        assert "links work for 0 minutes. Ask for a new one below." in text
        assert "Send me a new sign-in link" in text
    assert "_auth_user_id" not in client.session
    assert SignInLink.objects.get().used_at is None


def test_sign_in_link_for_unknown_address_gets_the_same_answer_and_no_mail(
    client, anna, django_capture_on_commit_callbacks
):
    known = ask_link(client, anna.email, django_capture_on_commit_callbacks)
    unknown = ask_link(client, "nobody@vitagora.example", django_capture_on_commit_callbacks)
    assert known.status_code == unknown.status_code == 200

    def page(response, address):  # the CSRF token differs between any two pages
        text = response.content.decode().replace(address, "ADDRESS")
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", text)

    assert page(known, anna.email) == page(unknown, "nobody@vitagora.example")
    assert len(mail.outbox) == 1 and SignInLink.objects.count() == 1


def test_sign_in_link_made_up_token_is_refused_clearly(client, db):
    text = client.post("/login/link/made-up-token/").content.decode()
    assert "This sign-in link is not valid" in text
    assert "_auth_user_id" not in client.session


def test_sign_in_link_bad_email_names_the_problem(client, db):
    text = client.post(reverse("portal:sign-in-link"), {"email": "anna at home"}).content.decode()
    assert "Write an e-mail address such as anna@example.org." in text


def test_sign_in_links_at_most_five_an_hour_per_account(
    client, anna, django_capture_on_commit_callbacks
):
    for _ in range(7):
        assert ask_link(client, anna.email, django_capture_on_commit_callbacks).status_code == 200
    assert len(mail.outbox) == 5


def test_sign_in_link_keeps_where_the_person_was_going(
    client, anna, django_capture_on_commit_callbacks
):
    ask_link(client, anna.email, django_capture_on_commit_callbacks)
    path = link_in(mail.outbox[0])
    response = client.post(path, {"next": reverse("portal:notifications")})
    assert response.url == reverse("portal:notifications")
