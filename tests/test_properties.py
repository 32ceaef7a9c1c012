"""Property tests: for any input, ingest/extraction/figures/compare end in a result or a documented
clear error, spans are valid, and compare is symmetric."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.extract.extractor import extract_claims
from workbench.core.figures.numbers import find_dates, find_quantities
from workbench.core.ingest.reader import IngestError, article_from_bytes, article_from_text
from workbench.core.match.matching import compare

# News-like pieces mixed with arbitrary text: most random strings hold no claim at all.
WORDS = st.sampled_from([
    "The army said", "12", "twelve", "soldiers", "were killed", "on Sunday", "officials denied",
    "\u201cIt was a massacre,\u201d", "he said.", "at least 1,500", "people", "in Mosul", "3 June 2014",
    "about 40%", "Reuters reported", ".", ",", "\n\n", "Mr. Smith", "U.S.", "-", "\u2013", "?", "(AP)",
    "more than half", "dozens", "0", "1e9", "\u00e9t\u00e9", "\u0627\u0644\u062c\u064a\u0634", "\U0001F600",
])
NEWSY = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=40).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ""]))
def test_any_bytes_become_an_article_or_one_clear_line(data, suffix):
    try:
        article = article_from_bytes(data, name="f" + suffix, suffix=suffix)
    except IngestError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return
    assert article.text.strip()
    assert article.content_hash
    assert all("\n" not in w for w in article.warnings)


@SETTINGS
@given(NEWSY)
def test_any_text_is_imported_or_refused_clearly(text):
    try:
        article = article_from_text(text)
    except IngestError as exc:
        assert "\n" not in str(exc)
        return
    assert article.text.strip()


@SETTINGS
@given(NEWSY, st.sampled_from([None, "2014-06-22", "1999-01-01"]))
def test_extracted_spans_always_point_at_their_quotes(body, published):
    for claim in extract_claims(body, published=published):
        assert 0 <= claim.start <= claim.end <= len(body)
        assert body[claim.start:claim.end] == claim.quote
        assert claim.text.strip()
        for mention in [*claim.quantities, *claim.dates]:
            assert 0 <= mention.start <= mention.end


@SETTINGS
@given(NEWSY)
def test_figure_and_date_spans_are_valid(text):
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.low is None or q.high is None or q.low <= q.high
    for d in find_dates(text):
        assert 0 <= d.start <= d.end <= len(text)


def test_compare_is_symmetric_on_the_counterexample_found():
    """Found by the property below: figures were paired greedily in A's order, so
    compare("12", "at least 1,500 12") scored 31.5 one way and 15.0 the other."""
    ab, ba = compare("12", "at least 1,500 12"), compare("at least 1,500 12", "12")
    assert (ab.score, ab.relation) == (ba.score, ba.relation)


@SETTINGS
@given(NEWSY, NEWSY)
def test_compare_is_symmetric(a, b):
    ab = compare(a, b)
    ba = compare(b, a)
    assert 0 <= ab.score <= 100
    assert abs(ab.score - ba.score) < 1e-9
    assert ab.relation == ba.relation
