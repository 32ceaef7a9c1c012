"""Money in the currencies news reports (`figures.currencies`): signs, ISO codes and words read
as one currency, one sum written two ways agrees, two sums in one currency clash, and letters
that only look like a sign stay words (blind sets 49-52: "Rp4 trillion", "A$5 million")."""

from __future__ import annotations

import pytest

from workbench.core.figures import compare as figcompare
from workbench.core.figures.currencies import MONEY_AFTER, MONEY_BEFORE, USD_PER_UNIT, bare_word, written_bare
from workbench.core.figures.fallback import quantities_of
from workbench.core.figures.numbers import find_quantities
from workbench.core.match.compare import compare


def one(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Indonesia set aside Rp4 trillion", 4e12, "IDR"),
    ("allocated 4 trillion rupiah", 4e12, "IDR"),
    ("a budget of IDR 4tn", 4e12, "IDR"),
    ("Australia pledged A$5 million", 5e6, "AUD"),
    ("promised 15 million Australian dollars", 15e6, "AUD"),
    ("raised 5m AUD", 5e6, "AUD"),
    ("paid USD 5m", 5e6, "USD"),
    ("a HK$3 billion fund", 3e9, "HKD"),
    ("spent C$120 million", 1.2e8, "CAD"),
    ("the R500 million tender", 5e8, "ZAR"),
    ("KSh 2 billion for roads", 2e9, "KES"),
    ("a Sh500 million loan", 5e8, "shilling"),
    ("₦5 billion in arrears", 5e9, "NGN"),
    ("Tk 500 crore for relief", 5e9, "BDT"),
    ("a fine of CHF 3 million", 3e6, "CHF"),
    ("fuel at 420 Sri Lankan rupees", 420, "LKR"),
    ("fuel at 420 rupees", 420, "INR"),  # the bare word keeps its reading
    ("90 billion CFA francs", 9e10, "XOF"),
    ("5 million reais", 5e6, "BRL"),
    ("1.5 trillion won", 1.5e12, "KRW"),
    ("10,000 won", 1e4, "KRW"),
    ("RM5 billion", 5e9, "MYR"),
    ("NIS 3 million", 3e6, "ILS"),
    ("5 million pesos", 5e6, "peso"),
    ("a 300 million hryvnia budget", 3e8, "UAH"),
])
def test_sums_in_the_currencies_news_reports(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "The crash closed the R445 road near Naas",
    "Of the 12 candidates, 12 won seats",
    "two real threats to the region",
    "12 SAR teams searched the coast",  # search and rescue
    "3,000 PLN workers restored power",  # Indonesia's power utility
])
def test_letters_and_words_that_only_look_like_money(text):
    assert all(q.unit is None for q in quantities_of(text)), quantities_of(text)


def test_one_table_with_a_rate_for_every_named_currency():
    named = set(MONEY_BEFORE.values()) | set(MONEY_AFTER.values())
    assert {u for u in named if u.isupper()} <= set(USD_PER_UNIT)
    assert written_bare("$5 million") and written_bare("420 rupees") and written_bare("90 billion francs")
    assert not written_bare("US$5 million") and not written_bare("15 million Australian dollars")


def _check(a, b):
    return figcompare.pair_figures([one(a)], [one(b)])


@pytest.mark.parametrize(("a", "b"), [
    ("set aside Rp4 trillion", "allocated 4 trillion rupiah"),
    ("set aside Rp4 trillion", "a budget of IDR 4tn"),
    ("pledged A$5 million", "pledged 5m AUD"),
    ("fuel at 420 rupees", "fuel at 420 Sri Lankan rupees"),  # bare and named: one currency as written
    ("lost 90 billion francs", "lost 90 billion CFA francs"),
    ("pledged A$5 million", "pledged $3.3 million"),  # "$" read as US dollars: by magnitude
    ("pledged A$5 million", "pledged $5 million"),  # "$" read as the Australian outlet's dollars
    ("set aside Rp4 trillion", "set aside $250 million"),
])
def test_one_sum_written_two_ways_agrees(a, b):
    check = _check(a, b)
    assert check.agreements and not check.conflicts, check


@pytest.mark.parametrize(("a", "b"), [
    ("pledged A$5 million", "promised 15 million Australian dollars"),
    ("fuel at 420 rupees", "fuel at 450 Sri Lankan rupees"),
    ("set aside Rp4 trillion", "set aside $25 million"),
    # the word "dollars" names no currency: the other claim's dollars, at par (no converted sum)
    ("losses reached C$1.2 billion", "damage estimated at 880 million dollars"),
    ("pledged A$5 million", "pledged 3.3 million dollars"),
])
def test_two_sums_clash(a, b):
    assert _check(a, b).clear_conflicts


def test_a_sum_of_a_family_word_pairs_with_no_other_currency():
    check = _check("lost 2 million dinars", "lost $2 million")
    assert not check.pairs


def test_the_aid_pledge_told_in_two_ways_is_a_conflict():
    c = compare("Australia pledged A$5 million in flood aid for Indonesia",
                "Canberra promised 15 million Australian dollars in humanitarian aid for Indonesia's floods, "
                "the foreign minister said")
    assert c.relation == "conflict", c.reasons
    assert any(r.startswith("figures disagree") for r in c.reasons), c.reasons


def test_the_rupiah_sum_told_two_ways_agrees():
    c = compare("The government has allocated 4 trillion rupiah for reconstruction in flood-hit Sumatra",
                "Indonesia set aside Rp4 trillion to rebuild the areas of Sumatra hit by floods, the finance minister said")
    assert any(r.startswith("figures agree") for r in c.reasons), c.reasons
    assert not any("two counts" in r for r in c.reasons), c.reasons


def test_a_family_word_names_no_currency_a_sign_may_be_a_conversion():
    assert bare_word("880 million dollars") and bare_word("420 rupees")
    assert not bare_word("$880 million") and not bare_word("15 million Australian dollars")


def test_the_insured_losses_told_in_two_sums_are_a_conflict():
    c = compare("Insured losses from the Jasper fire reached C$1.2 billion, the Insurance Bureau of Canada said.",
                "The Insurance Bureau of Canada estimated insured damage from the Jasper wildfire at 880 million dollars.")
    assert c.relation == "conflict", c.reasons
