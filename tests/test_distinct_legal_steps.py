"""Steps of one case (charged, questioned, assets frozen, banned from travel, fined) are each its own fact."""

from workbench.core.match.acts import acts_of_two_kinds
from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize


def test_charge_and_asset_freeze_are_two_acts() -> None:
    a = "Prosecutors charged two former ministers over the fertiliser subsidy fraud."
    b = "Prosecutors froze the assets of two former ministers over the fertiliser subsidy fraud."
    ta, tb = frozenset(normalize(a).tokens), frozenset(normalize(b).tokens)
    assert acts_of_two_kinds(a.lower().rstrip("."), b.lower().rstrip("."), ta, tb) is not None
    assert compare(a, b).relation != "duplicate"


def test_arrest_and_questioning_are_two_acts() -> None:
    assert compare("Police arrested the port authority chief over the customs bribery case.",
                   "Police questioned the port authority chief over the customs bribery case.").relation != "duplicate"


def test_charge_is_an_indictment_not_a_summons() -> None:
    assert compare("The anti-graft agency summoned the central bank governor over the bond scandal.",
                   "The anti-graft agency charged the central bank governor over the bond scandal.").relation != "duplicate"
    assert compare("Prosecutors charged two former ministers over the fertiliser subsidy fraud.",
                   "Prosecutors indicted two former ministers over the fertiliser subsidy fraud.").relation == "duplicate"
