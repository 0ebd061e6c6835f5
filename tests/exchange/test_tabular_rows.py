"""Every tabular row is checked as the models would: lengths, formats, min <= max, formulas."""

import pytest
from django.contrib.auth.hashers import check_password

from clustermeet.accounts.models import User
from clustermeet.audit.models import AuditEntry
from clustermeet.exchange.problems import ImportRejected
from clustermeet.exchange.tabular import read_csv
from clustermeet.exchange.tabular_import import import_sheets
from tests.exchange.samples import row_counts
from tests.factories import make_event, make_organisation, make_participant, make_user

HEADER = "email,first_name,last_name,organisation,job_title,phone,min_meetings,max_meetings\n"


@pytest.fixture
def event(db):
    event = make_event()
    make_organisation(event, slug="acme", name="Acme")
    return event


def refused(event, rows):
    before = row_counts()
    with pytest.raises(ImportRejected) as caught:
        sheet = read_csv((HEADER + rows).encode(), "participants.csv")
        import_sheets(event, [sheet], acting_user=None)
    assert row_counts() == before
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "anna@" + "v" * 300 + ".example,Anna,L,acme,,,,\n",
            "participants.csv row 2, email: 313 characters; at most 254",
        ),
        (
            "anna@acme.example,Anna,L,acme," + "x" * 300 + ",,,\n",
            "participants.csv row 2, job_title: 300 characters; at most 200",
        ),
        (
            "anna@acme.example,Anna,L,acme,,,5,2\n",
            "participants.csv row 2, max_meetings: expected at least min_meetings (5), got 2",
        ),
        (
            "anna@acme.example,Anna,L,acme,,call me maybe,,\n",
            "participants.csv row 2, phone: expected a phone number such as +1 416 555 0100, "
            "got 'call me maybe'",
        ),
        (
            'anna@acme.example,"=HYPERLINK(""http://x.example"")",L,acme,,,,\n',
            "participants.csv row 2, first_name: starts with '=', which spreadsheets run as a "
            "formula; expected plain text",
        ),
        (
            "anna@acme.example,Anna,L,acme,,,,,surplus\n",
            "participants.csv row 2, cells: 1 filled cell(s) right of the last named column",
        ),
        (
            "anna@acme.example,Anna,L,acme," + "y" * 2_000_000 + ",,,\n",
            "participants.csv line 2, file: not readable as CSV (field larger than field "
            "limit (131072)); expected cells of at most 131072 characters, saved as CSV UTF-8",
        ),
    ],
)
def test_bad_participant_row_is_refused_naming_row_column_and_what_is_expected(event, row, message):
    assert refused(event, row) == [message]


def test_import_links_an_existing_account_without_renaming_it(event):
    anna = make_user("anna@acme.example", "her-own", first_name="Anna", last_name="Real")
    make_participant(make_event(), user=anna)  # she is at another event too
    sheet = read_csv((HEADER + "anna@acme.example,Mallory,Fake,acme,,,,\n").encode(), "p.csv")
    report = import_sheets(event, [sheet], acting_user=None)
    anna.refresh_from_db()
    assert (anna.first_name, anna.last_name) == ("Anna", "Real")
    assert check_password("her-own", anna.password)
    assert report.accounts_created == 0 and report.created["participants"] == 1


def test_import_creates_new_accounts_without_a_usable_password_and_audits(event):
    sheet = read_csv((HEADER + "new@acme.example,New,Person,acme,,,1,3\n").encode(), "p.csv")
    import_sheets(event, [sheet], acting_user=None)
    user = User.objects.get(email="new@acme.example")
    assert not user.has_usable_password() and user.get_full_name() == "New Person"
    (entry,) = AuditEntry.objects.filter(verb="import_people", event=event)
    assert entry.after == {
        "created": {"participants": 1},
        "updated": {},
        "accounts_created": 1,
    }
