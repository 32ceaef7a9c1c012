"""A state named only as the state of its head, whom the other claim names (helper dup154, sets 153-156).

"French President Emmanuel Macron visited the devastated Gemmayzeh district" / "Macron toured Beirut's
battered Gemmayzeh neighbourhood": the head's title is written with his state's name ("France's
President ...", `language.governments`), and the capital of the place he went to as its country
("Lebanon's", `knowledge`), so `doers.other_country`, which reads a country named by one claim and
not the other as the place of the fact ("a hike of Egypt's key rate" / "Kenya's key rate"), read
"another country: france / lebanon". The state before a head's title ("France's President", "Lebanon's
Prime Minister") tells whose head he is; when the other claim names him too (his family name) and the
state is written nowhere else in the claim, it is no country of the fact: the other claim names the
state through him. A state written again ("Kenya's President Ruto said Kenya's economy grew") or a
head the other claim does not name ("France's President visited Egypt" / "... Lebanon") still counts.
"""

from __future__ import annotations

import re

from workbench.core.language.governments import HEAD_TITLE
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: "<State>'s <head's title> <names ...>": the state's name as the rewrite writes it (one word), and the
#: head's names up to the first word that is not capitalised (the last is his family name).
_HEAD_OF_STATE = re.compile(r"\b([A-Z][\w-]*)['’]s\s+" + HEAD_TITLE + r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)")


@text_cache()
def heads_states(rewritten: str) -> tuple[tuple[str, str], ...]:
    """(the state's token, the head's family name's token) of each head told with his state's name
    (`rewritten`: a claim's `knowledge.rewritten` wording), when the state is written once in it."""
    if "'s " not in rewritten and "’s " not in rewritten:
        return ()
    out = []
    for m in _HEAD_OF_STATE.finditer(rewritten):
        state, family = normalize(m.group(1)).tokens, normalize(m.group(2).split()[-1]).tokens
        if len(state) == 1 and family and len(re.findall(r"\b" + re.escape(m.group(1)) + r"\b", rewritten)) == 1:
            out.append((state[0], family[-1]))
    return tuple(out)


def states_of_heads(rewritten: str, other_tokens: frozenset[str]) -> frozenset[str]:
    """The states one claim names only as its head's (`heads_states`), whose head the other claim
    (its tokens) names too: to be left out of the countries `doers.other_country` compares."""
    return frozenset(state for state, family in heads_states(rewritten) if family in other_tokens)
