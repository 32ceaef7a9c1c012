"""Two people's full names in the same slot of the same words are two doers (`leading_names.full_names_swapped`);
one person named in full and by surname, with "Mr", or as a reporting frame's sayer is no swap."""

from workbench.core.match.compare import compare
from workbench.core.match.leading_names import full_names_swapped
from workbench.core.match.normalize import normalize
from workbench.core.vocab import Relation


def _swapped(a: str, b: str) -> str | None:
    return full_names_swapped(a, b, normalize(a).tokens, normalize(b).tokens)


def test_two_full_names_after_one_role_are_two_people() -> None:
    a, b = ("Opposition leader Hakainde Hichilema urged his supporters to stay calm.",
            "Opposition leader Edgar Chagwa Lungu urged his supporters to stay calm.")
    assert _swapped(a, b)
    assert compare(a, b).relation != Relation.DUPLICATE


def test_a_fuller_and_a_shorter_name_of_one_person_stay_one() -> None:
    a = "Independent candidate Rose Wanjiku Mwangi conceded defeat on Tuesday evening."
    for b in ("Independent candidate Rose Mwangi conceded defeat on Tuesday evening.",
              "Independent candidate Mr Mwangi conceded defeat on Tuesday evening."):
        assert _swapped(a, b) is None
    assert compare(a, "Independent candidate Rose Mwangi conceded defeat on Tuesday evening.").relation == Relation.DUPLICATE


def test_two_sayers_of_one_fact_are_no_swap() -> None:
    a, b = ("Police arrested 20 protesters in Nairobi on Monday, spokesman John Kamau Njoroge said.",
            "Police arrested 20 protesters in Nairobi on Monday, spokesman Peter Otieno Ochieng said.")
    assert compare(a, b).relation == Relation.DUPLICATE
