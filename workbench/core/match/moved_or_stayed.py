"""Where a group ended, told as moved to one place or as staying in another: "the eight migrants
were returned to Italy" / "the eight migrants remained in Albania". Each claim names a place of its
own, which the place rules read as two facts in two places (`place_names`), and no word of one is
the other's opposite; but of one subject, moved to one place and kept in another are one event's
two outcomes, a conflict (helper opp117, sets 117-120).

Read only when the two claims' subjects (the words before the verb) share a word, the moving
claim moves it to a named place ("returned to Italy", "was flown back to Kabul") and the other
keeps it in another named place ("remained in Albania", "stayed in Gaza"). Moved to a place and
staying in the same place ("returned to Italy" / "remained in Italy") is left to the other rules.
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: Moved to a named place: "was returned to Italy", "were sent back to Kabul", "transferred to Rome".
_MOVED = re.compile(r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|be|been)\s+)?(?:returned|sent\s+back|taken\s+back"
                    r"|brought\s+back|flown\s+back|transferred|moved|relocated|deported|repatriated|flown|taken)\s+(?:back\s+)?"
                    r"to\s+(?:the\s+)?([A-Z][\w'-]+)")
#: Kept in a named place: "remained in Albania", "stayed in Gaza", "were kept in Lampedusa".
_STAYED = re.compile(r"\b(?:remained|remains|remain|stayed|stays|stay|(?:was|were|are|is)\s+(?:still\s+)?(?:kept|held))"
                     r"\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w'-]+)")
_WORD = re.compile(r"[a-z]{4,}")


@text_cache()  # a claim is read against each of its partners
def _ended(text: str) -> tuple[str, str, frozenset[str]] | None:
    """('moved' or 'stayed', the place, the subject's lower-case words) when a claim tells one of the
    two, or None (also when it tells both: "some returned to X, others stayed in Y")."""
    if "remain" not in text and "stay" not in text and " to " not in text and " kept " not in text \
            and " held " not in text:
        return None
    moved, stayed = _MOVED.search(text), _STAYED.search(text)
    if (moved is None) == (stayed is None):
        return None
    m, kind = (moved, "moved") if moved is not None else (stayed, "stayed")
    assert m is not None
    return kind, m.group(1), frozenset(_WORD.findall(text[:m.start()]))


def moved_or_stayed(a: str, b: str) -> str | None:
    """'opposite outcomes: moved to X / stayed in Y' when one claim (as written) tells its subject
    was moved to a named place and the other that the same subject stayed in another (`_ended`)."""
    ea = _ended(a)
    if ea is None:
        return None
    eb = _ended(b)
    if eb is None or ea[0] == eb[0] or ea[1] == eb[1] or not ea[2] & eb[2]:
        return None
    moved, stayed = (ea, eb) if ea[0] == "moved" else (eb, ea)
    return f"opposite outcomes: moved to {moved[1]} / stayed in {stayed[1]}"
