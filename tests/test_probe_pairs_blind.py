"""benchmarks/probe_pairs.py --blind: held-out sets are scored without showing a pair."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "probe_pairs.py"


def _probe_pairs():
    spec = importlib.util.spec_from_file_location("probe_pairs_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def one_set(tmp_path: Path) -> Path:
    path = tmp_path / "set99.tsv"
    path.write_text("a\tb\twant\n"
                    "Rebels seized the town of Kidal on Monday\tRebels seized the town of Kidal on Monday\tduplicate\n"
                    "Rebels seized the town of Kidal on Monday\tRebels seized the town of Kidal on Monday\tnot\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("blind", [False, True])
def test_blind_hides_the_pairs_and_counts_the_kinds_of_miss(one_set, capsys, monkeypatch, blind):
    flags = ["--no-semantic", *(["--blind"] if blind else []), str(one_set)]
    monkeypatch.setattr(sys, "argv", ["probe_pairs.py", *flags])
    assert _probe_pairs().main() == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["set99.tsv", "1", "/", "2"]
    assert "1 / 2   (lexical)" in out
    assert ("Kidal" in out) is not blind
    assert ("   1  want not, got duplicate" in out) is blind


def test_a_claim_opening_with_a_quote_is_read_verbatim(tmp_path, capsys, monkeypatch):
    """The sets are tab-separated with no quoting: a quoted speech opening a claim must not be unquoted."""
    path = tmp_path / "set98.tsv"
    said = '"We will not leave," the mayor of Kidal said on Monday'
    path.write_text(f"a\tb\twant\n{said}\tRebels seized the town of Kidal on Monday\tduplicate\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["probe_pairs.py", "--no-semantic", str(path)])
    assert _probe_pairs().main() == 0
    assert said in capsys.readouterr().out
