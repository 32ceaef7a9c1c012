"""Ground a side withdrew or retreated from is ground lost, and schools where classes were
suspended are closed, not reopened (helper group20k): opposite outcomes of one event."""

from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_one_side_withdrawing_and_retaking_is_a_clash() -> None:
    got = _got("Government troops withdrew from eight villages near Afgoye on 24 March.",
               "Eight villages were retaken from al-Shabaab by government troops near Afgoye on 24 March.")
    assert got.relation != "duplicate"
    assert any(r.startswith("opposite outcomes") for r in got.reasons)


def test_ground_one_side_left_is_ground_the_other_took() -> None:
    got = _got("The army withdrew from eight villages near Afgoye on 24 March.",
               "Al-Shabaab fighters seized eight villages outside Afgoye on 24 March.")
    assert got.relation == "duplicate"


def test_classes_suspended_are_no_schools_reopened() -> None:
    got = _got("Classes were suspended in 14 schools in Buulobarde on 5 March.",
               "About 14 schools were reopened in Bulo Burte district on 5 March.")
    assert got.relation != "duplicate"
    assert any(r.startswith("opposite outcomes") for r in got.reasons)
    assert _got("Classes were suspended in 14 schools in Buulobarde on 5 March.",
                "Fourteen schools were forced to close in Bulo Burte on 5 March.").relation == "duplicate"
