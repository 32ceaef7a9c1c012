"""One number each, left unpaired, that disagree is a clash (`anchor.unpaired_clash`): a conflict,
not a duplicate."""

from __future__ import annotations

from workbench.core.match.compare import compare


def test_one_number_each_left_unpaired_that_disagree_clash() -> None:
    """An adjective figure ("a 14-member team") pairs with no count, but two such numbers in one
    slot are still a clash (`anchor.unpaired_clash`): a conflict, not a duplicate."""
    a = "The union sent a team of 9 negotiators to the talks in Nairobi on Monday"
    c = compare(a, "The union sent a 14-member team to the talks in Nairobi on Monday")
    assert c.relation == "conflict", c.reasons
    assert any("figures disagree" in r for r in c.reasons)
    assert compare(a, "The union sent a 9-member team to the talks in Nairobi on Monday").relation == "duplicate"
