"""One permission given to two subjects, people and things: "Only essential workers were allowed to go
to work on Thursday" / "Only essential vehicles were allowed on the island's roads on Thursday", "Only
aid workers were allowed to leave the camp" / "Only aid trucks were allowed to leave the camp" (sets
157-160, helper not157b).

A passive naming no doer (`roles.passive_subject`) has no doer for `doers` to tell apart, and
`kind_slots` tells two members of one kind apart (two kinds of people: "journalists" / "diplomats
were barred"), not people from things, since in most acts the people and the vehicles they ride are
one party told two ways ("a UN convoy was attacked" / "UN aid workers were attacked"). A permission is
not: a rule letting people through and one letting vehicles through are two rules. So read only for
the verbs of a permission or a bar (`_PERMISSION`), the same main verb in both claims, one subject
naming a kind of people (a head word of `language.actors.KINDS`' people: "workers" of "aid workers")
and no thing, the other a kind of thing (`language.kinds`: vehicles, ships, aircraft, goods) and no
people. Two subjects both of people ("residents" / "locals") or both of things ("vehicles" / "traffic")
are left alone: a synonym no table knows; so are the people of the thing ("fishermen" / "fishing
boats", "truck drivers" / "trucks": a word of one like a word of the other), one party.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import KINDS
from workbench.core.language.kinds import thing_kinds
from workbench.core.match.acts import alike
from workbench.core.match.kind_slots import kinds_named
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import main_act, passive_subject
from workbench.core.text_caches import text_cache

#: Verbs of a permission or a bar, as written in a passive ("were allowed", "are barred").
_PERMISSION = re.compile(r"\b(?:allowed|permitted|barred|banned|forbidden|prohibited|exempted|authori[sz]ed)\b")
#: `actors.KINDS` groups that count no people, or people of any trade (as `kind_slots._NOT_PEOPLE`).
_NOT_PEOPLE = frozenset(["cases", "deaths", "children"])
#: Heads that name no people alone: "aide" stems as "aid" ("aid trucks"), "blue helmets" are a figure.
_NOT_HEADS = frozenset(["aid", "helmet"])


@lru_cache(maxsize=1)
def _people_heads() -> frozenset[str]:
    """The last tokens of the words of `actors.KINDS`' kinds of people ("worker" of "aid workers",
    "officer" of "police officers"): a word naming people of some kind."""
    things = thing_kinds()
    return frozenset(normalize(w).tokens[-1] for g in KINDS if g[0] not in things and g[0] not in _NOT_PEOPLE
                     for w in g if normalize(w).tokens) - _NOT_HEADS


@text_cache()
def _subject(wording: str) -> tuple[str, str] | None:
    """('people' or 'things', the subject as its tokens) of a passive permission naming no doer
    whose subject names people and no thing, or a thing and no people; None otherwise."""
    if not _PERMISSION.search(wording):
        return None
    tokens = passive_subject(wording)
    if not tokens:
        return None
    words = [t for t in normalize(wording).tokens if t in tokens]
    kinds = kinds_named(" ".join(words))
    people = any(t in _people_heads() for t in words) or any(k.startswith("people: ") for k in kinds)
    things = any(not k.startswith(("people: ", "office: ")) for k in kinds)
    return None if people == things else ("people" if people else "things", " ".join(words))


def permitted_apart(wordings: tuple[str, str]) -> str | None:
    """'another subject of the permission: essential worker / essential vehicl' when one claim's
    passive permission names people and the other's things, of one main verb (`_subject`).
    `wordings`: the claims' reported wordings (`claim_view.claim_roles`)."""
    sa = _subject(wordings[0])
    if sa is None:
        return None
    sb = _subject(wordings[1])
    if sb is None or sa[0] == sb[0] or main_act(wordings[0]) != main_act(wordings[1]):
        return None
    people, things = (sa[1], sb[1]) if sa[0] == "people" else (sb[1], sa[1])
    if alike(set(people.split()), set(things.split()) - set(people.split())) or set(things.split()) <= set(people.split()):
        return None  # the people of the thing ("fishermen" / "fishing boats", "truck drivers" / "trucks")
    return f"another subject of the permission: {sa[1]} / {sb[1]}"
