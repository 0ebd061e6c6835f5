"""The demo event through the console's day pages: a table breaks and the re-plan keeps
every meeting not at that table; the figures are printed (`pytest -s`)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from clustermeet.demo.load import load_demo
from clustermeet.meetings.domain.diffs import standing_meetings
from clustermeet.meetings.models import Schedule


def _placement(schedule):
    return {
        frozenset(s.participant_id for s in m.seats.all()): (m.slot_id, m.table_id)
        for m in standing_meetings(schedule)
    }


@pytest.mark.slow
@pytest.mark.django_db
def test_demo_table_break_moves_only_that_tables_meetings_from_the_break_on():
    event, logins = load_demo()
    client = Client()
    client.force_login(event.organisers.get())
    url = lambda name, **kw: reverse(f"orga:{name}", kwargs={"slug": event.slug, **kw})  # noqa: E731
    client.post(url("schedules"), {"time_limit": "20"})
    first = Schedule.objects.get(event=event, version=1)
    client.post(url("publish", version=1), {"confirm": "on"})
    before = _placement(first)
    slots = list(event.slots.order_by("start"))
    start = slots[len(slots) // 2]
    later = {s.pk for s in slots if s.start >= start.start}
    # The table with the most meetings from the break on.
    busiest = max(
        {t for _, t in before.values()},
        key=lambda t: sum(1 for s, u in before.values() if u == t and s in later),
    )
    affected = {p for p, (s, t) in before.items() if t == busiest and s in later}
    response = client.post(
        url("table-break"), {"table": busiest, "from_slot": start.pk}, follow=True
    )
    draft = Schedule.objects.get(event=event, version=2)
    after = _placement(draft)
    assert {p: after.get(p) for p in before if p not in affected} == {
        p: v for p, v in before.items() if p not in affected
    }
    assert [p for p, (s, t) in after.items() if t == busiest and s in later] == []
    kept_slot = sum(1 for p in affected if p in after and after[p][0] == before[p][0])
    message = next(m.message for m in response.context["messages"] if "Re-planned" in m.message)
    print(
        f"\ndemo: scheduler {first.statistics['seconds']} s for {len(before)} meetings; "
        f"table break re-plan {draft.statistics['seconds']} s: {len(affected)} meetings at "
        f"the table from then on, {kept_slot} kept their slot at another table, "
        f"{sum(1 for p in affected if p not in after)} dropped; console said: {message}"
    )
