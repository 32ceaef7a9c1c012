"""An activity that went on against the same activity stopped (`match.went_on_or_stopped`; sets
133-136, helper conf133b): "kept selling" / "stopped selling", "pressed on with" / "suspended"."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.went_on_or_stopped import stopped, went_on
from workbench.core.vocab import Relation

CONFLICTS = [
    ("The bank stopped lending to small farmers in April.",
     "The bank kept lending to small farmers throughout April."),
    ("The port authority halted shipments of grain after the storm.",
     "The port authority pressed on with shipments of grain despite the storm."),
    ("The utility ceased cutting off customers who owed money during the heatwave.",
     "The utility continued cutting off customers who owed money during the heatwave."),
    ("The railway carried on with repairs of the bridge despite the floods.",
     "The railway suspended repairs of the bridge because of the floods."),
]
NOT_CONFLICTS = [
    # another activity of the same verb
    ("The bank kept lending to small farmers in April.", "The bank stopped lending to large exporters in April."),
    # a stop only asked for, not done
    ("The port authority kept shipping grain after the storm.",
     "Unions urged the port authority to stop shipping grain after the storm."),
]


def test_the_readings_of_one_claim() -> None:
    assert went_on("The airline kept selling tickets to Moscow.") == (frozenset({"sell", "ticket", "moscow"}),)
    assert went_on("Police pressed on with the evictions despite the ruling.") == (frozenset({"eviction"}),)
    assert stopped("The airline stopped selling tickets.") == (frozenset({"sell", "ticket"}),)
    assert not stopped("Regulators ordered the airline to stop selling tickets.")  # no finite stop
    assert not stopped("The talks ended up producing a deal.")  # "ended up" is no stop


def test_an_activity_kept_against_it_stopped_is_a_conflict() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == Relation.CONFLICT.value, (a, b, c.reasons)


def test_another_activity_or_a_stop_asked_for_is_no_conflict() -> None:
    for (a, b), c in zip(NOT_CONFLICTS, compare_many(NOT_CONFLICTS), strict=True):
        assert c.relation != Relation.CONFLICT.value, (a, b, c.reasons)
