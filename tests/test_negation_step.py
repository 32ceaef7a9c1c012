"""The negation step (`match.negation_step`): denials read of the rewritten wording, a denial and a
"not" of the same thing both negative, a negation that governs one word the other does not say
(helper conf8, invented pairs in benchmarks/data/category_probes/conflicts.tsv)."""

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize(("a", "b"), [
    # "rejected reports that" is rewritten "denied that": a denial of what the other tells
    ("Ukraine shot down a Russian fighter jet over the Black Sea, its air force said",
     "Russia rejected reports that one of its fighter jets had been shot down over the Black Sea"),
    # "conceded defeat" and "refused to concede defeat": the refusal read of the rewritten wording
    ("The opposition candidate conceded defeat on Tuesday",
     "The opposition candidate refused to concede defeat on Tuesday, saying the vote was rigged"),
    # the "not" governs "use rubber bullets against": all but "against" said by the other claim
    ("Police used rubber bullets to break up the march in Dakar, witnesses said",
     "Police did not use rubber bullets against the march in Dakar, the interior ministry said"),
    ("Riot police fired water cannon at students outside the university in Dhaka",
     "Police did not fire water cannon at the students in Dhaka, the police chief told reporters"),
])
def test_a_denial_is_a_conflict(a: str, b: str) -> None:
    assert compare(a, b).relation == "conflict"
    assert compare(b, a).relation == "conflict"


@pytest.mark.parametrize(("a", "b"), [
    ("The government denied that troops had fired on protesters in Conakry",
     "Guinea's government said its soldiers had not shot at protesters in Conakry"),
    ("Authorities denied that any prisoners had escaped from the jail in Goma",
     "No prisoners escaped from the Goma jail, the authorities said"),
])
def test_a_denial_and_a_not_of_the_same_are_both_negative(a: str, b: str) -> None:
    assert compare(a, b).relation != "conflict"
