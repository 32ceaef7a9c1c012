"""Facts: the claims, from any articles, that state the same thing, verified once.

Sits between matching (which finds the links facts are grouped from) and reports (which
report per fact). The store keeps the rows; this stage decides membership and summaries.
"""

from workbench.core.facts.debt import DEBT_RULES, verification_debt
from workbench.core.facts.grouping import GroupingOutdated, GroupingSummary, group_claims, regroup
from workbench.core.facts.summary import (
    ensure_facts,
    fact_of_claim,
    fact_summaries,
    figure_timeline,
    filter_facts,
    independent_sources,
)

__all__ = [
    "DEBT_RULES", "verification_debt", "GroupingOutdated", "GroupingSummary", "ensure_facts", "fact_of_claim", "fact_summaries", "figure_timeline", "filter_facts", "group_claims",
    "independent_sources", "regroup",
]
