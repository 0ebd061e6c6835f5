"""An event file can take nothing over: no passwords, no flags, no other event's data."""

import json
import os
import stat
import subprocess
import sys

import pytest
from django.contrib.auth.hashers import check_password

from clustermeet.accounts.models import User
from clustermeet.audit.models import AuditEntry
from clustermeet.exchange.event_export import export_event
from clustermeet.exchange.event_import import import_event
from clustermeet.exchange.files import MAX_BYTES
from clustermeet.exchange.problems import ImportRejected
from clustermeet.profiles.models import Organisation
from tests.exchange.samples import D1_0900, row_counts, small_event_file
from tests.factories import make_event, make_organisation, make_participant, make_user


@pytest.mark.django_db
def test_export_writes_no_password_hash_and_no_flag():
    event = import_event(small_event_file(), acting_user=None)
    User.objects.filter(email="ann@x.example").update(is_staff=True)
    exported = export_event(event)
    assert all(set(u) == {"email", "first_name", "last_name"} for u in exported["users"])
    assert "pbkdf2" not in json.dumps(exported) and "is_staff" not in json.dumps(exported)


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["password", "is_staff", "is_superuser", "groups"])
def test_import_file_with_account_keys_is_refused_and_changes_nothing(key):
    data = small_event_file()
    data["users"][1][key] = "pbkdf2_sha256$1$salt$hash" if key == "password" else True
    before = row_counts()
    with pytest.raises(ImportRejected) as caught:
        import_event(data, acting_user=None)
    assert [(p.where, p.field) for p in caught.value.problems] == [("users[1]", key)]
    assert "never sets passwords or account flags" in str(caught.value)
    assert row_counts() == before


@pytest.mark.django_db
def test_import_links_existing_account_without_changing_password_flags_or_name():
    ann = make_user("ann@x.example", "old-secret", first_name="Anna", last_name="Real")
    other = make_event()
    make_participant(other, user=ann)
    data = small_event_file()
    data["users"][1].update(first_name="Mallory", last_name="Renamed")
    event = import_event(data, acting_user=None)
    ann.refresh_from_db()
    assert (ann.first_name, ann.last_name) == ("Anna", "Real")
    assert check_password("old-secret", ann.password)
    assert not ann.is_staff and not ann.is_superuser
    assert event.participants.get(user__email="ann@x.example").user_id == ann.pk


@pytest.mark.django_db
def test_import_creates_new_accounts_without_a_usable_password():
    import_event(small_event_file(), acting_user=None)
    bob = User.objects.get(email="bob@x.example")
    assert not bob.has_usable_password() and not bob.is_staff
    assert (bob.first_name, bob.last_name) == ("Bob", "Small")


@pytest.mark.django_db
def test_import_leaves_another_events_organisation_of_the_same_slug_alone():
    other = make_event()
    acme = make_organisation(other, slug="acme", name="Acme of the other event", country="DE")
    import_event(small_event_file(), acting_user=None)
    acme.refresh_from_db()
    assert (acme.name, acme.country, acme.event_id) == ("Acme of the other event", "DE", other.pk)
    assert Organisation.objects.filter(slug="acme").count() == 2


@pytest.mark.django_db
def test_import_writes_one_audit_entry_naming_the_counts():
    event = import_event(small_event_file(), acting_user=None)
    (entry,) = AuditEntry.objects.filter(verb="import_event")
    assert entry.event_id == event.pk
    assert entry.after == {
        "users_linked": 0,
        "users_created": 4,
        "organisations": 2,
        "participants": 3,
        "requests": 1,
        "schedules": 1,
        "meetings": 1,
    }


@pytest.mark.django_db
def test_export_writes_times_at_the_venues_offset_and_import_reads_any_offset():
    data = small_event_file()
    # The same instants written in UTC: the import must find the same slots.
    data["participants"][1]["unavailable_slots"] = ["2019-06-05T13:20:00+00:00"]
    data["schedules"][0]["meetings"][0]["slot"] = "2019-06-05T13:00:00Z"
    exported = export_event(import_event(data, acting_user=None))
    session = exported["sessions"][0]
    assert [s["start"] for s in session["slots"]][:2] == [D1_0900, "2019-06-05T09:20:00-04:00"]
    assert exported["participants"][1]["unavailable_slots"] == ["2019-06-05T09:20:00-04:00"]
    assert exported["schedules"][0]["meetings"][0]["slot"] == D1_0900
    assert exported["requests"][0]["created_at"] == "2019-05-20T06:00:00-04:00"


def _cli(*args, env_dir):
    env = dict(os.environ, CLUSTERMEET_DATA_DIR=str(env_dir))
    env.pop("DATABASE_URL", None)  # the command line uses its own SQLite file here
    return subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_cli_export_file_is_readable_by_its_owner_only(tmp_path):
    source = tmp_path / "small.json"
    source.write_text(json.dumps(small_event_file()), encoding="utf-8")
    data_dir = tmp_path / "data"
    assert _cli("import", str(source), env_dir=data_dir).returncode == 0
    out = tmp_path / "backup.json"
    out.write_text("an older export, readable by all")
    out.chmod(0o644)
    result = _cli("export", "--event", "small", "-o", str(out), env_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["event"]["slug"] == "small"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow
def test_cli_import_refuses_a_file_over_the_limit_before_reading_it(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as out:  # sparse: the size is there, the bytes are not
        out.truncate(MAX_BYTES + 1)
    result = _cli("import", str(big), env_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "files of at most 10 MB are read" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.django_db
def test_upload_page_refuses_a_file_over_the_limit_naming_it(client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from clustermeet.events.domain.organisers import make_organiser

    event = make_event()
    organiser = make_user("boss@eccp.example")
    make_organiser(event, organiser)
    client.force_login(organiser)
    upload = SimpleUploadedFile("participants.csv", b"email\n" + b"a" * MAX_BYTES)
    response = client.post(reverse("portal:import", args=[event.slug]), {"file": upload})
    assert response.status_code == 200
    assert "files of at most 10 MB are read" in response.content.decode()
    assert event.participants.count() == 0


@pytest.mark.django_db
def test_organiser_account_the_validators_refuse_is_a_problem_not_a_crash():
    """Found by the fuzzing: a nameless organiser's account was added before it existed."""
    data = small_event_file()
    organiser = next(u for u in data["users"] if u["email"] == "org@x.example")
    organiser["first_name"] = ""
    before = row_counts()
    with pytest.raises(ImportRejected) as caught:
        import_event(data, acting_user=None)
    assert [p.where for p in caught.value.problems] == ["users[0]"]
    assert row_counts() == before
