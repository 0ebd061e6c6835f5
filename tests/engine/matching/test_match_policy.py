from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clustermeet.engine.matching import Item, Matcher, Policy, Profile, may_meet
from clustermeet.engine.matching.policy import ACROSS_DELEGATIONS, ANY, TYPE_PAIRS

KINDS = ("cluster", "company", "research", "public")
TOPICS = ("fish fillet inspection", "solar cells", "battery recycling", "smart textiles")


@st.composite
def pools(draw: st.DrawFn) -> tuple[list[Profile], Policy]:
    n = draw(st.integers(min_value=2, max_value=8))
    people = [
        Profile(
            id=f"p{i}",
            name=f"P{i}",
            organisation=draw(st.sampled_from(["o1", "o2", "o3", "o4"])),
            delegation=draw(st.sampled_from(["", "EU", "Canada"])),
            kind=draw(st.sampled_from(KINDS)),
            items=(
                Item(
                    f"i{i}",
                    draw(st.sampled_from(["TO", "TR", "BO", "BR", "RDR"])),
                    draw(st.sampled_from(TOPICS)),
                ),
            ),
        )
        for i in range(n)
    ]
    ids = [p.id for p in people]
    blocked = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=6))
    type_pairs = draw(
        st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(KINDS)), max_size=4)
    )
    mode = draw(st.sampled_from([ANY, ACROSS_DELEGATIONS, TYPE_PAIRS]))
    return people, Policy.build(mode, type_pairs, blocked)


@settings(max_examples=60, deadline=None)
@given(pools())
def test_policy_recommendations_never_break_the_rules(pool):
    people, policy = pool
    matcher = Matcher(people, None, policy=policy)
    by_id = {p.id: p for p in people}
    for person in people:
        for rec in matcher.recommend(person.id, top=10):
            assert may_meet(person, by_id[rec.profile_id], policy)


@settings(max_examples=60, deadline=None)
@given(pools())
def test_policy_vectorised_filter_equals_rules(pool):
    import numpy as np

    people, policy = pool
    matcher = Matcher(people, None, policy=policy)
    everyone = np.arange(len(people))
    for a, person in enumerate(people):
        expected = [b for b, other in enumerate(people) if may_meet(person, other, policy)]
        assert matcher.allowed(a, everyone).tolist() == expected


def test_policy_never_within_one_organisation():
    colleague = Profile("p2", "P2", "same", items=(Item("x", "TO", "solar cells"),))
    me = Profile("p1", "P1", "same", items=(Item("y", "TR", "solar cells"),))
    assert may_meet(me, colleague, Policy()) is False


def test_policy_across_delegations_refuses_two_delegates_of_one_delegation():
    a = Profile("a", "A", "oa", delegation="EU")
    b = Profile("b", "B", "ob", delegation="EU")
    c = Profile("c", "C", "oc", delegation="Canada")
    policy = Policy.build(ACROSS_DELEGATIONS)
    assert (may_meet(a, b, policy), may_meet(a, c, policy)) == (False, True)


def test_policy_blocked_pair_refused_both_ways():
    a, b = Profile("a", "A", "oa"), Profile("b", "B", "ob")
    policy = Policy.build(blocked=[("b", "a")])
    assert (may_meet(a, b, policy), may_meet(b, a, policy)) == (False, False)
