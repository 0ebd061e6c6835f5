"""The request-writing endpoints over real HTTP: send, respond (accept, decline, propose),
accept a proposal, cancel; who may (before the body is read), the verbs' refusals as 400s,
the audit entries, the idempotency key, and the webhooks each change sends."""

from __future__ import annotations

import json
from datetime import timedelta

from django.utils import timezone

from clustermeet.api.domain.tokens import create_api_token
from clustermeet.api.domain.webhooks import create_webhook
from clustermeet.audit.models import AuditEntry
from clustermeet.events.domain.organisers import make_organiser
from clustermeet.events.models import Slot
from clustermeet.meetings.domain.requests_expiry import expire_requests
from clustermeet.meetings.models import Request
from tests.factories import make_participant


def _types(receiver) -> list[str]:
    return [json.loads(body)["type"] for _, body in receiver.got]


def _theirs(world):
    """c's pending request to a."""
    return Request.objects.get(requester=world.c, requested=world.a)


def test_send_is_pending_audited_and_announced(world, http, receiver_of):
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    answer = http.post(
        world.path("requests/"),
        {"requested": world.c.pk, "message": "Sensors?", "priority": 2},
        token=world.tokens["b"],
    )
    assert answer.status == 201, answer.body
    sent = Request.objects.get(requester=world.b, requested=world.c)
    assert (answer.body["id"], answer.body["status"], answer.body["priority"]) == (
        sent.pk,
        "pending",
        2,
    )
    assert sent.message == "Sensors?"
    entry = AuditEntry.objects.get(verb="send_request")
    assert (entry.actor_id, entry.on_behalf_of_id) == (world.b.user_id, None)
    assert _types(receiver) == ["request.sent"]
    assert json.loads(receiver.got[0][1])["data"]["id"] == sent.pk


def test_send_to_someone_who_asked_first_accepts_both(world, http):
    answer = http.post(world.path("requests/"), {"requested": world.c.pk}, token=world.tokens["a"])
    assert (answer.status, answer.body["status"]) == (201, "accepted")
    assert _theirs(world).status == "accepted"


def test_send_twice_is_the_verbs_400(world, http):
    answer = http.post(world.path("requests/"), {"requested": world.b.pk}, token=world.tokens["a"])
    assert answer.status == 400
    assert answer.body == {
        "detail": f"You have already asked to meet {world.b.user.display_name} (accepted)."
    }


def test_send_to_a_person_of_another_event_is_400(world, http):
    answer = http.post(
        world.path("requests/"), {"requested": world.stranger.pk}, token=world.tokens["a"]
    )
    assert answer.status == 400
    assert answer.body["detail"] == (
        f"requested: no requested {world.stranger.pk} at '{world.event.slug}'"
    )


def test_send_with_a_bad_priority_names_the_field(world, http):
    answer = http.post(
        world.path("requests/"), {"requested": world.c.pk, "priority": 9}, token=world.tokens["b"]
    )
    assert answer.status == 400
    assert answer.body["detail"] == 'priority: "9" is not a valid choice.'


def test_send_for_someone_else_by_participant_is_403(world, http):
    answer = http.post(
        world.path("requests/"),
        {"requester": world.c.pk, "requested": world.b.pk},
        token=world.tokens["a"],
    )
    assert answer.status == 403
    assert not Request.objects.filter(requester=world.c, requested=world.b).exists()


def test_send_on_behalf_by_organiser_is_audited_as_such(world, http):
    answer = http.post(
        world.path("requests/"),
        {"requester": world.b.pk, "requested": world.c.pk},
        token=world.tokens["organiser"],
    )
    assert answer.status == 201
    entry = AuditEntry.objects.get(verb="send_request")
    assert (entry.actor_id, entry.on_behalf_of_id) == (world.organiser.pk, world.b.user_id)


def test_send_retried_with_the_same_key_runs_once(world, http):
    key = {"Idempotency-Key": "send-b-c-1"}
    body = {"requested": world.c.pk}
    first = http.post(world.path("requests/"), body, token=world.tokens["b"], headers=key)
    again = http.post(world.path("requests/"), body, token=world.tokens["b"], headers=key)
    assert (first.status, again.status) == (201, 201)
    assert again.body == first.body
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert AuditEntry.objects.filter(verb="send_request").count() == 1


def test_accept_by_the_requested_side_is_announced(world, http, receiver_of):
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    pk = _theirs(world).pk
    answer = http.post(
        world.path(f"requests/{pk}/respond/"), {"answer": "accept"}, token=world.tokens["a"]
    )
    assert (answer.status, answer.body["status"]) == (200, "accepted")
    assert AuditEntry.objects.get(verb="accept_request").actor_id == world.a.user_id
    assert _types(receiver) == ["request.accepted"]


def test_decline_is_announced(world, http, receiver_of):
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    pk = _theirs(world).pk
    answer = http.post(
        world.path(f"requests/{pk}/respond/"), {"answer": "decline"}, token=world.tokens["a"]
    )
    assert (answer.status, answer.body["status"]) == (200, "declined")
    assert _types(receiver) == ["request.declined"]


def test_respond_by_the_requester_is_403_before_the_body(world, http):
    pk = _theirs(world).pk
    answer = http.post(world.path(f"requests/{pk}/respond/"), {}, token=world.tokens["c"])
    assert answer.status == 403
    assert answer.body["detail"] == (
        "Only the person this request was sent to or an organiser of "
        f"'{world.event.name}' may do this."
    )
    assert _theirs(world).status == "pending"


def test_respond_to_a_request_not_ones_own_is_404(world, http):
    pk = _theirs(world).pk
    answer = http.post(
        world.path(f"requests/{pk}/respond/"), {"answer": "accept"}, token=world.tokens["b"]
    )
    assert answer.status == 404


def test_participant_token_of_an_organiser_acts_as_the_participant_only(world, http):
    make_organiser(world.event, world.b.user)  # b organises too, but the token says participant
    token = create_api_token(world.event, world.b.user, acting_user=None, role="participant")[1]
    pk = _theirs(world).pk
    answer = http.post(world.path(f"requests/{pk}/respond/"), {"answer": "accept"}, token=token)
    assert answer.status == 404  # as a participant b does not even see c's request to a
    assert _theirs(world).status == "pending"


def test_propose_then_accept_proposal(world, http):
    pk = _theirs(world).pk
    slot = Slot.objects.filter(event=world.event).order_by("start").last()
    proposed = http.post(
        world.path(f"requests/{pk}/respond/"),
        {"answer": "propose", "proposed_slot": slot.pk},
        token=world.tokens["a"],
    )
    assert (proposed.status, proposed.body["status"]) == (200, "pending")
    assert proposed.body["proposed_slot"] == slot.pk
    by_a = http.post(world.path(f"requests/{pk}/accept-proposal/"), token=world.tokens["a"])
    assert by_a.status == 403
    taken = http.post(world.path(f"requests/{pk}/accept-proposal/"), token=world.tokens["c"])
    assert (taken.status, taken.body["status"]) == (200, "accepted")
    verbs = AuditEntry.objects.filter(target_type="Request").order_by("pk")
    assert list(verbs.values_list("verb", flat=True)) == ["propose_time", "accept_proposal"]


def test_propose_without_a_slot_is_the_verbs_400(world, http):
    pk = _theirs(world).pk
    answer = http.post(
        world.path(f"requests/{pk}/respond/"), {"answer": "propose"}, token=world.tokens["a"]
    )
    assert (answer.status, answer.body) == (
        400,
        {"detail": "Propose another time with a slot, and give a slot only then."},
    )


def test_propose_a_slot_of_another_event_is_400(world, http):
    from tests.factories import make_session

    make_session(world.other)
    foreign = Slot.objects.filter(event=world.other).first()
    pk = _theirs(world).pk
    answer = http.post(
        world.path(f"requests/{pk}/respond/"),
        {"answer": "propose", "proposed_slot": foreign.pk},
        token=world.tokens["a"],
    )
    assert answer.status == 400
    assert answer.body["detail"] == (
        f"proposed_slot: no proposed_slot {foreign.pk} at '{world.event.slug}'"
    )


def test_respond_with_an_unknown_answer_lists_the_choices(world, http):
    pk = _theirs(world).pk
    answer = http.post(
        world.path(f"requests/{pk}/respond/"), {"answer": "maybe"}, token=world.tokens["a"]
    )
    assert answer.status == 400
    assert answer.body["detail"] == 'answer: "maybe" is not a valid choice.'


def test_cancel_by_requester_then_again_is_400(world, http):
    pk = _theirs(world).pk
    cancelled = http.post(world.path(f"requests/{pk}/cancel/"), token=world.tokens["c"])
    assert (cancelled.status, cancelled.body["status"]) == (200, "cancelled")
    again = http.post(world.path(f"requests/{pk}/cancel/"), token=world.tokens["c"])
    assert again.status == 400
    assert again.body["detail"] == (
        "This request is already cancelled; only a pending or accepted request can be cancelled."
    )
    by_a = http.post(world.path(f"requests/{pk}/cancel/"), token=world.tokens["a"])
    assert by_a.status == 403


def test_expiry_is_announced(world, receiver_of):
    receiver = receiver_of()
    create_webhook(world.event, receiver.url, acting_user=world.organiser)
    request = _theirs(world)
    request.expires_at = timezone.now() - timedelta(hours=1)
    request.save()
    report = expire_requests(world.event, now=timezone.now(), acting_user=None)
    assert report.expired == [request.pk]
    assert _types(receiver) == ["request.expired"]


def test_organiser_answers_for_the_requested_side(world, http):
    newcomer = make_participant(world.event)
    request = Request.objects.create(
        event=world.event,
        requester=newcomer,
        requested=world.b,
        status="pending",
        created_at=timezone.now(),
    )
    answer = http.post(
        world.path(f"requests/{request.pk}/respond/"),
        {"answer": "decline"},
        token=world.tokens["organiser"],
    )
    assert answer.status == 200
    entry = AuditEntry.objects.get(verb="decline_request")
    assert (entry.actor_id, entry.on_behalf_of_id) == (world.organiser.pk, world.b.user_id)
