"""One sayer saying two things: what was so against what will be done. "The foreign minister said the
canal violated a 1929 treaty" / "The foreign minister said the canal dispute would be taken to the
OAS", "The health minister said the outbreak overwhelmed rural clinics" / "... said the outbreak would
be reported to the WHO" (helper not135). One speaker and the same subject fill most of the words, so
the words and the meaning vector find the claims alike; but one content tells what happened or is so,
the other (with a modal: would, will, could ...) what is to come, by another verb on other things:
two statements, another fact.

`said_acts.said_would_apart` reads a doer's act told without a frame against what the doer said would
be; this reads two frames of one speaker. Kept one: both contents with a modal or both without ("said
the bridge would reopen" / "would be reopened", "violated" / "broke no law": the words decide), one
verb named in the other claim in any form ("said he would resign" / "said he resigned"), two verbs
of one outcome, a content whose words of its own are fewer than `_OWN_AT_LEAST` or alike to the
other's ("would cost $2 billion" / "cost $2 billion").
"""

from __future__ import annotations

import re
from typing import Any

from workbench.core.match.acts import alike
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import main_act
from workbench.core.match.said_acts import MODALS, said, two_acts
from workbench.core.text_caches import text_cache

#: The fewest words of its own (the verb and a modal aside) each content must tell: another thing.
_OWN_AT_LEAST = 2
#: Modals and auxiliaries: no thing told.
_NO_THING = frozenset([*MODALS, "be", "been", "had", "has", "have"])


@text_cache()
def _content_tokens(wording: str) -> frozenset[str]:
    """The normalised tokens of a claim's reported, rewritten wording (`claim_view.claim_roles`)."""
    return frozenset(normalize(wording).tokens) - _NO_THING


def said_plan_apart(texts: tuple[str, str], views: tuple[Any, Any]) -> str | None:
    """'one sayer, what was against what will be: violat / tak' when both claims frame one speaker
    (`said_acts.said`, the same tokens), one content holds a modal and the other none, their main verbs
    are two acts (`said_acts.two_acts`) and each content tells `_OWN_AT_LEAST` words the other claim
    does not name, none alike to the other's. `views`: the claims' `claim_view`s."""
    read_a, read_b = said(texts[0]), said(texts[1])
    if read_a is None or read_b is None or read_a[0] != read_b[0] or read_a[1] == read_b[1]:
        return None
    va, vb = views
    act_a, act_b = main_act(va.roles_wording), main_act(vb.roles_wording)
    words_a, words_b = va.tokens | _words(texts[0]), vb.tokens | _words(texts[1])
    if not two_acts(act_a, act_b, words_a, words_b, light=True):  # ("would be taken to": a move, no light verb)
        return None
    own_a = _content_tokens(va.roles_wording) - vb.tokens - {act_a}
    own_b = _content_tokens(vb.roles_wording) - va.tokens - {act_b}
    if len(own_a) < _OWN_AT_LEAST or len(own_b) < _OWN_AT_LEAST or alike(own_a, vb.tokens) or alike(own_b, va.tokens):
        return None
    return f"one sayer, what was against what will be: {act_a} / {act_b}"


@text_cache()
def _words(text: str) -> frozenset[str]:
    """A claim's words as written, lower-cased (its frame's verbs too, which its tokens drop)."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))
