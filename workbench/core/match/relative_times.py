"""Times told from the story's event, not from the calendar: "About 100 people gathered at the site
the following weekend" / "... gathered at the site overnight", "Rescuers pulled 12 survivors from the
rubble the next day" / "... two days later", "The minister visited the town the day before" / "... a
week later" (helper not137).

A claim that dates its act only from the event the story reports (the night of it, the day after, the
weekend after, the day before) tells a span of days counted from that event's day. Two claims whose
spans cannot meet tell the act at two times: the days differ as "on Monday" / "on Saturday" do, and
the claims are not one fact. Spans that may meet are one time told two ways: "overnight" / "during the
night", "the next day" / "the following day" / "a day later", "the following week" / "days later",
"the next day" / "the following weekend" (the event on a Friday).

Each phrase is read only when nothing names its anchor ("the day after the vote" is told from the
vote, which the other claim may tell from another event), and a claim telling two such spans, or a
span and none, reads nothing. Read once per claim (`text_cache`); a pair compares two spans.
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: Small counts of days or weeks written as words ("two days later").
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "an": 1}
_COUNT = "|".join(_COUNTS)
#: The words a relative time may stand before without naming its anchor ("the day after, his office
#: said", "the day after to lay flowers"); any other word after "before" / "after" names one.
_FREE = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|in|at|on|for|with|from|when|as|and|but|while)\b)"
#: Each relative time and its span of days from the event's day, [start, end): the event's day and
#: night are 0, the day after 1 (a weekend or week "following" opens the day after at the soonest).
_SPANS: tuple[tuple[str, tuple[float, float]], ...] = (
    (r"overnight|during the night|that (?:night|evening|afternoon)|later (?:that|the same) (?:day|night)"
     r"|(?:on )?the same (?:day|night)|hours later|within hours", (0, 1)),
    (r"(?:on )?the (?:next|following) (?:day|morning|night|evening)|the day after" + _FREE
     + r"|a day later|one day later", (1, 2)),
    (rf"(?P<n>{_COUNT}) days (?:later|after{_FREE})", (0, 0)),  # n days: [n, n + 1)
    (r"days later", (2, 10)),
    (r"(?:on |over |during )?the (?:following|next) weekend", (1, 8)),
    (r"(?:in |during )?the (?:following|next) week", (1, 14)),
    (r"a week later|one week later", (6, 9)),
    (r"weeks later", (10, 60)),
    (r"(?:on )?the (?:previous|preceding) (?:day|night|evening)|the day before" + _FREE
     + r"|the night before" + _FREE + r"|a day earlier", (-1, 0)),
    (rf"(?P<m>{_COUNT}) days (?:earlier|before{_FREE})", (0, 0)),  # n days before: [-n, -n + 1)
)
_PATTERN = re.compile("|".join(f"(?P<s{k}>\\b(?:{p}))" for k, (p, _) in enumerate(_SPANS)), re.I)


@text_cache()
def relative_span(text: str) -> tuple[str, float, float] | None:
    """(the phrase, the first day, the day after the last) of a claim's one relative time, or None
    for a claim with none, or with two (two spans: which one dates which act is not read)."""
    found = list(_PATTERN.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    k = next(int(name[1:]) for name, value in m.groupdict().items() if value is not None and name.startswith("s"))
    start, end = _SPANS[k][1]
    if m.group("n"):
        start = _COUNTS[m.group("n").lower()]
        end = start + 1
    elif m.group("m"):
        end = 1 - _COUNTS[m.group("m").lower()]
        start = end - 1
    return m.group(0).strip(), start, end


def relative_times_apart(a: str, b: str) -> str | None:
    """'the following weekend vs overnight' when each claim tells one relative time (`relative_span`)
    and the two spans of days cannot meet."""
    span_a, span_b = relative_span(a), relative_span(b)
    if span_a is None or span_b is None or span_a[1] < span_b[2] and span_b[1] < span_a[2]:
        return None
    return f"{span_a[0]} vs {span_b[0]}"
