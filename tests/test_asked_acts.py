"""Two claims asking one doer for two acts ("ordered him to forfeit his houses" / "to pay damages",
"recommended prosecuting" / "banning") tell two facts; one act asked in other words stays one
(helper not105)."""

from workbench.core.match.acts import _asked_act, acts_of_two_kinds
from workbench.core.match.compare import compare


def test_the_act_asked_for_is_read() -> None:
    assert _asked_act("the tribunal ordered the former governor to forfeit three of his houses", "order") == "forfeit"
    assert _asked_act("the committee recommended prosecuting the importer", "recommend") == "prosecut"
    assert acts_of_two_kinds("the senate committee recommended prosecuting the importer",
                             "the senate committee recommended banning the importer",
                             frozenset({"senat", "committe", "recommend", "prosecut", "importer"}),
                             frozenset({"senat", "committe", "recommend", "ban", "importer"})) is not None


def test_other_acts_asked_for_are_another_fact() -> None:
    a = "The tribunal ordered the former governor to forfeit three of his houses, his lawyer said."
    assert compare(a, "The tribunal ordered the former governor to pay damages to the state, his lawyer said.").relation \
        != "duplicate"
    b = "The Senate committee recommended prosecuting the fuel importer."
    assert compare(b, "The Senate committee recommended banning all the fuel importer's products.").relation != "duplicate"
    assert compare(b, "The Senate committee recommended charging the fuel importer.").relation == "duplicate"
