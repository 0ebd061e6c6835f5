"""The packaged NACE titles are what tools/reference/build_nace.py writes from the shared
RAMON export, and every language has the same codes as the English list the validator uses."""

import importlib.util
import json
from pathlib import Path

import pytest

from clustermeet.reference import NACE_LANGUAGES, nace_codes, nace_titles

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "src" / "clustermeet" / "reference"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_nace", ROOT / "tools/reference/build_nace.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_language_has_the_english_codes_and_the_attribution():
    for language in NACE_LANGUAGES:
        assert set(nace_titles(language)) == set(nace_codes())
        text = (PACKAGE / f"nace_rev2_{language}.json").read_text(encoding="utf-8")
        assert json.loads(text)["source"].startswith(
            "NACE Rev. 2, Eurostat RAMON (c) European Union"
        )
    assert nace_titles("pt") == nace_codes()  # not shipped: English


@pytest.mark.parametrize("language", ["fr", "bg"])
def test_packaged_titles_are_the_tools_output(tmp_path, language):
    tool = _tool()
    if not (tool.SOURCE / f"NACE_REV2_{language}.csv").exists():
        pytest.skip("the shared NACE export is not on this machine")
    built = tool.build(language, target=tmp_path)
    assert built.read_bytes() == (PACKAGE / built.name).read_bytes()
