"""Ground kept and ground abandoned are opposite outcomes (`opposites.OPPOSITES`)."""

from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import opposite_outcome
from workbench.core.vocab import Relation


def test_kept_control_against_abandoned_is_a_conflict() -> None:
    a, b = ("Malian soldiers fought off the raid and kept control of the base, the army said.",
            "Malian soldiers were forced to abandon the base after the raid, the army said.")
    assert opposite_outcome(normalize(a).tokens, normalize(b).tokens)
    assert compare(a, b).relation == Relation.CONFLICT


def test_held_against_abandoned_is_never_a_duplicate() -> None:
    a, b = ("Government forces held the checkpoint after the overnight attack.",
            "Government forces abandoned the checkpoint after the overnight attack.")
    assert compare(a, b).relation == Relation.CONFLICT


def test_abandoned_and_withdrew_are_one_outcome() -> None:
    a, b = ("Malian soldiers were forced to abandon the base after the raid, the army said.",
            "Malian soldiers withdrew from the base after the raid, the army said.")
    assert compare(a, b).relation == Relation.DUPLICATE
