"""A regulator by its long name and by its field (`match.regulators`, helper dup115): one body when
the long name holds a word of the description's field, two bodies when it holds another field's."""

from workbench.core.match.compare import compare, compare_many
from workbench.core.match.regulators import regulator_named, regulators_apart
from workbench.core.vocab import Relation


def test_a_long_name_is_written_as_the_other_claims_description() -> None:
    assert regulator_named("The Information and Communication Technologies Authority ordered a block.",
                           "The telecoms regulator ordered a block.")[0] == "The telecoms regulator ordered a block."
    assert regulator_named("Britain's Civil Aviation Authority (CAA) grounded the fleet.",
                           "The aviation watchdog grounded the fleet.")[0] == "Britain's aviation watchdog grounded the fleet."
    assert regulator_named("The Civil Aviation Authority grounded the fleet.", "The telecoms regulator grounded it.") is None


def test_a_body_of_another_field_is_another_regulator() -> None:
    assert regulators_apart("The Civil Aviation Authority grounded the fleet.", "The telecoms regulator grounded it.") == \
        "another regulator: Civil Aviation Authority / telecoms regulator"
    assert regulators_apart("The Civil Aviation Authority grounded the fleet.", "The aviation regulator grounded it.") is None
    a = "The Civil Aviation Authority grounded all Boeing 737 MAX jets on Tuesday."
    assert compare(a, "The telecoms regulator grounded all Boeing 737 MAX jets on Tuesday.").relation != Relation.DUPLICATE


def test_one_regulator_told_two_ways_is_one_doer() -> None:
    a, b = ("The Communications Authority of Kenya ordered internet providers to suspend access to social media "
            "until after the election.",
            "Kenya's telecoms regulator told internet companies to block social media platforms until the vote was over.")
    assert compare(a, b).relation == Relation.DUPLICATE
    a, b = ("The Information and Communications Authority fined the operator 2 million dollars.",
            "The telecoms regulator fined the operator $2 million.")
    assert compare_many([(a, b)], semantic=True)[0].relation == Relation.DUPLICATE
