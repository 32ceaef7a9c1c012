"""Ground one side took is ground the other lost: told by two doers, one act (helper sitreprecall)."""

from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_seized_by_one_side_is_lost_by_the_other() -> None:
    got = _got("Al-Shabaab fighters seized three villages near Jowhar on 30 March.",
               "The army lost three villages near Jowhar on 30 March.")
    assert got.relation == "duplicate"
    assert not any(r.startswith(("another doer", "opposite outcomes")) for r in got.reasons)


def test_one_side_taking_and_losing_is_still_a_clash() -> None:
    got = _got("The army recaptured three villages near Jowhar on 30 March.",
               "The army lost three villages near Jowhar on 30 March.")
    assert got.relation != "duplicate"
    assert any(r.startswith("opposite outcomes") for r in got.reasons)


def test_two_sides_taking_ground_are_two_facts() -> None:
    got = _got("Al-Shabaab fighters seized three villages near Jowhar on 30 March.",
               "The army recaptured three villages near Jowhar on 30 March.")
    assert got.relation != "duplicate"


def test_surrender_is_no_ground_lost() -> None:
    got = _got("23 militants surrendered to the army near Jowhar on 30 March.",
               "The army captured 23 militants near Jowhar on 30 March.")
    assert got.relation != "duplicate"

