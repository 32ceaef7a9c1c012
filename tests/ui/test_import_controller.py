"""Import in the window: drag and drop of files and folders, paste, progress, cancel, undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from conftest_panels import *  # noqa: E402, F403
from conftest_panels import show_widget  # noqa: E402
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

from workbench.ui.import_controller import ImportController, ImportErrorsDialog  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"
ARTICLE = DATA / "mee-iraq-border-crossing.txt"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


class DropWindow(QMainWindow):
    """A stand-in main window whose drag/drop handlers delegate to the controller, as the real one may."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setCentralWidget(QLabel("drop here", self))
        self.controller = ImportController(ctx, self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.controller.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.controller.handle_drop(event.mimeData()):
            event.acceptProposedAction()


@pytest.fixture
def window(qtbot, ctx):
    return show_widget(qtbot, DropWindow(ctx), 800, 500)


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def wait_done(qtbot, controller: ImportController, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: not controller.busy and controller.last_result is not None, timeout=timeout)


def article_titles(ctx) -> list[str]:
    return [a["title"] for a in ctx.store.articles(with_text=False)]


def test_drop_event_imports_a_file_in_the_background(qtbot, ctx, window, tmp_path):
    src = tmp_path / "in" / ARTICLE.name
    src.parent.mkdir()
    shutil.copy(ARTICLE, src)
    before = len(ctx.store.article_ids())
    mime = file_mime(src)
    pos = QPointF(window.rect().center())
    # PySide6 takes a QPoint for the drag-enter event and a QPointF for the drop.
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.controller.importFinished, timeout=60_000) as blocker:
        QApplication.sendEvent(window, drop)
        assert window.controller.busy  # it runs in a worker; the event loop keeps going
    result = blocker.args[0]
    assert drop.isAccepted()
    assert len(result.imported) == 1 and not result.errors
    # the GUI connection sees what the worker's own connection wrote
    assert len(ctx.store.article_ids()) == before + 1
    article = ctx.store.article(result.imported[0])
    assert article["file"] == ARTICLE.name
    assert ctx.store.claim_ids_of_articles(result.imported) == result.new_claim_ids
    assert ctx.undo_stack.count() == 1
    assert window.controller.error_dialog is None


def test_dropping_a_folder_lists_bad_files_in_one_dialog(qtbot, ctx, window, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "good.txt")
    (folder / "photo.txt").write_bytes(PNG)  # binary data under a text name
    (folder / "empty.md").write_text("   \n")
    missing = tmp_path / "gone.txt"
    before = ctx.store.table_counts()["articles"]
    assert window.controller.handle_drop(file_mime(folder, missing))
    wait_done(qtbot, window.controller)
    result = window.controller.last_result
    assert len(result.imported) == 1
    assert ctx.store.table_counts()["articles"] == before + 1
    assert {ctx.store.article(i)["file"] for i in result.imported} == {"good.txt"}
    dialog = window.controller.error_dialog
    assert isinstance(dialog, ImportErrorsDialog) and dialog.isVisible()
    rows = dict(dialog.rows())
    assert set(map(lambda p: Path(p).name, rows)) == {"photo.txt", "empty.md", "gone.txt"}
    reason = next(r for p, r in rows.items() if p.endswith("photo.txt"))
    assert "binary" in reason or "PNG" in reason or "image" in reason


def test_a_binary_file_alone_gives_the_error_list_and_no_article(qtbot, ctx, window, tmp_path):
    bad = tmp_path / "scan.png"
    bad.write_bytes(PNG)
    counts = ctx.store.table_counts()
    assert window.controller.handle_drop(file_mime(bad))
    wait_done(qtbot, window.controller)
    assert window.controller.last_result.imported == []
    assert ctx.store.table_counts()["articles"] == counts["articles"]
    assert ctx.store.table_counts()["claims"] == counts["claims"]
    assert ctx.undo_stack.count() == 0  # nothing to undo
    rows = window.controller.error_dialog.rows()
    assert len(rows) == 1 and rows[0][0].endswith("scan.png") and rows[0][1]


def test_undo_and_redo_an_import(qtbot, ctx, window, tmp_path):
    src = tmp_path / "a.txt"
    shutil.copy(ARTICLE, src)
    window.controller.import_files([src])
    wait_done(qtbot, window.controller)
    (article_id,) = window.controller.last_result.imported
    claims = ctx.store.claim_ids_of_articles([article_id])
    assert claims
    ctx.undo_stack.undo()
    assert article_id not in ctx.store.article_ids()
    assert ctx.store.claims_by_ids(claims) == []
    ctx.undo_stack.redo()
    assert article_id in ctx.store.article_ids()
    assert ctx.store.claim_ids_of_articles([article_id]) == claims  # same ids back


def test_paste_from_clipboard_makes_an_article(qtbot, ctx, window):
    text = ("Aid agencies said on Tuesday that 40,000 people had reached the camp near Erbil. "
            "The governor said the camp could hold no more than 10,000 people.")
    QGuiApplication.clipboard().setText(text)
    if QGuiApplication.clipboard().text() != text:
        pytest.skip("no clipboard on this platform plugin")
    assert window.controller.paste_from_clipboard()
    wait_done(qtbot, window.controller)
    (article_id,) = window.controller.last_result.imported
    article = ctx.store.article(article_id)
    assert "40,000 people" in article["text"]
    assert article["format"] == "paste"


def test_cancel_stops_after_the_current_file(qtbot, ctx, window, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    body = ARTICLE.read_text(encoding="utf-8")
    for i in range(6):
        (folder / f"copy{i}.txt").write_text(f"Variant {i}: unique sentence number {i}.\n\n{body}", encoding="utf-8")
    window.controller.import_files([folder])
    window.controller.cancel()
    wait_done(qtbot, window.controller)
    result = window.controller.last_result
    assert result.cancelled
    assert len(result.imported) < 6
    assert ctx.store.table_counts()["articles"] == 3 + len(result.imported)


def test_accepts_and_ignores(ctx, window):
    assert not ImportController.accepts(QMimeData())
    assert not window.controller.handle_drop(QMimeData())
    assert ImportController.accepts(file_mime(ARTICLE))
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/story")])
    assert not ImportController.accepts(web)
