"""A lower-case preposition before "May <day>" or "May <year>" ("until May 22", "in May 2024"):
the date is read with its day and year, not "May" alone with a bare figure after it, which clashed
with a count (helper dup149b, sets 149-152)."""

from __future__ import annotations

from workbench.core.figures.dates import find_dates
from workbench.core.match.compare import compare


def test_may_with_its_day_after_a_preposition() -> None:
    assert [d.text for d in find_dates("They were remanded until May 22 by the court.")] == ["May 22"]
    assert [d.value for d in find_dates("It closed in May 2024.")] == ["2024-05"]
    assert [d.text for d in find_dates("In May, the group announced it.")] == ["May"]


def test_remanded_until_may_22_is_no_clash() -> None:
    c = compare("A Moscow court charged the four suspects with terrorism and ordered them held until 22 May.",
                "The four men were charged with committing a terrorist act and remanded in custody until May 22 "
                "by Moscow's Basmanny court.")
    assert c.relation != "conflict"
    assert not any(r.startswith("figures disagree") for r in c.reasons)
