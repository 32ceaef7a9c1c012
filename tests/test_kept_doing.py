"""An act kept up is continued (`language.phrases._KEPT_DOING`), so its end is its opposite:
"ended their road blockade" / "kept blocking the road" is a conflict, not a duplicate."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


def test_kept_before_a_gerund_is_continued():
    assert rewrite("Farmers kept blocking the motorway.")[0] == "Farmers continue blocking the motorway."  # (the verb table writes its base form)
    assert rewrite("Students keep on occupying the hall.")[0].startswith("Students continue occupying")
    # a verb of stopping, a rate kept on hold, a thing kept: no act kept up
    for text in ("Police kept the protesters from reaching the palace.", "He kept nothing back.",
                 "The bank kept rates on hold."):
        assert "continu" not in rewrite(text)[0], text


def test_an_act_ended_against_one_kept_up_is_a_conflict():
    a = "Farmers ended their blockade of the motorway after the ministry promised subsidies."
    b = "Farmers kept blocking the motorway despite the ministry's promise of subsidies."
    assert compare(a, b).relation != "duplicate"
    assert compare("Protesters kept marching through the capital.",
                   "Protesters continued marching through the capital.").relation == "duplicate"
