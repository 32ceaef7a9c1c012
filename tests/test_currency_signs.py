"""One-letter currency signs before a sum ("K2,530" kwacha, "N1,500" naira, "R1,450" rand) are the
currency's word after the figure; before a bare figure they are letters ("K9", "N95", "R445")."""

from workbench.core import figures as fig
from workbench.core.match.compare import compare


def test_one_letter_signs_before_a_sum() -> None:
    assert [(q.value, q.unit) for q in fig.quantities_of("Petrol costs K2,530 a litre.")] == [(2530.0, "kwacha")]
    assert [(q.value, q.unit) for q in fig.quantities_of("The rate is N1,500 to the dollar.")] == [(1500.0, "NGN")]
    assert [(q.value, q.unit) for q in fig.quantities_of("N5 billion was spent.")] == [(5e9, "NGN")]
    # not a sum: a mask's, a mountain's name
    assert all(q.unit is None for q in fig.quantities_of("They bought 95 N95 masks and climbed K2."))


def test_sign_and_word_agree() -> None:
    a = "The official exchange rate moved to 1,700 kwacha per U.S. dollar from about 1,180."
    b = "The kwacha now trades officially at K1,700 to the dollar, down from roughly K1,180."
    assert compare(a, b).relation != "conflict"
    c = compare("A loaf of bread in Lusaka now costs K1,200.", "A loaf of bread in Lusaka now costs 1,200 kwacha.")
    assert c.relation == "duplicate"
    c = compare("A loaf of bread in Lusaka now costs K1,200.", "A loaf of bread in Lusaka now costs 2,100 kwacha.")
    assert c.relation != "duplicate"
