"""The sentence-vector cache: `cluster` never embeds a line twice across runs, a warm run prints
exactly what a cold one does, and the cache only ever costs or saves speed (damaged, unwritable,
full or shared with another process, it is never an error)."""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
import os
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from test_matching_speed import CLAIMS

from workbench.core import paths
from workbench.core.match import embedding, matching, vector_cache
from workbench.core.match.vector_cache import VectorCache

IDENT = "test-model"


def _vectors(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.standard_normal((n, embedding.DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _keys(n: int, start: int = 0) -> list[bytes]:
    return [embedding.sequence_key((101, k, 102)) for k in range(start, start + n)]


def test_the_cache_lives_under_workbench_home_in_tests(workbench_home):
    assert paths.cache_dir() == workbench_home / "cache"


def test_vectors_come_back_bit_for_bit(tmp_path):
    cache = VectorCache(tmp_path / "v.sqlite3", IDENT, 10**9)
    keys, vectors = _keys(50), _vectors(50)
    assert cache.get(keys) == {}
    cache.put(list(zip(keys, vectors, strict=True)))
    cache.close()
    again = VectorCache(tmp_path / "v.sqlite3", IDENT, 10**9)
    got = again.get(keys + _keys(3, start=1000))
    assert set(got) == set(keys)
    assert all(got[k].tobytes() == v.tobytes() for k, v in zip(keys, vectors, strict=True))
    assert again.conn is not None and again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_damaged_file_is_set_aside_with_one_log_line(tmp_path, caplog):
    path = tmp_path / "v.sqlite3"
    path.write_bytes(b"not a database at all " * 400)
    with caplog.at_level(logging.WARNING, logger="workbench"):
        cache = VectorCache(path, IDENT, 10**9)
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert (tmp_path / "v.sqlite3.bad").is_file()
    cache.put([(_keys(1)[0], _vectors(1)[0])])
    assert len(cache.get(_keys(1))) == 1  # started anew, and works


def test_another_models_file_is_set_aside(tmp_path):
    VectorCache(tmp_path / "v.sqlite3", "another-model", 10**9).put([(_keys(1)[0], _vectors(1)[0])])
    cache = VectorCache(tmp_path / "v.sqlite3", IDENT, 10**9)
    assert cache.get(_keys(1)) == {}
    assert (tmp_path / "v.sqlite3.bad").is_file()


def test_a_file_damaged_while_in_use_is_set_aside(tmp_path, caplog):
    path = tmp_path / "v.sqlite3"
    cache = VectorCache(path, IDENT, 10**9)
    cache.put(list(zip(_keys(200), _vectors(200), strict=True)))
    cache.close()
    data = bytearray(path.read_bytes())
    data[8192:40960] = b"\xff" * (40960 - 8192)  # pages of the table, not the header
    path.write_bytes(bytes(data))
    cache = VectorCache(path, IDENT, 10**9)
    with caplog.at_level(logging.WARNING, logger="workbench"):
        got = cache.get(_keys(200))
        cache.put([(_keys(1)[0], _vectors(1)[0])])
    assert len(got) < 200 and caplog.records  # what could not be read is only a miss
    assert (tmp_path / "v.sqlite3.bad").is_file()


def test_a_cache_that_cannot_be_written_only_costs_speed(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    nowhere = VectorCache(blocked / "v.sqlite3", IDENT, 10**9)  # its folder cannot be made
    nowhere.put(list(zip(_keys(3), _vectors(3), strict=True)))
    assert nowhere.get(_keys(3)) == {}
    full = VectorCache(tmp_path / "full.sqlite3", IDENT, 10**9)
    assert full.conn is not None
    full.conn.execute("PRAGMA max_page_count = 12")  # the disk fills up
    full.put(list(zip(_keys(100), _vectors(100), strict=True)))
    assert not full.writable and full.get(_keys(100)) == {}


def test_least_recently_used_vectors_are_pruned_past_the_cap(tmp_path, monkeypatch):
    hour = [1000]
    monkeypatch.setattr(vector_cache.time, "time", lambda: hour[0] * 3600.0)
    cap = 700_000  # room for ~280 vectors (~2.5 KB each on disk)
    cache = VectorCache(tmp_path / "v.sqlite3", IDENT, cap)
    old, kept, new = _keys(100), _keys(100, start=100), _keys(120, start=200)
    cache.put(list(zip(old, _vectors(100), strict=True)))
    cache.put(list(zip(kept, _vectors(100, seed=1), strict=True)))
    hour[0] += 1
    assert len(cache.get(kept)) == 100  # used again an hour later
    cache.put(list(zip(new, _vectors(120, seed=2), strict=True)))
    assert len(cache.get(kept)) == 100 and len(cache.get(new)) == 120
    assert 0 < len(cache.get(old)) < 100  # the least recently used went first, as many as needed
    cache.close()
    assert (tmp_path / "v.sqlite3").stat().st_size <= cap


def test_the_cap_is_read_from_the_environment_then_the_settings(monkeypatch):
    assert vector_cache.cap_bytes() == vector_cache.DEFAULT_MB * 1_000_000
    paths.save_settings({vector_cache.SETTING_MB: 50})
    assert vector_cache.cap_bytes() == 50_000_000
    monkeypatch.setenv(vector_cache.ENV_MB, "7.5")
    assert vector_cache.cap_bytes() == 7_500_000


def _writer(path: str, start: int, seed: int, out: mp.SimpleQueue) -> None:
    cache = VectorCache(Path(path), IDENT, 10**9)
    ok = cache.conn is not None
    for batch in range(20):  # overlapping ranges: both processes write some of the same keys
        keys = _keys(25, start=start + 15 * batch)
        cache.put(list(zip(keys, _vectors(25, seed=start + 15 * batch), strict=True)))
    out.put(ok and cache.writable)


def test_two_processes_writing_at_once(tmp_path):
    ctx = mp.get_context("fork")
    out = ctx.SimpleQueue()
    path = str(tmp_path / "v.sqlite3")
    procs = [ctx.Process(target=_writer, args=(path, start, start, out)) for start in (0, 150)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0] and [out.get(), out.get()] == [True, True]
    keys = _keys(150 + 15 * 19 + 25)
    cache = VectorCache(Path(path), IDENT, 10**9)
    got = cache.get(keys)
    assert set(got) == set(keys)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_warm_cluster_embeds_nothing_and_prints_the_same(semantic, embed_runs):
    run = embed_runs
    plain = matching.cluster_texts(CLAIMS)
    assert sum(run) > 0 and not list(paths.cache_dir().glob("vectors-*"))  # the library asks for no cache
    run.clear()
    cold = matching.cluster_texts(CLAIMS, vector_cache=True)
    embedded_cold = sum(run)
    run.clear()
    warm = matching.cluster_texts(CLAIMS, vector_cache=True)
    assert embedded_cold > 0 and sum(run) == 0
    assert repr(cold) == repr(warm) == repr(plain)
    edited = [*CLAIMS[:-1], "The army wounded 45 civilians in Idlib on 21 June, activists said."]
    run.clear()
    matching.cluster_texts(edited, vector_cache=True)
    assert sum(run) == 1  # only the edited line


def _cli(args: list[str], env: dict[str, str]) -> str:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "workbench", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root), **env}, check=True)
    return done.stdout


def test_cluster_command_keeps_vectors_unless_told_not_to(semantic, tmp_path, workbench_home):
    lines = tmp_path / "claims.txt"
    lines.write_text("\n".join(CLAIMS) + "\n", encoding="utf-8")
    off = _cli(["cluster", str(lines), "--json", "--no-vector-cache"], {})
    _cli(["cluster", str(lines), "--json"], {vector_cache.ENV_SWITCH: "0"})
    assert not (workbench_home / "cache").exists()
    cold = _cli(["cluster", str(lines), "--json"], {})
    files = list((workbench_home / "cache").glob("vectors-*.sqlite3"))
    assert len(files) == 1
    warm = _cli(["cluster", str(lines), "--json"], {})
    assert cold == warm == off and json.loads(cold)["clusters"]


def test_distinct_lines_are_embedded_once_over_all_worker_parts(semantic):
    from workbench.core.match.embedding import embed_many

    texts = CLAIMS * 3 + [c.upper() for c in CLAIMS]  # the tokenizer folds case: the same tokens
    calls: list[tuple[int, int, str]] = []
    vectors = embed_many(texts, workers=2, min_per_worker=4, progress=lambda d, t, m: calls.append((d, t, m)))
    assert calls[-1][:2] == (len(CLAIMS), len(CLAIMS))  # what was run: each distinct line once
    alone = embedding.get_embedder().embed(CLAIMS)
    assert np.array_equal(vectors[:len(CLAIMS)], alone) and np.array_equal(vectors[-len(CLAIMS):], alone)


@pytest.mark.parametrize("flag, env, on", [(None, "", True), (False, "", False), (None, "0", False), (None, "off", False)])
def test_the_switch(flag, env, on, monkeypatch):
    if env:
        monkeypatch.setenv(vector_cache.ENV_SWITCH, env)
    assert vector_cache.enabled(flag) is on


def test_a_project_takes_the_vectors_the_cache_holds(semantic, tmp_path, monkeypatch):
    from test_matching_project import IRAQ_A, add

    from workbench.core.match.project import embed_claims
    from workbench.core.store import Store

    run: list[int] = []
    real = embedding.Embedder.embed_ids
    monkeypatch.setattr(embedding.Embedder, "embed_ids",
                        lambda self, seqs, progress=None: run.append(len(seqs)) or real(self, seqs, progress))
    stored = []
    for name, flag in (("first", None), ("second", None), ("third", False)):
        run.clear()
        store = Store.open(tmp_path / f"{name}.wbproj")
        add(store, IRAQ_A, title="A", outlet="Middle East Eye", published="2014-06-12")
        n = embed_claims(store, vector_cache=flag)
        stored.append(sorted(v for _k, v in store.claim_vectors(embedding.MODEL_ID).values()))
        store.close()
        assert n == len(stored[-1]) > 0
        assert sum(run) == {"first": n, "second": 0, "third": n}[name]  # the second embeds nothing
    assert stored[0] == stored[1] == stored[2]  # and stores what embedding gives


def test_other_models_files_go_once_unused_for_a_month(tmp_path):
    keep = tmp_path / "vectors-aaaa.sqlite3"
    files = [keep, tmp_path / "vectors-aaaa.sqlite3.bad", tmp_path / "vectors-bbbb.sqlite3",
             tmp_path / "vectors-bbbb.sqlite3-wal", tmp_path / "vectors-cccc.sqlite3", tmp_path / "notes.txt"]
    for f in files:
        f.write_text("x")
    month_ago = os.path.getmtime(keep) - 31 * 86400
    for f in files[:4] + files[5:]:
        os.utime(f, (month_ago, month_ago))
    vector_cache.drop_stale(keep)
    assert [f.exists() for f in files] == [True, False, False, False, True, True]


def test_the_graph_is_made_at_the_first_line_run(semantic, tmp_path, monkeypatch, capsys):
    from workbench.cli import main

    fresh = embedding.Embedder(embedding.model_path(), embedding.tokenizer_path())
    fresh.token_ids(CLAIMS)
    assert fresh._session is None  # a warm run's keys need the tokenizer only
    assert np.array_equal(fresh.embed(CLAIMS[:1])[0], embedding.get_embedder().embed(CLAIMS[:1])[0])

    def refused(_source, **_kw):
        raise embedding.ModelError("the embedding model could not be prepared for int8: test")

    monkeypatch.setattr(embedding, "get_embedder",
                        lambda: embedding.Embedder(embedding.model_path(), embedding.tokenizer_path()))
    monkeypatch.setattr(embedding, "derived_model", refused)
    lines = tmp_path / "claims.txt"
    lines.write_text("\n".join(CLAIMS) + "\n", encoding="utf-8")
    assert main(["cluster", str(lines), "--json", "--no-vector-cache"]) != 0  # an error, not a traceback
    assert "could not be prepared" in capsys.readouterr().err


def test_a_file_another_process_already_replaced_is_not_set_aside_again(tmp_path):
    path = tmp_path / "v.sqlite3"
    late = VectorCache(path, IDENT, 10**9)  # opened the file before another process set it aside
    os.replace(path, tmp_path / "v.sqlite3.bad")
    fresh = VectorCache(path, IDENT, 10**9)  # ... and started anew
    fresh.put([(_keys(1)[0], _vectors(1)[0])])
    late._set_aside(sqlite3.DatabaseError("database disk image is malformed"))
    assert len(VectorCache(path, IDENT, 10**9).get(_keys(1))) == 1  # the new file stays in place
