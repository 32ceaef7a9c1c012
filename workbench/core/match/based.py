"""A body named by where it is based: "the Washington-based lender", "a London-based monitor", "a
UK-based charity". The city or country is where the body sits, no doer: "the Washington-based lender
halted new loans" is no act of the United States, so it is no other doer than "the World Bank"
(the body is named another way), and "Washington halted new loans" is another doer (the government,
not the body based there). (helper dup93)

`knowledge.rewritten` leaves such a capital or country as written (no "capital for its government");
`doers.doer_names` reads no doer from it (`based_tokens`); `based_apart` tells the body from the
place's own government.
"""

from __future__ import annotations

import re

from workbench.core.match.normalize import normalize
from workbench.core.match.roles import roles
from workbench.core.text_caches import text_cache

#: A place before "-based" or " based" ("Washington-based", "New York based"): one or two words
#: (a capital or a country's name in any case; another name only capitalised: "stock-based pay",
#: "ethnic-based research" name no place), never "based on" ("every 10 years based on the census").
_BASED_AT = r"[\s-]based\b(?!\s+(?:on|upon|in|at|around|near|out|off)\b)"
_BASED = re.compile(r"\b((?:[A-Za-z][\w'.]*\s+)?[A-Za-z][\w'.]*)" + _BASED_AT)
#: "-based" right after a name (`knowledge` leaves a capital or a country there as written).
BASED_AFTER = re.compile(_BASED_AT, re.I)
#: The normalised token of "based", the cheap test a pair asks first.
BASED_TOKEN = normalize("based").tokens[0]


@text_cache()
def based_tokens(wording: str) -> frozenset[str]:
    """The name tokens of the places the wording names a body by ("the Washington-based lender":
    {"washington"}), with the tokens of the government a capital or a country's name stands for
    elsewhere ("unitedstat"), so a claim naming that government is matched. Empty when none. Another
    place is read only capitalised ("the Tampa-based chain"): as written, not in a roles wording."""
    from workbench.core.match.knowledge import CAPITALS, actor_token, country_names

    out: set[str] = set()
    for m in _BASED.finditer(wording):
        words = m.group(1).split()
        known = False
        for place in dict.fromkeys((" ".join(words), words[-1])):
            for key in (place, place.title(), place.upper()):
                government = CAPITALS.get(key) or country_names().get(key)
                if government is not None:
                    out |= {*normalize(actor_token(government)).tokens, *normalize(place).tokens}
                    known = True
                    break
        if not known and words[-1][:1].isupper():
            out |= set(normalize(words[-1]).tokens)
    return frozenset(out)


def based_apart(written_a: str, written_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'another doer: a body based in washington / unitedstat' when one claim names its doer by where
    it is based and the other claim's doer (`roles.roles`) is that place or its government ("The
    Washington-based lender halted new loans" / "Washington halted new loans"). `written_*`: the
    claims' roles wordings; `tokens_*` their normalised tokens. Asked only when a claim says "based"."""
    for written, tokens, other, other_tokens in ((written_a, tokens_a, written_b, tokens_b),
                                                 (written_b, tokens_b, written_a, tokens_a)):
        if BASED_TOKEN not in tokens or BASED_TOKEN in other_tokens:
            continue
        read, own = roles(other), roles(written)
        hit = based_tokens(written) & read[0] if read is not None else frozenset()
        if read is not None and hit and not (own is not None and hit & own[0]):
            return f"another doer: a body based in {min(hit)} / {', '.join(sorted(read[0]))}"
    return None
