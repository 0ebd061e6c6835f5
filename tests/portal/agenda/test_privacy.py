"""Privacy over HTTP: "Download my data" (JSON) and "Delete my account" (confirmed by typing,
anonymised: the person's data goes, the event's statistics keep counting their meetings)."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clustermeet.accounts.models import User
from clustermeet.audit.models import AuditEntry
from clustermeet.engine.reporting import compute_figures
from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.matchmaking.domain.personal_data import personal_data
from clustermeet.meetings.domain.after_meeting import report_meeting
from clustermeet.meetings.domain.calendar_links import renew_calendar_link
from clustermeet.meetings.models import CalendarFeed, Outcome, Request
from clustermeet.profiles.domain.agenda_settings import set_named_in_report
from clustermeet.profiles.models import Item, Participant
from clustermeet.reports.domain.event_data import event_data
from tests.factories import make_item
from tests.portal.agenda.agenda_world import PASSWORD, build_agenda

pytestmark = pytest.mark.django_db


def _with_history(world):
    me = world.me
    make_item(me, title="Smart grid pilots", description="We look for utilities in Ontario")
    Request.objects.filter(requester=me).update(message="Hello from Sofia")
    set_mark(me, world.partners[0], "must_meet", acting_user=me.user)
    for person in [me, *world.partners]:
        set_named_in_report(person, True, acting_user=person.user)
    for meeting in world.meetings:
        report_meeting(meeting, me, "held", "agreement", "Signed an MoU", acting_user=me.user)
        partner = next(p for p in world.partners if meeting.seats.filter(participant=p).exists())
        report_meeting(
            meeting, partner, "held", "informative", "their secret", acting_user=partner.user
        )
    renew_calendar_link(me, acting_user=me.user)
    return world


def test_privacy_page_offers_download_and_delete(agenda_world):
    text = agenda_world.client().get(reverse("portal:privacy")).content.decode()
    assert 'href="/me/privacy/my-data.json"' in text
    assert '<label for="id_confirmation">Type your e-mail address to confirm</label>' in text


def test_download_holds_account_profile_items_marks_requests_meetings_outcomes_audit(
    agenda_world,
):
    w = _with_history(agenda_world)
    response = w.client().get(reverse("portal:privacy-data"))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="my-clustermeet-data.json"'
    data = json.loads(response.content)
    assert data["account"]["email"] == w.me.user.email
    (participation,) = data["participations"]
    assert (participation["event"]["slug"], participation["time_zone"]) == (
        w.event.slug,
        "Europe/Sofia",
    )
    assert [i["title"] for i in data["items"]] == ["Smart grid pilots"]
    assert data["marks"] == [
        {"event": w.event.slug, "about": "Partner0 Person", "kind": "must_meet"}
    ]
    assert sorted(r["message"] for r in data["requests"]) == ["Hello from Sofia"] * 2
    assert sorted(m["with"][0] for m in data["meetings"]) == ["Partner0 Person", "Partner1 Person"]
    assert [o["comment"] for o in data["outcomes"]] == ["Signed an MoU"] * 2
    assert "their secret" not in response.content.decode()  # the other side's stays theirs
    verbs = {a["verb"] for a in data["audit"]}
    assert {"set_mark", "set_named_in_report", "record_outcome", "renew_calendar_link"} <= verbs
    assert CalendarFeed.objects.get().token not in response.content.decode()


def test_download_query_count_does_not_grow_with_meetings():
    counts = []
    for n in (1, 3):
        world = build_agenda(n)
        with CaptureQueriesContext(connection) as queries:
            personal_data(world.me.user)
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_delete_with_a_wrong_confirmation_is_refused_and_keeps_everything(agenda_world):
    client = agenda_world.client()
    response = client.post(reverse("portal:delete-account"), {"confirmation": "yes"})
    assert response.status_code == 400
    assert "type your e-mail address exactly" in response.content.decode()
    user = User.objects.get(pk=agenda_world.me.user.pk)
    assert (user.first_name, user.is_active) == ("Anna", True)


def test_delete_anonymises_and_the_report_still_counts_the_meetings(agenda_world):
    w = _with_history(agenda_world)
    before = compute_figures(event_data(w.event, baseline=False))
    org = w.me.organisation.name
    assert [org in {s.name for s in c.sides} for c in before.named_cases] == [True, True]
    email = w.me.user.email
    client = w.client()
    response = client.post(reverse("portal:delete-account"), {"confirmation": email.upper()})
    assert response.status_code == 302 and response["Location"] == "/"

    user = User.objects.get(pk=w.me.user.pk)
    assert (user.first_name, user.last_name, user.is_active) == ("Deleted", "participant", False)
    assert user.email == f"deleted-{user.pk}@deleted.invalid"
    assert not user.has_usable_password()
    assert Client().login(username=email, password=PASSWORD) is False
    assert client.get(reverse("portal:home")).status_code == 302  # signed out
    me = Participant.objects.get(pk=w.me.pk)
    assert (me.job_title, me.phone, me.named_in_report, me.time_zone) == ("", "", False, "")
    assert list(Item.objects.filter(participant=me).values_list("title", "description")) == [
        ("—", "")
    ]
    assert set(Request.objects.filter(requester=me).values_list("message", flat=True)) == {""}
    assert set(Outcome.objects.filter(participant=me).values_list("comment", flat=True)) == {""}
    assert CalendarFeed.objects.count() == 0
    logged = [(e.before, e.after) for e in AuditEntry.objects.filter(verb="record_outcome")]
    assert "Signed an MoU" not in str(logged)
    assert "their secret" in str(logged)  # the other side's words are theirs to erase

    after = compute_figures(event_data(w.event, baseline=False))
    assert after.headcount == before.headcount
    assert after.meetings == before.meetings
    assert after.outcomes == before.outcomes
    assert after.requests == before.requests
    # the cases still count; her side is no longer named (her consent went with her account)
    assert [org in {s.name for s in c.sides} for c in after.named_cases] == [False, False]
    entry = AuditEntry.objects.get(verb="erase_account")
    assert (entry.actor_id, entry.after) == (user.pk, {"items": 1, "messages": 2, "comments": 2})


def test_privacy_pages_are_for_signed_in_users(agenda_world):
    for name in ("portal:privacy", "portal:privacy-data"):
        response = Client().get(reverse(name))
        assert response.status_code == 302 and "/login/" in response["Location"]
    assert Client().post(reverse("portal:delete-account"), {}).status_code == 302
    assert agenda_world.client().get(reverse("portal:delete-account")).status_code == 405
