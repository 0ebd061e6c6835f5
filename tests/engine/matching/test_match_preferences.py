from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


PEOPLE = ("a", "b", "c", "d")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(PEOPLE),
            st.sampled_from(PEOPLE),
            st.sampled_from([MUST_MEET, MEET, NO_THANKS]),
        ),
        max_size=8,
    ),
    st.dictionaries(
        st.sampled_from(PEOPLE),
        st.lists(
            st.tuples(st.sampled_from(PEOPLE), st.floats(min_value=0, max_value=1)), max_size=3
        ),
    ),
)
def test_propose_requests_never_proposes_a_refused_pair(raw_marks, raw_recs):
    marks = [Mark(p, t, k) for p, t, k in raw_marks if p != t]
    recs = {
        p: [rec(c, i + 1, s) for i, (c, s) in enumerate(cands) if c != p]
        for p, cands in raw_recs.items()
    }
    refused = {frozenset((m.participant, m.target)) for m in marks if m.kind == NO_THANKS}
    proposals = propose_requests(recs, marks)
    pairs = [frozenset((p.requester, p.requested)) for p in proposals]
    assert len(pairs) == len(set(pairs))
    assert not set(pairs) & refused
    assert {p.priority for p in proposals} <= {1, 2, 3}
