"""The interface in English, French and Bulgarian: switched from every page, remembered, and
used for dates and for the person's e-mails."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse

from clustermeet.accounts.models import User
from tests.factories import make_event, make_user

PASSWORD = "a long walk by the lake"


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def switch(client, language, back="/"):
    return client.post(reverse("portal:set-language"), {"language": language, "next": back})


def test_every_page_offers_the_three_languages(client, db):
    for url in (reverse("portal:events"), reverse("login"), reverse("portal:sign-in-link")):
        text = client.get(url).content.decode()
        assert (
            f'<form action="{reverse("portal:set-language")}" method="post" id="language"' in text
        )
        options = re.findall(r'<option value="(\w+)" lang="\w+"', text)
        assert options == ["en", "fr", "bg"]


def test_french_login_page_says_se_connecter(client, db):
    response = switch(client, "fr", reverse("login"))
    assert (response.status_code, response.url) == (302, reverse("login"))
    text = client.get(reverse("login")).content.decode()
    assert '<html lang="fr">' in text
    assert '<button type="submit">Se connecter</button>' in text
    assert '<label for="id_username">Adresse e-mail</label>' in text
    assert "Envoyez-moi un lien de connexion" in text


def test_bulgarian_login_page(client, db):
    switch(client, "bg")
    text = client.get(reverse("login")).content.decode()
    assert '<button type="submit">Вход</button>' in text


def test_dates_follow_the_chosen_language(client, db):
    make_event(name="Toronto 2019", is_public=True)  # 5 to 7 June 2019
    assert "5 June 2019 – 7 June 2019" in client.get("/").content.decode()
    switch(client, "fr")
    assert "5 juin 2019 – 7 juin 2019" in client.get("/").content.decode()
    switch(client, "bg")
    assert "5 Юни 2019 – 7 Юни 2019" in client.get("/").content.decode()


def test_language_is_remembered_by_cookie(client, db):
    response = switch(client, "fr")
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert (cookie.value, cookie["max-age"]) == ("fr", settings.LANGUAGE_COOKIE_AGE)


def test_signed_in_choice_is_saved_and_follows_the_person(db):
    anna = make_user("anna@vitagora.example", PASSWORD)
    first = Client()
    first.force_login(anna)
    switch(first, "bg")
    assert User.objects.get(pk=anna.pk).language == "bg"
    other_device = Client()  # no cookie there
    other_device.force_login(anna)
    text = other_device.get(reverse("portal:events")).content.decode()
    assert '<html lang="bg">' in text
    assert other_device.cookies[settings.LANGUAGE_COOKIE_NAME].value == "bg"


def test_unknown_language_changes_nothing(client, db):
    anna = make_user("anna@vitagora.example", PASSWORD)
    client.force_login(anna)
    switch(client, "xx")
    assert User.objects.get(pk=anna.pk).language == ""  # still never chosen
    assert '<html lang="en">' in client.get("/").content.decode()


def test_a_person_who_never_chose_follows_the_browser(client, db):
    client.force_login(make_user("anna@vitagora.example", PASSWORD))
    text = client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="fr">' in text


def test_emails_are_written_in_the_persons_language(client, db, django_capture_on_commit_callbacks):
    make_user("anna@vitagora.example", language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portal:sign-in-link"), {"email": "anna@vitagora.example"})
    assert mail.outbox[0].subject == "Votre lien de connexion à clustermeet"
    assert "Il fonctionne une seule fois, dans les 15 minutes." in mail.outbox[0].body


def test_console_is_translated(client, db):
    from clustermeet.events.domain.organisers import make_organiser

    event = make_event()
    olga = make_user()
    make_organiser(event, olga)
    client.force_login(olga)
    switch(client, "fr")
    text = client.get(reverse("orga:dashboard", kwargs={"slug": event.slug})).content.decode()
    assert ">Tableau de bord</a>" in text and ">Inscriptions</a>" in text


def test_cookie_chosen_in_this_browser_wins_over_the_saved_language(client, db):
    anna = make_user("anna@vitagora.example", PASSWORD, language="bg")
    switch(client, "fr")  # before signing in
    client.force_login(anna)
    assert '<html lang="fr">' in client.get("/").content.decode()
