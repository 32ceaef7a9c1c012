"""A figure counts what the synonym table's phrase around its head noun names (helper sitreprecall)."""

from workbench.core.figures import quantities_of
from workbench.core.figures.compare import counted_stems
from workbench.core.match.compare import compare_many


def _stems(text: str) -> set[str]:
    return counted_stems(quantities_of(text)[0])


def test_a_phrase_of_the_table_names_what_a_figure_counts() -> None:
    assert _stems("650 makeshift homes were destroyed") == _stems("650 shelters were destroyed")
    assert _stems("23 shallow wells dried up") == _stems("23 water points dried up")


def test_makeshift_homes_and_shelters_are_one_count() -> None:
    got = compare_many([("650 makeshift homes were destroyed in Baidoa on 3 March.",
                         "650 shelters were destroyed in Baidoa on 3 March.")], semantic=False)[0]
    assert got.relation == "duplicate"
    assert not any(r.startswith("two counts") for r in got.reasons)
