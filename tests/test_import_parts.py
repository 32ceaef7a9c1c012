"""Very long texts are extracted and stored in parts; a part cut short removes the article whole."""

from __future__ import annotations

import socket
import subprocess

import pytest
from conftest import SAMPLE

from workbench.core.actions import importing
from workbench.core.actions.importing import import_paths, text_parts
from workbench.core.extract.extractor import extract_claims
from workbench.core.store import Store


def test_parts_cover_the_text_and_cut_between_paragraphs():
    text = SAMPLE.read_text(encoding="utf-8") * 3
    parts = text_parts(text, size=1500)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:], strict=False))
    assert all(text[end - 1] == "\n" or end == len(text) for _, end in parts)


def test_a_long_text_imported_in_parts_has_valid_claims(tmp_path, monkeypatch):
    long_text = tmp_path / "long.txt"
    long_text.write_text("\n\n".join(f"Edition {n}: the army said {n + 10} soldiers were killed on Sunday."
                                     for n in range(400)), encoding="utf-8")
    monkeypatch.setattr(importing, "PART_CHARS", 3000)
    messages = []
    with Store.open(tmp_path / "p.wbproj") as store:
        result = import_paths(store, [long_text], progress=lambda d, t, m: messages.append(m))
        assert len(result.imported) == 1
        article = store.article(result.imported[0])
        claims = store.claims()
        whole = extract_claims(article["text"], published=article["published"], title=article["title"])
        # (reading order puts a derived core after its claim of the same start: compared as sorted spans)
        assert sorted((c["start"], c["end"]) for c in claims) == sorted(
            (c.start, c.end) for c in whole if c.kind == "claim")
        by_id = {c["id"]: c for c in claims}
        derived = [c for c in claims if c["derived_from"] is not None]
        assert len(derived) == sum(1 for c in whole if c.derived_from is not None)
        assert all(by_id[c["derived_from"]]["start"] == c["start"] for c in derived)
        assert len(claims) >= 399
        for claim in claims:
            assert article["text"][claim["start"]:claim["end"]] == claim["quote"]
        assert store.pending("import") == [] and store.pending("match") == []
    assert any("part 2 of" in m for m in messages)


def test_an_import_in_parts_cut_short_leaves_no_half_article(tmp_path, monkeypatch):
    long_text = tmp_path / "long.txt"
    long_text.write_text("\n\n".join(f"Edition {n}: the army said {n + 10} soldiers were killed on Sunday."
                                     for n in range(400)), encoding="utf-8")
    monkeypatch.setattr(importing, "PART_CHARS", 3000)
    calls = []

    def killed(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # stands for a SIGKILL between two parts
        return original(self, *args, **kwargs)

    original = Store.append_claims
    monkeypatch.setattr(Store, "append_claims", killed)
    project = tmp_path / "p.wbproj"
    with Store.open(project) as store, pytest.raises(KeyboardInterrupt):
        import_paths(store, [long_text])
    monkeypatch.setattr(Store, "append_claims", original)
    with Store.open(project) as store:  # this process still lives: another reader leaves its import alone
        assert len(store.articles()) == 1 and store.pending("import")
        dead = subprocess.Popen(["true"])
        dead.wait()
        store.conn.execute("UPDATE pending SET owner = ? WHERE job = 'import'", (f"{socket.gethostname()}:{dead.pid}",))
    with Store.open(project) as store:  # its importer is gone: the half article goes out whole
        assert store.articles() == [] and store.table_counts()["claims"] == 0
        assert store.pending("import") == []
        assert len(import_paths(store, [long_text]).imported) == 1
