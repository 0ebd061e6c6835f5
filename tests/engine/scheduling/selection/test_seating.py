"""Local search on tables: fewer table changes, never an invalid schedule."""

from hypothesis import given, settings
from hypothesis import strategies as st

from clustermeet.engine.scheduling.selection import (
    EventInstance,
    Lock,
    Participant,
    Placement,
    Request,
    Table,
    generate_event,
    summarise,
    validate_event,
)
from clustermeet.engine.scheduling.selection.greedy import greedy_schedule
from clustermeet.engine.scheduling.selection.tables import assign_event_tables, reduce_table_changes


def _two_slot_event(locks=()):
    # a meets b then c; d meets e then f. Two tables.
    return EventInstance(
        slot_days=(0, 0),
        tables=(Table("T1"), Table("T2")),
        participants=tuple(Participant(i) for i in range(6)),
        seats=(1,) * 6,
        requests=(Request(0, 1), Request(0, 2), Request(3, 4), Request(3, 5)),
        locks=locks,
    )


def test_reduce_table_changes_swaps_tables_to_keep_people_seated():
    instance = _two_slot_event()
    crossed = [Placement(0, 0, 0), Placement(2, 0, 1), Placement(1, 1, 1), Placement(3, 1, 0)]
    assert summarise(instance, crossed)["table_changes"] == 2
    better = reduce_table_changes(instance, crossed)
    assert summarise(instance, better)["table_changes"] == 0
    assert validate_event(instance, better).valid


def test_reduce_table_changes_leaves_locked_tables_alone():
    instance = _two_slot_event(locks=(Lock(1, 1, 1), Lock(3, 1, 0)))
    crossed = [Placement(0, 0, 0), Placement(2, 0, 1), Placement(1, 1, 1), Placement(3, 1, 0)]
    better = reduce_table_changes(instance, crossed)
    assert {(p.request, p.table) for p in better if p.slot == 1} == {(1, 1), (3, 0)}
    assert summarise(instance, better)["table_changes"] == 0  # slot 0 moved instead


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_reduce_table_changes_never_adds_changes_nor_breaks_rules(seed):
    instance = generate_event(60, seed=seed)
    chosen = list(greedy_schedule(instance).slot_of.items())
    before = assign_event_tables(instance, chosen)
    after = reduce_table_changes(instance, before)
    assert validate_event(instance, after).valid
    assert sorted((p.request, p.slot) for p in after) == sorted((p.request, p.slot) for p in before)
    assert (
        summarise(instance, after)["table_changes"] <= summarise(instance, before)["table_changes"]
    )
