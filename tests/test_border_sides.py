"""The neighbour named after "the border with" tells which border: against a claim telling "the
border" alone it is no name left unmatched; two neighbours stay two borders (`match.border_sides`;
helper dup135)."""

from workbench.core.match.border_sides import neighbours_left_out
from workbench.core.match.compare import compare, compare_many


def test_the_neighbour_the_other_claim_leaves_out() -> None:
    a = "Kenya partially reopened the border to trade on 11 October 2023."
    b = "On October 11, 2023, Kenyan authorities partially reopened the frontier with Somalia to trade."
    assert neighbours_left_out(b, a) == {"somalia"}
    assert not neighbours_left_out(a, b)
    (c,) = compare_many([("Kenya partially reopened the border to trade on 11 October 2023.",
                          "On October 11, 2023, Kenyan authorities allowed commercial traffic to resume across parts "
                          "of the frontier with Somalia.")], semantic=True)
    assert c.relation == "duplicate"


def test_two_neighbours_are_two_borders() -> None:
    a, b = "Kenya reopened the border with Tanzania on 3 May 2021.", "Kenya reopened the border with Uganda on 3 May 2021."
    assert not neighbours_left_out(a, b) and not neighbours_left_out(b, a)
    assert compare(a, b).relation != "duplicate"
