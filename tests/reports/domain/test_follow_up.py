"""Follow-up e-mails: one week and one month after the event, once per participant and round."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from clustermeet.audit.models import AuditEntry
from clustermeet.reports.domain.follow_up import round_dates, send_follow_up
from clustermeet.reports.models import FollowUp
from tests.factories import make_user
from tests.reports.fixture import small_event

TORONTO = ZoneInfo("America/Toronto")


def _at(day: int, month: int = 6) -> datetime:
    return datetime(2019, month, day, 9, tzinfo=TORONTO)


@pytest.fixture
def small(db):
    return small_event()  # ends 6 June 2019; held meetings: a1, c1 (M1), b1, c1 (M2)


def _run(small, now):
    return send_follow_up(small.event, acting_user=None, now=now, base_url="https://x.example")


def test_follow_up_rounds_are_a_week_and_a_month_after_the_last_day(small):
    assert [(k.value, d.isoformat()) for k, d in round_dates(small.event)] == [
        ("week", "2019-06-13"), ("month", "2019-07-06"),
    ]  # fmt: skip


def test_follow_up_before_the_first_round_sends_nothing(small, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = _run(small, _at(12))
    assert result.round is None and mail.outbox == [] and not FollowUp.objects.exists()


def test_follow_up_week_mails_people_with_held_meetings_once(
    small, django_capture_on_commit_callbacks
):
    p = small.people
    with django_capture_on_commit_callbacks(execute=True):
        result = _run(small, _at(13))
    assert result.round == "week"
    assert {x.pk for x in result.sent} == {p["a1"].pk, p["b1"].pk, p["c1"].pk}  # a2: no-show only
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        p[k].user.email for k in ("a1", "b1", "c1")
    )
    # straight to the agenda, where each held meeting has its outcome form
    assert f"https://x.example/events/{small.event.slug}/agenda/" in mail.outbox[0].body
    assert AuditEntry.objects.filter(verb="send_follow_up").count() == 3
    with django_capture_on_commit_callbacks(execute=True):
        again = _run(small, _at(20))  # cron runs daily: nobody gets the week round twice
    assert again.sent == () and again.already == 3 and len(mail.outbox) == 3


def test_follow_up_month_is_a_second_round(small, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _run(small, _at(13))
        result = _run(small, _at(6, month=7))
    assert result.round == "month" and len(result.sent) == 3 and len(mail.outbox) == 6
    assert FollowUp.objects.filter(round="month").count() == 3


def test_follow_up_by_a_participant_is_refused(small):
    stranger = make_user()
    with pytest.raises(PermissionDenied, match="Only the organisers"):
        send_follow_up(small.event, acting_user=stranger, now=_at(13))


def test_follow_up_is_written_in_each_persons_language(small, django_capture_on_commit_callbacks):
    french = small.people["a1"].user
    french.language = "fr"
    french.save(update_fields=["language"])
    with django_capture_on_commit_callbacks(execute=True):
        _run(small, _at(13))
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "Que sont devenus vos rendez-vous" in by_address[french.email].body
    assert "What came of your meetings?" in by_address[small.people["b1"].user.email].body
