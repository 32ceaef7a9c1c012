"""Headline-style claims made complete sentences.

Summaries and standfirsts drop the auxiliary of a passive: "Five men arrested by Australian police
after tip-off". A fact-checker reads (and a matcher compares) "Five men were arrested by Australian
police ...": the auxiliary is put back when a past participle follows the subject directly and an
agent ("by" + a noun phrase) follows it. Only with "by": "signed for Chelsea", "died in hospital" are
active verbs with a preposition (completing "Three adults taken to hospital" too measured 3 RoSE
units worse: the human units keep that headline form).
"""

from __future__ import annotations

import re

from workbench.core.extract.clauses import is_plural
from workbench.core.language.verbs import AUXILIARIES, is_verb_like
from workbench.core.language.verbs import words as _words

_PASSIVE_BY = re.compile(
    r"^(?P<subj>[A-Z0-9][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+(?P<pp>[a-z]+ed|taken|given|beaten|shot|hit|caught|held|"
    r"found|seen|bitten|struck|stolen|thrown|eaten|sold|bought|kept|told|sent|left|made|built|won|lost)\s+"
    r"by\s+(?P<agent>(?:the|a|an|his|her|their|its|[A-Z])\w*)"
)
#: past forms that take 'by' without being passive ("prices rose by 5%", "he stood by")
_NOT_PASSIVE = _words("rose fell dropped climbed increased decreased declined grew passed stood stopped swung "
                      "jumped soared plunged slumped surged gained lost won led walked drove rode flew")
_SUBJECT_STOP = _words("and or but who which that when where after before as if while because")
_ONE = _words("one a an")


def passive_opening(text: str) -> tuple[str, str] | None:
    """'Five men arrested by police after a tip-off.' -> ('Five men arrested', 'Five men were arrested'):
    the opening as written and with its auxiliary; None when the claim is no headline passive."""
    m = _PASSIVE_BY.match(text) if " by " in text else None
    if m is None or m.group("pp") in _NOT_PASSIVE:
        return None
    subj = m.group("subj")
    words = subj.split()
    if any(w.lower() in AUXILIARIES or w.lower() in _SUBJECT_STOP or (w.islower() and is_verb_like(w)) for w in words):
        return None  # a verb (or a clause) already before the participle: not a bare headline passive
    plural = (is_plural(subj) or (words[0][:1].isdigit() and words[0] != "1")
              or (words[0].lower() not in _ONE and words[0].lower() in _COUNT_WORDS))
    return f"{subj} {m.group('pp')}", f"{subj} {'were' if plural else 'was'} {m.group('pp')}"


_COUNT_WORDS = _words("two three four five six seven eight nine ten dozens hundreds thousands several many both")
