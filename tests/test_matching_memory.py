"""What a large match holds per claim: shared pieces in prepared claims and views, candidate
pairs as arrays (docs/matching.md, "Speed on dense news": memory at 100k claims)."""

from __future__ import annotations

import numpy as np

from workbench.core.match import claim_view, compare, matching, shared_parts
from workbench.core.match.blocking import verified_pair_arrays, verified_pairs

CLAIMS = [
    "Government forces shelled the town of Hama on 3 March, killing 12 civilians.",
    "Government forces shelled the town of Idlib on 3 March, killing 12 civilians.",
    "Rebels said government forces shelled Hama on March 3 and killed 12 civilians.",
    "Police arrested 120 protesters in the capital on Sunday.",
    "Police arrested 125 protesters in the capital on Sunday.",
    "About 500,000 people have fled the fighting, the UN said.",
]


def test_prepared_claims_share_their_words_and_tokens():
    """Two claims' equal words are one string object (a prepared claim is held for the whole match,
    in the parent and so in every forked worker)."""
    prep = matching.prepare(CLAIMS[:2])
    a, b = prep.norms
    assert a.words[0] == b.words[0] and a.words[0] is b.words[0]
    shared = set(a.tokens) & set(b.tokens)
    assert shared and all(next(t for t in a.tokens if t == s) is next(t for t in b.tokens if t == s) for s in shared)
    assert a.tokens == compare.prepared(CLAIMS[0])[0].tokens and a.words == compare.prepared(CLAIMS[0])[0].words


def test_views_share_their_grams_and_word_pairs():
    """Two views' equal character 4-grams and word bigrams are one object each, and the sets are
    the plain ones (so every overlap is the same)."""
    prep = matching.prepare(CLAIMS[:2])
    va, vb = (claim_view.claim_view(t, n) for t, n in zip(CLAIMS[:2], prep.norms, strict=True))
    common = va.grams & vb.grams
    assert common and all(next(g for g in va.grams if g == c) is next(g for g in vb.grams if g == c) for c in common)
    pairs = va.bigrams & vb.bigrams
    assert pairs and all(next(p for p in va.bigrams if p == c) is next(p for p in vb.bigrams if p == c) for c in pairs)
    text = f" {prep.norms[0].text} "
    assert va.grams == frozenset(text[i:i + 4] for i in range(len(text) - 3))
    words = prep.norms[0].words
    assert va.word_grams == (frozenset(words), frozenset(zip(words, words[1:], strict=False)))
    assert shared_parts.shared_date_key((("a",),)) is shared_parts.shared_date_key((("a",),))


def test_candidate_pairs_come_as_sorted_arrays():
    """16 bytes a pair instead of a tuple; the same pairs, in the order sorted tuples had."""
    texts = [f"{c} {w}" for c in CLAIMS for w in ("", "today", "again")] * 2
    tokens = matching.prepare(texts).blocking_tokens
    first, second, scores = verified_pair_arrays(tokens, limit=3)
    assert first.dtype == np.int32 and second.dtype == np.int32 and scores.dtype == np.float64
    pairs = verified_pairs(tokens, limit=3)
    assert pairs and pairs == sorted(pairs)
    assert pairs == list(zip(first.tolist(), second.tolist(), scores.tolist(), strict=True))
    assert all(i < j for i, j, _ in pairs)


def test_prepared_claims_share_equal_event_sets_and_readings():
    """Two claims telling the same events hold one frozen set of them, and their equal kinds and
    compass parts one dict each (read per claim, held by the parent for the whole match)."""
    prep = matching.prepare(CLAIMS[:2])
    assert prep.events is not None
    ea, eb = prep.events
    assert ea and ea == eb and ea is eb and isinstance(ea, frozenset)
    ra, rb = (roles[2] for roles in prep.roles)
    assert ra.compass == rb.compass and ra.compass is rb.compass
    assert ra.kinds == rb.kinds and ra.kinds is rb.kinds
