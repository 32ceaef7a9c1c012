"""Facts: grouping from links, stable ids, conflicting versions, the shared verdict, moves and undo."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.facts import fact_of_claim, fact_summaries, group_claims, independent_sources, regroup
from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import Store, StoreError

SENTENCES = [
    "Three people died in the fire at the bank.",
    "Police have no suspects yet.",
    "The strike closed every school in the city.",
]


def add_article(store: Store, n: int, outlet: str, *, published: str | None = None) -> list[int]:
    body = " ".join(SENTENCES)
    claims, pos = [], 0
    for sentence in SENTENCES:
        start = body.index(sentence, pos)
        claims.append(ExtractedClaim(text=sentence, quote=sentence, start=start, end=start + len(sentence)))
        pos = start + len(sentence)
    aid = store.add_article(ImportedArticle(text=body + f" ({n})", title=f"A{n}", outlet=outlet, published=published,
                                            url=f"https://example.org/{n}", content_hash=f"h{n}"), claims)
    assert aid is not None
    return [c["id"] for c in store.claims_by_ids(store.query_claim_ids()) if c["article_id"] == aid]


def link(store: Store, a: int, b: int, relation: str = "duplicate", state: str = "confirmed", score: float = 95.0) -> None:
    store.save_links([{"claim_a": a, "claim_b": b, "relation": relation, "score": score, "state": state}],
                     scope_claim_ids=set())


@pytest.fixture
def project(store):
    """Three articles (three outlets, two of them copies of one wire story) of three claims each."""
    arts = [add_article(store, 1, "Reuters", published="2026-01-02"), add_article(store, 2, "AP", published="2026-01-01"),
            add_article(store, 3, "BBC", published="2026-01-03")]
    store.set_wire_groups([[store.claim(arts[0][0])["article_id"], store.claim(arts[1][0])["article_id"]]])
    return store, arts


def test_group_claims_joins_duplicates_but_never_both_ends_of_a_conflict():
    groups = group_claims([1, 2, 3, 4], [(1, 2, 0.95), (2, 3, 0.9), (3, 4, 0.95), (1, 4, 0.9)], conflicts=[(1, 3)])
    assert [1, 2] in groups and [3, 4] in groups
    assert group_claims([1, 2, 3], [], []) == [[1], [2], [3]]
    # a hedged "about 120" close to both "120" and "125" does not glue the two versions together
    assert group_claims([120, 125, 1200], [(1200, 125, 0.9), (1200, 120, 0.85)], [(120, 125)]) == [[120], [125, 1200]]


def test_machine_links_do_not_chain_claims_into_one_fact():
    # a claim joins a fact only when it is close to the fact as a whole (average linkage)
    assert group_claims([1, 2, 3], [(1, 2, 0.95), (2, 3, 0.9)], []) == [[1, 2], [3]]
    assert group_claims([1, 2, 3], [(1, 2, 0.95), (2, 3, 0.9), (1, 3, 0.9)], []) == [[1, 2, 3]]
    # the analyst's confirmed links always join their claims, but never across a conflict
    assert group_claims([1, 2, 3, 4], [], [], certain=[(1, 2), (2, 3), (3, 4)]) == [[1, 2, 3, 4]]
    assert group_claims([1, 2, 3], [], [(1, 3)], certain=[(1, 2), (2, 3)]) == [[1, 2], [3]]
    # suggestions count towards closeness, but a fact is never held together by suggestions alone
    close = [(1, 2, 0.95), (2, 3, 0.7), (1, 3, 0.7)]
    assert group_claims([1, 2, 3], close, [], joining=[(1, 2)]) == [[1, 2], [3]]
    assert group_claims([1, 2, 3], close, [], joining=[(1, 2), (2, 3)]) == [[1, 2, 3]]


def test_independent_sources_counts_a_wire_story_and_an_outlet_once():
    arts = [{"article_id": 1, "outlet": "Reuters", "wire_group": 1}, {"article_id": 2, "outlet": "Yahoo", "wire_group": 1},
            {"article_id": 3, "outlet": "BBC", "wire_group": None}, {"article_id": 4, "outlet": "bbc", "wire_group": None}]
    assert independent_sources(arts) == 2


def test_facts_come_from_confirmed_duplicates_never_from_suggestions(project):
    store, arts = project
    link(store, arts[0][0], arts[1][0])                      # automatic, confirmed
    link(store, arts[0][0], arts[2][0], state="suggested")    # a suggestion only
    regroup(store)
    fact = fact_of_claim(store, arts[0][0])
    assert fact["claims"] == sorted([arts[0][0], arts[1][0]], key=lambda c: (c != arts[1][0], c))
    assert store.claim(arts[2][0])["fact_id"] != fact["id"]
    assert fact["independent_sources"] == 1  # two copies of one wire story
    assert fact["outlets"] == ["AP", "Reuters"]  # by date of publication
    every = fact_summaries(store)
    assert every[0]["id"] == fact["id"]  # largest first
    assert sum(len(f["claims"]) for f in every) == 9


def test_a_conflict_link_splits_a_duplicate_chain_into_conflicting_versions(project):
    store, arts = project
    a, b, c = arts[0][0], arts[1][0], arts[2][0]
    link(store, a, b, score=99)
    link(store, b, c, score=90)
    link(store, a, c, relation="conflict", state="suggested")
    regroup(store)
    fa, fc = fact_of_claim(store, a), fact_of_claim(store, c)
    assert fa["id"] != fc["id"] and b in fa["claims"]
    assert fa["conflicting_facts"] == [fc["id"]] and fc["conflicting_facts"] == [fa["id"]]


def test_fact_ids_are_stable_when_matching_runs_again(project):
    store, arts = project
    link(store, arts[0][0], arts[1][0])
    regroup(store)
    fact_id = store.claim(arts[0][0])["fact_id"]
    link(store, arts[1][0], arts[2][0])  # re-matching finds one more copy of the two
    link(store, arts[0][0], arts[2][0])
    summary = regroup(store)
    assert summary is not None
    assert store.claim(arts[2][0])["fact_id"] == fact_id
    assert regroup(store) is None  # nothing changed since: nothing rewritten


def test_rating_a_fact_reaches_every_claim_and_undo_puts_it_back(project):
    store, arts = project
    link(store, arts[0][0], arts[1][0])
    link(store, arts[1][0], arts[2][0])
    fact = fact_of_claim(store, arts[0][0])
    snapshot = store.set_fact_verdict(fact["id"], status="verified", confidence="high", notes="Checked with police.")
    assert {c["status"] for c in store.claims_by_ids(fact["claims"])} == {"verified"}
    assert store.fact_row(fact["id"])["notes"] == "Checked with police."
    assert not fact_of_claim(store, arts[0][0])["rating_conflict"]
    store.restore_fact_verdict(snapshot)
    assert {c["status"] for c in store.claims_by_ids(fact["claims"])} == {"unverified"}
    assert store.history("fact", fact["id"])[0]["action"] == "undo rate fact"


def test_a_claim_set_apart_keeps_its_own_verdict_and_the_fact_shows_a_rating_conflict(project):
    store, arts = project
    link(store, arts[0][0], arts[1][0])
    fact = fact_of_claim(store, arts[0][0])
    store.set_fact_verdict(fact["id"], status="verified")
    snapshot = store.set_claim_verdict_apart(arts[1][0], True, status="disputed")
    after = fact_of_claim(store, arts[0][0])
    assert after["rating_conflict"] and after["apart_claims"] == [arts[1][0]]
    store.set_fact_verdict(fact["id"], status="false")  # the fact's verdict never overrides a claim set apart
    assert store.claim(arts[1][0])["status"] == "disputed"
    assert store.claim(arts[0][0])["status"] == "false"
    store.restore_claim_fact(snapshot)
    assert store.claim(arts[1][0])["status"] == "false"
    assert not fact_of_claim(store, arts[0][0])["rating_conflict"]


def test_moving_a_claim_between_facts_survives_regrouping_and_undoes_in_one_step(project):
    store, arts = project
    link(store, arts[0][0], arts[1][0])
    regroup(store)
    fact = fact_of_claim(store, arts[0][0])
    store.set_fact_verdict(fact["id"], status="verified")
    other = arts[2][1]  # "Police have no suspects yet." in the third article
    snapshot = store.move_claim_to_fact(other, fact["id"])
    assert store.claim(other)["fact_id"] == fact["id"] and store.claim(other)["status"] == "verified"
    link(store, arts[0][2], arts[1][2])  # matching runs again elsewhere
    regroup(store)
    assert store.claim(other)["fact_id"] == fact["id"]
    store.restore_claim_fact(snapshot)
    restored = store.claim(other)
    assert restored["fact_id"] != fact["id"] and restored["status"] == "unverified" and not restored["fact_pinned"]

    out = store.move_claim_to_fact(arts[1][0], None)  # out of the fact, into one of its own
    assert store.claim(arts[1][0])["fact_id"] == out["created_fact"]
    link(store, arts[0][1], arts[2][1])
    regroup(store)  # the confirmed duplicate link to arts[0][0] does not pull it back
    assert store.claim(arts[1][0])["fact_id"] == out["created_fact"]
    assert store.claim(arts[1][0])["status"] == "verified"  # its own fact starts with its verdict


def test_grouping_keeps_existing_ratings(project):
    """Claims rated one by one before facts existed keep their verdicts; a disagreeing one is set apart."""
    store, arts = project
    store.update_claim(arts[0][0], status="verified")
    store.update_claim(arts[1][0], status="verified")
    store.update_claim(arts[2][0], status="false")
    link(store, arts[0][0], arts[1][0])
    link(store, arts[1][0], arts[2][0])
    link(store, arts[0][0], arts[2][0])
    fact = fact_of_claim(store, arts[0][0])
    assert fact["status"] == "verified"
    assert [c["status"] for c in store.claims_by_ids([arts[0][0], arts[1][0], arts[2][0]])] == ["verified", "verified", "false"]
    assert fact["rating_conflict"] and fact["apart_claims"] == [arts[2][0]]
    assert store.claim(arts[0][1])["status"] == "unverified"


def test_bad_verdicts_are_refused_and_change_nothing(project):
    store, arts = project
    fact = fact_of_claim(store, arts[0][0])
    with pytest.raises(StoreError, match="unknown status"):
        store.set_fact_verdict(fact["id"], status="true")
    with pytest.raises(StoreError, match="no fact"):
        store.set_fact_verdict(99999, status="verified")
    with pytest.raises(StoreError, match="already in fact"):
        store.move_claim_to_fact(arts[0][0], fact["id"])
    assert store.claim(arts[0][0])["status"] == "unverified"


def test_a_version_1_project_is_brought_forward_with_its_ratings(tmp_path):
    from workbench.core.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + "\nPRAGMA user_version = 1;")
    conn.execute("INSERT INTO articles (id, title, imported, text, content_hash) VALUES (1, 't', 'x', 'A fact. B.', 'h')")
    conn.execute("INSERT INTO claims (article_id, start, \"end\", quote, text, status, created, updated)"
                 " VALUES (1, 0, 7, 'A fact.', 'A fact.', 'false', 'x', 'x')")
    conn.commit()
    conn.close()
    store = Store.open(path)
    fact = fact_of_claim(store, 1)
    assert fact["status"] == "false" and store.claim(1)["status"] == "false"
    store.close()
