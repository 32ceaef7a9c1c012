"""Two people's views of one thing: "Pashinyan said the handover of the villages would help prevent a
new war" / "Galstanyan said the handover of the villages would leave Armenian communities exposed".
Who reports a fact is no part of the fact (`claim_view.reported`), but what someone says a thing would
do is that person's view: two named speakers saying two different things will be or would be are
two claims, however alike the subject (helper conf85, sets 85-88).

Read once per claim; a pair compares token sets.
"""

from __future__ import annotations

import re

from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: "<Name> said [that] <what would be>": the speaker is one to three capitalised words opening the
#: claim (not "The", "A": a title or a body is no named person), its verb of saying, then a modal.
_VIEW = re.compile(r"^(?!(?:The|A|An|This|That|It|They|He|She|We)\b)((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)\s+"
                   r"(?:said|says|warned|argued|insisted|claimed|predicted)\s+(?:that\s+)?"
                   r"(.+?)\b(?:would|will|could|might)\s+(?!not\b)(.+)$")
#: The words one of which every `_VIEW` match holds.
_VIEW_VERBS = ("would", "will", "could", "might")
#: The fewest words of its own each view's prediction must have, and the most the two may share.
_OWN_WORDS = 2
_SHARED_WORDS = 1


@text_cache()
def view(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the speaker's tokens, the tokens of what it says the thing would do) of a claim telling a
    named speaker's view (`_VIEW`), or None."""
    if not any(w in text for w in _VIEW_VERBS):  # (most claims: no prediction to read)
        return None
    m = _VIEW.match(text.strip())
    if m is None:
        return None
    return frozenset(normalize(m.group(1)).tokens), frozenset(normalize(m.group(3)).tokens)


def views_apart(a: str, b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'two views: pashinyan / galstanyan' when each claim is a named speaker's view (`view`), neither
    speaker is named in the other claim, and what each says would be shares at most `_SHARED_WORDS`
    of its words with the other's, each telling `_OWN_WORDS` at least of its own."""
    va = view(a)
    vb = view(b) if va is not None else None
    if va is None or vb is None:
        return None
    (who_a, said_a), (who_b, said_b) = va, vb
    if not who_a or not who_b or who_a & tokens_b or who_b & tokens_a:
        return None
    shared = said_a & said_b
    if len(shared) > _SHARED_WORDS or len(said_a - shared) < _OWN_WORDS or len(said_b - shared) < _OWN_WORDS:
        return None
    return f"two views: {', '.join(sorted(who_a))} / {', '.join(sorted(who_b))}"
