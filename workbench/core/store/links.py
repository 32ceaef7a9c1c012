"""Links between claims: what matching found and what the analyst decided about it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from workbench.core.model import MachineLink
from workbench.core.store.base import StoreBase, StoreError, now
from workbench.core.store.validate import check_link
from workbench.core.vocab import LinkState, Relation, sql_value

#: Links written per transaction by `save_links`: small enough that a concurrent edit waits
#: only milliseconds for the write lock.
SAVE_CHUNK = 2000


class LinkStage:
    """Links a matching run found, held in a temporary table of the store's connection until
    `save_links` writes them (a dense 100k project finds about a million: in memory they weigh
    ~0.7 GB). Nothing of the project is written; the first of two links of one pair is kept.
    Close it (or use it as a context manager) to drop the table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS found_links (claim_a INTEGER, claim_b INTEGER, relation TEXT,"
                     " score REAL, state TEXT, reasons TEXT, UNIQUE (claim_a, claim_b))")
        conn.execute("DELETE FROM temp.found_links")

    def add(self, links: Sequence[MachineLink]) -> None:
        rows = [(min(k.claim_a, k.claim_b), max(k.claim_a, k.claim_b), k.relation, k.score, k.state, k.reasons)
                for k in links if k.claim_a != k.claim_b]
        own = not self.conn.in_transaction  # one transaction of the temporary database, not one a row
        if own:
            self.conn.execute("BEGIN")
        try:
            self.conn.executemany("INSERT OR IGNORE INTO temp.found_links VALUES (?, ?, ?, ?, ?, ?)", rows)
        except BaseException:
            if own:
                self.conn.execute("ROLLBACK")
            raise
        if own:
            self.conn.execute("COMMIT")

    def batches(self, size: int) -> Iterator[list[tuple[tuple[int, int], MachineLink]]]:
        """The links in the order they were added, `size` at a time (each batch read whole)."""
        for after, last in self.spans(size):
            yield self.batch(after, last)

    def spans(self, size: int) -> Iterator[tuple[int, int]]:
        """(after, last) rowid bounds of the links in the order they were added, `size` at a time."""
        last = 0
        while True:
            end = self.conn.execute("SELECT max(rowid) FROM (SELECT rowid FROM temp.found_links WHERE rowid > ?"
                                    " ORDER BY rowid LIMIT ?)", (last, size)).fetchone()[0]
            if end is None:
                return
            yield last, end
            last = end

    def batch(self, after: int, last: int) -> list[tuple[tuple[int, int], MachineLink]]:
        rows = self.conn.execute("SELECT claim_a, claim_b, relation, score, state, reasons FROM temp.found_links"
                                 " WHERE rowid > ? AND rowid <= ? ORDER BY rowid", (after, last)).fetchall()
        return [((a, b), MachineLink(a, b, rel, score, state, reasons)) for a, b, rel, score, state, reasons in rows]

    def keys(self) -> set[tuple[int, int]]:
        return {(a, b) for a, b in self.conn.execute("SELECT claim_a, claim_b FROM temp.found_links")}

    def close(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.found_links")

    def __enter__(self) -> LinkStage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _machine_link(link: MachineLink | dict[str, Any]) -> MachineLink:
    if isinstance(link, MachineLink):
        return link
    return MachineLink(int(link["claim_a"]), int(link["claim_b"]), link["relation"], float(link["score"]),
                       link.get("state", LinkState.SUGGESTED.value), json.dumps(list(link.get("reasons", []))))


class LinksPart(StoreBase):
    """Duplicate/conflict links between claims."""

    def links(self, claim_id: int | None = None) -> list[dict[str, Any]]:
        if claim_id is None:
            rows = self._rows("SELECT * FROM links ORDER BY claim_a, claim_b")
        else:
            rows = self._rows(
                "SELECT * FROM links WHERE claim_a = ? OR claim_b = ? ORDER BY score DESC", claim_id, claim_id
            )
        for row in rows:
            row["auto"] = bool(row["auto"])
            row["reasons"] = json.loads(row["reasons"] or "[]")
        return rows

    def duplicate_link_scores(self) -> list[tuple[int, int, float, str, bool]]:
        """(claim_a, claim_b, score, state, auto) of every duplicate link not rejected: what
        grouping reads, without the reasons (a dense project has about a million links)."""
        return [(a, b, score, state, bool(auto)) for a, b, score, state, auto in self.conn.execute(
            "SELECT claim_a, claim_b, score, state, auto FROM links"
            f" WHERE relation = {sql_value(Relation.DUPLICATE)} AND state != {sql_value(LinkState.REJECTED)}"
            " ORDER BY claim_a, claim_b")]

    def link(self, link_id: int) -> dict[str, Any]:
        rows = self._rows("SELECT * FROM links WHERE id = ?", link_id)
        if not rows:
            raise StoreError(f"no link with id {link_id}")
        row = rows[0]
        row["auto"] = bool(row["auto"])
        row["reasons"] = json.loads(row["reasons"] or "[]")
        return row

    def similar_claims(self, claim_id: int) -> list[dict[str, Any]]:
        """Links of a claim joined with the other claim and its article, best first."""
        rows = self._rows(
            "SELECT links.id AS link_id, links.relation, links.score, links.state, links.auto, links.reasons,"
            " other.id AS claim_id, other.text, other.quote, other.quantities, other.speaker, other.status,"
            " other.article_id, articles.title AS article_title, articles.outlet, articles.published,"
            " articles.wire_group"
            " FROM links JOIN claims AS other"
            "   ON other.id = CASE WHEN links.claim_a = ? THEN links.claim_b ELSE links.claim_a END"
            " JOIN articles ON articles.id = other.article_id"
            " WHERE links.claim_a = ? OR links.claim_b = ?"
            f" ORDER BY links.state = {sql_value(LinkState.REJECTED)}, links.score DESC",
            claim_id, claim_id, claim_id,
        )
        for row in rows:
            row["auto"] = bool(row["auto"])
            row["reasons"] = json.loads(row["reasons"] or "[]")
            row["quantities"] = json.loads(row["quantities"] or "[]")
        return rows

    def add_link(
        self, claim_a: int, claim_b: int, relation: str, score: float = 100.0,
        state: str = LinkState.CONFIRMED.value, action: str = "link claims",
    ) -> int:
        """A link the analyst makes by hand."""
        if claim_a == claim_b:
            raise StoreError("a claim cannot be linked to itself")
        a, b = sorted((claim_a, claim_b))
        check_link(relation, state)
        with self.atomic():
            existing = self._rows("SELECT id FROM links WHERE claim_a = ? AND claim_b = ?", a, b)
            if existing:
                raise StoreError(f"claims {a} and {b} are already linked")
            link_id = self._insert_row("links", {
                "claim_a": a, "claim_b": b, "relation": relation, "score": score, "state": state, "auto": 0,
                "reasons": json.dumps(["linked by hand"]), "created": now(),
            })
            self._log(action, "link", link_id, None, None, f"{a} {relation} {b} ({state})")
            self._changed("link", "insert", [link_id])
            self._changed("claim", "update", [a, b], ["links"])
        return link_id

    def delete_link(self, link_id: int, action: str = "unlink claims") -> dict[str, Any]:
        with self.atomic():
            row = self._rows("SELECT * FROM links WHERE id = ?", link_id)
            if not row:
                raise StoreError(f"no link with id {link_id}")
            self.conn.execute("DELETE FROM links WHERE id = ?", (link_id,))
            self._log(action, "link", link_id, None, f"{row[0]['claim_a']} {row[0]['relation']} {row[0]['claim_b']}", None)
            self._changed("link", "delete", [link_id])
            self._changed("claim", "update", [row[0]["claim_a"], row[0]["claim_b"]], ["links"])
        return row[0]

    def links_snapshot(self, claim_id: int) -> list[dict[str, Any]]:
        """The raw rows of a claim's links (for `put_back_links`)."""
        return self._rows("SELECT * FROM links WHERE claim_a = ? OR claim_b = ? ORDER BY id", claim_id, claim_id)

    def put_back_links(self, claim_id: int, rows: Sequence[dict[str, Any]]) -> None:
        """Make a claim's links exactly `rows` again (same ids): undo of an edit that re-matched it.
        Derived data, so no history row of its own."""
        with self.atomic():
            self.conn.execute("DELETE FROM links WHERE claim_a = ? OR claim_b = ?", (claim_id, claim_id))
            for row in rows:
                self._insert_row("links", dict(row))
            self._changed("link", "reload")
            self._changed("claim", "update", fields=["links"])

    def restore_link(self, snapshot: dict[str, Any], action: str = "restore link") -> int:
        with self.atomic():
            link_id = self._insert_row("links", snapshot)
            self._log(action, "link", link_id, None, None, f"{snapshot['claim_a']} {snapshot['relation']} {snapshot['claim_b']}")
            self._changed("link", "insert", [link_id])
            self._changed("claim", "update", [snapshot["claim_a"], snapshot["claim_b"]], ["links"])
        return link_id

    def set_link_state(
        self, link_id: int, state: str, *, auto: bool = False, relation: str | None = None,
        action: str = "decide link",
    ) -> dict[str, Any]:
        """The analyst confirms or rejects a link (auto=False), which re-matching never overrides.

        Returns the old state/auto/relation, for undo.
        """
        with self.atomic():
            row = self.link(link_id)
            relation = relation or row["relation"]
            check_link(relation, state)
            old = {"state": row["state"], "auto": row["auto"], "relation": row["relation"]}
            self.conn.execute(
                "UPDATE links SET state = ?, auto = ?, relation = ? WHERE id = ?", (state, int(auto), relation, link_id)
            )
            self._log(action, "link", link_id, "state", row["state"], state)
            if relation != row["relation"]:
                self._log(action, "link", link_id, "relation", row["relation"], relation)
            self._changed("link", "update", [link_id], ["state"])
            self._changed("claim", "update", [row["claim_a"], row["claim_b"]], ["links"])
        return old

    def link_stage(self) -> LinkStage:
        """A temporary table for what a matching run finds (see `LinkStage`, `save_links`)."""
        return LinkStage(self.conn)

    def save_links(
        self, found: Sequence[MachineLink | dict[str, Any]] | LinkStage, *, scope_claim_ids: set[int] | None,
        chunk: int = SAVE_CHUNK, log: bool = True,
    ) -> dict[str, int]:
        """Write what matching found (`MachineLink`s, dicts with the same keys and the reasons
        as a list, or a `LinkStage`), keeping every link the analyst decided.

        `log=False` writes no history row of its own: re-matching one edited claim is part of
        that edit (one action, one history entry).

        New pairs are inserted, machine links updated, and machine links in scope (touching
        `scope_claim_ids`, or all when None) that were not found again are deleted. The writes
        are committed `chunk` links at a time, so an edit from another process waits only for a
        short transaction; each statement re-checks `auto`, so a link the analyst decided
        between two chunks is kept. A caller that needs all-or-nothing wraps this in `atomic()`.
        """
        counts = {"inserted": 0, "updated": 0, "deleted": 0, "kept": 0}
        existing: dict[tuple[int, int], dict[str, Any]] = {}
        if scope_claim_ids is None:
            rows = self.conn.execute("SELECT id, claim_a, claim_b, auto FROM links").fetchall()
        else:
            scope = list(scope_claim_ids)
            rows = []
            for i in range(0, len(scope), 400):
                part = scope[i:i + 400]
                marks = ",".join("?" * len(part))
                rows += self.conn.execute(
                    f"SELECT id, claim_a, claim_b, auto FROM links WHERE claim_a IN ({marks}) OR claim_b IN ({marks})",
                    part + part,
                ).fetchall()
        for r in rows:
            existing[(r["claim_a"], r["claim_b"])] = dict(r)
        seen: set[tuple[int, int]] = set()
        if isinstance(found, LinkStage):
            batches: Iterable[list[tuple[tuple[int, int], MachineLink]]] = found.batches(chunk)
            if existing:
                seen = found.keys()
        else:
            todo: list[tuple[tuple[int, int], MachineLink]] = []
            for item in found:
                link = _machine_link(item)
                a, b = sorted((link.claim_a, link.claim_b))
                if (a, b) in seen or a == b:
                    continue
                seen.add((a, b))
                todo.append(((a, b), link))
            batches = (todo[start:start + chunk] for start in range(0, len(todo), chunk))
        stamp = now()
        if isinstance(found, LinkStage) and not existing:
            # A first matching (no link yet in scope): each chunk goes from the stage table to the
            # links in one statement, in the order found (the same ids), without a Python object a link.
            for after, last in found.spans(chunk):
                with self.atomic():
                    if not self._insert_staged(after, last, stamp, counts):
                        for key, link in found.batch(after, last):
                            self._save_one_link(key, link, None, stamp, counts)
                    self._changed("link", "reload")
                self.pause_for_others()
            batches = ()
        for batch in batches:
            with self.atomic():
                new = [(key, link) for key, link in batch if key not in existing]
                if new and self._insert_new_links(new, stamp):
                    counts["inserted"] += len(new)
                    batch = [(key, link) for key, link in batch if key in existing]
                for key, link in batch:
                    self._save_one_link(key, link, existing.get(key), stamp, counts)
                self._changed("link", "reload")
            self.pause_for_others()
        stale = [row["id"] for key, row in existing.items() if key not in seen and row["auto"]]
        for start in range(0, len(stale), chunk):
            with self.atomic():
                cursor = self.conn.executemany("DELETE FROM links WHERE id = ? AND auto = 1",
                                               [(i,) for i in stale[start:start + chunk]])
                counts["deleted"] += max(cursor.rowcount, 0)
                self._changed("link", "reload")
            self.pause_for_others()
        with self.atomic():
            if log and any(counts[k] for k in ("inserted", "updated", "deleted")):
                self._log("match claims", "link", None, None, None, json.dumps(counts))
            self._changed("link", "reload")
            self._changed("claim", "update", fields=["links"])
        return counts

    def _insert_staged(self, after: int, last: int, stamp: str, counts: dict[str, int]) -> bool:
        """`_insert_new_links` for the staged links with rowids in (after, last]."""
        try:
            with self.atomic():
                cursor = self.conn.execute(
                    "INSERT INTO links (claim_a, claim_b, relation, score, state, auto, reasons, created)"
                    " SELECT claim_a, claim_b, relation, score, state, 1, reasons, ? FROM temp.found_links"
                    " WHERE rowid > ? AND rowid <= ? ORDER BY rowid", (stamp, after, last))
        except sqlite3.IntegrityError:
            return False
        counts["inserted"] += max(cursor.rowcount, 0)
        return True

    def _insert_new_links(self, new: list[tuple[tuple[int, int], MachineLink]], stamp: str) -> bool:
        """Insert links no row had when matching began, in one statement; False (nothing
        written) when another writer added one of the pairs meanwhile (then each is saved alone)."""
        try:
            with self.atomic():
                self.conn.executemany(
                    "INSERT INTO links (claim_a, claim_b, relation, score, state, auto, reasons, created)"
                    " VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                    [(key[0], key[1], link.relation, link.score, link.state, link.reasons, stamp) for key, link in new])
        except sqlite3.IntegrityError:
            return False
        return True

    def _save_one_link(self, key: tuple[int, int], link: MachineLink, old: dict[str, Any] | None, stamp: str,
                       counts: dict[str, int]) -> None:
        state, reasons = link.state, link.reasons
        if old is None:
            # New unless another writer added the pair since `existing` was read: then it is updated
            # like any machine link (one statement for the common case, a fresh matching run).
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO links (claim_a, claim_b, relation, score, state, auto, reasons, created)"
                " VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                (key[0], key[1], link.relation, link.score, state, reasons, stamp),
            )
            if cursor.rowcount > 0:
                counts["inserted"] += 1
                return
            old_row = self.conn.execute("SELECT id, auto FROM links WHERE claim_a = ? AND claim_b = ?", key).fetchone()
            if old_row is None:
                return
            old = dict(old_row)
        cursor = self.conn.execute(
            "UPDATE links SET relation = ?, score = ?, state = ?, reasons = ? WHERE id = ? AND auto = 1",
            (link.relation, link.score, state, reasons, old["id"]),
        )
        counts["updated" if cursor.rowcount > 0 else "kept"] += 1
