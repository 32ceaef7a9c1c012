"""One body's ruling told two ways: for one party / for another, for / against one party (opposite
outcomes), and two findings of one body or two rulings (two facts); one ruling told twice stays one
(helper conf157)."""

from workbench.core.match.compare import compare_many


def _both(a: str, b: str) -> list:
    """The comparison on the semantic path and on the lexical path."""
    return [compare_many([(a, b)], semantic=s)[0] for s in (True, False)]


def test_a_ruling_for_two_parties_is_a_conflict() -> None:
    for a, b in (("The Court of Arbitration for Sport ruled in favour of Real Madrid in the transfer dispute.",
                  "The Court of Arbitration for Sport ruled in favour of Chelsea in the transfer dispute."),
                 ("The High Court ruled against the government in the deportation case.",
                  "The High Court ruled in favour of the government in the deportation case."),
                 ("The International Court of Justice ruled in Guyana's favour in the border case.",
                  "The International Court of Justice ruled in favour of Venezuela in the border case.")):
        for c in _both(a, b):
            assert c.relation == "conflict", (a, b, c.reasons)
            assert any("a ruling" in r for r in c.reasons), (a, b)
    # one party told twice (the other side named only in the second) is no opposite
    for c in _both("The tribunal ruled in favour of Kenya in the maritime dispute.",
                   "The tribunal ruled in favour of Kenya in the maritime dispute with Somalia."):
        assert c.relation == "duplicate"
        assert not any("a ruling" in r for r in c.reasons)


def test_two_bodies_or_two_cases_are_two_rulings() -> None:
    for a, b in (("The High Court ruled in favour of Uber in the drivers' case.",
                  "The Court of Appeal ruled in favour of the drivers in the Uber case."),
                 ("The labour court ruled in favour of the union in the pay dispute.",
                  "The labour court ruled in favour of the airline in the pension dispute.")):
        for c in _both(a, b):
            assert c.relation != "duplicate", (a, b)
            assert any(r.startswith("two rulings") for r in c.reasons), (a, b)


def test_two_findings_of_one_body_are_two_facts() -> None:
    for c in _both("The European Court of Justice ruled that Poland's judicial reforms breached EU law.",
                   "The European Court of Justice ruled that Poland must pay a daily fine of one million euros."):
        assert c.relation != "duplicate"
        assert any(r.startswith("two findings of one body") for r in c.reasons)
    # one finding told in other words, or adding one word, stays one
    for a, b in (("The court ruled that the ban on protests violated free speech.",
                  "The court ruled that the protest ban violated the right to free speech."),
                 ("The Supreme Court ruled that the wealth tax was unconstitutional.",
                  "The Supreme Court ruled that the wealth tax violated the constitution.")):
        for c in _both(a, b):
            assert not any(r.startswith("two findings") for r in c.reasons), (a, b)
            assert c.relation == "duplicate", (a, b)
