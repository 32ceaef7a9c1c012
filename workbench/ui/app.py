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

from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from workbench import __version__
from workbench.ui.settings import settings_list, ui_settings
from workbench.ui.theme import app_icon, apply_theme, current_theme, dark_palette, light_palette

APP_NAME = "Claim Workbench"
ORGANISATION = "ClaimWorkbench"
SCREENSHOT_SIZE = (1480, 920)

# Settings and theme helpers live in workbench.ui.settings / workbench.ui.theme; imported here
# for callers of the entry point that used them from it.
__all__ = [
    "APP_NAME", "ORGANISATION", "app_icon", "apply_theme", "create_application", "current_theme", "dark_palette",
    "default_project", "light_palette", "main", "run", "settings_list", "take_screenshot", "ui_settings",
]


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
    """Process events until background claim queries have answered and the facts are grouped."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        panel = getattr(window, "claims_panel", None)
        ctx = getattr(window, "ctx", None)
        derived_busy = ctx is not None and not ctx.closed and ctx.derived.busy  # facts still being grouped
        if (panel is None or not panel.model.querying) and not derived_busy or time.monotonic() > deadline:
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
