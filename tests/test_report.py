"""The sourced report: every format read back, hostile article text kept inert, same project -> same bytes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_project import (
    FORMULA_NOTE,
    HOSTILE_IMG,
    HOSTILE_LINK_TEXT,
    HOSTILE_SCRIPT,
    HOSTILE_TITLE,
    STAMP,
)

from workbench.core.report.build import build_report
from workbench.core.report.formats import csv_cell, md_escape, render_html
from workbench.core.report.jsonio import dump_report_json, load_report_json
from workbench.core.report.options import SCHEMA_VERSION, ReportError, ReportOptions
from workbench.core.report.render import render, write_report
from workbench.core.store import Store
from workbench.core.vocab import STATUS_LABELS


def report_of(store: Store, **kw) -> dict:
    kw.setdefault("generated_at", STAMP)
    kw.setdefault("analyst", "Jane Doe")
    kw.setdefault("organisation", "Example Checks")
    return build_report(store, ReportOptions(**kw))


# -- the data -----------------------------------------------------------------------------


def test_report_content(report_project):
    store, ids = report_project
    r = report_of(store)
    assert r["schema_version"] == SCHEMA_VERSION
    assert (r["analyst"], r["organisation"], r["date"], r["generated_at"]) == (
        "Jane Doe", "Example Checks", "2026-01-02", STAMP)
    assert r["summary"]["claims"] == 10
    # the verified claim's confirmed duplicate shows its fact's verdict too
    assert {s["status"]: s["count"] for s in r["summary"]["by_status"]} == {
        "false": 2, "disputed": 1, "verified": 2, "unverifiable": 1, "unverified": 4}
    assert [o["outlet"] for o in r["summary"]["by_outlet"]] == ["Evil <Outlet> =cmd", "Middle East Eye", "Reuters"]
    # groups in status order, numbers follow the groups
    assert [g["key"] for g in r["groups"]] == ["false", "disputed", "verified", "unverifiable", "unverified"]
    assert [c["number"] for c in r["claims"]] == list(range(1, 11))
    # references: cited articles numbered in publication order
    assert [(a["ref"], a["outlet"]) for a in r["references"]] == [
        (1, "Middle East Eye"), (2, "Reuters"), (3, "Evil <Outlet> =cmd")]

    by_id = {c["id"]: c for c in r["claims"]}
    seized = by_id[ids["mee"][0]]
    assert seized["status"] == "verified" and seized["confidence"] == "high"
    # own article first, then both duplicate-linked claims (confirmed and suggested) in other outlets
    assert [(a["ref"], a["original"], a["link_state"]) for a in seized["appearances"]] == [
        (1, True, None), (2, False, "confirmed"), (3, False, "suggested")]
    assert seized["appearances"][1]["quote"] == "Militants took the al-Qaim border crossing with Syria"
    assert seized["appearances"][1]["url"] == "https://www.reuters.com/article/iraq-border"
    assert [(e["stance"], e["ref"]) for e in seized["evidence"]] == [("supports", 2)]
    assert [d["claim_id"] for d in seized["duplicates"]] == [ids["reuters"][0], ids["evil"][0]]

    hundreds = by_id[ids["mee"][1]]
    assert hundreds["source"]["name"] == "Lieutenant General Qassem Atta"
    assert (hundreds["source"]["reliability"], hundreds["source"]["reliability_label"]) == ("C", "Fairly reliable")
    assert hundreds["conflicts"] == []  # the only conflict link was rejected by the analyst
    assert "Needs a second source." in hundreds["notes"]

    fled = by_id[ids["mee"][2]]
    assert [c["claim_id"] for c in fled["conflicts"]] == [ids["reuters"][1]]
    assert fled["conflicts"][0]["reasons"] == ["500000 vs 300000 people"]
    assert fled["evidence"][0]["stance"] == "contradicts"
    # history of the claim, oldest first, with the status change in it
    assert any(h["field"] == "status" and h["new"] == "false" for h in fled["history"])


def test_filters_and_grouping(report_project):
    store, ids = report_project
    r = report_of(store, statuses=["disputed", "false"])
    assert {c["status"] for c in r["claims"]} == {"false", "disputed"}
    assert r["filters"]["statuses"] == ["false", "disputed"]
    assert [s["status"] for s in r["summary"]["by_status"]] == ["false", "disputed"]
    assert all(set(o["statuses"]) == {"false", "disputed"} for o in r["summary"]["by_outlet"])
    picked = [ids["mee"][0], ids["evil"][1]]
    r = report_of(store, claim_ids=picked)
    assert sorted(c["id"] for c in r["claims"]) == sorted(picked)
    r = report_of(store, group_by="article")
    assert [g["label"][:3] for g in r["groups"]] == ["[1]", "[2]", "[3]"]
    r = report_of(store, group_by="cluster")
    assert r["groups"][0]["claim_ids"] == [ids["mee"][0], ids["reuters"][0], ids["evil"][0]]
    assert r["groups"][-1]["key"] == "none"
    with pytest.raises(ReportError, match="no claim with id 9999"):
        report_of(store, claim_ids=[9999])
    with pytest.raises(ReportError, match="unknown status"):
        report_of(store, statuses=["maybe"])
    with pytest.raises(ReportError, match="cannot group by"):
        report_of(store, group_by="speaker")


def test_analyst_from_settings(report_project):
    store, _ = report_project
    store.set_setting("analyst_name", "From Settings")
    assert build_report(store, ReportOptions(generated_at=STAMP))["analyst"] == "From Settings"


def test_empty_project_renders(tmp_path):
    store = Store.open(tmp_path / "empty.wbproj")
    r = build_report(store, ReportOptions(generated_at=STAMP))
    for fmt in ("html", "md", "csv", "json", "claimreview"):
        assert render(r, fmt)
    assert "No claims match" in render(r, "html").decode()
    store.close()


# -- HTML ---------------------------------------------------------------------------------


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Collect:
    p = Collect()
    p.feed(html)
    p.close()
    return p


@pytest.mark.parametrize("variant", ["browser", "qt"])
def test_html_is_inert_and_self_contained(report_project, variant):
    store, _ = report_project
    html = render_html(report_of(store), variant=variant)
    p = parse(html)
    names = [t for t, _ in p.tags]
    for bad in ("script", "img", "iframe", "object", "embed", "link", "form", "base", "svg"):
        assert bad not in names
    for _tag, attrs in p.tags:
        assert not any(k.startswith("on") for k in attrs), attrs
        assert "src" not in attrs
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://", "http://")), href
    csp = [a for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0]["content"] == "default-src 'none'; style-src 'unsafe-inline'"
    text = "".join(p.text)
    for hostile in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_LINK_TEXT, HOSTILE_TITLE, "javascript:alert(3)"):
        assert hostile in text
    assert "evil.example/x.png" not in "".join(str(a) for _, a in p.tags)


def test_html_has_every_claim_status_quote_and_reference(report_project):
    store, _ = report_project
    r = report_of(store)
    html = render(r, "html").decode()
    p = parse(html)
    text = "".join(p.text)
    ids = {a.get("id") for _, a in p.tags}
    for c in r["claims"]:
        assert f"claim-{c['id']}" in ids
        assert c["text"] in text and c["quote"] in text
        assert STATUS_LABELS[c["status"]] in text
        assert f"[{c['article']['ref']}]" in text
    for a in r["references"]:
        assert f"ref-{a['ref']}" in ids
        assert a["title"] in text
    assert "@media print" in html and "@page" in html
    assert "Jane Doe" in text and "Example Checks" in text


# -- Markdown -------------------------------------------------------------------------------


def test_markdown(report_project):
    store, _ = report_project
    r = report_of(store)
    md = render(r, "md").decode()
    assert "<script" not in md and "<img" not in md and "<b>" not in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "\\[click here\\](javascript:alert(2))" in md  # not a link
    assert "javascript:alert(3)" in md and "<javascript:" not in md  # the hostile URL is never an autolink
    assert "<https://www.reuters.com/article/iraq-border>" in md
    for c in r["claims"]:
        assert md_escape(c["text"]) in md
        assert md_escape(c["quote"]) in md
        assert f"**{c['status_label'].upper()}**" in md
        assert f"\\[{c['article']['ref']}\\]" in md
    assert md.count("\n## References") == 1


def test_markdown_renders_inert(report_project):
    """Through a real CommonMark renderer with raw HTML allowed: no element comes from article text."""
    markdown_it = pytest.importorskip("markdown_it")
    store, _ = report_project
    r = report_of(store)
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(render(r, "md").decode())
    p = parse(html)
    names = {t for t, _ in p.tags}
    assert not names & {"script", "img", "b", "iframe"}
    hrefs = [a["href"] for t, a in p.tags if t == "a"]
    assert hrefs and all(h.startswith("https://") for h in hrefs), hrefs
    text = "".join(p.text)
    for hostile in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_LINK_TEXT, HOSTILE_TITLE):
        assert hostile in text
    assert "table" in names and "blockquote" in names and "h3" in names
    for c in r["claims"]:
        assert " ".join(c["quote"].split()) in text


def test_md_escape():
    assert md_escape("a *b* _c_ `d` [e](f) | g") == "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\| g"
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("- not a list") == "\\- not a list"
    assert md_escape("<b>&</b>\nnext") == "&lt;b&gt;&amp;&lt;/b&gt; next"


# -- CSV ------------------------------------------------------------------------------------


def test_csv(report_project):
    store, ids = report_project
    r = report_of(store)
    data = render(r, "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(r["claims"])
    for row, c in zip(rows, r["claims"], strict=True):
        assert int(row["claim_id"]) == c["id"]
        assert row["status"] == c["status"]
        assert row["article_ref"] == str(c["article"]["ref"])
        assert row["quote"].lstrip("'") == " ".join(c["quote"].split())
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    by_id = {int(r_["claim_id"]): r_ for r_ in rows}
    assert by_id[ids["mee"][2]]["notes"] == "'" + FORMULA_NOTE
    assert by_id[ids["evil"][2]]["claim"] == "'=1+2 was the count of trucks"
    assert by_id[ids["evil"][2]]["notes"].startswith("'-2 trucks")
    assert by_id[ids["evil"][0]]["outlet"] == "Evil <Outlet> =cmd"
    assert by_id[ids["evil"][0]]["url"] == "javascript:alert(3)"
    assert by_id[ids["mee"][0]]["appearances"] == "3"
    assert by_id[ids["mee"][0]]["supporting"] == "1"


def test_csv_cell():
    assert [csv_cell(v) for v in ("=1", "+1", "-1", "@x", "\tx", "\rx", "ok", 5, None)] == [
        "'=1", "'+1", "'-1", "'@x", "'\tx", "'\rx", "ok", 5, ""]


# -- JSON -----------------------------------------------------------------------------------


def test_json_round_trip(report_project, tmp_path):
    store, _ = report_project
    r = report_of(store)
    path = write_report(r, "json", tmp_path / "report.json")
    loaded = load_report_json(path)
    assert loaded == r
    for fmt in ("html", "md", "csv", "claimreview"):
        assert render(loaded, fmt) == render(r, fmt)
    assert load_report_json(path.read_text(encoding="utf-8")) == r
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema_version"] == SCHEMA_VERSION
    assert {c["id"] for c in doc["claims"]} == {c["id"] for c in r["claims"]}


def test_load_report_json_rejects_bad_files(tmp_path):
    with pytest.raises(ReportError, match="not a report"):
        load_report_json("[1, 2]")
    with pytest.raises(ReportError, match="missing"):
        load_report_json('{"schema_version": 1}')
    with pytest.raises(ReportError, match="not a report"):
        load_report_json("{nope")
    newer = {"schema_version": SCHEMA_VERSION + 1, "title": "", "analyst": "", "date": "", "summary": {},
             "groups": [], "claims": [], "references": []}
    with pytest.raises(ReportError, match="newer"):
        load_report_json(json.dumps(newer))
    with pytest.raises(ReportError):
        load_report_json(tmp_path / "missing.json")


# -- ClaimReview ------------------------------------------------------------------------------


def test_claimreview(report_project):
    store, ids = report_project
    r = report_of(store, report_url="https://checks.example.org/iraq")
    reviews = json.loads(render(r, "claimreview"))
    rated = [c for c in r["claims"] if c["status"] != "unverified"]
    assert len(reviews) == len(rated) == 6  # 5 rated claims and the confirmed duplicate of a verified one
    for review, c in zip(reviews, rated, strict=True):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == " ".join(c["text"].split())
        assert review["url"] == f"https://checks.example.org/iraq#claim-{c['id']}"
        assert review["datePublished"] == "2026-01-02"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == c["status_label"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["author"] == {"@type": "Person", "name": "Jane Doe",
                                    "worksFor": {"@type": "Organization", "name": "Example Checks"}}
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert len(item["appearance"]) == len(c["appearances"])
        for app in item["appearance"]:
            assert app["@type"] == "CreativeWork"
            assert "url" not in app or app["url"].startswith("https://")
    by_text = {rv["claimReviewed"]: rv for rv in reviews}
    seized = by_text["Sunni militants seized the al-Qaim border crossing with Syria"]
    urls = [a.get("url") for a in seized["itemReviewed"]["appearance"]]
    assert urls == ["https://www.middleeasteye.net/news/iraq-border", "https://www.reuters.com/article/iraq-border", None]
    assert seized["itemReviewed"]["appearance"][0]["publisher"] == {"@type": "Organization", "name": "Middle East Eye"}
    assert seized["itemReviewed"]["author"] == {"@type": "Organization", "name": "Middle East Eye"}
    assert seized["reviewRating"]["ratingValue"] == 5
    hundreds = by_text["Hundreds of soldiers had been killed in the fighting"]
    assert hundreds["itemReviewed"]["author"] == {"@type": "Person", "name": "Lieutenant General Qassem Atta"}
    fled = by_text["Some 500,000 people fled their homes in Mosul"]
    assert fled["itemReviewed"]["author"] == {"@type": "Organization", "name": "UNHCR"}
    assert fled["reviewRating"]["ratingValue"] == 1


# -- determinism ------------------------------------------------------------------------------


def test_same_project_same_bytes(report_project, tmp_path):
    store, _ = report_project
    first = {fmt: render(report_of(store), fmt) for fmt in ("html", "md", "csv", "json", "claimreview")}
    # A copy of the project file opened separately gives the same bytes too.
    (tmp_path / "copy").mkdir()
    copy = tmp_path / "copy" / "iraq.wbproj"  # same name: the project name is part of the report
    target = sqlite3.connect(copy)
    store.conn.backup(target)  # the sqlite3 backup API: a byte-for-byte copy of the project, no SQL here
    target.close()
    other = Store.open(copy)
    try:
        second = {fmt: render(report_of(other), fmt) for fmt in first}
    finally:
        other.close()
    assert first == second
    # Only the generated-at stamp (and the date derived from it) differ between runs.
    later = render(report_of(store, generated_at="2027-05-06T07:08:09+00:00", date="2026-01-02"), "json")
    assert later.replace(b"2027-05-06T07:08:09+00:00", STAMP.encode()) == first["json"]


def test_dump_is_sorted_and_stable(report_project):
    store, _ = report_project
    r = report_of(store)
    assert dump_report_json(r) == dump_report_json(json.loads(dump_report_json(r)))


# -- PDF --------------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    exe = shutil.which("pdftotext")
    if not exe:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, text=True, timeout=60, check=True)
    return out.stdout


def squash(text: str) -> str:
    return " ".join(text.replace("\ufb01", "fi").replace("\ufb02", "fl").split())


def test_pdf_has_selectable_text(report_project, tmp_path, qapp):
    from workbench.ui.export.pdf import write_pdf

    store, _ = report_project
    r = report_of(store)
    path = write_pdf(r, tmp_path / "report.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    raw = pdf_text(path)
    text = squash(raw)
    assert "Verification report" in text and "Jane Doe" in text
    assert "Page 1 of" in text
    assert "References" in text
    # Lines may wrap, so compare word sequences on the squashed text.
    for c in r["claims"]:
        assert squash(c["text"]) in text, c["text"]
        assert squash(c["quote"]) in text, c["quote"]
        assert c["status_label"].upper() in text
    for a in r["references"]:
        assert squash(a["outlet"]) in text
    # Hostile text is printed, not interpreted.
    assert HOSTILE_SCRIPT in text and "<img src=http://evil.example/x.png>" in text
    # The same report gives the same text.
    again = write_pdf(r, tmp_path / "again.pdf")
    assert pdf_text(again) == raw


# PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void method call, so a long
# PDF export or GUI session aborted with "none_dealloc"; pyproject.toml pins <6.12 for that.
def test_qt_void_calls_keep_none_alive(qapp):
    """The PDF painter makes thousands of void Qt calls; each must leave None's refcount alone."""
    import sys

    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -50
