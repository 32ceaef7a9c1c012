"""The same count inside a place and outside it is another fact."""

from workbench.core.match.claim_view import surface
from workbench.core.match.compare import compare
from workbench.core.match.inside_outside import inside_and_outside


def test_camp_hosting_and_living_outside_the_camp_are_apart() -> None:
    a = "The Kakuma camp in northern Kenya hosts more than 200,000 South Sudanese refugees, the UNHCR said."
    b = ("More than 200,000 South Sudanese refugees live outside the Kakuma camp, in towns across northern Kenya, "
         "the UNHCR said.")
    assert inside_and_outside(surface(a), surface(b)) is not None
    assert compare(a, b).relation != "duplicate"


def test_inside_and_outside_the_stadium_are_apart() -> None:
    a = "About 40,000 displaced people are sheltering inside the stadium in Port Sudan."
    assert compare(a, "About 40,000 displaced people are sheltering outside the stadium in Port Sudan.").relation != "duplicate"
    assert compare(a, "About 40,000 displaced people are sheltering in the stadium in Port Sudan.").relation == "duplicate"
    # outside and in front of one place are one place
    assert inside_and_outside(surface("Some 5,000 protesters gathered outside parliament in Tbilisi."),
                              surface("Some 5,000 protesters rallied in front of parliament in Tbilisi.")) is None
