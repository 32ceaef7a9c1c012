"""Typing slips: a known word written with two neighbouring letters swapped, one dropped or one
doubled ("damaegd", "arested", "woundded"), read as the word it was meant to be. A letter replaced
by another, or one added at the end, is no slip here: those make other words ("protect" /
"protest", "striker" / "strike", "delivery" / "deliver")."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz.distance import OSA


def is_slip(form: str, token: str) -> bool:
    """Whether `token` is `form` with two neighbouring letters swapped, one letter dropped (not the
    last, "appointe(d)"; in a short word only one of a doubled pair, "ar(r)est": other drops make
    words, "st(r)and"), or one letter doubled."""
    if len(token) == len(form):
        return sorted(form) == sorted(token) and OSA.distance(form, token, score_cutoff=1) <= 1
    if len(token) == len(form) - 1:
        return any(form[:i] + form[i + 1:] == token and (len(token) >= 6 or form[i] in form[i - 1:i] + form[i + 1:i + 2])
                   for i in range(len(form) - 1))
    if len(token) == len(form) + 1:
        return any(token[i] == token[i + 1] and token[:i] + token[i + 1:] == form for i in range(len(form)))
    return False


#: {(id of a table, shortest): (the table, its size, {first letter: [(form, value), in the table's
#: order]})}: `mistyped` reads only the forms opening with the token's letter (a place pair read every
#: alias form: ~0.1 ms).
_BY_LETTER: dict[tuple[int, int], tuple[Mapping[str, str], int, dict[str, list[tuple[str, str]]]]] = {}


def _by_letter(table: Mapping[str, str], shortest: int) -> dict[str, list[tuple[str, str]]]:
    """The forms of `table` of `shortest` letters or more by their first letter (built again if the
    table is another or changed size)."""
    entry = _BY_LETTER.get((id(table), shortest))
    if entry is None or entry[0] is not table or entry[1] != len(table):
        index: dict[str, list[tuple[str, str]]] = {}
        for form, value in table.items():
            if len(form) >= shortest:
                index.setdefault(form[0], []).append((form, value))
        entry = _BY_LETTER[(id(table), shortest)] = (table, len(table), index)
    return entry[2]


def mistyped(token: str, *tables: Mapping[str, str], shortest: int = 5) -> str | None:
    """The value of the first form in `tables` that `token` is a slip of (both of `shortest` letters
    or more, the same first letter), or None."""
    if len(token) < shortest or not token.isalpha():
        return None
    for table in tables:
        for form, value in _by_letter(table, shortest).get(token[0], ()):
            if abs(len(form) - len(token)) <= 1 and is_slip(form, token):
                return value
    return None


def slip_forms(word: str, shortest: int = 4) -> set[str]:
    """Every way `word` can be mistyped by one slip that keeps its first letter: two neighbouring
    letters swapped, one letter dropped, one letter doubled (forms of `shortest` letters or more).
    For closed lists (number words, month names), where each form can be checked against the
    language once when the list is written."""
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)}
    out |= {word[:i] + word[i + 1:] for i in range(1, len(word))}
    out |= {word[:i] + word[i] + word[i:] for i in range(1, len(word))}
    return {s for s in out if s != word and len(s) >= shortest}


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _forms_of(token: str) -> set[str]:
    """Every word `token` can be a slip of (`is_slip`): neighbours swapped back, a dropped letter put
    back, a doubled letter written once."""
    forms = {token[:i] + token[i + 1] + token[i] + token[i + 2:] for i in range(len(token) - 1)}
    forms |= {token[:i] + c + token[i:] for i in range(1, len(token)) for c in _LETTERS}  # never the first
    forms |= {token[:i] + token[i + 1:] for i in range(len(token) - 1) if token[i] == token[i + 1]}
    return {f for f in forms if f != token and is_slip(f, token)}


def meant_word(token: str, words: frozenset[str] | set[str], shortest: int = 5) -> str | None:
    """The one word of `words` that `token` (lower case, not in `words`) is a slip of, or None when
    none or several are ("witneses" -> "witnesses"; "protets" could be "protest" or "protects")."""
    if len(token) < shortest or not token.isalpha() or token in words:
        return None
    found = [f for f in _forms_of(token) if f in words and len(f) >= shortest]
    return found[0] if len(found) == 1 else None
