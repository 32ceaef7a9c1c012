"""Wire stories (issue 12): invented sentences of the shapes the held-out stories missed — pronoun and
description speakers, trailing frames after a split, names left inside a claim, broken splits, relay
chains — and of the misses on the own gold's wire stories, with other words, names and positions."""

from __future__ import annotations

from extract_helpers import without_cores

from workbench.core.extract.extractor import extract_claims


def texts(text: str) -> list[str]:
    return [c.text for c in without_cores(extract_claims(text)) if c.kind == "claim"]


def said(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in without_cores(extract_claims(text)) if c.kind == "claim"]


def test_relative_clause_after_comma_and_who_with_a_plain_or_adverb_led_verb():
    assert texts("Local farmers, who depend on the river for irrigation, lost most of their crops.") == [
        "Local farmers lost most of their crops.", "Local farmers depend on the river for irrigation."]
    assert texts("The ferry crews, who normally work the night shift, refused to sail.") == [
        "The ferry crews refused to sail.", "The ferry crews normally work the night shift."]


def test_relative_clause_on_the_subject_after_a_conjunction_is_no_broken_split():
    # not "..., but the ministry." and "Opposition deputies hopes ..."
    assert texts("Opposition deputies voted against the plan, but the ministry, which controls the budget, "
                 "expects to start work in May.") == [
        "Opposition deputies voted against the plan.", "The ministry expects to start work in May.",
        "The ministry controls the budget."]
