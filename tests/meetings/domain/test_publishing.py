import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.meetings.domain.publishing import publish_schedule
from tests.factories import make_event, make_schedule, make_user


@pytest.mark.django_db
def test_publishing_archives_previous_published_version():
    event = make_event()
    first, second = make_schedule(event, 1), make_schedule(event, 2)
    publish_schedule(first, acting_user=None)
    publish_schedule(second, acting_user=None)
    first.refresh_from_db()
    assert (first.state, second.state) == ("archived", "published")
    assert second.published_at is not None


@pytest.mark.django_db
def test_archived_version_cannot_be_published_again():
    event = make_event()
    first = make_schedule(event, 1, state="archived")
    with pytest.raises(ValidationError, match="archived"):
        publish_schedule(first, acting_user=None)


@pytest.mark.django_db
def test_only_organisers_publish():
    event = make_event()
    with pytest.raises(PermissionDenied):
        publish_schedule(make_schedule(event), acting_user=make_user())
