"""Opposite outcomes told by verbs or states no opposite row paired (sets 117-120, helper opp117): a
challenge upheld or dismissed, a thing kept on or taken off a list (`language.object_outcomes`), a
state written inside a name ("the Constitutional Court") against its prefixed denial
(`match.negated_states`), all of a group against one of it with the opposite outcome
(`match.whole_fates.part_against_whole`), a group moved to one place against kept in another
(`match.moved_or_stayed`)."""

from __future__ import annotations

from workbench.core.match.compare import compare_many
from workbench.core.match.knowledge import rewrite
from workbench.core.match.moved_or_stayed import moved_or_stayed

CONFLICTS = [
    ("Uganda's Constitutional Court dismissed the petition against the anti-homosexuality law.",
     "Uganda's Constitutional Court upheld the petition against the anti-homosexuality law."),
    ("Malawi's High Court threw out the opposition's challenge to the election result.",
     "Malawi's High Court upheld the opposition's challenge to the election result."),
    ("The broadcasting regulator upheld the complaint against the channel's election coverage.",
     "The broadcasting regulator dismissed the complaint against the channel's election coverage."),
    ("The EU kept Panama on its list of non-cooperative tax jurisdictions.",
     "The EU removed Panama from its list of non-cooperative tax jurisdictions."),
    ("The US State Department kept Cuba on its list of state sponsors of terrorism.",
     "The US State Department took Cuba off its list of state sponsors of terrorism."),
    ("South Korea's Constitutional Court ruled the martial law decree was constitutional.",
     "South Korea's Constitutional Court struck down the martial law decree as unconstitutional."),
    ("All 27 member states approved the new sanctions package, the diplomat said.",
     "The diplomat said one member state had blocked the new sanctions package."),
    ("The 40 asylum seekers were flown back to Britain after the court halted their removal.",
     "The 40 asylum seekers remained in Rwanda after the court allowed their removal."),
]

#: Hard negatives: one ruling told with verbs that agree, one list told twice, a part with no opposite.
DUPLICATES = [
    ("The appeals court upheld the conviction of the former mayor.",
     "The appeals court dismissed the former mayor's appeal against his conviction."),
    ("The Supreme Court dismissed the appeal and upheld the ten-year sentence.",
     "The Supreme Court upheld the ten-year sentence, rejecting the appeal."),
    ("Kenya's High Court dismissed the petition against the finance law.",
     "Kenya's High Court threw out the petition against the finance law."),
    ("The EU removed Panama from its list of non-cooperative tax jurisdictions.",
     "The EU dropped Panama from its list of non-cooperative tax jurisdictions."),
    ("The EU kept Russia on its list of high-risk countries for money laundering.",
     "Russia remained on the EU's list of high-risk countries for money laundering."),
    ("Poland's Constitutional Tribunal ruled the abortion law unconstitutional.",
     "Poland's Constitutional Tribunal found the abortion law unconstitutional."),
]

NOT_DUPLICATES = [
    ("Ten member states approved the farm budget.", "One member state blocked the migration pact."),
    ("The EU kept Panama on its list of non-cooperative tax jurisdictions.",
     "The EU removed Fiji from its list of non-cooperative tax jurisdictions."),
    ("Two hundred residents returned to Kharkiv on Monday.", "Ukrainian troops remained in Kupiansk on Monday."),
]


def test_opposite_outcomes_told_by_their_objects_are_conflicts() -> None:
    for (a, b), c in zip(CONFLICTS, compare_many(CONFLICTS), strict=True):
        assert c.relation == "conflict", (a, b, c.reasons)


def test_one_outcome_told_two_ways_stays_a_duplicate() -> None:
    for (a, b), c in zip(DUPLICATES, compare_many(DUPLICATES), strict=True):
        assert c.relation == "duplicate", (a, b, c.reasons)
    for (a, b), c in zip(NOT_DUPLICATES, compare_many(NOT_DUPLICATES), strict=True):
        assert c.relation != "duplicate", (a, b, c.reasons)


def test_the_object_decides_the_ruling() -> None:
    assert "accepted the Herero" in rewrite("The court upheld the Herero challenge to the declaration.")[0]
    assert "reject" in rewrite("The court dismissed the Herero challenge to the declaration.")[0]
    # what the court upheld is no challenge: as written
    assert "upheld the conviction" in rewrite("The court upheld the conviction.")[0]
    assert "upheld the appeal court's ruling" in rewrite("The court upheld the appeal court's ruling.")[0]
    assert "retained Cuba on" in rewrite("They kept Cuba on the list of sponsors.")[0]
    assert "kept the ban on" in rewrite("They kept the ban on imports.")[0]


def test_moved_or_stayed_needs_one_subject_and_two_places() -> None:
    assert moved_or_stayed("The eight migrants were returned to Italy.", "The eight migrants remained in Albania.")
    assert moved_or_stayed("The eight migrants were returned to Italy.", "The eight migrants remained in Italy.") is None
    assert moved_or_stayed("The envoy returned to Paris.", "Troops remained in Mali.") is None
