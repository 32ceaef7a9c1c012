"""When a thing began, told as the year it was brought in and as the year it has held since: "The
previous $65 fee had been introduced in 2017" / "The previous $65 fee had been unchanged since
1991". A thing brought in in one year did not hold before it, so a state of the same thing told
since an earlier year is a conflict, not another event at another date (helper conf141b, set 144);
since the same year ("introduced in 1991" / "unchanged since 1991") the two agree, and since a later
one ("introduced in 1999" / "unchanged since 2015") both may be true.

Read on a claim's reported wording as written (`claim_view.reported`), the thing as the subject:
- **a start**: a verb of bringing a thing into being in the passive ("was introduced / created /
  established / founded / set up / imposed / adopted / enacted / launched in 2017"), or "came into
  force / effect", "took effect in 2018"; a change of a thing that exists ("raised in 2017") is no
  start;
- **a state since**: a perfect tense of a state that goes on unchanged ("has been unchanged / in
  place / in force / in effect / in use / in operation since", "has existed since", "has stood /
  remained at $65 since"); a change since ("has risen since 1991") is no such state.
One thing when the subjects' last words are the same and at most one adds words the other claim
lacks ("the night-flight ban" / "the ban"; "the bridge toll" / "the tunnel toll" are two).

Asked by `date_step` only of pairs whose dates are far apart, and by the matching gate of each
claim once (`start_or_since`), so that such a pair is compared (`gate.gate_view`'s `once`).
"""

from __future__ import annotations

import re

from workbench.core.match.claim_view import reported
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)\b"
_BE = r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:first\s+|originally\s+)?"
#: A thing brought into being, its subject the thing.
_STARTED = re.compile(
    r"^(?P<thing>[^,;:]+?)\s+(?:" + _BE + r"(?:introduced|created|established|founded|set\s+up|imposed|adopted"
    r"|enacted|launched|instituted|brought\s+in)|came\s+into\s+(?:force|effect|being|existence)|took\s+effect)"
    r"\s+in\s+" + _YEAR, re.I)
#: A state held unchanged since a year, its subject the thing.
_HELD = re.compile(
    r"^(?P<thing>[^,;:]+?)\s+(?:has|have|had)\s+(?:been\s+(?:unchanged|in\s+(?:place|force|effect|use|operation"
    r"|existence)|around)|existed|(?:stood|remained|been)\s+(?:unchanged|at\s+[^,;]{1,25}?))\s+since\s+" + _YEAR, re.I)
#: A cheap first test on the lowered claim.
_ANY = re.compile(r"\bsince\s+\d|\bin\s+\d{4}")
_LIGHT = frozenset(["the", "a", "an", "its", "their", "his", "her"])
_MAX_WORDS = 6


@text_cache()  # asked of claims telling a year after "since" or "in" only (`_ANY`)
def _read(text: str) -> tuple[str, int, str, frozenset[str]] | None:
    """('start' or 'since', the year, the thing's last word, its words) of a claim, or None."""
    said = reported(text).strip()
    for kind, pattern in (("start", _STARTED), ("since", _HELD)):
        m = pattern.search(said)
        if m is None:
            continue
        words = [w for w in m.group("thing").split() if w.lower() not in _LIGHT]
        tokens = [t for t in normalize(" ".join(words)).tokens if not any(c.isdigit() for c in t)]
        if not tokens or len(words) > _MAX_WORDS:
            return None
        return kind, int(m.group("year")), tokens[-1], frozenset(tokens)
    return None


def start_or_since(text: str) -> bool:
    """Whether a claim tells a thing's start or a state it has held since a year (module doc)."""
    return _ANY.search(text) is not None and _read(text) is not None


def held_before_start(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'held since 1991, begun in 2017' when one claim tells a thing's start in a year and the other
    a state of the same thing held since an earlier year (module doc), else None. `texts` as
    written, `tokens` their normalised tokens."""
    if not start_or_since(texts[0]) or not start_or_since(texts[1]):
        return None
    ra, rb = _read(texts[0]), _read(texts[1])
    assert ra is not None and rb is not None
    if ra[0] == rb[0] or ra[2] != rb[2]:
        return None
    if ra[3] != rb[3] and ra[3] - tokens[1] and rb[3] - tokens[0]:
        return None  # two things: each adds a word the other claim lacks
    (_, begun, _, _), (_, since, _, _) = (ra, rb) if ra[0] == "start" else (rb, ra)
    return f"held since {since}, begun in {begun}" if since < begun else None
