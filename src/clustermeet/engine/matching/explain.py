"""One sentence of evidence per recommendation, built only from the two profiles' own words:
item titles quoted as written, shared ecosystems, a target country."""

from __future__ import annotations

from dataclasses import dataclass

from clustermeet.engine.matching.pool import Pool
from clustermeet.engine.matching.profiles import ITEM_NAMES
from clustermeet.engine.matching.score import AS_PROFILE

STRONG = 0.45  # a return match weaker than this is not worth a clause
MATCHES = 0.35  # direction score from which two items are said to match


@dataclass(frozen=True)
class Explanation:
    sentence: str
    quotes: tuple[str, ...]  # every quoted title, for checking it is really in a profile


def _item(pool: Pool, row: int, offer: bool) -> tuple[str, str]:
    item = pool.offers[row] if offer else pool.requests[row]
    return ITEM_NAMES[item.kind], item.title


def _clause(
    pool: Pool, request: int, offer: int, mine: bool, quotes: list[str], score: float
) -> str:
    kind, title = _item(pool, request, offer=False)
    quotes.append(title)
    owner, other = ("Your", "their") if mine else ("Their", "your")
    head = f"{owner} {kind} '{title}'"
    if offer < 0:  # the other side's profile as a whole answered the request
        return f"{head} fits what {'they' if mine else 'you'} do"
    offer_kind, offer_title = _item(pool, offer, offer=True)
    quotes.append(offer_title)
    # Say "matches" only when the evidence is strong; otherwise say what it is: the nearest.
    verb = "matches" if score >= MATCHES else "is nearest to"
    return f"{head} {verb} {other} {offer_kind} '{offer_title}'"


def explain(
    pool: Pool, a: int, b: int, forward: tuple[int, int, float], backward: tuple[int, int, float]
) -> Explanation:
    """`forward`/`backward` are (request row, offer row, score) of each direction's evidence."""
    quotes: list[str] = []
    clauses: list[str] = []
    f_request, f_offer, f_score = forward
    b_request, b_offer, b_score = backward
    if f_request >= 0:
        clauses.append(_clause(pool, f_request, f_offer, True, quotes, f_score))
    elif f_request == AS_PROFILE and f_offer >= 0:  # A listed no requests of its own
        offer_kind, offer_title = _item(pool, f_offer, offer=True)
        quotes.append(offer_title)
        clauses.append(f"What you do is close to their {offer_kind} '{offer_title}'")
    if b_request >= 0 and (b_score >= STRONG or not clauses):
        text = _clause(pool, b_request, b_offer, False, quotes, b_score)
        clauses.append(("in return, " + text[0].lower() + text[1:]) if clauses else text)
    shared = [e for e in pool.profiles[a].ecosystems if e in pool.ecosystems[b]]
    if shared:
        clauses.append("both work in " + " and ".join(shared[:2]))
    them = pool.profiles[b]
    if them.country and them.country in pool.profiles[a].target_countries:
        clauses.append(f"they are in {them.country}, one of your target countries")
    if not clauses:
        clauses.append("Their profile is close to yours")
    sentence = "; ".join(clauses)
    return Explanation(sentence[0].upper() + sentence[1:] + ".", tuple(quotes))
