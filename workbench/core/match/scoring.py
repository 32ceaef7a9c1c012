"""Text similarity of two normalised claims (0-100): the lexical scorer and the Scorer protocol.

`LexicalScorer` is complete on its own (weighted token alignment with transliteration-tolerant
token matching + rapidfuzz token scorers); the semantic cosine (workbench.core.match.embedding)
is a separate feature the decision model combines with it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from typing import Protocol

from rapidfuzz import fuzz, process

from workbench.core.match.normalize import Normalized, skeleton


class Scorer(Protocol):
    """Text similarity of two normalised claims, 0-100, with human-readable reasons."""

    name: str

    def similarity(self, a: Normalized, b: Normalized, *, extra_matched: float = 0.0,
                   extra_a: float = 0.0, extra_b: float = 0.0,
                   weights: dict[str, float] | None = None) -> tuple[float, list[str]]: ...


def _token_weight(tok: str, proper: frozenset[str], weights: dict[str, float] | None) -> float:
    if weights is not None:
        return weights.get(tok, 1.0)
    if tok in proper:
        return 1.6
    if len(tok) <= 3:
        return 0.7
    return 1.0


@lru_cache(maxsize=200_000)
def token_skeleton(tok: str) -> str:
    return tok[0] + skeleton(tok) if len(tok) >= 4 else ""


def _token_match(x: str, y: str) -> float:
    """1 for the same token, less for transliteration/spelling variants, 0 otherwise."""
    if x == y:
        return 1.0
    if len(x) >= 4 and len(y) >= 4:
        if token_skeleton(x) == token_skeleton(y):
            return 0.9
        if len(x) >= 5 and len(y) >= 5 and fuzz.ratio(x, y) >= VARIANT_RATIO:
            return 0.85
    return 0.0


def sorted_words(text: str) -> str:
    """The words of `text` sorted and joined by single spaces: rapidfuzz's `token_sort_ratio(a, b)`
    is `ratio(sorted_words(a), sorted_words(b))` (it splits on whitespace, sorts the words by code
    point and joins them), so a claim compared with many others sorts its words once. Exact
    for texts whose only whitespace is the space (normalised and `default_process`ed texts)."""
    return " ".join(sorted(text.split()))


#: A claim's side of the alignment (`LexicalScorer._side`).
_Side = tuple[list[str], dict[str, float], str, float, str, list[str]]
#: rapidfuzz ratio from which two long tokens are spelling variants of one word.
VARIANT_RATIO = 84
#: How a comparison's reasons open the list of words two claims share (`compare` shows them as written).
SHARED_WORDS = "shared words: "
#: Claims' alignment sides a scorer keeps before it starts again (~1 KB each).
SIDES_MAX = 20_000


class LexicalScorer:
    """Weighted soft token alignment + rapidfuzz scorers on normalised text.

    sim = 100 * (W_DICE * dice + W_COVER * coverage + W_SORT * token_sort + W_SET * token_set),
    where dice / coverage are weighted overlaps of content tokens in which "al-waleed" matches
    "al-walid" (consonant skeleton) and near-identical long tokens match (rapidfuzz ratio).
    """

    name = "lexical"
    W_DICE = 0.45
    W_COVER = 0.25
    W_SORT = 0.15
    W_SET = 0.15

    #: The last pair's alignment (a, b, weights, result): `compare` scores a pair twice, with
    #: agreeing and with all paired figures as shared, and only `extra_matched` differs.
    _last: tuple[Normalized, Normalized, dict[str, float] | None, tuple] | None = None

    def similarity(self, a: Normalized, b: Normalized, *, extra_matched: float = 0.0,
                   extra_a: float = 0.0, extra_b: float = 0.0,
                   weights: dict[str, float] | None = None) -> tuple[float, list[str]]:
        last = self._last
        if last is not None and last[0] is a and last[1] is b and last[2] is weights:
            aligned = last[3]
        else:
            aligned = self._align(a, b, weights)
            self._last = (a, b, weights, aligned)
        matched, weight_a, weight_b, tsort, tset, exact, variants = aligned
        if not exact and not variants:
            # figures alone ("One" / "Two") do not make two statements the same fact
            extra_matched *= 0.3
        total_a = weight_a + extra_a
        total_b = weight_b + extra_b
        matched += extra_matched
        if total_a <= 0 or total_b <= 0:
            return 0.0, ["nothing to compare"]
        dice = 2 * matched / (total_a + total_b)
        cover = matched / min(total_a, total_b)
        sim = 100 * (self.W_DICE * dice + self.W_COVER * min(1.0, cover) + self.W_SORT * tsort
                     + self.W_SET * tset)
        reasons = []
        if exact:
            reasons.append(SHARED_WORDS + ", ".join(exact[:8]))
        if variants:
            reasons.append("spelling variants: " + ", ".join(variants[:5]))
        return max(0.0, min(100.0, sim)), reasons

    #: One side's distinct tokens, their weights, the tokens joined, their total weight, the
    #: tokens sorted (`sorted_words`) and those long enough to be spelling variants, by (tokens,
    #: names) for the weights `_sides_for` (a claim is compared with many others).
    _sides: dict[tuple, _Side] | None = None
    _sides_for: dict[str, float] | None = None

    def _side(self, n: Normalized, weights: dict[str, float] | None) -> _Side:
        """A claim's side of the alignment, worked out once per claim for one `weights` table (the
        table is read as it is then: callers build it once, `token_idf`, and never change it)."""
        sides = self._sides
        if sides is None or weights is not self._sides_for or len(sides) >= SIDES_MAX:
            sides = self._sides = {}
            self._sides_for = weights
        key = (tuple(n.tokens), n.proper if weights is None else None)
        found = sides.get(key)
        if found is None:
            toks = list(dict.fromkeys(n.tokens))
            if weights is not None:
                get = weights.get
                w = {t: get(t, 1.0) for t in toks}
            else:
                w = {t: _token_weight(t, n.proper, None) for t in toks}
            joined = " ".join(toks)
            found = sides[key] = (toks, w, joined, sum(w.values()), sorted_words(joined),
                                  [t for t in toks if len(t) >= 4])
        return found

    def _align(self, a: Normalized, b: Normalized, weights: dict[str, float] | None) -> tuple:
        """(matched weight, weight of a, weight of b, token_sort, token_set, exact, variants)."""
        ta, wa, sa, total_a, sorted_a, long_a = self._side(a, weights)
        _, wb, sb, total_b, sorted_b, long_b = self._side(b, weights)
        exact = [t for t in ta if t in wb]
        matched = sum([(wa[t] + wb[t]) / 2 for t in exact])
        variants: list[str] = []
        rest_a = [t for t in long_a if t not in wb]
        if rest_a:
            free_b = [u for u in long_b if u not in wa]
            if free_b:
                skel_b = {token_skeleton(u): u for u in free_b}
                for t in rest_a:
                    u = skel_b.pop(token_skeleton(t), None)
                    q = 0.9
                    if u is None and len(t) >= 5:
                        hit = process.extractOne(t, [x for x in skel_b.values() if len(x) >= 5],
                                                 scorer=fuzz.ratio, score_cutoff=VARIANT_RATIO)
                        if hit is not None:
                            u, q = hit[0], 0.85
                            skel_b.pop(token_skeleton(u), None)
                    if u is not None:
                        matched += q * (wa[t] + wb[u]) / 2
                        variants.append(f"{t}~{u}")
                    if not skel_b:
                        break
        return (matched, total_a, total_b, fuzz.ratio(sorted_a, sorted_b) / 100,  # token_sort_ratio(sa, sb)
                fuzz.token_set_ratio(sa, sb) / 100, exact, variants)


DEFAULT_SCORER: Scorer = LexicalScorer()


def token_idf(norms: Sequence[Normalized]) -> dict[str, float]:
    """Inverse document frequency of content tokens over a collection (rare words weigh more)."""
    df = Counter(chain.from_iterable(set(n.tokens) for n in norms))  # counted in C, in first-seen order
    total = max(1, len(norms))
    # scaled to 0 .. 3 whatever the collection size: a word most claims hold weighs ~0, a word
    # only this claim holds ~3 (a content word weighs 1 without a collection)
    top = math.log((total + 1) / 0.5)
    return {t: max(0.1, 3 * math.log((total + 1) / (k + 0.5)) / top) for t, k in df.items()}
