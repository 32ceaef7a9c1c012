"""An arrest and a postponement are kinds of act (`event_verbs.ACT_KINDS`): the same
people or things in two of them are two facts ("adjourned the trial of 12 soldiers" / "12
soldiers were arrested"), while one act told with its synonyms stays one."""

import pytest

from workbench.core.match.acts import other_act
from workbench.core.match.claim_view import claim_roles
from workbench.core.match.compare import compare, prepared
from workbench.core.vocab import Relation


def _act(a: str, b: str) -> str | None:
    (na, _), (nb, _) = prepared(a), prepared(b)
    return other_act(claim_roles(a, na)[0], claim_roles(b, nb)[0], frozenset(na.tokens), frozenset(nb.tokens))


@pytest.mark.parametrize(("a", "b"), [
    ("A court in Goma adjourned the trial of 12 soldiers to March", "Twelve soldiers were arrested in Goma in March"),
    ("Police detained 14 students in Dhaka", "Fourteen students were injured in Dhaka"),
])
def test_two_kinds_of_act_are_two_facts(a: str, b: str) -> None:
    assert _act(a, b) is not None
    assert compare(a, b).relation != Relation.DUPLICATE


@pytest.mark.parametrize(("a", "b"), [
    ("The court adjourned the hearing until 4 May", "The court postponed the hearing until May 4"),
    ("Police arrested 14 students in Dhaka", "Fourteen students were detained by police in Dhaka"),
    ("Rebels seized 3 trucks near Goma", "Three trucks were captured by rebels near Goma"),
])
def test_one_act_in_other_words_is_no_other_act(a: str, b: str) -> None:
    assert _act(a, b) is None
