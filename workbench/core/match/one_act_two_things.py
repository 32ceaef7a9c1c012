"""One doer's one act on two things: "Haiti's government condemned the mass deportations announced by
X" / "Haiti's government condemned the border closure announced by X", "The union welcomed the pay
rise agreed with the ministry" / "The union welcomed the pension reform agreed with the ministry"
(helper not135). The doer, the verb and the frame around the thing are the same words; the thing acted
on is another, so the words and the meaning vector find the claims alike, but the facts are two.

`acts.other_act_on_things` reads two verbs on two things; this reads one verb. One word against one
word in the slot is most often a synonym the tables do not know ("prison" / "jail"), so each thing is
told in two words or more, none of them alike to the other claim's words (a shared start, one inside
the other), and none a figure.
"""

from __future__ import annotations

from collections.abc import Set

from workbench.core.language.stems import stem
from workbench.core.match.acts import LIGHT_VERBS, alike
from workbench.core.match.another_name import name_slot
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import main_act, roles
from workbench.core.text_caches import text_cache

#: The fewest and most tokens each claim's thing may hold of its own (a noun and its modifiers).
_THING_AT_LEAST, _THING_AT_MOST = 2, 4
#: The fewest tokens the claims must share (the doer, the verb and the frame around the thing).
_SHARED_AT_LEAST = 4


#: Words between a verb and its object's first word: articles, possessives, quantifiers.
_BEFORE_OBJECT = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "all", "some", "s"])


def _object_of(wording: str, act: str, run: set[str]) -> bool:
    """Whether the run is the verb's object: it opens right after the verb, past articles and a figure
    ("condemned the mass deportations", "suspended 28 political parties"), not after a preposition
    ("resigned over shoddy journalism" / "amid a scandal": why, not what)."""
    words = wording.split()
    k = next((k for k, w in enumerate(words) if stem(w) == act), None)
    if k is None:
        return False
    k += 1
    while k < len(words) and (words[k] in _BEFORE_OBJECT or words[k][:1].isdigit()):
        k += 1
    return k < len(words) and bool(set(normalize(words[k]).tokens) & run)


#: Prepositions opening a complement of the thing ("its fisheries agreement with Russia", "aid for
#: refugees"), not where or when the act was ("the parliament building in the capital").
_COMPLEMENT = frozenset(["with", "between", "for", "of", "to"])


def _complement(wording: str, tail: set[str]) -> bool:
    """Whether a run's tokens past the verb's object (none, or a complement of it) open after a
    preposition of `_COMPLEMENT`."""
    if not tail:
        return True
    words = wording.split()
    k = next((k for k, w in enumerate(words) if set(normalize(w).tokens) & tail), None)
    return k is not None and k > 0 and words[k - 1] in _COMPLEMENT


@text_cache()
def _tokens(wording: str) -> tuple[str, ...]:
    """The normalised tokens of a claim's reported, rewritten wording (`claim_view.claim_roles`)."""
    return tuple(normalize(wording).tokens)


def one_act_two_things(wordings: tuple[str, str], claim_tokens: tuple[Set[str], Set[str]] | None = None) -> str | None:
    """'one act on two things: mass deportation / border closur' when the claims share one doer
    (`roles`, named alike) and one main verb (no light verb: `acts.LIGHT_VERBS`), and all they do
    not share is one run each, in the same slot (`another_name.name_slot`), opening what the verb acts
    on (`_object_of`): two to four tokens each, two of them at least inside the object (the rest may
    be the object's modifier: "its fisheries agreement with Russia"), none alike to the other claim's,
    no figure. `claim_tokens`: the claims' own tokens, whose frame and date ("announced on Tuesday
    that it would ...", which the reported wording drops) count among the shared words."""
    ta, tb = _tokens(wordings[0]), _tokens(wordings[1])
    set_a, set_b = set(ta), set(tb)
    only_a, only_b = set_a - set_b, set_b - set_a
    shared = set_a & set_b if claim_tokens is None else (set_a | claim_tokens[0]) & (set_b | claim_tokens[1])
    if not _THING_AT_LEAST <= len(only_a) <= _THING_AT_MOST or not _THING_AT_LEAST <= len(only_b) <= _THING_AT_MOST \
            or len(shared) < _SHARED_AT_LEAST:
        return None
    act = main_act(wordings[0])
    if act is None or act in LIGHT_VERBS or act != main_act(wordings[1]) or act in only_a | only_b:
        return None
    read_a, read_b = roles(wordings[0]), roles(wordings[1])
    if read_a is None or read_b is None or not read_a[0] or read_a[0] != read_b[0] \
            or len(only_a & read_a[1]) < _THING_AT_LEAST or len(only_b & read_b[1]) < _THING_AT_LEAST:
        return None  # one doer, named alike; the runs are what the verb acts on (and its modifier)
    if not _complement(wordings[0], only_a - read_a[1]) or not _complement(wordings[1], only_b - read_b[1]):
        return None
    if alike(only_a, only_b) or any(t[:1].isdigit() for t in only_a | only_b):
        return None
    slot_a, slot_b = name_slot(list(ta), only_a), name_slot(list(tb), only_b)
    if slot_a is None or slot_a != slot_b or not _object_of(wordings[0], act, only_a) or not _object_of(wordings[1], act, only_b):
        return None
    return f"one act on two things: {' '.join(t for t in ta if t in only_a)} / {' '.join(t for t in tb if t in only_b)}"
