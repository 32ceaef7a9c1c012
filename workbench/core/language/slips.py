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


def mistyped(token: str, *tables: Mapping[str, str], shortest: int = 5) -> str | None:
    """The value of the first form in `tables` that `token` is a slip of (both of `shortest` letters
    or more, the same first letter), or None."""
    if len(token) < shortest or not token.isalpha():
        return None
    for table in tables:
        for form, value in table.items():
            if len(form) >= shortest and form[0] == token[0] and abs(len(form) - len(token)) <= 1 \
                    and is_slip(form, token):
                return value
    return None
