"""The matcher engine: reciprocal, explainable, multilingual partner recommendations.

Pure Python and numpy, no Django. Start with `Matcher` (matcher.py); profiles.py holds the
input dataclasses, policy.py who may meet whom, preferences.py the marks and proposed requests.
"""

from clustermeet.engine.matching.cache import CachedEncoder, DictStore, VectorStore
from clustermeet.engine.matching.encoders import DEFAULT_ENCODER, get_encoder
from clustermeet.engine.matching.matcher import Matcher, Recommendation
from clustermeet.engine.matching.policy import Policy, may_meet
from clustermeet.engine.matching.profiles import Item, Profile

__all__ = [
    "DEFAULT_ENCODER",
    "CachedEncoder",
    "DictStore",
    "Item",
    "Matcher",
    "Policy",
    "Profile",
    "Recommendation",
    "VectorStore",
    "get_encoder",
    "may_meet",
]
