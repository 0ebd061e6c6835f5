"""The report's words in each language, as data: one module per language, written by hand."""

from __future__ import annotations

from clustermeet.engine.reporting.language import Language
from clustermeet.engine.reporting.languages.bg import BG
from clustermeet.engine.reporting.languages.en import EN
from clustermeet.engine.reporting.languages.fr import FR

LANGUAGES: dict[str, Language] = {language.code: language for language in (EN, FR, BG)}


def get_language(code: str) -> Language:
    """The language of ISO 639-1 `code`; ValueError (one line) for any other."""
    try:
        return LANGUAGES[code]
    except KeyError:
        raise ValueError(
            f"report language {code!r} is not available; expected one of {', '.join(LANGUAGES)}"
        ) from None
