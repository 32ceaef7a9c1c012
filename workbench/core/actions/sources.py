"""Source actions: who asserted a claim. Create, edit, delete a source; set a claim's source.

`set_source_by_name` is the one find-or-create: `workbench tag --source NAME` and the window's
"Use as source" / "New source…" both call it, so a name given twice never makes two sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.core.actions.base import Created, Deleted, Edit, FieldEdit, Steps, delete_row, update_row
from workbench.core.store import Store, StoreError
from workbench.core.store.validate import check_source
from workbench.core.vocab import SourceKind


def create_source(
    store: Store, name: str, kind: str = SourceKind.PERSON.value, reliability: str | None = None, notes: str = "",
    *, label: str | None = None,
) -> Created:
    """A new source (the name must be new, ignoring case)."""
    name = name.strip()
    label = label or f"New source {name}"
    return Created(label, "source", store.add_source(name, kind, reliability, notes, action=label))


def edit_source(store: Store, source_id: int, *, label: str | None = None, **fields: Any) -> FieldEdit:
    """Change a source's name, kind, reliability grade or notes."""
    source = store.source(source_id)
    return update_row(store, label or f"Edit source {source['name']}", "source", source_id, **fields)


def delete_source(store: Store, source_id: int) -> Deleted:
    """Delete a source; its claims lose it (undo gives it back to them)."""
    source = store.source(source_id)
    return delete_row(store, f"Delete source {source['name']}", "source", source_id)


@dataclass
class FoundSource:
    """The source a name stands for, and what finding it wrote (a new source, a new grade)."""

    source_id: int
    created: bool
    parts: list[Edit]


def find_or_create_source(
    store: Store, name: str, *, kind: str | None = None, reliability: str | None = None, notes: str = "",
    label: str | None = None,
) -> FoundSource:
    """The source of this name (ignoring case), created when missing.

    A kind or grade given for an existing source that differs from its own is written to it.
    """
    name = name.strip()
    if not name:
        raise StoreError("a source needs a name")
    check_source(kind or SourceKind.PERSON.value, reliability)
    with store.atomic():
        source = store.source_by_name(name)
        if source is None:
            created = create_source(store, name, kind or SourceKind.PERSON.value, reliability, notes, label=label)
            return FoundSource(created.row_id, True, [created])
        changes: dict[str, Any] = {}
        if reliability and source.get("reliability") != reliability:
            changes["reliability"] = reliability
        if kind and source.get("kind") != kind:
            changes["kind"] = kind
        parts: list[Edit] = []
        if changes:
            parts.append(edit_source(store, source["id"], label=label, **changes))
        return FoundSource(source["id"], False, parts)


def _source_label(store: Store, claim_id: int, source_id: int | None) -> str:
    if source_id is None:
        return f"Clear source of claim {claim_id}"
    return f"Set source of claim {claim_id} to {store.source(source_id)['name']}"


def set_source(store: Store, claim_id: int, source_id: int | None) -> FieldEdit:
    """Make an existing source the claim's source (None clears it)."""
    store.claim(claim_id)
    label = _source_label(store, claim_id, source_id)
    return update_row(store, label, "claim", claim_id, source_id=source_id)


@dataclass
class SourceSet(Steps):
    """`set_source_by_name`'s edit: also says which source it was and whether it is new."""

    source_id: int = 0
    created: bool = False


def set_source_by_name(
    store: Store, claim_id: int, name: str, *, kind: str | None = None, reliability: str | None = None,
    notes: str = "",
) -> SourceSet:
    """Make the source of this name the claim's source, creating (or grading) it first; one step."""
    name = name.strip()
    if not name:
        raise StoreError("a source needs a name")
    store.claim(claim_id)
    existing = store.source_by_name(name)
    label = f"Set source of claim {claim_id} to {existing['name'] if existing else name}"
    with store.atomic():
        found = find_or_create_source(store, name, kind=kind, reliability=reliability, notes=notes, label=label)
        assign = update_row(store, label, "claim", claim_id, source_id=found.source_id)
    return SourceSet(label, [*found.parts, assign], found.source_id, found.created)
