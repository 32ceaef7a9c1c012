"""The project file: transactions, history, undo snapshots, FTS, filters, link decisions."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import ClaimFilter, Store, StoreError

BODY = "Hundreds of soldiers were killed in Mosul. Some 500,000 people fled their homes. Kerry visited Baghdad."


def make_article(store: Store, body: str = BODY, title: str = "Iraq", content_hash: str = "h1") -> int:
    spans = [(0, 41), (43, 81), (82, len(body))]
    claims = [ExtractedClaim(text=body[s:e], quote=body[s:e], start=s, end=e) for s, e in spans if e <= len(body)]
    article_id = store.add_article(ImportedArticle(text=body, title=title, outlet="MEE", content_hash=content_hash), claims)
    assert article_id is not None
    return article_id


def test_new_project_uses_wal_foreign_keys_and_schema_version(tmp_path):
    store = Store.open(tmp_path / "p.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    store.close()


def test_opening_a_file_that_is_not_a_project_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Claim Workbench project"):
        Store.open(junk)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Claim Workbench project"):
        Store.open(other)


def test_same_text_is_stored_once(store):
    make_article(store)
    again = store.add_article(ImportedArticle(text=BODY, title="dup", content_hash="h1"))
    assert again is None
    assert store.table_counts()["articles"] == 1


def test_a_claim_whose_quote_does_not_match_rolls_back_the_whole_article(store):
    bad = ExtractedClaim(text="x", quote="not in the text", start=0, end=15)
    with pytest.raises(StoreError):
        store.add_article(ImportedArticle(text=BODY, content_hash="h2"), [bad])
    assert store.table_counts() == {"articles": 0, "claims": 0, "sources": 0, "evidence": 0, "links": 0, "history": 0}


def test_update_claim_records_history_and_returns_old_values_for_undo(store):
    make_article(store)
    claim_id = store.query_claim_ids()[0]
    old = store.update_claim(claim_id, status="verified", confidence="high")
    assert old == {"status": "unverified", "confidence": None}
    history = store.history("claim", claim_id)
    assert {(h["field"], h["old"], h["new"]) for h in history} == {
        ("status", "unverified", "verified"), ("confidence", None, "high")}
    store.update_claim(claim_id, **old)
    assert store.claim(claim_id)["status"] == "unverified"
    assert len(store.history("claim", claim_id)) == 4


def test_changing_a_span_rereads_the_quote_from_the_article(store):
    make_article(store)
    claim_id = store.query_claim_ids()[0]
    store.update_claim(claim_id, start=0, end=8)
    assert store.claim(claim_id)["quote"] == "Hundreds"
    with pytest.raises(StoreError, match="outside"):
        store.update_claim(claim_id, end=10_000)


def test_invalid_values_are_refused(store):
    make_article(store)
    claim_id = store.query_claim_ids()[0]
    with pytest.raises(StoreError, match="unknown status"):
        store.update_claim(claim_id, status="maybe")
    with pytest.raises(StoreError, match="Admiralty"):
        store.add_source("AFP", "agency", "Z")


def test_delete_and_restore_claim_brings_back_evidence_and_links(store):
    article_id = make_article(store)
    a, b, _ = store.query_claim_ids()
    store.add_evidence(a, article_id, "supports", "same article")
    store.save_links([{"claim_a": a, "claim_b": b, "relation": "duplicate", "score": 90, "reasons": []}],
                     scope_claim_ids=None)
    snapshot = store.delete_claim(a)
    assert store.evidence(a) == [] and store.links(a) == []
    store.restore_claim(snapshot)
    assert store.claim(a)["text"].startswith("Hundreds")
    assert len(store.evidence(a)) == 1 and len(store.links(a)) == 1


def test_delete_and_restore_article(store):
    article_id = make_article(store)
    before = store.claims()
    snapshot = store.delete_article(article_id)
    assert store.table_counts()["claims"] == 0
    store.restore_article(snapshot)
    assert store.claims() == before


def test_full_text_search_filter_and_sort(store):
    make_article(store)
    make_article(store, "Dozens of soldiers were killed near Tal Afar, officials said.", "Other", "h3")
    ids = store.query_claim_ids(ClaimFilter(search="soldier"))
    assert len(ids) == 2  # porter stemming and prefix match
    assert store.query_claim_ids(ClaimFilter(search="soldiers Mosul")) == ids[:1]
    assert store.query_claim_ids(ClaimFilter(search='"); DROP TABLE claims; --')) == []
    store.update_claim(ids[1], status="disputed")
    assert store.query_claim_ids(ClaimFilter(statuses=["disputed"])) == [ids[1]]
    by_text = store.claims(sort="text")
    assert [c["text"] for c in by_text] == sorted((c["text"] for c in by_text), key=str.lower)


def test_analyst_link_decisions_survive_rematching(store):
    make_article(store)
    a, b, c = store.query_claim_ids()
    found = [{"claim_a": a, "claim_b": b, "relation": "duplicate", "score": 80, "reasons": ["x"]},
             {"claim_a": a, "claim_b": c, "relation": "conflict", "score": 70, "reasons": []}]
    store.save_links(found, scope_claim_ids=None)
    rejected = next(link for link in store.links() if link["claim_b"] == b)
    store.set_link_state(rejected["id"], "rejected")
    # A re-match that finds only a-b again (as a duplicate) must neither resurrect nor drop the decision.
    counts = store.save_links(found[:1], scope_claim_ids=None)
    links = store.links()
    assert counts["kept"] == 1 and counts["deleted"] == 1
    assert [(link["claim_b"], link["state"], link["auto"]) for link in links] == [(b, "rejected", False)]


def test_subscribers_hear_of_changes_only_after_commit(store):
    heard = []
    store.subscribe(heard.append)
    make_article(store)
    claim_id = store.query_claim_ids()[0]
    with pytest.raises(StoreError), store.atomic():
        store.update_claim(claim_id, status="verified")
        raise StoreError("boom")
    assert store.claim(claim_id)["status"] == "unverified"
    assert all(ch.entity != "claim" or ch.kind != "update" for batch in heard for ch in batch)
    store.update_claim(claim_id, status="false")
    assert heard[-1][0].entity == "claim" and heard[-1][0].ids == (claim_id,)


def test_sources_evidence_and_counts(store):
    article_id = make_article(store)
    claim_id = store.query_claim_ids()[0]
    source_id = store.add_source("Iraqi security spokesman", "person", "C")
    store.update_claim(claim_id, source_id=source_id)
    with pytest.raises(StoreError, match="already exists"):
        store.add_source("iraqi SECURITY spokesman")
    evidence_id = store.add_evidence(claim_id, article_id, "contradicts", "numbers differ")
    store.update_evidence(evidence_id, stance="supports")
    assert store.evidence(claim_id)[0]["stance"] == "supports"
    assert store.claim(claim_id)["source"] == "Iraqi security spokesman"
    snapshot = store.delete_source(source_id)
    assert store.claim(claim_id)["source"] is None
    store.restore_source(snapshot)
    assert store.claim(claim_id)["source_reliability"] == "C"
    assert store.claim_counts_by_status()["unverified"] == 3


def test_a_second_connection_sees_committed_edits(tmp_path):
    first = Store.open(tmp_path / "p.db")
    make_article(first)
    second = Store.open(tmp_path / "p.db")
    claim_id = second.query_claim_ids()[0]
    second.update_claim(claim_id, status="verified")
    assert first.claim(claim_id)["status"] == "verified"
    first.close()
    second.close()


def test_machine_links_saved_in_bulk_or_one_by_one_alike(store):
    """New links go in with one statement; if another writer added one of the pairs meanwhile,
    each link is saved alone (the other writer's machine link updated, a decided one kept)."""
    from workbench.core.model import MachineLink

    make_article(store)
    a, b, c = store.query_claim_ids()
    found = [MachineLink(a, b, "duplicate", 91.0, "confirmed", '["x"]'),
             {"claim_a": c, "claim_b": a, "relation": "conflict", "score": 70, "reasons": ["y"]}]
    assert store.save_links(found, scope_claim_ids=None)["inserted"] == 2
    first = {(lk["claim_a"], lk["claim_b"]): lk for lk in store.links()}
    assert first[(a, b)]["reasons"] == ["x"] and first[(a, c)]["reasons"] == ["y"] and first[(a, c)]["auto"]
    # a pair another writer added between matching's read and its write: the bulk insert fails,
    # nothing of it stays, and the one-by-one path updates the machine link
    store.conn.execute("DELETE FROM links")
    store.add_link(b, c, "duplicate", 50.0, state="suggested")
    store.conn.execute("UPDATE links SET auto = 1")
    counts = store._insert_new_links([((a, b), MachineLink(a, b, "duplicate", 91.0, "suggested", "[]")),
                                      ((b, c), MachineLink(b, c, "conflict", 60.0, "suggested", "[]"))], "now")
    assert counts is False and len(store.links()) == 1
    stats = store.save_links([MachineLink(b, c, "conflict", 60.0, "suggested", '["z"]')], scope_claim_ids={a})
    assert stats["inserted"] == 0 and stats["updated"] == 1
    assert [(lk["relation"], lk["reasons"]) for lk in store.links()] == [("conflict", ["z"])]


def test_duplicate_link_scores_are_the_duplicates_not_rejected(store):
    make_article(store)
    a, b, c = store.query_claim_ids()
    store.save_links([{"claim_a": a, "claim_b": b, "relation": "duplicate", "score": 80, "reasons": ["x"]},
                      {"claim_a": a, "claim_b": c, "relation": "conflict", "score": 70, "reasons": []},
                      {"claim_a": b, "claim_b": c, "relation": "duplicate", "score": 60, "reasons": []}],
                     scope_claim_ids=None)
    rejected = next(lk for lk in store.links() if (lk["claim_a"], lk["claim_b"]) == (b, c))
    store.set_link_state(rejected["id"], "rejected")
    assert store.duplicate_link_scores() == [(a, b, 80.0, "suggested", True)]


def test_links_staged_in_a_temporary_table_save_as_a_list_does(store, tmp_path):
    """A matching run's links wait in a temporary table (a dense project finds a million): saved
    in the order found, the first of two for one pair kept, stale machine links deleted."""
    from workbench.core.model import MachineLink
    from workbench.core.store import Store

    make_article(store)
    a, b, c = store.query_claim_ids()
    store.save_links([MachineLink(b, c, "duplicate", 50.0, "suggested", "[]")], scope_claim_ids=None)
    found = [MachineLink(b, a, "conflict", 70.0, "suggested", '["first"]'),
             MachineLink(a, b, "duplicate", 99.0, "confirmed", '["second"]'),
             MachineLink(a, c, "duplicate", 91.0, "confirmed", '["x"]')]
    with store.link_stage() as stage:
        stage.add(found[:2])
        stage.add(found[2:])
        counts = store.save_links(stage, scope_claim_ids=None, chunk=1)
    assert counts == {"inserted": 2, "updated": 0, "deleted": 1, "kept": 0}
    assert [(lk["claim_a"], lk["claim_b"], lk["relation"], lk["reasons"]) for lk in store.links()] == [
        (a, b, "conflict", ["first"]), (a, c, "duplicate", ["x"])]
    assert store.conn.execute("SELECT count(*) FROM sqlite_temp_master WHERE name = 'found_links'").fetchone()[0] == 0
    with Store.open(store.path, read_only=True) as reader, reader.link_stage() as stage:
        stage.add(found)  # a read-only project can still hold what it found (it is not written)
        assert [key for batch in stage.batches(2) for key, _ in batch] == [(a, b), (a, c)]


def test_staged_links_of_a_first_match_go_in_by_one_statement_a_chunk(store):
    """With no link in scope yet, each chunk moves from the stage table to the links in one
    statement: the ids follow the order found, as the row-by-row path gives them; a pair another
    writer added meanwhile makes that chunk fall back to saving each link alone."""
    from workbench.core.model import MachineLink

    make_article(store)
    a, b, c = store.query_claim_ids()
    version = store.conn.execute("SELECT value FROM settings WHERE key = 'links_version'").fetchone()[0]
    found = [MachineLink(b, c, "conflict", 70.0, "suggested", '["first"]'),
             MachineLink(a, c, "duplicate", 91.0, "confirmed", '["x"]'),
             MachineLink(a, b, "duplicate", 88.5, "suggested", '["y"]')]
    with store.link_stage() as stage:
        stage.add(found)
        counts = store.save_links(stage, scope_claim_ids=None, chunk=2)
    assert counts == {"inserted": 3, "updated": 0, "deleted": 0, "kept": 0}
    rows = store.conn.execute("SELECT claim_a, claim_b, relation, score, state, auto, reasons FROM links ORDER BY id")
    assert [tuple(r) for r in rows] == [(b, c, "conflict", 70.0, "suggested", 1, '["first"]'),
                                        (a, c, "duplicate", 91.0, "confirmed", 1, '["x"]'),
                                        (a, b, "duplicate", 88.5, "suggested", 1, '["y"]')]
    after = store.conn.execute("SELECT value FROM settings WHERE key = 'links_version'").fetchone()[0]
    assert int(after) == int(version) + 3  # one step a link, as before
    store.conn.execute("DELETE FROM links")
    with store.link_stage() as stage:
        stage.add(found)
        # another writer links (a, c) after matching read the project: that chunk is saved link by link
        real = store._insert_staged

        def first_write_loses(after: int, last: int, stamp: str, counts: dict[str, int]) -> bool:
            if after == 0:
                store.conn.execute("INSERT INTO links (claim_a, claim_b, relation, score, state, auto, reasons,"
                                   " created) VALUES (?, ?, 'duplicate', 100, 'confirmed', 0, '[]', 'x')", (a, c))
            return real(after, last, stamp, counts)

        store._insert_staged = first_write_loses
        counts = store.save_links(stage, scope_claim_ids=None, chunk=2)
    assert counts == {"inserted": 2, "updated": 0, "deleted": 0, "kept": 1}
    kept = store.conn.execute("SELECT relation, score, auto FROM links WHERE claim_a = ? AND claim_b = ?", (a, c))
    assert tuple(kept.fetchone()) == ("duplicate", 100.0, 0)  # the analyst's link is kept
