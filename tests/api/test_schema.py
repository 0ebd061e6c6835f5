"""The committed OpenAPI description (docs/openapi.yaml) is the one the code makes; the
browsable docs come from the sidecar package, never a CDN."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from django.test import Client

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.yaml"
REGENERATE = (
    "DJANGO_SETTINGS_MODULE=clustermeet.site.settings .venv/bin/python -m django "
    "spectacular --validate --fail-on-warn --file docs/openapi.yaml"
)


def _generated() -> str:
    out = io.StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=out)
    return out.getvalue()


def test_schema_file_matches_the_code():
    assert COMMITTED.read_text() == _generated(), f"docs/openapi.yaml drifted; run: {REGENERATE}"


def test_schema_lists_every_operation_with_its_errors():
    schema = yaml.safe_load(COMMITTED.read_text())
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert {"401", "403", "404", "429"} <= codes, (method, path)
            if method == "post":
                assert {"400", "409", "422"} <= codes, (method, path)


@pytest.mark.django_db
def test_schema_served_at_api_schema():
    answer = Client().get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi")
    assert answer.status_code == 200
    assert yaml.safe_load(answer.content) == yaml.safe_load(COMMITTED.read_text())


@pytest.mark.django_db
def test_docs_page_loads_swagger_from_the_sidecar_only():
    page = Client().get("/api/docs/").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert any("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in s for s in sources)
    assert [s for s in sources if s.startswith(("http:", "https:", "//"))] == []
