"""Who may meet whom. Each rule is a small named function; `may_meet` is all of them.

The same functions filter candidates before scoring and can check any list afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from clustermeet.engine.matching.profiles import Profile

ANY = "any"
ACROSS_DELEGATIONS = "across_delegations"
TYPE_PAIRS = "type_pairs"


@dataclass(frozen=True)
class Policy:
    """The event's rule plus the pairs ruled out by people: a decline, a 'no thanks' on
    either side, a meeting already held. `blocked` holds unordered pairs of profile ids."""

    mode: str = ANY
    allowed_type_pairs: frozenset[frozenset[str]] = frozenset()
    blocked: frozenset[frozenset[str]] = field(default_factory=frozenset)

    @classmethod
    def build(
        cls,
        mode: str = ANY,
        allowed_type_pairs: Iterable[Iterable[str]] = (),
        blocked: Iterable[tuple[str, str]] = (),
    ) -> Policy:
        return cls(
            mode=mode,
            allowed_type_pairs=frozenset(frozenset(p) for p in allowed_type_pairs),
            blocked=frozenset(frozenset(p) for p in blocked),
        )


def not_same_person(a: Profile, b: Profile, policy: Policy) -> bool:
    return a.id != b.id


def not_same_organisation(a: Profile, b: Profile, policy: Policy) -> bool:
    return a.organisation != b.organisation


def event_rule(a: Profile, b: Profile, policy: Policy) -> bool:
    if policy.mode == ACROSS_DELEGATIONS:
        # Someone outside every delegation may meet anyone; two delegates must differ.
        return not a.delegation or not b.delegation or a.delegation != b.delegation
    if policy.mode == TYPE_PAIRS:
        return frozenset((a.kind, b.kind)) in policy.allowed_type_pairs
    return True


def not_blocked(a: Profile, b: Profile, policy: Policy) -> bool:
    return frozenset((a.id, b.id)) not in policy.blocked


RULES = (not_same_person, not_same_organisation, event_rule, not_blocked)


def may_meet(a: Profile, b: Profile, policy: Policy) -> bool:
    return all(rule(a, b, policy) for rule in RULES)
