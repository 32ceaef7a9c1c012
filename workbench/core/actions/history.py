"""Revert one recorded change: what the window's undo stack cannot do after a reopen.

The undo stack lives as long as the window has the project open; the `history` table lasts.
A field change in the history (a claim's status, a source's grade, a link's state, ...) can
be put back from it as a new action, itself undoable, as long as the field still holds the
value that change wrote; otherwise the analyst is told what it holds now.
"""

from __future__ import annotations

from typing import Any

from workbench.core.actions.base import ROW_KINDS, FieldEdit, update_row
from workbench.core.store import Store, StoreError

#: entity -> (table, fields that a revert may write back)
REVERTIBLE: dict[str, tuple[str, frozenset[str]]] = {
    "claim": ("claims", frozenset({"status", "confidence", "notes", "text", "source_id", "kind", "start", "end",
                                   "speaker"})),
    "source": ("sources", frozenset({"name", "kind", "reliability", "notes"})),
    "link": ("links", frozenset({"state", "relation"})),
}


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def revertible(store: Store, entry: dict[str, Any]) -> str | None:
    """Why this history entry cannot be reverted (None when it can)."""
    entity, field = entry.get("entity"), entry.get("field")
    if entity not in REVERTIBLE or entity not in ROW_KINDS or not field or field not in REVERTIBLE[entity][1]:
        return "only changes of a field can be reverted from the history"
    table = REVERTIBLE[entity][0]
    row = store.conn.execute(f'SELECT "{field}" FROM {table} WHERE id = ?', (entry["entity_id"],)).fetchone()
    if row is None:
        return f"the {entity} is gone"
    if _as_text(row[0]) != entry.get("new"):
        return f"the {field} was changed again since (it is now {row[0]!r})"
    if entry.get("old") == entry.get("new"):
        return "nothing to revert"
    return None


def revert_change(store: Store, history_id: int) -> FieldEdit:
    """Put a field back to the value it had before the recorded change `history_id`."""
    rows = store.conn.execute("SELECT * FROM history WHERE id = ?", (history_id,)).fetchall()
    if not rows:
        raise StoreError(f"no history entry {history_id}")
    entry = dict(rows[0])
    reason = revertible(store, entry)
    if reason:
        raise StoreError(f"cannot revert this change: {reason}")
    entity, field, old = entry["entity"], entry["field"], entry["old"]
    table = REVERTIBLE[entity][0]
    current = store.conn.execute(f'SELECT "{field}" FROM {table} WHERE id = ?', (entry["entity_id"],)).fetchone()[0]
    value: Any = old
    if old is not None and (isinstance(current, int) or field.endswith("_id") or field in ("start", "end")):
        value = int(old)
    label = f"Revert {field} of {entity} {entry['entity_id']} to {old if old is not None else 'none'}"
    with store.atomic():
        return update_row(store, label, entity, int(entry["entity_id"]), **{field: value})
