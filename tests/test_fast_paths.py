"""The speed-ups that stand in for a plain regex search give what the plain search gives (extraction's
output must not change with them; benchmarks/extraction.py measures the speed)."""

from __future__ import annotations

import re

import pytest

from workbench.core.extract.discourse import _FULL_NAME
from workbench.core.extract.pieces import word_spans
from workbench.core.extract.reference import _MENTION
from workbench.core.extract.role_facts import _ORIGIN_PHRASE
from workbench.core.figures.dates import _DATE_RE, _DATE_START
from workbench.core.language.verbs import CAPITAL, finditer_from

TEXTS = [
    "On 3rd of May 2013, 12 March, 2014-05-01 and 10th  of June, Mr. O'Brien met Ana Ruiz, from Porto, in mid-2013.",
    "\tTwo  words\u00a0apart\nand a\u2003wide space; 123 May, 12,May, 1 of May 2010 and last night in 1999 this morning.",
    "Police said Friday that Robin van Persie, 29, and Jean-Claude Juncker flew to New York yesterday since May.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_spans_are_the_words_of_a_whitespace_split(text: str) -> None:
    assert word_spans(text) == [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", text)]


@pytest.mark.parametrize(("pattern", "starts"), [(_DATE_RE, _DATE_START), (_MENTION, CAPITAL),
                                                 (_FULL_NAME, CAPITAL), (_ORIGIN_PHRASE, CAPITAL)])
@pytest.mark.parametrize("text", TEXTS)
def test_finditer_from_finds_what_finditer_finds(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> None:
    assert [m.span() for m in finditer_from(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]
    if len(text) > 20:  # with a start and an end inside the text, as discourse asks for one sentence of a body
        assert [m.span() for m in finditer_from(pattern, starts, text, 5, len(text) - 5)] == \
            [m.span() for m in pattern.finditer(text, 5, len(text) - 5)]
