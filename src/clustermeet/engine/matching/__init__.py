"""The matcher engine: reciprocal, explainable, multilingual partner recommendations.

Pure Python and numpy, no Django. Start with `Matcher` (matcher.py) and `recommend_cards`
(cards.py); profiles.py holds the input dataclasses, weights.py the tunable constants,
policy.py who may meet whom, feedback.py what the event teaches, preferences.py the marks and
proposed requests.
"""

from clustermeet.engine.matching.cache import CachedEncoder, DictStore, VectorStore
from clustermeet.engine.matching.cards import Card, recommend_cards
from clustermeet.engine.matching.encoders import DEFAULT_ENCODER, get_encoder
from clustermeet.engine.matching.feedback import Signal
from clustermeet.engine.matching.matcher import Matcher, Recommendation
from clustermeet.engine.matching.policy import Policy, may_meet
from clustermeet.engine.matching.profiles import Item, Profile
from clustermeet.engine.matching.weights import Weights

__all__ = [
    "DEFAULT_ENCODER",
    "CachedEncoder",
    "Card",
    "DictStore",
    "Item",
    "Matcher",
    "Policy",
    "Profile",
    "Recommendation",
    "Signal",
    "VectorStore",
    "Weights",
    "get_encoder",
    "may_meet",
    "recommend_cards",
]
