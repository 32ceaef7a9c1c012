"""States and outcomes news tells in other words, read for sets 113-116 (helper dup115), written
one way before the verb and noun tables read them (`paraphrases.rewrite_paraphrases` calls this):

- a patient who left or was released from hospital was discharged from it ("was discharged from
  hospital on 31 May" / "left the Santa Maria hospital on May 31"); "left the hospital grounds",
  "left Kyiv for a hospital" stay as written; one admitted, rushed or taken to hospital was
  hospitalised (`match.opposites`: hospitalised / discharged);
- an act that "had a political (racial, religious ...) motive" or was "motivated by politics" was
  politically (racially ...) motivated, so a denial ("was not politically motivated") is seen;
- a defeat admitted, accepted or acknowledged ("admitted that his alliance had lost the election",
  "accepted that he had been defeated in the vote") is defeat conceded, which the verb table reads
  as "lose"; a loss of another thing ("had lost votes to the Greens", "lost his temper", "lost its
  majority") and a loss denied stay as written. Power lost stays too: read as defeat conceded, the
  retelling "accepted on Friday that he had lost power" fell below the slots floor it reaches as
  written (category probes, conceded_defeat.tsv).

Why here and not in the tables: each needs its noun beside its verb ("left" alone is a departure,
"admitted" alone a confession, "motive" alone any reason), as the rules of `paraphrases` do.
"""

from __future__ import annotations

import re

from workbench.core.language.populations import rewrite_populations
from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of as _past

#: A hospital as news names it after a verb: "hospital", "the hospital", "the Santa Maria hospital",
#: "a military hospital" (no preposition among the words before it: "left Kyiv for a hospital").
_HOSPITAL = (r"(?:(?:the|a|an)\s+)?(?:(?!(?:for|to|in|into|and|after|before|with|at|on|by|near)\b)[\w'’-]+\s+){0,3}?"
             r"(?:hospital|clinic|medical\s+cent(?:er|re))\b(?!\s+(?:grounds|building|compound|premises|car\s+park|gates?)\b)")
#: "left / leaves / leaving (the ...) hospital", "(was) released from hospital": discharged from it.
_LEFT_HOSPITAL = re.compile(r"\b(left|leaves|leaving|released\s+from|releases\s+from|releasing\s+from)\s+(?=" + _HOSPITAL + r")",
                            re.I)

#: "(was) admitted / rushed / taken / airlifted to (the ...) hospital": hospitalised, so that a
#: patient discharged is seen as its opposite (`match.opposites`).
_TO_HOSPITAL = re.compile(r"\b(admitted|admits|admitting|rushed|rushes|rushing|taken|takes|taking|took|airlifted|flown|brought)"
                          r"\s+to\s+(" + _HOSPITAL + ")", re.I)

#: A motive's kind and its adverb ("a political motive" = "politically motivated").
_MOTIVE_KINDS = {"political": "politically", "racial": "racially", "religious": "religiously", "financial": "financially",
                 "ideological": "ideologically", "ethnic": "ethnically", "sexual": "sexually", "personal": "personally"}
_MOTIVE_NOUNS = {"politics": "politically", "race": "racially", "racism": "racially", "religion": "religiously",
                 "money": "financially", "ideology": "ideologically"}
#: "had a political motive", "has racial motives" (the verb's tense kept: had -> was).
_HAD_MOTIVE = re.compile(r"\b(had|has|have|having)\s+(?:an?\s+|the\s+)?(" + "|".join(_MOTIVE_KINDS) + r")\s+motives?\b", re.I)
_BE = {"had": "was", "has": "is", "have": "are", "having": "being"}
#: "motivated by politics", "motivated by racism".
_MOTIVATED_BY = re.compile(r"\bmotivated\s+by\s+(" + "|".join(_MOTIVE_NOUNS) + r")\b", re.I)

#: The contest a defeat is told of ("the election", "the presidential runoff", "the vote").
_CONTEST = (r"(?:(?:in\s+)?(?:the|this|last\s+\w+'s|sunday's|saturday's)\s+(?:[\w-]+\s+){0,2}?(?:elections?|votes?|race|polls?"
            r"|ballot|run-?off|contest))\b")
#: "admitted (on Sunday) that his alliance had lost the election", "accepted that he had been defeated".
_ADMITTED_LOST = re.compile(r"\b(admitted|admits|admit|admitting|accepted|accepts|accept|accepting|acknowledged|acknowledges"
                            r"|acknowledge|acknowledging)\s+((?:on\s+\w+\s+|late\s+on\s+\w+\s+)?)that\s+"
                            r"(?:he|she|they|it|(?:his|her|their|its)\s+(?:[\w-]+\s+)?\w+)\s+(?:had\s+|has\s+|have\s+)?"
                            r"(?:lost|(?:been|was|were)\s+defeated(?:\s+in)?)\s+" + _CONTEST, re.I)


def rewrite_told_states(text: str, hits: list[str]) -> str:
    """`text` with the states this module reads written one way; what fired appended to `hits`."""
    low = text.lower()

    note = noter(hits)

    if "hospital" in low or "clinic" in low or "medical cent" in low:
        text = _LEFT_HOSPITAL.sub(lambda m: note(m, _past(m.group(1), "discharged from", "discharges from",
                                                          "discharging from") + " "), text)
        def hospitalised(m: re.Match[str]) -> str:
            # (a hospital named stays: "rushed to Brookdale Hospital" / "died at Brookdale Hospital")
            named = re.search(r"[A-Z]", m.group(2)) is not None
            return note(m, _past(m.group(1), "hospitalised", "hospitalises", "hospitalising")
                        + (f" at {m.group(2)}" if named else ""))

        text = _TO_HOSPITAL.sub(hospitalised, text)
    if "motiv" in low:
        text = _HAD_MOTIVE.sub(lambda m: note(m, f"{_BE[m.group(1).lower()]} {_MOTIVE_KINDS[m.group(2).lower()]} motivated"),
                               text)
        text = _MOTIVATED_BY.sub(lambda m: note(m, f"{_MOTIVE_NOUNS[m.group(1).lower()]} motivated"), text)
    if ("lost" in low or "defeat" in low) and ("admit" in low or "accept" in low or "acknowledg" in low):
        def conceded(m: re.Match[str]) -> str:
            when = m.group(2).strip()
            return note(m, _past(m.group(1), "conceded defeat", "concedes defeat", "conceding defeat")
                        + (f" {when}" if when else ""))

        text = _ADMITTED_LOST.sub(conceded, text)
    return rewrite_populations(text, hits)
