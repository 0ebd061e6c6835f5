"""Every read endpoint over real HTTP: what each role sees at the event."""

from __future__ import annotations

import pytest

from clustermeet.events.models import Session, Slot, Table
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from tests.api.conftest import ids, page
from tests.factories import make_event


def test_event_list_anonymous_shows_public_events_only(world, http):
    hidden = make_event(is_public=False)
    slugs = {e["slug"] for e in page(http.get("/api/v1/events/"))}
    assert slugs == {world.event.slug, world.other.slug}
    assert http.get(f"/api/v1/events/{hidden.slug}/").status == 404


def test_event_list_token_adds_its_private_event(world, http):
    world.event.is_public = False
    world.event.save()
    slugs = {e["slug"] for e in page(http.get("/api/v1/events/", token=world.tokens["a"]))}
    assert slugs == {world.event.slug, world.other.slug}
    slugs = {e["slug"] for e in page(http.get("/api/v1/events/", token=world.tokens["stranger"]))}
    assert slugs == {world.other.slug}


def test_event_detail_private_event_is_404_for_outsiders(world, http):
    world.event.is_public = False
    world.event.save()
    assert http.get(world.path()).status == 404
    assert http.get(world.path(), token=world.tokens["a"]).body["slug"] == world.event.slug


@pytest.mark.parametrize(
    ("rest", "model"),
    [("sessions/", Session), ("slots/", Slot), ("tables/", Table)],
)
def test_structure_lists_are_public_and_this_events_only(world, http, rest, model):
    rows = page(http.get(world.path(rest)))
    assert ids(rows) == sorted(model.objects.filter(event=world.event).values_list("pk", flat=True))
    one = http.get(world.path(f"{rest}{rows[0]['id']}/"))
    assert one.status == 200
    assert one.body == rows[0]


def test_delegations_and_organisations_are_listed(world, http):
    delegations = page(http.get(world.path("delegations/")))
    assert [d["name"] for d in delegations] == ["EU delegation"]
    organisations = page(http.get(world.path("organisations/")))
    assert ids(organisations) == sorted(
        [world.a.organisation_id, world.b.organisation_id, world.c.organisation_id]
    )


def test_another_events_row_is_404_under_this_event(world, http):
    theirs = world.stranger.organisation_id
    assert http.get(world.path(f"organisations/{theirs}/")).status == 404


def test_participants_anonymous_is_401_with_bearer_challenge(world, http):
    answer = http.get(world.path("participants/"))
    assert answer.status == 401
    assert answer.headers["WWW-Authenticate"] == 'Bearer realm="api"'
    assert "detail" in answer.body


def test_participants_contacts_only_for_agreed_partners(world, http):
    rows = {
        r["id"]: r for r in page(http.get(world.path("participants/"), token=world.tokens["a"]))
    }
    # a and b agreed to meet: each sees the other's; c only asked a, so c's stay hidden
    assert rows[world.b.pk]["email"] == world.b.user.email
    assert rows[world.b.pk]["phone"] == "+1 416 2"
    assert rows[world.c.pk]["email"] is None
    assert rows[world.c.pk]["phone"] is None
    assert rows[world.a.pk]["email"] == world.a.user.email
    seen_by_c = http.get(world.path(f"participants/{world.a.pk}/"), token=world.tokens["c"])
    assert (seen_by_c.body["email"], seen_by_c.body["phone"]) == (None, None)


def test_participants_organiser_sees_every_contact(world, http):
    rows = page(http.get(world.path("participants/"), token=world.tokens["organiser"]))
    assert all(r["email"] for r in rows)
    assert len(rows) == 3


def test_participants_filter_by_delegation(world, http):
    rows = page(
        http.get(
            world.path(f"participants/?delegation={world.a.delegation_id}"), token=world.tokens["b"]
        )
    )
    assert ids(rows) == [world.a.pk]
    bad = http.get(world.path("participants/?delegation=abc"), token=world.tokens["b"])
    assert bad.status == 400
    assert bad.body["detail"] == "delegation: expected a whole number such as 3, got 'abc'"


def test_items_members_only(world, http):
    rows = page(http.get(world.path("items/"), token=world.tokens["c"]))
    assert sorted(r["title"] for r in rows) == ["Looking for sensors", "Sensor platform"]
    assert http.get(world.path("items/"), token=world.tokens["stranger"]).status == 403


def test_requests_participant_sees_own_organiser_all(world, http):
    mine = page(http.get(world.path("requests/"), token=world.tokens["b"]))
    assert [(r["requester"], r["requested"]) for r in mine] == [(world.a.pk, world.b.pk)]
    every = page(http.get(world.path("requests/"), token=world.tokens["organiser"]))
    assert len(every) == 2
    pending = page(http.get(world.path("requests/?status=pending"), token=world.tokens["a"]))
    assert [(r["requester"], r["requested"]) for r in pending] == [(world.c.pk, world.a.pk)]


def test_meetings_participant_sees_own_published_only(world, http):
    schedule = schedule_event(world.event, acting_user=None, time_limit=5)
    assert http.get(world.path("meetings/"), token=world.tokens["a"]).body["count"] == 0
    drafts = page(http.get(world.path("meetings/"), token=world.tokens["organiser"]))
    assert [sorted(m["participants"]) for m in drafts] == [sorted([world.a.pk, world.b.pk])]
    publish_schedule(schedule, acting_user=None)
    mine = page(http.get(world.path("meetings/"), token=world.tokens["a"]))
    assert ids(mine) == ids(drafts)
    assert page(http.get(world.path("meetings/"), token=world.tokens["c"])) == []


def test_agenda_self_or_organiser(world, http):
    publish_schedule(schedule_event(world.event, acting_user=None, time_limit=5), acting_user=None)
    agenda = http.get(world.path(f"participants/{world.a.pk}/agenda/"), token=world.tokens["a"])
    assert agenda.status == 200
    assert [[p["id"] for p in e["partners"]] for e in agenda.body] == [[world.b.pk]]
    by_organiser = http.get(
        world.path(f"participants/{world.a.pk}/agenda/"), token=world.tokens["organiser"]
    )
    assert by_organiser.body == agenda.body
    other = http.get(world.path(f"participants/{world.a.pk}/agenda/"), token=world.tokens["c"])
    assert other.status == 403


def test_schedules_organisers_only(world, http):
    assert http.get(world.path("schedules/"), token=world.tokens["a"]).status == 403
    assert page(http.get(world.path("schedules/"), token=world.tokens["organiser"])) == []


def test_pagination_pages_through_every_slot(world, http):
    first = http.get(world.path("slots/?page_size=2"))
    assert first.body["count"] == 3
    assert len(first.body["results"]) == 2
    assert first.body["previous"] is None
    second = http.get(first.body["next"].removeprefix(http.base))
    assert len(second.body["results"]) == 1
    assert second.body["next"] is None
    every = ids(first.body["results"] + second.body["results"])
    assert every == sorted(Slot.objects.filter(event=world.event).values_list("pk", flat=True))


def test_participants_see_approved_people_only_organisers_see_all(world, http):
    world.c.registration = "pending"
    world.c.save(update_fields=["registration"])
    seen = ids(page(http.get(world.path("participants/"), token=world.tokens["a"])))
    assert world.c.pk not in seen and world.a.pk in seen and world.b.pk in seen
    own = ids(page(http.get(world.path("participants/"), token=world.tokens["c"])))
    assert world.c.pk in own  # one's own row, while waiting for approval
    everyone = ids(page(http.get(world.path("participants/"), token=world.tokens["organiser"])))
    assert world.c.pk in everyone
