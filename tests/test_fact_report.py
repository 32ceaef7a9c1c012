"""The report per fact and its ClaimReview: appearances, flags, the truth scale and the required url."""

from __future__ import annotations

import pytest
from test_facts import add_article, link

from workbench.core.facts import fact_of_claim
from workbench.core.report.claimreview import ReviewUrlError, check_review_url, fact_claim_reviews
from workbench.core.report.facts import fact_entries, fact_findings


@pytest.fixture
def rated(store):
    arts = [add_article(store, 1, "Reuters", published="2026-01-02"), add_article(store, 2, "AP", published="2026-01-01"),
            add_article(store, 3, "BBC")]
    link(store, arts[0][0], arts[1][0])
    link(store, arts[0][0], arts[2][0])
    link(store, arts[1][0], arts[2][0])
    link(store, arts[0][1], arts[2][1], relation="duplicate", state="suggested")  # a suggestion only
    fact = fact_of_claim(store, arts[0][0])
    store.set_fact_verdict(fact["id"], status="verified", notes="Police confirmed the toll.")
    store.set_claim_verdict_apart(arts[2][0], True, status="disputed")
    other = fact_of_claim(store, arts[0][2])
    store.set_fact_verdict(other["id"], status="unverifiable")
    return store, arts, fact["id"], other["id"]


def test_entries_are_rated_facts_with_every_appearance_and_flags(rated):
    store, arts, fact_id, other_id = rated
    entries = fact_entries(store)
    assert [e["id"] for e in entries] == [fact_id, other_id]  # only rated facts, verified before unverifiable
    entry = entries[0]
    assert [a["claim_id"] for a in entry["appearances"]] == [arts[1][0], arts[0][0], arts[2][0]]  # by date
    assert entry["first_appearance"]["outlet"] == "AP" and entry["first_published"] == "2026-01-01"
    assert [a["own_verdict"] for a in entry["appearances"]] == [False, False, True]
    assert {"rating_conflict", "debt:no_evidence"} <= set(entry["flags"])
    assert all(a["url"].startswith("https://") for a in entry["appearances"])
    assert len(fact_entries(store, include_unrated=True)) > len(entries)
    summary = fact_findings(entries, 9)
    assert summary["by_status"]["verified"] == 1 and any("without evidence" in f for f in summary["key_findings"])


def test_claimreview_per_rated_fact_with_appearances_and_the_truth_scale(rated):
    store, arts, fact_id, other_id = rated
    reviews = fact_claim_reviews(fact_entries(store), url="https://example.org/checks", date="2026-02-01",
                                 analyst="J. Doe", organisation="Check Desk")
    assert [r["url"] for r in reviews] == [f"https://example.org/checks#fact-{fact_id}",
                                           f"https://example.org/checks#fact-{other_id}"]
    first = reviews[0]
    assert first["author"] == {"@type": "Organization", "name": "Check Desk"}
    assert len(first["itemReviewed"]["appearance"]) == 3
    assert first["itemReviewed"]["datePublished"] == "2026-01-01"
    assert first["itemReviewed"]["firstAppearance"]["publisher"]["name"] == "AP"
    assert first["reviewRating"]["ratingValue"] == 5 and first["reviewBody"] == "Police confirmed the toll."
    assert "ratingValue" not in reviews[1]["reviewRating"]  # unverifiable: off the truth scale
    assert reviews[1]["reviewRating"]["alternateName"] == "Unverifiable"


@pytest.mark.parametrize("url", ["not a url", "#claim-3", "/checks/iraq", "ftp://example.org/x",
                                 "https://", "javascript:alert(1)"])
def test_claimreview_refuses_anything_but_an_absolute_http_url(url):
    with pytest.raises(ReviewUrlError, match="http"):
        check_review_url(url)
    assert check_review_url(" http://example.org/a#x ") == "http://example.org/a"


@pytest.mark.parametrize("url", [None, "", "  "])
def test_claimreview_without_an_address_has_no_url_never_a_relative_one(url):
    assert check_review_url(url) is None
    entry = {"id": 7, "status": "verified", "text": "Three people died.", "appearances": []}
    (review,) = fact_claim_reviews([entry], url=url, date="2026-02-01")
    assert "url" not in review and review["claimReviewed"] == "Three people died."


def _export(path, fmt, out, *extra):
    from workbench.cli import main

    return main(["export", str(path), "--format", fmt, "-o", str(out), "--generated-at", "2026-02-01T00:00:00",
                 "--analyst", "J. Doe", "--organisation", "Check Desk", *map(str, extra)])


def test_exports_per_fact(tmp_path, capsys):
    import csv
    import io
    import json

    from workbench.core.store import Store

    path = tmp_path / "p.db"
    with Store.open(path) as store:
        arts = [add_article(store, 1, "Reuters", published="2026-01-02"), add_article(store, 2, "AP", published="2026-01-01")]
        link(store, arts[0][0], arts[1][0])
        fact = fact_of_claim(store, arts[0][0])
        store.set_fact_verdict(fact["id"], status="false", notes="No deaths: the fire brigade's log.")
        store.add_evidence(arts[0][0], store.claim(arts[1][1])["article_id"], "contradicts", "brigade log")
    url = "https://example.org/checks/fire"
    assert _export(path, "html", tmp_path / "r.html", "--url", url) == 0
    html = (tmp_path / "r.html").read_text()
    assert html.count("<h1>") == 1 and "Prepared by <strong>J. Doe</strong>" in html
    assert '<script type="application/ld+json">' in html and f'"{url}#fact-{fact["id"]}"' in html
    assert 'id="fact-' in html and "Three people died in the fire at the bank." in html
    assert 'href="https://example.org/2"' in html  # evidence links to the article itself
    assert "Police have no suspects yet." not in html  # unrated facts are left out by default
    assert _export(path, "html", tmp_path / "all.html", "--include-unrated") == 0
    everything = (tmp_path / "all.html").read_text()
    assert "Police have no suspects yet." in everything and "application/ld+json" not in everything  # no url
    assert _export(path, "md", tmp_path / "r.md") == 0
    md = (tmp_path / "r.md").read_text()
    assert "[article](https://example.org/1)" in md and "No deaths" in md
    assert _export(path, "csv", tmp_path / "r.csv", "--per", "claim") == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    row = next(r for r in rows if int(r["claim_id"]) == arts[0][0])
    assert row["evidence_urls"] == "https://example.org/2" and row["status"] == "false"
    capsys.readouterr()
    assert _export(path, "claimreview", tmp_path / "r.jsonld", "--url", "not a url") == 1
    assert "not an absolute http(s) address" in capsys.readouterr().err
    assert not (tmp_path / "r.jsonld").exists()
    assert _export(path, "claimreview", tmp_path / "r.jsonld", "--url", url) == 0
    reviews = json.loads((tmp_path / "r.jsonld").read_text())
    assert len(reviews) == 1 and len(reviews[0]["itemReviewed"]["appearance"]) == 2
    assert all(a["url"].startswith("https://") for a in reviews[0]["itemReviewed"]["appearance"])
    assert reviews[0]["itemReviewed"]["firstAppearance"]["publisher"]["name"] == "AP"
