"""API tokens: one event, one role; hashed, shown once, revocable, audited."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from clustermeet.api.domain.tokens import create_api_token, hash_secret, revoke_api_token
from clustermeet.api.models import ApiToken
from clustermeet.audit.models import AuditEntry
from clustermeet.profiles.models import Participant
from tests.factories import make_user


def test_token_secret_is_stored_only_as_its_hash(world):
    token, secret = create_api_token(world.event, world.a.user, name="crm", acting_user=None)
    token.refresh_from_db()
    assert token.secret_hash == hash_secret(secret)
    assert secret not in {token.secret_hash, token.prefix, token.name}
    assert token.prefix == secret[:10]
    assert (token.role, token.user_id) == ("participant", world.a.user_id)
    entry = AuditEntry.objects.filter(verb="create_api_token").latest("pk")
    assert (entry.target_id, entry.event_id) == (str(token.pk), world.event.pk)


def test_token_role_defaults_to_organiser_for_an_organiser(world):
    token, _ = create_api_token(world.event, world.organiser, acting_user=None)
    assert token.role == "organiser"


def test_token_organiser_role_for_a_participant_is_refused(world):
    with pytest.raises(ValidationError, match="does not organise"):
        create_api_token(world.event, world.a.user, "organiser", acting_user=None)


def test_token_for_someone_else_by_a_participant_is_refused(world):
    with pytest.raises(PermissionDenied):
        create_api_token(world.event, world.b.user, acting_user=world.a.user)


def test_token_revoked_is_401(world, http):
    token = ApiToken.objects.get(secret_hash=hash_secret(world.tokens["a"]))
    assert http.get(world.path("items/"), token=world.tokens["a"]).status == 200
    revoke_api_token(token, acting_user=world.a.user)
    answer = http.get(world.path("items/"), token=world.tokens["a"])
    assert (answer.status, answer.body) == (401, {"detail": "Unknown or revoked token."})


def test_token_unknown_is_401(world, http):
    answer = http.get(world.path("items/"), token="cm_" + "x" * 43)
    assert answer.status == 401


def test_token_records_when_it_was_last_used(world, http):
    token = ApiToken.objects.get(secret_hash=hash_secret(world.tokens["b"]))
    assert token.last_used_at is None
    http.get(world.path("items/"), token=world.tokens["b"])
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_token_of_another_event_is_403_there(world, http):
    answer = http.get(world.path("items/"), token=world.tokens["stranger"])
    assert answer.status == 403
    assert answer.body["detail"] == (
        f"This token is for the event '{world.other.slug}', not '{world.event.slug}'."
    )


def test_token_participant_role_of_an_organiser_has_no_organiser_rights(world, http):
    """An organiser who also takes part gets a participant token: it acts as the participant."""
    Participant.objects.create(
        event=world.event, user=world.organiser, organisation=world.a.organisation
    )
    _, secret = create_api_token(world.event, world.organiser, "participant", acting_user=None)
    assert http.get(world.path("schedules/"), token=secret).status == 403
    rows = http.get(world.path("participants/"), token=secret).body["results"]
    assert {r["id"]: r["email"] for r in rows}[world.c.pk] is None
    assert http.get(world.path("schedules/"), token=world.tokens["organiser"]).status == 200


def test_token_of_a_removed_organiser_loses_its_rights(world, http):
    world.event.organisers.remove(world.organiser)
    assert http.get(world.path("schedules/"), token=world.tokens["organiser"]).status == 403


def _env(data_dir: str) -> dict[str, str]:
    """A fresh SQLite database in `data_dir`, whatever database the test run uses."""
    env = {**os.environ, "CLUSTERMEET_DATA_DIR": data_dir}
    env.pop("DATABASE_URL", None)
    return env


def _cli(*args: str, data_dir: str) -> subprocess.CompletedProcess[str]:
    env = _env(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "clustermeet.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_token_command_makes_lists_and_revokes(tmp_path):
    """`clustermeet token` on its own database: a real subprocess, as an operator runs it."""
    data = str(tmp_path)
    setup = (
        "from clustermeet.cli.django import setup; setup();"
        "from tests.factories import make_event, make_participant;"
        "e = make_event(slug='fair'); p = make_participant(e, user=None);"
        "print(p.user.email)"
    )
    env = _env(data)
    email = subprocess.run(
        [sys.executable, "-c", setup],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout.strip()
    made = _cli("token", "--event", "fair", "--user", email, "--name", "crm", data_dir=data)
    assert made.returncode == 0, made.stderr
    secret = made.stdout.strip()
    assert secret.startswith("cm_")
    listed = _cli("token", "--event", "fair", "--user", email, "--list", data_dir=data)
    assert secret[:10] in listed.stdout
    assert "participant" in listed.stdout and "live" in listed.stdout
    revoked = _cli(
        "token", "--event", "fair", "--user", email, "--revoke", secret[:10], data_dir=data
    )
    assert revoked.returncode == 0, revoked.stderr
    listed = _cli("token", "--event", "fair", "--user", email, "--list", data_dir=data)
    assert "revoked" in listed.stdout


def test_token_command_unknown_user_is_one_line(tmp_path):
    answer = _cli("token", "--event", "nowhere", "--user", "x@example.org", data_dir=str(tmp_path))
    assert (answer.returncode, answer.stderr) == (2, "No event 'nowhere'.\n")


def test_token_requires_a_user_that_exists(world):
    with pytest.raises(ValidationError, match="is not a participant"):
        create_api_token(world.event, make_user(), "participant", acting_user=None)
