"""The import over real HTTP: the console's verb behind it, all or nothing, who may."""

from __future__ import annotations

import urllib.request
import uuid

from clustermeet.audit.models import AuditEntry
from clustermeet.profiles.models import Item, Organisation, Participant

ORGS = "name,type,country,slug\nVitagora,cluster,FR,vitagora\n"
PEOPLE = (
    "email,first_name,last_name,organisation\n"
    "anna@vitagora.example,Anna,Lefort,vitagora\n"
    "sam@vitagora.example,Sam,Moreau,Vitagora\n"
)
ITEMS = "email,type,title\nanna@vitagora.example,TO,Pea-protein texturing\n"
SHEETS = {"organisations.csv": ORGS, "participants.csv": PEOPLE, "items.csv": ITEMS}


def test_organiser_imports_sheets_of_csv_text(world, http):
    before = Participant.objects.filter(event=world.event).count()
    answer = http.post(world.path("import/"), {"sheets": SHEETS}, token=world.tokens["organiser"])
    assert answer.status == 201, answer.body
    assert answer.body["created"] == {"organisations": 1, "participants": 2, "items": 1}
    assert answer.body["accounts_created"] == 2
    assert Participant.objects.filter(event=world.event).count() == before + 2
    anna = Participant.objects.get(event=world.event, user__email="anna@vitagora.example")
    assert anna.organisation.slug == "vitagora"
    assert Item.objects.filter(participant=anna, title="Pea-protein texturing").exists()
    entry = AuditEntry.objects.get(verb="import_people")
    assert (entry.actor_id, entry.event_id) == (world.organiser.pk, world.event.pk)


def test_importing_again_updates_in_place(world, http):
    http.post(world.path("import/"), {"sheets": SHEETS}, token=world.tokens["organiser"])
    again = http.post(world.path("import/"), {"sheets": SHEETS}, token=world.tokens["organiser"])
    assert again.status == 201, again.body
    assert again.body["created"] == {}
    assert again.body["updated"]["participants"] == 2
    assert Organisation.objects.filter(event=world.event, slug="vitagora").count() == 1


def test_one_bad_row_imports_nothing_and_names_row_and_field(world, http):
    bad = PEOPLE + "not-an-address,Bad,Row,vitagora\n"
    answer = http.post(
        world.path("import/"),
        {"sheets": {"organisations.csv": ORGS, "participants.csv": bad}},
        token=world.tokens["organiser"],
    )
    assert answer.status == 400
    assert answer.body["detail"].startswith("Nothing was imported")
    [problem] = answer.body["problems"]
    assert (problem["where"], problem["field"]) == ("participants.csv row 4", "email")
    assert problem["message"]
    assert not Organisation.objects.filter(event=world.event, slug="vitagora").exists()
    assert not Participant.objects.filter(user__email="anna@vitagora.example").exists()


def test_sheet_of_unknown_columns_is_a_400_naming_the_header(world, http):
    answer = http.post(
        world.path("import/"), {"sheets": {"x.csv": "a,b\n1,2\n"}}, token=world.tokens["organiser"]
    )
    assert answer.status == 400
    assert [(p["where"], p["field"]) for p in answer.body["problems"]] == [("x.csv", "header")]


def test_a_body_without_sheets_is_a_400_naming_the_field(world, http):
    answer = http.post(world.path("import/"), {}, token=world.tokens["organiser"])
    assert answer.status == 400
    assert "sheets" in answer.body["errors"]


def test_multipart_upload_of_files_is_taken_too(world, http):
    boundary = uuid.uuid4().hex
    parts = []
    for name, text in (("organisations.csv", ORGS), ("participants.csv", PEOPLE)):
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="{name}"\r\nContent-Type: text/csv\r\n\r\n{text}\r\n'
        )
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    request = urllib.request.Request(http.base + world.path("import/"), data=body, method="POST")
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    request.add_header("Authorization", f"Bearer {world.tokens['organiser']}")
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 201
    assert Participant.objects.filter(user__email="sam@vitagora.example").exists()


def test_participant_token_is_refused(world, http):
    answer = http.post(world.path("import/"), {"sheets": SHEETS}, token=world.tokens["a"])
    assert answer.status == 403
    assert not Organisation.objects.filter(slug="vitagora").exists()


def test_other_events_organiser_is_refused(world, http):
    answer = http.post(
        world.path("import/"), {"sheets": SHEETS}, token=world.tokens["other_organiser"]
    )
    assert answer.status in (403, 404)
    assert not Organisation.objects.filter(slug="vitagora").exists()


def test_a_retry_with_the_same_key_imports_once(world, http):
    key = {"Idempotency-Key": uuid.uuid4().hex}
    first = http.post(
        world.path("import/"), {"sheets": SHEETS}, token=world.tokens["organiser"], headers=key
    )
    second = http.post(
        world.path("import/"), {"sheets": SHEETS}, token=world.tokens["organiser"], headers=key
    )
    assert (first.status, second.status) == (201, 201)
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert second.body == first.body
    assert AuditEntry.objects.filter(verb="import_people").count() == 1


def test_options_describes_the_import(world, http):
    answer = http("OPTIONS", world.path("import/"), token=world.tokens["organiser"])
    assert answer.status == 200
    assert "sheets" in answer.body["actions"]["POST"]
