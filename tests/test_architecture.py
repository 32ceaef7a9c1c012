"""The rules of the codebase that a reviewer should not have to check by eye."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from workbench.cli import build_parser

CORE = ROOT / "workbench" / "core"


def test_core_never_imports_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(("PySide6", "workbench.ui"))]
    assert offenders == []


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(lint).exists():
        pytest.skip("import-linter is not installed")
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:]


def test_no_sql_in_ui_modules():
    pattern = re.compile(r"\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM)\b")
    offenders = [p.name for p in (ROOT / "workbench" / "ui").rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_every_cli_command_is_documented_in_the_readme():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction").choices
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    undocumented = [name for name in commands if f"workbench {name}" not in readme]
    assert undocumented == []


STAGES = ("actions", "ingest", "extract", "figures", "language", "match", "report", "store")


def test_the_core_is_laid_out_by_stage():
    """At least four stage subpackages, and few loose modules at the core's top level."""
    packages = sorted(p.parent.name for p in CORE.glob("*/__init__.py"))
    assert set(STAGES) <= set(packages), packages
    top_level = sorted(p.name for p in CORE.glob("*.py"))
    assert len(top_level) <= 8, top_level


def test_no_module_is_over_600_lines():
    too_long = {str(p.relative_to(ROOT)): n for p in (ROOT / "workbench").rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert too_long == {}


def test_the_store_is_typed_everywhere():
    """`store: Any` hides the store's API from mypy; signatures name `Store`."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "workbench").rglob("*.py")
                 if re.search(r"\bstore: *Any\b", p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_every_module_the_architecture_doc_names_exists():
    """docs/architecture.md names modules as `workbench/...py` or `core/...` paths; each must exist."""
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"\bworkbench/[\w/]+\.py\b", doc))
    named |= {"workbench/" + m for m in re.findall(r"(?<![\w/])((?:core|ui|cli)/[\w/]+\.py)\b", doc)}
    assert named, "the doc names no module"
    missing = sorted(m for m in named if not (ROOT / m).exists())
    assert missing == []
