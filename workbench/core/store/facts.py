"""Facts: groups of claims that state the same thing, and the verdict they share.

A fact's verdict (status, confidence) is mirrored onto each member claim that is not set
apart, so `claims.status` is always a claim's effective verdict and every query on claims
keeps working. Which claims form a fact is decided by `workbench.core.facts`; this part only
reads and writes the rows, each write in one transaction with history and change notices.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from workbench.core.store.base import StoreBase, StoreError, now
from workbench.core.store.validate import check_confidence, check_status
from workbench.core.vocab import CLAIM_KINDS, LinkState, Relation, Status, sql_value, sql_values

#: Claim kinds that belong to facts (headlines, opinion and boilerplate do not).
FACT_KINDS = tuple(k.value for k in CLAIM_KINDS)
_KINDS_SQL = sql_values(FACT_KINDS)
_DUP, _CONFLICT = sql_value(Relation.DUPLICATE), sql_value(Relation.CONFLICT)
_CONFIRMED, _REJECTED, _SUGGESTED = (sql_value(LinkState.CONFIRMED), sql_value(LinkState.REJECTED),
                                     sql_value(LinkState.SUGGESTED))
_VERIFIED = sql_value(Status.VERIFIED)
#: a fact's evidence: what is attached to its claims not set apart (with the claim's fact as fact_id_)
_FACT_EVIDENCE_SQL = (
    "SELECT evidence.*, articles.title AS article_title, articles.outlet, articles.published, articles.url,"
    " claims.fact_id AS fact_id_ FROM evidence JOIN articles ON articles.id = evidence.article_id"
    " JOIN claims ON claims.id = evidence.claim_id WHERE claims.verdict_apart = 0 AND claims.fact_id IS NOT NULL"
)

MEMBER_COLUMNS = (
    "claims.id, claims.fact_id, claims.fact_pinned, claims.verdict_apart, claims.status, claims.confidence,"
    " claims.text, claims.quote, claims.speaker, claims.hedged, claims.quantities, claims.dates,"
    " claims.source_id, claims.updated, claims.article_id, articles.outlet, articles.wire_group,"
    " articles.published, articles.url, articles.title AS article_title"
)


class FactsPart(StoreBase):
    """Facts, their members and their verdicts."""

    # -- reading ---------------------------------------------------------------------------

    def facts_table(self, fact_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """Rows of the facts table that have at least one member claim."""
        sql = (
            "SELECT facts.*, (SELECT COUNT(*) FROM claims WHERE claims.fact_id = facts.id) AS size"
            " FROM facts WHERE EXISTS (SELECT 1 FROM claims WHERE claims.fact_id = facts.id)"
        )
        if fact_ids is None:
            return self._rows(sql + " ORDER BY facts.id")
        out: list[dict[str, Any]] = []
        ids = list(fact_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out += self._rows(sql + f" AND facts.id IN ({','.join('?' * len(chunk))})", *chunk)
        order = {f: k for k, f in enumerate(ids)}
        return sorted(out, key=lambda r: order.get(r["id"], 0))

    def fact_row(self, fact_id: int) -> dict[str, Any]:
        rows = self._rows("SELECT * FROM facts WHERE id = ?", fact_id)
        if not rows:
            raise StoreError(f"no fact with id {fact_id}")
        return rows[0]

    def fact_members(self, fact_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
        """Member claims with their article's outlet, wire group and date; all real claims when None."""
        base = f"SELECT {MEMBER_COLUMNS} FROM claims JOIN articles ON articles.id = claims.article_id"
        if fact_ids is None:
            rows = self._rows(base + f" WHERE claims.kind IN {_KINDS_SQL} ORDER BY claims.id")
        else:
            ids = list(fact_ids)
            rows = []
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                rows += self._rows(base + f" WHERE claims.fact_id IN ({','.join('?' * len(chunk))})"
                                   " ORDER BY claims.id", *chunk)
        for row in rows:
            row["fact_pinned"] = bool(row["fact_pinned"])
            row["verdict_apart"] = bool(row["verdict_apart"])
            row["hedged"] = bool(row["hedged"])
        return rows

    def grouping_rows(self) -> list[tuple]:
        """What grouping needs of every real claim, as plain tuples (fast on big projects): id, fact_id,
        fact_pinned, verdict_apart, status, confidence, text, updated, published."""
        return self.conn.execute(
            "SELECT claims.id, claims.fact_id, claims.fact_pinned, claims.verdict_apart, claims.status,"
            " claims.confidence, claims.text, claims.updated, articles.published"
            " FROM claims JOIN articles ON articles.id = claims.article_id"
            f" WHERE claims.kind IN {_KINDS_SQL} ORDER BY claims.id"
        ).fetchall()

    def fact_verdicts(self) -> dict[int, tuple]:
        """id -> (status, confidence, text) of every fact row."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.conn.execute("SELECT id, status, confidence, text FROM facts")}

    def stray_fact_claims(self) -> list[int]:
        """Claims that hold a fact but are no longer real claims (re-kinded as headline, opinion...)."""
        return [r[0] for r in self.conn.execute(
            f"SELECT id FROM claims WHERE fact_id IS NOT NULL AND kind NOT IN {_KINDS_SQL}")]

    def fact_links(self) -> list[tuple[int, int, int, str, float, str, bool]]:
        """(id, claim_a, claim_b, relation, score, state, auto) of the links that shape facts:
        duplicates and conflicts not rejected (suggested duplicates only count towards how close a
        claim is to a fact; `facts.grouping`). Tuples: a dense project has about a million."""
        return [(i, a, b, rel, float(score or 0), state, bool(auto)) for i, a, b, rel, score, state, auto in self.conn.execute(
            "SELECT id, claim_a, claim_b, relation, score, state, auto FROM links"
            f" WHERE relation IN ({_DUP}, {_CONFLICT}) AND state != {_REJECTED} ORDER BY score DESC, id")]

    def conflicting_fact_pairs(self) -> list[dict[str, Any]]:
        """Pairs of facts joined by a conflict link (not rejected), with the link that joins them."""
        return self._rows(
            "SELECT links.id AS link_id, links.state, links.auto, links.score, links.created,"
            " links.claim_a, links.claim_b, ca.fact_id AS fact_a, cb.fact_id AS fact_b"
            " FROM links JOIN claims AS ca ON ca.id = links.claim_a JOIN claims AS cb ON cb.id = links.claim_b"
            f" WHERE links.relation = {_CONFLICT} AND links.state != {_REJECTED}"
            " AND ca.fact_id IS NOT NULL AND cb.fact_id IS NOT NULL AND ca.fact_id != cb.fact_id"
            " ORDER BY links.score DESC, links.id"
        )

    def evidence_by_fact(self) -> dict[int, list[dict[str, Any]]]:
        """Every fact's evidence (what is attached to its claims not set apart), in one query."""
        out: dict[int, list[dict[str, Any]]] = {}
        for row in self._rows(f"{_FACT_EVIDENCE_SQL} ORDER BY evidence.id"):
            out.setdefault(row.pop("fact_id_"), []).append(row)
        return out

    def evidence_counts_by_fact(self) -> dict[int, int]:
        rows = self.conn.execute(
            "SELECT claims.fact_id, COUNT(*) FROM evidence JOIN claims ON claims.id = evidence.claim_id"
            " WHERE claims.fact_id IS NOT NULL AND claims.verdict_apart = 0 GROUP BY claims.fact_id"
        )
        return {int(f): int(n) for f, n in rows}

    def fact_ids_by_size(self, statuses: Sequence[str] | None = None) -> list[int]:
        """Ids of facts with members, most claims first (then most articles, then oldest)."""
        where = ""
        params: list[Any] = []
        if statuses:
            where = f"WHERE facts.status IN ({','.join('?' * len(statuses))})"
            params = list(statuses)
        sql = (
            "SELECT facts.id FROM facts JOIN claims ON claims.fact_id = facts.id"
            f" {where} GROUP BY facts.id"
            " ORDER BY COUNT(*) DESC, COUNT(DISTINCT claims.article_id) DESC, facts.id"
        )
        return [r[0] for r in self.conn.execute(sql, params)]

    def new_conflicts_since_rating(self) -> list[int]:
        """Facts rated verified that gained a conflict link (still a suggestion) after they were rated."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT facts.id FROM facts JOIN claims ON claims.fact_id = facts.id"
            " JOIN links ON (links.claim_a = claims.id OR links.claim_b = claims.id)"
            f" WHERE facts.status = {_VERIFIED} AND links.relation = {_CONFLICT} AND links.state = {_SUGGESTED}"
            " AND links.created >= facts.updated"
        )]

    def source_track_records(self) -> list[dict[str, Any]]:
        """Every source with its grade and how its claims were rated (effective verdicts)."""
        return self._rows(
            "SELECT sources.id, sources.name, sources.kind, sources.reliability,"
            " COUNT(claims.id) AS claims"
            + "".join(f", SUM(claims.status = {sql_value(s)}) AS {s.value}" for s in Status)
            + f" FROM sources LEFT JOIN claims ON claims.source_id = sources.id AND claims.kind IN {_KINDS_SQL}"
            " GROUP BY sources.id ORDER BY COUNT(claims.id) DESC, sources.name COLLATE NOCASE"
        )

    def status_counts_by(self, column: str) -> list[dict[str, Any]]:
        """Effective verdict counts of real claims per outlet (`outlet`) or per source (`source`)."""
        key = {"outlet": "COALESCE(articles.outlet, '(no outlet)')",
               "source": "COALESCE(sources.name, '(no source)')"}.get(column)
        if key is None:
            raise StoreError(f"cannot count statuses by {column!r}")
        return self._rows(
            f"SELECT {key} AS label, claims.status, COUNT(*) AS n FROM claims"
            " JOIN articles ON articles.id = claims.article_id LEFT JOIN sources ON sources.id = claims.source_id"
            f" WHERE claims.kind IN {_KINDS_SQL} GROUP BY label, claims.status ORDER BY label"
        )

    def rating_times(self) -> list[dict[str, Any]]:
        """When facts and claims were given a verdict (history), oldest first: the review's progress."""
        return self._rows(
            "SELECT time, entity, entity_id, new FROM history WHERE field = 'status'"
            " AND entity IN ('fact', 'claim') ORDER BY id"
        )

    def links_version(self) -> str:
        return self.setting("links_version", "0") or "0"

    def facts_are_stale(self) -> bool:
        """True when links changed since facts were grouped, or a real claim has no fact yet."""
        if self.setting("facts_links_version") != self.links_version():
            return True
        row = self.conn.execute(
            f"SELECT 1 FROM claims WHERE fact_id IS NULL AND kind IN {_KINDS_SQL} LIMIT 1"
        ).fetchone()
        return row is not None

    # -- the grouping's result ---------------------------------------------------------------

    def save_fact_grouping(
        self, assignment: Mapping[int, int | str], new_facts: Mapping[str, dict[str, Any]],
        fact_updates: Mapping[int, dict[str, Any]], claim_updates: Mapping[int, dict[str, Any]],
        detached: Iterable[int] = (),
        unless_changed_since: int | None = None,
    ) -> dict[int | str, int] | None:
        """Write a regrouping in one transaction.

        `assignment` maps claim id -> existing fact id, or a key of `new_facts` (fields of a
        fact to create). `fact_updates` changes text/status/confidence of existing facts;
        `claim_updates` sets status/confidence/verdict_apart of claims; `detached` claims lose
        their fact. Returns the ids given to the new facts.

        `unless_changed_since` (a `data_version()` taken before the grouping was read): when
        another connection committed since, nothing is written and None is returned, so a
        grouping computed in the background never lands over an edit made meanwhile.
        """
        stamp = now()
        with self.atomic():
            if unless_changed_since is not None and self.data_version() != unless_changed_since:
                return None
            ids: dict[int | str, int] = {}
            for key, fields in new_facts.items():
                values = {"text": "", "status": Status.UNVERIFIED.value, "confidence": None, "notes": "",
                          "created": stamp, "updated": stamp}
                values.update(fields)
                ids[key] = self._insert_row("facts", values)
            for fact_id, fields in fact_updates.items():
                if fields:
                    sets = ", ".join(f'"{k}" = ?' for k in fields)
                    self.conn.execute(f"UPDATE facts SET {sets}, updated = ? WHERE id = ?",
                                      (*fields.values(), stamp, fact_id))
            rows = [(ids.get(target, target), cid) for cid, target in assignment.items()]
            self.conn.executemany("UPDATE claims SET fact_id = ? WHERE id = ?", rows)
            self.conn.executemany("UPDATE claims SET fact_id = NULL, fact_pinned = 0 WHERE id = ?",
                                  [(c,) for c in detached])
            for claim_id, fields in claim_updates.items():
                sets = ", ".join(f'"{k}" = ?' for k in fields)
                self.conn.execute(f"UPDATE claims SET {sets} WHERE id = ?", (*fields.values(), claim_id))
            # derived from the links, not an analyst's act: no history row
            self.set_setting("facts_links_version", self.links_version())
            if rows or new_facts or fact_updates or claim_updates:
                self._changed("fact", "reload")
                verdicts = sorted({k for fields in claim_updates.values() for k in fields})
                if rows:
                    self._changed("claim", "update", [cid for _, cid in rows], ["fact_id"])
                if verdicts:  # only then do counts by status move
                    self._changed("claim", "update", list(claim_updates), verdicts)
        return ids

    # -- the analyst's edits -------------------------------------------------------------------

    def set_fact_verdict(self, fact_id: int, action: str = "rate fact", **fields: Any) -> dict[str, Any]:
        """Set a fact's status, confidence and/or notes; status and confidence reach every member not
        set apart. Returns a snapshot for `restore_fact_verdict`."""
        unknown = set(fields) - {"status", "confidence", "notes"}
        if unknown:
            raise StoreError(f"cannot set fact field(s): {', '.join(sorted(unknown))}")
        _validate_verdict(fields)
        with self.atomic():
            fact = self.fact_row(fact_id)
            members = self._rows(
                "SELECT id, status, confidence FROM claims WHERE fact_id = ? AND verdict_apart = 0", fact_id
            )
            snapshot = {"fact": {k: fact[k] for k in fields}, "fact_id": fact_id,
                        "claims": {m["id"]: {"status": m["status"], "confidence": m["confidence"]} for m in members}}
            changed = {k: v for k, v in fields.items() if fact[k] != v}
            stamp = now()
            if changed:
                sets = ", ".join(f'"{k}" = ?' for k in changed)
                self.conn.execute(f"UPDATE facts SET {sets}, updated = ? WHERE id = ?", (*changed.values(), stamp, fact_id))
                for key, value in changed.items():
                    self._log(action, "fact", fact_id, key, fact[key], value)
            mirrored = {k: v for k, v in fields.items() if k in ("status", "confidence")}
            touched = []
            for m in members:
                diff = {k: v for k, v in mirrored.items() if m[k] != v}
                if diff:
                    sets = ", ".join(f'"{k}" = ?' for k in diff)
                    self.conn.execute(f"UPDATE claims SET {sets}, updated = ? WHERE id = ?", (*diff.values(), stamp, m["id"]))
                    for key, value in diff.items():  # each claim's history shows the verdict it now carries
                        self._log(action, "claim", m["id"], key, m[key], value)
                    touched.append(m["id"])
            self._changed("fact", "update", [fact_id], list(fields))
            if touched:
                self._changed("claim", "update", touched, list(mirrored))
        return snapshot

    def restore_fact_verdict(self, snapshot: dict[str, Any], action: str = "undo rate fact") -> None:
        with self.atomic():
            fact_id = snapshot["fact_id"]
            fact = self.fact_row(fact_id)
            stamp = now()
            if snapshot["fact"]:
                sets = ", ".join(f'"{k}" = ?' for k in snapshot["fact"])
                self.conn.execute(f"UPDATE facts SET {sets}, updated = ? WHERE id = ?",
                                  (*snapshot["fact"].values(), stamp, fact_id))
                for key, value in snapshot["fact"].items():
                    if fact[key] != value:
                        self._log(action, "fact", fact_id, key, fact[key], value)
            for claim_id, values in snapshot["claims"].items():
                row = self.conn.execute("SELECT status, confidence FROM claims WHERE id = ?", (int(claim_id),)).fetchone()
                if row is None:
                    continue
                self.conn.execute("UPDATE claims SET status = ?, confidence = ?, updated = ? WHERE id = ?",
                                  (values["status"], values["confidence"], stamp, int(claim_id)))
                for key in ("status", "confidence"):
                    if row[key] != values[key]:
                        self._log(action, "claim", int(claim_id), key, row[key], values[key])
            self._changed("fact", "update", [fact_id], list(snapshot["fact"]))
            self._changed("claim", "update", [int(c) for c in snapshot["claims"]], ["status", "confidence"])

    def set_claim_verdict_apart(
        self, claim_id: int, apart: bool, action: str = "set claim apart", **fields: Any,
    ) -> dict[str, Any]:
        """Give one claim its own verdict (apart=True, with status/confidence) or return it to its fact's
        verdict (apart=False). Returns a snapshot for `restore_claim_fact`."""
        unknown = set(fields) - {"status", "confidence"}
        if unknown:
            raise StoreError(f"cannot set claim verdict field(s): {', '.join(sorted(unknown))}")
        _validate_verdict(fields)
        with self.atomic():
            snapshot = self._claim_fact_snapshot(claim_id)
            values: dict[str, Any] = {"verdict_apart": int(apart)}
            if apart:
                values.update(fields)
            else:
                fact_id = snapshot["claim"]["fact_id"]
                if fact_id is None:
                    raise StoreError(f"claim {claim_id} belongs to no fact")
                fact = self.fact_row(fact_id)
                values.update(status=fact["status"], confidence=fact["confidence"])
            self._write_claim_fact(claim_id, snapshot["claim"], values, action)
        return snapshot

    def move_claim_to_fact(self, claim_id: int, fact_id: int | None, action: str = "move claim to fact") -> dict[str, Any]:
        """Put a claim into another fact (or, with None, into a fact of its own) by hand; regrouping
        keeps it there. The claim takes its new fact's verdict unless set apart; a fact of its own
        starts with the claim's current verdict. Returns a snapshot for `restore_claim_fact`."""
        with self.atomic():
            snapshot = self._claim_fact_snapshot(claim_id)
            old = snapshot["claim"]
            if old["kind"] not in FACT_KINDS:
                raise StoreError(f"claim {claim_id} is a {old['kind']}, not a claim: it belongs to no fact")
            values: dict[str, Any] = {"fact_pinned": 1}
            if fact_id is None:
                stamp = now()
                fact_id = self._insert_row("facts", {
                    "text": old["text"], "status": old["status"], "confidence": old["confidence"], "notes": "",
                    "created": stamp, "updated": stamp,
                })
                snapshot["created_fact"] = fact_id
                values.update(verdict_apart=0)
            else:
                if fact_id == old["fact_id"]:
                    raise StoreError(f"claim {claim_id} is already in fact {fact_id}")
                fact = self.fact_row(fact_id)
                if not old["verdict_apart"]:
                    values.update(status=fact["status"], confidence=fact["confidence"])
            values["fact_id"] = fact_id
            self._write_claim_fact(claim_id, old, values, action)
            self._changed("fact", "update", [f for f in (old["fact_id"], fact_id) if f is not None], ["claims"])
        return snapshot

    def restore_claim_fact(self, snapshot: dict[str, Any], action: str = "undo move claim") -> None:
        """Put back a claim's fact, pin and verdict as `move_claim_to_fact`/`set_claim_verdict_apart` found them."""
        old = snapshot["claim"]
        with self.atomic():
            current = self._claim_fact_snapshot(old["id"])["claim"]
            values = {k: old[k] for k in ("fact_id", "fact_pinned", "verdict_apart", "status", "confidence")}
            if not old["verdict_apart"] and old["fact_id"] is not None:
                # back under its fact's verdict: the verdict the fact has now (it may have been rated since)
                fact = self.fact_row(old["fact_id"])
                values.update(status=fact["status"], confidence=fact["confidence"])
            self._write_claim_fact(old["id"], current, values, action)
            self._changed("fact", "update", [f for f in (old["fact_id"], current["fact_id"]) if f is not None],
                          ["claims"])

    def _claim_fact_snapshot(self, claim_id: int) -> dict[str, Any]:
        rows = self._rows(
            "SELECT id, kind, text, fact_id, fact_pinned, verdict_apart, status, confidence FROM claims WHERE id = ?",
            claim_id,
        )
        if not rows:
            raise StoreError(f"no claim with id {claim_id}")
        return {"claim": rows[0]}

    def _write_claim_fact(self, claim_id: int, old: dict[str, Any], values: dict[str, Any], action: str) -> None:
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return
        sets = ", ".join(f'"{k}" = ?' for k in changed)
        self.conn.execute(f"UPDATE claims SET {sets}, updated = ? WHERE id = ?", (*changed.values(), now(), claim_id))
        for key, value in changed.items():
            self._log(action, "claim", claim_id, key, old.get(key), value)
        self._changed("claim", "update", [claim_id], list(changed))


def _validate_verdict(fields: dict[str, Any]) -> None:
    if "status" in fields:
        check_status(fields["status"])
    if "confidence" in fields:
        check_confidence(fields["confidence"])
