"""Acts and things news tells in other words, read for sets 105-108 (helper dupb105): a government
toppled, a motion ousting someone, a thing ruled valid, goods produced. Kept apart from
`phrases` and `paraphrases`, which are at their size limit; applied by `match.knowledge.rewrite`
right after them, with the same notes ("<phrase> = <written>").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noted_match as _note
from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of as _past

#: A government "toppled", "brought down" or "overthrown" was ousted ("lasted a month before it was
#: toppled" / "was brought down", "voted to bring down Petr Fiala's cabinet"; helpers dupb105,
#: dupb109): only a government or its head ("brought down prices", drones "brought down" stay).
_RULERS = r"(?:government|cabinet|regime|coalition|administration|prime\s+minister|premier|president|junta)"
_TOPPLE = r"(?:toppl(?:ed|es|e|ing)|overthr(?:ew|own|ows|ow|owing)|(?:brought|brings|bring|bringing)\s+down)"
_TOPPLED = re.compile(r"\b" + _TOPPLE + r"(?=\s+(?:the|a|its|his|her|their|(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+'s)\s+(?:[\w'-]+\s+){0,2}?" + _RULERS
                      + r"\b)|\b" + _RULERS + r"\s+(?:[\w'-]+\s+){0,8}?(?:was|were|been|being|is|are)\s+" + _TOPPLE + r"\b", re.I)
#: A motion or vote told by what it does ("the motion ousting Kalsakau", "a vote to oust the premier")
#: is a no-confidence motion against its target (helper dupb105).
_OUSTING_MOTION = re.compile(r"\b(motion|vote)\s+(?:(?:that|which)\s+(?:would\s+)?)?(?:ousting|ousted|to\s+oust|to\s+remove"
                             r"|removing)\s+(?!from\b)", re.I)
#: A thing a court "ruled (that it) was valid" it upheld ("ruled that the motion was valid" / "upheld
#: the motion"; helper dupb105); "invalid" stays as written.
_RULED_VALID = re.compile(r"\b(?:ruled|rules|ruling)\s+(?:that\s+)?((?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,6}?)"
                         r"(?:was|is|were|are|had\s+been|to\s+be)\s+(?:legally\s+)?valid\b", re.I)
#: Goods a maker "produced" or "made" it manufactured ("produced the medicines" / "the syrups were
#: manufactured by"; helper dupb105): only with goods after it ("produced evidence", "made a
#: statement" stay as written).
_GOODS_MADE = re.compile(r"\b(produced|produces|produce|producing|made|makes|make|making)\s+(?=(?:the|its|their|these|those"
                         r"|contaminated|tainted|counterfeit|fake)\s+(?:[\w-]+\s+)?(?:medicines?|syrups?|drugs|vaccines?"
                         r"|tablets|pills|cars|vehicles|weapons|batteries|chips)\b)", re.I)


def rewrite_retold(text: str, hits: list[str]) -> str:
    """`text` with each act of this module written one way; what was rewritten is appended to `hits`."""
    low = text.lower()

    note = noter(hits)

    if "oust" in low or "remov" in low:
        text = _OUSTING_MOTION.sub(lambda m: _note(hits, m, "no-confidence motion", f"no-confidence {m.group(1)} against "),
                                   text)
    if ("toppl" in low or "overth" in low or " down" in low) and re.search(_RULERS, low):
        def ousted(m: re.Match[str]) -> str:
            verb = re.search(_TOPPLE, m.group(0), re.I)
            hits.append(f"{verb.group(0) if verb else m.group(0)} = ousted")
            return re.sub(_TOPPLE + r"\b", "ousted", m.group(0), flags=re.I)

        text = _TOPPLED.sub(ousted, text)
    if "produc" in low or "mak" in low or "made" in low:
        text = _GOODS_MADE.sub(lambda m: note(m, _past(m.group(1), "manufactured", "manufactures", "manufacturing") + " "),
                               text)
    if "valid" in low:
        text = _RULED_VALID.sub(lambda m: note(m, f"upheld {m.group(1).rstrip()}"), text)
    return text
