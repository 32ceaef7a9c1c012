"""People counted after a name ending as a plural does ("three Indian Railways staff") are what is
counted, not the name (`figures.named_counts`; helper dup155)."""

from workbench.core.figures import quantities_of
from workbench.core.match.compare import compare


def _counted(text: str) -> list[str | None]:
    return [q.counted for q in quantities_of(text)]


def test_noun_after_a_plural_name_is_counted() -> None:
    assert _counted("Three Indian Railways staff were arrested.") == ["staff"]
    assert _counted("Five Philippine Airlines pilots were suspended.") == ["pilots"]
    # a people's name before a verb, and a corps, are counted as written
    assert _counted("Three Americans were killed in the crash.") == ["americans"]
    assert _counted("Roughly 2,500 Africa Corps personnel are deployed.") == ["corps"]


def test_staff_of_a_named_body_told_two_ways() -> None:
    c = compare("Two United Nations staff were kidnapped in Darfur on Friday.",
                "Gunmen abducted two UN employees in Darfur on Friday.")
    assert c.relation == "duplicate"
    c = compare("The Central Bureau of Investigation arrested three railway employees on 7 July.",
                "Three Indian Railways staff were taken into custody by the CBI on July 7.")
    assert c.relation == "duplicate"
