"""Two named winners of one contest: "Branko Blanuša won the early election for president of
Republika Srpska" / "Siniša Karan won the early election for president of Republika Srpska". A
contest of one winner (an election, a race, a runoff, a final, a title, a nomination) has one
winner's slot, so two doers winning it are one fact told two ways, a conflict, not two facts
(`doers.doers_apart`). "Won a seat", "won the support of" and "won the most votes" are no such
contest: the reading asks for "won the ..." before one of `CONTESTS` (helper opp89, sets 89-92).
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: The contests one side alone wins, as news names them after "won the ...".
CONTESTS = ("election", "race", "runoff", "run-off", "presidency", "final", "title", "championship", "primary",
            "nomination", "contest", "leadership")
#: "won the (early presidential) election (for president of Republika Srpska)": the contest's words
#: up to its head and a "for / of / in" phrase after it (to a comma or full stop).
_WON = re.compile(r"\b(?:won|wins|win|winning)\s+the\s+((?:[\w'-]+\s+){0,4}?)(" + "|".join(CONTESTS) + r")s?\b"
                  r"((?:\s+(?:for|of|in|to)\s+[\w'’-]+(?:\s+(?!(?:on|after|with|against|by|said|according)\b)[\w'’-]+){0,4})?)",
                  re.I)


@text_cache()  # a claim is read against each of its partners
def contest_won(text: str) -> tuple[str, frozenset[str]] | None:
    """(the contest's head, the normalised tokens of its words) of the contest a claim says was won,
    or None."""
    from workbench.core.match.normalize import normalize

    m = _WON.search(text)
    if m is None:
        return None
    head = m.group(2).lower().replace("run-off", "runoff")
    return head, frozenset(normalize(f"{m.group(1)} {m.group(3)}").tokens)


def two_winners(a: str, b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'two winners of one contest: election' when each claim says a contest of one winner was won,
    the contests are told with the same head and each one's words are all in the other claim
    (`tokens_*`: the claims' normalised tokens); None otherwise."""
    won_a, won_b = contest_won(a), contest_won(b)
    if won_a is None or won_b is None or won_a[0] != won_b[0]:
        return None
    if not won_a[1] <= tokens_b or not won_b[1] <= tokens_a:
        return None
    return f"two winners of one contest: {won_a[0]}"
