"""One doer's two acts of two kinds (`match.one_doer_acts`): "named X a member of its delegation" /
"suspended its talks", "banned media coverage" / "charged two men" by one doer are two facts; one
act told with verbs of one folded kind ("halted" / "banned imports", "elected" / "named speaker") or
with verbs no table knows ("released figures" / "published statistics") stays one."""

import pytest

from workbench.core.match.claim_view import claim_roles
from workbench.core.match.compare import compare, prepared
from workbench.core.match.one_doer_acts import one_doer_acts
from workbench.core.vocab import Relation


def _read(a: str, b: str) -> str | None:
    (na, _), (nb, _) = prepared(a), prepared(b)
    return one_doer_acts((claim_roles(a, na)[0], claim_roles(b, nb)[0]), (frozenset(na.tokens), frozenset(nb.tokens)))


@pytest.mark.parametrize(("a", "b"), [
    ("Kenya named a former general as its envoy to the Sudan peace talks.",
     "Kenya suspended its role as mediator in the Sudan peace talks."),
    ("The football federation suspended the club's chairman over the match-fixing scandal.",
     "The football federation fined the club over the match-fixing scandal."),
    ("Brazil's electoral court banned campaign rallies in the capital.",
     "Brazil's electoral court charged two candidates with vote buying in the capital."),
    ("The Electoral Commission barred the opposition candidate from the presidential race.",
     "The Electoral Commission named the ruling party candidate the winner of the presidential race."),
])
def test_one_doers_two_kinds_of_act_are_two_facts(a: str, b: str) -> None:
    assert _read(a, b) is not None
    assert compare(a, b).relation != Relation.DUPLICATE


@pytest.mark.parametrize(("a", "b"), [
    ("The ministry banned imports of Ukrainian grain.", "The ministry suspended imports of Ukrainian grain."),
    ("Parliament elected Ali Sabry prime minister on Friday.", "Parliament named Ali Sabry prime minister on Friday."),
    ("The EU froze the assets of five Belarusian officials.", "The EU sanctioned five Belarusian officials."),
    ("The statistics office released updated unemployment figures on Monday.",
     "The statistics office published new unemployment statistics on Monday."),
    ("The army shelled rebel positions near Goma overnight.", "The army bombarded insurgent strongholds near Goma overnight."),
    ("The central bank governor announced a rate cut.", "The central bank governor cut interest rates."),
])
def test_one_act_in_verbs_of_one_kind_or_unknown_verbs_is_no_other_act(a: str, b: str) -> None:
    assert _read(a, b) is None


def test_two_doers_are_left_to_other_readings() -> None:
    assert _read("Prosecutors charged the mayor with fraud.", "The council suspended the mayor.") is None
