"""A service ban or blackout extended keeps the service cut off (`language.service_cuts`), so that it
clashes with one lifted (which reads "restored")."""

from __future__ import annotations

from workbench.core.language.service_cuts import rewrite_service_cuts
from workbench.core.match.compare import compare


def test_an_extended_blackout_is_kept_cut_off() -> None:
    text = "The regulator extended the social media ban on Saturday."
    assert rewrite_service_cuts(text, text.lower(), []) == "The regulator extended the social media cut off on Saturday."


def test_lifted_against_extended_is_a_conflict() -> None:
    assert compare("The regulator lifted the social media ban on Saturday.",
                   "The regulator extended the social media ban on Saturday.").relation == "conflict"
    assert compare("The government extended the internet blackout in the region.",
                   "The internet shutdown in the region was extended by the government.").relation == "duplicate"
