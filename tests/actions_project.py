"""A small real project for the actions tests, and ways to look at what an action wrote."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import Store

MEE = ("Hundreds of soldiers were killed in Mosul, officials said. Some 500,000 people fled their homes. "
       "Kerry visited Baghdad on Monday.")
REUTERS = "Dozens of soldiers were killed in Mosul. Half a million people fled the city."
SAMPLE = Path(__file__).resolve().parent / "data" / "mee-iraq-border-crossing.txt"
TABLES = ("articles", "claims", "sources", "evidence", "links")


def _sentences(body: str) -> list[ExtractedClaim]:
    claims, start = [], 0
    for part in body.split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        end = min(end, len(body))
        claims.append(ExtractedClaim(text=body[start:end], quote=body[start:end], start=start, end=end))
        start = end + 1
    return claims


def build(path: Path) -> dict[str, Any]:
    """Two articles with three and two claims, one link between them; returns the ids."""
    store = Store.open(path)
    try:
        mee = store.add_article(ImportedArticle(text=MEE, title="Mosul", outlet="MEE", content_hash="m"), _sentences(MEE))
        reuters = store.add_article(ImportedArticle(text=REUTERS, title="Mosul (Reuters)", outlet="Reuters",
                                                    content_hash="r"), _sentences(REUTERS))
        assert mee is not None and reuters is not None
        ids = {a: [c["id"] for c in store.claims(sort="position") if c["article_id"] == a] for a in (mee, reuters)}
        store.save_links([{"claim_a": ids[mee][1], "claim_b": ids[reuters][1], "relation": "duplicate", "score": 88.0,
                           "reasons": ["same figure"]}], scope_claim_ids=None)
        link_id = store.links()[0]["id"]
        return {"mee": mee, "reuters": reuters, "mee_claims": ids[mee], "reuters_claims": ids[reuters], "link": link_id}
    finally:
        store.close()


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table but history, without edit times (an undo is an edit, at its own time)."""
    out = {}
    for table in TABLES:
        rows = store._rows(f"SELECT * FROM {table} ORDER BY id")
        out[table] = [tuple((k, v) for k, v in row.items() if k != "updated") for row in rows]
    return out


def last_history_id(store: Store) -> int:
    return int(store.conn.execute("SELECT COALESCE(MAX(id), 0) FROM history").fetchone()[0])


def history_since(store: Store, after_id: int) -> list[tuple]:
    """(action, entity, entity_id, field, old, new) of the rows written after `after_id`, oldest first."""
    return [tuple(r) for r in store.conn.execute(
        "SELECT action, entity, entity_id, field, old, new FROM history WHERE id > ? ORDER BY id", (after_id,))]


class Commits:
    """Counts committed transactions (the store tells subscribers once per outermost COMMIT)."""

    def __init__(self, store: Store) -> None:
        self.count = 0
        store.subscribe(self)

    def __call__(self, changes: list) -> None:
        self.count += 1
