"""One measure on two things: "said he would impose a moratorium on property sales" / "said he had
extended a moratorium on residential evictions", "approved a cap on short-term rentals" / "approved a
cap on taxi licence fees", "agreed a tax on imported steel" / "agreed a tax on digital services"
(helper not141). A measure names what it bears on after "on"; the doer, the measure and the frame
are the same words, so the words and the meaning vector find the claims alike, but a ban on one
thing and a ban on another are two facts.

Each thing is read after a measure's noun and "on", up to a preposition or a clause's end (its "of"
complement kept: "a ban on the sale of alcohol" / "a ban on alcohol sales" share their words). A
thing holding a name or a figure is not read ("a curfew on Friday", "sanctions on Russia" / "on
Moscow": the place and date rules' business). The pair is apart when every thing of one claim has
two words or more that the other claim names nowhere, none alike to the other's own words (a
shared start, one inside the other: "mobile phones" / "smartphones"): one word against one word is
most often a synonym no table knows ("guns" / "firearms", "oil" / "crude").
"""

from __future__ import annotations

import re
from collections.abc import Set

from workbench.core.match.acts import alike
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Nouns of a measure that bears on a thing named after "on" (a ban, a cap, a tax, a moratorium).
_MEASURE_NOUNS = ("moratorium", "moratoriums", "moratoria", "ban", "bans", "embargo", "embargoes", "freeze",
                  "cap", "caps", "ceiling", "limit", "limits", "tax", "taxes", "levy", "levies", "tariff",
                  "tariffs", "duty", "duties", "restriction", "restrictions", "curb", "curbs", "quota", "quotas",
                  "sanctions")
_MEASURE_ON = re.compile(r"\b(?:" + "|".join(_MEASURE_NOUNS) + r")\s+on\s+", re.IGNORECASE)
#: Words that end the thing: prepositions other than "of" (where, when, for whom), clause openers.
_THING_END = frozenset(["in", "on", "at", "for", "to", "from", "by", "with", "after", "before", "until", "since",
                        "during", "off", "across", "near", "over", "under", "into", "through", "against", "amid",
                        "while", "that", "which", "who", "as", "but", "because", "if", "unless", "when", "until",
                        "throughout", "within", "without", "beyond", "following", "starting", "from", "than",
                        "last", "next", "this", "earlier", "later", "would", "will", "was", "were", "is", "are"])
#: The most words a thing is read over.
_THING_MAX = 6
#: The fewest words of its own each claim's thing must hold.
_OWN_AT_LEAST = 2
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


@text_cache()
def things_on(text: str) -> tuple[frozenset[str], ...]:
    """The normalised tokens of each thing a claim's measures bear on ("a moratorium on property
    sales": property, sal); empty when it names no measure on a thing, or one thing holds a name or
    a figure (not read)."""
    if " on " not in text or not _MEASURE_ON.search(text):
        return ()
    out = []
    for m in _MEASURE_ON.finditer(text):
        words: list[str] = []
        for w in _WORD.findall(text[m.end():]):
            if not w[0].isalnum() or w.lower() in _THING_END or len(words) >= _THING_MAX:
                break
            if w[0].isupper() or w[0].isdigit():
                return ()  # a name, a date or a figure: not read
            words.append(w)
        tokens = frozenset(normalize(" ".join(words)).tokens)
        if not tokens:
            return ()
        out.append(tokens)
    return tuple(out)


def measures_on_apart(texts: tuple[str, str], tokens: tuple[Set[str], Set[str]]) -> str | None:
    """'one measure on two things: property sal / residential eviction' when each claim names a
    measure on a thing (`things_on`) and every thing of each holds two words or more the other claim
    names nowhere (`tokens`: each claim's normalised tokens), none alike to a word of the other."""
    things_a, things_b = things_on(texts[0]), things_on(texts[1])
    if not things_a or not things_b:
        return None
    for x in things_a:
        for y in things_b:
            own_x, own_y = x - tokens[1], y - tokens[0]
            if len(own_x) < _OWN_AT_LEAST or len(own_y) < _OWN_AT_LEAST or alike(own_x, tokens[1]) \
                    or alike(own_y, tokens[0]):
                return None
    return f"one measure on two things: {' '.join(sorted(things_a[0]))} / {' '.join(sorted(things_b[0]))}"
