from __future__ import annotations

from clustermeet.engine.matching.matcher import Recommendation
from clustermeet.engine.matching.preferences import (
    MEET,
    MUST_MEET,
    NO_THANKS,
    Mark,
    ProposedRequest,
    propose_requests,
)


def rec(pid: str, rank: int, score: float) -> Recommendation:
    return Recommendation(pid, rank, score, score, score, "", ())


def test_propose_requests_no_thanks_on_either_side_excludes_pair():
    recs = {"a": [rec("b", 1, 0.9)], "b": [rec("a", 1, 0.9)]}
    marks = [Mark("a", "b", MUST_MEET), Mark("b", "a", NO_THANKS)]
    assert propose_requests(recs, marks) == []


def test_propose_requests_marks_set_priority_and_mutuality():
    recs = {"a": [rec("b", 1, 0.8), rec("c", 2, 0.5)], "b": [], "c": []}
    marks = [Mark("a", "b", MUST_MEET), Mark("b", "a", MEET)]
    assert propose_requests(recs, marks) == [
        ProposedRequest("a", "b", 3, 3.8, True, "must meet"),
        ProposedRequest("a", "c", 1, 1.5, False, "recommended"),
    ]


def test_propose_requests_low_scores_and_existing_pairs_skipped():
    recs = {"a": [rec("b", 1, 0.2), rec("c", 2, 0.7)]}
    assert propose_requests(recs, [], existing=[("c", "a")]) == []
