"""`workbench ...`: a thin command-line shell over workbench.core.

Each feature registers its subcommands from its own module (`register(subparsers)`), so the
CLI grows by adding a module, not by editing one long file.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.cli import common

#: Modules that contribute subcommands, in the order they appear in --help.
COMMAND_MODULES = (
    "workbench.cli.project_cmds",
    "workbench.cli.extract_cmds",
    "workbench.cli.matching_cmds",
    "workbench.cli.facts_cmds",
    "workbench.cli.export_cmds",
    "workbench.cli.tag_cmds",
    "workbench.cli.gui_cmds",
)

EPILOG = """examples:
  workbench new iraq.db
  workbench import iraq.db articles/ saved-page.html
  workbench claims iraq.db --status unverified --search "soldiers" --json
  workbench match iraq.db --json
  workbench facts iraq.db --conflicts
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


#: Options whose value is free text, so may begin with a dash (`--search -army`).
FREE_TEXT_OPTIONS = ("--search", "--note", "--text")


def _known_options(parser: argparse.ArgumentParser) -> set[str]:
    names = set(parser._option_string_actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                names |= _known_options(sub)
    return names


def attach_dash_values(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """`--search -army` -> `--search=-army`: argparse would take `-army` for an option."""
    known = _known_options(parser)
    out: list[str] = []
    items = list(argv)
    k = 0
    while k < len(items):
        item = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else None
        if item in FREE_TEXT_OPTIONS and nxt is not None and nxt.startswith("-") and nxt.split("=")[0] not in known:
            out.append(f"{item}={nxt}")
            k += 2
            continue
        out.append(item)
        k += 1
    return out


class _NeverRaised(Exception):
    """Stands for StoreError when the store was never imported: then nothing raised one."""


def _store_error() -> type[Exception]:
    """The store's StoreError once a command has imported the store (evaluated only when an error
    is being handled): `cluster` and `compare` never load the store and its sqlite-utils."""
    base = sys.modules.get("workbench.core.store.base")
    return getattr(base, "StoreError") if base is not None else _NeverRaised  # noqa: B009


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(attach_dash_values(parser, sys.argv[1:] if argv is None else argv))
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from workbench.core.language.countries import DataPackageError

    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return common.quiet_closed_pipe()
    except common.CliError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except _store_error() as exc:  # an edit the project refused (read-only, unknown id, ...)
        print(f"workbench: error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.OperationalError as exc:  # e.g. still locked after the 10 s busy timeout
        print(f"workbench: error: {getattr(args, 'project', '')}: {exc}", file=sys.stderr)
        return 1
    except DataPackageError as exc:  # an installed data package not the release pinned by hash
        print(f"workbench: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
