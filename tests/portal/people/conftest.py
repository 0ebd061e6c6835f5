"""A small fair for the people pages: two delegations, three people, one session of slots.

The tests are `scoped`: the pages get the middleware's scope, as in production; the set-up
and the checks read the database as the operator (`all_events`)."""

from __future__ import annotations

from datetime import time
from types import SimpleNamespace

import pytest
from django.test import Client

from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Delegation
from clustermeet.events.scoping import all_events
from tests.event_world import future_event, named
from tests.factories import make_organisation, make_session, make_user


def build_fair(**event_fields):  # type: ignore[no-untyped-def]
    event = future_event(**event_fields)
    eu = Delegation.objects.create(event=event, name="EU delegation")
    canada = Delegation.objects.create(event=event, name="Canada")
    session = make_session(event, start_time=time(9, 0), end_time=time(10, 0))
    agri = make_organisation(
        event, name="Agri Cluster", country="FR", kind="cluster", ecosystems=["Agri-food"]
    )
    ocean = make_organisation(
        event, name="Ocean Supercluster", country="CA", kind="cluster", ecosystems=["Digital"]
    )
    robots = make_organisation(event, name="Robot Works", country="CA", kind="company")
    organiser = make_user(first_name="Olga", last_name="Organiser")
    make_organiser(event, organiser)
    return SimpleNamespace(
        event=event,
        eu=eu,
        canada=canada,
        session=session,
        slots=list(session.slots.order_by("start")),
        anna=named(event, "Anna", organisation=agri, delegation=eu),
        ben=named(event, "Ben", organisation=ocean, delegation=canada),
        cleo=named(event, "Cleo", organisation=robots, delegation=canada),
        organiser=organiser,
        stranger=named(future_event(), "Sam"),
    )


@pytest.fixture
def fair(db):  # type: ignore[no-untyped-def]
    with all_events():
        return build_fair()


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client
