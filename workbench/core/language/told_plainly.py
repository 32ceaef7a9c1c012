"""Six shapes news tells one fact in, written one way before the tables read the words
(`told_alike.rewrite_told_alike` calls this; helper dup145a, sets 145-148). Each shape shares no
word with its plainer telling that the verb or noun tables could pair, and its own words weigh
against the pair in the wording scores (a span in two units of time is the fifth, written by
`figures.halves.write_time_parts`, as this layer reads no figures):

- a multiple told as a comparison with the thing's own past ("are now three times weaker than
  before", "is two times higher than it was") is a change by that multiple ("decreased threefold",
  "increased twofold"): its direction is then a verb `opposites` reads (increase / decrease), so
  "three times weaker" / "three times stronger" than before clash, and a comparison with another
  thing ("three times higher than in neighbouring regions") stays as written;
- a thing that "negatively" or "adversely" affects another damages it (an effect told as bad is
  harm; "affected" alone stays: the table of events reads people affected by a flood);
- a way, a plan, a solution "come up with" is one found ("told ministers to come up with a plan" /
  "to find a plan"); only before a determiner, so "came up with $5 million" stays;
- a fire (blaze, flames) "put out" is extinguished; "put out a statement" stays;
- someone "told" people "to" do a thing ordered them to ("told his government to come up with a way" /
  "ordered officials to find a way"); "told reporters" is "said" first (`told_alike`);
- "prior to" is "before" (its plain word). A span "spent in custody" was also written as one
  "detained for": it made "Iranian authorities detained the crew for six months" / "the crew spent
  six months in custody in Iraq" a duplicate (the probe's hard negative), and was dropped. "TV"
  written "television" (in either direction) was dropped too: a derived pair with its place swapped
  ("Guayaquil TV studio" / "a television station in Myawaddy") became a duplicate, and an undated
  pair of set117 reached the slots floor.

A thing lacked is written as a thing not had ("lacked a legal basis": "had no legal basis",
`language.lacked`; helper conf161).
"""

from __future__ import annotations

import re

from workbench.core.language.comparatives import CHANGE_DIMENSIONS, downward, upward
from workbench.core.language.lacked import rewrite_lacked
from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of

#: Number words a multiple is told with, and their "-fold" form.
_FOLD = {"two": "twofold", "three": "threefold", "four": "fourfold", "five": "fivefold", "six": "sixfold",
         "seven": "sevenfold", "eight": "eightfold", "nine": "ninefold", "ten": "tenfold"}
#: Comparatives of a thing grown and of a thing lessened, along the dimensions a thing changes.
_UP = upward(CHANGE_DIMENSIONS)
_DOWN = downward(CHANGE_DIMENSIONS)
#: What a thing is compared with when it is compared with its own past.
_ITS_PAST = r"than\s+(?:before|previously|earlier|it\s+was|they\s+were|it\s+used\s+to\s+be|they\s+used\s+to\s+be)"
#: A comparative against the thing's own past ("weaker than before"): also read by the figures, as a
#: multiple of what was (`figures.shares`), so the words and the figure read one comparison.
AGAINST_ITS_PAST = r"(?:" + "|".join(_UP + _DOWN) + r")\s+" + _ITS_PAST + r"\b"
#: "<be> (now) N times <comparative> than before", or "<be> now N times <comparative>" (a clause's end after it).
_TIMES_AGAINST_PAST = re.compile(
    r"\b(?:is|are|was|were|has\s+become|have\s+become|became)\s+(now\s+)?(" + "|".join(_FOLD) + r"|\d{1,2})\s+times\s+("
    + "|".join(_UP + _DOWN) + r")(?:\s+" + _ITS_PAST + r"\b|(?=\s*(?:[,.;]|$)))", re.I)
#: "negatively affects", "adversely affected": damaged.
_AFFECTED_BADLY = re.compile(r"\b(?:negatively|adversely)\s+(affect|affects|affected|affecting|impact|impacts|impacted"
                             r"|impacting)\b", re.I)
#: "come up with" a way, a plan, a solution (what is devised: "came up with the money" is no money found).
_COME_UP_WITH = re.compile(r"\b(come|comes|came|coming)\s+up\s+with\s+(?=(?:a|an|the|its|their|his|her|new|some)\s+"
                           r"(?:[\w-]+\s+)?(?:ways?|solutions?|plans?|strategy|strategies|mechanism|formula|compromise)\b)",
                           re.I)
#: "told <whom> to <verb>": an order ("told his government to come up with a way" / "ordered officials to
#: find a way"); whom is one to three words opening with a determiner, a possessive or a plural noun, and
#: "to" opens a verb (not "to the", "to a": "told the court to the best of ...").
_TOLD_TO = re.compile(r"\b(told|tells|telling)\s+((?:the|his|her|its|their|all|local|government|state|[a-z]+s)\s+"
                      r"(?:[\w-]+\s+){0,2}?)to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)(?=[a-z])")
_ORDERED = {"told": "ordered", "tells": "orders", "telling": "ordering"}
#: A fire "put out", its object a fire word after at most a determiner.
_PUT_OUT = re.compile(r"\b(put|puts|putting)\s+out\s+(?=(?:(?:the|a|an|its|their)\s+)?(?:fire|fires|blaze|blazes|flames)\b)",
                      re.I)
_PRIOR_TO = re.compile(r"\b([Pp])rior\s+to\b")
#: A base form after a modal or "to" keeps its base ("to put out" -> "to extinguish").
_BASE = re.compile(r"\b(?:to|will|would|can|could|shall|should|may|might|must|did|does|do|not)\s+$", re.I)


def _fold(n: str) -> str:
    return _FOLD.get(n.lower(), f"{n}-fold")


def rewrite_told_plainly(text: str, hits: list[str]) -> str:
    """`text` with a multiple against the past, a bad effect, a thing come up with and a fire put
    out written one way; what was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if " times " in low:
        def changed(m: re.Match[str]) -> str:
            way = "increased" if m.group(3).lower() in _UP else "decreased"
            return note(m, f"{way} {_fold(m.group(2))}")

        text = _TIMES_AGAINST_PAST.sub(changed, text)
    if "ively " in low or "adversely" in low:
        text = _AFFECTED_BADLY.sub(lambda m: note(m, in_tense_of(m.group(1), "damaged", "damages", "damaging")), text)
    if "up with" in low:
        def found(m: re.Match[str]) -> str:
            verb = m.group(1).lower()
            form = "find" if verb == "come" else in_tense_of(verb, "found", "finds", "finding")
            return note(m, form + " ")

        text = _COME_UP_WITH.sub(found, text)
    if "put" in low and " out " in low:
        def extinguished(m: re.Match[str]) -> str:
            verb = m.group(1).lower()
            base = verb == "put" and _BASE.search(text[:m.start()][-12:])
            return note(m, ("extinguish" if base else in_tense_of(verb, "extinguished", "extinguishes",
                                                                   "extinguishing")) + " ")

        text = _PUT_OUT.sub(extinguished, text)
    if "told " in low or "tells " in low or "telling " in low:
        text = _TOLD_TO.sub(lambda m: note(m, f"{_ORDERED[m.group(1).lower()]} {m.group(2)}to "), text)
    if "rior to" in low:
        text = _PRIOR_TO.sub(lambda m: note(m, "Before" if m.group(1) == "P" else "before"), text)
    return rewrite_lacked(text, hits)  # "lacked a legal basis": "had no legal basis" (helper conf161)
