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


SHARE_TEXTS = [
    "Prices nearly tripled in a year and rents doubled, while wages rose twofold.",
    "Deaths were three times higher than in 2019; cases rose 2.5 times the average.",
    "Turnout fell by half, and a third of voters stayed home; one in four said so.",
    "Two-fifths of the electorate and three quarters of members backed a quarter of a percentage point cut.",
    "QUADRUPLED OUTPUT and a 10-fold rise, twice as many as last year, trebling the toll.",
    "Officials said 40 people were killed in Hama on 3 March.",
]


@pytest.mark.parametrize("text", SHARE_TEXTS)
def test_share_hints_find_every_multiple_and_part(text: str) -> None:
    """A line the hint skips holds no match: every match of the patterns holds a hint word."""
    from workbench.core.figures import shares

    for pattern, hint in ((shares._MULTIPLE_RE, shares._MULTIPLE_HINT), (shares._PART_OF, shares._PART_HINT),
                          (shares._BY_PART, shares._PART_HINT)):
        for m in pattern.finditer(text):
            assert hint.search(m.group(0)), (pattern.pattern[:40], m.group(0))


def test_share_hints_keep_the_readings() -> None:
    from workbench.core.figures.shares import word_multiples, word_shares

    assert [q.value for q in word_multiples(SHARE_TEXTS[0])] == [3.0, 2.0, 2.0]
    assert [q.value for q in word_multiples(SHARE_TEXTS[1])] == [3.0, 2.5]
    assert [round(q.value) for q in word_shares(SHARE_TEXTS[2])] == [50, 33, 25]
    assert word_multiples(SHARE_TEXTS[5]) == [] and word_shares(SHARE_TEXTS[5]) == []


def test_the_cached_rewrite_is_the_rewrite() -> None:
    from workbench.core.match.knowledge import rewrite, rewritten

    text = "Moscow has dispatched 40 engineers and clashes broke out on 3 March."
    assert rewritten(text) == (rewrite(text)[0], tuple(rewrite(text)[1]))
    assert rewritten(text) is rewritten(text)


@pytest.mark.parametrize("text", [
    "Officials said the airport was not reopened.", "It isn\u2019t so, the ministry said.", "NOBODY WAS HURT IN THE BLAST",
    "He wasnt there on Monday.", "The talks did not resume, nor did the strike end.", "No-one was evacuated.",
    "The do-not-call list grew.", "Troops reopened the airport on Monday.",
])
def test_the_negation_cue_finds_every_claim_with_a_negation_scope(text: str) -> None:
    """A claim `negation_scopes` skips for want of a cue has no negation scope at all."""
    from workbench.core.language.negation import _NEGATION_CUE, negation_scopes
    from workbench.core.match.denied_scope import _scopes

    has_scope = bool(negation_scopes(text)) or bool(negation_scopes(text, whole=True))
    cue = _NEGATION_CUE.search(text.replace("\u2019", "'").lower()) is not None
    assert cue or not has_scope
    assert cue == (text != "Troops reopened the airport on Monday.")
    if not cue:
        assert _scopes(text) == ()
