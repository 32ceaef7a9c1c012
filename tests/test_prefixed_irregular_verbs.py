"""A prefixed irregular verb keeps its prefix through its forms ("overrode" is "override",
"retook" "retake", "upheld" "uphold"): without it a failure to act ("failed to override") did not
meet the act it denies ("overrode"), and the pair read as a duplicate (helper pairsdup2)."""

from __future__ import annotations

import pytest

from workbench.core.language.stems import stem
from workbench.core.match.compare import compare


@pytest.mark.parametrize(("form", "verb"), [
    ("overrode", "override"), ("overridden", "override"), ("retook", "retake"), ("upheld", "uphold"),
    ("withheld", "withhold"), ("overthrew", "overthrow"), ("undertook", "undertake"), ("outsold", "outsell"),
])
def test_prefixed_irregular_form_stems_as_its_verb(form, verb):
    assert stem(form) == stem(verb)


def test_words_that_only_look_prefixed_keep_their_stem():
    assert stem("resent") != stem("resend")  # "resent" is no "re" + "sent"
    assert stem("output") == "output" and stem("upset") == "upset"


def test_a_failure_to_override_conflicts_with_the_override():
    c = compare("The senate overrode the governor's veto of the budget bill on Thursday",
                "Senators failed to override the governor's veto of the budget bill on Thursday")
    assert c.relation == "conflict", c.reasons


def test_the_same_override_told_twice_stays_a_duplicate():
    c = compare("The senate overrode the governor's veto of the budget bill on Thursday",
                "On Thursday the senate voted to override the governor's veto of the budget bill")
    assert c.relation == "duplicate", c.reasons
