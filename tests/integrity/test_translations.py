"""The French and Bulgarian catalogues are complete, and their compiled .mo files current.

Each test fails with the entries to fix: run `make messages`, translate what it lists as
untranslated or fuzzy in src/clustermeet/locale/<language>/LC_MESSAGES/django.po, run it again
and commit the .po and .mo files."""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src" / "clustermeet"
LANGUAGES = ("fr", "bg")
MSGFMT = shutil.which("msgfmt")
needs_gettext = pytest.mark.skipif(
    MSGFMT is None and os.environ.get("CI") is None,
    reason="GNU gettext is not installed (make gettext installs it)",
)


def catalogue(language: str, root: Path = SOURCE) -> Path:
    return root / "locale" / language / "LC_MESSAGES" / "django.po"


def statistics(po: Path) -> str:
    """msgfmt's count of translated, fuzzy and untranslated entries (format errors fail)."""
    assert MSGFMT, "msgfmt is missing: install GNU gettext (make gettext)"
    done = subprocess.run(
        [MSGFMT, "--check-format", "--statistics", "-o", os.devnull, str(po)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.strip()


def unfinished(po: Path) -> list[str]:
    """The msgids with an empty or fuzzy translation, read from the .po text itself."""
    entries = po.read_text(encoding="utf-8").split("\n\n")[1:]  # the first is the header
    found = []
    for entry in entries:
        if entry.lstrip().startswith("#~"):
            continue  # obsolete
        msgid = "".join(
            re.findall(r'^(?:msgid|msgid_plural)? ?"(.*)"$', entry.split("msgstr")[0], re.M)
        )
        strings = re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', entry, re.M)
        empty = any(not "".join(re.findall(r'"(.*)"', s)) for s in strings) or not strings
        if "#, fuzzy" in entry or empty:
            found.append(msgid)
    return found


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_empty_or_fuzzy_entry(language):
    po = catalogue(language)
    assert unfinished(po) == []
    assert re.fullmatch(r"\d+ translated messages?\.", statistics(po)), statistics(po)


@needs_gettext
@pytest.mark.slow
def test_catalogue_holds_every_marked_string(tmp_path):
    """makemessages run on a copy of the code finds nothing new to translate."""
    copy = tmp_path / "clustermeet"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    env = {
        **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        "PYTHONPATH": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "clustermeet.site.settings",
        "CLUSTERMEET_DATA_DIR": str(tmp_path / "data"),
    }
    command = [sys.executable, "-m", "django", "makemessages", "--no-obsolete"]
    command += [f"--locale={language}" for language in LANGUAGES]
    command += ["--ignore=engine/*", "--add-location=file"]
    done = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for language in LANGUAGES:
        assert unfinished(catalogue(language, copy)) == [], language


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_po(language, tmp_path):
    po = catalogue(language)
    fresh = tmp_path / "django.mo"
    subprocess.run([MSGFMT, "-o", str(fresh), str(po)], check=True)
    committed = po.with_suffix(".mo")
    assert committed.exists(), f"{committed} is missing: run make messages"
    with fresh.open("rb") as a, committed.open("rb") as b:
        expected = gettext.GNUTranslations(a)._catalog  # type: ignore[attr-defined]
        stored = gettext.GNUTranslations(b)._catalog  # type: ignore[attr-defined]
    stale = sorted(str(k) for k in set(expected.items()) ^ set(stored.items()))
    assert stale == [], "the .mo is older than the .po: run make messages"
