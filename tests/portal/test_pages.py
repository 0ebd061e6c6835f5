"""The web pages: who may see what, and a fixed number of queries on list pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.events.domain.organisers import make_organiser
from tests.factories import (
    make_event,
    make_item,
    make_organisation,
    make_participant,
    make_request,
    make_user,
)


def populate(event, organisations):
    eu = event.delegations.create(name="EU delegation")
    ca = event.delegations.create(name="Canada")
    people = []
    for n in range(organisations):
        org = make_organisation(event, name=f"EU cluster {n}", country=["FR", "DE", "PL"][n % 3])
        people.append(make_participant(event, org, eu))
        make_item(people[-1], "TR")
        canadian = make_organisation(event, name=f"Canadian cluster {n}", country="CA")
        people.append(make_participant(event, canadian, ca))
    return people


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 3])
def test_event_page_shows_delegations_in_constant_queries(client, size):
    event = make_event()
    populate(event, size)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("portal:event", args=[event.slug]))
    assert response.status_code == 200
    text = response.content.decode()
    assert "EU delegation" in text and "Canada" in text
    assert f'<strong id="count-organisations">{2 * size}</strong>' in text
    # the scope (event by slug), event, participants, items, delegations, sessions, slots, tables
    assert len(queries) == 8


@pytest.mark.django_db
def test_event_page_never_shows_contact_details(client):
    event = make_event()
    person = populate(event, 1)[0]
    person.phone = "+33 1 23 45 67 89"
    person.save()
    text = client.get(reverse("portal:event", args=[event.slug])).content.decode()
    assert person.user.email not in text
    assert person.phone not in text


@pytest.mark.django_db
def test_private_event_is_hidden_from_public(client):
    event = make_event(is_public=False)
    assert client.get(reverse("portal:event", args=[event.slug])).status_code == 404
    assert event.name not in client.get(reverse("portal:events")).content.decode()


@pytest.mark.django_db
def test_home_requires_login(client):
    response = client.get(reverse("portal:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.django_db
def test_contact_details_appear_only_after_meeting_agreed(client):
    event = make_event()
    me, other, third = (make_participant(event) for _ in range(3))
    make_request(me, other, status="accepted")
    make_request(me, third, status="pending")
    client.force_login(me.user)
    text = client.get(reverse("portal:home")).content.decode()
    assert other.user.email in text
    assert third.user.email not in text
    assert third.user.last_name in text  # the request itself is listed


@pytest.mark.django_db
def test_import_page_refuses_participants_and_strangers(client):
    event = make_event()
    participant = make_participant(event)
    client.force_login(participant.user)
    assert client.get(reverse("portal:import", args=[event.slug])).status_code == 403


@pytest.mark.django_db
def test_organiser_uploads_csv_with_bad_row_and_nothing_is_imported(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from clustermeet.profiles.models import Organisation

    event = make_event()
    organiser = make_user("boss@eccp.example")
    make_organiser(event, organiser)
    client.force_login(organiser)
    upload = SimpleUploadedFile(
        "organisations.csv", b"name,type,country\nGood,cluster,FR\nBad,cluster,Atlantis\n"
    )
    response = client.post(reverse("portal:import", args=[event.slug]), {"file": upload})
    text = response.content.decode()
    assert response.status_code == 200
    assert "Nothing was imported: 1 problem" in text
    assert "organisations.csv row 3" in text
    assert Organisation.objects.count() == 0


@pytest.mark.django_db
def test_organiser_uploads_good_csv_and_sees_summary(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    event = make_event()
    organiser = make_user("boss@eccp.example")
    make_organiser(event, organiser)
    client.force_login(organiser)
    upload = SimpleUploadedFile("organisations.csv", b"name,type,country\nGood,cluster,FR\n")
    response = client.post(
        reverse("portal:import", args=[event.slug]), {"file": upload}, follow=True
    )
    assert "organisations: 1 created, 0 updated" in response.content.decode()


@pytest.mark.django_db
def test_import_template_downloads(client):
    event = make_event()
    client.force_login(make_user())
    csv = client.get(reverse("portal:import-template-csv", args=[event.slug, "participants"]))
    assert csv.content.decode().splitlines()[0].startswith("email,first_name,last_name")
    xlsx = client.get(reverse("portal:import-template-xlsx", args=[event.slug]))
    assert xlsx.content[:2] == b"PK"


@pytest.mark.django_db
def test_organiser_admin_lists_only_own_events(client):
    mine, theirs = make_event(name="Mine"), make_event(name="Theirs")
    organiser = make_user("boss@eccp.example")
    make_organiser(mine, organiser)
    make_participant(mine)
    make_participant(theirs)
    client.force_login(organiser)
    events = client.get(reverse("admin:events_event_changelist")).content.decode()
    assert "Mine" in events and "Theirs" not in events
    people = client.get(reverse("admin:profiles_participant_changelist"))
    assert people.status_code == 200
    assert people.context["cl"].result_count == 1


@pytest.mark.django_db
def test_organiser_cannot_open_other_events_participant_in_admin(client):
    mine, theirs = make_event(), make_event()
    organiser = make_user("boss@eccp.example")
    make_organiser(mine, organiser)
    stranger = make_participant(theirs)
    client.force_login(organiser)
    url = reverse("admin:profiles_participant_change", args=[stranger.pk])
    assert client.get(url).status_code == 302  # admin redirects: object does not exist for them
    assert client.get(url, follow=True).redirect_chain[-1][0] == reverse("admin:index")


@pytest.mark.django_db
def test_home_lists_recommendations_with_explanations_but_no_contacts(client):
    from django.utils import timezone

    from clustermeet.matchmaking.models import Recommendation

    event = make_event()
    me, other = make_participant(event), make_participant(event)
    Recommendation.objects.create(
        participant=me,
        candidate=other,
        rank=1,
        score=0.8,
        forward=0.8,
        backward=0.8,
        encoder="test",
        explanation="Your request matches their offer",
        computed_at=timezone.now(),
    )
    client.force_login(me.user)
    text = client.get(reverse("portal:home")).content.decode()
    assert "Recommended partners" in text
    assert "Your request matches their offer" in text
    assert other.organisation.name in text
    assert other.user.email not in text


@pytest.mark.django_db
def test_agenda_shows_times_in_event_time_zone(client):
    from datetime import time

    from clustermeet.events.models import Slot
    from clustermeet.meetings.domain.placement import place_meeting
    from tests.factories import make_schedule, make_session, make_table

    event = make_event(time_zone="America/Toronto")
    make_session(event, start_time=time(14, 0), end_time=time(14, 20))
    me, other = make_participant(event), make_participant(event)
    schedule = make_schedule(event, state="published")
    place_meeting(schedule, [me, other], Slot.objects.get(session__event=event), make_table(event))
    client.force_login(me.user)
    text = client.get(reverse("portal:home")).content.decode()
    assert "Wed 5 Jun, 14:00" in text  # 18:00 UTC, shown on the venue's clock


@pytest.mark.django_db
def test_import_page_leads_back_to_the_console(client):
    event = make_event()
    organiser = make_user("boss@eccp.example")
    make_organiser(event, organiser)
    client.force_login(organiser)
    page = client.get(reverse("portal:import", args=[event.slug])).content.decode()
    assert f'<a href="{reverse("orga:dashboard", args=[event.slug])}">' in page


@pytest.mark.django_db
def test_a_missing_page_says_so_and_leads_back_to_my_events(client):
    participant = make_participant(make_event())
    client.force_login(participant.user)
    response = client.get("/events/no-such-event/participants/99999/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page
    assert f'href="{reverse("portal:home")}">Go to my events</a>' in page


@pytest.mark.django_db
def test_a_refused_page_says_why_and_leads_back_to_my_events(client):
    event = make_event()
    client.force_login(make_participant(event).user)
    response = client.get(reverse("portal:import", args=[event.slug]))
    assert response.status_code == 403
    page = response.content.decode()
    assert "Only the event&#x27;s organisers may import participants." in page
    assert f'href="{reverse("portal:home")}">Go to my events</a>' in page
