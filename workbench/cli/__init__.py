"""`workbench ...`: a thin command-line shell over workbench.core.

Each feature registers its subcommands from its own module (`register(subparsers)`), so the
CLI grows by adding a module, not by editing one long file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.cli import common

#: Modules that contribute subcommands, in the order they appear in --help.
COMMAND_MODULES = (
    "workbench.cli.project_cmds",
    "workbench.cli.extract_cmds",
    "workbench.cli.matching_cmds",
    "workbench.cli.report_cmds",
    "workbench.cli.tag_cmds",
    "workbench.cli.gui_cmds",
)

EPILOG = """examples:
  workbench new iraq.db
  workbench import iraq.db articles/ saved-page.html
  workbench claims iraq.db --status unverified --search "soldiers" --json
  workbench match iraq.db --json
  workbench export iraq.db --format html -o report.html
  workbench gui iraq.db
"""


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Claim Workbench: atomic claims from news articles, matched across sources and reported.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # a feature module not written yet
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except common.CliError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
