"""Two doers of one act on one body, one of them named after that body: "Tesla shareholders took the
company to court over the buyout" / "The state of Delaware took Tesla to court over the buyout",
"Boeing workers picketed the company" / "The state of Washington picketed Boeing" (helper not141; the
pair it was read for, "Hawaiian Electric shareholders sued the company" / "Maui County sued Hawaiian
Electric", waits for "sued", which `roles` reads as no verb). The verb, the one acted on and the
frame are the same words; the doers are two, but the name the first doer holds is
named in the other claim too (as the one acted on), so `doers.other_doer`, which asks that neither
doer's names be named in the other claim, reads one doer.

Here the first claim's doer is a group named after the one the other claim's act lands on (the
body's name and a word of its own: its shareholders, workers, customers), and the other claim's
doer is a name the first claim names nowhere: another party acting on the same body. A doer told
without a name ("The government sued Google" / "The Justice Department sued Google") names nothing
of the one acted on, and a group named in both ("a group of Boeing investors") is named in the
first claim: neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Set

from workbench.core.match.normalize import normalize
from workbench.core.match.roles import main_act, roles

#: Endings of a plural noun of people ("shareholders", "employees", "customers", "residents",
#: "investors", "motorists"): the group a name before it is the owner of.
_PEOPLE_PLURAL = re.compile(r"(?:ers|ees|ors|ists|ants|ents|ians|men)$")


def _group_of(wording: str, owner: Set[str], own: Set[str]) -> bool:
    """Whether a doer's own word is a plural noun of people (`_PEOPLE_PLURAL`) right after the owner's
    name ("hawaiian electric shareholders"): a group of that body's, not the body itself ("the border
    crossing at rafah reopened") nor a doer standing at a place ("the army over port sudan")."""
    words = wording.split()
    for k in range(1, len(words)):
        if _PEOPLE_PLURAL.search(words[k]) and set(normalize(words[k]).tokens) & own \
                and set(normalize(words[k - 1]).tokens) & owner:
            return True
    return False


def _named_after(wording: str, other_wording: str, tokens: Set[str], other_names: Set[str]) -> str | None:
    """The first claim's doer as a group named after the other's one acted on, when the other's doer
    holds a name (`other_names`, its `doers.doer_names`) the first claim (`tokens`) names nowhere."""
    read, other = roles(wording), roles(other_wording)
    if read is None or other is None or not read[0] or not other[0] or read[0] & other[0]:
        return None
    owner, own = read[0] & other[1], read[0] - other[1]
    named = {t for t in other_names if not t.startswith("<")}
    if not owner or not own or not named or named & tokens or other[0] & tokens or not _group_of(wording, owner, own):
        return None
    return f"two doers of one act: {' '.join(sorted(read[0]))} / {' '.join(sorted(other[0]))}"


def doers_of_one_target(wordings: tuple[str, str], tokens: tuple[Set[str], Set[str]],
                        names: tuple[Set[str] | None, Set[str] | None]) -> str | None:
    """'two doers of one act: electric hawaiian shareholder / county maui' when the claims' main verbs
    (`roles.main_act`) are one, one claim's doer is a group named after the one the other's act lands
    on (`roles.roles`) and the other's doer a name the first names nowhere. `wordings`: the claims'
    roles wordings (`claim_view.claim_roles`), `tokens` their normalised tokens, `names` their doers'
    names (`doers.doer_names`)."""
    if not names[0] and not names[1]:
        return None
    act = main_act(wordings[0])
    if act is None or act != main_act(wordings[1]):
        return None
    return (_named_after(wordings[0], wordings[1], tokens[0], names[1] or frozenset())
            or _named_after(wordings[1], wordings[0], tokens[1], names[0] or frozenset()))
