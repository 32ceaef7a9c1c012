"""One grant or pledge of two things (sets 121-124 read, `granted_things`): "would be able to work" /
"would be able to access Medicare", "announced extra police patrols" / "announced extra subsidies for
the poorest households" are two rights or two measures; one right or pledge told two ways stays
one. Hard negatives first."""

from workbench.core.match.compare import compare_many
from workbench.core.match.granted_things import granted_apart


def _relations(pairs: list[tuple[str, str]]) -> list[str]:
    return [c.relation for c in compare_many(pairs, semantic=False)]


def test_one_right_or_pledge_told_two_ways() -> None:
    assert _relations([
        ("The government said asylum seekers would be able to work from the day they arrive.",
         "The government said asylum seekers would be allowed to work from the day they arrive."),
        ("The governor announced extra police patrols in the capital after the riots.",
         "The governor announced more police on the capital's streets after the riots."),
    ]) == ["duplicate"] * 2
    # a light verb tells its act by its object; one noun may be another's word; two verbs of one outcome
    assert granted_apart("asylum seekers would be able to work from the day they arrive",
                         "asylum seekers would be able to take up jobs from the day they arrive") is None
    assert granted_apart("the mayor announced extra staff for the clinics", "the mayor announced extra workers for the clinics") is None
    assert granted_apart("the court said the family would be allowed to stay in the country",
                         "the court said the family would be allowed to remain in the country") is None


def test_two_rights_or_pledges() -> None:
    rel = _relations([
        ("The government said asylum seekers would be able to work from the day they arrive.",
         "The government said asylum seekers would be able to open bank accounts from the day they arrive."),
        ("The mayor announced extra street lighting in the old town after the attacks.",
         "The mayor announced extra funding for women's shelters after the attacks."),
        ("Islanders moving under the pact will be entitled to study at local universities, the minister said.",
         "Islanders moving under the pact will be entitled to buy property, the minister said."),
    ])
    assert "duplicate" not in rel
