"""The import's body and answers: sheets as CSV text by file name, or the report's counts."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers


class ImportInput(serializers.Serializer[Any]):
    sheets = serializers.DictField(
        child=serializers.CharField(trim_whitespace=False, allow_blank=True),
        allow_empty=False,
        help_text=(
            'CSV text by file name, e.g. {"participants.csv": "email,first_name,..."}; '
            "the name (or else the columns) says which kind of records a sheet holds. "
            "A multipart upload of one or more .csv/.xlsx files is taken instead."
        ),
    )


class ImportReportSerializer(serializers.Serializer[Any]):
    created = serializers.DictField(child=serializers.IntegerField(), help_text="By kind")
    updated = serializers.DictField(child=serializers.IntegerField(), help_text="By kind")
    accounts_created = serializers.IntegerField(help_text="People new to clustermeet")
    summary = serializers.CharField()


class ImportProblemSerializer(serializers.Serializer[Any]):
    where = serializers.CharField(help_text='The sheet and row, e.g. "participants.csv row 3"')
    field = serializers.CharField()
    message = serializers.CharField(help_text="What is expected")


class ImportRejectedSerializer(serializers.Serializer[Any]):
    """A refused import names each bad field in `problems`; a malformed body (no `sheets`)
    is the usual 400, `errors` by field instead (a field of that name would hide the
    serializer's own `errors`)."""

    detail = serializers.CharField()
    problems = ImportProblemSerializer(many=True, required=False)
