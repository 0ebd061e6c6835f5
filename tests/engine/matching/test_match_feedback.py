"""Feedback from the event: a participant's signals move look-alikes of their targets."""

from __future__ import annotations

import pytest

from clustermeet.engine.matching import Item, Matcher, Policy
from clustermeet.engine.matching.feedback import (
    DECLINED_BY_ME,
    GOOD_OUTCOME,
    NO_THANKS,
    Signal,
    by_participant,
)
from tests.engine.matching.matching_helpers import FISH_OFFER, FISH_REQUEST, SOLAR_OFFER, profile

CAMERAS = Item(
    "cam-to",
    "TO",
    "Camera inspection of fish fillets",
    "Line cameras and deep learning find bones and parasites in whitefish fillets.",
)
XRAY = Item(
    "xray-to",
    "TO",
    "X-ray bone detection in fillets",
    "X-ray scanners that find pin bones in salmon and cod portions.",
)


def _pool() -> list:
    return [
        profile("plant", FISH_REQUEST),
        profile("vision", FISH_OFFER, description="Machine vision start-up for seafood."),
        profile("cameras", CAMERAS, description="Machine vision start-up for fish plants."),
        profile("xray", XRAY, description="X-ray equipment maker."),
        profile("solar", SOLAR_OFFER, description="Solar module maker."),
    ]


def _scores(encoder, signals=(), blocked=()) -> dict[str, float]:
    matcher = Matcher(_pool(), encoder, policy=Policy.build(blocked=blocked), feedback=signals)
    return {r.profile_id: r.score for r in matcher.recommend("plant", top=10)}


@pytest.mark.parametrize("kind", [NO_THANKS, DECLINED_BY_ME])
def test_feedback_refusal_moves_look_alikes_down(encoder, kind):
    before = _scores(encoder, blocked=[("plant", "vision")])
    after = _scores(encoder, [Signal("plant", "vision", kind)], blocked=[("plant", "vision")])
    drop = {k: before[k] - after[k] for k in before}
    assert drop["cameras"] > 0.02  # a machine-vision company like the refused one
    assert drop["cameras"] > drop["xray"] > drop["solar"] >= 0


def test_feedback_good_outcome_moves_look_alikes_up(encoder):
    before = _scores(encoder, blocked=[("plant", "vision")])
    after = _scores(
        encoder, [Signal("plant", "vision", GOOD_OUTCOME)], blocked=[("plant", "vision")]
    )
    assert after["cameras"] - before["cameras"] > after["solar"] - before["solar"] >= 0


def test_feedback_only_moves_the_participants_own_list(encoder):
    signals = [Signal("plant", "vision", NO_THANKS)]
    with_ = Matcher(_pool(), encoder, feedback=signals).recommend("xray", top=10)
    without = Matcher(_pool(), encoder).recommend("xray", top=10)
    assert [(r.profile_id, r.score) for r in with_] == [(r.profile_id, r.score) for r in without]


def test_feedback_unknown_signal_is_refused():
    with pytest.raises(ValueError, match="unknown feedback signal 'maybe'"):
        by_participant([Signal("a", "b", "maybe")])
