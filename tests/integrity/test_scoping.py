"""Event scoping fails closed: a forgotten scope is an error, a scope sees its events only."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_scopes.exceptions import ScopeError

from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.scoping import all_events, event_scope
from clustermeet.matchmaking.models import Mark
from clustermeet.profiles.models import Organisation, Participant
from tests.factories import make_event, make_participant, make_session, make_user

pytestmark = [pytest.mark.django_db, pytest.mark.scoped]


def _two_events():
    with all_events():
        ours, theirs = make_event(), make_event()
        a, b = make_participant(ours), make_participant(ours)
        x, y = make_participant(theirs), make_participant(theirs)
        Mark.objects.create(participant=x, target=y, kind="meet")
    return ours, theirs, (a, b), (x, y)


def test_query_without_a_scope_raises_instead_of_returning_rows():
    _two_events()
    with pytest.raises(ScopeError):
        list(Participant.objects.all())


def test_event_scope_sees_only_its_event():
    ours, _, (a, b), _ = _two_events()
    with event_scope(ours):
        assert sorted(Participant.objects.values_list("pk", flat=True)) == sorted([a.pk, b.pk])
        assert list(Mark.objects.all()) == []


def test_empty_scope_sees_nothing_and_none_is_refused():
    _two_events()
    with event_scope([]):
        assert Participant.objects.count() == 0
    with pytest.raises(ValueError), event_scope(None):
        pass


def _organiser_of(event):
    with all_events():
        user = make_user(password="organise-it-2019", first_name="Olga", last_name="Org")
        make_organiser(event, user)
    return user


def test_other_events_organiser_sees_none_of_it_in_the_admin(client):
    ours, theirs, _, (x, _) = _two_events()
    with all_events():
        make_session(theirs)
        their_org = Organisation.objects.get(participants=x)
    client.force_login(_organiser_of(ours))
    for name in (
        "profiles_organisation",
        "profiles_participant",
        "matchmaking_mark",
        "events_slot",
    ):
        page = client.get(reverse(f"admin:{name}_changelist"))
        assert page.status_code == 200
        assert page.context["cl"].result_count == (
            2 if name in ("profiles_organisation", "profiles_participant") else 0
        ), name
    change = client.get(reverse("admin:profiles_organisation_change", args=[their_org.pk]))
    assert change.status_code == 302  # "does not exist", back to the index: nothing shown
    posted = client.post(
        reverse("admin:profiles_organisation_change", args=[their_org.pk]),
        {"name": "Taken over", "slug": "x", "country": "DE", "kind": "cluster", "event": theirs.pk},
    )
    assert posted.status_code == 302
    with all_events():
        assert Organisation.objects.get(pk=their_org.pk).name != "Taken over"


def test_meeting_form_offers_only_the_organisers_events_slots(client):
    ours, theirs, _, _ = _two_events()
    with all_events():
        make_session(ours)
        make_session(theirs)
        own_slots = set(ours.slots.values_list("pk", flat=True))
    client.force_login(_organiser_of(ours))
    form = client.get(reverse("admin:meetings_meeting_add")).context["adminform"].form
    assert {s.pk for s in form.fields["slot"].queryset} == own_slots


def test_users_admin_shows_an_organiser_only_their_events_people(client):
    ours, _, (a, b), (x, _) = _two_events()
    organiser = _organiser_of(ours)
    client.force_login(organiser)
    page = client.get(reverse("admin:accounts_user_changelist"))
    shown = {u.pk for u in page.context["cl"].queryset}
    assert shown == {a.user_id, b.user_id, organiser.pk}
    assert x.user_id not in shown
    # and no flags or passwords to change
    change = client.get(reverse("admin:accounts_user_change", args=[a.user_id]))
    assert "is_superuser" not in change.context["adminform"].form.fields
    password = client.get(reverse("admin:auth_user_password_change", args=[a.user_id]))
    assert password.status_code == 403


def test_admin_request_to_another_events_participant_is_a_form_error(client):
    """The defect: an accepted request to a stranger of another event, by typing their number."""
    ours, _, (a, _), (x, _) = _two_events()
    client.force_login(_organiser_of(ours))
    response = client.post(
        reverse("admin:meetings_request_add"),
        {
            "requester": a.pk,
            "requested": x.pk,
            "message": "",
            "priority": 1,
            "status": "accepted",
            "created_at_0": "2019-05-01",
            "created_at_1": "10:00:00",
        },
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["requested"] == [
        "Select a valid choice. That choice is not one of the available choices."
    ]
    with all_events():
        from clustermeet.meetings.models import Request

        assert Request.objects.count() == 0
