"""Importing organisations, participants and items from CSV and XLSX: all or nothing."""

import io

import pytest
from openpyxl import Workbook

from clustermeet.accounts.models import User
from clustermeet.exchange.problems import ImportRejected
from clustermeet.exchange.tabular import read_csv, read_xlsx
from clustermeet.exchange.tabular_import import import_sheets
from clustermeet.profiles.models import Item, Organisation, Participant
from tests.factories import make_event, make_user

ORGS = (
    "name,type,country,slug,region,website,ecosystems,nace_codes,key_technologies,member_count\n"
    "Vitagora,cluster,FR,vitagora,Dijon,www.vitagora.example,Agri-food,10.89,"
    "Life-science technologies,450\n"
    "Ocean Supercluster,Cluster organisation,Canada,ocean,Atlantic Canada,,"
    "Agri-food; Energy-renewables,,,\n"
)
PEOPLE = (
    "email,first_name,last_name,organisation,delegation,languages,attendance,max_meetings,"
    "target_countries\n"
    "Anna@Vitagora.example,Anna,Lefort,vitagora,EU delegation,fr; en,onsite,12,Canada\n"
    "sam@ocean.example,Sam,Moreau,Ocean Supercluster,Canada,en,remote,,FR; DE\n"
)
ITEMS = (
    "email,type,title,description,keywords,language\n"
    "anna@vitagora.example,TR,Pea-protein texturing partner,We look for...,pea; extrusion,fr\n"
    "sam@ocean.example,Technology Offer,Machine vision for catch sorting,Cameras...,vision,\n"
)


@pytest.fixture
def event(db):
    return make_event()


def sheets(*pairs):
    return [read_csv(text.encode(), name) for name, text in pairs]


def good_sheets():
    return sheets(("organisations.csv", ORGS), ("participants.csv", PEOPLE), ("items.csv", ITEMS))


def counts():
    return (
        Organisation.objects.count(),
        Participant.objects.count(),
        Item.objects.count(),
        User.objects.count(),
    )


def test_import_good_files_creates_everything(event):
    report = import_sheets(event, good_sheets(), acting_user=None)
    assert report.created == {"organisations": 2, "participants": 2, "items": 2}
    anna = Participant.objects.get(user__email="anna@vitagora.example")
    assert (anna.organisation.slug, anna.delegation.name, anna.languages, anna.max_meetings) == (
        "vitagora",
        "EU delegation",
        ["fr", "en"],
        12,
    )
    assert anna.target_countries == ["CA"]
    ocean = Organisation.objects.get(slug="ocean")
    assert (ocean.country, ocean.kind, ocean.ecosystems) == (
        "CA",
        "cluster",
        ["Agri-food", "Energy-renewables"],
    )
    assert Organisation.objects.get(slug="vitagora").website == "https://www.vitagora.example"
    item = Item.objects.get(title="Machine vision for catch sorting")
    assert (item.kind, item.language, item.participant.attendance) == ("TO", "en", "remote")


def test_reimport_same_files_updates_instead_of_duplicating(event):
    import_sheets(event, good_sheets(), acting_user=None)
    before = counts()
    report = import_sheets(event, good_sheets(), acting_user=None)
    assert counts() == before
    assert report.updated == {"organisations": 2, "participants": 2, "items": 2}
    assert not report.created


def test_reimport_changes_a_field_in_place(event):
    import_sheets(event, good_sheets(), acting_user=None)
    changed = ORGS.replace("Dijon", "Dijon-Bourgogne")
    import_sheets(event, sheets(("organisations.csv", changed)), acting_user=None)
    assert Organisation.objects.get(slug="vitagora").region == "Dijon-Bourgogne"


@pytest.mark.parametrize(
    "kind, text, row, field, expected",
    [
        ("organisations", ORGS.replace(",FR,", ",Atlantis,"), 2, "country", "ISO country code"),
        ("organisations", ORGS.replace(",cluster,FR", ",guild,FR"), 2, "type", "one of cluster"),
        (
            "organisations",
            ORGS.replace("Agri-food,10.89", "Agri-food,99.99"),
            2,
            "nace_codes",
            "NACE",
        ),
        ("organisations", ORGS.replace(",450", ",many"), 2, "member_count", "whole number"),
        (
            "organisations",
            ORGS.replace("Life-science technologies", "Magic"),
            2,
            "key_technologies",
            "key technology",
        ),
        (
            "participants",
            PEOPLE.replace("Anna@Vitagora.example", "anna-at-vitagora"),
            2,
            "email",
            "e-mail address",
        ),
        ("participants", PEOPLE.replace(",Sam,", ",,"), 3, "first_name", "required"),
        ("participants", PEOPLE.replace("remote", "hologram"), 3, "attendance", "onsite, remote"),
        ("participants", PEOPLE.replace("fr; en", "fr; klingonish"), 2, "languages", "language"),
        (
            "participants",
            PEOPLE.replace(",vitagora,", ",nowhere,"),
            2,
            "organisation",
            "neither an organisation",
        ),
        ("items", ITEMS.replace(",TR,", ",XX,"), 2, "type", "one of TO"),
        (
            "items",
            ITEMS.replace("sam@ocean.example", "ghost@ocean.example"),
            3,
            "email",
            "not a participant",
        ),
    ],
)
def test_one_bad_row_imports_nothing_and_names_row_and_field(
    event, kind, text, row, field, expected
):
    files = {"organisations": ORGS, "participants": PEOPLE, "items": ITEMS, kind: text}
    before = counts()
    with pytest.raises(ImportRejected) as caught:
        import_sheets(event, sheets(*((f"{k}.csv", v) for k, v in files.items())), acting_user=None)
    assert counts() == before
    # A bad e-mail also leaves that person's items without an owner: the row comes first.
    problem = caught.value.problems[0]
    assert (problem.where, problem.field) == (f"{kind}.csv row {row}", field)
    assert expected in problem.message


def test_duplicate_rows_in_one_file_are_refused(event):
    doubled = PEOPLE + "anna@vitagora.example,Anna,Again,vitagora,,,,\n"
    with pytest.raises(ImportRejected) as caught:
        import_sheets(
            event,
            sheets(("organisations.csv", ORGS), ("participants.csv", doubled)),
            acting_user=None,
        )
    (problem,) = caught.value.problems
    assert problem.where == "participants.csv row 4"
    assert "appears twice (first at participants.csv row 2)" in problem.message
    assert Participant.objects.count() == 0


def test_missing_and_unknown_columns_are_named(event):
    with pytest.raises(ImportRejected) as caught:
        import_sheets(
            event, sheets(("organisations.csv", "name,kountry\nX,FR\n")), acting_user=None
        )
    messages = [str(p) for p in caught.value.problems]
    assert messages == [
        "organisations.csv, header: missing column(s): type, country",
        "organisations.csv, header: unknown column(s): kountry; expected "
        + ", ".join(
            sorted(
                [
                    "name",
                    "type",
                    "country",
                    "slug",
                    "region",
                    "website",
                    "description",
                    "ecosystems",
                    "nace_codes",
                    "key_technologies",
                    "member_count",
                    "founded_year",
                ]
            )
        ),
    ]


def test_all_problems_of_a_file_are_listed_together(event):
    bad = PEOPLE.replace("Anna@Vitagora.example", "nope").replace("remote", "hologram")
    with pytest.raises(ImportRejected) as caught:
        import_sheets(
            event, sheets(("organisations.csv", ORGS), ("participants.csv", bad)), acting_user=None
        )
    assert [(p.where, p.field) for p in caught.value.problems] == [
        ("participants.csv row 2", "email"),
        ("participants.csv row 3", "attendance"),
    ]


def _workbook(**sheets_text):
    book = Workbook()
    book.remove(book.active)
    for title, text in sheets_text.items():
        ws = book.create_sheet(title)
        for row in text.strip().split("\n"):
            ws.append(row.split(","))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_workbook_with_three_sheets_imports(event):
    orgs = "name,type,country,slug\nVitagora,cluster,FR,vitagora\n"
    people = "email,first_name,last_name,organisation\nanna@v.example,Anna,Lefort,vitagora\n"
    items = "email,type,title\nanna@v.example,BO,Sensory panel testing\n"
    data = _workbook(Organisations=orgs, Participants=people, Items=items)
    report = import_sheets(event, read_xlsx(data, "people.xlsx"), acting_user=None)
    assert report.created == {"organisations": 1, "participants": 1, "items": 1}


def test_xlsx_bad_row_names_sheet_and_row(event):
    people = "email,first_name,last_name,organisation\nanna@v.example,Anna,Lefort,nowhere\n"
    data = _workbook(Participants=people)
    with pytest.raises(ImportRejected) as caught:
        import_sheets(event, read_xlsx(data, "people.xlsx"), acting_user=None)
    assert str(caught.value.problems[0]).startswith(
        "people.xlsx sheet 'Participants' row 2, organisation:"
    )


def test_not_an_xlsx_file_is_refused_clearly(event):
    with pytest.raises(ImportRejected, match="not a readable XLSX workbook"):
        read_xlsx(b"hello", "people.xlsx")


def test_non_utf8_csv_is_refused_clearly():
    with pytest.raises(ImportRejected, match="not UTF-8"):
        read_csv("name\nMünchen".encode("latin-1"), "organisations.csv")


def test_semicolon_separated_csv_is_read():
    sheet = read_csv(b"name;type;country\nVitagora;cluster;FR\n", "organisations.csv")
    assert sheet.rows[0].values == {"name": "Vitagora", "type": "cluster", "country": "FR"}


def test_import_by_non_organiser_is_refused(event):
    from django.core.exceptions import PermissionDenied

    stranger = make_user()
    with pytest.raises(PermissionDenied):
        import_sheets(event, good_sheets(), acting_user=stranger)
    assert counts()[:3] == (0, 0, 0)


def test_column_reference_in_docs_matches_code():
    from pathlib import Path

    from clustermeet.exchange.template_files import columns_markdown

    doc = (Path(__file__).resolve().parents[2] / "docs" / "import-columns.md").read_text()
    assert columns_markdown() in doc


def test_unknown_target_country_is_named(event):
    bad = PEOPLE.replace("FR; DE", "FR; Mordor")
    with pytest.raises(ImportRejected) as caught:
        import_sheets(
            event, sheets(("organisations.csv", ORGS), ("participants.csv", bad)), acting_user=None
        )
    (problem,) = caught.value.problems
    assert (problem.where, problem.field) == ("participants.csv row 3", "target_countries")
    assert "Mordor" in problem.message
