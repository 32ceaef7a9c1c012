"""What a sayer did against what it said: two facts in near words.

- **An act against what its doer said would be**: "Finance Minister Michael Sarris resigned on
  Tuesday" / "Finance Minister Michael Sarris said on Tuesday he would testify before an inquiry",
  "Eurogroup chief Jeroen Dijsselbloem announced the deal on Monday" / "... said on Monday the deal
  could serve as a template". One person, one day, and every name shared; but one claim tells the
  person's act and the other what the person said would, could or might be (an intention, a view):
  another act, when neither claim names the other's verb. "said he would resign" / "resigned" names
  it (a plan against the act: other readings' business), and "said he had resigned" holds no modal.
- **A sayer's own act against another's act it tells**: "Seven federations said FIFA had threatened
  their captains with yellow cards" / "Seven federations said they had been prepared to pay fines".
  One sayer; in one claim the act is the sayer's own (the content opens with "they", "it", "we"
  ...), in the other a doer the first claim names nowhere acts ("FIFA had threatened"): two doers'
  acts, another fact. "said they had been threatened by FIFA" names the other doer: one act told
  from its two sides.

Read on the claims as written (the frame's speaker, `doers.frame_of`) and on their reported,
rewritten wordings (`claim_view.claim_roles`: "stepped down" is written "resign"), each once per
claim; a pair compares token sets.
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import Any

from workbench.core.extract.attribution import REPORT_VERBS, TRANSITIVE_TOO
from workbench.core.language.event_verbs import EVENT_KIN
from workbench.core.language.stems import stem
from workbench.core.match import knowledge
from workbench.core.match.acts import LIGHT_VERBS
from workbench.core.match.doers import frame_of
from workbench.core.match.normalize import normalize
from workbench.core.match.opposites import same_outcome
from workbench.core.match.roles import main_act, roles
from workbench.core.text_caches import text_cache

#: The modals that tell what is to come or may be, not what was done (`said_plans` reads them too).
MODALS = ("would", "will", "could", "might", "may", "should", "can")
#: Verbs of what would, could or might be: an intention or a view, no act done. Not denied: "would not
#: accept the offer" is a refusal, an act told ("rejected the offer").
_MODAL = re.compile(r"\b(?:" + "|".join(MODALS) + r")\b(?!\s+(?:not|never)\b)")
#: Verbs of seeming or of evidence ("it appeared to have veered", "information indicated"): a
#: report of what happened, no act of the one they are told of.
_NO_ACT = frozenset(stem(w) for w in ("appear", "seem", "indicate", "suggest", "show", "look"))
#: A content opening with the pronoun standing for its sayer: the sayer's own act.
_OWN = re.compile(r"(?:it|they|we|he|she)\s+\w", re.I)
#: A verb taking an act to come as its object ("refused to turn over", "agreed to pay").
_INTENT = re.compile(r"\b(\w+) to (?!the\b|a\b|an\b)\w+")
#: The report verbs (`attribution.REPORT_VERBS`), to read a frame's verb.
_REPORT_VERB = re.compile(rf"\b(?:{REPORT_VERBS})\b")
#: Two verbs sharing this many first letters may be one act in two forms ("approved" / "approval").
_VERB_PREFIX = 4


@text_cache()
def said(text: str) -> tuple[frozenset[str], bool, bool] | None:
    """(the frame's speaker's tokens, the content holds a modal, the content is the sayer's own act)
    for a claim with a reporting frame whose speaker comes first; None for a claim with none."""
    frame = frame_of(text)
    if not frame.speaker or not frame.content or not text.lstrip().startswith(frame.speaker):
        return None
    content = " ".join(text[a:b] for a, b in frame.content).strip()
    speaker = frozenset(normalize(knowledge.rewritten(frame.speaker)[0]).tokens)  # "EU" as the wording writes it
    verb = _REPORT_VERB.search(text, len(frame.speaker), frame.content[0][0])
    # a frame verb that tells an act too ("announced that a judge would conduct ...", "estimated that")
    # tells what was done, not a view (`attribution.TRANSITIVE_TOO`)
    view = bool(_MODAL.search(content)) and verb is not None and verb.group(0) not in TRANSITIVE_TOO
    return (speaker, view, bool(_OWN.match(content))) if speaker else None


@text_cache()
def _words(text: str) -> frozenset[str]:
    """A claim's words as written, lower-cased: its frame's verbs too, which its tokens drop."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def _named(act: str, tokens: Set[str]) -> bool:
    """Whether a claim's tokens name an act's verb, in any form ("resign" / "resignation")."""
    return act in tokens or any(t[:_VERB_PREFIX] == act[:_VERB_PREFIX] for t in tokens if len(t) >= _VERB_PREFIX)


def two_acts(act_x: str | None, act_y: str | None, tokens_x: Set[str], tokens_y: Set[str], light: bool = False) -> bool:
    """Two main verbs, neither named by the other claim, and no table making them one outcome or
    event; neither a light verb (`acts.LIGHT_VERBS`: "made clear it will ..."; `light`: allowed) nor one of seeming."""
    return act_x is not None and act_y is not None and act_x != act_y and not _named(act_x, tokens_y) \
        and not {act_x, act_y} & (_NO_ACT if light else LIGHT_VERBS | _NO_ACT) \
        and not _named(act_y, tokens_x) and act_y not in same_outcome().get(act_x, ()) \
        and act_x not in same_outcome().get(act_y, ()) and act_y not in EVENT_KIN.get(act_x, ())


def said_would_apart(texts: tuple[str, str], views: tuple[Any, Any]) -> str | None:
    """'an act against what its doer said would be: resign / testify' when one claim, with no
    reporting frame, tells its doer's act and the other tells that doer saying what would, could or
    might be (`said`), by another verb; `views`: the claims' `claim_view.claim_view`s."""
    for (x, vx), (y, vy) in ((texts[0], views[0]), (texts[1], views[1])), ((texts[1], views[1]), (texts[0], views[0])):
        read_y = said(y)
        if read_y is None or not read_y[1] or said(x) is not None:
            continue
        read_x = roles(vx.roles_wording)
        if read_x is None or not read_x[0] or not (read_x[0] <= read_y[0] or read_y[0] <= read_x[0]):
            continue
        act_x, act_y = main_act(vx.roles_wording), main_act(vy.roles_wording)
        if _INTENT.search(vx.roles_wording) and act_x and any(stem(w) == act_x for w in _INTENT.findall(vx.roles_wording)):
            continue  # "refused to turn over the papers": a stance on an act to come, as a view is
        if two_acts(act_x, act_y, vx.tokens | _words(x), vy.tokens | _words(y)):
            return f"an act against what its doer said would be: {act_x} / {act_y}"
    return None


def own_act_apart(texts: tuple[str, str], views: tuple[Any, Any]) -> str | None:
    """'a sayer's own act against another's: prepar / fifa threaten' when both claims have one
    sayer (`said`), one tells the sayer's own act and the other an act by a doer that claim names
    nowhere, by another verb."""
    read_a, read_b = said(texts[0]), said(texts[1])
    if read_a is None or read_b is None or read_a[0] != read_b[0] or read_a[2] == read_b[2]:
        return None
    own, other = (views[0], views[1]) if read_a[2] else (views[1], views[0])
    read = roles(other.roles_wording)
    if read is None or not read[0] or read[0] & own.tokens or read[0] & read_a[0]:
        return None
    act_own, act_other = main_act(own.roles_wording), main_act(other.roles_wording)
    if not two_acts(act_own, act_other, own.tokens, other.tokens):
        return None
    return f"a sayer's own act against another's: {act_own} / {' '.join(sorted(read[0]))} {act_other}"


def said_acts_apart(texts: tuple[str, str], views: tuple[Any, Any]) -> str | None:
    """`said_would_apart`, else `own_act_apart`, for `compare`."""
    return said_would_apart(texts, views) or own_act_apart(texts, views)
