"""A kill in the middle of an import leaves a sound project with whole articles only."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT

from workbench.core.extract.extractor import extract_claims
from workbench.core.store import Store

SAMPLES = ROOT / "workbench" / "resources" / "samples"


def make_folder(tmp_path: Path, copies: int = 20) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(copies):
        for source in sorted(SAMPLES.glob("*.txt")):
            text = source.read_text(encoding="utf-8")
            (folder / f"{n}-{source.name}").write_text(f"{text}\nEdition {n} of this story was filed on day {n}.\n",
                                                       encoding="utf-8")
    return folder


def test_kill_during_import_leaves_whole_articles_and_a_sound_file(tmp_path):
    project = tmp_path / "p.db"
    Store.open(project).close()
    folder = make_folder(tmp_path)
    total = len(list(folder.iterdir()))
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "import", str(project), str(folder), "--no-match"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    deadline = time.monotonic() + 120
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with sqlite3.connect(project, timeout=10) as conn:
            seen = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        if seen >= 3:
            break
        time.sleep(0.02)
    finished_first = proc.poll() is not None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not finished_first, "the import ended before it could be killed; give it more files"

    with Store.open(project) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = store.articles()
        assert 1 <= len(articles) <= total
        for article in articles:
            expected = extract_claims(article["text"], published=article["published"], title=article["title"])
            stored = store.conn.execute("SELECT COUNT(*) FROM claims WHERE article_id = ?", (article["id"],)).fetchone()[0]
            assert stored == len(expected), f"article {article['id']} was half-imported"
        # The project still takes writes: importing again completes the job.
        from workbench.core.actions.importing import import_paths

        result = import_paths(store, [folder], match=False)
        assert len(store.articles()) == total
        assert len(result.imported) == total - len(articles)
