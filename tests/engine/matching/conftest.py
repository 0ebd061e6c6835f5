from __future__ import annotations

import pytest

from clustermeet.engine.matching import CachedEncoder, get_encoder
from clustermeet.engine.matching.encoders.base import Encoder


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    """The default encoder, loaded once for the whole run."""
    loaded = get_encoder()
    assert loaded is not None
    return CachedEncoder(loaded)
