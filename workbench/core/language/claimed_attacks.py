"""An attack "claimed" by a group is one it claimed responsibility for.

Wire copy drops "responsibility for" ("IS claimed the mosque shooting", "Al-Shabaab claimed the
hotel siege") as often as it writes it; `paraphrases` writes "claimed responsibility for" as
"carried out" (what the group says it did), so the short form is written the same way when what
is claimed is an attack (`language.kinds`: attacks and every kind under them, and the event nouns
of an attack the kinds table holds no kind for). "Claimed" before a clause stays a verb of saying
("Russia claimed the attack on the bridge was staged"): a verb of the clause (an auxiliary) before
the next stop keeps the words as written, as does anything claimed that is no attack ("claimed
victory", "claimed the lives of": `paraphrases`). (helper dup139)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from workbench.core.language.alternation import trie
from workbench.core.language.kinds import kind_ancestors, kind_words
from workbench.core.language.stems import in_tense_of

#: The attack family of `language.kinds`, by its first word.
ATTACKS_KIND = "attacks"
#: Nouns of an attack that name no kind of its own in `language.kinds` (how it was done or how it ended).
EVENT_NOUNS = ("bombing", "bombings", "blast", "blasts", "raid", "raids", "siege", "massacre", "killing", "killings",
               "hijacking", "hostage-taking")
#: Words opening what is claimed ("the", "a", "Tuesday's", "last week's").
_OPENER = r"(?:the|a|an|this|these|those|its|last\s+\w+'s|[A-Z]\w*'s)"
#: A verb of a clause after the noun: "claimed" reports what someone said, no responsibility.
_CLAUSE_VERB = (r"(?![^,.;:]*?\b(?:was|were|is|are|had|has|have|would|will|could|might|may|did|does|do|never|"
                r"had\s+been|being)\b)")


@lru_cache(maxsize=1)
def _claimed_attack() -> re.Pattern[str]:
    """"claimed the <words> <attack noun>" before no clause of its own, the verb as group 1."""
    ancestors = kind_ancestors()
    nouns = {w.lower() for kind, words in kind_words().items()
             if kind == ATTACKS_KIND or ATTACKS_KIND in ancestors.get(kind, ()) for w in (kind, *words)}
    nouns.update(EVENT_NOUNS)
    return re.compile(r"\b(claimed|claims|claim|claiming)\s+(?=" + _OPENER + r"\s+(?:[\w'-]+\s+){0,3}?(?:"
                      + trie(sorted(nouns)) + r")\b" + _CLAUSE_VERB + r")")


def claimed_attacks(text: str, note: Callable[[re.Match[str], str], str]) -> str:
    """`text` with "claimed <an attack>" written "carried out <the attack>", as `paraphrases` writes
    "claimed responsibility for" (`note` records it, the verb's tense kept)."""
    if "claim" not in text.lower():
        return text
    return _claimed_attack().sub(
        lambda m: note(m, in_tense_of(m.group(1), "carried out", "carries out", "carrying out") + " "), text)
