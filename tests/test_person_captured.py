"""A wanted leader captured or nabbed was arrested (`language.paraphrases`): "soldiers captured a
cartel leader" / "the army detained a cartel leader" tell one arrest; ground and fighters taken in
battle stay captured."""

from __future__ import annotations

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match.compare import compare


def test_a_wanted_person_captured_is_arrested():
    assert rewrite_paraphrases("Police captured the gang's leader in Lagos.", []) == "Police arrested the gang's leader in Lagos."
    assert rewrite_paraphrases("Rebels captured 25 soldiers.", []) == "Rebels captured 25 soldiers."
    assert rewrite_paraphrases("Rebels captured the town of Goma.", []) == "Rebels captured the town of Goma."


def test_captured_and_detained_on_two_days_conflict():
    assert compare("Marines captured a senior Sinaloa cartel leader in Culiacan on 9 May, the navy said.",
                   "The Mexican navy detained a top Sinaloa cartel leader in Culiacan on May 10, officials said."
                   ).relation == "conflict"
