"""A government brought down was ousted; a cabinet is the government; a motion submitted was filed
(`language.retold`, `synonyms`, `verbs`; helper dupb109)."""

from workbench.core.match.compare import compare, prepared


def test_brought_down_government_only() -> None:
    assert "oust" in prepared("Lawmakers voted to bring down Petr Fiala's cabinet.")[0].tokens
    assert "oust" not in prepared("The central bank brought down inflation.")[0].tokens


def test_compare_toppled() -> None:
    assert compare("Nepal's parliament toppled the government in a no-confidence vote on Friday.",
                   "Nepalese lawmakers voted on Friday to bring down the cabinet.").relation == "duplicate"


def test_filed_and_submitted() -> None:
    assert compare("The no-confidence motion was filed by the Social Democrats.",
                   "The Social Democrats submitted the no-confidence motion.").relation == "duplicate"
    assert compare("The Social Democrats filed the no-confidence motion.",
                   "The Social Democrats withdrew the no-confidence motion.").relation != "duplicate"


def test_parliament_name_as_a_first_name() -> None:
    assert "parliament" not in prepared("President Duma Boko declared an emergency.")[0].tokens
    assert "parliament" in prepared("The Duma passed the law.")[0].tokens
