"""Two countries' bodies doing one act: "Albania's parliament ratified the agreement with Italy" /
"Italy's Senate ratified the agreement with Albania" are two ratifications, two facts.

`doers.other_doer` tells two named doers apart only when neither doer's names occur anywhere in
the other claim: an actor the tables do not know must not split one fact. A bilateral story names
both countries in both claims, one as the doer's owner and one as the partner ("with Italy"), so
the two doers were one. Here a doer that is a country's body - a parliament or a house of one, an
office of state (`doers.doer_names` marks them), a government, ministry, cabinet or force
(`actors.GOVERNMENT_WORDS`) - is owned by the one country its words name ("Albania's parliament",
"the Italian government", which the knowledge rewrite writes "Italy's government"); two such doers
owned by two countries, doing the same act (`roles.main_act`), are two doers wherever else the
countries are named. Not read: a country alone as the doer ("Italy ratified ..."), a body named
by its seat ("the parliament in Tirana"), two acts ("handed over" / "received": one transfer told
from each side), acts with two interchangeable sides ("signed with", "met": `roles` reads no doer
there), sayers (`doers.JUDGING`: `doer_names` reads none).
"""

from __future__ import annotations

from functools import lru_cache

from workbench.core.language.actors import GOVERNMENT_WORDS
from workbench.core.match.another_name import country_tokens
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import main_act, roles
from workbench.core.text_caches import text_cache

#: How `doers.doer_names` keeps a doer's body or office among its names ("<of:parliaments>", "<office:...").
_MARKS = ("<of:", "<office:")


@lru_cache(maxsize=1)
def _government_tokens() -> frozenset[str]:
    """The tokens of the words naming a state's own bodies ("government", "ministry", "cabinet"); not
    the words of its people speaking ("officials", "spokesman": sayers, `doers.sayers_apart`)."""
    sayers = {"officials", "official", "spokesman", "spokeswoman", "spokesperson", "authorities"}
    return frozenset(t for w in GOVERNMENT_WORDS if w not in sayers for t in normalize(w).tokens)


@text_cache()  # asked per pair: bounded as the other per-pair text caches (a 100k project)
def body_owner(wording: str, doers: frozenset[str]) -> tuple[str, str] | None:
    """(the one country owning the claim's doer, the claim's main act) when the doer (`roles` of the
    reported `wording`; `doers`: its `doer_names`, which must hold a country) is a country's body;
    None otherwise. Read once per claim (a pair asks the cache)."""
    table = country_tokens()
    if not any(d in table for d in doers):
        return None
    read = roles(wording)
    if read is None:
        return None
    owners = {table[t] for t in read[0] if t in table}
    if len(owners) != 1 or not (any(d.startswith(_MARKS) for d in doers) or read[0] & _government_tokens()):
        return None
    act = main_act(wording)
    return (owners.pop(), act) if act else None


def owners_apart(wordings: tuple[str, str], doers: tuple[frozenset[str] | None, frozenset[str] | None]) -> str | None:
    """'another doer: albania / italy' when each claim's doer is a body of one country (`body_owner`),
    the countries differ and the act is one. `wordings`: the claims' roles wordings; `doers`: their
    `doers.doer_names` (an empty one, the common case, says no at once)."""
    da, db = doers
    if not da or not db or (a := body_owner(wordings[0], da)) is None or (b := body_owner(wordings[1], db)) is None:
        return None
    if a[0] == b[0] or a[1] != b[1]:
        return None
    return f"another doer: {a[0]} / {b[0]}"
