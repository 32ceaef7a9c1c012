"""The export action (workbench.core.actions.export): one path for the CLI and the window,
atomic and never replacing a read-only file; the report builder's bounded, batched reads."""

from __future__ import annotations

import csv
import json
import os
import stat

import pytest
from report_project import STAMP, make_project

from workbench.cli import main
from workbench.core.actions.export import export_report, guess_format
from workbench.core.report.build import build_report
from workbench.core.report.jsonio import dump_report_json
from workbench.core.report.options import ReportCancelled, ReportError, ReportOptions
from workbench.core.report.render import render
from workbench.core.store import Store


def test_json_is_streamed_byte_identical_to_the_whole_dump(report_project, tmp_path):
    store, _ = report_project
    options = ReportOptions(generated_at=STAMP, analyst="A")
    result = export_report(store, options, "json", tmp_path / "r.json")
    expected = dump_report_json(build_report(store, options)).encode()
    assert (tmp_path / "r.json").read_bytes() == expected
    assert result.bytes == len(expected) and result.claims == 10 and result.format == "json"
    assert not list(tmp_path.glob("*.part"))


def test_a_read_only_target_is_refused_and_left_alone(report_project, tmp_path):
    store, _ = report_project
    target = tmp_path / "report.html"
    target.write_text("the analyst's earlier report")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        with pytest.raises(ReportError, match="read-only"):
            export_report(store, ReportOptions(generated_at=STAMP), "html", target)
        assert target.read_text() == "the analyst's earlier report"
        assert not list(tmp_path.glob("*.part"))
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_the_cli_refuses_a_read_only_target_in_one_line(tmp_path, capsys):
    path = tmp_path / "iraq.wbproj"
    make_project(path)
    target = tmp_path / "report.md"
    target.write_text("keep me")
    os.chmod(target, 0o444)
    try:
        code = main(["export", str(path), "-o", str(target)])
        err = capsys.readouterr().err
        assert code != 0 and "read-only" in err and len(err.strip().splitlines()) == 1
        assert target.read_text() == "keep me"
    finally:
        os.chmod(target, 0o644)


def test_pdf_needs_a_renderer_from_a_shell(report_project, tmp_path):
    store, _ = report_project
    with pytest.raises(ReportError, match="not available"):
        export_report(store, ReportOptions(generated_at=STAMP), "pdf", tmp_path / "r.pdf")
    seen = []
    result = export_report(store, ReportOptions(generated_at=STAMP), "pdf", tmp_path / "r.pdf",
                           renderers={"pdf": lambda report: seen.append(report["title"]) or b"%PDF-fake"})
    assert seen == ["Verification report"] and (tmp_path / "r.pdf").read_bytes() == b"%PDF-fake"
    assert result.path == tmp_path / "r.pdf"


def test_cancel_writes_nothing(report_project, tmp_path):
    store, _ = report_project
    with pytest.raises(ReportCancelled):
        export_report(store, ReportOptions(generated_at=STAMP), "html", tmp_path / "r.html", cancel=lambda: True)
    assert list(tmp_path.iterdir()) == [] or not (tmp_path / "r.html").exists()


def test_the_project_report_title_is_used_by_the_cli_and_the_core(tmp_path, capsys):
    path = tmp_path / "iraq.wbproj"
    make_project(path)
    with Store.open(path) as store:
        store.set_setting("report_title", "Iraq border, week 25")
        assert build_report(store, ReportOptions(generated_at=STAMP))["title"] == "Iraq border, week 25"
        assert build_report(store, ReportOptions(title="Given", generated_at=STAMP))["title"] == "Given"
    assert main(["export", str(path), "-o", str(tmp_path / "r.json"), "--generated-at", STAMP]) == 0
    assert json.loads((tmp_path / "r.json").read_text())["title"] == "Iraq border, week 25"


def test_guess_format():
    assert [guess_format(n) for n in ("a.pdf", "a.jsonld", "a.markdown", "a.htm", "a")] == [
        "pdf", "claimreview", "md", "html", "html"]


def test_link_lists_are_capped_and_counted(report_project):
    store, ids = report_project
    mee0 = ids["mee"][0]  # two duplicates: one in Reuters, one in the third article
    full = build_report(store, ReportOptions(generated_at=STAMP, link_cap=None))
    claim = next(c for c in full["claims"] if c["id"] == mee0)
    assert len(claim["duplicates"]) == 2 and "links_omitted" not in claim
    capped = build_report(store, ReportOptions(generated_at=STAMP, link_cap=1))
    claim = next(c for c in capped["claims"] if c["id"] == mee0)
    assert [d["claim_id"] for d in claim["duplicates"]] == [ids["reuters"][0]]  # the first in reference order
    assert claim["links_omitted"] == {"appearances": 1, "duplicates": 1, "conflicts": 0, "related": 0}
    assert len(claim["appearances"]) == 2  # its own article + one
    md = render(capped, "md").decode()
    assert "**Duplicates (2):**" in md and "… and 1 more, not listed." in md
    assert "… and 1 more, not listed." in render(capped, "html").decode()


PER_FACT = {"per": "fact", "include_unrated": True}


@pytest.mark.parametrize("extra", [{}, PER_FACT], ids=["per-claim", "per-fact"])
def test_build_report_does_not_query_per_claim(tmp_path, extra):
    """The number of SQL statements does not grow with the number of claims (or facts)."""
    def statements(articles: int) -> int:
        path = tmp_path / f"p{articles}.wbproj"
        make_project(path)
        with Store.open(path) as store:
            from report_project import ARTICLES  # the same three articles again, with new hashes

            from workbench.core.model import ExtractedClaim, ImportedArticle

            for n in range(articles):
                spec = ARTICLES[n % len(ARTICLES)]
                claims = [ExtractedClaim(text=t, quote=q, start=spec["text"].index(q),
                                         end=spec["text"].index(q) + len(q), speaker=s) for t, q, s in spec["claims"]]
                store.add_article(ImportedArticle(text=spec["text"], title=spec["title"], outlet=spec["outlet"],
                                                  content_hash=f"copy-{n}", format="text"), claims)
            from workbench.core.facts import ensure_facts

            ensure_facts(store)  # facts are grouped when the links change, not by the report
            seen: list[str] = []
            store.conn.set_trace_callback(seen.append)
            report = build_report(store, ReportOptions(generated_at=STAMP, extra=dict(extra)))
            store.conn.set_trace_callback(None)
            assert not extra or len(report["facts"]) >= 3 * articles  # every fact reported
            return len(seen)

    assert statements(1) == statements(12)


def test_a_report_per_fact_builds_no_claim_entries_and_renders_the_same(report_project, tmp_path):
    """Per fact, HTML, Markdown and ClaimReview render only fact entries: the claim entries are not
    built (no links, evidence or history read for them), and the output is what it was with them."""
    store, _ = report_project
    options = ReportOptions(generated_at=STAMP, analyst="A", report_url="https://example.org/r",
                            extra={"per": "fact"})
    lean = build_report(store, options)
    full = build_report(store, ReportOptions(**{**options.__dict__, "claim_entries": True}))
    assert lean["claims"] == [] and len(full["claims"]) == 10
    assert lean["summary"] == {**full["summary"], "references": 0}
    assert lean["facts"] == full["facts"]
    for fmt in ("html", "md", "claimreview"):
        assert render(lean, fmt) == render(full, fmt), fmt
    # JSON and CSV list every claim, also in a report per fact
    for fmt in ("json", "csv"):
        result = export_report(store, options, fmt, tmp_path / f"r.{fmt}")
        assert result.claims == 10
    data = json.loads((tmp_path / "r.json").read_text())
    assert len(data["claims"]) == 10 and data["facts"] == json.loads(json.dumps(full["facts"]))
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 11  # the header and 10 claims
