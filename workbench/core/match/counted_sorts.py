"""One count of two sorts of one thing: "allowing the hunting of 128 fin whales" / "... of 128 minke
whales", "12 black rhinos" / "12 white rhinos", "14 Leopard tanks" / "14 Abrams tanks" are two facts
(sets 161-164, helper not161a).

The figure reader pairs the two counts (one number, one counted noun), so the figures agree, and every
other word is shared: the pair read as one fact. But the word between the number and the noun sorts
what is counted, and two sorts of one thing are two things. `exclusive_sorts` reads sorts of people
that exclude each other from a table; this reads the shape: two agreeing counts of one noun, each
with one word of its own between number and noun, those words all the claims do not share.

Read only of a counted noun whose kind the tables do not know (`kinds`: no vehicle, ship, weapon,
building, group of people): the sorts of a known kind are named by the tables and compared by
`kind_slots`, and a word before such a noun most often tells a use or a role, which overlap ("two
cargo vessels" / "two merchant vessels", "50 aid trucks" / "50 relief trucks": ECB+ look-alike events).
Whales, rhinos, deer are sorted by the word before them. Not read either when the two words may be one
sort told two ways or tell no sort at all:
- a word that grades, adds or hedges rather than sorts (`_NO_SORT`: "new" / "fresh", "more" /
  "additional", "suspected" / "alleged");
- two words a synonym group of the tables sets in one slot of one wording ("aid workers" /
  "relief workers" in `synonyms.NOUN_SYNONYMS` and `actors.KINDS`: "aid" / "relief" trucks too);
- words alike enough to be one spelt two ways (`SWAP_VARIANT_RATIO`).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from workbench.core.language.actors import KINDS
from workbench.core.language.synonyms import NOUN_SYNONYMS
from workbench.core.match.another_name import SWAP_VARIANT_RATIO, kind_of
from workbench.core.match.normalize import normalize

#: Words written between a count and its noun that grade, add to or hedge the count, or tell its
#: things' age or size: never a sort ("300 new tanks" / "300 fresh tanks").
_NO_SORT = frozenset([
    "new", "fresh", "more", "additional", "extra", "further", "other", "another", "such", "separate",
    "different", "same", "several", "various", "major", "minor", "small", "large", "big", "huge", "giant",
    "key", "main", "total", "overall", "suspected", "alleged", "reported", "confirmed", "known", "possible",
    "potential", "likely", "estimated", "unidentified", "unnamed", "unknown", "identified", "latest",
    "recent", "first", "last", "final", "initial", "early", "earlier", "later", "previous", "former",
    "current", "remaining", "surviving", "modern", "old", "older", "newer", "advanced", "brand-new", "spare",
    "replacement",
])


@lru_cache(maxsize=1)
def _told_alike() -> frozenset[frozenset[str]]:
    """Pairs of words the synonym tables set in one slot of two wordings of one group ("aid workers" /
    "relief workers": {"aid", "relief"}), as normalised tokens."""
    pairs: set[frozenset[str]] = set()
    for group in [*NOUN_SYNONYMS, *KINDS]:
        wordings = [w.split() for w in group]
        for i, x in enumerate(wordings):
            for y in wordings[i + 1:]:
                if len(x) != len(y):
                    continue
                slots = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
                if len(slots) == 1:
                    tx, ty = normalize(slots[0][0]).tokens, normalize(slots[0][1]).tokens
                    if len(tx) == 1 and len(ty) == 1:
                        pairs.add(frozenset((tx[0], ty[0])))
    return frozenset(pairs)


def _sort_word(q: object) -> str | None:
    """The one word between a count's number and its counted noun ("128 fin whales": "fin"), or None."""
    text, counted = str(getattr(q, "text", "")), getattr(q, "counted", None)
    words = text.split()
    if not counted or len(words) != 3 or words[-1] != counted or any(ch.isdigit() for ch in words[1]):
        return None
    return words[1].strip(",.;:")


def sorts_counted_apart(agreements: list, tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'one count of two sorts: x / y' when two agreeing figures (`agreements`: pairs of `Quantity`)
    count one noun, each with a word of its own before it that sorts it, and those words are all the
    claims do not share (`tokens`: their normalised tokens); None otherwise."""
    only_a, only_b = tokens[0] - tokens[1], tokens[1] - tokens[0]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    for x, y in agreements:
        counted = getattr(x, "counted", None)
        if not counted or counted != getattr(y, "counted", None) or any(kind_of(t) for t in normalize(counted).tokens):
            continue
        wx, wy = _sort_word(x), _sort_word(y)
        if wx is None or wy is None or wx.lower() in _NO_SORT or wy.lower() in _NO_SORT:
            continue
        tx, ty = normalize(wx).tokens, normalize(wy).tokens
        if set(tx) != only_a or set(ty) != only_b or frozenset((tx[0], ty[0])) in _told_alike():
            continue
        if fuzz.ratio(wx.lower(), wy.lower()) >= SWAP_VARIANT_RATIO:
            continue
        return f"one count of two sorts: {' '.join(x.text.split())} / {' '.join(y.text.split())}"
    return None
