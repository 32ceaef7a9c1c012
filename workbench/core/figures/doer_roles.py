"""A count of who did an act, told once by the role and once by a description of the doers.

"Security forces killed the three attackers" / "The three gunmen were shot dead": "attackers"
names people by what they did (whoever carried out the attack), "gunmen" by what they are (armed
men). The noun table keeps the two in separate groups, rightly (not every gunman attacked), so
`figures.compare._known_apart` read them as two things counted ("two counts"). A role of the
doer is filled by armed men of any description, so the two nouns count one group; only the
descriptions of armed men fill it (`language.actors.KINDS`' militants: gunmen, fighters), never
their victims, hostages or the police who fought them ("three attackers" / "three hostages",
"three attackers" / "three police officers" stay two counts). (helper dup139)
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.counted import kind_stems
from workbench.core.language.stems import stem
from workbench.core.language.synonyms import NOUN_SYNONYMS, noun_meant

#: Noun-table groups (by their first word) that name people by the act they did, not by who they are.
DOER_ROLE_GROUPS = ("attackers", "attacker")
#: Kinds (`language.actors.KINDS`, by their first word) of armed men such a role may be told as.
#: (Not the criminals: "attackers" / "smugglers" are rarely one group told two ways.)
ARMED_KINDS = ("militants",)


@lru_cache(maxsize=1)
def _role_stems() -> frozenset[str]:
    """Stems of every one-word member of the doer-role groups, as a figure's counted word is read."""
    return frozenset(stem(noun_meant(w)) for g in NOUN_SYNONYMS if g[0] in DOER_ROLE_GROUPS
                     for w in g if re.fullmatch(r"[a-z]+", w))


@lru_cache(maxsize=1)
def _armed_stems() -> frozenset[str]:
    """Stems of the one-word wordings of the armed kinds (`counted.kind_stems`)."""
    return frozenset(s for s, kind in kind_stems().items() if kind in ARMED_KINDS and " " not in s)


def role_told_as_doers(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Whether one figure counts the doers by their role ("attackers", "assailants") and the other
    by a description of armed men ("gunmen", "militants"): one group counted."""
    roles, armed = _role_stems(), _armed_stems()
    return bool(ka & roles and kb & armed or kb & roles and ka & armed)
