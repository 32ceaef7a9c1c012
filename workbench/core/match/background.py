"""A fact told as another's background: "Ukraine's transit deal with Gazprom expired" / "Ukraine
offered to carry Azerbaijani gas after its transit deal with Gazprom expired". The second claim
repeats the first in a clause of time or cause ("after", "following", "in the wake of", "in response
to") and states another fact in its main clause; the words the two share are the background's, so the words and
the meaning vector find them alike, but the fact the second claim tells is not the first's.

Read on the reported content (`claim_view.reported`: no sayer), split once per claim at its first
connector ("After X, Y" / "Y after X"); a pair then compares sets of tokens (~µs).
A claim that retells the main clause as well ("Thousands fled after the dam burst" / "After the
dam burst, thousands fled") shares it, so it is never background only.
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: A connector of time opening a background clause ("following" not as "the following day"; "since"
#: is left out: "since August", "since 1983" tell how long, MRPC train).
_CONNECTOR = re.compile(r"(?:^|(?<=[\s,]))(?:after|(?<!the )following|in the wake of|in response to"
                        r"|in retaliation for)\s+(?=\S)", re.I)
#: A main clause that only dates the background ("The arrest came hours after the girl turned up",
#: "The new campaign comes weeks after the rulings"): it retells the background, read as one fact
#: by MRPC's judges.
_CAME = re.compile(r"\b(?:came|comes|come|coming)\b(?:\s+[\w-]+){0,3}\s*$", re.I)
#: The share of the main clause's words the other claim may hold and still tell none of it (a unit,
#: a common word: "percent" in "the lira fell 3 percent after the bank raised its rate to 15 percent").
MAIN_SHARED_AT_MOST = 1 / 3
#: The fewest words of its own (its figures counted) a main clause tells a fact with (a doer, an act,
#: what it is done to): "The legislation came after the judge ruled ..." tells no fact but the ruling.
MAIN_AT_LEAST = 3
#: The most words the background-only claim may tell that the other does not.
OTHER_OWN_AT_MOST = 1
#: What the two claims share must lie in the background: all but this many words of it.
SHARED_OUTSIDE_AT_MOST = 1


#: The words a connector is written with: the reported content is pieces of the claim joined by
#: spaces, so a claim holding none of them tells no background, and its reporting frame (the costly
#: part, ~0.3 ms) need not be read (most claims; a comparing worker reads each claim again).
_CONNECTOR_WORDS = re.compile(r"after|following|wake|response|retaliation", re.I)
#: A figure as written ("1.3", "80,000").
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@text_cache()
def parts(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]] | None:
    """(main clause tokens, background clause tokens, the main clause's figures as written, the
    background's) of a claim's reported content, or None when it tells no background or a clause is
    empty."""
    from workbench.core.match.claim_view import reported
    from workbench.core.match.knowledge import rewritten
    from workbench.core.match.normalize import normalize

    if _CONNECTOR_WORDS.search(text) is None:
        return None
    said = reported(text)
    m = _CONNECTOR.search(said)
    if m is None:
        return None
    if m.start() == 0:  # "After X, Y": the background runs to the first comma
        background, _, main = said[m.end():].partition(",")
    else:  # "Y after X": to the end
        main, background = said[:m.start()], said[m.end():]
    if _CAME.search(main):
        return None

    def tokens(words: str) -> frozenset[str]:
        return frozenset(normalize(rewritten(words)[0]).tokens)

    main_t, background_t = tokens(main), tokens(background)
    figures = frozenset(_FIGURE.findall(main))
    return (main_t - background_t, background_t, figures, frozenset(_FIGURE.findall(background))) \
        if main_t and background_t else None


def _figure_in(figures: frozenset[str], text: str) -> bool:
    """Whether the text writes one of the figures as a number of its own ("3" is not in "2023")."""
    return any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d])", text) for f in figures)


def background_apart(a: str, b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'one claim tells the other's background, its own fact another: ...' when one claim tells
    hardly a word the other does not (`OTHER_OWN_AT_MOST`; a claim telling more may tell the main
    clause in words of its own: "destroyed a supermarket" / "a store was reduced to ruins"), the
    words they share lie in the other's background clause (`parts`), and the other's main clause is
    told by none (or few) of them nor by a figure of it ("Bangladesh will receive $1.3 billion
    after the IMF board approved it" / "The IMF board approved $1.3 billion for Bangladesh" tell one
    fact); the claim's figures are all the background's (one of its own is a figure clash).
    `tokens_*`: the claims' normalised tokens (`claim_view.claim_view`)."""
    for split_text, text, tokens, split_tokens in ((b, a, tokens_a, tokens_b), (a, b, tokens_b, tokens_a)):
        split = parts(split_text)  # (None, cached, for most claims: read first)
        if split is None or (own_words := len(tokens - split_tokens)) > OTHER_OWN_AT_MOST or tokens == split_tokens:
            continue
        main, background, figures, told = split
        own = parts(text)
        if own is not None and own[1] & background:
            continue  # both tell the background ("... after the dam burst"): each its main clause too
        shared = tokens & split_tokens
        # a claim with no word of its own is read more loosely: its owner ("Ukraine's deal expired" /
        # "Ukraine offered ... after its deal expired") may be the main clause's subject
        loose = int(not own_words)
        if len(main) + len(figures) >= MAIN_AT_LEAST and len(shared & background) >= 2 \
                and len(shared - background) <= SHARED_OUTSIDE_AT_MOST + loose \
                and len(main & tokens) <= (MAIN_SHARED_AT_MOST + 0.1 * loose) * len(main) \
                and not _figure_in(figures, text) and set(_FIGURE.findall(text)) <= told:
            return f"one claim tells the other's background, its own fact another: {', '.join(sorted(main)[:4])}"
    return None
