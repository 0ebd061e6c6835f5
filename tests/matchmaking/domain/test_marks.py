import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.audit.models import AuditEntry
from clustermeet.matchmaking.domain.marks import set_mark
from clustermeet.matchmaking.models import Mark
from tests.factories import make_event, make_participant

pytestmark = pytest.mark.django_db


def test_set_mark_creates_changes_and_removes_with_audit():
    event = make_event()
    ann, ben = make_participant(event), make_participant(event)
    set_mark(ann, ben, "meet", acting_user=ann.user)
    set_mark(ann, ben, "must_meet", acting_user=ann.user)
    assert Mark.objects.get().kind == "must_meet"
    set_mark(ann, ben, None, acting_user=ann.user)
    assert Mark.objects.count() == 0
    befores = [e.before for e in AuditEntry.objects.order_by("id")]
    assert befores == [{}, {"kind": "meet"}, {"kind": "must_meet"}]


def test_set_mark_for_someone_else_or_across_events_is_refused():
    event = make_event()
    ann, ben = make_participant(event), make_participant(event)
    with pytest.raises(PermissionDenied):
        set_mark(ann, ben, "meet", acting_user=ben.user)
    with pytest.raises(ValidationError, match="same event"):
        set_mark(ann, make_participant(make_event()), "meet", acting_user=ann.user)
    with pytest.raises(ValidationError, match="not a mark"):
        set_mark(ann, ben, "love", acting_user=ann.user)
