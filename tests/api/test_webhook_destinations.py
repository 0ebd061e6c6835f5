"""A webhook never goes to a private, loopback, link-local (metadata) or reserved address:
refused when it is created and again at each delivery (the name may re-resolve)."""

from __future__ import annotations

import socket

import pytest
from django.core.exceptions import ValidationError

from clustermeet.api.domain.delivery import attempt
from clustermeet.api.domain.destinations import checked
from clustermeet.api.domain.webhooks import create_webhook
from clustermeet.api.webhook_models import Webhook, WebhookDelivery
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event


@pytest.mark.parametrize(
    ("url", "address", "kind"),
    [
        ("http://127.0.0.1:8000/hooks", "127.0.0.1", "loopback"),
        ("http://localhost/hooks", "127.0.0.1", "loopback"),
        ("http://[::1]/hooks", "::1", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254", "link-local"),
        ("http://10.1.2.3/hooks", "10.1.2.3", "private"),
        ("https://192.168.0.10/hooks", "192.168.0.10", "private"),
        ("http://172.16.5.5/hooks", "172.16.5.5", "private"),
        ("http://100.100.100.200/", "100.100.100.200", "private"),
        ("http://[fd00:ec2::254]/", "fd00:ec2::254", "private"),
        ("http://[::ffff:10.0.0.1]/", "::ffff:10.0.0.1", "private"),
        ("http://0.0.0.0/", "0.0.0.0", "private"),  # reaches this host: never allowed
        ("http://224.0.0.1/", "224.0.0.1", "reserved"),
    ],
)
def test_non_public_addresses_are_refused(url, address, kind, settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    with pytest.raises(ValidationError) as refused:
        checked(url)
    sentence = refused.value.messages[0]
    assert f"resolves to {address}" in sentence
    assert "webhooks are sent to public internet addresses only" in sentence
    assert f"a {kind}" in sentence


def test_public_address_is_allowed_and_pinned(settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    to = checked("https://93.184.215.14:8443/hooks?x=1")
    assert (to.scheme, to.host, to.port, to.path, to.address) == (
        "https",
        "93.184.215.14",
        8443,
        "/hooks?x=1",
        "93.184.215.14",
    )


def test_loopback_only_with_the_setting(settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    assert checked("http://127.0.0.1:9/hooks").address == "127.0.0.1"
    with pytest.raises(ValidationError, match="a private address"):
        checked("http://10.0.0.1/hooks")  # the setting allows loopback, nothing else
    with pytest.raises(ValidationError, match="link-local"):
        checked("http://169.254.169.254/")


def test_unresolvable_host_is_a_clear_refusal(settings):
    with pytest.raises(ValidationError, match="does not resolve"):
        checked("https://no-such-host.invalid/hooks")


def test_creation_refuses_a_private_receiver(world, settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    with pytest.raises(ValidationError, match="resolves to 127.0.0.1, a loopback address"):
        create_webhook(world.event, "http://127.0.0.1:8000/", acting_user=world.organiser)
    assert not Webhook.objects.exists()


def test_api_creation_refuses_the_metadata_service(world, http, settings):
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    answer = http.post(
        world.path("webhooks/"),
        {"url": "http://169.254.169.254/latest/meta-data/"},
        token=world.tokens["organiser"],
    )
    assert answer.status == 400
    assert answer.body["detail"] == (
        "The receiver '169.254.169.254' resolves to 169.254.169.254, a link-local (cloud "
        "metadata) address; webhooks are sent to public internet addresses only."
    )


def test_delivery_refuses_a_name_that_now_resolves_privately(
    world, receiver_of, settings, monkeypatch
):
    """Created while allowed; at delivery the rule holds again and nothing is sent."""
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    settings.WEBHOOKS_ALLOW_LOOPBACK = False
    publish_schedule(schedule_event(world.event, acting_user=None, time_limit=5), acting_user=None)
    delivery = WebhookDelivery.objects.get()
    assert receiver.got == []
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("pending", 1, None)
    assert "a loopback address" in delivery.last_error
    # A name resolving to a private address is refused the same way (the real resolver,
    # pointed at by a hosts-style answer for this one name).
    real = socket.getaddrinfo

    def resolve(host, *args, **kw):
        if host == "crm.example.org":
            return real("10.9.8.7", *args, **kw)
        return real(host, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    Webhook.objects.update(url="https://crm.example.org/hooks")
    delivery.refresh_from_db()
    attempt(delivery)
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert delivery.last_error.startswith("The receiver 'crm.example.org' resolves to 10.9.8.7")
