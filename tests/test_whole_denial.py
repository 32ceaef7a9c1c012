"""A negation whose governed words are all in the other claim denies it even when the claims' other
words differ (`match.denied_scope`): "no shortage of insulin at public clinics" against a claim of a
shortage of insulin at public clinics with more detail is a conflict, not a duplicate."""

from __future__ import annotations

from workbench.core.match.compare import compare


def test_a_denial_of_the_whole_statement_with_more_detail_is_a_conflict():
    assert compare("Pharmacists said there was a shortage of 9 insulin brands at public clinics across the region",
                   "The health ministry said there is no shortage of insulin brands at public clinics"
                   ).relation == "conflict"


def test_a_negated_side_detail_is_no_denial():
    assert compare("Gunmen killed five villagers in Zamfara on Sunday, police said, but gave no details",
                   "Gunmen killed five villagers in Zamfara on Sunday, police said").relation == "duplicate"
