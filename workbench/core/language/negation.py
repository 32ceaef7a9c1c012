"""Words that negate or deny, defined once for extraction and matching.

Matching reads them to tell a claim from its denial; extraction reads them because dropping a
modifier under a negation changes what is claimed ("denied being paid $300 for the interview" does
not say "denied being paid $300").
"""

from __future__ import annotations

#: words that turn a statement into its denial
NEGATIONS = frozenset(["not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "n't", "cannot"]
                      # contractions as often typed without the apostrophe ("dont", "isnt")
                      + ["dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
                         "hadnt", "wouldnt", "couldnt", "shouldnt", "mustnt", "neednt", "cant"])
#: a claim that calls another false (matching normalises these to the token "deny")
DENIALS = frozenset(
    ["deny", "denies", "denied", "denying", "false", "fake", "hoax", "hoaxes", "debunk", "debunks",
     "debunked", "untrue", "refute", "refutes", "refuted", "dismiss", "dismisses", "dismissed", "dismissal", "baseless",
     "unfounded", "rubbish", "nonsense", "myth"]
)


def is_negated(words: list[str]) -> bool:
    """Whether lower-cased words hold a negation or a denial ("didn't" counts through its "n't")."""
    return not _NEGATING.isdisjoint(words) or ("n't" in "".join(words) and any(w.endswith("n't") for w in words))


_NEGATING = NEGATIONS | DENIALS
