"""The reader: plain text only, every claim highlighted, click selects, selection scrolls."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from workbench.core.ingest.reader import content_hash
from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import ClaimFilter
from workbench.ui.models.status_style import highlight_color


def _article(window, outlet: str) -> int:
    store = window.ctx.store
    article_id = next(a["id"] for a in store.articles(with_text=False) if a["outlet"] == outlet)
    window.ctx.select_article(article_id)
    return article_id


def test_reader_shows_metadata_and_highlights_every_claim(window):
    article_id = _article(window, "Middle East Eye")
    reader = window.reader_panel
    article = window.ctx.store.article(article_id)
    assert reader.text.toPlainText() == article["text"].replace("\u00a0", " ")  # Qt shows nbsp as space
    assert reader.title.text() == article["title"]
    assert "Middle East Eye" in reader.meta.text() and "2014-06-23" in reader.meta.text()
    assert "MEE staff" in reader.meta.text()
    assert reader.url.text() == article["url"]
    assert reader.url.textFormat() == Qt.TextFormat.PlainText
    claims = window.ctx.store.claims(ClaimFilter(article_id=article_id))
    selections = reader.text.extraSelections()
    assert len(selections) == len(claims)
    quotes = sorted(s.cursor.selectedText() for s in selections)
    assert quotes == sorted(c["quote"] for c in claims)
    assert reader.chips["unverified"].label.text() == f"Unverified {len(claims)}"


def test_highlight_follows_status(window):
    article_id = _article(window, "Reuters")
    ctx = window.ctx
    claim = ctx.store.claims(ClaimFilter(article_id=article_id))[0]
    ctx.select_claim(claim["id"])
    from workbench.core.actions import claims
    from workbench.ui.commands.base import perform

    perform(ctx, claims.set_status, claim["id"], "false")
    reader = window.reader_panel
    current = reader.text.extraSelections()[-1]  # the current claim is drawn last, emphasised
    assert current.cursor.selectedText() == claim["quote"]
    expected = highlight_color("false", reader.text.palette(), strong=True)
    assert current.format.background().color() == expected
    assert reader.chips["false"].label.text() == "False 1"


def test_click_on_highlight_selects_claim_and_selection_scrolls(window, qtbot):
    article_id = _article(window, "Middle East Eye")
    reader = window.reader_panel
    claims = window.ctx.store.claims(ClaimFilter(article_id=article_id))
    target = claims[3]
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(target["start"] + 5)
    reader.text.ensureCursorVisible()
    rect = reader.text.cursorRect(cursor)
    qtbot.mouseClick(reader.text.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert window.ctx.current_claim_id == target["id"]
    # the table follows
    table = window.claims_panel.table
    assert window.claims_panel.model.claim_id(table.currentIndex().row()) == target["id"]

    last = claims[-1]
    window.ctx.select_claim(last["id"])
    cursor.setPosition(last["start"])
    rect = reader.text.cursorRect(cursor)
    assert 0 <= rect.top() < reader.text.viewport().height()


def test_article_text_is_never_interpreted_as_html(window, qtbot):
    store = window.ctx.store
    text = ('Officials said <b>bold</b> 12 people died. <img src="http://example.com/x.png"> '
            '<script>alert(1)</script> The end of the article is here.')
    quote = "12 people died"
    start = text.index(quote)
    article_id = store.add_article(
        ImportedArticle(text=text, title="<i>Title</i>", outlet="<u>Outlet</u>", url="javascript:alert(1)",
                        content_hash=content_hash(text)),
        [ExtractedClaim(text=quote, quote=quote, start=start, end=start + len(quote))],
    )
    window.ctx.select_article(article_id)
    reader = window.reader_panel
    assert reader.text.toPlainText() == text
    assert reader.title.text() == "<i>Title</i>"
    assert reader.text.document().toHtml().count("<img") == 0
    assert reader.text.loadResource(2, "http://example.com/x.png") is None
    assert reader.text.extraSelections()[0].cursor.selectedText() == quote


def test_offsets_survive_characters_outside_the_bmp(window):
    store = window.ctx.store
    text = "🔥🔥 Breaking: 📷 Witnesses said 40 houses burned in the village overnight. More later."
    quote = "40 houses burned in the village overnight"
    start = text.index(quote)
    article_id = store.add_article(
        ImportedArticle(text=text, title="Emoji", content_hash=content_hash(text)),
        [ExtractedClaim(text=quote, quote=quote, start=start, end=start + len(quote))],
    )
    window.ctx.select_article(article_id)
    reader = window.reader_panel
    assert reader.text.extraSelections()[0].cursor.selectedText() == quote
    claim = reader.claims[0]
    # a selection made in the document maps back to Python offsets
    selections = reader.text.extraSelections()
    doc_start = selections[0].cursor.selectionStart()
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(doc_start)
    cursor.setPosition(doc_start + len("40 houses"), QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    assert reader.selected_span() == (claim["start"], claim["start"] + len("40 houses"))


def _luminance(rgb) -> float:  # noqa: ANN001
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])


def assert_readable(palette) -> None:  # noqa: ANN001
    """Text on every highlight (normal and emphasised) meets WCAG AA contrast (4.5:1)."""
    base = palette.color(palette.ColorRole.Base).getRgbF()[:3]
    text = _luminance(palette.color(palette.ColorRole.Text).getRgbF()[:3])
    for status in ("unverified", "verified", "disputed", "false", "unverifiable"):
        for strong in (False, True):
            bg = highlight_color(status, palette, strong=strong)
            a = bg.alphaF()
            blended = _luminance([a * c1 + (1 - a) * c2 for c1, c2 in zip(bg.getRgbF()[:3], base, strict=True)])
            ratio = (max(text, blended) + 0.05) / (min(text, blended) + 0.05)
            assert ratio > 4.5, (status, strong, ratio)


def test_light_palette_keeps_highlights_readable(window):
    assert_readable(window.reader_panel.palette())


def test_dark_palette_keeps_highlights_readable(window):
    from PySide6.QtWidgets import QApplication

    from workbench.ui import app as ui_app

    _article(window, "Reuters")
    ui_app.apply_theme(QApplication.instance(), "dark")
    try:
        QApplication.processEvents()
        reader = window.reader_panel
        palette = reader.text.palette()
        assert palette.color(palette.ColorRole.Base).lightness() < 128
        selections = reader.text.extraSelections()
        assert selections[0].format.background().color() == highlight_color(reader.claims[0]["status"], palette)
        assert_readable(palette)
    finally:
        ui_app.apply_theme(QApplication.instance(), "light")
        QApplication.processEvents()


def test_status_chips_count_the_claims_the_table_lists(window):
    """A core derived from a claim is highlighted but not counted again: the chips agree with the
    claims table, which lists top-level claims."""
    from workbench.core.extract.extractor import extract_claims
    from workbench.core.model import ImportedArticle

    body = "Flood waters damaged two bridges near the dam on Sunday, officials said. Kerry visited Baghdad."
    store = window.ctx.store
    article_id = store.add_article(ImportedArticle(text=body, title="Floods", content_hash=body), extract_claims(body))
    window.ctx.select_article(article_id)
    reader = window.reader_panel
    every = store.claims(ClaimFilter(article_id=article_id))
    top_level = store.claims(ClaimFilter(article_id=article_id, derived=False))
    assert len(top_level) < len(every)
    assert len(reader.text.extraSelections()) == len(every)
    assert reader.chips["unverified"].label.text() == f"Unverified {len(top_level)}"
