"""One measure on two things is two facts; one thing told in other words stays one (`measures_on`)."""

from workbench.core.match.compare import compare
from workbench.core.match.measures_on import things_on
from workbench.core.vocab import Relation

_DUPLICATE = Relation.DUPLICATE.value


def test_one_measure_on_two_things() -> None:
    for a, b in (("The governor said he intended to impose a moratorium on property sales in the county.",
                  "The governor said he had extended a moratorium on residential evictions in the county."),
                 ("The city council approved a cap on short-term rentals.",
                  "The city council approved a cap on taxi licence fees."),
                 ("The EU agreed a tax on imported steel.", "The EU agreed a tax on digital services.")):
        c = compare(a, b)
        assert c.relation != _DUPLICATE, (a, b)
        assert any(r.startswith("one measure on two things") for r in c.reasons), (a, b)


def test_one_thing_in_other_words() -> None:
    for a, b in (("The governor extended a moratorium on residential evictions.",
                  "The governor extended the moratorium on evictions from rented homes."),
                 ("The EU agreed a tax on digital services.", "The EU agreed a levy on digital companies."),
                 ("The ministry imposed a ban on the sale of alcohol.", "The ministry imposed a ban on alcohol sales."),
                 ("The agency lifted its moratorium on offshore drilling.",
                  "The agency ended its moratorium on drilling off the coast.")):
        c = compare(a, b)
        assert not any(r.startswith("one measure on two things") for r in c.reasons), (a, b)


def test_names_dates_and_figures_are_not_read() -> None:
    assert things_on("The council imposed a curfew on Friday.") == ()
    assert things_on("The EU imposed sanctions on Russian oil firms.") == ()
    assert things_on("The state set a cap on 500 new permits.") == ()
    assert things_on("A ban on single-use plastic bags took effect.") != ()
