"""Duplicates told in other words (helper dup141, sets 141-144 read): a ship's people ("sailors",
"seafarers", "mariners" / "crew members"), its call for help ("a mayday" / "a distress signal"), a
crew at work on a road or a site (its workers), and a container ship named as a cargo vessel; and
the hard negatives that must keep their answer."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.knowledge import rewrite


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_a_ships_people_and_its_call_for_help_are_written_one_way() -> None:
    assert rewrite("Eight mariners were missing.")[0] == rewrite("Eight crew members were missing.")[0]
    assert rewrite("The 19 seafarers were rescued.")[0] == rewrite("The 19 sailors were rescued.")[0]
    assert rewrite("The crew issued a mayday call.")[0] == rewrite("The crew issued a distress signal.")[0]
    assert rewrite("Three road crew members were hurt.")[0] == rewrite("Three road workers were hurt.")[0]
    # a road crew's members stay a road crew's, never sailors
    assert "road" in rewrite("Six road crew members were hurt.")[0]


def test_duplicates_told_with_a_ships_other_words() -> None:
    assert _relations([
        ("Eight mariners remain missing after the freighter went down in the Black Sea on Thursday, Turkish officials said.",
         "Turkish authorities said eight crew members of the cargo ship that sank in the Black Sea on Thursday are still "
         "unaccounted for."),
        ("A container ship ran aground in the Suez Canal on Tuesday, halting traffic through the waterway in both directions.",
         "Traffic through the Suez Canal was halted in both directions on Tuesday after a cargo vessel ran aground in the "
         "waterway."),
        ("A cargo ship loaded with grain collided with a fuel barge on the Danube early on Monday, Romanian officials said.",
         "Romanian authorities said a container vessel carrying grain hit a fuel barge on the Danube early on Monday."),
    ]) == ["duplicate", "duplicate", "duplicate"]


def test_other_people_and_other_ships_stay_apart() -> None:
    assert "duplicate" not in _relations([
        ("All 14 sailors on the trawler were rescued off Norway on Friday.",
         "All 14 passengers on the ferry were rescued off Norway on Friday."),
        ("A container ship ran aground off Sri Lanka on Wednesday.", "A tanker ran aground off Sri Lanka on Wednesday."),
        ("Four road workers were killed when a truck hit them near Lyon.",
         "Four rescue workers were killed when a truck hit them near Lyon."),
    ])
