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


@pytest.mark.parametrize(("a", "b"), [
    # a pronoun and a "no" subject deny their whole clause, which the other claim says
    ("About 300 people were evacuated from the hamlet before the slope collapsed",
     "Nobody was evacuated before the slope collapsed, villagers said"),
    ("The protesters were attacked by masked men with baseball bats, witnesses said",
     "Police said no protesters had been attacked during the march"),
    # a denial's scope read past articles and auxiliaries ("that the army had been put")
    ("Belgrade put its army on the highest state of alert on Monday",
     "Serbia's defence ministry denied that the army had been put on alert on Monday"),
    # "a vote of no confidence" negates nothing, so the refusal to resign is read
    ("The prime minister refused to resign after the vote of no confidence",
     "Prime Minister Kovac resigned after losing a vote of no confidence, parliament said"),
    ("The prime minister of Montenegro announced his resignation on 28 January",
     "Montenegro's prime minister said on 28 January that he would not resign"),
])
def test_a_denial_of_the_whole_clause_is_a_conflict(a: str, b: str) -> None:
    assert compare(a, b).relation == "conflict"


def test_a_denial_in_other_words_is_a_conflict_when_the_meaning_is_alike() -> None:
    """A "not" told in other words clashes on the semantic path, whose cosine says the two tell one
    thing (`negation_step.NEGATION_MIN_COSINE`); the words alone are too far apart to say so."""
    from workbench.core.match.compare import compare_many

    pair = ("Pope Francis told a boy whose dog had died that Paradise is open to all of God's creatures",
            "Pope Francis did not tell boy heaven has room for pets, contrary to report")
    assert compare_many([pair], semantic=True)[0].relation == "conflict"
    assert compare_many([pair], semantic=False)[0].relation != "conflict"
