"""Votes that keep or remove an office-holder, written one way: "voted out of office", "lost a
confidence vote", "lost the no-confidence motion" are "ousted"; "survived" or "defeated" one is
"remained in office" (`match.opposites`: remain / oust). Apart from `phrases` to keep each module
short (helper opp105)."""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noted_match as _note

#: An office-holder "voted out of office" was ousted; one who "survived" a confidence vote, or
#: "defeated" or "beat" a no-confidence motion, or "won" a confidence vote, remained in office
#: (`match.opposites`: remain / oust; sets 77-80). "Won a no-confidence vote" is left: who won it?
_VOTED_OUT = re.compile(r"\bvot(?:ed|es|e|ing)\s+((?:[\w'-]+\s+){1,4}?)out\s+of\s+(?:office|power)\b", re.I)
_NO_CONFIDENCE = (r"(?:(?:no|non)[\s-]*confidence\s+(?:vote|motion|ballot)|(?:motion|vote|ballot)\s+of\s+no[\s-]*confidence"
                  # a vote that would remove its holder: survived, he stays; lost, he goes (helper opp105)
                  r"|impeachment\s+(?:vote|motion|ballot|trial)|recall\s+(?:vote|election|ballot|referendum))")
_CONFIDENCE = r"(?:confidence\s+(?:vote|motion|ballot)|(?:motion|vote|ballot)\s+of\s+confidence)"
#: One who "lost" a confidence vote, or "failed to win" / "did not survive" one (or a no-confidence
#: motion), was ousted by it: the opposite of remaining in office, never its negated positive
#: (helper dup101). One who "lost the no-confidence motion" was ousted too, unless the claim names
#: the opposition, who may have lost its own motion (`_MOVERS`; helper opp105). "Won a
#: no-confidence vote" is left: who won it?
_NOT = r"(?:failed|fails|fail|unable|did\s+not|didn't|could\s+not|couldn't|never)\s+(?:to\s+)?"
_LOST_CONFIDENCE = re.compile(r"\b(?:(?:lost|loses|lose|losing)\s+(?:a|an|the)\s+(?:" + _CONFIDENCE + "|" + _NO_CONFIDENCE + ")"
                              + r"|" + _NOT + r"(?:(?:win|survive)\s+(?:a|an|the)\s+" + _CONFIDENCE
                              + r"|(?:survive|defeat|beat)\s+(?:a|an|the)\s+" + _NO_CONFIDENCE + r"))", re.I)
_MOVERS = re.compile(r"\b(?:opposition|rebel\s+(?:mps|lawmakers)|sponsors?|movers?|backers)\b", re.I)
_STAYED_IN = re.compile(r"\b(?:surviv(?:ed|es|e|ing)\s+(?:a|an|the)\s+(?:" + _NO_CONFIDENCE + "|" + _CONFIDENCE + r")"
                        r"|(?:defeat(?:ed|s|ing)?|beat(?:s|ing)?)\s+(?:a|an|the)\s+" + _NO_CONFIDENCE
                        + r"|(?:won|wins|win|winning)\s+(?:a|an|the)\s+" + _CONFIDENCE + r")", re.I)


def rewrite_office_votes(text: str, low: str, hits: list[str]) -> str:
    """`text` with each vote that keeps or removes its holder written one way (`low`: it in lower case)."""
    if "confidence" in low or "impeach" in low or "recall" in low:
        def lost(m: re.Match[str]) -> str:
            if m.group(0).lower().startswith("los") and "no" in m.group(0).lower() and _MOVERS.search(text):
                return m.group(0)  # "the opposition lost its no-confidence motion": the motion failed
            return _note(hits, m, "ousted", "ousted in a confidence vote")

        text = _LOST_CONFIDENCE.sub(lost, text)
        text = _STAYED_IN.sub(lambda m: _note(hits, m, "remained in office", "remained in office in a confidence vote"), text)
    if " out of " in low:
        text = _VOTED_OUT.sub(lambda m: _note(hits, m, "ousted", f"ousted {m.group(1).rstrip()}"), text)
    return text
