"""The subject of a verb whose sides are interchangeable is a doer too (`reciprocal_doers`)."""

from workbench.core.match.compare import compare
from workbench.core.vocab import Relation

_DUPLICATE = Relation.DUPLICATE.value


def test_two_doers_of_a_reciprocal_verb() -> None:
    for a, b in (("A Chilean air force helicopter joined the search for the missing climbers.",
                  "An Argentine police helicopter found the bodies of the missing climbers."),
                 ("A remotely operated vehicle from the Norwegian ship Polar Star joined the search for the trawler.",
                  "A remotely operated vehicle from the Danish ship Nordic Wind found the wreck of the trawler.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any(r.startswith("another doer") for r in c.reasons), (a, b)


def test_one_doer_of_a_reciprocal_verb() -> None:
    for a, b in (("Kenya signed a trade deal with Ethiopia on Monday.",
                  "Ethiopia signed a trade deal with Kenya on Monday."),
                 ("A Chilean air force helicopter joined the search for the missing climbers.",
                  "A helicopter from the Chilean air force joined the search for the missing climbers."),
                 ("Britain joined the naval coalition in the Red Sea.",
                  "British warships joined the naval coalition in the Red Sea.")):
        c = compare(a, b)
        assert c.relation == _DUPLICATE, (a, b, c.reasons)
