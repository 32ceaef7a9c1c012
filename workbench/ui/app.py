"""QApplication set-up and the `workbench-gui` entry point (also behind `workbench gui`).

`run()` opens a project (the one given, else the last one used) in the main window; with none,
the window shows its welcome screen. With `screenshot=FILE.png` it selects the first article and claim,
saves a PNG of the whole window and exits, which works under QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from workbench import __version__
from workbench.core import paths

APP_NAME = "Claim Workbench"
ORGANISATION = "ClaimWorkbench"
SCREENSHOT_SIZE = (1480, 920)


def ui_settings() -> QSettings:
    """Window layout, recent projects and view options, stored under WORKBENCH_HOME."""
    return QSettings(str(paths.home() / "ui.ini"), QSettings.Format.IniFormat)


def settings_list(key: str) -> list[str]:
    """A list stored in ui.ini (QSettings gives a str for one item, a list for several)."""
    value = ui_settings().value(key, [])
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []


def app_icon() -> QIcon:
    path = paths.resources_dir() / "icons" / "app.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def current_theme() -> str:
    value = ui_settings().value("ui/theme", "system")
    return value if value in ("system", "light", "dark") else "system"


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d31",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.ToolTipBase: "#3a3d42",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9ea6",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#33363b",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#45484e",
        QPalette.ColorRole.Midlight: "#3a3d42",
        QPalette.ColorRole.Mid: "#55585e",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb0ff",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f86"))
    return palette


def light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f3f4f6"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fd0"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7280"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    if theme == "dark":
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    elif theme == "light":
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(light_palette())
    else:
        app.styleHints().unsetColorScheme()
        scheme = app.styleHints().colorScheme()
        app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette())
    stylesheet = paths.resources_dir() / "styles" / "workbench.qss"
    app.setStyleSheet(stylesheet.read_text(encoding="utf-8") if stylesheet.exists() else "")


def create_application(argv: Sequence[str] | None = None, *, theme: str | None = None) -> QApplication:
    """The QApplication, created once, with style, palette and identity set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.claimworkbench.ClaimWorkbench")
    app.setWindowIcon(app_icon())
    if any(k.lower() == "fusion" for k in QStyleFactory.keys()):  # noqa: SIM118 - a Qt list, not a dict
        app.setStyle("Fusion")
    apply_theme(app, theme or current_theme())
    return app


def default_project() -> Path:
    """The last project used if it still exists, else the sample project (built on first use)."""
    from workbench.ui.sample_project import ensure_sample_project

    return last_project() or ensure_sample_project()


def last_project() -> Path | None:
    """The last project used if it still exists; None on first launch (the welcome screen)."""
    for item in settings_list("recent/projects"):
        if item and Path(item).is_file():
            return Path(item)
    return None


def _has_display() -> bool:
    import os

    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(project: str | Path | None = None, *, screenshot: str | Path | None = None, theme: str | None = None) -> int:
    import os

    if QApplication.instance() is None and not _has_display():
        if not screenshot:
            print("workbench: error: no display to open the window on (no DISPLAY or WAYLAND_DISPLAY); run it in a "
                  "desktop session, under xvfb-run, or with --screenshot FILE.png", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    app = create_application(theme="light" if screenshot and theme is None else theme)
    from workbench.ui.main_window import MainWindow

    if screenshot:
        from workbench.ui.sample_project import ensure_sample_project

        path = Path(project) if project else ensure_sample_project()
        return take_screenshot(app, path, Path(screenshot))

    from workbench.core.logs import logger, setup_logging
    from workbench.ui import crash

    setup_logging()
    logger.info("window started (Claim Workbench %s)", __version__)
    window = MainWindow()
    crash.install(window)
    _close_on_signals(window)
    start = Path(project) if project else last_project()
    window.show()
    if start is not None:  # else the welcome screen
        window.open_project(start)
    if _STOP_REQUESTED:  # a signal came while the project was opening (or its error shown)
        window.close()
        return 0
    return app.exec()


#: set when SIGINT/SIGTERM arrived: `run` must not start (or keep) an event loop after it
_STOP_REQUESTED: list[bool] = []


def _close_on_signals(window: QWidget) -> None:
    """Ctrl+C in the terminal or a SIGTERM closes the window properly (layout and place saved),
    also while a modal dialog (say "Cannot open project") runs its own event loop."""
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    def end_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()  # ends the dialog's exec(), so the code that opened it goes on

    def stop(*_: object) -> None:
        _STOP_REQUESTED.append(True)
        end_dialogs()
        window.close()
        QApplication.quit()

    def tick() -> None:
        if _STOP_REQUESTED:  # the signal came before a dialog opened: end it now
            end_dialogs()
            QApplication.quit()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, stop)
    ticker = QTimer(window)  # lets the Python interpreter run its signal handlers
    ticker.start(300)
    ticker.timeout.connect(tick)


def take_screenshot(app: QApplication, project: Path, output: Path) -> int:
    """Open `project`, select its first article and claim, save the whole window as PNG."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(restore_layout=False)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    if not window.open_project(project):
        return 1
    _settle(app, window)
    if window.articles_panel is not None and window.articles_panel.model.rowCount():
        window.articles_panel.select_row(0)
    _settle(app, window)
    if window.claims_panel is not None and window.ctx is not None and window.claims_panel.model.rowCount():
        window.ctx.select_claim(window.claims_panel.model.claim_id(0))
    _settle(app, window)
    output.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(output), "PNG")
    window.close()
    app.processEvents()
    if not ok:
        print(f"workbench: error: could not write {output}", file=sys.stderr)
        return 1
    print(output)
    return 0


def _settle(app: QApplication, window: object, timeout: float = 10.0) -> None:
    """Process events until background claim queries have answered (big projects)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        panel = getattr(window, "claims_panel", None)
        if panel is None or not panel.model.querying or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="workbench-gui", description="Open the Claim Workbench window.")
    parser.add_argument("project", nargs="?", help="project file (default: the last one used; on first launch, the welcome screen)")
    parser.add_argument("--screenshot", metavar="FILE.png", help="save a PNG of the window and exit")
    parser.add_argument("--version", action="version", version=f"workbench-gui {__version__}")
    args = parser.parse_args(argv)
    if args.project and not Path(args.project).is_file():
        parser.error(f"{args.project}: no such project (create it with `workbench new {args.project}`)")
    return run(args.project, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
