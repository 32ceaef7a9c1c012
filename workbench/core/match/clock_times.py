"""One act told at two clock times: "The first emergency call warning of a crush was made at 6:34pm" /
"... came at 10:15pm", "The last train left the station at 11:45pm" / "... at 8:20pm" (helper
conffig153, read from set 155).

News dates an act to the minute by the clock ("at 6:34pm", "at 18:34", "shortly after 2 a.m.", "at
midnight"). No figure reader reads a clock time (a time is no count: `figures.numbers`,
`figures.fallback` skip it), and the calendar date check (`knowledge.compare_dates`) reads days,
so two claims telling one act at hours apart shared every word but the time and were read one fact.
Two claims telling the same act by the same subject at two clock times disagree on when it
happened: a clash, as two days are.

A claim's clock time is read only when it tells one point in time: one clock time, not a bound
("by 9am", "until 6pm", "after midnight": any time on one side of it) nor a span ("from 10pm to
6am"), which `_BOUND` leaves unread; "shortly after", "just before", "about", "around" tell a point
roughly (`_ROUGH`). Two times are apart when, on a 24-hour dial, they lie more than `_EXACT_APART`
minutes apart, or `_ROUGH_APART` when either is rough ("about 4:15am" / "4:17am", "shortly after
6pm" / "shortly after 18:00" stay one time).

One act: the claims' subjects (the doer of an active verb, the subject of a passive naming no doer:
`roles`) are the same words, and their main verbs (`roles.main_act`, synonyms folded by the rewrite)
the same or both light ("was made" / "came": `acts.LIGHT_VERBS`). "Polling stations opened at 7am" /
"... closed at 8pm" (two acts) and "The first flight left at 6am" / "The last flight left at 11pm"
(two subjects) are not read.

`clock_time` is read once per claim (`text_cache`); a pair returns at once unless both claims tell a
time by the clock.
"""

from __future__ import annotations

import re

from workbench.core.match.acts import LIGHT_VERBS
from workbench.core.match.claim_view import reported
from workbench.core.match.roles import main_act, passive_subject, roles
from workbench.core.text_caches import text_cache

#: A clock time: "6:34pm", "6.34 p.m.", "2 a.m.", "18:34", "07:10", "noon", "midnight".
_CLOCK = re.compile(r"(?<![\w.:$£€])(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])\.?\s?m\b\.?"
                    r"|(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?![\d:])(?!\s?(?:[ap]\.?\s?m\b|%|percent|per))"
                    r"|(?P<word>noon|midday|midnight))", re.I)
#: Words right before a time that make it a bound or an end of a span, not a point.
_BOUND = re.compile(r"(?:\b(?:by|until|till|til|from|to|since|between|and|or|before|after|past|than)\s+"
                    r"(?:about\s+|around\s+)?|[-\u2013]\s*)$", re.I)
#: Words right before a time that tell it roughly.
_ROUGH = re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|circa|shortly\s+(?:after|before)"
                    r"|just\s+(?:after|before)|soon\s+after|right\s+after)\s+$", re.I)
#: Words right before a bound's word that make it a rough point ("shortly after 2am").
_NEAR_BOUND = re.compile(r"\b(?:shortly|just|soon|right)\s+(?:after|before)\s+$", re.I)
#: How far apart (minutes) two exact times, or two where either is rough, may lie and be one time.
_EXACT_APART = 10
_ROUGH_APART = 60
_DAY = 24 * 60


@text_cache()
def clock_time(text: str) -> tuple[int, bool, str] | None:
    """(minutes after midnight, whether told roughly, the time as written) of the one clock time a
    claim's reported wording tells as a point, or None: no clock time, two, or one bound or span."""
    if not any(c.isdigit() for c in text) and "noon" not in text and "midday" not in text and "midnight" not in text:
        return None
    said = reported(text)
    found = list(_CLOCK.finditer(said))
    if len(found) != 1:
        return None
    m = found[0]
    before = said[max(0, m.start() - 30):m.start()]
    rough = bool(_ROUGH.search(before) or _NEAR_BOUND.search(before))
    if _BOUND.search(before) and not _NEAR_BOUND.search(before):
        return None
    if m.group("word"):
        minutes = 0 if m.group("word").lower() == "midnight" else 12 * 60
    elif m.group("ap"):
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        minutes = hour * 60 + int(m.group("m") or 0)
    else:
        minutes = int(m.group("H")) * 60 + int(m.group("M"))
    return minutes, rough, m.group(0).strip()


def _subject(wording: str) -> frozenset[str]:
    """The tokens of a claim's subject: an active verb's doer, or a passive's subject naming no doer."""
    read = roles(wording)
    if read is not None:
        return read[0] if read[0] else frozenset()
    return passive_subject(wording) or frozenset()


def clock_times_apart(texts: tuple[str, str], wordings: tuple[str, str]) -> str | None:
    """'by the clock: 6:34pm vs 10:15pm' when each claim tells one clock time (`clock_time`), the two lie
    apart on the dial, and the claims tell one act: the same subject and the same (or two light)
    main verbs. `texts`: the claims as written; `wordings`: their roles wordings
    (`claim_view.claim_roles`: reported, rewritten, lower case)."""
    time_a = clock_time(texts[0])
    time_b = None if time_a is None else clock_time(texts[1])
    if time_a is None or time_b is None:
        return None
    gap = abs(time_a[0] - time_b[0]) % _DAY
    if min(gap, _DAY - gap) <= (_ROUGH_APART if time_a[1] or time_b[1] else _EXACT_APART):
        return None
    subject = _subject(wordings[0])
    if not subject or subject != _subject(wordings[1]):
        return None
    act_a, act_b = main_act(wordings[0]), main_act(wordings[1])
    if act_a is None or act_b is None or act_a != act_b and not (act_a in LIGHT_VERBS and act_b in LIGHT_VERBS):
        return None
    return f"by the clock: {time_a[2]} vs {time_b[2]}"
