"""The same words with another name: "Russian forces shelled Kharkiv" / "Russian forces shelled
Kherson", "Mali's government expelled three diplomats" / "Burkina Faso's government expelled
three diplomats". The place step (`place_names`) reads only places after "in", "at", "near";
a name anywhere else that is the claims' only difference makes them another fact too, whatever
the words and the meaning vector say (both are near 1 for such pairs).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, utils

from workbench.core.language.actors import organisation_names
from workbench.core.language.countries import country_short_names
from workbench.core.match import knowledge
from workbench.core.match.normalize import normalize

#: Two names at least this alike (rapidfuzz ratio of their stems) may be one name spelt two ways
#: ("Gaddafi" / "Qadhafi" 71, "Kharkiv" / "Kharkov" 71), never "another name" ("Kharkiv" / "Kherson" 43).
SWAP_VARIANT_RATIO = 65


@lru_cache(maxsize=1)
def _actor_tokens() -> frozenset[str]:
    """The normalised token of every one-word country, capital and organisation name the tables
    know, and of the one-word forms `rewrite` writes the others as: an actor opening a claim is a
    name too ("Mali's government expelled ..."), though capitalised for being first."""
    countries = set(country_short_names()) | set(knowledge.country_names()) | set(knowledge.country_names().values())
    canonical = set(knowledge.country_names().values()) | set(organisation_names().values())
    names = countries | set(knowledge.CAPITALS) | set(organisation_names()) | {knowledge.actor_token(n) for n in canonical}
    out = set()
    for n in names:
        tokens = normalize(n).tokens
        if len(tokens) == 1:  # a name of several words ("Mexico City") gives common words too
            out.add(tokens[0])
    return frozenset(out)


def names_swapped(tokens_a: list[str], tokens_b: list[str], names_a: set[str], names_b: set[str],
                  frames: tuple[str, str] = ("", "")) -> str | None:
    """'another name in the same words: kharkiv / kherson' when each claim has a name the other
    lacks and every other word is shared ("Russian forces shelled Kharkiv" / "... shelled Kherson",
    "Mali's government expelled ..." / "Burkina Faso's government expelled ..."): the same
    statement about another place or actor is another fact, wherever the name stands (the place
    step reads only places after "in", "at", "near").

    `names_a` / `names_b`: each claim's names the other lacks (spelling variants already matched);
    a token of a known country, capital or organisation counts as a name anywhere. Names alike
    enough to be one name spelt two ways (`SWAP_VARIANT_RATIO`) are no swap. `frames`: the words
    of each claim's reporting frame (lower-cased), when known: a name there is who reports the
    fact ("..., Reuters reported" / "..., AFP reported"), not another fact."""
    set_a, set_b = set(tokens_a), set(tokens_b)
    only_a, only_b = set_a - set_b, set_b - set_a
    if not only_a or not only_b:
        return None
    actors = _actor_tokens()
    if any(t not in names_a and t not in actors for t in only_a) or any(t not in names_b and t not in actors for t in only_b):
        return None
    if any(fuzz.ratio(x, y) >= SWAP_VARIANT_RATIO for x in only_a for y in only_b):
        return None
    for only, frame in zip((only_a, only_b), frames, strict=True):
        if any(w.startswith(t) for w in frame.split() for t in only):
            return None  # a name of the reporting frame: another source, not another fact
    return f"another name in the same words: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"


def frame_words(text: str, content: str) -> str:
    """The words of a claim's reporting frame: those of the claim (lower-cased, without
    punctuation, as `content`) not in its reported content."""
    inner = set(content.split())
    return " ".join(w for w in utils.default_process(text).split() if w not in inner)
