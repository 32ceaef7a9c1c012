"""A quote opening a word that begins with an s is no possessive "'s": the word keeps its s
(`match.normalize`; helper figs157)."""

from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize


def test_quoted_s_word_keeps_its_s() -> None:
    assert "superbond" in normalize("Belize repurchased its \u2018superbond\u2019 for 55 percent of face value.").tokens
    assert "sellout" in normalize("The minister called the deal a 'sellout' of farmers.").tokens
    # a possessive still loses its 's
    assert normalize("Belize's superbond").tokens == ["beliz", "superbond"]


def test_quoted_word_matches_the_plain_word() -> None:
    c = compare("Belize bought back its $553 million superbond at 55 cents on the dollar.",
                "The government of Belize repurchased its 553-million-dollar \u2018superbond\u2019 for 55 percent of face value.")
    shared = next(r for r in c.reasons if r.startswith("shared words"))
    assert "superbond" in shared  # not a spelling variant "superbond~uperbond"
