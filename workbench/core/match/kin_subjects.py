"""Two kin of one person opening one claim each: "Guillaume's son Charles becomes hereditary grand duke" /
"Guillaume's wife Stéphanie becomes grand duchess", "The senator's husband was questioned" / "The
senator's daughter was questioned" are two people, two facts (sets 161-164, helper not161a).

A subject told by its kinship to someone ("X's son", "the senator's wife") names its person by a
role noun, not by a name: `doers` reads no name when the verb is none `roles` knows ("becomes") or
the person is unnamed, and the claims share all but the kin noun (and the name after it, if any).
Here the subject opening each claim is read as "<owner>'s <kin noun>"; one owner and two kin nouns of
the two genders (`people.MALE_ROLES` / `people.FEMALE_ROLES`: "son" / "wife", "husband" / "daughter")
are two people. Kin of one gender or of none ("son" / "eldest son", "husband" / "spouse", "son" /
"child") may be one person told two ways and are not read.
"""

from __future__ import annotations

import re

from workbench.core.language.people import FEMALE_ROLES, MALE_ROLES
from workbench.core.text_caches import text_cache

#: A claim opening with "<owner>'s <up to two words> <kin noun>": "Guillaume's son", "The senator's
#: eldest daughter".
_KIN_SUBJECT = re.compile(r"^(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)['\u2019]s\s+(?:[a-z-]+\s+){0,2}?("
                          + "|".join(sorted(MALE_ROLES | FEMALE_ROLES, key=len, reverse=True)) + r")\b", re.I)


@text_cache()
def kin_subject(text: str) -> tuple[str, str, str] | None:
    """(owner, kin noun, "m" or "f") of the kin noun a claim opens with (`_KIN_SUBJECT`), or None."""
    if "'s " not in text and "\u2019s " not in text:
        return None  # (cheap)
    m = _KIN_SUBJECT.match(text.strip())
    if m is None:
        return None
    kin = m.group(2).lower()
    return m.group(1).lower(), kin, "m" if kin in MALE_ROLES else "f"


def kin_apart(texts: tuple[str, str]) -> str | None:
    """'two kin of one person: x's son / wife' when each claim opens with a kin noun of one owner
    (`kin_subject`) and the two are of two genders; None otherwise."""
    a, b = kin_subject(texts[0]), kin_subject(texts[1])
    if a is None or b is None or a[0] != b[0] or a[2] == b[2]:
        return None
    return f"two kin of one person: {a[0]}'s {a[1]} / {b[1]}"
