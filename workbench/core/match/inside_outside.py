"""The same people or things inside a place and outside it: another fact.

"The Mbera camp hosts more than 100,000 refugees" / "more than 100,000 refugees are living outside
the Mbera camp", "sheltering inside the stadium" / "sheltering outside the stadium": every word but
one preposition is shared, yet the claims put the count in two places that exclude each other.
Read on each claim's reported wording (`claim_view.surface`): the head noun of the place after
"outside", "beyond", "away from" or "in front of" in one claim; the same noun in the other after
"in", "inside" or "within", or as the subject of "hosts" / "houses" ("the X camp hosts"),
with no outside-word anywhere in it ("gathered outside parliament" / "rallied in front of
parliament" stay one place) (helper not101).
"""

from __future__ import annotations

from workbench.core.text_caches import text_cache

#: Words that put what follows outside the place they name, with the word that must follow them
#: ("away from", "in front of"; "putting away Evansville", "in front" = leading, are no place).
_OUTSIDE = {"outside": None, "beyond": None, "away": "from", "front": "of"}
#: Words that put the place named next around what is counted. Not "at": "a shooting at the Empire
#: State Building" is one "outside" it (STS dev, ECB dev).
_INSIDE = frozenset(["in", "inside", "within"])
#: Verbs whose subject is a place holding who or what follows ("the camp hosts 100 000 refugees").
_HOLDS = frozenset(["hosts", "houses", "shelters", "holds", "hosted", "housed", "sheltered"])
#: Words between the preposition and the place's head noun that are no head ("the", a name word).
_SKIP = frozenset(["the", "a", "an", "of", "from", "its", "their", "this", "that"])
#: Words that end a place's noun phrase. "before", "as", "during" too, so that the particle of a
#: phrasal verb is no "in" of a place: "was sworn in before the emir" names nobody inside the emir
#: ("took the oath in front of the emir" is the same act; helper dup125).
_END = frozenset(["in", "at", "on", "near", "of", "and", "with", "for", "to", "by", "from", "after", "since", "against",
                  "before", "as", "during",
                  "who", "which", "that", "where", "are", "is", "were", "was", "hosts", "houses", "shelters",
                  "holds", "hosted", "housed", "sheltered", "have", "has", "had"])
_MAX_PLACE_WORDS = 4


def _phrase(words: list[str], k: int) -> list[str]:
    """The place's words after position `k` (past articles), up to a word that ends its phrase."""
    while k < len(words) and words[k] in _SKIP:
        k += 1
    out: list[str] = []
    while k < len(words) and words[k] not in _END and len(out) < _MAX_PLACE_WORDS and not words[k].isdigit():
        out.append(words[k])
        k += 1
    return out


@text_cache()
def places_read(surface: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """(head nouns of places named inside, of places named outside, whether an outside-word occurs)
    of a claim's reported wording. The head is a phrase's last word ("mbera camp" -> "camp")."""
    words = surface.split()
    inside: set[str] = set()
    outside: set[str] = set()
    out_at = [k for k, w in enumerate(words)
              if w in _OUTSIDE and (_OUTSIDE[w] is None or words[k + 1:k + 2] == [_OUTSIDE[w]])]
    for k, w in enumerate(words):
        if k in out_at or w in _INSIDE:
            target, phrase = outside if k in out_at else inside, _phrase(words, k + 1)
        elif w in _HOLDS and k:  # the claim's subject holds them
            target, phrase = inside, _phrase(words, 0)
        else:
            continue
        if phrase:
            target.add(phrase[-1])
    return frozenset(inside), frozenset(outside), bool(out_at)


def inside_and_outside(surface_a: str, surface_b: str) -> str | None:
    """'inside and outside one place: camp' when one claim puts its subject outside a place
    (`places_read`) and the other inside that place, naming nothing outside anywhere."""
    in_a, out_a, any_out_a = places_read(surface_a)
    in_b, out_b, any_out_b = places_read(surface_b)
    both = (out_a & in_b if not any_out_b else set()) | (out_b & in_a if not any_out_a else set())
    return f"inside and outside one place: {', '.join(sorted(both))}" if both else None
