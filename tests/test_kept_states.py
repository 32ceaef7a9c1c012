"""A state kept against its change (`language.phrases`, `language.verbs`): "still without power" /
"power restored", "voted out of office" / "survived a confidence vote", "went offline" / "remained
in operation"; and a denied opposite tells the same outcome (`denied_scope.negated_opposite`)."""

from __future__ import annotations

import pytest

from workbench.core.match.compare import compare


@pytest.mark.parametrize("a, b", [
    ("Power was restored to most of Havana by Tuesday, the state electricity company said.",
     "Most of Havana was still without power on Tuesday, the state electricity company said."),
    ("Water supply was restored in Chennai on Friday, the city corporation said.",
     "Residents of Chennai remained without water on Friday, the city corporation said."),
    ("Parliament voted Sogavare out of office in a motion of no confidence on 6 December.",
     "Sogavare defeated a motion of no confidence in parliament on 6 December."),
    ("Nepal's parliament voted Prime Minister Prachanda out of office in a confidence vote on Friday.",
     "Prachanda survived a confidence vote in Nepal's parliament on Friday."),
    ("The Kozloduy reactor went offline on Sunday after a fault, the operator said.",
     "The operator said the Kozloduy reactor remained in operation on Sunday."),
])
def test_a_kept_state_against_its_change_is_a_conflict(a: str, b: str) -> None:
    assert compare(a, b).relation == "conflict"


@pytest.mark.parametrize("a, b", [
    ("Kabul airport remained closed to commercial flights on Monday.",
     "Kabul airport was not reopened to commercial flights on Monday."),
    ("The opposition leader remained in custody in Kampala on Tuesday.",
     "The opposition leader was not released in Kampala on Tuesday."),
    ("Lawmakers rejected the 2025 budget on Thursday.", "Lawmakers failed to pass the 2025 budget on Thursday."),
    ("Most of Karachi was still without electricity on Monday night, K-Electric said.",
     "Power had not been restored to most of Karachi by Monday night, K-Electric said."),
])
def test_a_denied_opposite_is_the_same_outcome(a: str, b: str) -> None:
    assert compare(a, b).relation == "duplicate"


@pytest.mark.parametrize("a, b", [
    ("The army did not withdraw from Kalay on Monday.", "The army withdrew from Kalay on Monday."),
    ("Kabul airport was reopened to commercial flights on Monday.",
     "Kabul airport was not reopened to commercial flights on Monday."),
])
def test_a_plain_denial_still_clashes(a: str, b: str) -> None:
    assert compare(a, b).relation == "conflict"
