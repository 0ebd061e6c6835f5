"""Writes over real HTTP call the domain's verbs: who may, what changes, the audit entry,
and a verb's refusal as a 400 or 403 with its sentence."""

from __future__ import annotations

from clustermeet.audit.models import AuditEntry
from clustermeet.events.models import Slot, Table
from clustermeet.matchmaking.models import Mark
from clustermeet.meetings.domain.publishing import publish_schedule
from clustermeet.meetings.domain.scheduling import schedule_event
from clustermeet.meetings.models import Meeting, Outcome, Schedule


def _published_meeting(world):
    schedule = schedule_event(world.event, acting_user=None, time_limit=5)
    publish_schedule(schedule, acting_user=None)
    return Meeting.objects.get(schedule=schedule)


def test_mark_set_by_participant_is_audited(world, http):
    answer = http.post(
        world.path("marks/"), {"target": world.c.pk, "kind": "must_meet"}, token=world.tokens["a"]
    )
    assert answer.status == 201
    mark = Mark.objects.get(participant=world.a, target=world.c)
    assert (answer.body["id"], answer.body["kind"]) == (mark.pk, "must_meet")
    entry = AuditEntry.objects.get(verb="set_mark")
    assert (entry.actor_id, entry.event_id) == (world.a.user_id, world.event.pk)


def test_mark_removed_with_null_kind_is_204(world, http):
    http.post(world.path("marks/"), {"target": world.c.pk, "kind": "meet"}, token=world.tokens["a"])
    answer = http.post(
        world.path("marks/"), {"target": world.c.pk, "kind": None}, token=world.tokens["a"]
    )
    assert answer.status == 204
    assert not Mark.objects.filter(participant=world.a).exists()


def test_mark_on_oneself_is_the_verbs_400(world, http):
    answer = http.post(
        world.path("marks/"), {"target": world.a.pk, "kind": "meet"}, token=world.tokens["a"]
    )
    assert (answer.status, answer.body) == (400, {"detail": "You cannot mark yourself."})


def test_mark_for_someone_else_by_participant_is_403(world, http):
    answer = http.post(
        world.path("marks/"),
        {"participant": world.b.pk, "target": world.c.pk, "kind": "meet"},
        token=world.tokens["a"],
    )
    assert answer.status == 403
    assert not Mark.objects.exists()


def test_mark_organiser_sets_one_on_behalf(world, http):
    answer = http.post(
        world.path("marks/"),
        {"participant": world.b.pk, "target": world.c.pk, "kind": "no_thanks"},
        token=world.tokens["organiser"],
    )
    assert answer.status == 201
    entry = AuditEntry.objects.get(verb="set_mark")
    assert (entry.actor_id, entry.on_behalf_of_id) == (world.organiser.pk, world.b.user_id)


def test_mark_target_of_another_event_is_400(world, http):
    answer = http.post(
        world.path("marks/"), {"target": world.stranger.pk, "kind": "meet"}, token=world.tokens["a"]
    )
    assert answer.status == 400
    assert answer.body["detail"] == f"target: no target {world.stranger.pk} at '{world.event.slug}'"


def test_schedule_run_preview_diff_publish(world, http):
    token = world.tokens["organiser"]
    run = http.post(world.path("schedules/run/"), {"time_limit": 5}, token=token)
    assert run.status == 201
    assert (run.body["version"], run.body["state"], run.body["meetings"]) == (1, "draft", 1)
    sid = run.body["id"]
    preview = http.get(world.path(f"schedules/{sid}/preview/"), token=token).body
    assert (preview["meetings"], preview["participants_met"], preview["participants"]) == (1, 2, 3)
    assert preview["accepted_requests"] == 1
    diff = http.get(world.path(f"schedules/{sid}/diff/"), token=token).body
    assert diff == {
        "against": None,
        "added": [sorted([world.a.pk, world.b.pk])],
        "removed": [],
        "moved": [],
        "unchanged": 0,
    }
    published = http.post(world.path(f"schedules/{sid}/publish/"), token=token)
    assert (published.status, published.body["state"]) == (200, "published")
    again = http.post(world.path("schedules/run/"), {"time_limit": 5}, token=token).body
    diff = http.get(world.path(f"schedules/{again['id']}/diff/"), token=token).body
    assert (diff["against"], diff["added"], diff["removed"]) == (1, [], [])
    assert diff["unchanged"] + len(diff["moved"]) == 1
    assert list(AuditEntry.objects.order_by("pk").values_list("verb", flat=True))[-3:] == [
        "schedule_event",
        "publish_schedule",
        "schedule_event",
    ]


def test_schedule_run_by_participant_is_403_and_runs_nothing(world, http):
    answer = http.post(world.path("schedules/run/"), token=world.tokens["a"])
    assert answer.status == 403
    assert answer.body["detail"] == f"Only the organisers of '{world.event.name}' may do this."
    assert not Schedule.objects.exists()


def test_schedule_run_bad_time_limit_is_400(world, http):
    answer = http.post(
        world.path("schedules/run/"), {"time_limit": "soon"}, token=world.tokens["organiser"]
    )
    assert answer.status == 400
    assert answer.body["detail"] == "time_limit: A valid number is required."


def test_publish_archived_version_is_the_verbs_400(world, http):
    token = world.tokens["organiser"]
    first = http.post(world.path("schedules/run/"), {"time_limit": 5}, token=token).body["id"]
    second = http.post(world.path("schedules/run/"), {"time_limit": 5}, token=token).body["id"]
    http.post(world.path(f"schedules/{first}/publish/"), token=token)
    http.post(world.path(f"schedules/{second}/publish/"), token=token)
    answer = http.post(world.path(f"schedules/{first}/publish/"), token=token)
    assert answer.status == 400
    assert answer.body == {"detail": "Version 1 is archived; schedule again to get a new draft."}


def test_meeting_move_lock_cancel_by_organiser(world, http):
    meeting = _published_meeting(world)
    token = world.tokens["organiser"]
    slot = Slot.objects.filter(event=world.event).exclude(pk=meeting.slot_id).first()
    table = Table.objects.get(event=world.event, name="T02")
    moved = http.post(
        world.path(f"meetings/{meeting.pk}/move/"),
        {"slot": slot.pk, "table": table.pk, "notify": False},
        token=token,
    )
    assert (moved.status, moved.body["slot"], moved.body["table"]) == (200, slot.pk, table.pk)
    locked = http.post(world.path(f"meetings/{meeting.pk}/lock/"), {"locked": True}, token=token)
    assert locked.body["locked"] is True
    cancelled = http.post(
        world.path(f"meetings/{meeting.pk}/cancel/"),
        {"reason": "flight late", "notify": False},
        token=token,
    )
    assert cancelled.body["status"] == "cancelled"
    again = http.post(world.path(f"meetings/{meeting.pk}/cancel/"), token=token)
    assert (again.status, again.body) == (400, {"detail": "This meeting is cancelled already."})
    verbs = list(
        AuditEntry.objects.filter(target_type="Meeting")
        .order_by("pk")
        .values_list("verb", flat=True)
    )
    assert verbs == ["move_meeting", "lock_meeting", "cancel_meeting"]


def test_meeting_move_by_participant_is_403(world, http):
    meeting = _published_meeting(world)
    answer = http.post(
        world.path(f"meetings/{meeting.pk}/move/"),
        {"slot": meeting.slot_id, "table": meeting.table_id},
        token=world.tokens["a"],
    )
    assert answer.status == 403
    assert answer.body["detail"] == f"Only the organisers of '{world.event.name}' may do this."


def test_outcome_recorded_by_each_side(world, http):
    meeting = _published_meeting(world)
    answer = http.post(
        world.path("outcomes/"),
        {"meeting": meeting.pk, "kind": "agreement", "comment": "MoU"},
        token=world.tokens["a"],
    )
    assert answer.status == 201
    outcome = Outcome.objects.get(meeting=meeting, participant=world.a)
    assert (outcome.kind, outcome.comment) == ("agreement", "MoU")
    mine = http.get(world.path("outcomes/"), token=world.tokens["b"])
    assert mine.body["results"] == []


def test_outcome_by_someone_not_in_the_meeting_is_400(world, http):
    meeting = _published_meeting(world)
    answer = http.post(
        world.path("outcomes/"), {"meeting": meeting.pk, "kind": "none"}, token=world.tokens["c"]
    )
    assert answer.status == 400
    assert answer.body["detail"] == f"{world.c.user.display_name} was not in this meeting."


def test_outcome_of_a_draft_meeting_is_400(world, http):
    schedule = schedule_event(world.event, acting_user=None, time_limit=5)
    meeting = Meeting.objects.get(schedule=schedule)
    answer = http.post(
        world.path("outcomes/"), {"meeting": meeting.pk, "kind": "none"}, token=world.tokens["a"]
    )
    assert answer.body == {"detail": "Only meetings of the published schedule can be recorded."}
