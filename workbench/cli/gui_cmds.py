"""`workbench gui [PROJECT] [--screenshot FILE.png]`: the desktop window."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from workbench.cli.common import CliError, add_command

EXAMPLES = """  workbench gui                       # the last project used (first launch: the welcome screen)
  workbench gui iraq.wbproj
  workbench gui --screenshot shot.png   # sample project, first article and claim selected; saves a PNG
  QT_QPA_PLATFORM=offscreen workbench gui iraq.wbproj --screenshot docs/screenshot.png
"""


def register(subparsers: Any) -> None:
    parser = add_command(subparsers, "gui", "open the desktop window (or save a screenshot of it)", EXAMPLES)
    parser.add_argument("project", nargs="?", help="project file (default: the last one used; on first launch, the welcome screen)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="open the project, select its first article and claim, save a PNG of the window, exit")
    parser.add_argument("--theme", choices=("system", "light", "dark"), help="colour theme for this run")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.project and not Path(args.project).is_file():
        raise CliError(f"{args.project}: no such project (create it with `workbench new {args.project}`)")
    if args.screenshot and Path(args.screenshot).suffix.lower() != ".png":
        raise CliError(f"{args.screenshot}: the screenshot must be a .png file")
    # Before PySide6 loads: a fixed Qt hash seed, so a PDF exported from the window has the same
    # bytes as `workbench export` (workbench/ui/__init__.py sets it too, for every GUI entry point).
    os.environ.setdefault("QT_HASH_SEED", "0")
    try:
        from workbench.ui.app import run as run_gui
    except ImportError as exc:  # Qt missing or its system libraries absent
        raise CliError(f"cannot start the window: {exc}") from exc
    return run_gui(args.project, screenshot=args.screenshot, theme=args.theme)
