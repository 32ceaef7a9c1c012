"""pycountry, a data package from the package index, is pinned by hash and its tables are checked
at load: another release's tables are refused with one clear line, and its licence ships."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.core import notices
from workbench.core.language import countries
from workbench.core.language.countries import (
    PYCOUNTRY_TABLES,
    PYCOUNTRY_VERSION,
    DataPackageError,
    verify_tables,
)

ROOT = Path(__file__).resolve().parents[1]


def _installed_tables() -> Path:
    import pycountry

    return Path(pycountry.__file__).parent / "databases"


def test_the_installed_tables_are_the_pinned_ones() -> None:
    verify_tables(_installed_tables())
    assert countries.iso3166() is not None
    assert countries.country_short_names()["Syrian Arab Republic"] == "Syria"


def test_another_release_is_refused_naming_the_file(tmp_path: Path) -> None:
    for name in PYCOUNTRY_TABLES:
        shutil.copy(_installed_tables() / name, tmp_path / name)
    verify_tables(tmp_path)
    table = tmp_path / "iso3166-2.json"
    table.write_bytes(table.read_bytes().replace(b'"Texas"', b'"Texaz"'))
    with pytest.raises(DataPackageError, match=r"iso3166-2\.json: not pycountry .* refusing to load it"):
        verify_tables(tmp_path)
    (tmp_path / "iso3166-1.json").unlink()
    with pytest.raises(DataPackageError, match=r"iso3166-1\.json: pycountry's table cannot be read"):
        verify_tables(tmp_path)


def test_the_cli_refuses_in_one_line(tmp_path: Path) -> None:
    """A tampered table stops `workbench compare` with one line naming it (a copy of pycountry,
    put first on the path: the installed one is never touched)."""
    import pycountry

    fake = tmp_path / "pycountry"
    shutil.copytree(Path(pycountry.__file__).parent, fake, ignore=shutil.ignore_patterns("__pycache__", "tests"))
    table = fake / "databases" / "iso3166-1.json"
    table.write_bytes(table.read_bytes().replace(b'"Syria"', b'"Syrie"'))
    env = {"PYTHONPATH": f"{tmp_path}{':'}{ROOT}", "WORKBENCH_SEMANTIC": "0", "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "workbench", "compare", "Damascus sent 40 engineers",
                          "Syria sent 40 engineers"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 1, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error: ") and "iso3166-1.json" in lines[0]


def test_pinned_alike_everywhere_and_licence_carried() -> None:
    data = (ROOT / "requirements" / "data.txt").read_text(encoding="utf-8")
    assert f"pycountry=={PYCOUNTRY_VERSION}" in data and re.search(r"--hash=sha256:[0-9a-f]{64}", data)
    assert f'"pycountry=={PYCOUNTRY_VERSION}"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "requirements/data.txt" in (ROOT / "Makefile").read_text(encoding="utf-8")
    shown = {n.title: n.text for n in notices.licence_notices()}
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown["licenses/LGPL-2.1.txt"]
    assert PYCOUNTRY_VERSION in shown["licenses/pycountry.md"]
