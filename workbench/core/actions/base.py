"""What an action returns: an `Edit` that knows its label and how to undo and redo itself.

Every user action (in the sibling modules) validates, writes in one transaction with one
history label, and returns an Edit. `edit.undo(store)` puts the previous state back in one
transaction, recorded in history as "undo <label>"; `edit.redo(store)` does it again ("redo
<label>"), re-creating deleted rows with their old ids so later edits keep pointing at them.
The window's undo commands are thin wrappers over these objects; the CLI ignores them.

Five shapes cover every action: fields of one row changed (`FieldEdit`), a project setting
changed (`SettingEdit`), a row created (`Created`), a row deleted (`Deleted`), and several of
those as one step (`Steps`). New kinds
of rows register how they are updated, deleted and restored in `ROW_KINDS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from workbench.core.store import Store


class Edit(Protocol):
    """What one action did, enough to take it back and do it again."""

    label: str

    def undo(self, store: Store) -> None: ...

    def redo(self, store: Store) -> None: ...


@dataclass(frozen=True)
class RowKind:
    """How the store updates, deletes and restores one kind of row (with a history label)."""

    update: Callable[[Store, int, str, dict[str, Any]], dict[str, Any]]
    delete: Callable[[Store, int, str], dict[str, Any]]
    restore: Callable[[Store, dict[str, Any], str], int]


def _restore_article(store: Store, snapshot: dict[str, Any], action: str) -> int:
    store.restore_article(snapshot, action=action)
    return int(snapshot["article"]["id"])


def _update_link(store: Store, link_id: int, action: str, fields: dict[str, Any]) -> dict[str, Any]:
    row = store.link(link_id)
    return store.set_link_state(
        link_id, fields.get("state", row["state"]), auto=bool(fields.get("auto", row["auto"])),
        relation=fields.get("relation", row["relation"]), action=action,
    )


#: entity name (as in history) -> how to write it; an extension (e.g. facts) adds its own entry.
ROW_KINDS: dict[str, RowKind] = {
    "claim": RowKind(
        lambda s, i, a, f: s.update_claim(i, action=a, **f),
        lambda s, i, a: s.delete_claim(i, action=a),
        lambda s, snap, a: s.restore_claim(snap, action=a),
    ),
    "source": RowKind(
        lambda s, i, a, f: s.update_source(i, action=a, **f),
        lambda s, i, a: s.delete_source(i, action=a),
        lambda s, snap, a: s.restore_source(snap, action=a),
    ),
    "evidence": RowKind(
        lambda s, i, a, f: s.update_evidence(i, action=a, **f),
        lambda s, i, a: s.remove_evidence(i, action=a),
        lambda s, snap, a: s.restore_evidence(snap, action=a),
    ),
    "link": RowKind(
        _update_link,
        lambda s, i, a: s.delete_link(i, action=a),
        lambda s, snap, a: s.restore_link(snap, action=a),
    ),
    "article": RowKind(
        lambda s, i, a, f: s.update_article(i, action=a, **f),
        lambda s, i, a: s.delete_article(i, action=a),
        _restore_article,
    ),
}


def undo_label(label: str) -> str:
    return f"undo {label}"


def redo_label(label: str) -> str:
    return f"redo {label}"


@dataclass
class FieldEdit:
    """Fields of one row changed from `old` to `new` (only the fields that really changed)."""

    label: str
    entity: str
    row_id: int
    old: dict[str, Any]
    new: dict[str, Any]

    @property
    def changed(self) -> bool:
        return self.old != self.new

    def apply(self, store: Store, action: str) -> None:
        """Write `new` under `action` (what the action itself does, and redo)."""
        old = ROW_KINDS[self.entity].update(store, self.row_id, action, self.new)
        self.old = {k: old[k] for k in self.new}

    def undo(self, store: Store) -> None:
        with store.atomic():
            ROW_KINDS[self.entity].update(store, self.row_id, undo_label(self.label), self.old)

    def redo(self, store: Store) -> None:
        with store.atomic():
            ROW_KINDS[self.entity].update(store, self.row_id, redo_label(self.label), self.new)

    def merged(self, later: FieldEdit) -> FieldEdit | None:
        """This edit followed by `later` of the same row, as one edit (None if they do not combine)."""
        if (later.entity, later.row_id) != (self.entity, self.row_id) or set(later.new) != set(self.new):
            return None
        return FieldEdit(later.label, self.entity, self.row_id, dict(self.old), dict(later.new))


@dataclass
class SettingEdit:
    """A project setting changed from `old` to `new` (None: not set, the default)."""

    label: str
    key: str
    old: str | None
    new: str | None

    @property
    def changed(self) -> bool:
        return self.old != self.new

    def undo(self, store: Store) -> None:
        store.change_setting(self.key, self.old, action=undo_label(self.label))

    def redo(self, store: Store) -> None:
        store.change_setting(self.key, self.new, action=redo_label(self.label))


def update_row(store: Store, label: str, entity: str, row_id: int, **fields: Any) -> FieldEdit:
    """Change fields of one row under one label; the returned edit holds only what changed."""
    edit = FieldEdit(label, entity, row_id, {}, dict(fields))
    edit.apply(store, label)
    changed = {k for k in fields if edit.old[k] != fields[k]}
    edit.old = {k: v for k, v in edit.old.items() if k in changed}
    edit.new = {k: v for k, v in edit.new.items() if k in changed}
    return edit


@dataclass
class Created:
    """A row the action created; undo deletes it (keeping a snapshot), redo restores the same row."""

    label: str
    entity: str
    row_id: int
    snapshot: dict[str, Any] | None = None

    def undo(self, store: Store) -> None:
        with store.atomic():
            self.snapshot = ROW_KINDS[self.entity].delete(store, self.row_id, undo_label(self.label))

    def redo(self, store: Store) -> None:
        assert self.snapshot is not None, "redo before undo"
        with store.atomic():
            self.row_id = ROW_KINDS[self.entity].restore(store, self.snapshot, redo_label(self.label))


@dataclass
class Deleted:
    """A row the action deleted, with the store's snapshot; undo restores it with the same id."""

    label: str
    entity: str
    row_id: int
    snapshot: dict[str, Any]

    def undo(self, store: Store) -> None:
        with store.atomic():
            ROW_KINDS[self.entity].restore(store, self.snapshot, undo_label(self.label))

    def redo(self, store: Store) -> None:
        with store.atomic():
            self.snapshot = ROW_KINDS[self.entity].delete(store, self.row_id, redo_label(self.label))


def delete_row(store: Store, label: str, entity: str, row_id: int) -> Deleted:
    return Deleted(label, entity, row_id, ROW_KINDS[entity].delete(store, row_id, label))


@dataclass
class Steps:
    """Several writes that make up one action (split, merge, set a new source...): one undo step.

    Undo takes the parts back in reverse order, redo does them again, each in one transaction.
    """

    label: str
    parts: Sequence[Edit] = field(default_factory=list)

    def undo(self, store: Store) -> None:
        with store.atomic():
            for part in reversed(self.parts):
                part.undo(store)

    def redo(self, store: Store) -> None:
        with store.atomic():
            for part in self.parts:
                part.redo(store)

    @property
    def changed(self) -> bool:
        return any(getattr(p, "changed", True) for p in self.parts)


def short(text: str | None, limit: int = 40) -> str:
    """One line of at most `limit` characters, for labels."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
