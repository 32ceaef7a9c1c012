"""Facts told with a noun or a phrase against a verb (helper dup121, sets 121-124 read): a pardon
received (pardoned), a share of its value lost (fell by it; "half its value" is 50 %), the
greenback (the dollar), a way forced into a place (stormed), one voted in as an office (elected),
a term of decades (a prison sentence), "mutually" agreed (agreed); and the hard negatives."""

from __future__ import annotations

from workbench.core import figures as fig
from workbench.core.language.political_steps import rewrite_political_steps
from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.match.compare import compare


def _told(text: str) -> str:
    return rewrite_told_otherwise(text, [])


def test_phrases_are_written_one_way() -> None:
    assert _told("He received a presidential pardon.") == "He was pardoned by the president."
    assert _told("She was given a royal pardon.") == "She was pardoned by the king."
    assert _told("The cedi has lost about a quarter of its value.") == "The cedi has fell about a quarter."
    assert _told("Farmers forced their way into the ministry.") == "Farmers stormed the ministry."
    assert _told("They mutually agreed to part ways.") == "They agreed to part ways."
    assert rewrite_political_steps("Parliament voted Robert Golob in as prime minister.", []) \
        == "Parliament elected Robert Golob as prime minister."
    # stays: a pardon sought, a way into a final, a vote cast somewhere, value lost with no share
    for text in ("He sought a presidential pardon.", "The underdogs forced their way into the final.",
                 "The stock lost value.", "They are mutually exclusive."):
        assert _told(text) == text
    for text in ("Lawmakers voted in parliament on the budget.", "Voters voted in the referendum."):
        assert rewrite_political_steps(text, []) == text


def test_half_before_a_determiner_is_fifty_percent() -> None:
    (q,) = fig.quantities_of("The pound has lost half its value.")
    assert q.unit == "%" and q.value == 50.0
    assert not fig.quantities_of("in the first half the team scored")


def test_duplicates_told_with_a_noun_or_a_phrase() -> None:
    assert compare("The former army chief received a presidential pardon in exchange for his cooperation.",
                   "The head of state pardoned the ex-army chief in return for his cooperation, officials said.").relation == "duplicate"
    assert compare("The Egyptian pound has lost half its value since March, bankers said.",
                   "Since March the pound has slid by about 50% against the greenback.").relation == "duplicate"
    assert compare("The former governor was jailed for three decades for embezzling state funds.",
                   "A court sentenced the ex-governor to 30 years in prison for embezzlement of public money.").relation == "duplicate"
    assert compare("Parliament voted Robert Golob in as prime minister on Wednesday.",
                   "Slovenian lawmakers elected Robert Golob as the country's prime minister on Wednesday.").relation == "duplicate"
    assert compare("Hundreds of farmers forced their way into the agriculture ministry in Lima on Tuesday, police said.",
                   "Protesting growers stormed the farm ministry building in the Peruvian capital on Tuesday.").relation == "duplicate"


def test_hard_negatives_keep_their_answer() -> None:
    assert compare("The Turkish lira has lost half its value against the dollar this year.",
                   "The Turkish lira has fallen 15% against the dollar this year.").relation == "conflict"
    assert compare("The former army chief sought a presidential pardon on Independence Day.",
                   "The president pardoned the former army chief on Independence Day.").relation != "duplicate"
    assert compare("Lawmakers voted in parliament on the budget on Wednesday.",
                   "Lawmakers elected a new speaker of parliament on Wednesday.").relation != "duplicate"
