"""A state told as what came before a claim's act ("After being shut for over two years, Bhutan let
tourists back in"): the background the act ends, not an outcome of the claim.

`opposites.outcome_acts` reads every event word of a claim as its outcome, so "after being shut ..."
let back in" stood against "reopened its borders after more than two years of closure" as reopen /
shut, a conflict, though both tell the closure and its end (helper figures141). A participle after
"after being" or "after having been" ("freed after being held for two years") is such a state: it is
left out of the outcomes, as an act told only as prevented is (`opposites._prevented`). The act
after it stays, so "freed after being held" still stands against "remains held".
"""

from __future__ import annotations

from workbench.core.text_caches import text_cache

#: The words that open a state told before the act ("after being", "after having been").
_AFTER = "after"
_BEING = (("being",), ("having", "been"))


@text_cache()
def states_before(words: tuple[str, ...]) -> frozenset[str]:
    """The tokens of the participles a claim tells as the state before its act ("after being shut":
    "shut"), from its words as `Normalized.words` gives them."""
    from workbench.core.match.normalize import normalize

    if _AFTER not in words:
        return frozenset()
    out: set[str] = set()
    for k, w in enumerate(words):
        if w != _AFTER:
            continue
        for being in _BEING:
            j = k + 1 + len(being)
            if tuple(words[k + 1:j]) == being and j < len(words):
                out.update(normalize(words[j]).tokens)
    return frozenset(out)
