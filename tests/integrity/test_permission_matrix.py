"""Who may read and change what: every URL and every admin model × six roles.

The URLs come from the URL configuration and the models from the admin registry, so a new
page or model without its row in EXPECTED fails `test_every_url_and_admin_model_has_a_row`.
"ok": allowed; "no": refused (403, 404, or sent to a login page / the admin index);
"-": the method is not offered (405). Read is GET, change is POST.
"""

from __future__ import annotations

from datetime import time

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from clustermeet.api.webhook_models import Webhook
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Delegation
from clustermeet.events.scoping import all_events
from clustermeet.matchmaking.models import EmbeddingCache, Mark, Recommendation
from clustermeet.meetings.domain.calendar_links import renew_calendar_link
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.models import CalendarFeed, Outcome
from clustermeet.tasks.models import TaskRun
from tests.factories import (
    make_event,
    make_item,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
    make_user,
)

ROLES = ("anonymous", "participant", "other_participant", "organiser", "other_organiser", "admin")
OK, NO, NA = "ok", "no", "-"


def _all(read: str, change: str) -> dict[str, tuple[str, str]]:
    return dict.fromkeys(ROLES, (read, change))


def _row(*cells: tuple[str, str]) -> dict[str, tuple[str, str]]:
    return dict(zip(ROLES, cells, strict=True))


ORGANISERS_ONLY = _row((NO, NO), (NO, NO), (NO, NO), (OK, OK), (NO, NO), (OK, OK))
# Console pages that only read, and console actions that only take a POST.
ORGANISERS_READ = _row((NO, NA), (NO, NA), (NO, NA), (OK, NA), (NO, NA), (OK, NA))
ORGANISERS_POST = _row((NA, NO), (NA, NO), (NA, NO), (NA, OK), (NA, NO), (NA, OK))
SIGNED_IN_READ = _row((NO, NA), (OK, NA), (OK, NA), (OK, NA), (OK, NA), (OK, NA))
# The portal's people pages: the participant's own (GET only, GET and POST, POST only), and
# the directory that the event's members and organisers read.
OWN_READ = _row((NO, NA), (OK, NA), (NO, NA), (NO, NA), (NO, NA), (NO, NA))
OWN_PAGE = _row((NO, NO), (OK, OK), (NO, NO), (NO, NO), (NO, NO), (NO, NO))
OWN_POST = _row((NA, NO), (NA, OK), (NA, NO), (NA, NO), (NA, NO), (NA, NO))
MEMBERS_AND_ORGANISERS_READ = _row((NO, NA), (OK, NA), (NO, NA), (OK, NA), (NO, NA), (OK, NA))
SIGNED_IN_POST = _row((NA, NO), (NA, OK), (NA, OK), (NA, OK), (NA, OK), (NA, OK))
# Admin models: an organiser reads and changes their events' rows; another event's organiser
# gets an empty list and no change page; participants are not staff.
ADMIN_SCOPED = _row((NO, NO), (NO, NO), (NO, NO), (OK, OK), (NO, NO), (OK, OK))
ADMIN_ONLY = _row((NO, NO), (NO, NO), (NO, NO), (NO, NO), (NO, NO), (OK, OK))
# Task runs are read only for everyone; organisers see their own events' runs.
ADMIN_SCOPED_READ = _row((NO, NO), (NO, NO), (NO, NO), (OK, NO), (NO, NO), (OK, NO))
# The API (/api/v1/): the public event's structure is public; its people, requests, meetings
# and outcomes are its members' (a participant: their own); schedules are the organisers'.
# "ok" on a write means the verb was reached (it may still answer 400 for the empty body).
PUBLIC_READ = _all(OK, NA)
MEMBERS_READ = _row((NO, NA), (OK, NA), (NO, NA), (OK, NA), (NO, NA), (OK, NA))
MEMBERS_WRITE = _row((NO, NO), (OK, OK), (NO, NO), (OK, OK), (NO, NO), (OK, OK))
ORGANISERS_READ = _row((NO, NA), (NO, NA), (NO, NA), (OK, NA), (NO, NA), (OK, NA))
ORGANISERS_WRITE = _row((NA, NO), (NA, NO), (NA, NO), (NA, OK), (NA, NO), (NA, OK))
MEMBERS_POST = _row((NA, NO), (NA, OK), (NA, NO), (NA, OK), (NA, NO), (NA, OK))
# Public reads; the event's organisers add sessions and tables.
PUBLIC_READ_ORGANISERS_ADD = _row((OK, NO), (OK, NO), (OK, NO), (OK, OK), (OK, NO), (OK, OK))
API_EXPECTED = {
    # Anyone reads the public events; whoever runs events (staff) creates one.
    "api:event-list": _row((OK, NO), (OK, NO), (OK, NO), (OK, OK), (OK, OK), (OK, OK)),
    "api:event-detail": PUBLIC_READ,
    "api:session-list": PUBLIC_READ_ORGANISERS_ADD,
    "api:session-detail": PUBLIC_READ,
    "api:slot-list": PUBLIC_READ,
    "api:slot-detail": PUBLIC_READ,
    "api:table-list": PUBLIC_READ_ORGANISERS_ADD,
    "api:table-detail": PUBLIC_READ,
    "api:delegation-list": PUBLIC_READ,
    "api:delegation-detail": PUBLIC_READ,
    "api:organisation-list": PUBLIC_READ,
    "api:organisation-detail": PUBLIC_READ,
    "api:participant-list": MEMBERS_READ,
    "api:participant-detail": MEMBERS_READ,
    # the participant's own agenda: themselves and the organisers
    "api:participant-agenda": MEMBERS_READ,
    "api:item-list": MEMBERS_READ,
    "api:item-detail": MEMBERS_READ,
    "api:request-detail": MEMBERS_READ,
    "api:request-list": MEMBERS_WRITE,
    # The fixture's participant sent its request: they may cancel it and take up a proposed
    # time (the verb then refuses the accepted request: 400), never answer it.
    "api:request-respond": ORGANISERS_WRITE,
    "api:request-accept-proposal": MEMBERS_POST,
    "api:request-cancel": MEMBERS_POST,
    "api:participant-availability": MEMBERS_WRITE,
    "api:participant-recommendations": MEMBERS_READ,
    "api:report": ORGANISERS_READ,
    # an empty POST reaches the import, which answers 400 naming the missing sheets
    "api:import": ORGANISERS_WRITE,
    "api:task-list": ORGANISERS_READ,
    "api:task-detail": ORGANISERS_READ,
    "api:mark-list": MEMBERS_WRITE,
    "api:mark-detail": MEMBERS_READ,
    "api:meeting-list": MEMBERS_READ,
    # a participant sees meetings of the published schedule only; this one is a draft's
    "api:meeting-detail": ORGANISERS_READ,
    "api:meeting-move": ORGANISERS_WRITE,
    "api:meeting-lock": ORGANISERS_WRITE,
    "api:meeting-cancel": ORGANISERS_WRITE,
    "api:schedule-list": ORGANISERS_READ,
    "api:schedule-detail": ORGANISERS_READ,
    "api:schedule-preview": ORGANISERS_READ,
    "api:schedule-diff": ORGANISERS_READ,
    "api:schedule-run": ORGANISERS_WRITE,
    "api:schedule-publish": ORGANISERS_WRITE,
    "api:outcome-list": MEMBERS_WRITE,
    "api:outcome-detail": MEMBERS_READ,
    "api:webhook-list": ORGANISERS_ONLY,
    "api:webhook-detail": ORGANISERS_READ,
    "api:webhook-deliveries": ORGANISERS_READ,
    # the OpenAPI description and its browsable docs hold no event data
    "api-schema": PUBLIC_READ,
    "api-docs": PUBLIC_READ,
}

EXPECTED: dict[str, dict[str, tuple[str, str]]] = {
    "login": _all(OK, OK),
    "logout": _all(NA, OK),
    "portal:events": _all(OK, NA),
    "portal:event": _all(OK, NA),
    "portal:home": SIGNED_IN_READ,
    "portal:import": ORGANISERS_ONLY,
    # Access: sign-in links and the language are for anyone (a made-up link is refused on
    # the page itself); registration is open on the fixture's event; e-mail settings are the
    # signed-in person's own.
    "portal:sign-in-link": _all(OK, OK),
    "portal:sign-in-link-use": _all(OK, OK),
    "portal:register": _all(OK, OK),
    "portal:notifications": _row((NO, NO), (OK, OK), (OK, OK), (OK, OK), (OK, OK), (OK, OK)),
    "portal:set-language": _all(NA, OK),
    # The request is the participant's own (they sent it): only the requested side or an
    # organiser may accept it; either side or an organiser may book it.
    "portal:accept-request": _row((NO, NO), (NA, NO), (NA, NO), (NA, OK), (NA, NO), (NA, OK)),
    "portal:book-meeting": _row((NO, NO), (NA, OK), (NA, NO), (NA, OK), (NA, NO), (NA, OK)),
    # The people pages: a participant's own pages (profile, recommendations, requests,
    # availability) are theirs alone; an organiser who takes no part gets 404 there, as does
    # another event's participant. The directory and profiles: members and organisers.
    "portal:profile": OWN_READ,
    "portal:profile-step": OWN_PAGE,
    "portal:profile-items": OWN_PAGE,
    "portal:edit-item": OWN_PAGE,
    "portal:withdraw-item": OWN_POST,
    "portal:participants": MEMBERS_AND_ORGANISERS_READ,
    "portal:participant": MEMBERS_AND_ORGANISERS_READ,
    "portal:new-request": OWN_PAGE,
    "portal:mark": OWN_POST,
    "portal:recommendations": OWN_READ,
    "portal:requests": OWN_READ,
    # The world's request is the participant's own (they sent it): they may cancel it and take
    # up a proposed time, not answer it.
    "portal:respond-request": _row((NA, NO), (NA, NO), (NA, NO), (NA, NO), (NA, NO), (NA, NO)),
    "portal:cancel-request": OWN_POST,
    "portal:take-proposal": OWN_POST,
    "portal:availability": OWN_PAGE,
    # The agenda (portal/agenda): the page, its PDF and its forms are the participant's own.
    "portal:agenda": OWN_READ,
    "portal:agenda-pdf": OWN_READ,
    "portal:agenda-time-zone": OWN_POST,
    "portal:agenda-consent": OWN_POST,
    "portal:agenda-report": OWN_POST,
    "portal:calendar-link": OWN_POST,
    # The calendar feed takes no session (calendar apps send no cookie): whoever holds the
    # secret token reads that one agenda, whatever their role; that is its design. A wrong or
    # revoked token is a 404 (tests/portal/agenda/test_calendar_feed.py).
    "portal:calendar-feed": _all(OK, NA),
    # One's own data and account: any signed-in user, about themselves only.
    "portal:privacy": SIGNED_IN_READ,
    "portal:privacy-data": SIGNED_IN_READ,
    # an empty POST reaches the verb, which refuses it (400: no confirmation typed)
    "portal:delete-account": SIGNED_IN_POST,
    # Blank templates: no event data in them.
    "portal:import-template-xlsx": SIGNED_IN_READ,
    "portal:import-template-csv": SIGNED_IN_READ,
    # The organiser console: organisers of the event and administrators only.
    "orga:dashboard": ORGANISERS_READ,
    "orga:setup": ORGANISERS_ONLY,
    "orga:edit-session": ORGANISERS_ONLY,
    "orga:edit-table": ORGANISERS_ONLY,
    "orga:participants": ORGANISERS_READ,
    "orga:remind": ORGANISERS_POST,
    "orga:registrations": ORGANISERS_ONLY,
    "orga:requests": ORGANISERS_READ,
    "orga:matchmaking": ORGANISERS_ONLY,
    "orga:schedules": ORGANISERS_ONLY,
    "orga:schedule": ORGANISERS_ONLY,
    "orga:task": ORGANISERS_READ,
    "orga:publish": ORGANISERS_POST,
    "orga:lock": ORGANISERS_POST,
    "orga:move": ORGANISERS_ONLY,
    "orga:cancel": ORGANISERS_ONLY,
    "orga:plan": ORGANISERS_READ,
    "orga:plan-pdf": ORGANISERS_READ,
    "orga:check-in": ORGANISERS_ONLY,
    "orga:attendance": ORGANISERS_ONLY,
    "orga:late-change": ORGANISERS_ONLY,
    "orga:table-break": ORGANISERS_ONLY,
    "orga:walk-in": ORGANISERS_ONLY,
    "orga:late-request": ORGANISERS_ONLY,
    "orga:exports": ORGANISERS_READ,
    "orga:log": ORGANISERS_READ,
    "orga:export": ORGANISERS_READ,
    "orga:agenda-export": ORGANISERS_READ,
    # The post-event report: organisers of the event and administrators read it; GET only.
    "orga-report:page": _row((NO, NA), (NO, NA), (NO, NA), (OK, NA), (NO, NA), (OK, NA)),
    "orga-report:download": _row((NO, NA), (NO, NA), (NO, NA), (OK, NA), (NO, NA), (OK, NA)),
    "admin:accounts.user": ADMIN_SCOPED,
    "admin:events.event": ADMIN_SCOPED,
    "admin:events.session": ADMIN_SCOPED,
    "admin:events.slot": ADMIN_SCOPED,
    "admin:events.table": ADMIN_SCOPED,
    "admin:events.delegation": ADMIN_SCOPED,
    "admin:profiles.organisation": ADMIN_SCOPED,
    "admin:profiles.participant": ADMIN_SCOPED,
    "admin:profiles.item": ADMIN_SCOPED,
    "admin:meetings.request": ADMIN_SCOPED,
    "admin:meetings.schedule": ADMIN_SCOPED,
    "admin:meetings.meeting": ADMIN_SCOPED,
    "admin:meetings.outcome": ADMIN_SCOPED,
    "admin:matchmaking.recommendation": ADMIN_SCOPED,
    "admin:matchmaking.mark": ADMIN_SCOPED,
    "admin:matchmaking.embeddingcache": ADMIN_ONLY,
    "admin:auth.group": ADMIN_ONLY,
    "admin:tasks.taskrun": ADMIN_SCOPED_READ,
    # Login throttling: the administrator unlocks an account by deleting its attempts.
    "admin:axes.accessattempt": ADMIN_ONLY,
    "admin:axes.accesslog": ADMIN_ONLY,
    "admin:axes.accessfailurelog": ADMIN_ONLY,
    **API_EXPECTED,
}
# Framework pages that hold no event data and change nothing of ours.
NOT_OURS = ("admin:", "static", "media")


def _names(patterns, prefix="") -> set[str]:
    names: set[str] = set()
    for p in patterns:
        if isinstance(p, URLResolver):
            namespace = f"{prefix}{p.namespace}:" if p.namespace else prefix
            names |= _names(p.url_patterns, namespace)
        elif isinstance(p, URLPattern) and p.name:
            names.add(f"{prefix}{p.name}")
    return names


def _ours() -> set[str]:
    return {n for n in _names(get_resolver().url_patterns) if not n.startswith(NOT_OURS)}


def _admin_rows() -> set[str]:
    return {f"admin:{m._meta.app_label}.{m._meta.model_name}" for m in admin.site._registry}


def test_every_url_and_admin_model_has_a_row():
    assert sorted(_ours() | _admin_rows()) == sorted(EXPECTED)


@pytest.fixture
def world(db):
    with all_events():
        event = make_event(is_public=True, registration_open=True)
        other = make_event(is_public=True)
        make_session(event, start_time=time(9, 0), end_time=time(10, 0))
        slot = event.slots.first()
        table = make_table(event)
        delegation = Delegation.objects.create(event=event, name="EU delegation")
        a, b = make_participant(event, delegation=delegation), make_participant(event)
        make_item(a)
        request = make_request(a, b)
        schedule = make_schedule(event)
        meeting = place_meeting(schedule, [a, b], slot, table, request=request)
        Outcome.objects.create(meeting=meeting, participant=a, kind="none", reported_at=slot.start)
        Recommendation.objects.create(
            participant=a,
            candidate=b,
            rank=1,
            score=0.5,
            forward=0.5,
            backward=0.5,
            explanation="x",
            encoder="tfidf",
            computed_at=slot.start,
        )
        Mark.objects.create(participant=a, target=b, kind="meet")
        renew_calendar_link(a, acting_user=None)
        EmbeddingCache.objects.create(content_hash="h", encoder="tfidf", vector=b"")
        Webhook.objects.create(
            event=event, url="https://crm.example.org/", secret="whsec_eA==", created_at=slot.start
        )
        stranger = make_participant(other)
        users = {
            "participant": a.user,
            "other_participant": stranger.user,
            "organiser": make_user(first_name="Olga", last_name="Org"),
            "other_organiser": make_user(first_name="Otto", last_name="Other"),
            "admin": make_user(
                first_name="Ada", last_name="Admin", is_staff=True, is_superuser=True
            ),
        }
        make_organiser(event, users["organiser"])
        make_organiser(other, users["other_organiser"])
        objects = {
            "accounts.user": b.user,
            "events.event": event,
            "events.session": slot.session,
            "events.slot": slot,
            "events.table": table,
            "events.delegation": delegation,
            "profiles.organisation": a.organisation,
            "profiles.participant": a,
            "profiles.item": a.items.first(),
            "meetings.request": request,
            "meetings.schedule": schedule,
            "meetings.meeting": meeting,
            "meetings.outcome": Outcome.objects.get(),
            "matchmaking.recommendation": Recommendation.objects.get(),
            "matchmaking.mark": Mark.objects.get(),
            "matchmaking.embeddingcache": EmbeddingCache.objects.get(),
            "auth.group": None,
            "tasks.taskrun": TaskRun.objects.create(event=event, name="clustermeet.x.y"),
            "axes.accessattempt": None,
            "axes.accesslog": None,
            "axes.accessfailurelog": None,
        }
    return event, users, objects


# The fixture world's object behind an API URL's `pk` (by the router's basename).
API_OBJECTS = {
    "session": "events.session",
    "slot": "events.slot",
    "table": "events.table",
    "delegation": "events.delegation",
    "organisation": "profiles.organisation",
    "participant": "profiles.participant",
    "item": "profiles.item",
    "request": "meetings.request",
    "mark": "matchmaking.mark",
    "meeting": "meetings.meeting",
    "schedule": "meetings.schedule",
    "outcome": "meetings.outcome",
    "task": "tasks.taskrun",
}


def _orga_kwargs(name: str, event) -> dict:
    with all_events():
        meeting = event.meetings.first()
        person = event.participants.first()
        session, table = event.sessions.first(), event.tables.first()
        # The API's schedule-run POST records runs of this name too: take any one.
        task = "clustermeet.meetings.schedule_event"
        run = TaskRun.objects.filter(event=event, name=task).first() or TaskRun.objects.create(
            event=event, name=task
        )
    extra = {
        "remind": {"pk": person.pk},
        "edit-session": {"pk": session.pk},
        "edit-table": {"pk": table.pk},
        "schedule": {"version": 1},
        "task": {"pk": run.pk},
        "publish": {"version": 1},
        "lock": {"pk": meeting.pk},
        "move": {"pk": meeting.pk},
        "cancel": {"pk": meeting.pk},
        "export": {"what": "participants", "fmt": "csv"},
    }
    return {"slug": event.slug, **extra.get(name.removeprefix("orga:"), {})}


def _feed_token() -> str:
    with all_events():
        return CalendarFeed.objects.get().token


def _url_of(name: str, event, objects) -> str:
    if name.startswith("orga:"):
        return reverse(name, kwargs=_orga_kwargs(name, event))
    request = {"slug": event.slug, "pk": objects["meetings.request"].pk}
    item = {"slug": event.slug, "pk": objects["profiles.item"].pk}
    other = {"slug": event.slug, "pk": objects["meetings.request"].requested_id}
    kwargs = {
        "portal:profile-step": {"slug": event.slug, "step": "organisation"},
        "portal:edit-item": item,
        "portal:withdraw-item": item,
        "portal:participant": other,
        "portal:new-request": other,
        "portal:mark": other,
        "portal:respond-request": request,
        "portal:cancel-request": request,
        "portal:take-proposal": request,
        "portal:accept-request": request,
        "portal:book-meeting": request,
        "portal:event": {"slug": event.slug},
        **{
            f"portal:{name}": {"slug": event.slug}
            for name in ("profile", "profile-items", "participants", "recommendations")
            + ("requests", "availability")
        },
        "portal:register": {"slug": event.slug},
        "portal:sign-in-link-use": {"token": "made-up"},
        "portal:agenda": {"slug": event.slug},
        "portal:agenda-pdf": {"slug": event.slug},
        "portal:agenda-time-zone": {"slug": event.slug},
        "portal:agenda-consent": {"slug": event.slug},
        "portal:agenda-report": {"slug": event.slug, "pk": objects["meetings.meeting"].pk},
        "portal:calendar-link": {"slug": event.slug},
        "portal:calendar-feed": {"slug": event.slug, "token": _feed_token()},
        "portal:import": {"slug": event.slug},
        "portal:import-template-xlsx": {"slug": event.slug},
        "portal:import-template-csv": {"slug": event.slug, "kind": "participants"},
        "orga-report:page": {"slug": event.slug},
        "orga-report:download": {"slug": event.slug, "fmt": "md"},
    }.get(name, {})
    if name.startswith("api:"):
        basename, _, kind = name[4:].partition("-")
        kwargs = {} if name == "api:event-list" else {"slug": event.slug}
        if kind not in ("list", "run") and basename in API_OBJECTS:
            kwargs["pk"] = objects[API_OBJECTS[basename]].pk
        elif kind not in ("list", "run") and basename == "webhook":  # not an admin model
            kwargs["pk"] = Webhook.objects.get().pk
    return reverse(name, kwargs=kwargs)


def _verdict(response) -> str:
    if response.status_code == 405:
        return NA
    if response.status_code in (401, 403, 404):
        return NO
    if response.status_code in (301, 302):
        target = response.headers["Location"]
        if "/login/" in target or target.rstrip("/").endswith("/admin"):
            return NO
    assert response.status_code < 500, response
    return OK


def _admin_urls(key: str, obj) -> tuple[str, str]:
    app, model = key.split(".")
    listing = reverse(f"admin:{app}_{model}_changelist")
    if obj is None:
        return listing, listing
    return listing, reverse(f"admin:{app}_{model}_change", args=[obj.pk])


def _client(users, role) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    return client


@pytest.mark.scoped
def test_permission_matrix(world):
    event, users, objects = world
    seen: dict[str, dict[str, tuple[str, str]]] = {}
    for role in ROLES:
        client = _client(users, role)
        for name in sorted(_ours()):
            url = _url_of(name, event, objects)
            seen.setdefault(name, {})[role] = (
                _verdict(client.get(url)),
                _verdict(_client(users, role).post(url, {})),
            )
        for key, obj in objects.items():
            listing, change = _admin_urls(key, obj)
            read = _verdict(client.get(change))
            if read == OK and obj is not None:  # another event's organiser: an empty list
                shown = client.get(listing).context["cl"].queryset
                read = OK if shown.filter(pk=obj.pk).exists() else NO
            seen.setdefault(f"admin:{key}", {})[role] = (read, _verdict(client.post(change, {})))
    assert seen == EXPECTED
    print(f"\npermission matrix: {len(seen)} URLs and admin models x {len(ROLES)} roles x 2")
