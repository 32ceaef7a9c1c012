"""A day of the month alone opening a sentence ("On the 21st, ...") is read as "on the 21st" is,
so two retellings a fortnight apart are told apart."""

from workbench.core.figures import dates_of
from workbench.core.match.compare import compare_many


def test_a_sentence_opening_with_the_day_alone_gives_that_day():
    assert [d.text for d in dates_of("On the 21st, 150 houses were burned.")] == ["the 21st"]
    assert [d.text for d in dates_of("By the 3rd, the troops had left.")] == ["the 3rd"]


def test_another_day_of_the_month_is_no_duplicate():
    [c] = compare_many([("On 8th June, the RSF torched 150-200 dwellings in Zalingei, monitors said.",
                         "On the 21st, 150 to 200 houses were burned by the RSF in Zalingei, medics said.")],
                       semantic=False)
    assert c.relation != "duplicate"
