"""Reverting a recorded change from the history (the undo stack does not outlive the window)."""

from __future__ import annotations

import pytest
from conftest import SAMPLE

from workbench.core.actions.history import revert_change
from workbench.core.actions.importing import import_paths
from workbench.core.store import Store, StoreError


def test_revert_a_status_change_then_undo_the_revert(tmp_path):
    with Store.open(tmp_path / "p.wbproj") as store:
        import_paths(store, [SAMPLE], match=False)
        claim_id = store.claims()[0]["id"]
        store.update_claim(claim_id, action="tag", status="false", confidence="high")
        entry = next(h for h in store.history("claim", claim_id) if h["field"] == "status")
        edit = revert_change(store, entry["id"])
        assert store.claim(claim_id)["status"] == "unverified"
        assert store.claim(claim_id)["confidence"] == "high"  # only that field
        edit.undo(store)
        assert store.claim(claim_id)["status"] == "false"
        store.update_claim(claim_id, status="verified")
        with pytest.raises(StoreError, match="changed again since"):
            revert_change(store, entry["id"])
        assert store.claim(claim_id)["status"] == "verified"
        imported = store.history("article")[-1]
        assert imported["action"] == "import article"
        with pytest.raises(StoreError, match="only changes of a field"):
            revert_change(store, imported["id"])
