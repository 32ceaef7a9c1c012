"""Two doers of one act on one body, one named after that body, are two facts (`named_after_target`)."""

from workbench.core.match.compare import compare
from workbench.core.vocab import Relation

_DUPLICATE = Relation.DUPLICATE.value


def test_group_named_after_the_one_sued() -> None:
    for a, b in (("Tesla shareholders took the company to court over the buyout.",
                  "The state of Delaware took Tesla to court over the buyout."),
                 ("Boeing workers picketed the company over the pension cuts.",
                  "The state of Washington picketed Boeing over the pension cuts.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any(r.startswith("two doers of one act") for r in c.reasons), (a, b)


def test_one_doer_told_two_ways() -> None:
    for a, b in (("The government sued Google over its advertising business.",
                  "The Justice Department sued Google over its advertising business."),
                 ("The state of Washington sued Boeing over the pension cuts.",
                  "Washington state sued Boeing over the pension cuts."),
                 ("Boeing employees sued the company over the pension cuts.",
                  "Boeing workers filed a lawsuit against the company over the pension cuts.")):
        c = compare(a, b)
        assert not any(r.startswith("two doers of one act") for r in c.reasons), (a, b)
