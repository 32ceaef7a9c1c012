"""A stay told into a year against its end told in an earlier year: one fate told two ways, not two
events (sets 121-124, helper conf121).

Years that differ tell another event (`date_step`: "years differ: a different event"). But "X
remained prime minister into 2023" dates a stay by the year it reached, not by when it happened:
"X resigned at the end of 2022" ends that stay before the year the other claim says it lasted into.
When one claim tells a stay (remained, stayed, continued, served, held on) lasting "into", "until",
"through" or "beyond" a year, and the other tells its opposite (`opposites`: resigned, was ousted,
switched) in a year before it, close enough to be one tenure (`_MAX_GAP`), the years clash: a
conflict. An end in the stay's year or after it ("remained into 2023" / "resigned in 2024") agrees
with the stay and stays as dated; so does a claim telling no opposite of the stay ("remained into
2023" / "was re-elected in 2022").
"""

from __future__ import annotations

import re

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import opposites_of
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: A stay and the year it lasted into, in one clause (no full stop or semicolon between).
_STAY_INTO = re.compile(r"\b(remained|remains|remain|stayed|stays|stay|continued|continues|served|serves|held\s+on)\b"
                        r"[^.;]{0,60}?\b(?:into|until|till|through|beyond)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b",
                        re.I)
#: The most years an end may come before the year a stay is told to reach and still be read as that
#: stay's end: further back, two terms of office are likelier than one told two ways.
_MAX_GAP = 2


@text_cache()
def _stay_into(text: str) -> tuple[frozenset[str], int] | None:
    """A claim's stay (its verb's normalised tokens) and the year it lasted into; None for none."""
    if not ("into" in text or "until" in text or "through" in text or "beyond" in text or "till" in text):
        return None
    m = _STAY_INTO.search(text)
    if m is None:
        return None
    verb = frozenset(normalize(knowledge.rewrite(m.group(1))[0]).tokens)
    return (verb, int(m.group(2))) if verb else None


def _years(qs: list[Quantity]) -> set[int]:
    return {int(q.value) for q in qs if fig.figure_kind(q) == fig.YEAR and q.value is not None}


def stayed_past_end(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]],
                    qs: tuple[list[Quantity], list[Quantity]]) -> str | None:
    """'stayed into 2023 / ended in 2022' when one claim tells a stay lasting into a year and the
    other the stay's opposite in a year before it (`_MAX_GAP`), each claim with that one year."""
    for k in (0, 1):
        stay = _stay_into(texts[k])
        if stay is None:
            continue
        verb, year = stay
        other = tokens[1 - k]
        ends = {u for t in verb for u in opposites_of(t)} & other
        if not ends or verb & other or _years(qs[k]) != {year}:
            continue
        before = _years(qs[1 - k])
        if len(before) == 1 and 0 < year - (end := next(iter(before))) <= _MAX_GAP:
            return f"stayed into {year} / ended in {end}"
    return None
