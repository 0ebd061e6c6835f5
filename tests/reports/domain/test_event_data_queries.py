"""`event_data` reads an event in a constant number of queries, whatever its size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clustermeet.reports.domain.event_data import event_data
from tests.reports.fixture import grown_event

MAX_QUERIES = 15  # the report's rows, then the scheduler's input for the FCFS baseline


@pytest.mark.parametrize("size", [1, 3])
def test_event_data_query_count_does_not_grow(db, size, django_assert_max_num_queries):
    event = grown_event(size)
    with django_assert_max_num_queries(MAX_QUERIES):
        data = event_data(event)
    assert len(data.meetings) == size and len(data.outcomes) == size


def test_event_data_same_queries_for_sizes_1_and_3(db):
    counts = []
    for size in (1, 3):
        event = grown_event(size)
        with CaptureQueriesContext(connection) as queries:
            event_data(event)
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
