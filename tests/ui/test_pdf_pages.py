"""PDF pages: a line is never in the PDF twice at a page break, cards stay whole, the text is
searchable (no ligature glyphs), sections are bookmarked and the Author is set."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.report.build import ReportOptions, build_report
from workbench.core.store import Store
from workbench.ui.export.pdf import add_outline, write_pdf

WORDS = "The official figures were verified by the office of the first fire chief in the city"


def long_project(path: Path) -> Path:
    """Forty claims rated false, verified or unverified, each with a long wording: many pages."""
    with Store.open(path) as store:
        sentences = [f"{WORDS} ({n}), a fine and final figure of {n * 7} affected flights." for n in range(40)]
        body = " ".join(sentences)
        claims, pos = [], 0
        for sentence in sentences:
            start = body.index(sentence, pos)
            claims.append(ExtractedClaim(text=sentence * 3, quote=sentence, start=start, end=start + len(sentence)))
            pos = start + len(sentence)
        store.add_article(ImportedArticle(text=body, title="Flights", outlet="Wire", url="https://example.org/a",
                                          published="2026-01-01", content_hash="x"), claims)
        for k, c in enumerate(store.claims()):
            store.update_claim(c["id"], status=("false", "verified", "unverified")[k % 3], notes="Checked. " * 30)
    return path


def pdftotext_pages(pdf: Path) -> list[list[str]]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages")))
    out = []
    for p in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-layout", str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        out.append([line.strip() for line in text.splitlines() if line.strip()][1:-1])  # body: no header/footer
    return out


def test_pdf_pages_cards_text_bookmarks_and_author(tmp_path, qapp):
    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        pytest.skip("poppler's pdftotext/pdfinfo are not installed")
    store = Store.open(long_project(tmp_path / "p.db"))
    report = build_report(store, ReportOptions(analyst="J. Doe", organisation="Check Desk",
                                               generated_at="2026-01-01T00:00:00"))
    store.close()
    pdf = write_pdf(report, tmp_path / "r.pdf")
    pages = pdftotext_pages(pdf)
    assert len(pages) > 5
    for before, after in zip(pages, pages[1:], strict=False):
        assert not (before and after and before[-1] == after[0]), f"line repeated across a page break: {after[0]!r}"
        assert after[0].startswith(("Claim ", "False", "Verified", "Unverified", "References")), after[0]
    text = "\n".join(line for page in pages for line in page)
    assert "verified by the office of the first fire chief" in text  # "fi" as two letters: searchable
    data = pdf.read_bytes()
    assert b"/Outlines" in data and b"/PageMode /UseOutlines" in data
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "J. Doe, Check Desk" in info
    outline = subprocess.run(["pdftohtml", "-stdout", "-xml", str(pdf)], capture_output=True, text=True).stdout
    if "<outline>" in outline:  # poppler lists the bookmarks: one per section
        assert "False" in outline and "References" in outline


def test_add_outline_leaves_a_pdf_it_does_not_understand_alone():
    assert add_outline(b"%PDF-1.4 not a real file", [("Summary", 0)]) == b"%PDF-1.4 not a real file"
    assert add_outline(b"%PDF", []) == b"%PDF"
