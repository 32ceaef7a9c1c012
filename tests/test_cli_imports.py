"""A command imports what it uses: every `workbench` run built the parser by importing all the
command modules, which loaded matching (~0.45 CPU s) and the store with sqlite-utils (~0.07 s)
before any work, serially, also for `cluster` on many cores. Each check runs in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True,
                          env={"PYTHONPATH": str(ROOT), "WORKBENCH_SEMANTIC": "0", "PATH": ""})
    return set(done.stdout.split("\n")[-2].split())


def test_the_parser_and_help_load_neither_matching_nor_the_store():
    loaded = _loaded_after("from workbench.cli import build_parser\nbuild_parser().format_help()")
    assert "workbench.core.match.matching" not in loaded
    assert "workbench.core.store" not in loaded and "sqlite_utils" not in loaded


def test_cluster_never_loads_the_store(tmp_path):
    lines = tmp_path / "claims.txt"
    lines.write_text("Troops killed 40 fighters in Homs on Monday\nSoldiers killed 40 militants in Homs on Monday\n",
                     encoding="utf-8")
    loaded = _loaded_after(f"from workbench.cli import main\nassert main(['cluster', '--json', {str(lines)!r}]) == 0")
    assert "workbench.core.match.matching" in loaded
    assert "workbench.core.store" not in loaded and "sqlite_utils" not in loaded


def test_a_store_error_is_still_one_line(monkeypatch, capsys):
    """main() reports an unhandled StoreError as one line, now that it names the class lazily."""
    from workbench.cli import main, project_cmds
    from workbench.core.store import StoreError

    def refuse(args):
        raise StoreError("the project refused")

    monkeypatch.setattr(project_cmds, "cmd_articles", refuse)
    assert main(["articles", "any.wbproj"]) == 1
    assert capsys.readouterr().err == "workbench: error: the project refused\n"


def test_matching_loads_the_attribution_frames_not_the_claim_splitter():
    """Matching reads reporting frames (`extract.attribution`), which took `find_subject` and
    `Piece` through `extract.atomic` and so compiled the whole claim splitter's rules at import."""
    loaded = _loaded_after("import workbench.core.match.matching")
    assert "workbench.core.extract.attribution" in loaded
    assert not {"workbench.core.extract.atomic", "workbench.core.extract.split_rules"} & loaded
